package ingest

import (
	"fmt"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// This file turns the raw bytes of a page into UTF-8. After openInput
// (binary refused, a byte order mark read; see decode.go) it reads the
// page's own declaration (<meta charset>, http-equiv, <?xml encoding?>),
// then detects among the legacy encodings readouts are published in
// (Windows-1252 and ISO-8859-1, Shift_JIS, EUC-JP).

// charsetScan is how far into a page a charset declaration is looked for:
// the HTML prescan stops at 1,024 bytes, but real pages often declare it
// after a long head.
const charsetScan = 64 << 10

// reDeclaredCharset finds a declared charset: <meta charset=...>,
// <meta http-equiv="Content-Type" content="...; charset=...">, or an XML
// declaration's encoding.
var reDeclaredCharset = fastre.MustCompile(`(?i)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:\-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_.:\-]+)`)

// decodeHTML returns raw as UTF-8, with warnings about a repaired or
// guessed encoding. Binary input fails with ErrNotText.
func decodeHTML(raw []byte) ([]byte, []string, error) {
	raw, bom, err := openInput(raw)
	if err != nil {
		return nil, nil, err
	}
	if bom {
		out, warn := repairUTF8(raw)
		if warn != "" {
			return out, []string{warn}, nil
		}
		return out, nil, nil
	}
	ascii := isASCII(raw)
	if ascii {
		return raw, nil, nil
	}
	valid := utf8.Valid(raw)
	if label := declaredCharset(raw); label != "" {
		e, name := charset.Lookup(label)
		switch {
		case e == nil:
			w := fmt.Sprintf("unknown declared charset %q; the encoding was guessed", label)
			out, ws, err := guessEncoding(raw, valid)
			return out, append([]string{w}, ws...), err
		case name == "utf-8" || name == "utf-16le" || name == "utf-16be":
			// A page that reached us as bytes and declares UTF-16 is
			// ASCII-compatible: the HTML standard reads it as UTF-8.
			if valid {
				return raw, nil, nil
			}
			out, ws, err := guessEncoding(raw, false)
			return out, append([]string{"the page declares UTF-8 but is not valid UTF-8; " + ws[0]}, ws[1:]...), err
		case valid:
			return raw, []string{fmt.Sprintf("the page declares %s but is valid UTF-8; read as UTF-8", name)}, nil
		default:
			out, err := decodeWith(e.NewDecoder(), raw)
			return out, nil, err
		}
	}
	return guessEncoding(raw, valid)
}

// guessEncoding decodes an undeclared page: UTF-8 when it is valid, else
// the legacy encoding whose reading looks most like text. Its first
// warning always says what was chosen.
func guessEncoding(raw []byte, valid bool) ([]byte, []string, error) {
	if valid {
		return raw, []string{"no charset declared; read as UTF-8"}, nil
	}
	name, e := detectLegacy(raw)
	out, err := decodeWith(e.NewDecoder(), raw)
	return out, []string{"no usable charset declared; detected " + name}, err
}

// decodeWith runs a decoder over raw.
func decodeWith(d interface {
	Bytes([]byte) ([]byte, error)
}, raw []byte) ([]byte, error) {
	out, err := d.Bytes(raw)
	if err != nil {
		return nil, fmt.Errorf("decode page: %w", err)
	}
	return out, nil
}

// isASCII reports whether raw is 7-bit.
func isASCII(raw []byte) bool {
	for _, c := range raw {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// declaredCharset returns the charset label a page declares, or "".
func declaredCharset(raw []byte) string {
	head := raw
	if len(head) > charsetScan {
		head = head[:charsetScan]
	}
	m := reDeclaredCharset.FindSubmatch(head)
	if m == nil {
		return ""
	}
	if len(m[1]) > 0 {
		return string(m[1])
	}
	return string(m[2])
}

// legacyCandidate is a multi-byte encoding detection may choose.
type legacyCandidate struct {
	name string
	enc  encoding.Encoding
}

// legacyCandidates are tried in this order; EUC-JP first, because EUC-JP
// text also decodes, as half-width katakana, under Shift_JIS.
var legacyCandidates = []legacyCandidate{
	{"EUC-JP", japanese.EUCJP},
	{"Shift_JIS", japanese.ShiftJIS},
}

// detectLegacy picks the encoding of non-UTF-8 bytes: a Japanese multi-byte
// encoding when it decodes raw without errors into kana and kanji, else
// Windows-1252 (which also reads ISO-8859-1).
func detectLegacy(raw []byte) (string, encoding.Encoding) {
	best, bestScore := "windows-1252", 0
	var bestEnc encoding.Encoding = charmap.Windows1252
	for _, c := range legacyCandidates {
		if s := japaneseScore(c.enc, raw); s > bestScore {
			best, bestEnc, bestScore = c.name, c.enc, s
		}
	}
	return best, bestEnc
}

// japaneseScore rates how much raw, decoded with e, reads as Japanese: the
// number of kana and kanji, or 0 when decoding meets more than one bad
// sequence in a hundred characters, finds no kana, or
// yields mostly half-width katakana or other scripts.
func japaneseScore(e encoding.Encoding, raw []byte) int {
	out, err := e.NewDecoder().Bytes(raw)
	if err != nil {
		return 0
	}
	var kana, kanji, halfwidth, other, bad int
	for _, r := range string(out) {
		switch {
		case r < 0x80:
		case r == utf8.RuneError:
			bad++
		case r >= 0x3040 && r <= 0x30ff:
			kana++
		case r >= 0x4e00 && r <= 0x9fff, r >= 0x3000 && r <= 0x303f, r >= 0xff01 && r <= 0xff5e:
			kanji++
		case r >= 0xff61 && r <= 0xff9f:
			halfwidth++
		default:
			other++
		}
	}
	jp := kana + kanji
	if bad*100 > jp || kana == 0 || jp < 4*(halfwidth+other) {
		return 0
	}
	return jp
}
