package ingest

import (
	"strings"

	"github.com/readout/readout/internal/fastre"

	"github.com/PuerkitoBio/goquery"

	"golang.org/x/net/html"

	"github.com/readout/readout/extract"
)

// This file finds what the walk needs before it starts: the page's
// metadata, its title, its dateline, and the container of its text.

// maxCandidates is the most content containers compared on one page.
const maxCandidates = 32

// pageMeta is what the page's head says about it.
type pageMeta struct {
	title, ogTitle, site, url, published string
}

// Meta names whose content is the release date.
var publishedMetaNames = wordSet("article:published_time", "og:article:published_time", "datepublished",
	"dc.date.issued", "dcterms.issued", "dc.date", "date", "pubdate", "publish-date", "publication_date")

// readMeta reads the page's <title>, Open Graph and canonical metadata,
// through goquery over the page's head elements (the selector is compiled
// once, in metaSel).
func (in *htmlIngester) readMeta() pageMeta {
	var m pageMeta
	var canonical, ogURL string
	goquery.NewDocumentFromNode(in.root).FindMatcher(metaSel).Each(func(_ int, s *goquery.Selection) {
		switch goquery.NodeName(s) {
		case "title":
			if m.title == "" {
				m.title = in.nodeText(s.Get(0))
				if m.title == "" {
					m.title = cleanLine(s.Text())
				}
			}
		case "link":
			if rel, _ := s.Attr("rel"); canonical == "" && hasToken(splitTokens(nil, rel), "canonical") {
				href, _ := s.Attr("href")
				canonical = strings.TrimSpace(href)
			}
		case "meta":
			key := strings.ToLower(s.AttrOr("property", ""))
			if key == "" {
				key = strings.ToLower(s.AttrOr("name", ""))
			}
			if key == "" {
				key = strings.ToLower(s.AttrOr("itemprop", ""))
			}
			val := cleanLine(s.AttrOr("content", ""))
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
	})
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
var reSiteName = fastre.MustCompile(`(?i)\b(?:ministry|department|government|gov|office|embassy|agency|service|portal|website|council|cabinet|secretariat|commission|president|white house|state|affairs|news|nato|un|eu)\b|\.(?:gov|org|com|int|uk|jp)\b|^[A-Z.]{2,12}$`)

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
		h1 = cleanLine(stripInlineTags(in.nodeText(in.titleNode)))
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

// isSectionName reports whether a heading names a section that the page
// links back to ("Back to Press Releases").
func (in *htmlIngester) isSectionName(h string) bool {
	for _, a := range in.found[foundBackLink] {
		if m := backLink.FindStringSubmatch(in.nodeText(a)); m != nil && strings.EqualFold(m[1], h) {
			return true
		}
	}
	return false
}

// inNavLike reports whether n lies in navigation-like furniture (a nav,
// footer, sidebar, banner), where no title or date of the page is.
func (in *htmlIngester) inNavLike(n *html.Node) bool {
	d := in.data(n)
	return d == nil || d.flags&(fInNav|fInvisible) != 0
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

// releaseDateLabels are the labels a page puts before its release date:
// a description list's <dt> ("Published") or the opening of a date-only
// line ("Date: 24 June 2025", "Press release 17 July 2022").
var releaseDateLabels = []string{"date", "dated", "published", "first published", "posted", "released", "issued",
	"press release", "release date", "publication date"}

// reDateLabel matches the label of a release date in a description list.
var reDateLabel = fastre.MustCompile(`(?i)^\s*` + alternation(releaseDateLabels...) + `\s*:?\s*$`)

// reModified matches what labels a date as a revision, not the release:
// itemprop="dateModified", "Date modified:", "Last updated".
var reModified = fastre.MustCompile(`(?i)modified|updated|revised|reviewed`)

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
var reISODate = fastre.MustCompile(`^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])`)

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
	reDatePrefixOnly = fastre.MustCompile(`(?i)^[\s•·*\-–—|:]*(?:` + alternation(releaseDateLabels...) + `(?:\s+on)?\s*[:：\-–—]?\s*)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?,?\s*)?$`)
	reDateSuffixOnly = fastre.MustCompile(`(?i)^[\s.,;]*(?:\(\s*\w{2,9}\.?\s*\))?[\s.,;]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?[\s.,;]*$`)
	reDateRange      = fastre.MustCompile(`(?i)^\s*(?:[-–—~～]|to|until|through)\s*`)
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
	// The densest block of paragraphs wins over a container that holds
	// far less text and neither holds the other (a teaser <article>).
	if dn := in.densest(); dn != nil && (in.content == nil ||
		in.data(dn).body > denserShare*in.data(in.content).body && !holds(in.content, dn) && !holds(dn, in.content)) {
		in.content = dn
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
	maxLeads    = 8
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
			if d.body-in.claimedBody(c) >= minLeadBody && 5*d.link < d.text && len(in.leads) < maxLeads {
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

// denserShare is how many times more body text the densest block must
// hold than the chosen container to replace it.
const denserShare = 2

// holds reports whether n lies in the subtree of a.
func holds(a, n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == a {
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
