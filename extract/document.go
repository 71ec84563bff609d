package extract

import "strings"

// Span is a half-open byte range [Start, End) into Document.Text.
//
// Every value the extractor sets carries the Span of the text it came from,
// so that a record can always be traced back to its evidence.
type Span struct {
	Start int `yaml:"start" json:"start"`
	End   int `yaml:"end" json:"end"`
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether s is a non-empty range inside a text of length n.
func (s Span) Valid(n int) bool { return s.Start >= 0 && s.Start < s.End && s.End <= n }

// In returns the text s covers in src, or "" when s does not fit src.
func (s Span) In(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}

// Shift returns s moved by off bytes.
func (s Span) Shift(off int) Span { return Span{s.Start + off, s.End + off} }

// Cover returns the smallest span holding both s and t.
func (s Span) Cover(t Span) Span {
	if t.Start < s.Start {
		s.Start = t.Start
	}
	if t.End > s.End {
		s.End = t.End
	}
	return s
}

// BlockKind says what part of a readout a Block is.
type BlockKind uint8

// The kinds of block ingest produces.
const (
	// Paragraph is body text: the lead statement, a continuation paragraph
	// of a numbered item, or an unnumbered paragraph.
	Paragraph BlockKind = iota + 1
	// Item is the first paragraph of a numbered list item, marker included.
	Item
	// Heading is a heading inside the body (an HTML <h2>..<h6>, or a short
	// title-like line in text).
	Heading
	// Title is the page's own title.
	Title
	// Dateline is the release's date line (or a date taken from metadata).
	Dateline
	// Caption is a photo caption: kept for the record's captions, never
	// read as body text.
	Caption
)

var blockKindNames = [...]string{"", "paragraph", "item", "heading", "title", "dateline", "caption"}

// String returns the kind's lower-case name.
func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "unknown"
}

// Block is one unit of a cleaned readout: a line or paragraph of
// Document.Text, with its place in the document's structure.
type Block struct {
	// Kind says what the block is.
	Kind BlockKind
	// Span is the whole block in Document.Text, marker included.
	Span Span
	// Body is the block's text without its list marker or bullet; equal to
	// Span when there is none.
	Body Span
	// Marker is the list marker as written ("1.", "(1)", "（1）", "I.",
	// "(a)", "1") or as rendered from HTML <ol> numbering; a bullet ("•",
	// "-") for a bulleted paragraph; "" for none.
	Marker string
	// Number is the ordinal of a numbered Item (1-based: "(b)" is 2, "IV."
	// is 4); 0 for anything else.
	Number int
	// Depth is the list nesting level: 0 outside any numbered list, 1 for a
	// top-level Item and the continuation paragraphs it holds, 2 for its
	// sub-items and theirs, and so on.
	Depth int
}

// Document is a readout after ingest: its real content as one cleaned text
// (entities decoded, white space folded inside each block, boilerplate
// removed) and the blocks that text is made of, in reading order.
//
// Blocks are separated in Text by a blank line ("\n\n"); a block's own text
// holds no newline. Every Span in a Document and in the record extracted
// from it is a byte range into Text.
type Document struct {
	// Text is the cleaned readout.
	Text string
	// Blocks are the parts of Text in reading order.
	Blocks []Block
	// Meta is what the page says about itself outside its text.
	Meta Meta
	// Removed lists the boilerplate ingest dropped (navigation, share bars,
	// "Back to ..." links, footers), as cleaned lines, for inspection.
	Removed []string
	// Warnings are doubts ingest raised (a repaired encoding, say).
	Warnings []string
}

// Meta is what a page says about itself outside its body text.
type Meta struct {
	// Format is "html" or "text".
	Format string
	// SourceURL is the page's address when the page states it (front
	// matter, <link rel=canonical>, og:url).
	SourceURL string
	// Site is the publishing site's name when the page states it
	// ("Ministry of Foreign Affairs of Japan", from a <title> suffix or
	// og:site_name).
	Site string
}

// BlockText returns the text of b.
func (d *Document) BlockText(b Block) string { return b.Span.In(d.Text) }

// BodyText returns the text of b without its marker.
func (d *Document) BodyText(b Block) string { return b.Body.In(d.Text) }

// DocBuilder builds a Document block by block, keeping Text and the blocks'
// spans in step. Ingest uses it; so do tests that need a small document.
type DocBuilder struct {
	sb     strings.Builder
	doc    Document
	folder strings.Builder
}

// Add appends a block of the given kind whose text is text (white space is
// folded; an empty block is dropped) and returns its index, or -1 when
// nothing was added. marker is written before the text, separated by one
// space; number and depth are stored as given.
func (b *DocBuilder) Add(kind BlockKind, marker string, number, depth int, text string) int {
	text = b.fold(text)
	marker = strings.TrimSpace(marker)
	if text == "" && marker == "" {
		return -1
	}
	if b.sb.Len() > 0 {
		b.sb.WriteString("\n\n")
	}
	start := b.sb.Len()
	bodyStart := start
	if marker != "" {
		b.sb.WriteString(marker)
		if text != "" {
			b.sb.WriteByte(' ')
		}
		bodyStart = b.sb.Len()
	}
	b.sb.WriteString(text)
	end := b.sb.Len()
	b.doc.Blocks = append(b.doc.Blocks, Block{
		Kind: kind, Span: Span{start, end}, Body: Span{bodyStart, end},
		Marker: marker, Number: number, Depth: depth,
	})
	return len(b.doc.Blocks) - 1
}

// Remove records a line of boilerplate that ingest dropped.
func (b *DocBuilder) Remove(text string) {
	if t := b.fold(text); t != "" {
		b.doc.Removed = append(b.doc.Removed, t)
	}
}

// Warn records a doubt about the input.
func (b *DocBuilder) Warn(msg string) { b.doc.Warnings = append(b.doc.Warnings, msg) }

// SetMeta sets the document's metadata.
func (b *DocBuilder) SetMeta(m Meta) { b.doc.Meta = m }

// Len returns the number of blocks added so far.
func (b *DocBuilder) Len() int { return len(b.doc.Blocks) }

// Block returns a pointer to block i, for ingest to adjust its Kind,
// Number or Depth after the fact. Spans must not be changed.
func (b *DocBuilder) Block(i int) *Block { return &b.doc.Blocks[i] }

// Document returns the finished document. The builder must not be used
// afterwards.
func (b *DocBuilder) Document() *Document {
	b.doc.Text = b.sb.String()
	d := b.doc
	return &d
}

// fold trims s and folds every run of white space (including newlines and
// no-break spaces) to one space, and drops control characters.
func (b *DocBuilder) fold(s string) string {
	b.folder.Reset()
	space := false
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' ||
			r == '\u00a0' || r == '\u2002' || r == '\u2003' || r == '\u2009' || r == '\u200a' ||
			r == '\u202f' || r == '\u3000' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			space = true
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || r == '\ufeff' || r == '\u200b':
			// control characters and zero-width marks carry no text
		default:
			if space && b.folder.Len() > 0 {
				b.folder.WriteByte(' ')
			}
			space = false
			b.folder.WriteRune(r)
		}
	}
	return b.folder.String()
}
