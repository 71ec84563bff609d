package fastre

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// info is what the parsed expression says of the texts a node matches.
type info struct {
	// exact, when isExact, is every text the node can match.
	exact   []lit
	isExact bool
	// prefix, when hasPrefix, holds literals every match starts with.
	prefix    []lit
	hasPrefix bool
	// need are sets of literals: every match holds one of each set.
	need [][]lit
}

// analyze works out the literals of a simplified expression tree. It
// must be sound: every set it gives is one a match cannot do without.
func analyze(re *syntax.Regexp) info {
	switch re.Op {
	case syntax.OpNoMatch:
		return info{}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactInfo([]lit{{}})
	case syntax.OpLiteral:
		return literalInfo(re.Rune, re.Flags&syntax.FoldCase != 0)
	case syntax.OpCharClass:
		var out []lit
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo >= maxSet || len(out)+int(hi-lo)+1 > 16 {
				return info{}
			}
			for r := lo; r <= hi; r++ {
				out = append(out, lit{s: string(r)})
			}
		}
		return exactInfo(out)
	case syntax.OpCapture:
		return analyze(re.Sub[0])
	case syntax.OpQuest:
		sub := analyze(re.Sub[0])
		if sub.isExact && len(sub.exact)+1 <= maxSet {
			return exactInfo(append([]lit{{}}, sub.exact...))
		}
		return info{}
	case syntax.OpStar:
		return info{}
	case syntax.OpPlus:
		return atLeastOnce(analyze(re.Sub[0]))
	case syntax.OpRepeat:
		if re.Min == 0 {
			return info{}
		}
		return atLeastOnce(analyze(re.Sub[0]))
	case syntax.OpConcat:
		return concatInfo(re.Sub)
	case syntax.OpAlternate:
		return alternateInfo(re.Sub)
	}
	return info{} // any character
}

func exactInfo(ls []lit) info {
	return info{exact: ls, isExact: true, prefix: ls, hasPrefix: true}
}

// literalInfo is a literal's info. Folded, only ASCII letters other than
// k and s (whose folds include non-ASCII runes) are matched by a
// case-blind ASCII test, so a literal holding others is cut to its
// longest clean run.
func literalInfo(rs []rune, fold bool) info {
	if !fold {
		return exactInfo([]lit{{s: string(rs)}})
	}
	clean := func(r rune) bool {
		if r >= utf8.RuneSelf {
			return false
		}
		switch r {
		case 'k', 'K', 's', 'S':
			return false
		}
		return true
	}
	var runs []string
	var b strings.Builder
	whole := true
	for _, r := range rs {
		if !clean(r) {
			whole = false
			runs = append(runs, b.String())
			b.Reset()
			continue
		}
		b.WriteString(strings.ToLower(string(r)))
	}
	runs = append(runs, b.String())
	if whole {
		return exactInfo([]lit{{s: runs[0], fold: true}})
	}
	in := info{}
	if runs[0] != "" {
		in.prefix, in.hasPrefix = []lit{{s: runs[0], fold: true}}, true
	}
	longest := ""
	for _, r := range runs {
		if len(r) > len(longest) {
			longest = r
		}
	}
	if longest != "" {
		in.need = [][]lit{{{s: longest, fold: true}}}
	}
	return in
}

// atLeastOnce is the info of one or more repetitions of sub.
func atLeastOnce(sub info) info {
	out := info{prefix: sub.prefix, hasPrefix: sub.hasPrefix, need: sub.need}
	if sub.isExact {
		out.need = append(slices.Clip(out.need), sub.exact)
	}
	return out
}

// concatInfo is the info of subs matched one after another.
func concatInfo(subs []*syntax.Regexp) info {
	ins := make([]info, len(subs))
	for i, s := range subs {
		ins[i] = analyze(s)
	}
	// exact when every part is
	all := []lit{{}}
	exact := true
	for _, in := range ins {
		if !in.isExact {
			exact = false
			break
		}
		next, ok := cross(all, in.exact)
		if !ok {
			exact = false
			break
		}
		all = next
	}
	if exact {
		return exactInfo(all)
	}
	var out info
	// the prefix: exact parts crossed while they stay few, then the
	// first inexact part's prefix
	cur := []lit{{}}
	for _, in := range ins {
		if in.isExact {
			if next, ok := cross(cur, in.exact); ok {
				cur = next
				continue
			}
			break
		}
		if in.hasPrefix {
			if next, ok := cross(cur, in.prefix); ok {
				cur = next
			}
		}
		break
	}
	if !hasEmpty(cur) {
		out.prefix, out.hasPrefix = cur, true
	}
	// needed: every part's needs, and each run of exact parts crossed
	run := []lit{{}}
	flush := func() {
		if !hasEmpty(run) {
			out.need = append(out.need, run)
		}
		run = []lit{{}}
	}
	for _, in := range ins {
		out.need = append(out.need, in.need...)
		if !in.isExact {
			flush()
			continue
		}
		if next, ok := cross(run, in.exact); ok {
			run = next
			continue
		}
		flush()
		run = in.exact
	}
	flush()
	return out
}

// alternateInfo is the info of a choice between subs.
func alternateInfo(subs []*syntax.Regexp) info {
	ins := make([]info, len(subs))
	for i, s := range subs {
		ins[i] = analyze(s)
	}
	var out info
	exact, prefix := true, true
	var ex, pre, need []lit
	needOK := true
	for _, in := range ins {
		exact = exact && in.isExact
		if exact {
			ex = append(ex, in.exact...)
		}
		prefix = prefix && in.hasPrefix
		if prefix {
			pre = append(pre, in.prefix...)
		}
		if needOK {
			best := bestSet(in)
			if best == nil {
				needOK = false
			} else {
				need = append(need, best...)
			}
		}
	}
	if exact && len(ex) <= maxSet {
		return exactInfo(dedup(ex))
	}
	if prefix && len(pre) <= maxSet && !hasEmpty(pre) {
		out.prefix, out.hasPrefix = dedup(pre), true
	}
	if needOK && len(need) <= maxSet {
		out.need = [][]lit{dedup(need)}
	}
	return out
}

// bestSet returns the one set of in that filters best, or nil.
func bestSet(in info) []lit {
	var best []lit
	if in.isExact && !hasEmpty(in.exact) {
		best = in.exact
	}
	for _, s := range in.need {
		if better(s, best) {
			best = s
		}
	}
	return best
}

// better reports whether set a filters better than b: its shortest
// literal is longer, or as long with fewer literals.
func better(a, b []lit) bool {
	if b == nil {
		return a != nil
	}
	if a == nil {
		return false
	}
	ma, mb := shortest(a), shortest(b)
	if ma != mb {
		return ma > mb
	}
	return len(a) < len(b)
}

func shortest(set []lit) int {
	n := -1
	for _, l := range set {
		if n < 0 || len(l.s) < n {
			n = len(l.s)
		}
	}
	return n
}

// pickNeed keeps the sets of in worth testing: those whose every literal
// is long enough to be rare, best first.
func pickNeed(in info) [][]lit {
	sets := in.need
	if in.isExact {
		sets = append(slices.Clip(sets), in.exact)
	}
	var out [][]lit
	for _, s := range sets {
		if len(s) > 0 && len(s) <= maxSet && shortest(s) >= minLit {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b []lit) int {
		switch {
		case better(a, b):
			return -1
		case better(b, a):
			return 1
		}
		return 0
	})
	if len(out) > maxNeed {
		out = out[:maxNeed]
	}
	return out
}

// cross returns every literal of a followed by one of b, or false when
// there would be more than maxSet.
func cross(a, b []lit) ([]lit, bool) {
	if len(a)*len(b) > maxSet {
		return nil, false
	}
	out := make([]lit, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, join(x, y))
		}
	}
	return dedup(out), true
}

// join is x followed by y. A folded literal's test also finds its plain
// spelling, so x and y of which one is folded join as a folded literal,
// the plain one lower-cased in ASCII only: a weaker test, never a wrong
// one.
func join(x, y lit) lit {
	if x.fold == y.fold {
		return lit{s: x.s + y.s, fold: x.fold}
	}
	return lit{s: LowerASCII(x.s) + LowerASCII(y.s), fold: true}
}

// LowerASCII returns s with A-Z lower-cased and every other byte kept, so
// offsets into the result are offsets into s. It is the lower-casing of
// case-folded literals here, and the one package extract reads its text
// with.
func LowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func hasEmpty(set []lit) bool {
	for _, l := range set {
		if l.s == "" {
			return true
		}
	}
	return false
}

func dedup(set []lit) []lit {
	out := make([]lit, 0, len(set))
	for _, l := range set {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// readsStart reports whether the expression looks at the start of the
// text or of a line (^, \A), so a search may not begin elsewhere.
func readsStart(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginLine || re.Op == syntax.OpBeginText {
		return true
	}
	for _, s := range re.Sub {
		if readsStart(s) {
			return true
		}
	}
	return false
}
