package extract

import (
	"regexp"
	"strings"
)

// kindRule is a named pattern that says what kind of encounter a phrase
// reports.
type kindRule struct {
	name string
	kind Kind
	re   *regexp.Regexp
	// keys are words one of which the text must hold for the rule to be
	// tried: a cheap test that spares most texts the regexp.
	keys []string
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
var remoteWords = regexp.MustCompile(`\b(?:virtual|online|video|videoconference|teleconference)\b`)

var (
	kindModal     []kindRule // "by phone", "virtually"
	kindNounRules []kindRule // "<noun>" anywhere
	kindVerbOnly  []kindRule // "spoke with", "met"
	// kindVerbRe finds the verbs that report an event noun ("held",
	// "received", "paid").
	kindVerbRe *regexp.Regexp
	// kindNounAfter matches, from just after such a verb, an article, up
	// to eight modifier words and the event noun; its i-th group is the
	// noun of kindNouns[i].
	kindNounAfter *regexp.Regexp
	// kindNounNext matches an event noun right after another ("summit
	// telephone talk"); its i-th group is the noun of kindNouns[i].
	kindNounNext *regexp.Regexp
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
	kindVerbRe = regexp.MustCompile(`\b(?:` + listAlternation(kindVerbs) + `)\b`)
	groups := make([]string, len(kindNouns))
	for i, kn := range kindNouns {
		nouns := listAlternation(kn.nouns)
		groups[i] = `(` + nouns + `)`
		kindNounRules = append(kindNounRules, kindRule{
			name: "",
			kind: kn.kind,
			re:   regexp.MustCompile(`\b(?:` + nouns + `)s?\b`),
		})
	}
	// the fewest modifier words that reach a noun: the noun nearest the verb
	kindNounAfter = regexp.MustCompile(`^\s+(?:(?:a|an|the|their|his|her|its|first|second|third|another)\s+)?(?:[^\s,;]+\s+){0,8}?(?:` +
		strings.Join(groups, "|") + `)s?\b`)
	kindNounNext = regexp.MustCompile(`^\s+(?:` + strings.Join(groups, "|") + `)s?\b`)
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
		switch r.form {
		case manner:
			kindModal = append(kindModal, kindRule{name: r.name, kind: r.kind, keys: r.keys, re: regexp.MustCompile(`\b(?:` + r.re + `)\b`)})
		case verbPhrase:
			kindVerbOnly = append(kindVerbOnly, kindRule{name: r.name, kind: r.kind, keys: r.keys, cased: r.cased, weak: r.weak,
				re: regexp.MustCompile(`\b` + r.re)})
		}
	}
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

// findKind returns the earliest match of rules in the text at s; of two
// that start together, the shorter.
func (x *reader) findKind(rules []kindRule, s Span) (kindMatch, bool) {
	best := kindMatch{}
	found := false
	low := s.In(x.lower)
	for _, r := range rules {
		if len(r.keys) > 0 && !containsAny(low, r.keys) {
			continue
		}
		sub := low
		if r.cased {
			sub = s.In(x.text)
		}
		loc := r.re.FindStringIndex(sub)
		if loc == nil {
			continue
		}
		if !found || loc[0] < best.span.Start-s.Start || (loc[0] == best.span.Start-s.Start && loc[1]-loc[0] < best.span.Len()) {
			best = kindMatch{kind: r.kind, rule: r.name, weak: r.weak, span: Span{s.Start + loc[0], s.Start + loc[1]}}
			if r.name == "" {
				// an event noun: the rule is the table row that spells it
				row, _ := encounterRowOf(eventNoun, sub[loc[0]:loc[1]])
				best.rule = row.name
			}
			found = true
		}
	}
	return best, found
}

// findVerbKind finds the first verb in the text at s that reports an
// event noun ("held a telephone talk", "received a courtesy call"): the
// noun nearest the verb decides ("held a telephone talk with ... meeting"
// is a telephone talk).
func (x *reader) findVerbKind(s Span) (kindMatch, bool) {
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
		return kindMatch{}, false
	}
	for _, vs := range verbs {
		loc := kindVerbRe.FindStringIndex(low[vs:min(len(low), vs+32)])
		if loc == nil || loc[0] != 0 {
			continue // "took" without "part in"
		}
		vEnd := vs + loc[1]
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
		noun := nounIn(low, m)
		// a generic event named first and a specific one after it: "held a
		// summit telephone talk" is a telephone talk ("a working dinner
		// meeting" stays a meal)
		for n := 0; n < 3 && k == KindMeeting; n++ {
			next := kindNounNext.FindStringSubmatchIndex(low[end:min(len(low), end+kindWindow)])
			if next == nil {
				break
			}
			noun = nounIn(low[end:], next)
			k, end = groupKind(next), end+next[1]
		}
		return kindMatch{kind: k, rule: verb.name + ":" + noun.name, span: Span{s.Start + vs, s.Start + end}}, true
	}
	return kindMatch{}, false
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

// kindOf reads the kind of encounter from the statement and the title:
// a verb reporting a named event in the statement ("held a telephone
// talk") first; then an event named in the title ("Readout of ... Call
// with ..."); then a verb phrase ("met with", "spoke with") or event noun
// in the statement. A release that reports none is "other".
func (x *reader) kindOf() (kindMatch, bool) {
	var title Span
	if ts := x.blocks(Title); len(ts) > 0 {
		title = x.doc.Blocks[ts[0]].Body
	}
	st := x.statement
	if m, ok := x.findKind(kindModal, st); ok {
		return m, true
	}
	if m, ok := x.findVerbKind(st); ok {
		// "held a virtual meeting", or "convened a roundtable" under a
		// title that calls it a "Virtual Roundtable"
		if m.kind == KindMeeting && (remoteWords.MatchString(m.span.In(x.lower)) || remoteWords.MatchString(title.In(x.lower))) {
			m.kind, m.rule = KindVideoConference, m.rule+"+remote"
		}
		return m, true
	}
	verbOnly, vok := x.findKind(kindVerbOnly, st)
	if title.Len() > 0 {
		if m, ok := x.findKind(kindNounRules, title); ok {
			if m.kind == KindMeeting && remoteWords.MatchString(title.In(x.lower)) {
				m.kind, m.rule = KindVideoConference, m.rule+"+remote"
			}
			// a title naming a meal or courtesy call outranks "met"; a
			// title's "Call" or "Meeting" agrees with or refines the body's verb
			return m, true
		}
	}
	if vok {
		return verbOnly, true
	}
	if m, ok := x.findKind(kindNounRules, st); ok && x.statesEncounter() {
		return m, true
	}
	return kindMatch{}, false
}

// statesEncounter reports whether the statement reads as a report of an
// encounter (it names a clock time, a duration, or "with" someone), so that
// an event noun in a plain statement ("the recent situation") is not taken
// for one.
func (x *reader) statesEncounter() bool {
	s := x.statement.In(x.lower)
	return strings.Contains(s, " with ") || strings.Contains(s, "p.m.") || strings.Contains(s, "a.m.") || strings.Contains(s, "minutes")
}

func (x *reader) extractKind() {
	if m, ok := x.kindOf(); ok {
		x.rec.Kind = m.kind
		x.setRule("kind", m.span, m.rule)
		return
	}
	x.rec.Kind = KindOther
	// said even when no paragraph reads as a lead (a page of unspaced
	// Japanese, a list of links): kind other is always a doubt to report
	x.warn("no meeting, call or visit is reported: kind is other")
}
