package ingest

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"
)

// This file strips Markdown markup from a line of text.

// Markdown markup Text removes.
var (
	mdHeading   = fastre.MustCompile(`^(#{1,6})\s+(.*?)(?:\s+#+)?$`)
	mdImage     = fastre.MustCompile(`!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)`)
	mdLink      = fastre.MustCompile(`\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)`)
	mdAutoLink  = fastre.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdStrong    = fastre.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmphStar  = fastre.MustCompile(`(^|[\s(\["“])\*(\S(?:[^*]*?\S)?)\*`)
	mdEmphUnder = fastre.MustCompile(`(^|[\s(\["“])_(\S(?:[^_]*?\S)?)_([\s).,;:!?"”]|$)`)
	mdStray     = fastre.MustCompile(`\*\*+|__+`)
	mdEscape    = fastre.MustCompile("\\\\([!-/:-@\\[-`{-~])")
	mdEscaped   = fastre.MustCompile("[\uE000-\uE07F]")
	// mdEntity is a character reference a scraper left in text.
	mdEntity = fastre.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)
)

// cleanMarkdown strips Markdown inline markup from a line: links keep
// their text, images and emphasis marks go, inline HTML tags go, character
// references are decoded, and backslash escapes ("\###", "\*", "\_") give
// their character. Escaped characters are hidden while
// the markup is stripped, so "\*" never reads as emphasis.
func cleanMarkdown(s string) string {
	if !strings.ContainsAny(s, "\\*_[<&") {
		return s
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = stripInlineTags(s)
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = mdEntity.ReplaceAllStringFunc(s, html.UnescapeString)
	}
	// each rule runs only when its markup character is there at all
	escaped := strings.IndexByte(s, '\\') >= 0
	if escaped {
		s = mdEscape.ReplaceAllStringFunc(s, func(m string) string { return string(rune(0xE000 + int(m[1]))) })
	}
	if strings.IndexByte(s, '[') >= 0 {
		s = mdImage.ReplaceAllString(s, "")
		s = mdLink.ReplaceAllString(s, "$1")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = mdAutoLink.ReplaceAllString(s, "$1")
	}
	star, under := strings.IndexByte(s, '*') >= 0, strings.IndexByte(s, '_') >= 0
	if star || under {
		s = mdStrong.ReplaceAllString(s, "$2")
	}
	if star {
		s = mdEmphStar.ReplaceAllString(s, "$1$2")
	}
	if under {
		s = mdEmphUnder.ReplaceAllString(s, "$1$2$3")
	}
	if star || under {
		s = mdStray.ReplaceAllString(s, "")
	}
	if !escaped {
		return s
	}
	return mdEscaped.ReplaceAllStringFunc(s, func(m string) string {
		r, _ := utf8.DecodeRuneInString(m)
		return string(r - 0xE000)
	})
}
