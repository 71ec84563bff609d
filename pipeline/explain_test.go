package pipeline

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
)

// explainCorpus is the shared development set; tests that read it skip when it
// is absent.
const explainCorpus = "../../shared/corpus/dev"

// explainDevFiles returns the dev-set inputs, or skips t when there are none.
func explainDevFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"*.txt", "*.html"} {
		m, _ := filepath.Glob(filepath.Join(explainCorpus, pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("dev corpus not found at " + explainCorpus)
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
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, rec, err := ExtractDocument(context.Background(), raw, Options{Path: file})
			if doc == nil || rec == nil {
				t.Fatalf("extract: %v", err)
			}
			if err != nil {
				t.Errorf("extract: %v", err)
			}
			var page bytes.Buffer
			if err := ExplainPage(&page, doc, rec); err != nil {
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
			}
		})
	}
}

// TestExplainEvidenceOffsets checks, for every dev-set readout, that the
// record written with --explain carries evidence whose offsets slice its
// source.text to exactly the evidence text.
func TestExplainEvidenceOffsets(t *testing.T) {
	for _, file := range explainDevFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, rec, err := ExtractDocument(context.Background(), raw, Options{Path: file})
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			for _, format := range []string{"yaml", "json"} {
				out, err := Marshal(rec, EmitOptions{Format: format, Explain: true, Text: doc.Text})
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
