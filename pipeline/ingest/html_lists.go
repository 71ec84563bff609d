package ingest

import (
	"strconv"
	"strings"

	"github.com/readout/readout/internal/fastre"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/readout/readout/extract"
)

// This file numbers list items: <ol> numbering (start, type, reversed,
// value, list-style-type) rendered as markers, and the nesting depth of
// items and of markers written in the text.

// listState numbers the items of one <ol> or <ul>.
type listState struct {
	ordered bool
	// style is the numbering: '1', 'a', 'A', 'i', 'I', or 0 for none.
	style      byte
	next, step int
}

// scope is a context where written list markers nest: the content root
// or one list item.
type scope struct {
	// depth is the list depth of the item (0 for the root and for bullets
	// outside any numbered list).
	depth int
	// styles are the written marker styles opened in this scope,
	// outermost first; open is the depth of the last written item, or 0.
	styles []string
	open   int
	// pending is true until the item's first line is emitted.
	pending bool
	// ordered items carry marker and number from their <ol>.
	ordered bool
	// unmarked items come from a list drawn without markers.
	unmarked bool
	marker   string
	number   int
}

// contDepth is the depth of an unnumbered paragraph in the scope.
func (s *scope) contDepth() int {
	if s.open > 0 {
		return s.open
	}
	return s.depth
}

// written returns the depth of a written marker of style in the scope: a
// style already open closes back to it, a new one opens a level deeper.
func (s *scope) written(style string) int {
	for i, st := range s.styles {
		if st == style {
			s.styles = s.styles[:i+1]
			s.open = s.depth + i + 1
			return s.open
		}
	}
	s.styles = append(s.styles, style)
	s.open = s.depth + len(s.styles)
	return s.open
}

// openList starts numbering an <ol> or <ul>.
func (in *htmlIngester) openList(n *html.Node) {
	in.startPendingItem()
	l := &listState{ordered: n.DataAtom == atom.Ol, style: '1', step: 1, next: 1}
	if t := attr(n, "type"); len(t) == 1 && strings.Contains("1aAiI", t) {
		l.style = t[0]
	}
	if s, ok := listStyle(attr(n, "style")); ok {
		switch s {
		case 'b':
			l.ordered = false
		case 'd':
			l.ordered = true
			l.style = '1'
		default:
			l.style = s
		}
	}
	if l.ordered && hasAttr(n, "reversed") {
		l.step = -1
		l.next = 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				l.next++
			}
		}
	}
	if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "start"))); err == nil && l.ordered {
		l.next = v
	}
	in.lists = append(in.lists, l)
}

// listStyleTypes maps CSS list-style-type values to a numbering style:
// 'b' draws bullets, 'd' decimals, 0 nothing.
var listStyleTypes = map[string]byte{
	"decimal": '1', "decimal-leading-zero": '1', "lower-alpha": 'a', "lower-latin": 'a',
	"upper-alpha": 'A', "upper-latin": 'A', "lower-roman": 'i', "upper-roman": 'I',
	"none": 0, "disc": 'b', "circle": 'b', "square": 'b',
}

// reListStyle finds a list-style or list-style-type declaration.
var reListStyle = fastre.MustCompile(`(?i)list-style(?:-type)?\s*:\s*([a-z\-]+)`)

// listStyle reads the numbering style an inline style sets.
func listStyle(style string) (byte, bool) {
	if style == "" {
		return 0, false
	}
	m := reListStyle.FindStringSubmatch(style)
	if m == nil {
		return 0, false
	}
	s, ok := listStyleTypes[strings.ToLower(m[1])]
	return s, ok
}

// startPendingItem emits the marker of an ordered item whose first
// content is a nested list, so that its number is not lost.
func (in *htmlIngester) startPendingItem() {
	sc := in.scopes[len(in.scopes)-1]
	if !sc.pending {
		return
	}
	sc.pending = false
	if sc.ordered {
		in.add(extract.Item, sc.marker, sc.number, sc.depth, "")
	}
}

// openItem starts a list item: its ordinal from the list, its depth from
// the scope it is nested in.
func (in *htmlIngester) openItem(n *html.Node) {
	parent := in.scopes[len(in.scopes)-1]
	base := parent.contDepth()
	sc := &scope{pending: true}
	var l *listState
	if len(in.lists) > 0 {
		l = in.lists[len(in.lists)-1]
	}
	if l != nil && l.ordered {
		ord := l.next
		if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "value"))); err == nil {
			ord = v
		}
		l.next = ord + l.step
		style := l.style
		if t := attr(n, "type"); len(t) == 1 && strings.Contains("1aAiI", t) {
			style = t[0]
		}
		sc.depth = base + 1
		if style == 0 {
			sc.unmarked = true
		} else {
			sc.ordered = true
			sc.marker = renderOrdinal(ord, style) + "."
			sc.number = max(ord, 0)
		}
	} else if base > 0 {
		sc.depth = base + 1
	}
	in.scopes = append(in.scopes, sc)
}

// renderOrdinal writes an ordinal in a list numbering style; values a
// style cannot write fall back to decimal.
func renderOrdinal(n int, style byte) string {
	switch style {
	case 'a', 'A':
		if n < 1 {
			break
		}
		var buf [16]byte
		i := len(buf)
		for v := n; v > 0 && i > 0; v = (v - 1) / 26 {
			i--
			buf[i] = byte('a' + (v-1)%26)
		}
		s := string(buf[i:])
		if style == 'A' {
			s = strings.ToUpper(s)
		}
		return s
	case 'i', 'I':
		if n < 1 || n > 3999 {
			break
		}
		s := roman(n)
		if style == 'i' {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

// roman writes n (1 to 3999) in upper-case roman numerals.
func roman(n int) string {
	vals := [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}
