package extract

import (
	"regexp"
	"strings"

	"github.com/readout/readout/internal/fastre"
)

// kindRule is a named pattern that says what kind of encounter a phrase
// reports.
type kindRule struct {
	name string
	kind Kind
	re   *fastre.Regexp
	// keys are words one of which the text must hold for the rule to be
	// tried: a cheap test that spares most texts the regexp; nil for
	// none. Rules made from one row or one kind's nouns share one set.
	keys *fastre.Set
	// cased rules read capitals (a name follows) in the text as written;
	// the others match the document's lower-cased copy.
	cased bool
	// weak rules give way to an event noun in the same statement (see
	// encounterRow.weak).
	weak bool
}

// kindOrder is the order the kinds' nouns are tried in: the kinds whose
// nouns qualify another's first (a courtesy call is no phone call).
var kindOrder = []Kind{KindVideoConference, KindCourtesyCall, KindWorkingMeal, KindTelephoneTalk, KindMeeting}

// kindNouns holds, in kindOrder, each kind's event nouns from the
// encounter table.
var kindNouns = func() []kindNounSet {
	var out []kindNounSet
	for _, k := range kindOrder {
		ks := kindNounSet{kind: k}
		for _, r := range encounterTable {
			if r.form == eventNoun && r.kind == k {
				ks.nouns = append(ks.nouns, r.words...)
			}
		}
		out = append(out, ks)
	}
	return out
}()

// kindNounSet is one kind's event nouns.
type kindNounSet struct {
	kind  Kind
	nouns []string
}

// remoteWords, inside a reported event ("held a virtual meeting",
// "participated in the APEC Virtual Leaders' Retreat"), make it a video
// conference.
var remoteWords = fastre.MustCompile(`\b(?:virtual|online|video|videoconference|teleconference)\b`)

var (
	kindModal     []kindRule // "by phone", "virtually"
	kindNounRules []kindRule // "<noun>" anywhere
	kindVerbOnly  []kindRule // "spoke with", "met"
	// kindHeldAfter are an event noun and a verb after it ("the meeting
	// held on Tuesday", "talks were held between").
	kindHeldAfter []kindRule
	// kindDuring are an event noun framed as the setting of the statement
	// ("during a working lunch").
	kindDuring []kindRule
	// kindNominal are an event noun framed as the setting of a sentence
	// together with the sides it joins ("following his meeting with X",
	// "at the meeting of X and Y"): a lead with no verb of its own.
	kindNominal []kindRule
	// kindTitleVerbs are the verb phrases read in a title, where every
	// word has a capital: a cased rule's verbs followed by anything.
	kindTitleVerbs []kindRule
	// kindVerbRe finds the verbs that report an event noun ("held",
	// "received", "paid").
	kindVerbRe *fastre.Regexp
	// kindNounAfter matches, from just after such a verb, an article, up
	// to eight modifier words and the event noun; its i-th group is the
	// noun of kindNouns[i].
	kindNounAfter *fastre.Regexp
	// kindNounNext matches an event noun right after another ("summit
	// telephone talk"); its i-th group is the noun of kindNouns[i].
	kindNounNext *fastre.Regexp
	// kindVerbFirst and kindNounLast hold the first word of each verb and
	// the last word of each event noun: one pass over a text's words finds
	// the verbs worth trying and whether any noun is within their reach.
	kindVerbFirst = map[string]bool{}
	kindNounLast  = map[string]bool{}
)

// kindWindow is how far after a verb its event noun is looked for: eight
// modifier words ("held a Japan-EU Leaders Video Teleconference Meeting").
const kindWindow = 160

func init() {
	kindVerbs := encounterVerbWords(reportVerb)
	kindVerbRe = fastre.MustCompile(`\b(?:` + listAlternation(kindVerbs) + `)\b`)
	groups := make([]string, len(kindNouns))
	held := listAlternation(encounterVerbWords(heldAfter))
	frame := listAlternation(encounterVerbWords(framePrep))
	nominal := listAlternation(encounterVerbWords(nominalFrame))
	for i, kn := range kindNouns {
		nouns := listAlternation(kn.nouns)
		groups[i] = `(` + nouns + `)`
		var alone []string // the nouns that name an encounter without a verb
		for _, r := range encounterTable {
			if r.form == eventNoun && r.kind == kn.kind && !r.afterVerb {
				alone = append(alone, r.words...)
			}
		}
		// the last word of every noun must be in a text before the
		// rules' regexps, slow on long blocks, are run over it
		keys := fastre.NewSet(nounKeys(alone))
		kindNounRules = append(kindNounRules, kindRule{
			name: "",
			kind: kn.kind,
			keys: keys,
			re:   fastre.MustCompile(`\b(?:` + listAlternation(alone) + `)s?\b`),
		})
		// "a telephone conversation took place between", "the meeting
		// held on Tuesday in Jeddah ... between"
		kindDuring = append(kindDuring, kindRule{
			name: "during-a:" + string(kn.kind),
			kind: kn.kind,
			keys: keys,
			re: fastre.MustCompile(`\b(?:` + frame + `)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:` +
				listAlternation(alone) + `)s?\b`),
		})
		// the sides: "with" or "between" and a name within a few words,
		// or "of X and Y"
		kindNominal = append(kindNominal, kindRule{
			name:  "nominal:" + string(kn.kind),
			kind:  kn.kind,
			keys:  keys,
			cased: true,
			re: fastre.MustCompile(`\b(?i:` + nominal + `)\s+(?:his|her|their|its|the|a)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?i:` +
				listAlternation(alone) + `)s?\s+(?:(?:with|between)\s+(?:[\p{L}\d'’.-]+,?\s+){0,4}?\p{Lu}|of\s+\p{Lu}[^.;:]{0,160}?\s+and\s+)`),
		})
		kindHeldAfter = append(kindHeldAfter, kindRule{
			name: "took-place:" + string(kn.kind),
			kind: kn.kind,
			keys: keys,
			re:   fastre.MustCompile(`\b(?:` + listAlternation(alone) + `)s?\s+(?:` + held + `)\b`),
		})
	}
	// the fewest modifier words that reach a noun: the noun nearest the verb
	kindNounAfter = fastre.MustCompile(`^\s+(?:(?:a|an|the|their|his|her|its|first|second|third|another)\s+)?(?:[^\s,;]+\s+){0,8}?(?:` +
		strings.Join(groups, "|") + `)s?\b`)
	kindNounNext = fastre.MustCompile(`^\s+(?:` + strings.Join(groups, "|") + `)s?\b`)
	for _, v := range kindVerbs {
		kindVerbFirst[strings.Fields(v)[0]] = true
	}
	for _, kn := range kindNouns {
		for _, n := range kn.nouns {
			f := strings.Fields(strings.ReplaceAll(n, "'", "’"))
			kindNounLast[f[len(f)-1]] = true
			kindNounLast[strings.ReplaceAll(f[len(f)-1], "’", "'")] = true
		}
	}
	for _, r := range encounterTable {
		var keys *fastre.Set
		if len(r.keys) > 0 {
			keys = fastre.NewSet(r.keys)
		}
		switch r.form {
		case manner:
			kindModal = append(kindModal, kindRule{name: r.name, kind: r.kind, keys: keys, re: fastre.MustCompile(`\b(?:` + r.re + `)\b`)})
		case verbPhrase:
			kindVerbOnly = append(kindVerbOnly, kindRule{name: r.name, kind: r.kind, keys: keys, cased: r.cased, weak: r.weak,
				re: fastre.MustCompile(`\b` + r.re)})
			tr := kindVerbOnly[len(kindVerbOnly)-1]
			if r.cased {
				tr.cased = false
				tr.re = fastre.MustCompile(`\b(?:` + listAlternation(r.words) + `)\s+\S`)
			}
			kindTitleVerbs = append(kindTitleVerbs, tr)
		}
	}
}

// nounKeys returns the distinct last words of nouns, lower case, as
// literal prefilters: a text holding none of them holds none of the nouns.
func nounKeys(nouns []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range nouns {
		f := strings.Fields(n)
		if len(f) == 0 {
			continue
		}
		k := strings.ToLower(strings.Trim(f[len(f)-1], "'’"))
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// listAlternation builds a regexp alternation from words, longest first so
// that "telephone talk" wins over "talk"; spaces match any white space and
// apostrophes either form.
func listAlternation(words []string) string {
	ws := append([]string(nil), words...)
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && len(ws[j]) > len(ws[j-1]); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
	for i, w := range ws {
		w = regexp.QuoteMeta(w)
		w = strings.ReplaceAll(w, " ", `\s+`)
		w = strings.ReplaceAll(w, "'", `['’]`)
		ws[i] = w
	}
	return strings.Join(ws, "|")
}

// kindMatch is a kind found in text, with the rule that found it.
type kindMatch struct {
	kind Kind
	rule string
	span Span
	weak bool
}

// findKind returns the earliest match of rules in the text at s that
// reports an encounter (not one announced or told as background); of two
// that start together, the shorter.
func (x *reader) findKind(rules []kindRule, s Span) (kindMatch, bool) {
	m, ok, _ := x.findKindMood(rules, s)
	return m, ok
}

// kindMatchLimit bounds how many matches of one rule are tried in a text
// for one that is reported rather than announced.
const kindMatchLimit = 8

// keyProbe is one rule's key set looked for in one span.
type keyProbe struct {
	keys *fastre.Set
	span Span
}

// holdsKey reports whether the lower-cased text at s holds one of keys.
// The answers are kept: the rules made from one kind's nouns (alone, after
// "during", framed, before "held") share one set and are tried on the same
// spans.
func (x *reader) holdsKey(keys *fastre.Set, s Span) bool {
	p := keyProbe{keys, s}
	if v, ok := x.keyCache[p]; ok {
		return v
	}
	v := keys.In(s.In(x.lower))
	if x.keyCache == nil {
		x.keyCache = map[keyProbe]bool{}
	}
	x.keyCache[p] = v
	return v
}

// kindProbe is one list of rules tried on one span.
type kindProbe struct {
	rules *kindRule // the list's first rule
	n     int       // and its length
	span  Span
}

// kindFound is what findKindMood answered.
type kindFound struct {
	best         kindMatch
	found, muted bool
}

// findKindMood is findKind that also says whether a match was passed over
// for being announced ("will meet") or background ("had met"). Its
// answers are kept: the rule lists are fixed, so a list and a span give
// the same answer every time.
func (x *reader) findKindMood(rules []kindRule, s Span) (best kindMatch, found, muted bool) {
	if len(rules) == 0 {
		return kindMatch{}, false, false
	}
	probe := kindProbe{&rules[0], len(rules), s}
	if f, ok := x.kindCache[probe]; ok {
		return f.best, f.found, f.muted
	}
	best, found, muted = x.tryKindRules(rules, s)
	if x.kindCache == nil {
		x.kindCache = map[kindProbe]kindFound{}
	}
	x.kindCache[probe] = kindFound{best, found, muted}
	return best, found, muted
}

// tryKindRules does the work of findKindMood.
func (x *reader) tryKindRules(rules []kindRule, s Span) (best kindMatch, found, muted bool) {
	low := s.In(x.lower)
	for _, r := range rules {
		if r.keys != nil && !x.holdsKey(r.keys, s) {
			continue
		}
		sub := low
		if r.cased {
			sub = s.In(x.text)
		}
		// the first match is nearly always reported: it alone is looked
		// for, and the others only when it is not, so that the rest of a
		// long block is not searched for matches never read
		locs := r.re.FindAllStringIndex(sub, 1)
		if len(locs) == 1 && moodBefore(low, locs[0][0]) != eventNoun {
			locs = r.re.FindAllStringIndex(sub, kindMatchLimit)
		}
		for _, loc := range locs {
			if moodBefore(low, loc[0]) != eventNoun {
				muted = true
				continue
			}
			if !found || loc[0] < best.span.Start-s.Start || (loc[0] == best.span.Start-s.Start && loc[1]-loc[0] < best.span.Len()) {
				best = kindMatch{kind: r.kind, rule: r.name, weak: r.weak, span: Span{s.Start + loc[0], s.Start + loc[1]}}
				if r.name == "" {
					// an event noun: the rule is the table row that spells it
					row, _ := encounterRowOf(eventNoun, sub[loc[0]:loc[1]])
					best.rule, best.weak = row.name, row.weak
				}
				found = true
			}
			break
		}
	}
	return best, found, muted
}

// findVerbKind finds the first verb in the text at s that reports an
// event noun ("held a telephone talk", "received a courtesy call"): the
// noun nearest the verb decides ("held a telephone talk with ... meeting"
// is a telephone talk).
func (x *reader) findVerbKind(s Span) (kindMatch, bool) {
	m, ok, _ := x.findVerbKindMood(s)
	return m, ok
}

// findVerbKindMood is findVerbKind that also says whether a report was
// passed over for being announced or background.
func (x *reader) findVerbKindMood(s Span) (found kindMatch, ok, muted bool) {
	low := s.In(x.lower)
	var verbs, nouns []int // word starts (verbs) and ends (nouns) in low
	for i := 0; i < len(low); {
		if !isKindWordByte(low[i]) {
			i++
			continue
		}
		j := i
		for j < len(low) && isKindWordByte(low[j]) {
			j++
		}
		w := low[i:j]
		if kindVerbFirst[w] {
			verbs = append(verbs, i)
		}
		if kindNounLast[w] || len(w) > 1 && w[len(w)-1] == 's' && kindNounLast[w[:len(w)-1]] {
			nouns = append(nouns, j)
		}
		i = j
	}
	if len(verbs) == 0 || len(nouns) == 0 {
		return kindMatch{}, false, false
	}
	for _, vs := range verbs {
		loc := kindVerbRe.FindStringIndex(low[vs:min(len(low), vs+32)])
		if loc == nil || loc[0] != 0 {
			continue // "took" without "part in"
		}
		vEnd := vs + loc[1]
		if isAuxiliary(low[vs:vEnd]) && participleAfter(low[vEnd:]) {
			// "had held talks", "has held": the participle reports; "had
			// backed his proposal for the next meeting" reports none
			continue
		}
		if strings.HasPrefix(low[vEnd:], " of ") {
			continue // "the holding of the Syrian National Dialogue Congress"
		}
		if moodBefore(low, vs) != eventNoun {
			muted = true
			continue
		}
		reach := min(len(low), vEnd+kindWindow)
		near := false
		for _, n := range nouns {
			if n > vEnd && n <= reach {
				near = true
				break
			}
		}
		if !near {
			continue
		}
		m := kindNounAfter.FindStringSubmatchIndex(low[vEnd:reach])
		if m == nil {
			continue
		}
		k, end := groupKind(m), vEnd+m[1]
		verb, _ := encounterRowOf(reportVerb, low[vs:vEnd])
		noun := nounIn(low[vEnd:reach], m)
		// a generic event named first and a specific one after it: "held a
		// summit telephone talk" is a telephone talk ("a working dinner
		// meeting" stays a meal)
		for n := 0; n < 3 && k == KindMeeting; n++ {
			next := kindNounNext.FindStringSubmatchIndex(low[end:min(len(low), end+kindWindow)])
			if next == nil {
				break
			}
			if n := nounIn(low[end:], next); !n.weak || noun.weak {
				noun = n // "a virtual roundtable discussion" stays a roundtable
			}
			k, end = groupKind(next), end+next[1]
		}
		return kindMatch{kind: k, rule: verb.name + ":" + noun.name, weak: noun.weak, span: Span{s.Start + vs, s.Start + end}}, true, muted
	}
	return kindMatch{}, false, muted
}

// isAuxiliary reports whether a report verb is a form of "have", which
// before another verb is its auxiliary ("had held talks").
func isAuxiliary(v string) bool {
	return v == "had" || v == "has" || v == "have"
}

// participleAfter reports whether the word at the start of s (after
// spaces) is a past participle ("held", "backed", "spoken"), so that a
// form of "have" before it is an auxiliary.
func participleAfter(s string) bool {
	s = strings.TrimLeft(s, " \t\n")
	// past adverbs: "had immediately objected", "had also met"
	for k := 0; k < 2; k++ {
		i := 0
		for i < len(s) && isKindWordByte(s[i]) {
			i++
		}
		if v := s[:i]; !strings.HasSuffix(v, "ly") && v != "also" && v != "already" && v != "previously" {
			break
		}
		s = strings.TrimLeft(s[i:], " \t\n")
	}
	i := 0
	for i < len(s) && isKindWordByte(s[i]) {
		i++
	}
	v := s[:i]
	return len(v) > 3 && (strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "en") || encounterVerbs[v] && !kindVerbFirst[v] || v == "held" || v == "met" || v == "had")
}

// nounIn returns the table row of the event noun whose group matched in
// m, a submatch index of kindNounAfter or kindNounNext against s.
func nounIn(s string, m []int) encounterRow {
	for i := range kindNouns {
		if a, b := m[2+2*i], m[3+2*i]; a >= 0 {
			row, _ := encounterRowOf(eventNoun, s[a:b])
			return row
		}
	}
	return encounterRow{}
}

// groupKind returns the kind of the noun group that matched in m, a
// submatch index of kindNounAfter or kindNounNext.
func groupKind(m []int) Kind {
	for i, kn := range kindNouns {
		if m[2+2*i] >= 0 {
			return kn.kind
		}
	}
	return KindMeeting
}

// isKindWordByte reports whether c belongs to a word as kind rules see
// words: a lower-case letter, a digit, a hyphen, an apostrophe or any byte
// of a non-ASCII character.
func isKindWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '\'' || c >= 0x80
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
