package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestProseTokensSameAsProse holds proseTokens to prose's own Tokenize on
// texts with every kind of run: plain words, affixes, contractions,
// abbreviations, emoticons, non-ASCII letters and spaces, and on the
// readouts in testdata.
func TestProseTokensSameAsProse(t *testing.T) {
	texts := []string{
		"", " ", "\n\n", "President Biden met Prime Minister Kishida.",
		`"We discussed (at length) the U.S.-Japan alliance," Mr. Yi said; it’s "good" [sic]!`,
		"Don't they'll we’re I'm isn't can’t O'Malley D’Souza Dato’ Sri",
		"xD 8D XDD :-) (-_-) ¯\\(ツ)/¯ -__- a/b x-y 3-4 $5 “quoted” ‘single’",
		"Kang, Kyung-wha — Jamaica—Prime /ENA/Deputy Addis Ababa February 15/2023 /ENA/",
		"São Paulo\u00a0Zürich\u3000東京 e.g. i.e. U.N. Dr. St. Ms. A.B.C.",
		"tab\tsep\r\nline  two   spaces", "\xff\xfe bad utf8 \xc3",
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	for _, f := range append(files, more...) {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, s := range texts {
		want := wordTokenizer().Tokenize(s)
		got := proseTokens(s)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			n := min(len(got), len(want))
			for i := 0; i < n; i++ {
				if got[i] != want[i] {
					t.Errorf("%.40q: token %d = %+v, prose %+v", s, i, got[i], want[i])
					break
				}
			}
			if len(got) != len(want) {
				t.Errorf("%.40q: %d tokens, prose %d", s, len(got), len(want))
			}
		}
	}
	if len(texts) < 20 {
		t.Errorf("only %d texts", len(texts))
	}
}
