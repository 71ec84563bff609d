package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"
)

// This file reads calendar dates the way readouts write them, as a set of
// named rules in the style of olebedev/when: each rule is one regular
// expression built from word lists and a function that turns its match into
// a dateValue. A dateValue may lack its year ("On June 24") or be relative
// to the release ("today", "on Thursday"); resolve anchors it.

// monthWords maps every month name and abbreviation a readout uses to its
// month.
var monthWords = map[string]time.Month{
	"january": time.January, "jan": time.January,
	"february": time.February, "feb": time.February,
	"march": time.March, "mar": time.March,
	"april": time.April, "apr": time.April,
	"may":  time.May,
	"june": time.June, "jun": time.June,
	"july": time.July, "jul": time.July,
	"august": time.August, "aug": time.August,
	"september": time.September, "sep": time.September, "sept": time.September,
	"october": time.October, "oct": time.October,
	"november": time.November, "nov": time.November,
	"december": time.December, "dec": time.December,
}

// weekdayWords maps every weekday name and abbreviation to its weekday.
var weekdayWords = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday,
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
}

// fullWeekdays are the weekday names that may stand alone ("on Thursday");
// abbreviations only count beside a date ("July 5 (Mon)").
var fullWeekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// relativeDays maps a word for a day relative to the release to its offset
// in days.
var relativeDays = map[string]int{
	"today": 0, "earlier today": 0, "this morning": 0, "this afternoon": 0,
	"this evening": 0, "tonight": 0, "yesterday": -1, "last night": -1,
	"yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
	"the day before yesterday": -2,
}

// alternation returns a regexp alternation of the keys of m, longest first
// so that "september" wins over "sep" (see listAlternation).
func alternation[V any](m map[string]V) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // a fixed order for equal lengths
	return listAlternation(keys)
}

var (
	reMonth   = `(` + alternation(monthWords) + `)\.?`
	reWeekday = `(` + alternation(weekdayWords) + `)\.?`
	reDay     = `(\d{1,2})(?:st|nd|rd|th)?`
	reYear    = `(\d{4})`
	// reYearJoin is what stands between a day and month and their year:
	// "June 24, 2025", "26 of July of 2023", "February 15/2023".
	reYearJoin = `(?:,?\s+(?:of\s+)?|\s*/\s*)`
)

// dateValue is a date as written: any of its parts may be missing.
type dateValue struct {
	// Year is 0 when the text gives none.
	Year  int
	Month time.Month
	Day   int
	// Weekday is the weekday the text states beside or instead of the
	// date; HasWeekday says it was stated.
	Weekday    time.Weekday
	HasWeekday bool
	// Rel is set for a date relative to the release: Offset is then the
	// day offset ("yesterday" is -1), or, with HasWeekday and no Month, the
	// last such weekday on or before the release.
	Rel    bool
	Offset int
	// Last is set for "last Tuesday": the last such day before the
	// release, never the release day itself.
	Last bool
	// Unsure names why a date that was read cannot be given a day ("next
	// Wednesday" is after the release; "Wednesday next week" too); resolve
	// fails for it and readDate says why.
	Unsure string
	// Nth is the ordinal of "the first Tuesday of June" (1 to 5, -1 for
	// "the last"); Day is then 0 until the year is known.
	Nth int
}

// dateMatch is one date found in a text.
type dateMatch struct {
	Rule  string
	Span  Span
	Value dateValue
}

// dateRule is one way of writing a date.
type dateRule struct {
	name string
	re   *fastre.Regexp
	// read turns the submatches of re (as strings, "" when absent) into a
	// dateValue.
	read func(sm []string) (dateValue, bool)
	// needs are the traits a text must have for re to match in it; the
	// rule is not run on a text without them.
	needs dateTraits
}

// dateTraits are cheap facts about a text that tell which date rules can
// match in it.
type dateTraits uint8

const (
	traitDigit dateTraits = 1 << iota
	traitMonth
	traitWeekday
	traitRelative
	// traitMonthDay: a month word (as for traitMonth) next to a day, the
	// way every month rule but nth-weekday writes them: "May 5", "Sept.
	// 5", "5 May", "5th of May", "4 and 5 May". "may" as a verb, the
	// commonest month word in prose, is not.
	traitMonthDay
	// traitForeignMonth: a word that is, or in a word with non-ASCII
	// letters holds, one of foreignMonthWords.
	traitForeignMonth
)

// relativeFirstWords are the words a relative day begins with.
var relativeFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range relativeDays {
		m[strings.Fields(k)[0]] = true
	}
	return m
}()

// traitsOf reads the traits of s in one pass over its words: runs of
// ASCII letters, and for a foreign month also runs of letters with
// non-ASCII ones ("märz", "août"), which (?i) may match in any case.
func traitsOf(s string) dateTraits {
	var t dateTraits
	var buf [12]byte
	wide := -1 // start of the current run of letters holding a non-ASCII one
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				if wide < 0 {
					wide = i
					for wide > 0 && isASCIILetter(s[wide-1]) {
						wide--
					}
				}
			} else if wide >= 0 {
				t |= foreignIn(s[wide:i])
				wide = -1
			}
			i += n
			continue
		}
		if !isASCIILetter(c) {
			if wide >= 0 {
				t |= foreignIn(s[wide:i])
				wide = -1
			}
			if '0' <= c && c <= '9' {
				t |= traitDigit
			}
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		n := min(j-i, len(buf))
		for k := 0; k < n; k++ {
			buf[k] = s[i+k] | 0x20
		}
		if j-i <= len(buf) {
			w := buf[:n]
			if _, ok := monthWords[string(w)]; ok {
				t |= traitMonth
				if dayAfter(s, j) {
					t |= traitMonthDay
				}
			}
			if _, ok := weekdayWords[string(w)]; ok {
				t |= traitWeekday
			}
			if relativeFirstWords[string(w)] {
				t |= traitRelative
			}
			if _, ok := foreignMonthWords[string(w)]; ok {
				t |= traitForeignMonth
			}
		}
		// "5 May", and "5 Mayor" too: after a day the month rules do not
		// ask for the month word to end
		if t&traitMonthDay == 0 && dayBefore(s, i) && monthPrefix(buf[:n]) {
			t |= traitMonthDay
		}
		i = j
	}
	if wide >= 0 {
		t |= foreignIn(s[wide:])
	}
	return t
}

// dayAfter reports whether a day may follow a month word ending at j:
// an optional ".", white space, a digit.
func dayAfter(s string, j int) bool {
	if j < len(s) && s[j] == '.' {
		j++
	}
	k := skipSpace(s, j)
	return k > j && k < len(s) && '0' <= s[k] && s[k] <= '9'
}

// monthPrefix reports whether a month word begins w.
func monthPrefix(w []byte) bool {
	for k := 3; k <= len(w); k++ {
		if _, ok := monthWords[string(w[:k])]; ok {
			return true
		}
	}
	return false
}

// dayBefore reports whether a day may end before a month word starting at
// i: a digit, perhaps with its ordinal suffix, then white space, perhaps
// "of" and white space.
func dayBefore(s string, i int) bool {
	k := skipSpaceBack(s, i)
	if k == i {
		return false
	}
	if dayEnds(s, k) {
		return true
	}
	if k >= 2 && strings.EqualFold(s[k-2:k], "of") {
		if k2 := skipSpaceBack(s, k-2); k2 < k-2 {
			return dayEnds(s, k2)
		}
	}
	return false
}

// dayEnds reports whether a day ("5", "5th") ends at k.
func dayEnds(s string, k int) bool {
	if k >= 3 {
		a, b := s[k-2]|0x20, s[k-1]|0x20
		if a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h' {
			k -= 2
		} else if k >= 4 && b == 't' && s[k-3:k-1] == "ſ" { // (?i) reads "ſt" as "st"
			k -= 3
		}
	}
	return k >= 1 && '0' <= s[k-1] && s[k-1] <= '9'
}

// skipSpace returns the end of the ASCII white space (\s) from i.
func skipSpace(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// skipSpaceBack returns the start of the ASCII white space ending at i.
func skipSpaceBack(s string, i int) int {
	for i > 0 && isRESpace(s[i-1]) {
		i--
	}
	return i
}

// foreignIn returns traitForeignMonth when the run of letters w, which
// holds a non-ASCII one, holds a foreign month name in any case. A run
// with a Kelvin sign or a long s, which (?i) reads as "k" and "s", may
// also hide an English month ("Auguſt 5"): it gives traitMonthDay too.
func foreignIn(w string) dateTraits {
	var t dateTraits
	if strings.ContainsAny(w, "ſ\u212a") {
		t |= traitMonthDay
	}
	low := strings.ReplaceAll(strings.ToLower(w), "ſ", "s")
	for m := range foreignMonthWords {
		if strings.Contains(low, m) {
			return t | traitForeignMonth
		}
	}
	return t
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func lookupMonth(s string) time.Month { return monthWords[strings.ToLower(s)] }

func weekdayOf(s string) (time.Weekday, bool) {
	w, ok := weekdayWords[strings.ToLower(s)]
	return w, ok
}

// setWeekday fills v's weekday from the word w when there is one.
func (v *dateValue) setWeekday(w string) {
	if wd, ok := weekdayOf(w); ok {
		v.Weekday, v.HasWeekday = wd, true
	}
}

// absoluteRules read dates that state day and month; they are the only
// rules a dateline is read with (and there only with a year).
var absoluteRules = []dateRule{
	{
		name:  "iso",
		needs: traitDigit,
		re:    fastre.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`),
		read: func(sm []string) (dateValue, bool) {
			return dateValue{Year: atoi(sm[1]), Month: time.Month(atoi(sm[2])), Day: atoi(sm[3])}, true
		},
	},
	{
		// "Monday, January 20, 2025", "June 24", "Sep. 8, 2016",
		// "December 26th", "July 5 (Mon)"
		name:  "month-day",
		needs: traitMonthDay | traitDigit,
		re: fastre.MustCompile(`(?i)\b(?:` + reWeekday + `,?\s+)?\b` + reMonth + `\s+` + reDay +
			`\b(?:` + reYearJoin + reYear + `\b)?(?:\s*\(` + reWeekday + `\)|,\s*` + reWeekday + `(?:\s*[.,;]|\s*$))?`),
		read: func(sm []string) (dateValue, bool) {
			v := dateValue{Month: lookupMonth(sm[2]), Day: atoi(sm[3]), Year: atoi(sm[4])}
			v.setWeekday(sm[1])
			v.setWeekday(sm[5])
			v.setWeekday(sm[6])
			return v, true
		},
	},
	{
		// "04 September 2018", "Friday 14 June 2024", "25 June",
		// "6 September 2018", "the 5th of May"
		name:  "day-month",
		needs: traitMonthDay | traitDigit,
		re: fastre.MustCompile(`(?i)\b(?:` + reWeekday + `,?\s+)?(?:the\s+)?\b` + reDay +
			`(?:\s+of)?\s+` + reMonth + `(?:` + reYearJoin + reYear + `\b)?(?:\s*\(` + reWeekday + `\))?`),
		read: func(sm []string) (dateValue, bool) {
			v := dateValue{Day: atoi(sm[2]), Month: lookupMonth(sm[3]), Year: atoi(sm[4])}
			v.setWeekday(sm[1])
			v.setWeekday(sm[5])
			return v, true
		},
	},
	{
		// "4 and 5 September 2018", "6-7 Sep. 2018": the first day.
		name:  "day-range-month",
		needs: traitMonthDay | traitDigit,
		re: fastre.MustCompile(`(?i)\b(?:` + reWeekday + `,?\s+)?` + reDay + `\s*(?:-|–|and|to|&)\s*\d{1,2}(?:st|nd|rd|th)?\s+` +
			reMonth + `(?:,?\s+` + reYear + `\b)?`),
		read: func(sm []string) (dateValue, bool) {
			v := dateValue{Day: atoi(sm[2]), Month: lookupMonth(sm[3]), Year: atoi(sm[4])}
			v.setWeekday(sm[1])
			return v, true
		},
	},
	{
		// "September 4-5, 2018", "April 22 and 23": the first day.
		name:  "month-day-range",
		needs: traitMonthDay | traitDigit,
		re: fastre.MustCompile(`(?i)\b` + reMonth + `\s+` + reDay + `\s*(?:-|–|and|to|&)\s*\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+` +
			reYear + `\b)?`),
		read: func(sm []string) (dateValue, bool) {
			return dateValue{Month: lookupMonth(sm[1]), Day: atoi(sm[2]), Year: atoi(sm[3])}, true
		},
	},
	numericRule,
}

// numericRule reads a/b/year dates: "19/06/2021", "10/07/2024",
// "19.06.2021", day first unless impossible (see numericDate). ParseDateline
// re-reads its match month-first for a month-first source.
var numericRule = dateRule{
	// "19/06/2021", "10/07/2024", "19.06.2021": day first unless
	// impossible (see numericDate).
	name:  "numeric",
	needs: traitDigit,
	re:    fastre.MustCompile(`\b(\d{1,2})([/.])(\d{1,2})([/.])(\d{4})\b`),
	read: func(sm []string) (dateValue, bool) {
		if sm[2] != sm[4] {
			return dateValue{}, false
		}
		return numericDate(atoi(sm[1]), atoi(sm[3]), atoi(sm[5]), false)
	},
}

// relativeRules read dates relative to the release.
var relativeRules = []dateRule{
	{
		// "today", "yesterday", "this evening", "last night"
		name:  "relative-day",
		needs: traitRelative,
		re:    fastre.MustCompile(`(?i)\b(` + alternation(relativeDays) + `)\b`),
		read: func(sm []string) (dateValue, bool) {
			key := strings.Join(strings.Fields(strings.ToLower(sm[1])), " ")
			return dateValue{Rel: true, Offset: relativeDays[key]}, true
		},
	},
	{
		// "on Thursday", "this Tuesday": the last such day on or before
		// the release; "last Tuesday": before it. "next Wednesday",
		// "Wednesday next week" are after the release: read, but given no
		// day. Full names only, in any case ("on monday"); abbreviations
		// count only beside a date.
		name:  "weekday",
		needs: traitWeekday,
		re: fastre.MustCompile(`(?i)\b(?:(on|last|this|next|coming|past)\s+)?(` + alternation(fullWeekdays) +
			`)\b(\s+(?:of\s+)?(?:next|last|this|the\s+following|the\s+coming)\s+week|\s+after\s+next)?`),
		read: func(sm []string) (dateValue, bool) {
			v := dateValue{Rel: true}
			v.setWeekday(sm[2])
			switch mod := strings.ToLower(sm[1]); {
			case mod == "next" || mod == "coming" || sm[3] != "":
				v.Unsure = "it names a day after the release or in another week"
			case mod == "last" || mod == "past":
				v.Last = true
			}
			return v, v.HasWeekday
		},
	},
	{
		// "Tuesday the 17th", "Friday 20th": the last day before the
		// release that is that weekday and that day of a month.
		name:  "weekday-ordinal",
		needs: traitWeekday | traitDigit,
		re:    fastre.MustCompile(`(?i)\b` + reWeekday + `,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b`),
		read: func(sm []string) (dateValue, bool) {
			v := dateValue{Day: atoi(sm[2])}
			v.setWeekday(sm[1])
			return v, v.Day >= 1 && v.Day <= 31
		},
	},
	{
		// "the first Tuesday of June", "the last Friday in May 2025"
		name:  "nth-weekday",
		needs: traitWeekday | traitMonth,
		re: fastre.MustCompile(`(?i)\b(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(` + alternation(fullWeekdays) +
			`)\s+(?:of|in)\s+` + reMonth + `(?:,?\s+` + reYear + `\b)?`),
		read: func(sm []string) (dateValue, bool) {
			v := dateValue{Nth: ordinalWords[strings.ToLower(sm[1])], Month: lookupMonth(sm[3]), Year: atoi(sm[4])}
			v.setWeekday(sm[2])
			return v, v.Nth != 0 && v.HasWeekday
		},
	},
	{
		// "Monday (20/10)": a weekday with its day and month, day first,
		// as Indonesian and Malaysian releases write it.
		name:  "weekday-day-month",
		needs: traitWeekday | traitDigit,
		re:    fastre.MustCompile(`(?i)\b(` + alternation(fullWeekdays) + `)\s*\(\s*(\d{1,2})/(\d{1,2})\s*\)`),
		read: func(sm []string) (dateValue, bool) {
			v := dateValue{Day: atoi(sm[2]), Month: time.Month(atoi(sm[3]))}
			v.setWeekday(sm[1])
			return v, true
		},
	},
}

// ordinalWords are the ordinals of "the first Tuesday of June"; "last" is
// -1.
var ordinalWords = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
	"fifth": 5, "5th": 5, "last": -1,
}

// titleAlternation is alternation of m's keys written with a capital.
func titleAlternation[V any](m map[string]V) string {
	t := make(map[string]V, len(m))
	for k, v := range m {
		t[strings.ToUpper(k[:1])+k[1:]] = v
	}
	return alternation(t)
}

// numericDate reads a/b/year. It is day-first (a is the day) unless that
// is impossible, and month-first when monthFirst is set (a source's known
// convention) unless that is impossible.
func numericDate(a, b, y int, monthFirst bool) (dateValue, bool) {
	dayFirst := valid(y, b, a)
	mFirst := valid(y, a, b)
	switch {
	case monthFirst && mFirst, !dayFirst && mFirst:
		return dateValue{Year: y, Month: time.Month(a), Day: b}, true
	case dayFirst:
		return dateValue{Year: y, Month: time.Month(b), Day: a}, true
	}
	return dateValue{}, false
}

// valid reports whether y-m-d is a real calendar day.
func valid(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return NewDate(y, time.Month(m), d) == Date{y, time.Month(m), d}
}

// valid reports whether the value's day and month (and year, when stated)
// make a real day.
func (v dateValue) valid() bool {
	if (v.Rel && v.Month == 0) || v.Nth != 0 {
		return true
	}
	if v.Month == 0 {
		return v.Day >= 1 && v.Day <= 31 // "Tuesday the 17th"
	}
	y := v.Year
	if y == 0 {
		y = 2000 // a leap year: February 29 may be real
	}
	return valid(y, int(v.Month), v.Day)
}

// findDates returns the dates rules finds in s, leftmost first, with
// overlapping matches resolved in favour of the longer one (and of the
// earlier rule on a tie). Spans are byte offsets into s.
func findDates(s string, rules ...[]dateRule) []dateMatch {
	var all []dateMatch
	order := 0
	rank := map[string]int{}
	traits := traitsOf(s)
	for _, rs := range rules {
		for _, r := range rs {
			rank[r.name] = order
			order++
			if traits&r.needs != r.needs {
				continue
			}
			for _, loc := range r.re.FindAllStringSubmatchIndex(s, -1) {
				sm := make([]string, len(loc)/2)
				for i := range sm {
					if loc[2*i] >= 0 {
						sm[i] = s[loc[2*i]:loc[2*i+1]]
					}
				}
				v, ok := r.read(sm)
				if !ok || !v.valid() {
					continue
				}
				all = append(all, dateMatch{Rule: r.name, Span: Span{loc[0], loc[1]}, Value: v})
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.Span.Len() != b.Span.Len() {
			return a.Span.Len() > b.Span.Len()
		}
		return rank[a.Rule] < rank[b.Rule]
	})
	var out []dateMatch
	for _, m := range all {
		overlap := false
		for _, o := range out {
			if m.Span.Start < o.Span.End && o.Span.Start < m.Span.End {
				overlap = true
				break
			}
		}
		if !overlap {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}
