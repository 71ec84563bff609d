package ingest

// This file nests numbered list items by indentation and numbering style.

// listLevel is one open level of a numbered list.
type listLevel struct {
	style   string
	number  int
	indent  int
	heading bool
}

// listStack tracks open numbered lists the way reStructuredText reads
// enumerated lists: a numbering style not on the stack opens a deeper
// level, a style on the stack closes back to it, and the same style at a
// deeper indentation is nested.
type listStack struct {
	levels []listLevel
}

// indentStep is how many more columns make a line deeper than another.
const indentStep = 2

func (s *listStack) reset() { s.levels = s.levels[:0] }

func (s *listStack) depth() int { return len(s.levels) }

func (s *listStack) number() int { return s.levels[len(s.levels)-1].number }

// closeAbove closes the list levels indented deeper than indent: a
// paragraph written left of a list's items is no longer part of it.
func (s *listStack) closeAbove(indent int) {
	for n := len(s.levels); n > 0 && s.levels[n-1].indent > indent+1; n-- {
		s.levels = s.levels[:n-1]
	}
}

// place puts an item with the given marker, ordinal, style and indentation
// on the stack and returns its depth (1 for a top-level item).
func (s *listStack) place(marker string, number int, style string, indent int, heading bool) int {
	if n := len(s.levels); n > 0 {
		for k := n - 1; k >= 0 && k >= n-2; k-- {
			lv := s.levels[k]
			if nn, st := reinterpretMarker(marker, number, style, lv.style, lv.number); st != style {
				number, style = nn, st
				break
			}
		}
	}
	item := listLevel{style: style, number: number, indent: indent, heading: heading}
	k := s.find(item)
	n := len(s.levels)
	switch {
	case k < 0:
		s.levels = append(s.levels, item)
	case indent >= s.levels[n-1].indent+indentStep:
		// the same style, deeper than the innermost open level: nested
		s.levels = append(s.levels, item)
	case k == n-1 && number == 1 && s.levels[k].heading && s.levels[k].number >= 1 && !heading:
		// "1. Introduction" then "1. ...": points restart under a heading item
		s.levels = append(s.levels, item)
	default:
		s.levels = append(s.levels[:k], item)
	}
	return len(s.levels)
}

// find returns the open level an item with this style continues: among
// the levels of its style at about its indentation, the innermost whose
// next number it is (a heading item prefers a heading level), else the
// innermost; -1 when its style is not on the stack.
func (s *listStack) find(it listLevel) int {
	var same []int
	for k := len(s.levels) - 1; k >= 0; k-- {
		if s.levels[k].style == it.style && s.levels[k].indent <= it.indent+1 {
			same = append(same, k)
		}
	}
	if len(same) == 0 {
		for k, lv := range s.levels {
			if lv.style == it.style {
				return k // the style is open, shallower than written
			}
		}
		return -1
	}
	if it.heading {
		for _, k := range same {
			if s.levels[k].heading && s.levels[k].number+1 == it.number {
				return k
			}
		}
	}
	for _, k := range same {
		if s.levels[k].number+1 == it.number {
			return k
		}
	}
	return same[0]
}
