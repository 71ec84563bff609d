package fastre

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// patterns are shapes the extractor's rules take: word alternations after
// \b, folded words (with k and s, whose folds leave ASCII), optional
// plurals, repeats, anchors, classes and non-ASCII literals.
var patterns = []string{
	`\b(?:meeting|talks|summit|telephone\s+call|call)s?\s+(?:took\s+place|was\s+held|held)\b`,
	`\b(?:met|meets)(?:\s+(?:virtually\s+|today\s+)?with)?\b`,
	`(?i)\b(1[0-2]|0?\d|one|two|three)\s+o['’]clock\b`,
	`(?i)\b(noon|midday|midnight)\b`,
	`(?i)\b(?:spoke|speaks|talked)\s+(?:\w+\s+){0,3}?(?:with|to)\b`,
	`\bon\b[^.]{0,40}?\b(?:january|june|july|may)\b|\b(?:today|yesterday)\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b`,
	`^(?:the|this)\s+(?:meeting|call)s?\b`,
	`(?m)^\s*back to\b`,
	`(?:^|[^\p{L}])(will|is to|had)\s+(?:also\s+)?$`,
	`\b([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hours|h)\b`,
	`(?i)ask|KEEP|Straße|résumé`,
	`tête-à-tête|tete-a-tete`,
	`(?i)\bé(?:lysée)\b`,
	`\p{Lu}[a-z]+ (?:visited|received)`,
	`[Hh]eld (?:a|an)\b`,
	`(?i)x*y?`,
	`\b(?:a|b)?c\b`,
	`(?i)\b(?:president|prime minister)\s+\p{Lu}`,
	`(?:spoke|talked)\s+(?:again\s+)?(?:today|on\s+(?:monday|friday))\b`,
	bigAlternation,
	bigGroup,
}

// bigGroup is one large group of choices after \b, which MatchString also
// tries branch by branch.
const bigGroup = `(?i)\b(?:(?:was|were) attended by|(?:was|were) (?:also )?accompanied by|, accompanied by|` +
	`(?:was|were) (?:also )?joined by|, joined by|(?:was|were) also (?:present|in attendance)|` +
	`also (?:present|in attendance) (?:at|during|in|were|was)|also (?:attended|participated|took part|joined)|` +
	`attending (?:on|from) (?:the )?\S+ side|participants? (?:included|were)|(?:was|were) present|` +
	`spoke(?:\s+[a-z]+){0,2} with|met with|talks|in attendance were)`

// bigAlternation is large enough for MatchString to try its branches one
// by one.
const bigAlternation = `\bon\b[^.]{0,40}?\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b` +
	`|\b(?:today|yesterday|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night)\b` +
	`|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b`

var words = []string{
	"meeting", "Meeting", "MEETING", "talks", "took", "place", "held", "was", "met", "with", "virtually",
	"today", "on", "June", "june", "4", "5:30", "p.m.", "pm", "AM", "o'clock", "o’clock", "three", "Three",
	"noon", "Midday", "MIDNIGHT", "spoke", "Spoke", "to", "the", "this", "call", "calls", "back", "Back",
	"will", "had", "also", "1530", "hrs", "h", "ask", "aſk", "\u212Aeep", "KEEP", "keep", "straße", "STRASSE",
	"résumé", "RÉSUMÉ", "tête-à-tête", "tete-a-tete", "Élysée", "élysée", "Macron", "visited", "received",
	"a", "an", "b", "c", "x", "y", "President", "president", "prime", "minister", "Kishida", "again", "monday",
	"_", "é", ".", ",", "\n", "  ", "-", "summit", "summits", "telephone", "xcall",
}

// randomText joins words with spaces or nothing between them.
func randomText(r *rand.Rand) string {
	var b strings.Builder
	n := r.IntN(14)
	for i := 0; i < n; i++ {
		b.WriteString(words[r.IntN(len(words))])
		switch r.IntN(4) {
		case 0:
		case 1:
			b.WriteString("  ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestSameAnswers checks that every method answers exactly as regexp does,
// on random texts built from words the patterns look for.
func TestSameAnswers(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, p := range patterns {
		fast, std := MustCompile(p), regexp.MustCompile(p)
		matched := 0
		for i := 0; i < 4000; i++ {
			s := randomText(r)
			if std.MatchString(s) {
				matched++
			}
			check := func(name string, got, want any) {
				t.Helper()
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s %q on %q: got %v, want %v", name, p, s, got, want)
				}
			}
			check("MatchString", fast.MatchString(s), std.MatchString(s))
			check("FindStringIndex", fast.FindStringIndex(s), std.FindStringIndex(s))
			check("FindStringSubmatchIndex", fast.FindStringSubmatchIndex(s), std.FindStringSubmatchIndex(s))
			check("FindString", fast.FindString(s), std.FindString(s))
			check("FindStringSubmatch", fast.FindStringSubmatch(s), std.FindStringSubmatch(s))
			check("FindAllStringIndex", fast.FindAllStringIndex(s, -1), std.FindAllStringIndex(s, -1))
			check("FindAllStringIndex 2", fast.FindAllStringIndex(s, 2), std.FindAllStringIndex(s, 2))
			check("FindAllStringSubmatchIndex", fast.FindAllStringSubmatchIndex(s, -1), std.FindAllStringSubmatchIndex(s, -1))
			check("FindAllString", fast.FindAllString(s, -1), std.FindAllString(s, -1))
			check("FindAllStringSubmatch", fast.FindAllStringSubmatch(s, -1), std.FindAllStringSubmatch(s, -1))
			check("ReplaceAllString", fast.ReplaceAllString(s, "<$0>"), std.ReplaceAllString(s, "<$0>"))
			check("ReplaceAllLiteralString", fast.ReplaceAllLiteralString(s, "$"), std.ReplaceAllLiteralString(s, "$"))
			check("ReplaceAllStringFunc", fast.ReplaceAllStringFunc(s, strings.ToUpper), std.ReplaceAllStringFunc(s, strings.ToUpper))
		}
		if matched == 0 {
			t.Errorf("%q matched none of the random texts: the test says nothing of it", p)
		}
	}
}

// TestLiterals checks the literals worked out for typical rules: a
// prefilter where one is sound, none where the expression can do without.
func TestLiterals(t *testing.T) {
	big := MustCompile(bigAlternation)
	big.prepare()
	group := MustCompile(bigGroup)
	group.prepare()
	if len(group.branches) != 15 {
		t.Errorf("bigGroup: %d branches, want 15", len(group.branches))
	}
	if len(big.branches) != 4 {
		t.Errorf("bigAlternation: %d branches, want 4", len(big.branches))
	}
	for _, c := range []struct {
		expr         string
		need, prefix bool
	}{
		{`\b(?:meeting|talks)s?\s+(?:took\s+place|was\s+held)\b`, true, true},
		{`(?i)\b(noon|midday|midnight)\b`, true, true},
		{`(?i)\bask\b`, false, true},
		{`^the\s+meeting`, true, false},
		{`\d+\s*[ap]m`, false, true},
		{`x*`, false, false},
	} {
		re := MustCompile(c.expr)
		re.prepare()
		if got := len(re.need) > 0; got != c.need {
			t.Errorf("%q: need %v, want %v (%v)", c.expr, got, c.need, re.need)
		}
		if got := len(re.prefix) > 0; got != c.prefix {
			t.Errorf("%q: prefix %v, want %v (%v)", c.expr, got, c.prefix, re.prefix)
		}
	}
}

// TestCompileErrors reports a bad expression when compiled, with the
// error regexp.Compile gives, though the search is built on first use.
func TestCompileErrors(t *testing.T) {
	for _, expr := range []string{`a(`, `[z-a]`, `x**`, `a{2000}`, `\8`} {
		_, got := Compile(expr)
		_, want := regexp.Compile(expr)
		if got == nil || want == nil || got.Error() != want.Error() {
			t.Errorf("Compile(%q) error %v, want %v", expr, got, want)
		}
	}
	re := MustCompile(`(?i)\bmet\b`)
	if re.String() != `(?i)\bmet\b` || re.Regexp().String() != re.String() {
		t.Errorf("String() = %q, Regexp().String() = %q", re.String(), re.Regexp().String())
	}
}

// TestSet answers as a loop of strings.Contains does, for small and
// large sets.
func TestSet(t *testing.T) {
	small := []string{"met", "phone", " call"}
	large := strings.Fields("said added noted stressed emphasized underlined highlighted explained discussed briefed informed")
	texts := []string{"", "he met her", "Met", "by telephone", "a courtesy call", "recall", "she noted that", "underline",
		"EXPLAINED", "briefed.", "he discussed", "nothing here at all"}
	for _, words := range [][]string{small, large, {}, {""}} {
		set := NewSet(words)
		for _, s := range texts {
			want := false
			for _, w := range words {
				if w != "" && strings.Contains(s, w) {
					want = true
				}
			}
			if got := set.In(s); got != want {
				t.Errorf("NewSet(%q).In(%q) = %v, want %v", words, s, got, want)
			}
		}
	}
}
