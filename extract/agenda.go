package extract

import (
	"fmt"
	"strings"
)

// headingMaxWords is the longest first line of a numbered item that is read
// as the item's heading when more of the item follows ("1. Introduction",
// "3. The two sides exchanged their views on regional issues.").
const headingMaxWords = 12

// maxAgendaDepth is the deepest level of points an agenda holds. Readouts
// nest three levels at most ("1.", "(1)", "(a)"); items a hostile page
// nests deeper (10,000 <ol>s inside one another) are kept as points of the
// deepest level, so that the record, its evidence paths and its YAML do
// not grow with the square of the nesting.
const maxAgendaDepth = 8

// agendaNode is an agenda item being built, with the spans its values come
// from.
type agendaNode struct {
	number   int
	depth    int
	block    int    // the index of the item's block in the document
	first    Span   // the item's own first line
	paras    []Span // continuation paragraphs
	children []*agendaNode
}

// extractAgenda builds the numbered points of the body from the document's
// numbered items and the paragraphs they hold. Unnumbered bodies give an
// empty agenda; bullets are not numbering.
func (x *reader) extractAgenda() {
	var roots []*agendaNode
	var stack []*agendaNode // open items, by depth
	for bi, b := range x.doc.Blocks {
		switch b.Kind {
		case Item:
			if b.Number <= 0 {
				continue
			}
			d := min(max(b.Depth, 1), maxAgendaDepth)
			for len(stack) > 0 && stack[len(stack)-1].depth >= d {
				stack = stack[:len(stack)-1]
			}
			n := &agendaNode{number: b.Number, depth: d, block: bi, first: b.Body}
			if len(stack) == 0 {
				roots = append(roots, n)
			} else {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			}
			stack = append(stack, n)
		case Paragraph:
			if b.Depth < 1 || len(stack) == 0 {
				continue
			}
			d := min(b.Depth, maxAgendaDepth)
			for len(stack) > 0 && stack[len(stack)-1].depth > d {
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.paras = append(p.paras, b.Body)
			}
		case Heading:
			// a heading outside the list closes it
			if b.Depth < 1 {
				stack = stack[:0]
			}
		}
	}
	x.rec.Agenda = x.agendaItems(x.withoutNavigation(roots), "agenda")
}

// navLabelWords is the most words an item of a navigation list has.
const navLabelWords = 4

// withoutNavigation drops the numbered items that stand before the lead
// when every one of them is a short label: a breadcrumb or menu written
// as a numbered list ("1. HOME 2. Press 3. Ministry News", Bootstrap's
// <ol class="breadcrumb">) is page furniture, not the body's points. A
// list before the lead with a sentence in it is kept.
func (x *reader) withoutNavigation(roots []*agendaNode) []*agendaNode {
	if x.lead < 0 {
		return roots
	}
	k := 0
	for k < len(roots) && roots[k].block < x.lead {
		n := roots[k]
		if len(n.children) > 0 || len(n.paras) > 0 || !x.labelLike(n.first) {
			return roots
		}
		k++
	}
	return roots[k:]
}

// labelLike reports whether the text at s is a short label: at most
// navLabelWords words, with no sentence punctuation inside.
func (x *reader) labelLike(s Span) bool {
	t := strings.TrimSpace(s.In(x.text))
	return t != "" && len(strings.Fields(t)) <= navLabelWords && !strings.ContainsAny(strings.TrimRight(t, "."), ".!?;,:")
}

// agendaItems turns built nodes into record items, recording evidence under
// path ("agenda[2].points[1]").
func (x *reader) agendaItems(nodes []*agendaNode, path string) []AgendaItem {
	items := make([]AgendaItem, 0, len(nodes))
	for i, n := range nodes {
		p := fmt.Sprintf("%s[%d]", path, i+1)
		it := AgendaItem{Number: n.number}
		more := len(n.children) > 0 || len(n.paras) > 0
		textSpans := n.paras
		if more && x.headingLike(n.first) {
			it.Heading = x.str(p+".heading", n.first)
		} else {
			textSpans = append([]Span{n.first}, n.paras...)
		}
		if len(textSpans) > 0 {
			parts := make([]string, len(textSpans))
			cover := textSpans[0]
			for j, s := range textSpans {
				parts[j] = s.In(x.text)
				cover = cover.Cover(s)
			}
			t := strings.Join(parts, " ")
			it.Text = &t
			x.set(p+".text", cover)
		}
		if len(n.children) > 0 {
			it.Points = x.agendaItems(n.children, p+".points")
		}
		x.set(p, n.first)
		items = append(items, it)
	}
	return items
}

// headingLike reports whether an item's first line is short enough to be a
// heading: at most headingMaxWords words and one sentence.
func (x *reader) headingLike(s Span) bool {
	t := s.In(x.text)
	if len(strings.Fields(t)) > headingMaxWords {
		return false
	}
	trimmed := strings.TrimRight(t, ".:")
	return !strings.ContainsAny(trimmed, ".;") || len(x.sentences(s)) <= 1
}
