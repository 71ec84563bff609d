package pipeline

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
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

// maxCandidates is the most content containers compared on one page.
const maxCandidates = 32

// Content containers, from the selectors pages use for their main text.
var (
	// containerSel matches the elements that hold a page's main content.
	containerSel = cascadia.MustCompile(`article, main, [role=main], #main, #maincontents, #main-content, ` +
		`.main-text, .entry-content, .govspeak, #content, [itemprop=articleBody], .article-body, ` +
		`.article__body, .post-content, .field--name-body, .news-body, .press-release-body`)
	// h1Sel matches page headings, the title's first source.
	h1Sel = cascadia.MustCompile(`h1`)
	// timeSel matches machine-readable dates.
	timeSel = cascadia.MustCompile(`time`)
	// dateClassSel matches the elements sites put their release date in.
	dateClassSel = cascadia.MustCompile(`.rightalign, .article-meta__publish-date, [class*=date], [class*=Date], ` +
		`[class*=published], [class*=dateline], [class*=byline], [class*=time], [itemprop=datePublished], .pubdate`)
	// dlSel matches description lists, where GOV.UK-style pages state "Published".
	dlSel = cascadia.MustCompile(`dl`)
	// figcaptionSel matches photo captions, which some pages fill with the date.
	figcaptionSel = cascadia.MustCompile(`figcaption`)
	// leadSel matches the short blocks a bare date line may be written in.
	leadSel = cascadia.MustCompile(`p, div, span, h2, h3, h4, h5, h6, dd, small, strong`)
	// metaSel matches the head elements that describe the page.
	metaSel = cascadia.MustCompile(`meta, link[rel], title`)
)

// found names the lists of elements the measuring pass collects for the
// title, dateline and content searches, each in document order.
type found uint8

const (
	foundMeta found = iota
	foundH1
	foundTime
	foundDateClass
	foundDl
	foundFigcaption
	foundLead
	foundContainer
	foundBackLink
	numFound
)

// IngestHTML cleans an HTML page into a Document: the page's title, its
// dateline, and its main content as paragraphs, headings, numbered items
// (numbering recovered from <ol>/<li> structure and from written markers)
// and photo captions; navigation, headers, footers, share bars and other
// page furniture are left out and listed in Document.Removed. It fetches
// nothing. Binary input fails with ErrNotText, a page without body text
// with ErrEmpty.
func IngestHTML(raw []byte) (*extract.Document, error) {
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

// elemFlags say what an element is to ingest.
type elemFlags uint16

const (
	// fInvisible elements carry no visible text (scripts, styles, hidden
	// elements, media, form controls): never walked.
	fInvisible elemFlags = 1 << iota
	// fFurniture elements are page furniture: navigation, headers,
	// footers, sidebars, share bars, tags, breadcrumbs, banners.
	fFurniture
	// fNavLike furniture never holds a page's title or date.
	fNavLike
	// fBlock elements end a line of text.
	fBlock
	// fPhoto elements may be photo containers.
	fPhoto
	// fCaption elements are caption-classed (".caption", "wp-caption-text").
	fCaption
	// fHeading elements are h1 to h6.
	fHeading
	// fLink elements are links.
	fLink
	// fImage elements are images.
	fImage
	// fParaLike elements hold a paragraph of text for density scoring.
	fParaLike
	// fContainer elements match containerSel.
	fContainer
)

// elemData is what the measuring pass learnt about one element.
type elemData struct {
	flags elemFlags
	// text is the visible text length in bytes; link the part of it in
	// links; body the part outside furniture and links.
	text, link, body int32
	// imgs counts images, anchors links, commas the commas in the text.
	imgs, anchors, commas int32
	// score is the paragraph density score of the element's children.
	score float32
}

// nonLink returns the visible text outside links.
func (d *elemData) nonLink() int32 { return d.text - d.link }

// Word lists that classify an element by its class and id.
var (
	// furnitureTokens are class or id words that mark page furniture.
	furnitureTokens = htmlWordSet("nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
		"share", "shares", "sharing", "sharebar", "social", "socialmedia", "sns", "addthis", "sharethis",
		"tags", "tag", "taglist", "related", "sidebar", "aside", "cookie", "cookies", "consent", "banner",
		"skiplink", "feedback", "footer", "header", "masthead", "pagetop", "backtotop", "totop", "gotop",
		"toolbar", "print", "pagination", "pager", "subscribe", "newsletter", "survey", "advert",
		"advertisement", "ads", "promo", "comments", "comment", "meta", "metadata", "category", "kicker",
		"eyebrow", "backlink", "logo", "search", "copyright", "disclaimer", "rating", "language", "languages",
		"translate", "popup", "modal", "rss", "login", "signup", "lnb", "gnb", "snb", "subnav", "sidenav",
		"submenu", "sitemap", "quicklinks", "utility", "utilities", "sharing", "socialshare", "byline",
		"dateline", "pubdate", "sidebox", "infobox", "topics", "keywords")
	// navTokens are furniture words that never surround a page's title or date.
	navTokens = htmlWordSet("nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
		"sidebar", "aside", "footer", "related", "logo", "masthead", "cookie", "cookies", "banner", "search")
	// hiddenTokens are class words of elements not shown on screen.
	hiddenTokens = htmlWordSet("hidden", "hide", "invisible", "visuallyhidden", "offscreen", "sronly")
	// screenSizeTokens qualify "hidden" to some screens only ("hidden-xs").
	screenSizeTokens = htmlWordSet("xs", "sm", "md", "lg", "xl", "xxl", "mobile", "desktop", "tablet", "print")
	// photoTokens are class words of photo containers.
	photoTokens = htmlWordSet("photo", "photos", "figure", "image", "images", "img", "picture", "gallery",
		"slideshow", "carousel", "thumbnail", "thumb", "photobox")
	// furnitureRoles are ARIA landmark roles of page furniture.
	furnitureRoles = htmlWordSet("navigation", "banner", "contentinfo", "search", "complementary", "menu",
		"menubar", "toolbar", "dialog", "alertdialog")
	// tokenPairs are two class words that together mark furniture
	// ("back-link", "page-top", "content-type", "skip-link").
	tokenPairs = [][2]string{{"back", "link"}, {"back", "top"}, {"page", "top"}, {"content", "type"},
		{"side", "bar"}, {"side", "nav"}, {"sub", "nav"}, {"local", "nav"}, {"more", "news"}, {"see", "also"},
		{"skip", "link"}, {"skip", "content"}, {"sr", "only"}, {"visually", "hidden"}, {"screen", "reader"},
		{"d", "none"}, {"element", "invisible"}, {"wb", "inv"}}
)

// pairIsHidden reports whether a token pair marks an invisible element.
func pairIsHidden(p [2]string) bool {
	switch p[0] {
	case "sr", "visually", "screen", "d", "element", "wb":
		return true
	}
	return false
}

// classify returns the flags of element n from its tag, role, class, id
// and hiding attributes.
func classify(n *html.Node) elemFlags {
	var f elemFlags
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head, atom.Title, atom.Meta,
		atom.Link, atom.Base, atom.Iframe, atom.Frame, atom.Frameset, atom.Object, atom.Embed,
		atom.Applet, atom.Svg, atom.Math, atom.Canvas, atom.Audio, atom.Video, atom.Source, atom.Track,
		atom.Input, atom.Select, atom.Option, atom.Optgroup, atom.Textarea, atom.Datalist, atom.Map,
		atom.Area, atom.Param:
		return fInvisible
	case atom.Img, atom.Picture:
		return fInvisible | fImage
	case atom.Dialog:
		if !hasAttr(n, "open") {
			return fInvisible
		}
		f |= fFurniture | fNavLike | fBlock
	case atom.Nav, atom.Aside, atom.Menu:
		f |= fFurniture | fNavLike | fBlock
	case atom.Footer:
		f |= fFurniture | fNavLike | fBlock
	case atom.Header, atom.Form:
		f |= fFurniture | fBlock
	case atom.Button, atom.Label:
		f |= fFurniture | fBlock
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		f |= fHeading | fBlock
	case atom.A:
		f |= fLink
	case atom.Figure:
		f |= fPhoto | fBlock
	case atom.Figcaption:
		f |= fCaption | fBlock
	case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Li, atom.Dd:
		f |= fParaLike | fBlock
	case atom.Address, atom.Article, atom.Body, atom.Center, atom.Details, atom.Dir, atom.Div, atom.Dl,
		atom.Dt, atom.Fieldset, atom.Hgroup, atom.Hr, atom.Html, atom.Legend, atom.Main, atom.Ol,
		atom.Section, atom.Summary, atom.Table, atom.Caption, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr,
		atom.Th, atom.Ul:
		f |= fBlock
	}
	var class, id, role, style string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "role":
			role = a.Val
		case "style":
			style = a.Val
		case "hidden":
			return fInvisible
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return fInvisible
			}
		}
	}
	if style != "" && styleHides(style) {
		return fInvisible
	}
	if role != "" {
		r := strings.ToLower(strings.TrimSpace(role))
		if furnitureRoles[r] {
			f |= fFurniture | fNavLike
		}
	}
	if class == "" && id == "" {
		return f
	}
	if strings.Contains(strings.ToLower(class), "caption") {
		f |= fCaption
	}
	tf, hidden := classifyTokens(class, id)
	if hidden {
		return fInvisible
	}
	return f | tf
}

// classifyTokens reads the words of an element's class and id.
func classifyTokens(class, id string) (elemFlags, bool) {
	var f elemFlags
	var words [24]string
	toks := splitTokens(words[:0], class, id)
	hidden, sized := false, false
	for _, t := range toks {
		switch {
		case furnitureTokens[t]:
			f |= fFurniture
			if navTokens[t] {
				f |= fNavLike
			}
		case photoTokens[t]:
			f |= fPhoto
		case hiddenTokens[t]:
			hidden = true
		case screenSizeTokens[t]:
			sized = true
		}
	}
	for _, p := range tokenPairs {
		if hasToken(toks, p[0]) && hasToken(toks, p[1]) {
			if pairIsHidden(p) {
				hidden = true
			} else {
				f |= fFurniture
			}
		}
	}
	return f, hidden && !sized
}

// splitTokens appends the lower-case alphanumeric words of the given
// attribute values to dst.
func splitTokens(dst []string, vals ...string) []string {
	for _, v := range vals {
		start := -1
		for i := 0; i <= len(v); i++ {
			alnum := i < len(v) && (v[i] >= 'a' && v[i] <= 'z' || v[i] >= 'A' && v[i] <= 'Z' || v[i] >= '0' && v[i] <= '9')
			if alnum && start < 0 {
				start = i
			}
			if !alnum && start >= 0 {
				dst = append(dst, strings.ToLower(v[start:i]))
				start = -1
			}
		}
	}
	return dst
}

// hasToken reports whether toks holds t.
func hasToken(toks []string, t string) bool {
	for _, x := range toks {
		if x == t {
			return true
		}
	}
	return false
}

// styleHides reports whether an inline style hides its element.
func styleHides(style string) bool {
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// hasAttr reports whether n has attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// attr returns n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
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

// listState numbers the items of one <ol> or <ul>.
type listState struct {
	ordered bool
	// style is the numbering: '1', 'a', 'A', 'i', 'I', or 0 for none.
	style      byte
	next, step int
}

// scope is a context where written list markers nest: the content root
// or one list item.
type scope struct {
	// depth is the list depth of the item (0 for the root and for bullets
	// outside any numbered list).
	depth int
	// styles are the written marker styles opened in this scope,
	// outermost first; open is the depth of the last written item, or 0.
	styles []string
	open   int
	// pending is true until the item's first line is emitted.
	pending bool
	// ordered items carry marker and number from their <ol>.
	ordered bool
	// unmarked items come from a list drawn without markers.
	unmarked bool
	marker   string
	number   int
}

// contDepth is the depth of an unnumbered paragraph in the scope.
func (s *scope) contDepth() int {
	if s.open > 0 {
		return s.open
	}
	return s.depth
}

// written returns the depth of a written marker of style in the scope: a
// style already open closes back to it, a new one opens a level deeper.
func (s *scope) written(style string) int {
	for i, st := range s.styles {
		if st == style {
			s.styles = s.styles[:i+1]
			s.open = s.depth + i + 1
			return s.open
		}
	}
	s.styles = append(s.styles, style)
	s.open = s.depth + len(s.styles)
	return s.open
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

// data returns what the measuring pass learnt about element n.
func (in *htmlIngester) data(n *html.Node) *elemData {
	if i, ok := in.index[n]; ok {
		return &in.elems[i]
	}
	return nil
}

// measure makes one pass over the page, classifying every element and
// adding up its visible text, link text, body text, images and paragraph
// density score.
func (in *htmlIngester) measure() {
	in.index = make(map[*html.Node]int32, 256)
	in.elems = make([]elemData, 0, 256)
	in.nodes = make([]*html.Node, 0, 256)
	var stack []int32
	furn, links := 0, 0
	enter := func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if len(stack) == 0 {
				return false
			}
			t := int32(len(strings.TrimSpace(n.Data)))
			if t == 0 {
				return false
			}
			d := &in.elems[stack[len(stack)-1]]
			d.text += t
			d.commas += int32(strings.Count(n.Data, ","))
			if links > 0 {
				d.link += t
			} else if furn == 0 {
				d.body += t
			}
			return false
		case html.ElementNode:
			f := in.collect(n, classify(n))
			i := int32(len(in.elems))
			in.elems = append(in.elems, elemData{flags: f})
			in.nodes = append(in.nodes, n)
			in.index[n] = i
			if f&fImage != 0 && len(stack) > 0 {
				in.elems[stack[len(stack)-1]].imgs++
			}
			if f&fInvisible != 0 && n.DataAtom != atom.Head {
				return false
			}
			stack = append(stack, i)
			if f&fFurniture != 0 {
				furn++
			}
			if f&fLink != 0 {
				links++
			}
			return true
		case html.DocumentNode:
			return true
		}
		return false
	}
	exit := func(n *html.Node) {
		if n.Type != html.ElementNode || len(stack) == 0 {
			return
		}
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		d := &in.elems[i]
		if d.flags&fFurniture != 0 {
			furn--
		}
		if d.flags&fLink != 0 {
			links--
		}
		if len(stack) == 0 {
			return
		}
		p := &in.elems[stack[len(stack)-1]]
		p.text += d.text
		p.link += d.link
		p.body += d.body
		p.imgs += d.imgs
		p.anchors += d.anchors
		p.commas += d.commas
		if d.flags&fLink != 0 {
			p.anchors++
		}
		if d.flags&fParaLike != 0 && d.text >= 25 && furn == 0 {
			s := 1 + float32(d.commas) + min(float32(d.text)/100, 3)
			p.score += s
			if len(stack) > 1 {
				in.elems[stack[len(stack)-2]].score += s / 2
			}
		}
	}
	walkTree(in.root, enter, exit)
}

// collect adds element n to the lists of the searches it matches and
// returns its flags, marked fContainer when it is a content container.
// Selectors on class, id or attributes are tried only on elements that
// have some; the others are known from the tag.
func (in *htmlIngester) collect(n *html.Node, f elemFlags) elemFlags {
	add := func(k found) { in.found[k] = append(in.found[k], n) }
	switch n.DataAtom {
	case atom.Meta, atom.Title:
		add(foundMeta)
	case atom.Link:
		if hasAttr(n, "rel") {
			add(foundMeta)
		}
	case atom.H1:
		add(foundH1)
	case atom.Time:
		add(foundTime)
	case atom.Dl:
		add(foundDl)
	case atom.Figcaption:
		add(foundFigcaption)
	case atom.A:
		if c := n.FirstChild; c != nil && c.Type == html.TextNode && reBackTo.MatchString(c.Data) {
			add(foundBackLink)
		}
	}
	if f&fInvisible != 0 {
		return f
	}
	if leadSel.Match(n) {
		add(foundLead)
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || len(n.Attr) > 0 {
		if containerSel.Match(n) {
			add(foundContainer)
			f |= fContainer
		}
		if len(n.Attr) > 0 && dateClassSel.Match(n) {
			add(foundDateClass)
		}
	}
	return f
}

// walkTree visits the tree under start in document order without
// recursion: enter is called on each node and says whether to visit its
// children; exit is called after the children of every node entered so.
func walkTree(start *html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	n := start
	for {
		if enter(n) {
			if n.FirstChild != nil {
				n = n.FirstChild
				continue
			}
			exit(n)
		}
		for {
			if n == start {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
			exit(n)
		}
	}
}

// nodeText returns the visible text of n's subtree, one space between
// blocks, white space folded.
func (in *htmlIngester) nodeText(n *html.Node) string {
	var sb strings.Builder
	walkTree(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
			return false
		case html.ElementNode:
			if d := in.data(c); d != nil && d.flags&fInvisible != 0 {
				return false
			}
			if c.DataAtom == atom.Br {
				sb.WriteByte(' ')
			}
			return true
		}
		return false
	}, func(c *html.Node) {
		if d := in.data(c); d != nil && d.flags&fBlock != 0 {
			sb.WriteByte(' ')
		}
	})
	return cleanLine(sb.String())
}

// pageMeta is what the page's head says about it.
type pageMeta struct {
	title, ogTitle, site, url, published string
}

// Meta names whose content is the release date.
var publishedMetaNames = htmlWordSet("article:published_time", "og:article:published_time", "datepublished",
	"dc.date.issued", "dcterms.issued", "dc.date", "date", "pubdate", "publish-date", "publication_date")

// readMeta reads the page's <title>, Open Graph and canonical metadata.
func (in *htmlIngester) readMeta() pageMeta {
	var m pageMeta
	var canonical, ogURL string
	for _, n := range in.found[foundMeta] {
		switch n.DataAtom {
		case atom.Title:
			if m.title == "" {
				m.title = in.nodeText(n)
				if m.title == "" && n.FirstChild != nil {
					m.title = cleanLine(n.FirstChild.Data)
				}
			}
		case atom.Link:
			if hasToken(splitTokens(nil, attr(n, "rel")), "canonical") && canonical == "" {
				canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Meta:
			key := strings.ToLower(attr(n, "property"))
			if key == "" {
				key = strings.ToLower(attr(n, "name"))
			}
			if key == "" {
				key = strings.ToLower(attr(n, "itemprop"))
			}
			val := cleanLine(attr(n, "content"))
			switch {
			case val == "":
			case key == "og:title" && m.ogTitle == "":
				m.ogTitle = val
			case key == "og:site_name" && m.site == "":
				m.site = val
			case key == "og:url" && ogURL == "":
				ogURL = val
			case publishedMetaNames[key] && m.published == "":
				m.published = val
			}
		}
	}
	for _, u := range []string{canonical, ogURL} {
		if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			m.url = u
			break
		}
	}
	return m
}

// Title separators, between a page's own title and its site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " » ", " · "}

// reSiteName matches the words a site name is made of.
var reSiteName = regexp.MustCompile(`(?i)\b(?:ministry|department|government|gov|office|embassy|agency|service|portal|website|council|cabinet|secretariat|commission|president|white house|state|affairs|news|nato|un|eu)\b|\.(?:gov|org|com|int|uk|jp)\b|^[A-Z.]{2,12}$`)

// splitTitle splits a <title> into the page's own title and the site name
// it ends with ("X | Ministry of Foreign Affairs of Japan", "X - GOV.UK").
func splitTitle(t, h1, site string) (string, string) {
	if site != "" {
		for _, sep := range titleSeparators {
			if strings.HasSuffix(t, sep+site) {
				return strings.TrimSpace(strings.TrimSuffix(t, sep+site)), site
			}
		}
		if t == site {
			return "", site
		}
	}
	best := -1
	var bestSep string
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > best {
			best, bestSep = i, sep
		}
	}
	// A title that is nothing but a separator and a site (" - GOV.UK").
	for _, sep := range titleSeparators {
		if s := strings.TrimSpace(sep); strings.HasPrefix(t, s+" ") && !strings.Contains(t[len(s):], sep) {
			return "", strings.TrimSpace(t[len(s):])
		}
	}
	if best < 0 {
		return t, site
	}
	left, right := strings.TrimSpace(t[:best]), strings.TrimSpace(t[best+len(bestSep):])
	if left == "" {
		return "", right
	}
	if (h1 != "" && left == h1) || strings.TrimSpace(bestSep) == "|" || strings.TrimSpace(bestSep) == "::" ||
		strings.TrimSpace(bestSep) == "»" || reSiteName.MatchString(right) {
		if site == "" {
			site = right
		}
		return left, site
	}
	return t, site
}

// findTitle picks the page's title: the first non-empty <h1> inside a
// content container, else the first elsewhere outside navigation, else
// og:title or <title> without its site suffix.
func (in *htmlIngester) findTitle(m pageMeta) {
	var fallback *html.Node
	for _, h := range in.found[foundH1] {
		if in.inNavLike(h) {
			continue
		}
		if d := in.data(h); d == nil || d.text == 0 || in.nodeText(h) == "" {
			continue
		}
		if in.inContainer(h) {
			in.titleNode = h
			break
		}
		if fallback == nil {
			fallback = h
		}
	}
	if in.titleNode == nil {
		in.titleNode = fallback
	}
	h1 := ""
	if in.titleNode != nil {
		h1 = cleanLine(stripEscapedMarkup(in.nodeText(in.titleNode)))
	}
	page, site := splitTitle(m.title, h1, m.site)
	og, _ := splitTitle(m.ogTitle, h1, m.site)
	if h1 != "" && in.isSectionName(h1) {
		// The heading names the section the page links back to; the
		// page's own title, when it has another, is the real one.
		for _, alt := range []string{og, page} {
			if alt != "" && !strings.EqualFold(alt, h1) {
				h1 = alt
				break
			}
		}
	}
	switch {
	case h1 != "":
		in.title = h1
	case og != "":
		in.title = og
	default:
		in.title = page
	}
	in.site = site
}

// reBackTo matches a link back to a section ("Back to Press Releases").
var reBackTo = regexp.MustCompile(`(?i)^\W{0,3}(?:back|return|go back)\s+to\s+(\S.*?)\s*$`)

// isSectionName reports whether a heading names a section that the page
// links back to ("Back to Press Releases").
func (in *htmlIngester) isSectionName(h string) bool {
	for _, a := range in.found[foundBackLink] {
		if m := reBackTo.FindStringSubmatch(in.nodeText(a)); m != nil && strings.EqualFold(m[1], h) {
			return true
		}
	}
	return false
}

// inNavLike reports whether n lies in navigation-like furniture (a nav,
// footer, sidebar, banner), where no title or date of the page is.
func (in *htmlIngester) inNavLike(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if d := in.data(p); d != nil && d.flags&(fNavLike|fInvisible) != 0 {
			return true
		}
	}
	return false
}

// inContainer reports whether n lies in a content container.
func (in *htmlIngester) inContainer(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if d := in.data(p); d != nil && d.flags&fContainer != 0 {
			return true
		}
	}
	return false
}

// isClaimed reports whether n is the title or part of the dateline.
func (in *htmlIngester) isClaimed(n *html.Node) bool {
	if n == in.titleNode {
		return true
	}
	for _, c := range in.claimed {
		if c == n {
			return true
		}
	}
	return false
}

// maxDatelineLen is the longest element text read as a date line.
const maxDatelineLen = 100

// findDateline finds the page's release date line and claims the
// elements it is written in, so that the walk skips them: a <time>, a
// date-classed element, a "Published" entry of a <dl>, a date-only
// figcaption, a short date-only block before the text, or the
// published-time metadata. It returns the date text as written.
func (in *htmlIngester) findDateline(m pageMeta) string {
	// A <time> element, with its line when that line is short.
	for _, t := range in.found[foundTime] {
		if in.inNavLike(t) || in.modifiedDate(t) {
			continue
		}
		block := in.blockOf(t)
		if txt := in.nodeText(block); datelineLike(txt) {
			in.claimed = append(in.claimed, block)
			return trimBullet(txt)
		}
		if txt := in.nodeText(t); dateOnly(txt) && len(in.nodeText(block)) <= maxDatelineLen {
			in.claimed = append(in.claimed, block)
			return trimBullet(txt)
		}
		if d := isoDate(attr(t, "datetime")); d != "" && len(in.nodeText(block)) <= maxDatelineLen {
			in.claimed = append(in.claimed, block)
			return d
		}
	}
	// An element whose class says it holds the date.
	for _, n := range in.found[foundDateClass] {
		if in.inNavLike(n) {
			continue
		}
		if txt := in.nodeText(n); datelineLike(txt) {
			in.claimed = append(in.claimed, n)
			return trimBullet(txt)
		}
	}
	// A "Published" entry of a description list.
	for _, dl := range in.found[foundDl] {
		if in.inNavLike(dl) {
			continue
		}
		for dt := dl.FirstChild; dt != nil; dt = dt.NextSibling {
			if dt.Type != html.ElementNode || dt.DataAtom != atom.Dt || !reDateLabel.MatchString(in.nodeText(dt)) {
				continue
			}
			dd := dt.NextSibling
			for dd != nil && dd.Type != html.ElementNode {
				dd = dd.NextSibling
			}
			if dd == nil || dd.DataAtom != atom.Dd {
				continue
			}
			if txt := in.nodeText(dd); datelineLike(txt) {
				in.claimed = append(in.claimed, dt, dd)
				return trimBullet(txt)
			}
		}
	}
	// A caption that holds nothing but the date.
	for _, n := range in.found[foundFigcaption] {
		if in.inNavLike(n) {
			continue
		}
		if txt := in.nodeText(n); len(txt) <= maxDatelineLen && dateOnly(txt) {
			in.claimed = append(in.claimed, n)
			return trimBullet(txt)
		}
	}
	// A short date line before the first paragraph of text.
	for _, n := range in.found[foundLead] {
		d := in.data(n)
		if d == nil || in.inNavLike(n) {
			continue
		}
		if n.DataAtom == atom.P && d.nonLink() > 200 {
			break
		}
		if d.text > maxDatelineLen || d.text == 0 || in.hasBlockChild(n) {
			continue
		}
		if txt := in.nodeText(n); datelineLike(txt) {
			in.claimed = append(in.claimed, n)
			return trimBullet(txt)
		}
	}
	return isoDate(m.published)
}

// reDateLabel matches the label of a release date in a description list.
var reDateLabel = regexp.MustCompile(`(?i)^\s*(?:published|date|released|issued|posted|release date|publication date|first published)\s*:?\s*$`)

// reModified matches what labels a date as a revision, not the release:
// itemprop="dateModified", "Date modified:", "Last updated".
var reModified = regexp.MustCompile(`(?i)modified|updated|revised|reviewed`)

// modifiedDate reports whether a <time> element gives a revision date: by
// its itemprop or property, or by the label written before it.
func (in *htmlIngester) modifiedDate(t *html.Node) bool {
	if reModified.MatchString(attr(t, "itemprop")) || reModified.MatchString(attr(t, "property")) ||
		reModified.MatchString(attr(t, "class")) {
		return true
	}
	for p := t; p != nil && p != in.body; p = p.Parent {
		for s := p.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.ElementNode || s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				if s.Type == html.TextNode {
					return reModified.MatchString(s.Data)
				}
				return reModified.MatchString(in.nodeText(s))
			}
		}
		if d := in.data(p); d != nil && d.flags&fBlock != 0 {
			break
		}
	}
	return false
}

// blockOf returns the nearest block-level element holding n.
func (in *htmlIngester) blockOf(n *html.Node) *html.Node {
	for p := n; p != nil && p != in.body; p = p.Parent {
		if d := in.data(p); d != nil && d.flags&fBlock != 0 {
			return p
		}
	}
	return n
}

// hasBlockChild reports whether n holds a block-level element.
func (in *htmlIngester) hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if d := in.data(c); d != nil && d.flags&fBlock != 0 {
			return true
		}
	}
	return false
}

// reISODate matches the date at the start of an ISO 8601 timestamp.
var reISODate = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])`)

// isoDate returns the YYYY-MM-DD date a timestamp starts with, or "".
func isoDate(s string) string {
	if m := reISODate.FindStringSubmatch(s); m != nil {
		if _, _, ok := extract.ParseDateline(m[1]); ok {
			return m[1]
		}
	}
	return ""
}

// Rules of a date-only line: what may stand before and after its date.
var (
	reDatePrefixOnly = regexp.MustCompile(`(?i)^[\s•·*\-–—|:]*(?:(?:date|dated|published|posted|released|issued|press release|release date|publication date)(?:\s+on)?\s*[:：\-–—]?\s*)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s*)?$`)
	reDateSuffixOnly = regexp.MustCompile(`(?i)^[\s.,;]*(?:\(\s*\w{2,9}\.?\s*\))?[\s.,;]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?[\s.,;]*$`)
	reDateRange      = regexp.MustCompile(`(?i)^\s*(?:[-–—~～]|to|until|through)\s*`)
)

// dateOnly reports whether a line holds a release date and nothing else
// but a label ("Published"), a weekday, a clock time, or a range's second
// date: "June 24, 2025", "• 06 Sep. 2018 - 07 Sep. 2018".
func dateOnly(s string) bool {
	if s == "" || len(s) > maxDatelineLen {
		return false
	}
	_, sp, ok := extract.ParseDateline(s)
	if !ok || !reDatePrefixOnly.MatchString(s[:sp.Start]) {
		return false
	}
	rest := s[sp.End:]
	if reDateSuffixOnly.MatchString(rest) {
		return true
	}
	if loc := reDateRange.FindStringIndex(rest); loc != nil {
		second := rest[loc[1]:]
		if _, sp2, ok := extract.ParseDateline(second); ok && strings.TrimSpace(second[:sp2.Start]) == "" {
			return reDateSuffixOnly.MatchString(second[sp2.End:])
		}
	}
	return false
}

// datelineLike reports whether a short line reads as a date line: its
// date, possibly with a place, a label, a clock time or the issuer ("June
// 24, 2025 - Ottawa, Ontario - Global Affairs Canada").
func datelineLike(s string) bool {
	if s == "" || len(s) > maxDatelineLen {
		return false
	}
	_, _, ok := extract.ParseDateline(s)
	return ok
}

// trimBullet removes a leading bullet from a line.
func trimBullet(s string) string {
	if _, rest, ok := parseBullet(s); ok {
		return rest
	}
	return s
}

// minBodyShare is the share of the largest content container's body text
// a smaller, more specific container must hold to be chosen instead.
const minBodyShare = 0.9

// chooseContent picks the element holding the readout's text: the most
// specific content container that holds nearly all the body text any
// container holds, else the densest block of paragraphs, else the body.
func (in *htmlIngester) chooseContent() {
	cands := in.found[foundContainer]
	if len(cands) > maxCandidates {
		cands = cands[:maxCandidates]
	}
	var maxBody int32
	bodies := make([]int32, len(cands))
	for i, c := range cands {
		d := in.data(c)
		if d == nil || d.flags&fInvisible != 0 || in.inNavLike(c) {
			continue
		}
		bodies[i] = d.body - in.claimedBody(c)
		maxBody = max(maxBody, bodies[i])
	}
	if maxBody > 0 {
		for i, c := range cands {
			if float64(bodies[i]) < minBodyShare*float64(maxBody) {
				continue
			}
			if in.content == nil || in.data(c).text < in.data(in.content).text {
				in.content = c
			}
		}
	}
	if in.content == nil {
		in.content = in.densest()
	}
	if in.content == nil {
		in.content = in.body
	}
	in.findLeads()
	in.contentNL = in.data(in.content).nonLink()
	// The region is the outermost container around the content: photo
	// captions there are kept even outside the content itself.
	in.region = in.content
	for p := in.content.Parent; p != nil; p = p.Parent {
		if d := in.data(p); d != nil && d.flags&fContainer != 0 {
			in.region = p
		}
	}
}

// Limits of the lead search: how many levels above the content it looks,
// and how much body text a block before the content needs to be a lead.
const (
	leadLevels  = 2
	minLeadBody = 60
)

// findLeads finds the blocks of text just before the content container
// that belong to the readout (a lead paragraph or standfirst outside the
// body's own container): preceding siblings of the content, or of its
// parent, that hold body text besides the title and dateline.
func (in *htmlIngester) findLeads() {
	child := in.content
	for level := 0; level < leadLevels && child != in.body; level++ {
		p := child.Parent
		if p == nil || p == in.body || p.Type != html.ElementNode {
			break
		}
		for c := p.FirstChild; c != nil && c != child; c = c.NextSibling {
			d := in.data(c)
			if d == nil || d.flags&(fInvisible|fFurniture) != 0 {
				continue
			}
			if d.body-in.claimedBody(c) >= minLeadBody && 5*d.link < d.text {
				in.leads = append(in.leads, c)
			}
		}
		child = p
	}
}

// isLead reports whether n is a lead block found before the content.
func (in *htmlIngester) isLead(n *html.Node) bool {
	for _, l := range in.leads {
		if l == n {
			return true
		}
	}
	return false
}

// claimedBody returns the body text of the title and dateline elements
// inside c.
func (in *htmlIngester) claimedBody(c *html.Node) int32 {
	var n int32
	for _, x := range append([]*html.Node{in.titleNode}, in.claimed...) {
		if x == nil {
			continue
		}
		for p := x; p != nil; p = p.Parent {
			if p == c {
				n += in.data(x).body
				break
			}
		}
	}
	return n
}

// densest returns the element with the highest paragraph density score,
// discounted by its share of link text; nil when no element scores.
func (in *htmlIngester) densest() *html.Node {
	var best *html.Node
	var bestScore float32
	for i := range in.elems {
		d := &in.elems[i]
		if d.score <= 0 || d.text == 0 {
			continue
		}
		s := d.score * (1 - float32(d.link)/float32(d.text))
		if s > bestScore {
			best, bestScore = in.nodes[i], s
		}
	}
	return best
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

// openList starts numbering an <ol> or <ul>.
func (in *htmlIngester) openList(n *html.Node) {
	in.startPendingItem()
	l := &listState{ordered: n.DataAtom == atom.Ol, style: '1', step: 1, next: 1}
	if t := attr(n, "type"); len(t) == 1 && strings.Contains("1aAiI", t) {
		l.style = t[0]
	}
	if s, ok := listStyle(attr(n, "style")); ok {
		switch s {
		case 'b':
			l.ordered = false
		case 'd':
			l.ordered = true
			l.style = '1'
		default:
			l.style = s
		}
	}
	if l.ordered && hasAttr(n, "reversed") {
		l.step = -1
		l.next = 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				l.next++
			}
		}
	}
	if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "start"))); err == nil && l.ordered {
		l.next = v
	}
	in.lists = append(in.lists, l)
}

// listStyleTypes maps CSS list-style-type values to a numbering style:
// 'b' draws bullets, 'd' decimals, 0 nothing.
var listStyleTypes = map[string]byte{
	"decimal": '1', "decimal-leading-zero": '1', "lower-alpha": 'a', "lower-latin": 'a',
	"upper-alpha": 'A', "upper-latin": 'A', "lower-roman": 'i', "upper-roman": 'I',
	"none": 0, "disc": 'b', "circle": 'b', "square": 'b',
}

// reListStyle finds a list-style or list-style-type declaration.
var reListStyle = regexp.MustCompile(`(?i)list-style(?:-type)?\s*:\s*([a-z\-]+)`)

// listStyle reads the numbering style an inline style sets.
func listStyle(style string) (byte, bool) {
	if style == "" {
		return 0, false
	}
	m := reListStyle.FindStringSubmatch(style)
	if m == nil {
		return 0, false
	}
	s, ok := listStyleTypes[strings.ToLower(m[1])]
	return s, ok
}

// startPendingItem emits the marker of an ordered item whose first
// content is a nested list, so that its number is not lost.
func (in *htmlIngester) startPendingItem() {
	sc := in.scopes[len(in.scopes)-1]
	if !sc.pending {
		return
	}
	sc.pending = false
	if sc.ordered {
		in.add(extract.Item, sc.marker, sc.number, sc.depth, "")
	}
}

// openItem starts a list item: its ordinal from the list, its depth from
// the scope it is nested in.
func (in *htmlIngester) openItem(n *html.Node) {
	parent := in.scopes[len(in.scopes)-1]
	base := parent.contDepth()
	sc := &scope{pending: true}
	var l *listState
	if len(in.lists) > 0 {
		l = in.lists[len(in.lists)-1]
	}
	if l != nil && l.ordered {
		ord := l.next
		if v, err := strconv.Atoi(strings.TrimSpace(attr(n, "value"))); err == nil {
			ord = v
		}
		l.next = ord + l.step
		style := l.style
		if t := attr(n, "type"); len(t) == 1 && strings.Contains("1aAiI", t) {
			style = t[0]
		}
		sc.depth = base + 1
		if style == 0 {
			sc.unmarked = true
		} else {
			sc.ordered = true
			sc.marker = renderOrdinal(ord, style) + "."
			sc.number = max(ord, 0)
		}
	} else if base > 0 {
		sc.depth = base + 1
	}
	in.scopes = append(in.scopes, sc)
}

// renderOrdinal writes an ordinal in a list numbering style; values a
// style cannot write fall back to decimal.
func renderOrdinal(n int, style byte) string {
	switch style {
	case 'a', 'A':
		if n < 1 {
			break
		}
		var buf [16]byte
		i := len(buf)
		for v := n; v > 0 && i > 0; v = (v - 1) / 26 {
			i--
			buf[i] = byte('a' + (v-1)%26)
		}
		s := string(buf[i:])
		if style == 'A' {
			s = strings.ToUpper(s)
		}
		return s
	case 'i', 'I':
		if n < 1 || n > 3999 {
			break
		}
		s := roman(n)
		if style == 'i' {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

// roman writes n (1 to 3999) in upper-case roman numerals.
func roman(n int) string {
	vals := [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
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
			in.line(line)
		}
	}
}

// splitBreaks splits a line at its <br> breaks where they separate
// separate lines: a blank line, or a line that starts with a list marker
// or bullet. Other breaks are spaces.
func splitBreaks(s string) []string {
	if strings.IndexByte(s, '\n') < 0 {
		return []string{s}
	}
	parts := strings.Split(s, "\n")
	var out []string
	var cur strings.Builder
	blank := false
	for i, p := range parts {
		t := strings.TrimSpace(p)
		if t == "" {
			blank = true
			continue
		}
		if i > 0 && cur.Len() > 0 && (blank || startsItem(t)) {
			out = append(out, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(p)
		blank = false
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// startsItem reports whether a line opens with a list marker or bullet.
func startsItem(t string) bool {
	if _, _, ok := parseBullet(t); ok {
		return true
	}
	_, _, _, _, ok := parseMarker(t)
	return ok
}

// line emits one line of content text.
func (in *htmlIngester) line(raw string) {
	sc := in.scopes[len(in.scopes)-1]
	t := cleanLine(stripNoise(stripEscapedMarkup(raw)))
	if t == "" {
		return
	}
	if sc.pending {
		in.itemLine(sc, t)
		return
	}
	heading := in.headings > 0
	top := len(in.scopes) == 1 && sc.open == 0
	switch {
	case furnitureLine(t), in.echoesTitle(t), reClockOnly.MatchString(t),
		in.bodyBlocks == 0 && top && reTypeLabel.MatchString(t):
		in.b.Remove(t)
		return
	case heading && reTailHeading.MatchString(t):
		// A closing section ("Contacts", "Associated links"): the rest
		// of the section the heading opens is page furniture.
		in.b.Remove(t)
		in.dropHeadings()
		if in.headingNode != nil && in.headingNode.Parent != nil {
			in.tail = in.headingNode.Parent
		}
		return
	case in.dateline == "" && in.longBlocks == 0 && top && datelineLike(t):
		in.dateline = t
		in.b.Add(extract.Dateline, "", 0, 0, trimBullet(t))
		return
	}
	if len(in.scopes) == 1 && sc.open == 0 && !heading && len(t) <= maxShortLine && isCaptionLine(t) {
		in.add(extract.Caption, "", 0, 0, t)
		return
	}
	if pieces := splitBulletRuns(t); pieces != nil {
		for _, p := range pieces {
			in.piece(sc, p, false)
		}
		return
	}
	in.piece(sc, t, heading)
}

// itemLine emits the first line of a list item.
func (in *htmlIngester) itemLine(sc *scope, t string) {
	sc.pending = false
	if sc.ordered {
		in.add(extract.Item, sc.marker, sc.number, sc.depth, t)
		return
	}
	if furnitureLine(t) {
		in.b.Remove(t)
		return
	}
	bulleted := !sc.unmarked
	if _, rest, ok := parseBullet(t); ok {
		t, bulleted = rest, true
	}
	if m, num, _, rest, ok := parseMarker(t); ok {
		sc.depth = max(sc.depth, 1)
		in.add(extract.Item, m, num, sc.depth, rest)
		return
	}
	if bulleted {
		in.add(extract.Paragraph, "•", 0, sc.depth, t)
		return
	}
	in.add(extract.Paragraph, "", 0, sc.depth, t)
}

// piece emits one paragraph or heading of content in scope sc: an item
// when it opens with a written marker (after any bullet), a bulleted
// paragraph, or a plain one.
func (in *htmlIngester) piece(sc *scope, t string, heading bool) {
	bullet := ""
	if b, rest, ok := parseBullet(t); ok {
		bullet, t = b, rest
		if t == "" {
			return
		}
	}
	if m, num, style, rest, ok := parseMarker(t); ok && rest != "" {
		in.add(extract.Item, m, num, sc.written(style), rest)
		return
	}
	kind := extract.Paragraph
	if heading && bullet == "" {
		kind = extract.Heading
	}
	in.add(kind, bullet, 0, sc.contDepth(), t)
}

// pendingHeading is a heading held back until body text follows it.
type pendingHeading struct {
	marker        string
	number, depth int
	text          string
}

// runningText is the length from which a body block is running text: a
// date line is no longer looked for after one.
const runningText = 120

// add appends a block and counts body blocks. A heading is held back
// until a body block or caption follows it, so that a heading whose
// section was all furniture ("Associated links" over a removed list) is
// dropped with it.
func (in *htmlIngester) add(kind extract.BlockKind, marker string, number, depth int, text string) {
	if kind == extract.Heading {
		in.heading = append(in.heading, pendingHeading{marker, number, depth, text})
		return
	}
	for _, h := range in.heading {
		if in.b.Add(extract.Heading, h.marker, h.number, h.depth, h.text) >= 0 {
			in.bodyBlocks++
		}
	}
	in.heading = in.heading[:0]
	if in.b.Add(kind, marker, number, depth, text) >= 0 && kind != extract.Caption {
		in.bodyBlocks++
		if len(text) >= runningText {
			in.longBlocks++
		}
	}
}

// dropHeadings removes the headings still waiting for body text.
func (in *htmlIngester) dropHeadings() {
	for _, h := range in.heading {
		in.b.Remove(h.text)
	}
	in.heading = in.heading[:0]
}

// Line rules of the HTML walk.
var (
	// reClockOnly matches a line that is only a clock time ("18:40"), a
	// page's publication time.
	reClockOnly = regexp.MustCompile(`(?i)^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?$`)
	// reTypeLabel matches a content-type label written above the text
	// ("Readout", "News release").
	reTypeLabel = regexp.MustCompile(`(?i)^(?:readout|news\s+release|press\s+release|media\s+advisory|backgrounder|statement|news|speech|transcript|fact\s+sheet|press\s+statement|news\s+story)$`)
	// reTailHeading matches a heading that closes the readout: what
	// follows it is contact details, links or page details.
	reTailHeading = regexp.MustCompile(`(?i)^(?:(?:media|press)\s+)?contacts?:?$|^(?:associated|related|useful|external|other)\s+(?:links?|documents?|content|information|resources|products|news|articles?|pages?)$|^for\s+(?:more|further)\s+information:?$|^(?:media|press)\s+(?:enquiries|inquiries)$|^page\s+details$|^share\s+this\s+(?:page|article|story)$|^(?:see\s+also|more\s+news|latest\s+news|read\s+more|explore\s+more|tags?|topics?|keywords?)$`)
)

// caption emits a photo caption; credits and date-only or empty captions
// are removed.
func (in *htmlIngester) caption(s string) {
	t := cleanLine(stripEscapedMarkup(strings.ReplaceAll(s, "\n", " ")))
	t = unwrapEmphasis(trimBullet(t))
	switch {
	case t == "":
	case furnitureLine(t), isSeparator(t), dateOnly(t), in.echoesTitle(t):
		in.b.Remove(t)
	default:
		in.b.Add(extract.Caption, "", 0, 0, t)
	}
}

// maxShortLine is the longest line tested as boilerplate or a caption:
// page furniture and captions are short, and the line rules' regular
// expressions cost time in proportion to the line.
const maxShortLine = 320

// furnitureLine reports whether a short cleaned line is boilerplate.
func furnitureLine(t string) bool { return len(t) <= maxShortLine && isBoilerplate(t) }

// noiseWords are words every piece of inline link furniture holds
// ("(opens in a new window)", "(link is external)").
var noiseWords = []string{"window", "external"}

// stripNoise removes inline link furniture from a line that may hold it.
func stripNoise(s string) string {
	for _, w := range noiseWords {
		if containsFold(s, w) {
			return stripInlineNoise(s)
		}
	}
	return s
}

// containsFold reports whether s holds the lower-case ASCII word w in any
// letter case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && (s[i+j]|0x20) == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}

// echoesTitle reports whether a line repeats the page title, once or
// more ("Title Title").
func (in *htmlIngester) echoesTitle(t string) bool {
	if in.title == "" || len(t) < len(in.title) || len(t)%len(in.title) > len(t)/len(in.title) {
		return false
	}
	rest := t
	for rest != "" {
		if !strings.HasPrefix(rest, in.title) {
			return false
		}
		rest = strings.TrimLeft(rest[len(in.title):], " ")
	}
	return true
}

// inlineBullets are the bullets that may run several points together in
// one paragraph ("• (1) ... • (2) ...").
var inlineBullets = []string{"•", "●", "■", "◆", "▪", "◦"}

// splitBulletRuns splits a paragraph that holds several bulleted runs,
// or opens with a bullet and holds another, at each bullet; nil when it
// holds none.
func splitBulletRuns(t string) []string {
	var cuts []int
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if r >= 0x2000 && isInlineBullet(t[i:i+size]) &&
			(i == 0 || t[i-1] == ' ') && (i+size == len(t) || t[i+size] == ' ') {
			cuts = append(cuts, i)
		}
		i += size
	}
	if len(cuts) < 2 {
		return nil
	}
	var out []string
	if cuts[0] > 0 {
		out = append(out, strings.TrimSpace(t[:cuts[0]]))
	}
	for k, c := range cuts {
		end := len(t)
		if k+1 < len(cuts) {
			end = cuts[k+1]
		}
		if p := strings.TrimSpace(t[c:end]); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isInlineBullet reports whether s is one of the inline bullets.
func isInlineBullet(s string) bool {
	for _, b := range inlineBullets {
		if s == b {
			return true
		}
	}
	return false
}

// reEscapedTag matches markup that reached the text escaped
// ("12&lt;sup&gt;th&lt;/sup&gt;" on the page reads "12<sup>th</sup>").
var reEscapedTag = regexp.MustCompile(`(?i)</?(?:sup|sub|b|i|em|strong|span|u|small|br|p|a|font)\b[^<>]{0,200}>`)

// stripEscapedMarkup removes escaped inline markup from a line.
func stripEscapedMarkup(s string) string {
	if strings.IndexByte(s, '<') < 0 {
		return s
	}
	return reEscapedTag.ReplaceAllStringFunc(s, func(tag string) string {
		l := strings.ToLower(tag)
		if strings.HasPrefix(l, "<br") || strings.HasPrefix(l, "<p") || strings.HasPrefix(l, "</p") {
			return " "
		}
		return ""
	})
}

// reEmphasis matches a line wrapped whole in Markdown emphasis.
var reEmphasis = regexp.MustCompile(`^(\*{1,3}|_{1,3})([^*_].*?)(\*{1,3}|_{1,3})$`)

// unwrapEmphasis removes Markdown emphasis wrapped around a whole line.
func unwrapEmphasis(s string) string {
	if m := reEmphasis.FindStringSubmatch(s); m != nil && m[1] == m[3] {
		return strings.TrimSpace(m[2])
	}
	return s
}

// cleanLine trims a line and folds its runs of white space (no-break and
// other Unicode spaces included) to one space, dropping zero-width marks.
// A line that is already clean is returned as is.
func cleanLine(s string) string {
	if isClean(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' {
				space = true
				continue
			}
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
		case r == '\u200b' || r == '\ufeff':
		default:
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	return sb.String()
}

// isClean reports whether s needs no folding: no leading, trailing or
// doubled space, no other white space or control byte, and no multi-byte
// space or zero-width mark.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < ' ':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// htmlWordSet builds a set from a word list.
func htmlWordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
