package extract

import (
	"fmt"
	"strings"

	"github.com/readout/readout/internal/fastre"
)

// This file reads clock times ("5:35 p.m.", "11:00AM", "17:50", "10 :00",
// "7 p.m.", "noon") as named rules, with what may qualify them: an
// approximation before ("around", "a little after"), a range ("from ...
// to ...", "between ... and ..."), and a zone after ("local time", "JST",
// "Japan time").

// clockValue is a time of day, in minutes after midnight.
type clockValue struct {
	Minutes int
	// Meridiem is true when a.m./p.m. (or noon/midnight) was stated.
	Meridiem bool
	// PM is true for a stated p.m.
	PM bool
	// Vague is true for a 12-hour time with neither a meridiem nor a part
	// of the day ("at 3 o'clock", "half past three"): read, never given.
	Vague bool
}

// HHMM returns the value as a 24-hour "HH:MM".
func (c clockValue) HHMM() string { return fmt.Sprintf("%02d:%02d", c.Minutes/60, c.Minutes%60) }

// clockMatch is one clock time found in a text.
type clockMatch struct {
	Rule  string
	Span  Span
	Value clockValue
}

// clockRule is one way of writing a clock time.
type clockRule struct {
	name string
	re   *fastre.Regexp
	read func(sm []string) (clockValue, bool)
	// may, when set, is a cheap test that a text must pass for re to be
	// tried: the regexp cannot match a text it rejects.
	may func(s string) bool
}

const (
	reMeridiem = `(a\.\s?m\.?|p\.\s?m\.?|AM\b|PM\b|am\b|pm\b|A\.M\.?|P\.M\.?|[aApP]\s[mM]\b)`
)

// clockRules are tried in order; longer matches win overlaps.
var clockRules = []clockRule{
	{
		// "5:35 p.m.", "11:00AM", "17:50", "10 :00", "0:35 p.m."
		name: "hh:mm",
		re:   fastre.MustCompile(`\b([01]?\d|2[0-4])\s?:\s?([0-5]\d)(?:\s?` + reMeridiem + `|\b)`),
		read: func(sm []string) (clockValue, bool) { return meridiem(atoi(sm[1]), atoi(sm[2]), sm[3]) },
	},
	{
		// "5.30 p.m.", "5.30pm": a dot only with a meridiem.
		name: "hh.mm",
		re:   fastre.MustCompile(`\b(1[0-2]|0?\d)\.([0-5]\d)\s?` + reMeridiem),
		read: func(sm []string) (clockValue, bool) { return meridiem(atoi(sm[1]), atoi(sm[2]), sm[3]) },
	},
	{
		// "7 p.m.", "11AM"
		name: "hh-meridiem",
		re:   fastre.MustCompile(`\b(1[0-2]|0?\d)\s?` + reMeridiem),
		read: func(sm []string) (clockValue, bool) { return meridiem(atoi(sm[1]), 0, sm[2]) },
	},
	{
		// "1500 hrs", "16.45 hrs", "15:00 hrs" is hh:mm; "15h30" (French style)
		name: "hhmm-hrs",
		re: fastre.MustCompile(`\b([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hours|h)\b|\b([01]?\d|2[0-3])h([0-5]\d)\b|` +
			`\b([01]?\d|2[0-3])\.([0-5]\d)\s?(?:hrs|hours|h)\b`),
		may: digitThenH,
		read: func(sm []string) (clockValue, bool) {
			switch {
			case sm[1] != "":
				return clockValue{Minutes: atoi(sm[1])*60 + atoi(sm[2])}, true
			case sm[3] != "":
				return clockValue{Minutes: atoi(sm[3])*60 + atoi(sm[4])}, true
			}
			return clockValue{Minutes: atoi(sm[5])*60 + atoi(sm[6])}, true
		},
	},
	{
		// "3 o'clock", "at three o'clock"
		name: "oclock",
		re:   fastre.MustCompile(`(?i)\b(1[0-2]|0?\d|` + alternation(smallNumbers) + `)\s+o['’]clock\b`),
		read: func(sm []string) (clockValue, bool) {
			h, ok := numberValue(sm[1])
			return clockValue{Minutes: h * 60, Vague: true}, ok && h >= 1 && h <= 12
		},
	},
	{
		// "noon", "midday", "midnight"
		name: "noon",
		re:   fastre.MustCompile(`(?i)\b(noon|midday|midnight)\b`),
		read: func(sm []string) (clockValue, bool) {
			if strings.EqualFold(sm[1], "midnight") {
				return clockValue{Minutes: 0, Meridiem: true}, true
			}
			return clockValue{Minutes: 12 * 60, Meridiem: true, PM: true}, true
		},
	},
}

// meridiem applies a stated a.m./p.m. to h:m. "0:35 p.m." is 12:35 and
// "12:00 a.m." midnight; a 24-hour time with a meridiem is refused unless
// they agree ("13:00 p.m." is 13:00).
func meridiem(h, m int, mer string) (clockValue, bool) {
	if h > 24 || (h == 24 && m > 0) {
		return clockValue{}, false
	}
	if h == 24 {
		h = 0
	}
	mer = strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(mer))
	switch mer {
	case "am":
		if h > 12 {
			return clockValue{}, false
		}
		if h == 12 {
			h = 0
		}
		return clockValue{Minutes: h*60 + m, Meridiem: true}, true
	case "pm":
		if h < 12 {
			h += 12
		}
		return clockValue{Minutes: h*60 + m, Meridiem: true, PM: true}, true
	}
	return clockValue{Minutes: h*60 + m}, true
}

// findClocks returns the clock times in s, leftmost first, overlaps
// resolved in favour of the longer match.
func findClocks(s string) []clockMatch {
	var all []clockMatch
	for _, r := range allClockRules() {
		if r.may != nil && !r.may(s) {
			continue
		}
		for _, loc := range r.re.FindAllStringSubmatchIndex(s, -1) {
			sm := submatches(s, loc)
			v, ok := r.read(sm)
			if !ok {
				continue
			}
			sp := Span{loc[0], loc[1]}
			if r.name == "hh:mm" && sm[3] == "" && !clockContext(s, sp) {
				continue // "2:1", scores, ratios and verse numbers are not times
			}
			if b, _ := behind(s, sp.Start); r.name == "hhmm-hrs" && !reClockBefore.MatchString(b) {
				continue // "worked 2000 hours" is an amount, not a time
			}
			if r.name == "past-to" && sp.Start > 0 && (s[sp.Start-1] == ':' || s[sp.Start-1] == '.') {
				continue // "10:30 to 11:45" is a range
			}
			if r.name == "daypart-hour" && reMoreClock.MatchString(s[sp.End:]) {
				continue // "morning at 9:30": the hh:mm rule reads it
			}
			all = append(all, clockMatch{Rule: r.name, Span: sp, Value: v})
		}
	}
	out := nonOverlapping(all, func(m clockMatch) Span { return m.Span })
	applyDayParts(s, out)
	return out
}

// reMoreClock is what continues an hour into a longer time: minutes or a
// meridiem.
var reMoreClock = fastre.MustCompile(`^\s?(?:[:.]\d|[aApP]\.?\s?[mM]\b)`)

// allClockRules are the digit rules and the word rules (clockwords.go).
func allClockRules() []clockRule {
	return clockRuleSet
}

var clockRuleSet = append(append([]clockRule{}, clockRules...), clockWordRules...)

// reClockBefore and reClockAfter are the words that make a bare "17:50"
// a time of day: a preposition before it or a zone or range after.
var (
	reClockBefore = fastre.MustCompile(`(?i)(?:\b(?:at|from|to|until|till|between|and|around|about|approximately|approx\.|after|before|commencing|starting|since|by|past)|[(\-–—~])\s*$`)
	reClockAfter  = fastre.MustCompile(`(?i)^\s*(?:[\-–—~]|to\b|and\b|hours?\b|hrs\b|h\b|local\b|\(|on\b|` + zoneAbbrevAlternation + `)`)
)

// clockContext reports whether the bare 24-hour time at sp reads as a
// time of day.
func clockContext(s string, sp Span) bool {
	b, _ := behind(s, sp.Start)
	return reClockBefore.MatchString(b) || reClockAfter.MatchString(s[sp.End:])
}

// submatches returns the submatch strings of loc ("" when absent).
func submatches(s string, loc []int) []string {
	sm := make([]string, len(loc)/2)
	for i := range sm {
		if loc[2*i] >= 0 {
			sm[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return sm
}

// nonOverlapping keeps, of matches that overlap, the longest (the earlier
// in all on a tie), and returns them in text order.
func nonOverlapping[M any](all []M, span func(M) Span) []M {
	var out []M
	for i, m := range all {
		sp := span(m)
		best := true
		for j, o := range all {
			if i == j {
				continue
			}
			op := span(o)
			if sp.Start < op.End && op.Start < sp.End &&
				(op.Len() > sp.Len() || (op.Len() == sp.Len() && j < i)) {
				best = false
				break
			}
		}
		if best {
			out = append(out, m)
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && span(out[j]).Start < span(out[j-1]).Start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// approxBefore are the words that make the time after them approximate.
var approxBefore = []string{
	"around", "about", "approximately", "approx.", "roughly", "circa", "ca.", "some time after",
	"sometime after", "shortly after", "shortly before", "a little after", "a little before",
	"just after", "just before", "slightly after", "slightly before", "soon after", "a little past",
	"just past", "shortly past", "after", "before",
}

// reApproxBefore matches an approximation at the end of the text before a
// time, with "at" or "from" between them allowed.
var reApproxBefore = fastre.MustCompile(`(?i)\b(` + alternation(setOf(approxBefore)) + `)(?:\s+(?:at|from))?\s*$`)

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// timeExpr is a clock time as the statement gives it: one time or a range,
// with its approximation and stated zone.
type timeExpr struct {
	Span   Span // the whole expression, qualifiers and zone included
	Start  clockMatch
	End    *clockMatch
	Approx bool
	// Zone is the stated zone as written ("local", "JST", "Japan time"),
	// ZoneSpan its text; "" when unstated.
	Zone     string
	ZoneSpan Span
	// RangeSpan is the text of a range ("between 17:50 and 18:15").
	RangeSpan Span
}

// reRangeJoin is what joins the two ends of a range.
var reRangeJoin = fastre.MustCompile(`(?i)^\s*(?:[\-–—~]|to|until|till|and)\s*(?:(?:around|about|approximately)\s+)?$`)

// reRangeOpen is what opens a range before its first time.
var reRangeOpen = fastre.MustCompile(`(?i)\b(?:from|between)\s+(?:(?:around|about|approximately|approx\.)\s+)?$`)

// timeExprs groups the clock times of s into expressions: ranges joined
// (their ends written with a clock each, "15:00 GMT - 18:00 GMT", or one
// bare, "from 3 to 4pm", "8am until 6"), approximations before or after
// attached, and stated zones.
func timeExprs(s string) []timeExpr {
	clocks := findClocks(s)
	var out []timeExpr
	for i := 0; i < len(clocks); i++ {
		c := clocks[i]
		e := timeExpr{Span: c.Span, Start: c}
		from := c.Span.Start // where an approximation is looked for
		var zone string
		var zoneSpan Span
		joinFrom := c.Span.End
		if z, zs, ok := zoneAfter(s, c.Span.End); ok && i+1 < len(clocks) && zs.End <= clocks[i+1].Span.Start {
			// "15:00 GMT - 18:00 GMT": the first end's zone before the join
			zone, zoneSpan, joinFrom = z, zs, zs.End
		}
		switch {
		case i+1 < len(clocks) && reRangeJoin.MatchString(s[joinFrom:clocks[i+1].Span.Start]):
			join := strings.TrimSpace(strings.ToLower(s[joinFrom:clocks[i+1].Span.Start]))
			b, off := behind(s, c.Span.Start)
			opened := reRangeOpen.FindStringIndex(b)
			if !strings.HasPrefix(join, "and") || opened != nil {
				end := clocks[i+1]
				e.setRange(c, end)
				if opened != nil {
					e.RangeSpan.Start = off + opened[0]
				}
				i++
			}
		default:
			if start, at, ok := bareStart(s, c); ok {
				// "from 3 to 4pm": the clock is the range's end
				e = timeExpr{Span: Span{start.Span.Start, c.Span.End}}
				e.setRange(start, c)
				e.RangeSpan.Start = at
				from = start.Span.Start
				zone = ""
			} else if end, ok := bareEnd(s, c); ok && zone == "" {
				e.setRange(c, end)
			}
		}
		b, off := behind(s, from)
		if loc := reApproxBefore.FindStringSubmatchIndex(b); loc != nil {
			e.Approx = !isBareAfterBefore(b[loc[2]:loc[3]])
			if e.Approx {
				e.Span.Start = off + loc[2]
			}
		}
		if m := reApproxAfter.FindStringIndex(s[e.Span.End:]); m != nil {
			e.Approx = true
			e.Span.End += m[1]
		}
		if z, zs, ok := zoneAfter(s, e.Span.End); ok {
			e.Zone, e.ZoneSpan = z, zs
			e.Span.End = zs.End
		} else if zone != "" {
			e.Zone, e.ZoneSpan = zone, zoneSpan
		}
		out = append(out, e)
	}
	return out
}

// setRange makes e the range from start to end, each end given the
// other's meridiem where it states none.
func (e *timeExpr) setRange(start, end clockMatch) {
	e.Start = start
	e.Start.Value, end.Value = rangeMeridiem(start.Value, end.Value)
	end.Value = endAfterStart(e.Start.Value, end.Value)
	if end.Value.Meridiem {
		end.Value.Vague = false
	}
	e.End = &end
	e.Span.End = end.Span.End
	e.RangeSpan = Span{start.Span.Start, end.Span.End}
}

// isBareAfterBefore reports whether the approximation is a bare "after" or
// "before", which does not make a time approximate ("before 5 p.m.").
func isBareAfterBefore(w string) bool {
	w = strings.ToLower(w)
	return w == "after" || w == "before"
}

// rangeMeridiem gives the start of a range the end's meridiem when only the
// end states one ("from 10:00 to 11:15 a.m."), unless that would put the
// start after the end.
func rangeMeridiem(start, end clockValue) (clockValue, clockValue) {
	if start.Meridiem || !end.Meridiem {
		return start, end
	}
	h := start.Minutes / 60
	if h > 12 {
		return start, end // a 24-hour start
	}
	if end.PM && h < 12 {
		if s := start.Minutes + 12*60; s <= end.Minutes {
			start.Minutes = s
		}
	}
	start.Meridiem, start.Vague = true, false
	return start, end
}

// digitThenH reports whether s holds an "h" right after a digit, or after
// a digit and one white-space character: every time the hhmm-hrs rule
// reads has one ("1500 hrs", "15h30", "16.45 h").
func digitThenH(s string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], 'h')
		if k < 0 {
			return false
		}
		i += k
		if i > 0 && isDigit(s[i-1]) || i > 1 && strings.IndexByte(" \t\n\f\r", s[i-1]) >= 0 && isDigit(s[i-2]) {
			return true
		}
	}
}
