package extract

import (
	"strconv"
	"strings"

	"github.com/readout/readout/internal/fastre"
)

// This file reads how long a meeting lasted ("for approximately 30
// minutes", "for about an hour and a half", "for one hour", "1 hour and 20
// minutes", "a 90-minute meeting") as named rules.

// smallNumbers are the number words a duration or clock is written with.
var smallNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100,
	"one hundred": 100, "a": 1, "an": 1,
}

// tensWords are the tens that take a hyphenated unit ("forty-five").
var tensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// unitWords are the units after a ten.
var unitWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9}

// reNumber is a number written in digits ("30", "1.5") or words ("one",
// "forty-five", "an").
var reNumber = `(\d+(?:\.\d+)?|(?:` + alternation(tensWords) + `)[\-\s](?:` + alternation(unitWords) + `)|` + alternation(smallNumbers) + `)`

// numberValue reads a number written as digits or words.
func numberValue(s string) (int, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if n, ok := smallNumbers[s]; ok {
		return n, true
	}
	if i := strings.IndexAny(s, "- "); i > 0 {
		t, ok1 := tensWords[s[:i]]
		u, ok2 := unitWords[s[i+1:]]
		if ok1 && ok2 {
			return t + u, true
		}
	}
	return 0, false
}

// numberMinutes reads a number of units (a float "1.5" allowed) as minutes.
func numberMinutes(s string, unit int) (int, bool) {
	if strings.Contains(s, ".") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, false
		}
		return int(f*float64(unit) + 0.5), true
	}
	n, ok := numberValue(s)
	return n * unit, ok
}

// durationApprox are the words that make a duration approximate.
var durationApprox = []string{
	"approximately", "approx.", "about", "around", "some", "roughly", "nearly", "almost",
	"over", "more than", "less than", "just over", "just under", "a little over",
	"a little more than", "a little less than", "slightly over", "slightly more than",
	"under", "close to", "up to", "an estimated",
}

var (
	reDurApprox = `(?:(` + alternation(setOf(durationApprox)) + `)\s+)?`
	reHours     = `(?:hours?|hrs?|h)\b`
	reMinutes   = `(?:minutes?|mins?)\b`
)

// durationValue is a length of time as stated.
type durationValue struct {
	Minutes int
	Approx  bool
}

// durationMatch is one duration found in a text. Span is the phrase as
// written ("approximately 30 minutes"), without a leading "for".
type durationMatch struct {
	Rule  string
	Span  Span
	Value durationValue
}

// durationRule is one way of writing a duration.
type durationRule struct {
	name string
	re   *fastre.Regexp
	// read turns the submatches into minutes; sm[1] is always the
	// approximation ("" when none).
	read func(sm []string) (int, bool)
}

// durationRules are tried in order; longer matches win overlaps.
var durationRules = []durationRule{
	{
		// "an hour and a half", "one and a half hours", "two and a half
		// hours", "1 hour and a half"
		name: "and-a-half",
		re: fastre.MustCompile(`(?i)\b` + reDurApprox + reNumber + `\s+(?:` + reHours + `\s+and\s+a\s+half|and\s+a\s+half\s+` +
			reHours + `)`),
		read: func(sm []string) (int, bool) {
			n, ok := numberMinutes(sm[2], 60)
			return n + 30, ok
		},
	},
	{
		// "1/2 hour", "3/4 h", "1/4 of an hour"
		name: "fraction-hour",
		re:   fastre.MustCompile(`(?i)\b` + reDurApprox + `([1-3])/([248])\s*(?:of\s+an\s+)?(?:hours?|hrs?|h)\b`),
		read: func(sm []string) (int, bool) {
			a, b := atoi(sm[2]), atoi(sm[3])
			return 60 * a / b, a < b
		},
	},
	{
		// "a quarter of an hour", "three quarters of an hour"
		name: "quarter-hour",
		re:   fastre.MustCompile(`(?i)\b` + reDurApprox + `(a|one|three)\s+quarters?\s+of\s+an\s+hour\b`),
		read: func(sm []string) (int, bool) {
			if strings.EqualFold(sm[2], "three") {
				return 45, true
			}
			return 15, true
		},
	},
	{
		// "1 hour thirty", "2 hours ten": minutes implied after the hours
		name: "hours-bare-minutes",
		re: fastre.MustCompile(`(?i)\b` + reDurApprox + reNumber + `\s+` + reHours + `,?\s+(?:and\s+)?` + reNumber +
			`(?:\s*[.,;:)]|\s*$|\s+(?:with|on|in|at|and|during|before|after|between|by)\b)`),
		read: func(sm []string) (int, bool) {
			h, ok1 := numberMinutes(sm[2], 60)
			m, ok2 := numberMinutes(sm[3], 1)
			return h + m, ok1 && ok2 && m > 0 && m < 60 && !isArticleOnly(sm[3])
		},
	},
	{
		// "1h30", "1 h 30 min", "2h 15m": after "for" or "lasting" only
		// (elsewhere "15h30" is a clock time)
		name: "h-mm",
		re:   fastre.MustCompile(`(?i)\b` + reDurApprox + `(\d{1,2})\s?h\s?([0-5]\d)\b(?:\s?(?:mins?|minutes|m)\b)?`),
		read: func(sm []string) (int, bool) { return atoi(sm[2])*60 + atoi(sm[3]), true },
	},
	{
		// "half an hour"
		name: "half-hour",
		re:   fastre.MustCompile(`(?i)\b` + reDurApprox + `(half\s+an\s+hour)\b`),
		read: func(sm []string) (int, bool) { return 30, true },
	},
	{
		// "1 hour and 20 minutes", "one hour 15 minutes", "2 hours, 10 minutes"
		name: "hours-minutes",
		re: fastre.MustCompile(`(?i)\b` + reDurApprox + reNumber + `\s+` + reHours + `,?\s+(?:and\s+)?` + reNumber +
			`\s+` + reMinutes),
		read: func(sm []string) (int, bool) {
			h, ok1 := numberMinutes(sm[2], 60)
			m, ok2 := numberMinutes(sm[3], 1)
			return h + m, ok1 && ok2
		},
	},
	{
		// "one hour", "1 hour", "two hours", "1.5 hours", "an hour"
		name: "hours",
		re:   fastre.MustCompile(`(?i)\b` + reDurApprox + reNumber + `[\s\-]` + reHours),
		read: func(sm []string) (int, bool) { return numberMinutes(sm[2], 60) },
	},
	{
		// "30 minutes", "forty-five minutes", "a 90-minute meeting"
		name: "minutes",
		re:   fastre.MustCompile(`(?i)\b` + reDurApprox + reNumber + `[\s\-]` + reMinutes),
		read: func(sm []string) (int, bool) { return numberMinutes(sm[2], 1) },
	},
}

// reNotDuration is what, after a duration, makes it a time offset or a
// rate rather than how long something lasted ("30 minutes before", "an
// hour later", "two hours a day").
var reNotDuration = fastre.MustCompile(`(?i)^\s*(?:before|after|later|earlier|ago|prior|early|late|behind|ahead|a\s+day|per\b|each\b|every\b|of\s+(?:each|every)\b|apart)`)

// reNotDurationBefore is what, before a duration, does the same ("within
// 30 minutes", "every two hours").
var reNotDurationBefore = fastre.MustCompile(`(?i)\b(?:within|every|each|per|after|in\s+the\s+(?:first|last))\s+$`)

// rePartDuration is what, after a duration, says it was only partly
// stated ("1 hour and some"): such a duration is not read.
var rePartDuration = fastre.MustCompile(`(?i)^\s*(?:and|or)\s+(?:some|a\s+bit|change|more|a\s+few)\b`)

// reDurationLead is what stands before a duration written "1h30".
var reDurationLead = fastre.MustCompile(`(?i)\b(?:for|lasting|lasted|lasts|of)\s+$`)

// reAttributiveUnit is a unit written as an adjective: "two-hour",
// "90-minute".
var reAttributiveUnit = fastre.MustCompile(`(?i)-\s?(?:hours?|hrs?|minutes?|mins?)$`)

// durationNouns are what an attributive duration may measure: the
// encounter table's event and part nouns (encounter.go) but a visit's (a
// "5-hour visit" is the visit's length, not its meeting's), and the words
// readouts use for a meeting's parts.
var durationNouns = func() []string {
	out := []string{"discussion", "discussions", "conversation", "session", "exchange", "dialogue", "audience",
		"interview", "meal", "encounter", "negotiations", "consultation"}
	for _, n := range encounterNouns(true, false) {
		if !strings.HasSuffix(n, "visit") || strings.HasPrefix(n, "courtesy") || strings.HasPrefix(n, "farewell") {
			out = append(out, n)
		}
	}
	return out
}()

// reDurationNoun is one of durationNouns within two words after a
// duration.
var reDurationNoun = fastre.MustCompile(`(?i)^\s+(?:[\w\-]+\s+){0,2}?(?:` + listAlternation(durationNouns) + `)\b`)

// isAttributiveDuration reports whether the duration at sp, written as an
// adjective ("a two-hour delay"), measures something other than an
// encounter ("a 50-minute telephone discussion" measures one).
func isAttributiveDuration(s string, sp Span) bool {
	return reAttributiveUnit.MatchString(sp.In(s)) && !reDurationNoun.MatchString(s[sp.End:])
}

// findDurations returns the durations in s, leftmost first.
func findDurations(s string) []durationMatch {
	// every rule names its unit: a text without one has no duration
	if !hasDurationUnit(s) {
		return nil
	}
	var all []durationMatch
	for _, r := range durationRules {
		for _, loc := range r.re.FindAllStringSubmatchIndex(s, -1) {
			sm := submatches(s, loc)
			n, ok := r.read(sm)
			if !ok || n <= 0 || n > 24*60 {
				continue
			}
			sp := Span{loc[0], loc[1]}
			if r.name == "hours-bare-minutes" {
				sp.End = loc[7] // the check after the minutes is not part of it
			}
			b, _ := behind(s, sp.Start)
			if reNotDuration.MatchString(s[sp.End:]) || reNotDurationBefore.MatchString(b) || rePartDuration.MatchString(s[sp.End:]) {
				continue
			}
			if r.name == "h-mm" && !reDurationLead.MatchString(b) {
				continue
			}
			if isAttributiveDuration(s, sp) {
				continue // "a two-hour delay", "the 12-hour flight"
			}
			if isArticleOnly(sm[2]) && r.name == "minutes" {
				continue // "a minute" is a figure of speech
			}
			all = append(all, durationMatch{Rule: r.name, Span: sp, Value: durationValue{Minutes: n, Approx: sm[1] != ""}})
		}
	}
	return nonOverlapping(all, func(m durationMatch) Span { return m.Span })
}

func isArticleOnly(s string) bool {
	s = strings.ToLower(s)
	return s == "a" || s == "an"
}

// hasDurationUnit reports whether s holds a word that starts like a unit
// of duration ("hour", "hrs", "minutes", "min"): a quick test before the
// duration rules.
func hasDurationUnit(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && isASCIILetter(s[i-1]) {
			continue // not at the start of a word: "administration"
		}
		rest := s[i:]
		if hasPrefixFold(rest, "hour") || hasPrefixFold(rest, "minute") || unitAbbrev(rest, "hr") || unitAbbrev(rest, "min") ||
			unitAbbrev(rest, "h") || (i > 0 && (rest[0] == 'h' || rest[0] == 'H') && '0' <= s[i-1] && s[i-1] <= '9') {
			return true
		}
	}
	return false
}

// unitAbbrev reports whether s starts with the abbreviation ab, plural or
// not, as a whole word ("min", "mins", "hrs").
func unitAbbrev(s, ab string) bool {
	if !hasPrefixFold(s, ab) {
		return false
	}
	s = s[len(ab):]
	if s != "" && (s[0] == 's' || s[0] == 'S') {
		s = s[1:]
	}
	return s == "" || !isASCIILetter(s[0])
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
