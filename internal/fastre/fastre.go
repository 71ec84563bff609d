package fastre

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
)

// Regexp is a compiled regular expression that answers exactly as
// regexp.Regexp does, faster on texts where it cannot match. It is
// checked when compiled but built on first use: a program holding
// hundreds of rules starts without building the ones a run never reaches,
// and a long alternation searched one branch at a time never builds the
// whole.
type Regexp struct {
	expr string
	// stdOnce builds std, the regexp.Regexp that does the searching.
	stdOnce sync.Once
	std     *regexp.Regexp
	once    sync.Once
	// need are sets of literals: a text that can match holds one literal
	// of every set.
	need [][]lit
	// scans holds, for each set of need large enough, its literals by
	// first byte (both cases for a folded one), for one pass over a text
	// instead of one search per literal; nil for a small set.
	scans []*firstBytes
	// prefix are literals one of which every match starts with; empty
	// when unknown or when the expression reads the start of the text
	// (^, \A), so that the search may not start elsewhere.
	prefix []lit
	// prefixScan is prefix by first byte, when it is large.
	prefixScan *firstBytes
	// branches, when set, are the expression's alternatives compiled one
	// by one: a text matches when one of them does. A large alternation
	// is slow to search as a whole (its program is too large for the
	// backtracker on a paragraph), and each branch has literals of its own.
	branches []*Regexp
}

// splitLen is the length of expression above which MatchString tries its
// alternatives one by one.
const splitLen = 300

// lit is a literal; a folded one is matched ASCII case-insensitively and
// is held in lower case.
type lit struct {
	s    string
	fold bool
}

// Limits on the literal sets worked out from an expression.
const (
	maxSet  = 64 // literals in one set
	minLit  = 3  // bytes in each literal of a set used as a prefilter
	maxNeed = 3  // sets used as a prefilter
)

// MustCompile is regexp.MustCompile with the literals worked out; it
// panics on a bad expression, as regexp.MustCompile does, so it is for
// expressions written in the program.
func MustCompile(expr string) *Regexp {
	re, err := Compile(expr)
	if err != nil {
		panic(`fastre: Compile(` + expr + `): ` + err.Error())
	}
	return re
}

// Compile is regexp.Compile with the literals worked out. The expression
// is parsed now, so that a bad one is reported here, with regexp's error;
// the search program is built on first use.
func Compile(expr string) (*Regexp, error) {
	if _, err := syntax.Parse(expr, syntax.Perl); err != nil {
		return nil, err
	}
	return &Regexp{expr: expr}, nil
}

// Regexp returns the regexp.Regexp that re answers as, building it on
// first use.
func (re *Regexp) Regexp() *regexp.Regexp {
	re.stdOnce.Do(func() { re.std = regexp.MustCompile(re.expr) })
	return re.std
}

// String returns the source text of the expression.
func (re *Regexp) String() string { return re.expr }

// prepare works out the literals and branches, once, on first use: a
// command that reads one file pays only for the rules it runs.
func (re *Regexp) prepare() {
	re.once.Do(func() {
		tree, err := syntax.Parse(re.expr, syntax.Perl)
		if err != nil {
			return // regexp accepted it: keep the plain search
		}
		tree = tree.Simplify()
		in := analyze(tree)
		re.need = pickNeed(in)
		re.scans = make([]*firstBytes, len(re.need))
		for i, set := range re.need {
			if len(set) >= scanSet {
				re.scans[i] = newRareBytes(set)
			}
		}
		if in.hasPrefix && !readsStart(tree) && !hasEmpty(in.prefix) {
			re.prefix = in.prefix
			if len(re.prefix) >= scanSet {
				re.prefixScan = newFirstBytes(re.prefix)
			}
		}
		if len(re.expr) > splitLen {
			var subs []*Regexp
			for _, b := range branches(re.expr) {
				sub, err := Compile(b)
				if err != nil {
					return
				}
				subs = append(subs, sub)
			}
			re.branches = subs
		}
	})
}

// branches splits expr at its top-level "|" into expressions that each
// stand alone (a leading flag group such as "(?i)" is given to each), or
// returns nil when it has no such choice or sets flags midway, which
// would reach into the branches after it.
func branches(expr string) []string {
	flags := ""
	if strings.HasPrefix(expr, "(?") {
		if end := strings.IndexByte(expr, ')'); end > 0 && isFlagGroup(expr[2:end]) {
			flags, expr = expr[:end+1], expr[end+1:]
		}
	}
	// "\b(?:a|b)" is "\ba" or "\bb", and "\b(?:a|b)\b" is "\ba\b" or "\bb\b"
	if inner, suffix, ok := wordGroup(expr); ok {
		subs := branches(inner)
		for i, b := range subs {
			subs[i] = flags + `\b(?:` + b + `)` + suffix
		}
		return subs
	}
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(expr); i++ {
		switch expr[i] {
		case '\\':
			if i+1 < len(expr) && expr[i+1] == 'Q' {
				return nil // \Q...\E quotes "|" and parentheses
			}
			i++
		case '[':
			i = classEnd(expr, i)
			if i < 0 {
				return nil
			}
		case '(':
			if strings.HasPrefix(expr[i:], "(?") {
				if end := strings.IndexAny(expr[i+2:], ":)"); end >= 0 && expr[i+2+end] == ')' {
					return nil // a flag group midway
				}
			}
			depth++
		case ')':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, flags+expr[start:i])
				start = i + 1
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, flags+expr[start:])
}

// wordGroup reports whether expr is "\b(?:inner)" or "\b(?:inner)\b", one
// group after a word boundary, and returns inner and what follows it.
func wordGroup(expr string) (inner, suffix string, ok bool) {
	if !strings.HasPrefix(expr, `\b(?:`) {
		return "", "", false
	}
	depth := 0
	for i := 2; i < len(expr); i++ {
		switch expr[i] {
		case '\\':
			if i+1 < len(expr) && expr[i+1] == 'Q' {
				return "", "", false
			}
			i++
		case '[':
			if i = classEnd(expr, i); i < 0 {
				return "", "", false
			}
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				rest := expr[i+1:]
				if rest != "" && rest != `\b` {
					return "", "", false
				}
				return expr[len(`\b(?:`):i], rest, true
			}
		}
	}
	return "", "", false
}

// isFlagGroup reports whether s, the inside of "(?...)", only sets flags.
func isFlagGroup(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("imsU-", rune(s[i])) {
			return false
		}
	}
	return true
}

// classEnd returns the index of the "]" that closes the character class
// opening at expr[i], or -1.
func classEnd(expr string, i int) int {
	j := i + 1
	if j < len(expr) && expr[j] == '^' {
		j++
	}
	if j < len(expr) && expr[j] == ']' {
		j++ // a "]" first is a member
	}
	for ; j < len(expr); j++ {
		switch expr[j] {
		case '\\':
			j++
		case '[':
			if j+1 < len(expr) && expr[j+1] == ':' { // [:alpha:]
				if end := strings.Index(expr[j+2:], ":]"); end >= 0 {
					j += 2 + end + 1
				}
			}
		case ']':
			return j
		}
	}
	return -1
}

// possible reports whether s holds a literal of every needed set.
func (re *Regexp) possible(s string) bool {
	for i, set := range re.need {
		if fb := re.scans[i]; fb != nil {
			if !fb.in(s) {
				return false
			}
			continue
		}
		found := false
		for _, l := range set {
			if contains(s, l) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// start returns where in s the search may begin without changing what
// it finds: before the first place a match could start, at a position
// whose preceding character is no word character (so \b and \B read the
// same there as at the start of a text). ok is false when no match is
// possible.
func (re *Regexp) start(s string) (q int, ok bool) {
	re.prepare()
	if !re.possible(s) {
		return 0, false
	}
	if len(re.prefix) == 0 {
		return 0, true
	}
	first := firstOf(s, re.prefix, re.prefixScan)
	if first < 0 {
		return 0, false
	}
	for first > 0 && isWordByte(s[first-1]) {
		first--
	}
	return first, true
}

// isWordByte reports whether c is an ASCII word character as \b sees it.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// shift adds q to every found offset of loc.
func shift(loc []int, q int) []int {
	if loc == nil || q == 0 {
		return loc
	}
	for i, v := range loc {
		if v >= 0 {
			loc[i] = v + q
		}
	}
	return loc
}

// MatchString is regexp.Regexp.MatchString.
func (re *Regexp) MatchString(s string) bool {
	re.prepare()
	if re.branches != nil {
		if !re.possible(s) {
			return false
		}
		for _, b := range re.branches {
			if b.MatchString(s) {
				return true
			}
		}
		return false
	}
	q, ok := re.start(s)
	return ok && re.Regexp().MatchString(s[q:])
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (re *Regexp) FindStringIndex(s string) []int {
	q, ok := re.start(s)
	if !ok {
		return nil
	}
	return shift(re.Regexp().FindStringIndex(s[q:]), q)
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	q, ok := re.start(s)
	if !ok {
		return nil
	}
	return shift(re.Regexp().FindStringSubmatchIndex(s[q:]), q)
}

// FindString is regexp.Regexp.FindString.
func (re *Regexp) FindString(s string) string {
	if loc := re.FindStringIndex(s); loc != nil {
		return s[loc[0]:loc[1]]
	}
	return ""
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (re *Regexp) FindStringSubmatch(s string) []string {
	q, ok := re.start(s)
	if !ok {
		return nil
	}
	return re.Regexp().FindStringSubmatch(s[q:])
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	q, ok := re.start(s)
	if !ok {
		return nil
	}
	all := re.Regexp().FindAllStringIndex(s[q:], n)
	for _, loc := range all {
		shift(loc, q)
	}
	return all
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	q, ok := re.start(s)
	if !ok {
		return nil
	}
	all := re.Regexp().FindAllStringSubmatchIndex(s[q:], n)
	for _, loc := range all {
		shift(loc, q)
	}
	return all
}

// FindAllString is regexp.Regexp.FindAllString.
func (re *Regexp) FindAllString(s string, n int) []string {
	q, ok := re.start(s)
	if !ok {
		return nil
	}
	return re.Regexp().FindAllString(s[q:], n)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	q, ok := re.start(s)
	if !ok {
		return nil
	}
	return re.Regexp().FindAllStringSubmatch(s[q:], n)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	q, ok := re.start(src)
	if !ok {
		return src
	}
	return src[:q] + re.Regexp().ReplaceAllString(src[q:], repl)
}

// ReplaceAllLiteralString is regexp.Regexp.ReplaceAllLiteralString.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	q, ok := re.start(src)
	if !ok {
		return src
	}
	return src[:q] + re.Regexp().ReplaceAllLiteralString(src[q:], repl)
}

// ReplaceAllStringFunc is regexp.Regexp.ReplaceAllStringFunc.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	q, ok := re.start(src)
	if !ok {
		return src
	}
	return src[:q] + re.Regexp().ReplaceAllStringFunc(src[q:], repl)
}

// Split is regexp.Regexp.Split.
func (re *Regexp) Split(s string, n int) []string { return re.Regexp().Split(s, n) }

// FindSubmatch is regexp.Regexp.FindSubmatch.
func (re *Regexp) FindSubmatch(b []byte) [][]byte { return re.Regexp().FindSubmatch(b) }

// contains reports whether s holds l.
func contains(s string, l lit) bool { return index(s, l) >= 0 }

// index returns where l first occurs in s, or -1. A folded literal is
// looked for by its first byte in either case (two IndexByte scans, each
// rerun only past a place it found), then compared case-blind.
func index(s string, l lit) int {
	if !l.fold {
		return strings.Index(s, l.s)
	}
	n := len(l.s)
	if n == 0 {
		return 0
	}
	lo, up := l.s[0], l.s[0]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	last := len(s) - n // the last place l may start
	next := func(c byte, from int) int {
		if from > last {
			return -1
		}
		if i := strings.IndexByte(s[from:last+1], c); i >= 0 {
			return from + i
		}
		return -1
	}
	a, b := next(lo, 0), -1
	if up != lo {
		b = next(up, 0)
	}
	for a >= 0 || b >= 0 {
		i := a
		if i < 0 || b >= 0 && b < i {
			i = b
		}
		if equalFoldASCII(s[i:i+n], l.s) {
			return i
		}
		if i == a {
			a = next(lo, i+1)
		} else {
			b = next(up, i+1)
		}
	}
	return -1
}

// equalFoldASCII reports whether s, ASCII-lower-cased, is low.
func equalFoldASCII(s, low string) bool {
	for i := 0; i < len(low); i++ {
		b := s[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != low[i] {
			return false
		}
	}
	return true
}
