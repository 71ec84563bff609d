package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"
)

// word is one token of a passage with its byte span in the document text,
// as the participant rules see it: initials ("J.") and dottedAbbrevs
// ("Prof.") are whole words, and punctuation stands alone.
type word struct {
	// text is the word as written.
	text string
	// norm is text lower-cased, without a final dot, with curly
	// apostrophes made straight: "H.E." is "h.e", "Dato’" is "dato'".
	norm string
	// span is where the word is in the document text.
	span Span
	// cap is true when the word starts with an upper-case letter.
	cap bool
}

// allCaps reports whether the word is written in capitals only and holds
// at least two letters ("IWAYA", "NATO").
func (w word) allCaps() bool {
	n := 0
	for _, r := range w.text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// is reports whether the word's normal form is one of ss.
func (w word) is(ss ...string) bool {
	for _, s := range ss {
		if w.norm == s {
			return true
		}
	}
	return false
}

// punct reports whether the word is a single punctuation mark.
func (w word) punct() bool {
	r, n := utf8.DecodeRuneInString(w.text)
	return n == len(w.text) && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

// wordTokenizer is prose's wordTokenizer, created once.
var wordTokenizer = sync.OnceValue(func() *tokenize.Tokenizer { return tokenize.New() })

// proseTokens returns prose's tokens of text, as its Tokenizer.Tokenize
// gives them, faster. prose splits the text at white space and then each
// run of other characters on its own (prefixes, contractions, suffixes,
// emoticons, abbreviations), so a run is handed to prose alone, with its
// offset added; a plain run (ASCII letters and digits, hyphens and
// slashes), most of a readout, is one token whatever prose's tests say,
// since none of its prefixes, suffixes or contractions can be in it, and
// is taken as it is without them.
func proseTokens(text string) []tokenize.Token {
	out := make([]tokenize.Token, 0, len(text)/5+2)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j, plain := i, true
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				plain = plain && plainByte[c]
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			plain = false
			j += n
		}
		if plain {
			out = append(out, tokenize.Token{Text: text[i:j], Start: i})
		} else {
			for _, t := range wordTokenizer().Tokenize(text[i:j]) {
				t.Start += i
				out = append(out, t)
			}
		}
		i = j
	}
	return out
}

// asciiSpace and plainByte sort ASCII bytes for proseTokens: white space
// as unicode.IsSpace has it, and the bytes of a plain run.
var asciiSpace, plainByte = func() (space, plain [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		space[c] = unicode.IsSpace(rune(c))
		plain[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '/'
	}
	return
}()

// dottedAbbrevs are words written with a dot that prose splits off
// ("Prof" "."): the dot is joined back so the word stays one token.
var dottedAbbrevs = newLexicon(`prof sen rep gov eng amb lt col gen capt hon rt st mt dept
maj cmdr adm sgt supt insp brig messrs mme mlle hon'ble`)

// apostropheWords are words written with a final apostrophe that belongs
// to them ("Dato’").
var apostropheWords = newLexicon(`dato`)

// guestModifierList holds the lower-case words that stand between "the"
// and a post: "the newly appointed Ambassador of France", "the outgoing
// Israeli Ambassador", "the visiting Prime Minister".
const guestModifierList = `new newly appointed accredited arrived elected visiting outgoing incoming
departing non-resident resident`

// guestModifiers is guestModifierList as a lexicon.
var guestModifiers = newLexicon(guestModifierList)

// words splits the text at s into words. The slice returned is shared
// by every caller asking for s: it is read, never written, and its
// capacity is its length, so that an append copies it.
func (x *reader) words(s Span) []word {
	if ws, ok := x.wordCache[s]; ok {
		return ws
	}
	ws := x.splitWords(s)
	if x.wordCache == nil {
		x.wordCache = map[Span][]word{}
	}
	x.wordCache[s] = ws
	return ws
}

// splitWords does the work of words.
func (x *reader) splitWords(s Span) []word {
	if !s.Valid(len(x.text)) {
		return nil
	}
	toks := proseTokens(x.text[s.Start:s.End])
	out := make([]word, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		start, end := s.Start+t.Start, s.Start+t.End()
		if i+1 < len(toks) && toks[i+1].Start == t.End() {
			next := toks[i+1].Text
			lower := strings.ToLower(t.Text)
			switch {
			case next == "." && (isInitialLetter(t.Text) || dottedAbbrevs[lower]):
				end++
				i++
			case (next == "'" || next == "’") && apostropheWords[lower]:
				end += len(next)
				i++
			case isInitialLetter(t.Text) && apostropheName(next):
				// "O'Malley": prose splits "O" + "'Malley".
				end += len(next)
				i++
			}
		}
		// prose keeps a sentence's final dot on a short last word ("Wang
		// Yi."): split it off unless the word is an abbreviation or initial
		if text := x.text[start:end]; i == len(toks)-1 && len(text) > 2 && strings.HasSuffix(text, ".") &&
			!strings.Contains(text[:len(text)-1], ".") && !dottedAbbrevs[strings.ToLower(text[:len(text)-1])] &&
			!honorificWord(text) {
			out = append(out, newWord(text[:len(text)-1], Span{start, end - 1}), newWord(".", Span{end - 1, end}))
			continue
		}
		// prose keeps a dash glued to a word ("Jamaica—", "—Prime"): it
		// stands alone, as other punctuation does
		text := x.text[start:end]
		if d := dashSuffix(text); d > 0 && d < len(text) {
			out = append(out, newWord(text[:len(text)-d], Span{start, end - d}), newWord(text[len(text)-d:], Span{end - d, end}))
			continue
		}
		// a wire's tag glued to the lead's first word: "/ENA/Deputy"
		if k := strings.LastIndexByte(text, '/'); text[0] == '/' && k > 0 && k+1 < len(text) {
			out = append(out, newWord(text[:k+1], Span{start, start + k + 1}), newWord(text[k+1:], Span{start + k + 1, end}))
			continue
		}
		if d := dashPrefix(text); d > 0 && d < len(text) {
			out = append(out, newWord(text[:d], Span{start, start + d}), newWord(text[d:], Span{start + d, end}))
			continue
		}
		out = append(out, newWord(text, Span{start, end}))
	}
	return out[:len(out):len(out)]
}

// dashes are the long dashes a word may be glued to.
var dashes = []string{"—", "–"}

// dashSuffix returns the length of the long dash s ends with, or 0.
func dashSuffix(s string) int {
	for _, d := range dashes {
		if strings.HasSuffix(s, d) {
			return len(d)
		}
	}
	return 0
}

// dashPrefix returns the length of the long dash s starts with, or 0.
func dashPrefix(s string) int {
	for _, d := range dashes {
		if strings.HasPrefix(s, d) {
			return len(d)
		}
	}
	return 0
}

// honorificWord reports whether a dotted word is an honorific ("Mr.",
// "Dr.", "Jr.") whose dot belongs to it.
func honorificWord(text string) bool {
	switch strings.ToLower(strings.TrimSuffix(text, ".")) {
	case "mr", "mrs", "ms", "dr", "jr", "sr", "st", "no", "h.e":
		return true
	}
	return false
}

// newWord returns the word text found at sp.
func newWord(text string, sp Span) word {
	r, _ := utf8.DecodeRuneInString(text)
	norm := strings.ToLower(text)
	if len(norm) > 1 {
		norm = strings.TrimSuffix(norm, ".")
	}
	norm = strings.ReplaceAll(norm, "’", "'")
	return word{text: text, norm: norm, span: sp, cap: unicode.IsUpper(r)}
}

// apostropheName reports whether s is the rest of a name such as
// "O'Malley" or "D’Souza" after its first letter: an apostrophe and a
// capital.
func apostropheName(s string) bool {
	for _, a := range []string{"'", "’"} {
		if rest, ok := strings.CutPrefix(s, a); ok {
			r, _ := utf8.DecodeRuneInString(rest)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isInitialLetter reports whether s is a single capital letter (an initial once
// its dot is joined).
func isInitialLetter(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && unicode.IsUpper(r)
}

// wordsSpan returns the span from the start of ws[i] to the end of ws[j-1].
func wordsSpan(ws []word, i, j int) Span {
	if i < 0 || j > len(ws) || i >= j {
		return Span{}
	}
	return Span{ws[i].span.Start, ws[j-1].span.End}
}

// phraseOf returns the text of ws[i:j] as written in a folded text: words
// apart in the text joined by one space, adjacent ones ("People" "’s")
// joined directly.
func phraseOf(ws []word, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && ws[k].span.Start > ws[k-1].span.End {
			b.WriteByte(' ')
		}
		b.WriteString(ws[k].text)
	}
	return b.String()
}
