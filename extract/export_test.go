package extract

import "sort"

// This file exports test helpers of package extract to its external tests
// (the fuzz targets, which also validate records with package pipeline).

// PhraseDoc is phraseDoc: a dateline of refDate and phrase as one paragraph.
var PhraseDoc = phraseDoc

// CorpusPhrases returns every phrase, examples and negatives, of the
// registered corpora named, in a stable order.
func CorpusPhrases(names ...string) []string {
	var out []string
	for _, n := range names {
		c, ok := corpora[n]
		if !ok {
			panic("no corpus " + n)
		}
		for _, ex := range c.examples {
			out = append(out, ex.phrases...)
		}
		out = append(out, c.negatives...)
	}
	sort.Strings(out)
	return out
}
