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
	// brokenEntity is a character reference whose "&" a scraper dropped
	// ("Mikatirsquo;s", "government#39;s", "decisionnbsp;issued"): only
	// the quotes, spaces and dashes such pages are full of, none of them
	// the end of a word ("camp;" is no broken "&amp;").
	brokenEntity = fastre.MustCompile(`(?:[lr]squo|[lr]dquo|quot|nbsp|mdash|ndash|hellip|#39|#160|#821[1-2]|#821[6-9]|#822[0-1]);`)
)

// repairEntities decodes the character references of s whose "&" was
// dropped; a reference with its "&" is left to the decoding of
// cleanMarkdown. A no-break space becomes a space.
func repairEntities(s string) string {
	locs := brokenEntity.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		if l[0] > 0 && s[l[0]-1] == '&' {
			continue
		}
		b.WriteString(s[last:l[0]])
		ref := s[l[0]:l[1]]
		if ref == "nbsp;" || ref == "#160;" {
			b.WriteByte(' ')
		} else {
			b.WriteString(html.UnescapeString("&" + ref))
		}
		last = l[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// cleanMarkdown strips Markdown inline markup from a line: links keep
// their text, images and emphasis marks go, inline HTML tags go, character
// references are decoded (also those whose "&" a scraper dropped), and
// backslash escapes ("\###", "\*", "\_") give their character. Escaped
// characters are hidden while
// the markup is stripped, so "\*" never reads as emphasis.
func cleanMarkdown(s string) string {
	if strings.IndexByte(s, ';') >= 0 {
		s = repairEntities(s)
	}
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
