package ingest

import (
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file classifies the elements of a page (furniture, hidden, photo,
// caption, container...) and measures each one in a single pass: its
// visible text, link text, body text, images and paragraph density.

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
	// metaSel matches the head elements that describe the page.
	metaSel = cascadia.MustCompile(`meta, link[rel], title`)
)

// found names the lists of elements the measuring pass collects for the
// title, dateline and content searches, each in document order.
type found uint8

const (
	foundH1 found = iota
	foundTime
	foundDateClass
	foundDl
	foundFigcaption
	foundLead
	foundContainer
	foundBackLink
	numFound
)

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
	// fInNav elements are navigation-like or lie inside one.
	fInNav
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
	furnitureTokens = wordSet("nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
		"share", "shares", "sharing", "sharebar", "social", "socialmedia", "sns", "addthis", "sharethis",
		"tags", "tag", "taglist", "related", "sidebar", "aside", "cookie", "cookies", "consent", "banner",
		"skiplink", "feedback", "footer", "header", "masthead", "pagetop", "backtotop", "totop", "gotop",
		"toolbar", "print", "pagination", "pager", "subscribe", "newsletter", "survey", "advert",
		"advertisement", "ads", "promo", "comments", "comment", "meta", "metadata", "category", "kicker",
		"eyebrow", "backlink", "logo", "search", "copyright", "disclaimer", "rating", "language", "languages",
		"translate", "popup", "modal", "rss", "login", "signup", "lnb", "gnb", "snb", "subnav", "sidenav",
		"submenu", "sitemap", "quicklinks", "utility", "utilities", "sharing", "socialshare", "byline",
		"dateline", "pubdate", "sidebox", "infobox", "topics", "keywords", "relate", "pagenav", "toc")
	// navTokens are furniture words that never surround a page's title or date.
	navTokens = wordSet("nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
		"sidebar", "aside", "footer", "related", "logo", "masthead", "cookie", "cookies", "banner", "search")
	// hiddenTokens are class words of elements not shown on screen.
	hiddenTokens = wordSet("hidden", "hide", "invisible", "visuallyhidden", "offscreen", "sronly")
	// screenSizeTokens qualify "hidden" to some screens only ("hidden-xs").
	screenSizeTokens = wordSet("xs", "sm", "md", "lg", "xl", "xxl", "mobile", "desktop", "tablet", "print")
	// photoTokens are class words of photo containers.
	photoTokens = wordSet("photo", "photos", "figure", "image", "images", "img", "picture", "gallery",
		"slideshow", "carousel", "thumbnail", "thumb", "photobox")
	// furnitureRoles are ARIA landmark roles of page furniture.
	furnitureRoles = wordSet("navigation", "banner", "contentinfo", "search", "complementary", "menu",
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
	furn, links, nav := 0, 0, 0
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
			if nav > 0 || f&fNavLike != 0 {
				f |= fInNav
			}
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
			if f&fNavLike != 0 {
				nav++
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
		if d.flags&fNavLike != 0 {
			nav--
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
	case atom.H1:
		add(foundH1)
	case atom.Time:
		add(foundTime)
	case atom.Dl:
		add(foundDl)
	case atom.Figcaption:
		add(foundFigcaption)
	case atom.A:
		if c := n.FirstChild; c != nil && c.Type == html.TextNode && backLink.MatchString(c.Data) {
			add(foundBackLink)
		}
	}
	if f&fInvisible != 0 {
		return f
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dd, atom.Small, atom.Strong:
		add(foundLead)
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || hasSelectorAttr(n) {
		if containerSel.Match(n) {
			add(foundContainer)
			f |= fContainer
		}
		if dateClassSel.Match(n) {
			add(foundDateClass)
		}
	}
	return f
}

// hasSelectorAttr reports whether n has an attribute the container and
// date selectors test.
func hasSelectorAttr(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role", "itemprop":
			return true
		}
	}
	return false
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
