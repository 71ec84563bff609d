package extract

import (
	"sort"
	"testing"
)

// This file runs every dimension's example corpus, Duckling-style: each
// dimension keeps, beside its rules (in its own _test.go file), phrases
// grouped by the value they must give and phrases that must give nothing,
// and registers them here with a probe that runs the dimension on one
// phrase. All probes see the same fixed reference date.

// refDate is the release date every corpus phrase is read against.
var refDate = NewDate(2025, 6, 24)

// example is a value and the phrases that must give it.
type example struct {
	want    string
	phrases []string
}

// corpus is one dimension's examples.
type corpus struct {
	// probe runs the dimension on a document made of phrase and renders
	// what it found as a string; ok is false when it found nothing.
	probe     func(phrase string) (got string, ok bool)
	examples  []example
	negatives []string
}

var corpora = map[string]corpus{}

// register adds a dimension's corpus; each _test.go file calls it from init.
func register(name string, c corpus) {
	if _, dup := corpora[name]; dup {
		panic("corpus registered twice: " + name)
	}
	corpora[name] = c
}

// phraseDoc returns a document holding a dateline of refDate and phrase as
// its one paragraph.
func phraseDoc(phrase string) *Document {
	var b DocBuilder
	b.SetMeta(Meta{Format: "text"})
	b.Add(Dateline, "", 0, 0, refDate.Time().Format("January 2, 2006"))
	b.Add(Paragraph, "", 0, 0, phrase)
	return b.Document()
}

// phraseRecord extracts the record of phraseDoc(phrase).
func phraseRecord(phrase string) *Record {
	return Extract(phraseDoc(phrase), Options{})
}

func TestCorpus(t *testing.T) {
	names := make([]string, 0, len(corpora))
	for n := range corpora {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		c := corpora[name]
		t.Run(name, func(t *testing.T) {
			for _, ex := range c.examples {
				for _, p := range ex.phrases {
					got, ok := c.probe(p)
					if !ok || got != ex.want {
						t.Errorf("%s: %q\n  got  %q (found=%v)\n  want %q", name, p, got, ok, ex.want)
					}
				}
			}
			for _, p := range c.negatives {
				if got, ok := c.probe(p); ok {
					t.Errorf("%s: %q must give nothing, got %q", name, p, got)
				}
			}
		})
	}
}
