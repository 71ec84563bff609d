package explain

import (
	"embed"
	"fmt"
	"html"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/core"
)

// This file renders the explain page: one self-contained HTML page that
// shows a readout's cleaned text with every extracted value highlighted
// where it was read, the record beside it, its warnings and the
// boilerplate ingest removed.

//go:embed explain.html.tmpl explain_index.html.tmpl explain.css
var explainFS embed.FS

// explainTemplates are the page and index templates, parsed once.
var explainTemplates = template.Must(template.New("explain").Funcs(template.FuncMap{
	"join": strings.Join,
}).ParseFS(explainFS, "*.tmpl"))

// explainCSS is the style sheet both pages inline.
var explainCSS = func() template.CSS {
	b, err := explainFS.ReadFile("explain.css")
	if err != nil {
		return ""
	}
	return template.CSS(b)
}()

// Page writes the explain page of rec, extracted from doc, to w:
// the cleaned readout with every value that has evidence highlighted as
// <mark data-field="PATH"> over exactly its source text, the record's
// YAML beside it with each explained line linked to its mark, warnings at
// the top and the removed boilerplate in a collapsed section. The page is
// self-contained: inline CSS, no scripts, nothing loaded from elsewhere.
//
// A mark's data-field lists every path whose evidence is that span,
// separated by spaces; data-start and data-end give the part of the span
// the mark covers (a span that crosses a block or another mark is drawn
// as several marks).
func Page(w io.Writer, doc *extract.Document, rec *extract.Record) error {
	if doc == nil || rec == nil {
		return fmt.Errorf("explain: no document or record")
	}
	page := buildExplainPage(doc, rec)
	if err := explainTemplates.ExecuteTemplate(w, "explain.html.tmpl", page); err != nil {
		return fmt.Errorf("write explain page: %w", err)
	}
	return nil
}

// explainPage is what the page template draws.
type explainPage struct {
	CSS       template.CSS
	Heading   string
	Source    extract.Source
	Site      string
	Kind      string
	Date      string
	Counts    []countChip
	Warnings  []string
	Notes     []string
	Body      template.HTML
	YAML      template.HTML
	Removed   []string
	Evidence  []evidenceRow
	Legend    []legendChip
	ShortHash string
}

type countChip struct {
	Label string
	N     int
}

type legendChip struct{ Class, Label string }

type evidenceRow struct {
	// Rule names the extraction rule that read the value.
	Path, Text, ID, Class, Rule string
	Start, End                  int
}

// explainLegend lists the colour classes of the page, in reading order.
var explainLegend = []legendChip{
	{"title", "title"}, {"when", "date · time · duration"}, {"who", "participant"},
	{"role", "title · affiliation"}, {"where", "location"}, {"kind", "kind"},
	{"summary", "summary"}, {"agenda", "agenda"}, {"caption", "caption"},
}

func buildExplainPage(doc *extract.Document, rec *extract.Record) *explainPage {
	l := newMarkLayout(doc, rec)
	p := &explainPage{
		CSS:      explainCSS,
		Source:   rec.Source,
		Site:     doc.Meta.Site,
		Kind:     string(rec.Kind),
		Warnings: rec.Warnings,
		Removed:  doc.Removed,
		Legend:   explainLegend,
	}
	if p.Source.URL == "" {
		p.Source.URL = doc.Meta.SourceURL
	}
	switch {
	case rec.Title != nil:
		p.Heading = *rec.Title
	case rec.Source.Path != "":
		p.Heading = rec.Source.Path
	default:
		p.Heading = "readout"
	}
	if rec.Date != nil {
		p.Date = rec.Date.String()
	}
	if len(rec.Source.SHA256) > 12 {
		p.ShortHash = rec.Source.SHA256[:12]
	}
	p.Counts = []countChip{
		{"participants", len(rec.Participants)},
		{"agenda items", len(rec.Agenda)},
		{"values traced", len(rec.Evidence) - len(l.unplaced)},
	}
	p.Body = template.HTML(renderBlocks(doc, l))
	for _, path := range l.unplaced {
		ev := rec.Evidence[path]
		p.Notes = append(p.Notes, fmt.Sprintf("evidence for %s (%q at [%d, %d)) does not match the cleaned text, so it is not shown", path, ev.Text, ev.Start, ev.End))
	}
	for _, g := range l.groups {
		if g.id == "" {
			p.Notes = append(p.Notes, fmt.Sprintf("evidence for %s lies outside the readout's text blocks, so it is not shown", strings.Join(g.paths, ", ")))
		}
	}
	p.YAML = template.HTML(recordYAML(rec, l, p))
	for _, g := range l.groups {
		for _, path := range g.paths {
			p.Evidence = append(p.Evidence, evidenceRow{
				Path: path, Text: g.span.In(doc.Text), ID: g.id, Class: fieldClass(path),
				Rule: rec.Evidence[path].Rule, Start: g.span.Start, End: g.span.End,
			})
		}
	}
	sort.SliceStable(p.Evidence, func(i, j int) bool { return pathLess(p.Evidence[i].Path, p.Evidence[j].Path) })
	return p
}

// recordYAML returns the record's YAML as linked lines. A record the
// emitter refuses (it fails the schema) is still shown, as plain YAML, and
// the failure is noted on the page.
func recordYAML(rec *extract.Record, l *markLayout, p *explainPage) string {
	src, err := core.Marshal(rec, core.EmitOptions{})
	if err != nil {
		p.Notes = append(p.Notes, "the record does not pass the schema: "+err.Error())
		plain := *rec
		plain.Evidence = nil
		if src, err = yaml.Marshal(&plain); err != nil {
			return html.EscapeString("cannot encode the record: " + err.Error())
		}
	}
	has := func(path string) bool { g := l.byPath[path]; return g != nil && g.id != "" }
	links, err := yamlLinks(src, has)
	if err != nil {
		links = nil
	}
	return yamlHTML(src, links, func(path string) (string, string) {
		g := l.byPath[path]
		if g == nil {
			return "", ""
		}
		return g.id, fieldClass(path)
	})
}

// blockTags are the HTML elements and classes blocks of each kind are
// drawn as.
var blockTags = map[extract.BlockKind]struct{ tag, class string }{
	extract.Paragraph: {"p", "para"},
	extract.Item:      {"p", "item"},
	extract.Heading:   {"h2", "heading"},
	extract.Title:     {"h1", "title"},
	extract.Dateline:  {"p", "dateline"},
	extract.Caption:   {"p", "caption"},
}

// renderBlocks draws every block of doc: a rail with the structural
// fields the block belongs to (summary, agenda item, caption), the list
// marker, and the block's text with its marks.
func renderBlocks(doc *extract.Document, l *markLayout) string {
	var sb strings.Builder
	for _, b := range doc.Blocks {
		t, ok := blockTags[b.Kind]
		if !ok {
			t = blockTags[extract.Paragraph]
		}
		gs, whole := l.structuralGroups(b.Body)
		cls := "blk k-" + t.class
		bar := ""
		for i, g := range gs {
			if whole[i] {
				bar = g.class
				break
			}
		}
		if bar != "" {
			cls += " bar f-" + bar
		}
		if b.Marker != "" {
			cls += " marked"
		}
		fmt.Fprintf(&sb, `<div class="%s" style="--depth:%d" data-block="%s">`, cls, b.Depth, b.Kind)
		sb.WriteString(`<div class="rail">`)
		for _, g := range gs {
			fmt.Fprintf(&sb, `<span class="tag f-%s">%s</span>`, g.class, html.EscapeString(railLabel(g)))
		}
		sb.WriteString(`</div><div class="content">`)
		if b.Marker != "" {
			fmt.Fprintf(&sb, `<span class="marker">%s</span>`, html.EscapeString(b.Marker))
		}
		fmt.Fprintf(&sb, `<%s class="txt">`, t.tag)
		l.writeTree(&sb, l.blockTree(b.Body), b.Body)
		fmt.Fprintf(&sb, "</%s></div></div>\n", t.tag)
	}
	return sb.String()
}

// railLabel is the label of a structural group in the block rail:
// "summary", "agenda 2.1 · text", "caption 1".
func railLabel(g *markGroup) string {
	if !strings.HasPrefix(g.paths[0], "agenda[") {
		return g.label
	}
	num, _ := agendaLabel(g.paths[0])
	label := "agenda " + num
	for _, p := range g.paths {
		if n, part := agendaLabel(p); part != "" {
			if n != num {
				part = n + " " + part
			}
			label += " · " + part
		}
	}
	return label
}

// Entry is one input of a batch run as the explain index lists it.
type Entry struct {
	// Path is the input's path as shown (relative to the archive).
	Path string
	// Page is the link to the input's explain page, relative to the
	// index; "" when there is none.
	Page string
	// Record is the input's record, nil when it produced none.
	Record *extract.Record
	// Err says why the input produced no record.
	Err string
}

// indexRow is one row of the explain index.
type indexRow struct {
	Path, Page, Kind, Date, Title, Err string
	Participants                       []string
	More                               int
	Warnings                           []string
}

type explainIndex struct {
	CSS      template.CSS
	Rows     []indexRow
	OK       int
	Failed   int
	Warned   int
	Kinds    []countChip
	Heading  string
	Subtitle string
}

// indexParticipants is how many participant names an index row shows
// before "+N more".
const indexParticipants = 6

// Index writes the index page of a batch run's explain pages to w:
// every input with its kind, date, participants and warnings, linked to
// its page, in the order given.
func Index(w io.Writer, entries []Entry) error {
	idx := explainIndex{CSS: explainCSS, Heading: "readout explain index"}
	kinds := map[string]int{}
	for _, e := range entries {
		r := indexRow{Path: e.Path, Page: e.Page, Err: e.Err}
		if rec := e.Record; rec != nil {
			idx.OK++
			r.Kind = string(rec.Kind)
			kinds[r.Kind]++
			if rec.Date != nil {
				r.Date = rec.Date.String()
			}
			if rec.Title != nil {
				r.Title = *rec.Title
			}
			for i, pt := range rec.Participants {
				if i == indexParticipants {
					r.More = len(rec.Participants) - i
					break
				}
				r.Participants = append(r.Participants, pt.Name)
			}
			r.Warnings = rec.Warnings
			if len(r.Warnings) > 0 {
				idx.Warned++
			}
		} else {
			idx.Failed++
		}
		idx.Rows = append(idx.Rows, r)
	}
	for k, n := range kinds {
		idx.Kinds = append(idx.Kinds, countChip{k, n})
	}
	sort.Slice(idx.Kinds, func(i, j int) bool {
		if idx.Kinds[i].N != idx.Kinds[j].N {
			return idx.Kinds[i].N > idx.Kinds[j].N
		}
		return idx.Kinds[i].Label < idx.Kinds[j].Label
	})
	idx.Subtitle = strconv.Itoa(len(entries)) + " readouts explained"
	if len(entries) == 1 {
		idx.Subtitle = "1 readout explained"
	}
	if err := explainTemplates.ExecuteTemplate(w, "explain_index.html.tmpl", idx); err != nil {
		return fmt.Errorf("write explain index: %w", err)
	}
	return nil
}
