package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/controls"
	"golang.org/x/text/encoding/unicode"
)

// This file holds the decoding text and HTML ingest share: refusing binary
// input, byte order marks (UTF-8 and UTF-16) and repairing invalid UTF-8.
// What is left to HTML alone, a declared or detected legacy charset, is in
// encoding.go.

// binarySignatures are the openings of binary files a user may hand the
// tool by mistake, named .html or .txt.
var binarySignatures = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("GIF8"), []byte("\xff\xd8\xff"),
	[]byte("PK\x03\x04"), []byte("\x1f\x8b"), []byte("BZh"), []byte("\x7fELF"),
	[]byte("RIFF"), []byte("\xd0\xcf\x11\xe0"),
}

// sniffLen is how much of the input is inspected for control bytes.
const sniffLen = 8 << 10

// utf8BOM is the UTF-8 byte order mark.
var utf8BOM = []byte("\xef\xbb\xbf")

// openInput does the decoding both formats begin with. It refuses binary
// input with ErrNotText (a known file signature, a NUL byte, or many
// control bytes), decodes UTF-16 that opens with a byte order mark and
// drops a UTF-8 one. bom reports whether raw had a byte order mark, so
// that its encoding is known; the bytes returned may still be invalid
// UTF-8.
func openInput(raw []byte) (out []byte, bom bool, err error) {
	for _, m := range binarySignatures {
		if bytes.HasPrefix(raw, m) {
			return nil, false, fmt.Errorf("%w: input starts with a binary file signature %q", ErrNotText, m)
		}
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xfe, 0xff}), bytes.HasPrefix(raw, []byte{0xff, 0xfe}):
		// ExpectBOM: the mark says which byte order, and is dropped.
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return nil, false, fmt.Errorf("decode UTF-16: %w", err)
		}
		raw, bom = out, true
	case bytes.HasPrefix(raw, utf8BOM):
		raw, bom = raw[len(utf8BOM):], true
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return nil, false, fmt.Errorf("%w: NUL byte at offset %d", ErrNotText, i)
	}
	head := raw
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	if len(head) > 0 && ctl*20 > len(head) {
		return nil, false, fmt.Errorf("%w: %d control bytes in the first %d", ErrNotText, ctl, len(head))
	}
	return raw, bom, nil
}

// repairUTF8 returns raw with each run of invalid bytes replaced by
// U+FFFD and a warning that counts them, or raw itself and "" when it is
// valid UTF-8.
func repairUTF8(raw []byte) ([]byte, string) {
	if utf8.Valid(raw) {
		return raw, ""
	}
	n := countInvalidUTF8(raw)
	return bytes.ToValidUTF8(raw, []byte("\ufffd")), fmt.Sprintf("input is not valid UTF-8: %d invalid byte sequences replaced with U+FFFD", n)
}

// decodeText turns raw bytes into a string of valid UTF-8 with "\n" line
// ends and no control characters: openInput's checks and byte order
// marks, then invalid bytes replaced with U+FFFD (and a warning). A text
// file has no charset declaration, so no legacy encoding is guessed.
func decodeText(raw []byte, b *extract.DocBuilder) (string, error) {
	raw, _, err := openInput(raw)
	if err != nil {
		return "", err
	}
	raw, warn := repairUTF8(raw)
	if warn != "" {
		b.Warn(warn)
	}
	s := string(raw)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return controls.Strip(s), nil
}

// countInvalidUTF8 counts the runs of invalid bytes in p.
func countInvalidUTF8(p []byte) int {
	n, bad := 0, false
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		if r == utf8.RuneError && size == 1 {
			if !bad {
				n++
			}
			bad = true
		} else {
			bad = false
		}
		p = p[size:]
	}
	return n
}
