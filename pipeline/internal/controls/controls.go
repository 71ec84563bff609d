// Package controls removes the control characters no record field may
// hold, for ingest (text, front matter) and for the record's source path
// and URL.
package controls

import (
	"regexp"
	"strings"
)

// reANSI is a terminal escape sequence (CSI, as in "\x1b[31m", or a
// two-byte escape such as "\x1bc"), which text captured from a console
// may hold.
var reANSI = regexp.MustCompile(`\x1b(?:\[[0-?]{0,32}[ -/]{0,8}[@-~]|[@-Z\\-~])`)

// Strip removes from s the control characters no field may hold:
// terminal escape sequences, C0 controls other than tab and newline (a
// form feed or vertical tab becomes a space), DEL and the C1 controls. It
// returns s itself when there are none.
func Strip(s string) string {
	if !Has(s) {
		return s
	}
	if strings.IndexByte(s, 0x1b) >= 0 {
		s = reANSI.ReplaceAllString(s, "")
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n':
			sb.WriteRune(r)
		case r == '\f' || r == '\v':
			sb.WriteByte(' ')
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// Has reports whether s holds a control character Strip removes.
func Has(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f || (c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xa0) {
			return true
		}
	}
	return false
}
