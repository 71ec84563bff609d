package ingest

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/readout/readout/extract"
)

// This file cleans an HTML page into a Document. The page is parsed once;
// one linear pass measures every element (its text, link text, images and
// paragraph density); the title, the dateline and the main content
// container are then chosen; and a second linear pass walks the body in
// reading order, emitting the content's paragraphs, headings, list items
// and captions as blocks and every other visible line as removed
// boilerplate. Both passes walk the tree by its sibling and parent links,
// so they use no recursion, and the parser caps nesting depth.

// maxNesting is the deepest element nesting kept when a page is deeper
// than the HTML parser accepts; deeper tags are dropped, their text kept.
var maxNesting = []int{256, 32}

// HTML cleans an HTML page into a Document: the page's title, its
// dateline, and its main content as paragraphs, headings, numbered items
// (numbering recovered from <ol>/<li> structure and from written markers)
// and photo captions; navigation, headers, footers, share bars and other
// page furniture are left out and listed in Document.Removed. It fetches
// nothing. Binary input fails with ErrNotText, a page without body text
// with ErrEmpty.
func HTML(raw []byte) (*extract.Document, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, fmt.Errorf("%w: the page is empty", ErrEmpty)
	}
	text, warnings, err := decodeHTML(raw)
	if err != nil {
		return nil, err
	}
	root, warn, err := parseHTML(text)
	if err != nil {
		return nil, err
	}
	unnestHeadings(root)
	in := newHTMLIngester(root)
	for _, w := range warnings {
		in.b.Warn(w)
	}
	if warn != "" {
		in.b.Warn(warn)
	}
	return in.run()
}

// parseHTML parses a UTF-8 page. A page nested deeper than the parser
// accepts is flattened and parsed again, with a warning.
func parseHTML(text []byte) (*html.Node, string, error) {
	root, err := html.Parse(bytes.NewReader(text))
	if err == nil {
		return root, "", nil
	}
	for _, limit := range maxNesting {
		root, err = html.Parse(bytes.NewReader(capNesting(text, limit)))
		if err == nil {
			return root, fmt.Sprintf("elements nested deeper than %d levels were flattened", limit), nil
		}
	}
	return nil, "", fmt.Errorf("parse html: %w", err)
}

// capNesting rewrites a page so that no more than limit container
// elements are open at once: deeper start and end tags are dropped, their
// text is kept. Elements whose end tag is optional (p, li, td...) and void
// elements do not count, so a long flat list keeps its items.
func capNesting(src []byte, limit int) []byte {
	z := html.NewTokenizer(bytes.NewReader(src))
	var out bytes.Buffer
	out.Grow(len(src))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if countsForNesting(atom.Lookup(name)) {
				depth++
				if depth > limit {
					continue
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if countsForNesting(atom.Lookup(name)) {
				depth--
				if depth >= limit {
					continue
				}
				if depth < 0 {
					depth = 0
				}
			}
		}
		out.Write(z.Raw())
	}
}

// countsForNesting reports whether a start tag opens an element that stays
// open until its end tag.
func countsForNesting(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Optgroup, atom.Tr, atom.Td, atom.Th,
		atom.Thead, atom.Tbody, atom.Tfoot, atom.Colgroup, atom.Caption, atom.Rb, atom.Rt, atom.Rtc, atom.Rp,
		atom.Html, atom.Head, atom.Body,
		atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Link,
		atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return false
	}
	return true
}

// walkMode says what the walk does with the text it meets.
type walkMode uint8

const (
	// modeOutside is text outside the content container: removed.
	modeOutside walkMode = iota
	// modeContent is the readout's own text.
	modeContent
	// modeRemoved is furniture inside the content: removed.
	modeRemoved
	// modeCaption is a photo caption.
	modeCaption
)

// frame records what entering an element changed, to undo on leaving it.
type frame struct {
	node    *html.Node
	mode    walkMode
	heading bool
	list    bool
	scope   bool
	region  bool
	furn    bool
}

// htmlIngester holds the state of one page's ingest.
type htmlIngester struct {
	b    extract.DocBuilder
	root *html.Node
	body *html.Node
	// found are the elements collected for each search.
	found [numFound][]*html.Node

	index map[*html.Node]int32
	elems []elemData
	nodes []*html.Node

	title     string
	site      string
	titleNode *html.Node
	claimed   []*html.Node
	content   *html.Node
	region    *html.Node
	// leads are blocks before the content that belong to the readout.
	leads []*html.Node
	// dateline is the date line found before the walk, if any.
	dateline string
	// tail is the element whose remainder the walk drops after a closing
	// heading ("Contacts", "Associated links").
	tail *html.Node
	// heading is a heading waiting for the body text it introduces.
	heading []pendingHeading
	// headingNode is the heading element being read.
	headingNode *html.Node
	// longBlocks counts body blocks long enough to be running text.
	longBlocks int

	// walk state
	buf          []byte
	mode         walkMode
	frames       []frame
	lists        []*listState
	scopes       []*scope
	headings     int
	inRegion     int
	furn         int
	titlePassed  bool
	contentNL    int32
	bodyBlocks   int
	lastDateline string
}

// newHTMLIngester prepares the ingest of a parsed page.
func newHTMLIngester(root *html.Node) *htmlIngester {
	in := &htmlIngester{root: root}
	in.body = findBody(root)
	return in
}

// findBody returns the page's <body>, or the root when it has none.
func findBody(root *html.Node) *html.Node {
	for h := root.FirstChild; h != nil; h = h.NextSibling {
		if h.Type == html.ElementNode && h.DataAtom == atom.Html {
			for c := h.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Body {
					return c
				}
			}
		}
	}
	return root
}

// run ingests the page.
func (in *htmlIngester) run() (*extract.Document, error) {
	in.measure()
	meta := in.readMeta()
	in.findTitle(meta)
	dateline := in.findDateline(meta)
	in.dateline = dateline
	in.chooseContent()

	in.b.SetMeta(extract.Meta{Format: "html", SourceURL: meta.url, Site: in.site})
	if in.title != "" {
		in.b.Add(extract.Title, "", 0, 0, in.title)
	}
	if dateline != "" {
		in.b.Add(extract.Dateline, "", 0, 0, dateline)
	}
	in.scopes = []*scope{{}}
	in.walk(in.body)
	in.flush()
	in.dropHeadings()
	if in.bodyBlocks == 0 {
		return nil, fmt.Errorf("%w: the page has no body text", ErrEmpty)
	}
	return in.b.Document(), nil
}

// walk visits the body in reading order.
func (in *htmlIngester) walk(start *html.Node) {
	walkTree(start, in.enter, in.exit)
}

// enter handles the start of node n and says whether to visit its
// children.
func (in *htmlIngester) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		in.appendText(n.Data)
		return false
	case html.ElementNode:
	default:
		return false
	}
	d := in.data(n)
	if d == nil {
		return false
	}
	if d.flags&fInvisible != 0 {
		return false
	}
	if n.DataAtom == atom.Br {
		in.buf = append(in.buf, '\n')
		return false
	}
	if in.isClaimed(n) {
		in.flush()
		if n == in.titleNode {
			in.titlePassed = true
		}
		return false
	}
	if d.flags&fBlock != 0 {
		in.flush()
	}
	f := frame{node: n, mode: in.mode}
	changed := false
	if n == in.region {
		f.region, changed = true, true
		in.inRegion++
	}
	if n == in.content || in.mode == modeOutside && len(in.leads) > 0 && in.isLead(n) {
		in.mode, changed = modeContent, true
		in.push(f)
		return true
	}
	switch in.mode {
	case modeOutside:
		if d.flags&fFurniture != 0 {
			f.furn, changed = true, true
			in.furn++
		} else if in.inRegion > 0 && in.furn == 0 && in.isPhoto(n, d) {
			in.mode, changed = modeCaption, true
		}
	case modeContent, modeCaption:
		switch {
		case d.flags&fFurniture != 0 && !in.protected(d), linkList(n, d):
			in.mode, changed = modeRemoved, true
		case in.mode == modeContent && in.isPhoto(n, d):
			in.mode, changed = modeCaption, true
		case in.mode == modeContent && d.flags&fCaption != 0:
			if in.titlePassed {
				in.mode = modeCaption
			} else {
				in.mode = modeRemoved // a category label above the title
			}
			changed = true
		case in.mode == modeContent && d.flags&fHeading != 0:
			f.heading, changed = true, true
			in.headings++
			in.headingNode = n
		case in.mode == modeContent && (n.DataAtom == atom.Ol || n.DataAtom == atom.Ul):
			in.openList(n)
			f.list, changed = true, true
		case in.mode == modeContent && n.DataAtom == atom.Li:
			in.openItem(n)
			f.scope, changed = true, true
		}
	}
	if changed {
		if in.mode != f.mode {
			in.flushAs(f.mode)
		}
		in.push(f)
	}
	return true
}

// flushAs flushes the current line in mode m: the mode the text before an
// inline element that changes the mode was written in.
func (in *htmlIngester) flushAs(m walkMode) {
	cur := in.mode
	in.mode = m
	in.flush()
	in.mode = cur
}

// push records a frame to undo when its element ends.
func (in *htmlIngester) push(f frame) { in.frames = append(in.frames, f) }

// exit handles the end of element n.
func (in *htmlIngester) exit(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	top := len(in.frames) > 0 && in.frames[len(in.frames)-1].node == n
	if d := in.data(n); d != nil && d.flags&fBlock != 0 || n == in.content || top && in.frames[len(in.frames)-1].mode != in.mode {
		in.flush()
	}
	if !top {
		return
	}
	if n == in.tail {
		in.tail = nil
	}
	if n == in.content {
		in.dropHeadings()
	}
	f := in.frames[len(in.frames)-1]
	in.frames = in.frames[:len(in.frames)-1]
	in.mode = f.mode
	if f.heading {
		in.headings--
	}
	if f.list {
		in.lists = in.lists[:len(in.lists)-1]
	}
	if f.scope {
		in.scopes = in.scopes[:len(in.scopes)-1]
	}
	if f.region {
		in.inRegion--
	}
	if f.furn {
		in.furn--
	}
}

// protected reports whether a furniture-classed element inside the content
// holds so much of the content's text that it must be a wrapper of the
// text rather than furniture.
func (in *htmlIngester) protected(d *elemData) bool {
	nl := d.nonLink()
	return nl > 0 && 2*nl >= in.contentNL
}

// linkList reports whether n is a list or block made of links (related
// stories, a share row): two links or more and four fifths of its text
// in them.
func linkList(n *html.Node, d *elemData) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Table, atom.Dl, atom.P:
	default:
		return false
	}
	return d.anchors >= 2 && d.text > 0 && 5*d.link >= 4*d.text
}

// maxPhotoText is the most text a photo container may hold.
const maxPhotoText = 600

// isPhoto reports whether n is a photo container whose text is captions.
func (in *htmlIngester) isPhoto(n *html.Node, d *elemData) bool {
	if d.flags&fPhoto == 0 || d.text >= maxPhotoText {
		return false
	}
	return d.imgs > 0 || n.DataAtom == atom.Figure
}

// appendText adds a text node's data to the current line; newlines in
// source text are spaces (a '\n' in the line marks a <br>).
func (in *htmlIngester) appendText(s string) {
	start := len(in.buf)
	in.buf = append(in.buf, s...)
	for i := start; i < len(in.buf); i++ {
		if in.buf[i] == '\n' || in.buf[i] == '\r' {
			in.buf[i] = ' '
		}
	}
}

// flush ends the current line of text and emits it according to where
// the walk is.
func (in *htmlIngester) flush() {
	if len(in.buf) == 0 {
		return
	}
	blank := true
	for _, c := range in.buf {
		if c > ' ' {
			blank = false
			break
		}
	}
	if blank {
		in.buf = in.buf[:0]
		return
	}
	s := string(in.buf)
	in.buf = in.buf[:0]
	switch in.mode {
	case modeOutside, modeRemoved:
		for _, line := range strings.Split(s, "\n") {
			in.b.Remove(line)
		}
	case modeCaption:
		in.caption(s)
	case modeContent:
		if in.tail != nil {
			in.b.Remove(s)
			return
		}
		for _, line := range splitBreaks(s) {
			for _, l := range splitDashRuns(line) {
				in.line(l)
			}
		}
	}
}
