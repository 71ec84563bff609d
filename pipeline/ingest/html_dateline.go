package ingest

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds an HTML page's release date line: each place a page
// may state it is a named entry of datelineSources.

// datelineSource is one place a page may state its release date: find
// returns the date text as written and the elements it is written in,
// which the walk then skips, or "" when the page has no date there.
type datelineSource struct {
	name string
	find func(in *htmlIngester) (date string, claim []*html.Node)
}

// datelineSources are the places findDateline looks, in order; the first
// that finds a date wins.
var datelineSources = []datelineSource{
	{"time-element", (*htmlIngester).datelineTime},
	{"date-class", (*htmlIngester).datelineClass},
	{"description-list", (*htmlIngester).datelineList},
	{"date-caption", (*htmlIngester).datelineCaption},
	{"lead-line", (*htmlIngester).datelineLead},
}

// findDateline finds the page's release date line and claims the
// elements it is written in, so that the walk skips them: the first of
// datelineSources that finds one (a <time>, a date-classed element, a
// "Published" entry of a <dl>, a date-only figcaption, a short date-only
// block before the text), else the published-time metadata. It returns
// the date text as written.
func (in *htmlIngester) findDateline(m pageMeta) string {
	for _, src := range datelineSources {
		if date, claim := src.find(in); date != "" {
			in.claimed = append(in.claimed, claim...)
			return trimBullet(date)
		}
	}
	return isoDate(m.published)
}

// datelineTime finds the release date in a <time> element: with its
// line when that line is short, alone when it stands by itself in a
// longer block (not inside a sentence).
func (in *htmlIngester) datelineTime() (string, []*html.Node) {
	for _, t := range in.found[foundTime] {
		if in.inNavLike(t) || in.modifiedDate(t) {
			continue
		}
		block := in.blockOf(t)
		short := in.data(block).text <= maxDatelineLen
		var date string
		if short {
			if txt := in.nodeText(block); datelineLike(txt) {
				date = txt
			}
		}
		if date == "" {
			if in.data(block).flags&fParaLike != 0 || block == in.body {
				continue // a date inside a sentence, or a bare page
			}
			block = t
			if own := in.nodeText(t); dateOnly(own) {
				date = own
			} else {
				date = isoDate(attr(t, "datetime"))
			}
		}
		if date != "" {
			return date, []*html.Node{block}
		}
	}
	return "", nil
}

// datelineClass finds the release date in an element whose class says
// it holds the date.
func (in *htmlIngester) datelineClass() (string, []*html.Node) {
	for _, n := range in.found[foundDateClass] {
		if in.inNavLike(n) {
			continue
		}
		if txt := in.nodeText(n); datelineLike(txt) {
			return txt, []*html.Node{n}
		}
	}
	return "", nil
}

// datelineList finds the release date in a "Published" entry of a
// description list.
func (in *htmlIngester) datelineList() (string, []*html.Node) {
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
				return txt, []*html.Node{dt, dd}
			}
		}
	}
	return "", nil
}

// datelineCaption finds the release date in a caption that holds
// nothing but the date.
func (in *htmlIngester) datelineCaption() (string, []*html.Node) {
	for _, n := range in.found[foundFigcaption] {
		if in.inNavLike(n) {
			continue
		}
		if txt := in.nodeText(n); len(txt) <= maxDatelineLen && dateOnly(txt) {
			return txt, []*html.Node{n}
		}
	}
	return "", nil
}

// datelineLead finds the release date in a short date line before the
// first paragraph of text.
func (in *htmlIngester) datelineLead() (string, []*html.Node) {
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
			return txt, []*html.Node{n}
		}
	}
	return "", nil
}
