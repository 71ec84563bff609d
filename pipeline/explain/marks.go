package explain

import (
	"fmt"
	"html"
	"sort"
	"strconv"
	"strings"

	"github.com/readout/readout/extract"
)

// This file lays evidence spans out over the blocks of a document as
// well-nested <mark> elements: the part of the explain page that shows
// where every value came from.

// markGroup is the evidence of one or more record fields that share the
// same span of the text: one highlight, several field paths.
type markGroup struct {
	span  extract.Span
	paths []string
	// rank says which group stays whole where two spans cross.
	rank int
	// index is the group's place in markLayout.groups.
	index int
	// id is the HTML id of the group's first mark, "" when the group has
	// no mark (its span lies outside every block's body).
	id string
	// inline is false when every path is a structural field (summary,
	// agenda, title, captions), drawn as a block style rather than a
	// highlight.
	inline bool
	class  string
	label  string
}

// markNode is one node of a block's mark tree: a mark (group != nil) or a
// run of plain text (group == nil).
type markNode struct {
	group      *markGroup
	start, end int
	children   []*markNode
}

// markLayout is the evidence of one record, grouped and ready to be drawn
// block by block.
type markLayout struct {
	text   string
	groups []*markGroup
	// byPath maps each evidence path to its group.
	byPath map[string]*markGroup
	// unplaced lists the paths whose evidence could not be shown.
	unplaced []string
}

// newMarkLayout groups the evidence of rec by span. Evidence whose span
// does not fit the text is listed in unplaced.
func newMarkLayout(doc *extract.Document, rec *extract.Record) *markLayout {
	l := &markLayout{text: doc.Text, byPath: map[string]*markGroup{}}
	bySpan := map[extract.Span]*markGroup{}
	paths := make([]string, 0, len(rec.Evidence))
	for p := range rec.Evidence {
		paths = append(paths, p)
	}
	sortPaths(paths)
	for _, p := range paths {
		ev := rec.Evidence[p]
		s := extract.Span{Start: ev.Start, End: ev.End}
		if !s.Valid(len(doc.Text)) || s.In(doc.Text) != ev.Text {
			l.unplaced = append(l.unplaced, p)
			continue
		}
		g := bySpan[s]
		if g == nil {
			g = &markGroup{span: s}
			bySpan[s] = g
			l.groups = append(l.groups, g)
		}
		g.paths = append(g.paths, p)
		l.byPath[p] = g
	}
	for i, g := range l.groups {
		g.index = i
		labels := make([]string, 0, len(g.paths))
		var derived []string
		for _, p := range g.paths {
			if !structuralField(p) {
				g.inline = true
			}
			if derivedFields[p] {
				derived = append(derived, fieldLabel(p))
			} else {
				labels = append(labels, fieldLabel(p))
			}
		}
		labels = append(labels, derived...)
		switch {
		case !g.inline:
			g.rank = rankStructural
		case len(derived) == len(g.paths):
			g.rank = rankDerived
		default:
			g.rank = rankStated
		}
		g.class = fieldClass(g.paths[0])
		for _, p := range g.paths {
			if !structuralField(p) {
				g.class = fieldClass(p)
				break
			}
		}
		g.label = joinLabels(labels)
	}
	return l
}

// piece is the part of a group's span that falls inside one block body.
type piece struct {
	g          *markGroup
	start, end int
}

// blockTree builds the mark tree of the text range body: every group whose
// span meets body becomes one or more marks. Marks nest by span (a longer
// span that starts no later is outside); a span that crosses the end of an
// enclosing one is split into two marks, so the tree is always well
// nested.
func (l *markLayout) blockTree(body extract.Span) *markNode {
	var ps []piece
	for _, g := range l.groups {
		s, e := max(g.span.Start, body.Start), min(g.span.End, body.End)
		if s < e {
			ps = append(ps, piece{g, s, e})
		}
	}
	root := &markNode{start: body.Start, end: body.End}
	if len(ps) == 0 {
		root.children = []*markNode{{start: body.Start, end: body.End}}
		return root
	}
	// Boundaries where the set of open pieces changes.
	cuts := []int{body.Start, body.End}
	for _, p := range ps {
		cuts = append(cuts, p.start, p.end)
	}
	sort.Ints(cuts)
	stack := []*markNode{root}
	var active []piece
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		active = active[:0]
		for _, p := range ps {
			if p.start <= a && b <= p.end {
				active = append(active, p)
			}
		}
		sort.SliceStable(active, func(i, j int) bool { return outside(active[i].g, active[j].g) })
		k := 0
		for k < len(active) && k+1 < len(stack) && stack[k+1].group == active[k].g {
			k++
		}
		for len(stack) > k+1 {
			stack[len(stack)-1].end = a
			stack = stack[:len(stack)-1]
		}
		for _, p := range active[k:] {
			n := &markNode{group: p.g, start: a}
			top := stack[len(stack)-1]
			top.children = append(top.children, n)
			stack = append(stack, n)
		}
		top := stack[len(stack)-1]
		top.children = append(top.children, &markNode{start: a, end: b})
	}
	for len(stack) > 1 {
		stack[len(stack)-1].end = body.End
		stack = stack[:len(stack)-1]
	}
	return root
}

// outside reports whether a's mark goes outside b's where both are open.
// A span that holds the other is outside it. Of two spans that cross, the
// one whose value matters more to a reader stays whole and goes outside
// (a stated value over a derived one, any value over a structural
// field), so only the other is split; of equals, the earlier one.
func outside(a, b *markGroup) bool {
	as, bs := a.span, b.span
	aHolds := as.Start <= bs.Start && bs.End <= as.End
	bHolds := bs.Start <= as.Start && as.End <= bs.End
	switch {
	case aHolds && bHolds:
		return false // the same span: one group
	case aHolds:
		return true
	case bHolds:
		return false
	case a.rank != b.rank:
		return a.rank > b.rank
	}
	return as.Start < bs.Start
}

// Ranks of mark groups: which one stays whole where two spans cross.
const (
	rankStructural = iota
	rankDerived
	rankStated
)

// writeTree writes the marks and text of n to sb. A structural mark that
// covers the whole of body is drawn as a block style (class "whole").
func (l *markLayout) writeTree(sb *strings.Builder, n *markNode, body extract.Span) {
	if n.group == nil && len(n.children) == 0 {
		sb.WriteString(html.EscapeString(l.text[n.start:n.end]))
		return
	}
	if n.group != nil {
		g := n.group
		cls := "f-" + g.class
		if !g.inline {
			cls += " s"
			if n.start == body.Start && n.end == body.End {
				cls += " whole"
			}
		}
		if n.end < min(g.span.End, body.End) {
			// A split value is labelled once, after its last piece.
			cls += " cont"
		}
		sb.WriteString(`<mark class="`)
		sb.WriteString(cls)
		sb.WriteByte('"')
		if g.id == "" {
			g.id = "ev-" + strconv.Itoa(g.index+1)
			sb.WriteString(` id="`)
			sb.WriteString(g.id)
			sb.WriteByte('"')
		}
		fmt.Fprintf(sb, ` data-field="%s" data-label="%s" data-start="%d" data-end="%d" title="%s [%d, %d)"`,
			html.EscapeString(strings.Join(g.paths, " ")), html.EscapeString(g.label),
			n.start, n.end, html.EscapeString(strings.Join(g.paths, ", ")), g.span.Start, g.span.End)
		sb.WriteByte('>')
	}
	for _, c := range n.children {
		l.writeTree(sb, c, body)
	}
	if n.group != nil {
		sb.WriteString(`</mark>`)
	}
}

// structuralGroups returns the groups without an inline field whose span
// meets body, in group order, and whether each covers all of it.
func (l *markLayout) structuralGroups(body extract.Span) (gs []*markGroup, whole []bool) {
	for _, g := range l.groups {
		if g.inline {
			continue
		}
		if g.span.Start < body.End && body.Start < g.span.End {
			gs = append(gs, g)
			whole = append(whole, g.span.Start <= body.Start && body.End <= g.span.End)
		}
	}
	return gs, whole
}

// derivedFields are values worked out from the text rather than written
// in it (a zone from a place, an instant from a time, the kind from its
// cue phrase): their evidence is what they were worked out from, so their
// labels come after the labels of values read there, and where their span
// crosses a stated value's, theirs is the mark that is split.
var derivedFields = map[string]bool{
	"kind": true, "time.tz": true, "time.utc": true, "time.approximate": true,
	"duration.approximate": true, "duration.text": true,
}

// structuralField reports whether path names a field drawn as a block
// style (a whole paragraph or list item) rather than a highlight.
func structuralField(path string) bool {
	switch {
	case path == "summary", path == "title",
		strings.HasPrefix(path, "agenda["), strings.HasPrefix(path, "captions["):
		return true
	}
	return false
}

// fieldClass returns the colour class of a field path: its kind of value.
func fieldClass(path string) string {
	root, rest, _ := strings.Cut(path, ".")
	if i := strings.IndexByte(root, '['); i >= 0 {
		root = root[:i]
	}
	switch root {
	case "published", "date", "time", "duration":
		return "when"
	case "participants":
		if rest == "title" || rest == "affiliation" {
			return "role"
		}
		return "who"
	case "location":
		return "where"
	case "kind", "title", "summary", "agenda":
		return root
	case "captions":
		return "caption"
	}
	return "other"
}

// fieldLabel returns the short label drawn beside a value: "date",
// "start", "P2 title", "place", "1.2 text".
func fieldLabel(path string) string {
	switch {
	case strings.HasPrefix(path, "time.also."):
		return "also " + strings.TrimPrefix(path, "time.also.")
	case strings.HasPrefix(path, "time."):
		return strings.TrimPrefix(path, "time.")
	case path == "duration.minutes", path == "duration.text":
		return "duration"
	case strings.HasPrefix(path, "duration."):
		return "duration " + strings.TrimPrefix(path, "duration.")
	case strings.HasPrefix(path, "location."):
		return strings.TrimPrefix(path, "location.")
	case strings.HasPrefix(path, "participants["):
		n, rest := indexAfter(path, "participants[")
		switch rest {
		case ".name":
			return "P" + n
		case ".honorific":
			return "P" + n + " hon."
		case ".affiliation":
			return "P" + n + " affil."
		}
		return "P" + n + " " + strings.TrimPrefix(rest, ".")
	case strings.HasPrefix(path, "captions["):
		n, _ := indexAfter(path, "captions[")
		return "caption " + n
	case strings.HasPrefix(path, "agenda["):
		num, part := agendaLabel(path)
		if part == "" {
			return num
		}
		return num + " " + part
	}
	return path
}

// joinLabels joins the labels of the fields that share one span, each
// once, dropping a first word that repeats the previous label's: "P2
// affil." and "P2 title" make "P2 affil. · title".
func joinLabels(labels []string) string {
	var out []string
	seen := map[string]bool{}
	prevHead := ""
	for _, l := range labels {
		if seen[l] {
			continue
		}
		seen[l] = true
		head, rest, ok := strings.Cut(l, " ")
		if ok && head == prevHead {
			out = append(out, rest)
			continue
		}
		prevHead = head
		out = append(out, l)
	}
	return strings.Join(out, " · ")
}

// agendaLabel splits "agenda[2].points[1].text" into its number "2.1" and
// part "text" ("" for the item itself).
func agendaLabel(path string) (num, part string) {
	var nums []string
	rest := strings.TrimPrefix(path, "agenda")
	for strings.HasPrefix(rest, "[") {
		n, r := indexAfter(rest, "[")
		nums = append(nums, n)
		rest = strings.TrimPrefix(r, ".points")
	}
	return strings.Join(nums, "."), strings.TrimPrefix(rest, ".")
}

// indexAfter returns the digits after prefix in s and what follows the
// closing bracket.
func indexAfter(s, prefix string) (num, rest string) {
	s = strings.TrimPrefix(s, prefix)
	i := strings.IndexByte(s, ']')
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

// fieldOrder is the order of a record's top-level keys, for sorting paths.
var fieldOrder = map[string]int{
	"title": 1, "published": 2, "kind": 3, "summary": 4, "date": 5, "time": 6,
	"duration": 7, "participants": 8, "location": 9, "agenda": 10, "captions": 11,
}

// sortPaths sorts evidence paths in record order, list indexes by number.
func sortPaths(paths []string) {
	sort.Slice(paths, func(i, j int) bool { return pathLess(paths[i], paths[j]) })
}

func pathLess(a, b string) bool {
	ka, kb := pathKey(a), pathKey(b)
	for i := 0; i < len(ka) && i < len(kb); i++ {
		if ka[i] != kb[i] {
			return ka[i] < kb[i]
		}
	}
	if len(ka) != len(kb) {
		return len(ka) < len(kb)
	}
	return a < b
}

// pathKey turns a path into a sortable key: the top-level field's rank,
// then each list index.
func pathKey(p string) []int {
	root := p
	if i := strings.IndexAny(root, ".["); i >= 0 {
		root = root[:i]
	}
	r, ok := fieldOrder[root]
	if !ok {
		r = len(fieldOrder) + 1
	}
	key := []int{r}
	for rest := p; ; {
		i := strings.IndexByte(rest, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], ']')
		if j < 0 {
			break
		}
		n, _ := strconv.Atoi(rest[i+1 : i+j])
		key = append(key, n)
		rest = rest[i+j+1:]
	}
	return key
}
