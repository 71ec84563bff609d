package explain

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"gopkg.in/yaml.v3"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/core"
)

// explainCorpora are the readouts the page tests read: the repository's
// own test data and the shared development set (skipped when absent).
var explainCorpora = []string{"../../testdata", "../../../shared/corpus/dev"}

// explainDevFiles returns the readouts of explainCorpora, or skips t when
// there are none.
func explainDevFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, dir := range explainCorpora {
		for _, pat := range []string{"*.txt", "*.html", "*.md"} {
			m, _ := filepath.Glob(filepath.Join(dir, pat))
			files = append(files, m...)
		}
	}
	if len(files) == 0 {
		t.Skip("no readouts found in", explainCorpora)
	}
	sort.Strings(files)
	return files
}

// pageMark is one <mark> of an explain page.
type pageMark struct {
	fields     []string
	start, end int
	text       string
}

// explainedPage is an explain page parsed back.
type explainedPage struct {
	marks []pageMark
	// byField lists the marks of each field path, in page order.
	byField map[string][]pageMark
}

// parseExplainPage parses page with x/net/html and checks that it is self
// contained: no script, no external resource, no link off the page.
func parseExplainPage(t *testing.T, page []byte) *explainedPage {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("page does not parse: %v", err)
	}
	p := &explainedPage{byField: map[string][]pageMark{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "link", "img", "iframe", "object", "embed", "base":
				t.Errorf("page has a <%s> element", n.Data)
			case "style":
				if css := textOf(n); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
					t.Errorf("inline CSS loads something: url() or @import")
				}
			case "mark":
				p.addMark(t, n)
			}
			for _, a := range n.Attr {
				k, v := strings.ToLower(a.Key), strings.TrimSpace(strings.ToLower(a.Val))
				if strings.HasPrefix(k, "on") {
					t.Errorf("page has an event handler %s=%q", a.Key, a.Val)
				}
				if k == "src" || k == "srcset" || k == "action" || k == "formaction" {
					t.Errorf("page loads %s=%q", a.Key, a.Val)
				}
				if k == "href" && (strings.HasPrefix(v, "http:") || strings.HasPrefix(v, "https:") ||
					strings.HasPrefix(v, "//") || strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:")) {
					t.Errorf("page links off itself: href=%q", a.Val)
				}
				if k == "style" && strings.Contains(v, "url(") {
					t.Errorf("inline style loads something: %q", a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return p
}

func (p *explainedPage) addMark(t *testing.T, n *html.Node) {
	var m pageMark
	var err1, err2 error
	for _, a := range n.Attr {
		switch a.Key {
		case "data-field":
			m.fields = strings.Fields(a.Val)
		case "data-start":
			m.start, err1 = strconv.Atoi(a.Val)
		case "data-end":
			m.end, err2 = strconv.Atoi(a.Val)
		}
	}
	if len(m.fields) == 0 || err1 != nil || err2 != nil {
		t.Errorf("mark without data-field, data-start or data-end: %v", n.Attr)
		return
	}
	m.text = textOf(n)
	p.marks = append(p.marks, m)
	for _, f := range m.fields {
		p.byField[f] = append(p.byField[f], m)
	}
}

// textOf returns the text content of n.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// checkExplainPage checks the page of rec, extracted from doc: every mark
// covers exactly the text its offsets name; every evidence span is drawn
// by the marks of its path, no more and no less (split only where it
// crosses a block or another mark); an inline value's evidence is one mark
// whose text is exactly the evidence text. It returns how many evidence
// spans were drawn as one mark.
func checkExplainPage(t *testing.T, doc *extract.Document, rec *extract.Record, page []byte) (whole int) {
	t.Helper()
	p := parseExplainPage(t, page)
	for _, m := range p.marks {
		if want := (extract.Span{Start: m.start, End: m.end}).In(doc.Text); m.text != want || want == "" {
			t.Errorf("mark %v [%d, %d) reads %q, the text there is %q", m.fields, m.start, m.end, m.text, want)
		}
	}
	for path, ev := range rec.Evidence {
		if got := (extract.Span{Start: ev.Start, End: ev.End}).In(doc.Text); got != ev.Text {
			t.Errorf("evidence %s = %q, but the text at [%d, %d) is %q", path, ev.Text, ev.Start, ev.End, got)
			continue
		}
		var want []extract.Span
		for _, b := range doc.Blocks {
			s, e := max(ev.Start, b.Body.Start), min(ev.End, b.Body.End)
			if s < e {
				want = append(want, extract.Span{Start: s, End: e})
			}
		}
		var got []extract.Span
		for _, m := range p.byField[path] {
			if n := len(got); n > 0 && got[n-1].End == m.start {
				got[n-1].End = m.end
				continue
			}
			got = append(got, extract.Span{Start: m.start, End: m.end})
		}
		if !equalSpans(got, want) {
			t.Errorf("evidence %s %q [%d, %d): marks cover %v, want %v", path, ev.Text, ev.Start, ev.End, got, want)
			continue
		}
		one := false
		for _, m := range p.byField[path] {
			if m.start == ev.Start && m.end == ev.End && m.text == ev.Text {
				one = true
			}
		}
		if one {
			whole++
		} else if !structuralField(path) {
			t.Errorf("evidence %s %q is drawn as %d marks, want one mark with exactly its text", path, ev.Text, len(p.byField[path]))
		}
	}
	return whole
}

func equalSpans(a, b []extract.Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// statedFields returns the paths of the record's non-null values that are
// read from the text (not derived): each must have evidence and a mark.
func statedFields(rec *extract.Record) []string {
	var out []string
	add := func(ok bool, path string) {
		if ok {
			out = append(out, path)
		}
	}
	add(rec.Title != nil, "title")
	add(rec.Published != nil, "published")
	add(rec.Kind != "" && rec.Kind != extract.KindOther, "kind")
	add(rec.Summary != nil, "summary")
	add(rec.Date != nil, "date")
	if tm := rec.Time; tm != nil {
		add(true, "time.start")
		add(tm.End != nil, "time.end")
		add(tm.Zone != nil, "time.zone")
		if tm.Also != nil {
			add(true, "time.also.start")
			add(tm.Also.Date != nil, "time.also.date")
			add(tm.Also.Zone != nil, "time.also.zone")
		}
	}
	add(rec.Duration != nil, "duration.minutes")
	for i, pt := range rec.Participants {
		add(pt.Name != "", "participants["+strconv.Itoa(i+1)+"].name")
	}
	if l := rec.Location; l != nil {
		add(l.Place != nil, "location.place")
		add(l.Country != nil, "location.country")
		add(l.Occasion != nil, "location.occasion")
	}
	for i := range rec.Agenda {
		add(true, "agenda["+strconv.Itoa(i+1)+"]")
	}
	for i := range rec.Captions {
		add(true, "captions["+strconv.Itoa(i+1)+"]")
	}
	return out
}

// TestExplainPageDevSet renders the page of every dev-set readout and
// checks it structurally: it parses, loads nothing, and marks every value
// over exactly its source text.
func TestExplainPageDevSet(t *testing.T) {
	for _, file := range explainDevFiles(t) {
		t.Run(filepath.Base(filepath.Dir(file))+"/"+filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, rec, err := core.ExtractDocument(context.Background(), raw, core.Options{Path: file})
			if doc == nil || rec == nil {
				t.Fatalf("extract: %v", err)
			}
			if err != nil {
				t.Errorf("extract: %v", err)
			}
			var page bytes.Buffer
			if err := Page(&page, doc, rec); err != nil {
				t.Fatal(err)
			}
			checkExplainPage(t, doc, rec, page.Bytes())
			p := parseExplainPage(t, page.Bytes())
			for _, path := range statedFields(rec) {
				ev, ok := rec.Evidence[path]
				if !ok {
					t.Errorf("%s is set but has no evidence", path)
					continue
				}
				if len(p.byField[path]) == 0 {
					t.Errorf("%s (%q) has no mark", path, ev.Text)
				}
				// The evidence table names the rule behind the value.
				if ev.Rule == "" {
					t.Errorf("%s (%q) names no rule", path, ev.Text)
				} else if !bytes.Contains(page.Bytes(), []byte(`<td class="mono">`+ev.Rule+`</td>`)) {
					t.Errorf("page shows no rule %q for %s", ev.Rule, path)
				}
			}
		})
	}
}

// TestExplainEvidenceOffsets checks, for every dev-set readout, that the
// record written with --explain carries evidence whose offsets slice its
// source.text to exactly the evidence text.
func TestExplainEvidenceOffsets(t *testing.T) {
	for _, file := range explainDevFiles(t) {
		t.Run(filepath.Base(filepath.Dir(file))+"/"+filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, rec, err := core.ExtractDocument(context.Background(), raw, core.Options{Path: file})
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			for _, format := range []string{"yaml", "json"} {
				out, err := core.Marshal(rec, core.EmitOptions{Format: format, Explain: true, Text: doc.Text})
				if err != nil {
					t.Fatalf("%s: %v", format, err)
				}
				var back struct {
					Source   struct{ Text string }
					Evidence map[string]extract.Evidence
				}
				if err := yaml.Unmarshal(out, &back); err != nil { // JSON is YAML
					t.Fatalf("%s: read back: %v", format, err)
				}
				if back.Source.Text != doc.Text {
					t.Fatalf("%s: source.text does not read back as the cleaned text", format)
				}
				if len(back.Evidence) != len(rec.Evidence) {
					t.Errorf("%s: %d evidence entries written, record has %d", format, len(back.Evidence), len(rec.Evidence))
				}
				for path, ev := range back.Evidence {
					if got := (extract.Span{Start: ev.Start, End: ev.End}).In(back.Source.Text); got != ev.Text || got == "" {
						t.Errorf("%s: evidence %s = %q, source.text[%d:%d] = %q", format, path, ev.Text, ev.Start, ev.End, got)
					}
				}
			}
		})
	}
}

// synthDoc builds a small document and a record whose evidence nests,
// repeats a span, crosses another span and crosses blocks, with Japanese
// text.
func synthDoc(t *testing.T) (*extract.Document, *extract.Record) {
	t.Helper()
	var b extract.DocBuilder
	b.Add(extract.Title, "", 0, 0, "Japan-Singapore Foreign Ministers’ Meeting")
	b.Add(extract.Paragraph, "", 0, 0, "On 24 June 2025, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held talks with 岸田 文雄 in 東京 for about an hour.")
	b.Add(extract.Item, "1.", 1, 1, "Bilateral relations")
	b.Add(extract.Item, "(1)", 1, 2, "Both ministers welcomed the progress.")
	b.Add(extract.Paragraph, "", 0, 2, "They agreed to meet again.")
	doc := b.Document()
	rec := &extract.Record{Schema: extract.SchemaVersion, Kind: extract.KindMeeting, Evidence: map[string]extract.Evidence{}}
	set := func(path, s string) {
		i := strings.Index(doc.Text, s)
		if i < 0 {
			t.Fatalf("%q not in the text", s)
		}
		rec.Evidence[path] = extract.Evidence{Text: s, Start: i, End: i + len(s)}
	}
	set("title", "Japan-Singapore Foreign Ministers’ Meeting")
	set("summary", doc.Blocks[1].Body.In(doc.Text))
	set("date", "24 June 2025")
	set("participants[1].honorific", "Mr.")
	set("participants[1].name", "IWAYA Takeshi")
	set("participants[1].title", "Minister for Foreign Affairs of Japan")
	set("kind", "held talks with 岸田") // crosses the name below
	set("participants[2].name", "岸田 文雄")
	set("location.place", "東京")
	set("time.tz", "東京") // the same span as the place: one mark
	set("duration.minutes", "about an hour")
	set("agenda[1]", "Bilateral relations")
	set("agenda[1].heading", "Bilateral relations")
	set("agenda[1].points[1]", "Both ministers welcomed the progress.")
	cover := doc.Blocks[3].Body.Cover(doc.Blocks[4].Body)
	rec.Evidence["agenda[1].points[1].text"] = extract.Evidence{Text: cover.In(doc.Text), Start: cover.Start, End: cover.End}
	// The affiliation is the "Japan" inside the title.
	ti := rec.Evidence["participants[1].title"]
	j := strings.Index(ti.Text, "Japan")
	rec.Evidence["participants[1].affiliation"] = extract.Evidence{Text: "Japan", Start: ti.Start + j, End: ti.Start + j + len("Japan")}
	return doc, rec
}

func TestExplainMarksNestAndSplit(t *testing.T) {
	doc, rec := synthDoc(t)
	var page bytes.Buffer
	if err := Page(&page, doc, rec); err != nil {
		t.Fatal(err)
	}
	// "kind" crosses the second participant's name: the name, a stated
	// value, stays whole and kind is split, so checkExplainPage must find
	// only kind in pieces.
	p := parseExplainPage(t, page.Bytes())
	if n := len(p.byField["kind"]); n != 2 {
		t.Errorf("kind drawn as %d marks, want 2 (split where it crosses the name)", n)
	}
	checkKind := rec.Evidence["kind"]
	delete(rec.Evidence, "kind")
	checkExplainPage(t, doc, rec, page.Bytes())
	rec.Evidence["kind"] = checkKind

	if got := p.byField["location.place"]; len(got) != 1 || strings.Join(got[0].fields, " ") != "time.tz location.place" && strings.Join(got[0].fields, " ") != "location.place time.tz" {
		t.Errorf("place and tz share a span: want one mark for both, got %+v", got)
	}
	if got := p.byField["agenda[1].points[1].text"]; len(got) != 2 {
		t.Errorf("a text over two blocks: want a mark in each, got %+v", got)
	}
	for _, want := range []string{`data-label="P1 affil."`, `data-label="place · tz"`, `data-label="P2"`, `agenda 1.1 · text`, `>岸田 文雄<`} {
		if !strings.Contains(page.String(), want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// The affiliation's mark is inside the title's.
	i, j := strings.Index(page.String(), `data-field="participants[1].title"`), strings.Index(page.String(), `data-field="participants[1].affiliation"`)
	if i < 0 || j < i {
		t.Errorf("affiliation mark not after (inside) the title mark")
	}
}

func TestExplainPageShowsWarningsRemovedAndYAMLLinks(t *testing.T) {
	doc, rec := synthDoc(t)
	doc.Removed = []string{"Back to Japan-Singapore Relations", "Page top"}
	rec.Warnings = []string{"a <b>warning</b> with markup"}
	var page bytes.Buffer
	if err := Page(&page, doc, rec); err != nil {
		t.Fatal(err)
	}
	s := page.String()
	for _, want := range []string{
		"a &lt;b&gt;warning&lt;/b&gt; with markup",
		"<details class=\"removed\">", "Removed boilerplate (2 lines)", "<li>Back to Japan-Singapore Relations</li>",
		`href="#ev-`, // YAML lines link to marks
	} {
		if !strings.Contains(s, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Every in-page link points at an id on the page.
	root, err := html.Parse(bytes.NewReader(page.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	ids, hrefs := map[string]bool{}, []string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for _, a := range n.Attr {
			switch a.Key {
			case "id":
				ids[a.Val] = true
			case "href":
				hrefs = append(hrefs, a.Val)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if len(hrefs) == 0 {
		t.Fatal("no links from the record to the text")
	}
	for _, h := range hrefs {
		if !strings.HasPrefix(h, "#") || !ids[h[1:]] {
			t.Errorf("link %q goes nowhere on the page", h)
		}
	}
}

func TestExplainIndex(t *testing.T) {
	_, rec := synthDoc(t)
	d := extract.NewDate(2025, 6, 24)
	rec.Date = &d
	for i := 0; i < 9; i++ {
		rec.Participants = append(rec.Participants, extract.Participant{Name: "参加者 " + strconv.Itoa(i+1)})
	}
	rec.Warnings = []string{"one doubt"}
	var buf bytes.Buffer
	err := Index(&buf, []Entry{
		{Path: "a/b c.txt", Page: explainHref("a/b c.txt"), Record: rec},
		{Path: "bad.html", Err: "not text"},
	})
	if err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	parseExplainPage(t, buf.Bytes())
	for _, want := range []string{`href="a/b%20c.txt.html"`, "2025-06-24", "meeting", "参加者 1", "+3 more", "one doubt", "not text", "<b>1</b> failed"} {
		if !strings.Contains(s, want) {
			t.Errorf("index lacks %q", want)
		}
	}
}

func TestExplainSink(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	if err := os.MkdirAll(filepath.Join(in, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	readout := "Japan-Singapore Foreign Ministers' Meeting\n\nOn June 24, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Dr. Vivian Balakrishnan, Minister for Foreign Affairs of Singapore.\n"
	for _, name := range []string{"a.txt", "sub/a.txt"} {
		if err := os.WriteFile(filepath.Join(in, name), []byte(readout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sink, err := NewSink(out, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"sub/a.txt", "a.txt"} {
		raw, _ := os.ReadFile(filepath.Join(in, rel))
		_, rec, err := core.ExtractDocument(context.Background(), raw, core.Options{Path: filepath.Join(in, rel)})
		if err != nil {
			t.Fatal(err)
		}
		if err := sink.Record(rel, rec); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
	}
	sink.Failure("broken.html", core.ErrNotText)
	if err := sink.Close(); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.txt.html", "sub/a.txt.html", IndexName} {
		page, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		parseExplainPage(t, page)
	}
	idx, _ := os.ReadFile(filepath.Join(out, IndexName))
	if i, j := bytes.Index(idx, []byte(`href="a.txt.html"`)), bytes.Index(idx, []byte(`href="sub/a.txt.html"`)); i < 0 || j < i {
		t.Errorf("index does not link both pages in path order")
	}
	if !bytes.Contains(idx, []byte("broken.html")) || !bytes.Contains(idx, []byte("not text")) {
		t.Errorf("index does not list the failed input")
	}

	// A record whose input changed since it was extracted gets no page.
	raw, _ := os.ReadFile(filepath.Join(in, "a.txt"))
	_, rec, _ := core.ExtractDocument(context.Background(), raw, core.Options{Path: filepath.Join(in, "a.txt")})
	if err := os.WriteFile(filepath.Join(in, "a.txt"), []byte(readout+"\nMore.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := sink.Record("a.txt", rec); err == nil {
		t.Errorf("a changed input still got a page")
	}
}

func TestExplainPagePath(t *testing.T) {
	for rel, ok := range map[string]bool{
		"a.txt": true, "sub/b.html": true, "../x.txt": false, "/etc/x": false, "a//b.txt": false, "": false, "index": false,
	} {
		_, err := explainPagePath("out", rel)
		if (err == nil) != ok {
			t.Errorf("explainPagePath(%q): err %v, want ok %v", rel, err, ok)
		}
	}
}

// TestExplainPageArchive checks the page of every readout under the folder
// named by READOUT_EXPLAIN_ARCHIVE (e.g. the White House archive), the
// same way as the dev set. It is opt-in: the archive is large.
func TestExplainPageArchive(t *testing.T) {
	root := os.Getenv("READOUT_EXPLAIN_ARCHIVE")
	if root == "" {
		t.Skip("set READOUT_EXPLAIN_ARCHIVE to a folder of readouts")
	}
	var files []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.Contains(".txt.md.html.htm", filepath.Ext(p)) && filepath.Ext(p) != "" {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	pages, marks, whole, evidence := 0, 0, 0, 0
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		doc, rec, err := core.ExtractDocument(context.Background(), raw, core.Options{Path: file})
		if doc == nil || rec == nil {
			continue // no record: nothing to explain
		}
		if err != nil {
			t.Errorf("%s: %v", file, err)
		}
		var page bytes.Buffer
		if err := Page(&page, doc, rec); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			whole += checkExplainPage(t, doc, rec, page.Bytes())
			p := parseExplainPage(t, page.Bytes())
			marks += len(p.marks)
			for _, path := range statedFields(rec) {
				if _, ok := rec.Evidence[path]; !ok {
					t.Errorf("%s is set but has no evidence", path)
				} else if len(p.byField[path]) == 0 {
					t.Errorf("%s has no mark", path)
				}
			}
		})
		pages++
		evidence += len(rec.Evidence)
	}
	t.Logf("%d pages, %d evidence spans, %d drawn as one mark, %d marks", pages, evidence, whole, marks)
}
