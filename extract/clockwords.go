package extract

import (
	"strings"

	"github.com/readout/readout/internal/fastre"
)

// This file reads the clock words around a time: a part of the day that
// says which half of the clock it is ("3:15 in the afternoon", "this
// afternoon at 3:20", "tonight at 8 o'clock", "Saturday morning at 9"),
// minutes before or after an hour ("a quarter past 3pm", "half past ten in
// the morning", "a quarter to noon", "ten to 4 p.m."), an approximation
// written after the time ("3pm approximately"), and the ends of a range
// written without their own clock ("from 3 to 4pm", "8am until 6").
//
// A time that needs a part of the day and has none ("at 3 o'clock", "half
// past three") is read but marked Vague: the record gives null and a
// warning, never one of the two halves of the clock.

// hourWords are the hours written as words.
var hourWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// dayParts maps a part of the day to the half of the clock it puts an
// hour in: "pm" (afternoon, evening), "night" (evening hours after 6,
// small hours before), "am".
var dayParts = map[string]string{
	"in the morning": "am", "this morning": "am", "morning": "am",
	"in the afternoon": "pm", "this afternoon": "pm", "afternoon": "pm", "in afternoon": "pm",
	"in the evening": "pm", "this evening": "pm", "evening": "pm",
	"tonight": "night", "at night": "night", "in the night": "night", "night": "night",
}

var (
	reHourWord = `(\d{1,2}|` + alternation(hourWords) + `)`
	// reDayPartWords is an optional part of the day after a time.
	reDayPartWords = `(?:\s+(?:in\s+the\s+(?:morning|afternoon|evening|night)|this\s+(?:morning|afternoon|evening)|tonight|at\s+night)\b)?`
	// reDayPartAfter is a part of the day right after a time.
	reDayPartAfter = fastre.MustCompile(`(?i)^\s*(?:o['’]clock\s+)?(in\s+the\s+(?:morning|afternoon|evening|night)|in\s+afternoon|this\s+(?:morning|afternoon|evening)|tonight|at\s+night)\b`)
	// reDayPartBefore is a part of the day right before "at" and a time.
	reDayPartBefore = fastre.MustCompile(`(?i)\b(morning|afternoon|evening|tonight|night)\s*,?\s+at\s+$`)
	// reApproxAfter is an approximation written after a time.
	reApproxAfter = fastre.MustCompile(`(?i)^\s*,?\s*(?:approximately|approx\.|or\s+so|roughly)\b`)
)

// minuteWords are the minutes of "a quarter past", "half past", "ten to".
var minuteWords = map[string]int{
	"a quarter": 15, "quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25,
	"twenty five": 25,
}

// clockWordRules read times written with words; they join clockRules.
var clockWordRules = []clockRule{
	{
		// "a quarter past 3pm", "half past ten", "20 past 3pm", "ten to 4
		// p.m.", "a quarter to noon", "twenty after 3pm"
		name: "past-to",
		re: fastre.MustCompile(`(?i)\b(` + alternation(minuteWords) + `|\d{1,2})(\s+minutes)?\s+(past|after|to|before)\s+(` +
			alternation(hourWords) + `|1[0-2]|0?\d|noon|midnight)(?:\s?` + reMeridiem + `|\b)` + reDayPartWords),
		read: func(sm []string) (clockValue, bool) {
			m, ok := minuteWords[strings.ToLower(strings.Join(strings.Fields(sm[1]), " "))]
			if !ok {
				m = atoi(sm[1])
				if w := strings.ToLower(sm[3]); sm[2] == "" && (w == "to" || w == "before") {
					return clockValue{}, false // "from 3 to 4pm" is a range
				}
			}
			sm = append(sm[:2], sm[3:]...)
			if m <= 0 || m >= 60 {
				return clockValue{}, false
			}
			var base clockValue
			switch h := strings.ToLower(sm[3]); h {
			case "noon":
				base = clockValue{Minutes: 12 * 60, Meridiem: true, PM: true}
			case "midnight":
				base = clockValue{Minutes: 24 * 60, Meridiem: true}
			default:
				n, ok := hourWords[h]
				if !ok {
					n = atoi(h)
				}
				if n < 1 || n > 12 {
					return clockValue{}, false
				}
				v, ok := meridiem(n, 0, sm[4])
				if !ok {
					return clockValue{}, false
				}
				base = withDayPart(v, dayPartIn(sm[0]))
				base.Vague = !base.Meridiem
			}
			if w := strings.ToLower(sm[2]); w == "to" || w == "before" {
				base.Minutes -= m
			} else {
				base.Minutes += m
			}
			base.Minutes = (base.Minutes + 24*60) % (24 * 60)
			return base, true
		},
	},
	{
		// "9 in the morning", "three in the afternoon", "8 this evening",
		// "8 tonight", "nine o'clock this evening"
		name: "hour-daypart",
		re:   fastre.MustCompile(`(?i)\b` + reHourWord + `(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?:morning|afternoon|evening|night)|in\s+afternoon|this\s+(?:morning|afternoon|evening)|tonight|at\s+night)\b`),
		read: func(sm []string) (clockValue, bool) {
			n, ok := hourWords[strings.ToLower(sm[1])]
			if !ok {
				n = atoi(sm[1])
			}
			if n < 1 || n > 12 {
				return clockValue{}, false
			}
			return withDayPart(clockValue{Minutes: n * 60}, dayPartIn(sm[0])), true
		},
	},
	{
		// "Saturday morning at 9", "tonight at 8", "in the evening at
		// eight": the hour is the match's last word (a time written
		// "morning at 9:30" is hh:mm, and the day part applies to it).
		name: "daypart-hour",
		re:   fastre.MustCompile(`(?i)\b(morning|afternoon|evening|tonight|night)\s*,?\s+at\s+` + reHourWord + `\b(?:\s+o['’]clock\b)?`),
		read: func(sm []string) (clockValue, bool) {
			n, ok := hourWords[strings.ToLower(sm[2])]
			if !ok {
				n = atoi(sm[2])
			}
			if n < 1 || n > 12 {
				return clockValue{}, false
			}
			return withDayPart(clockValue{Minutes: n * 60}, dayParts[strings.ToLower(sm[1])]), true
		},
	},
}

// dayPartIn returns the half of the clock the part of the day in s says.
func dayPartIn(s string) string {
	l := strings.ToLower(s)
	for _, k := range []string{"morning", "afternoon", "evening", "tonight", "night"} {
		if strings.Contains(l, k) {
			return dayParts[k]
		}
	}
	return ""
}

// withDayPart puts a time without a meridiem in the half of the clock a
// part of the day says: "3:15 in the afternoon" is 15:15, "8 tonight"
// 20:00, "2 at night" 02:00. A 24-hour time past noon keeps its value.
func withDayPart(v clockValue, part string) clockValue {
	if part == "" || v.Meridiem {
		return v
	}
	h := v.Minutes / 60
	if h > 12 {
		v.Vague = false
		return v
	}
	switch part {
	case "pm":
		if h < 12 {
			v.Minutes += 12 * 60
		}
		v.PM = true
	case "night":
		if h >= 6 && h < 12 {
			v.Minutes += 12 * 60
			v.PM = true
		} else if h == 12 {
			v.Minutes -= 12 * 60
		}
	case "am":
		if h == 12 {
			v.Minutes -= 12 * 60
		}
	}
	v.Meridiem, v.Vague = true, false
	return v
}

// applyDayParts gives the clocks of s without a meridiem the part of the
// day stated right after ("3:15 in the afternoon") or right before
// ("this afternoon at 3:20") them.
func applyDayParts(s string, cs []clockMatch) {
	for i := range cs {
		c := &cs[i]
		if c.Value.Meridiem {
			continue
		}
		if m := reDayPartAfter.FindStringSubmatchIndex(s[c.Span.End:]); m != nil {
			c.Value = withDayPart(c.Value, dayPartIn(s[c.Span.End+m[2]:c.Span.End+m[3]]))
			c.Span.End += m[1]
			continue
		}
		if b, _ := behind(s, c.Span.Start); b != "" {
			if m := reDayPartBefore.FindStringSubmatch(b); m != nil {
				c.Value = withDayPart(c.Value, dayParts[strings.ToLower(m[1])])
			}
		}
	}
}

// reBareStart is a range's first end written as a bare number before the
// second ("from 3 to 4pm", "between 3-4pm", "around 3-4pm", "from 10.30 to
// 11.45 a.m."): an opener, the number, the join.
var reBareStart = fastre.MustCompile(`(?i)(?:^|\b(?:from|between|around|about|approximately|approx\.|at)\s+)(\d{1,2})(?:[:.]([0-5]\d))?\s*(?:-|–|—|to|until|till|and)\s*$`)

// reBareEnd is a range's second end written as a bare number after the
// first ("8am until 6", "from 11 a.m. to 1"), followed by nothing that
// makes it something else (a date, an amount).
var reBareEnd = fastre.MustCompile(`(?i)^\s*(?:-|–|—|to|until|till)\s*(\d{1,2})(?:[:.]([0-5]\d))?\b(\s*(?:[.,;)]|$)|\s+(?:and|on|with|in|at|for|when|where|local)\b)`)

// bareStart reads the bare first end of a range before the clock c.
func bareStart(s string, c clockMatch) (clockMatch, int, bool) {
	b, off := behind(s, c.Span.Start)
	m := reBareStart.FindStringSubmatchIndex(b)
	if m == nil {
		return clockMatch{}, 0, false
	}
	h := atoi(b[m[2]:m[3]])
	mins := 0
	if m[4] >= 0 {
		mins = atoi(b[m[4]:m[5]])
	}
	if h > 24 || (!c.Value.Meridiem && h > 12 && c.Rule != "hh:mm") {
		return clockMatch{}, 0, false
	}
	end := m[5]
	if end < 0 {
		end = m[3]
	}
	return clockMatch{Rule: "range-bare-start", Span: Span{off + m[2], off + end}, Value: clockValue{Minutes: h*60 + mins}}, off + m[0], true
}

// bareEnd reads the bare second end of a range after the clock c.
func bareEnd(s string, c clockMatch) (clockMatch, bool) {
	m := reBareEnd.FindStringSubmatchIndex(s[c.Span.End:])
	if m == nil {
		return clockMatch{}, false
	}
	h := atoi(s[c.Span.End+m[2] : c.Span.End+m[3]])
	mins := 0
	end := m[3]
	if m[4] >= 0 {
		mins = atoi(s[c.Span.End+m[4] : c.Span.End+m[5]])
		end = m[5]
	}
	if h > 24 || mins > 59 {
		return clockMatch{}, false
	}
	return clockMatch{Rule: "range-bare-end", Span: Span{c.Span.End + m[2], c.Span.End + end}, Value: clockValue{Minutes: h*60 + mins}}, true
}

// endAfterStart puts a range's end without a meridiem after its start
// when read as a 12-hour time it would fall before it ("11:30-1:30" ends
// at 13:30, "8am until 6" at 18:00).
func endAfterStart(start, end clockValue) clockValue {
	if end.Meridiem || end.Minutes >= start.Minutes || end.Minutes >= 13*60 {
		return end
	}
	if e := end.Minutes + 12*60; e > start.Minutes {
		end.Minutes = e
		end.Meridiem, end.PM = true, true
	}
	return end
}
