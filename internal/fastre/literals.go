package fastre

import "strings"

// scanSet is the size from which a set is looked for in one pass.
const scanSet = 8

// firstBytes is a set of literals by first byte: bucket[at[c]-1] holds
// the literals that may start at a byte c (at[c] is 0 for none). A set is
// a few hundred bytes, so that every rule may hold some. Built by
// newRareBytes, it is keyed instead by each literal's rarest byte (see
// in).
type firstBytes struct {
	at     [256]uint8
	bucket [][]lit
	// off holds, bucket by bucket, the offset in each literal of the
	// byte it is keyed by (nil when every literal is keyed by its first).
	off [][]int
}

func newFirstBytes(set []lit) *firstBytes {
	fb := &firstBytes{}
	for _, l := range set {
		fb.add(l, 0)
	}
	return fb
}

// newRareBytes is newFirstBytes keyed by the byte of each literal that
// stands least often in prose: a key that stands at every other word (a
// space, an "e") would have its literals compared at every other word.
// The set can then only be tested for (in), not located (find).
func newRareBytes(set []lit) *firstBytes {
	fb := &firstBytes{}
	for _, l := range set {
		k := 0
		for i := 1; i < len(l.s); i++ {
			if byteFreq(l.s[i], l.fold) < byteFreq(l.s[k], l.fold) {
				k = i
			}
		}
		fb.add(l, k)
	}
	return fb
}

// add indexes l by its byte at k, in both cases when l is folded.
func (fb *firstBytes) add(l lit, k int) {
	put := func(c byte) {
		if fb.at[c] == 0 {
			fb.bucket = append(fb.bucket, nil)
			fb.off = append(fb.off, nil)
			fb.at[c] = uint8(len(fb.bucket))
		}
		b := fb.at[c] - 1
		fb.bucket[b] = append(fb.bucket[b], l)
		fb.off[b] = append(fb.off[b], k)
	}
	c := l.s[k]
	put(c)
	if l.fold && 'a' <= c && c <= 'z' {
		put(c - 'a' + 'A')
	}
}

// letterFreq ranks the lower-case letters by how often they stand in
// English prose, most often first.
const letterFreq = "etaoinshrdlcumwfgypbvkjxqz"

// byteFreq is a rough rank of how often c stands in prose (higher is more
// often); a folded letter counts in both cases.
func byteFreq(c byte, fold bool) int {
	switch {
	case c == ' ':
		return 100
	case 'a' <= c && c <= 'z':
		return 60 - 2*strings.IndexByte(letterFreq, c)
	case 'A' <= c && c <= 'Z':
		if fold {
			return 60 - 2*strings.IndexByte(letterFreq, c-'A'+'a')
		}
		return 4
	case c == ',' || c == '.':
		return 8
	}
	return 4
}

// in reports whether s holds one of the literals.
func (fb *firstBytes) in(s string) bool {
	for i := 0; i < len(s); i++ {
		b := fb.at[s[i]]
		if b == 0 {
			continue
		}
		for j, l := range fb.bucket[b-1] {
			start := i - fb.off[b-1][j]
			if start < 0 || len(s)-start < len(l.s) {
				continue
			}
			if l.fold {
				if equalFoldASCII(s[start:start+len(l.s)], l.s) {
					return true
				}
			} else if s[start:start+len(l.s)] == l.s {
				return true
			}
		}
	}
	return false
}

// find returns where the first of the literals in s starts, or -1.
func (fb *firstBytes) find(s string) int {
	for i := 0; i < len(s); i++ {
		b := fb.at[s[i]]
		if b == 0 {
			continue
		}
		for _, l := range fb.bucket[b-1] {
			if len(s)-i < len(l.s) {
				continue
			}
			if l.fold {
				if equalFoldASCII(s[i:i+len(l.s)], l.s) {
					return i
				}
			} else if s[i:i+len(l.s)] == l.s {
				return i
			}
		}
	}
	return -1
}

// firstOf returns where the first of the literals starts in s, or -1:
// in one pass when they are indexed by first byte (scan), else by one
// search per literal, each bounded by the best found so far.
func firstOf(s string, lits []lit, scan *firstBytes) int {
	if scan != nil {
		return scan.find(s)
	}
	first := -1
	for _, l := range lits {
		hay := s
		if first >= 0 {
			hay = s[:min(len(s), first+len(l.s)-1)]
		}
		if i := index(hay, l); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}
