package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html"
	"html/template"
	"math"
	"net/url"
	"path/filepath"
	"strings"
)

//go:embed report.html.tmpl
var pageTmpl string

//go:embed report.css
var pageCSS string

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"mul100": func(f float64) float64 { return f * 100 },
	"sub":    func(a, b int) int { return a - b },
}).Parse(pageTmpl))

// view is what the template draws.
type view struct {
	Title, Source string
	CSS           template.CSS
	S             *Stats
	Kinds         []kindView
	Timeline      template.HTML
	NetSVG        template.HTML
	Legend        []legendItem
}

type kindView struct {
	Label, Colour string
	N             int
}

type legendItem struct{ Label, Colour string }

// Render writes the report page of s.
func Render(s *Stats, opts Options) ([]byte, error) {
	v := view{Title: opts.Title, Source: opts.Source, CSS: template.CSS(pageCSS), S: s}
	if v.Title == "" {
		v.Title = "readout report"
	}
	for i, k := range Kinds {
		v.Kinds = append(v.Kinds, kindView{Label: k.Label, Colour: k.Colour, N: s.KindTotals[i]})
	}
	v.Timeline = template.HTML(timelineSVG(s))
	if s.Net != nil && len(s.Net.Nodes) > 0 {
		v.Legend = colourNodes(s.Net)
		v.NetSVG = template.HTML(networkSVG(s.Net))
	}
	var b bytes.Buffer
	if err := page.Execute(&b, v); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return b.Bytes(), nil
}

// esc escapes text for SVG written by hand.
func esc(s string) string { return html.EscapeString(s) }

// timelineSVG draws encounters per month, stacked by kind, with years
// marked below and a scale on the left.
func timelineSVG(s *Stats) string {
	if len(s.Months) == 0 {
		return ""
	}
	const W, H, left, right, top, bottom = 1000.0, 240.0, 44.0, 10.0, 10.0, 28.0
	plotW, plotH := W-left-right, H-top-bottom
	maxN := 1
	for _, c := range s.MonthCounts {
		t := 0
		for i, n := range c {
			if Kinds[i].Kind != "other" {
				t += n
			}
		}
		maxN = max(maxN, t)
	}
	scale := niceCeil(maxN)
	bw := plotW / float64(len(s.Months))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="timeline" viewBox="0 0 %.0f %.0f" role="img" aria-label="encounters per month by kind">`, W, H)
	// Grid and scale.
	for _, f := range []float64{0, 0.5, 1} {
		yy := top + plotH*(1-f)
		fmt.Fprintf(&b, `<line x1="%.0f" x2="%.0f" y1="%.1f" y2="%.1f" class="grid"/>`, left, W-right, yy, yy)
		fmt.Fprintf(&b, `<text x="%.0f" y="%.1f" class="tick" text-anchor="end">%d</text>`, left-6, yy+4, int(math.Round(float64(scale)*f)))
	}
	for i, m := range s.Months {
		x := left + float64(i)*bw
		yy := top + plotH
		var tip []string
		total := 0
		for k, n := range s.MonthCounts[i] {
			if n == 0 || Kinds[k].Kind == "other" {
				continue
			}
			h := plotH * float64(n) / float64(scale)
			yy -= h
			total += n
			tip = append(tip, fmt.Sprintf("%d %s", n, Kinds[k].Label))
			fmt.Fprintf(&b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s"/>`, x, yy, math.Max(bw-0.6, 0.6), h, Kinds[k].Colour)
		}
		if total > 0 {
			// A hover target over the whole month, with its counts.
			fmt.Fprintf(&b, `<rect x="%.2f" y="%.0f" width="%.2f" height="%.0f" class="hit"><title>%s: %s</title></rect>`, x, top, bw, plotH, m, esc(strings.Join(tip, ", ")))
		}
	}
	// Year marks: every year when they fit, else every few.
	years := 0
	for _, m := range s.Months {
		if strings.HasSuffix(m, "-01") {
			years++
		}
	}
	every := 1
	for float64(years)/float64(every)*44 > plotW {
		every++
	}
	lastLabel := -1e9
	for i, m := range s.Months {
		january := strings.HasSuffix(m, "-01")
		if !january && i != 0 {
			continue
		}
		x := left + float64(i)*bw
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%.0f" y2="%.0f" class="yearline"/>`, x, x, top, top+plotH+4)
		label := m[:4]
		if !january {
			// The first month, when it is no January: labelled only when
			// the next year's label leaves it room.
			label = m
			if float64(13-atoi(m[5:7]))*bw < 52 {
				continue
			}
		} else if atoi(m[:4])%every != 0 || x-lastLabel < 40 {
			continue
		}
		lastLabel = x
		fmt.Fprintf(&b, `<text x="%.1f" y="%.0f" class="tick">%s</text>`, x+2, H-8, label)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// niceCeil rounds n up to 1, 2 or 5 times a power of ten.
func niceCeil(n int) int {
	p := 1
	for {
		for _, m := range []int{1, 2, 5} {
			if m*p >= n {
				return m * p
			}
		}
		p *= 10
	}
}

// networkSVG draws the network: edges first, then nodes, then labels with
// a white halo so they stay legible over edges.
func networkSVG(net *Network) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="network" viewBox="0 0 %.0f %.0f" role="img" aria-label="who met whom">`, net.W, net.H)
	maxW := 1
	for _, e := range net.Edges {
		maxW = max(maxW, e.W)
	}
	b.WriteString(`<g class="edges">`)
	for _, e := range net.Edges {
		a, c := net.Nodes[e.A], net.Nodes[e.B]
		w := 0.5 + 3*math.Sqrt(float64(e.W)/float64(maxW))
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke-width="%.2f"><title>%s and %s: %d records</title></line>`,
			a.X, a.Y, c.X, c.Y, w, esc(a.Name), esc(c.Name), e.W)
	}
	b.WriteString(`</g><g class="nodes">`)
	for _, n := range net.Nodes {
		note := ""
		if n.Note != "" {
			note = " (" + n.Note + ")"
		}
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s"><title>%s%s: %d records</title></circle>`,
			n.X, n.Y, n.R, n.Colour, esc(n.Name), esc(note), n.Records)
	}
	b.WriteString(`</g><g class="labels">`)
	for _, n := range net.Nodes {
		if !n.Label {
			continue
		}
		anchor, dx := "start", n.R+3
		if n.LabelLeft {
			anchor, dx = "end", -(n.R + 3)
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="%s">%s</text>`, n.X+dx, n.Y+4, anchor, esc(shortName(n.Name)))
	}
	b.WriteString(`</g></svg>`)
	return b.String()
}

// shortName drops middle initials and suffixes from a label: "Joseph R.
// Biden, Jr." is drawn "Joseph Biden".
func shortName(name string) string {
	if i := strings.IndexByte(name, ','); i > 0 {
		name = name[:i]
	}
	var keep []string
	ws := strings.Fields(name)
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && len(strings.TrimSuffix(w, ".")) == 1 {
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

// otherColour is the colour of a country outside the legend, noneColour
// of a person whose country no record states.
const otherColour, noneColour = "#64748b", "#cbd5e1"

// colourNodes gives the countries most met a colour each,
// in order, the rest one colour together, and returns the legend.
func colourNodes(net *Network) []legendItem {
	// Countries rank by their people's records, so the countries met most
	// get their own colour.
	n := map[string]int{}
	for _, nd := range net.Nodes {
		n[nd.Code] += nd.Records
	}
	var codes []string
	for c := range n {
		if c != "" {
			codes = append(codes, c)
		}
	}
	sortByCount(codes, n)
	colour := map[string]string{"": noneColour}
	var out []legendItem
	for i, c := range codes {
		if i < len(palette) {
			colour[c] = palette[i]
			out = append(out, legendItem{Label: countryLabel(c), Colour: palette[i]})
		} else {
			colour[c] = otherColour
		}
	}
	if len(codes) > len(palette) {
		out = append(out, legendItem{Label: "other countries", Colour: otherColour})
	}
	if n[""] > 0 {
		out = append(out, legendItem{Label: "country not stated", Colour: noneColour})
	}
	for i := range net.Nodes {
		net.Nodes[i].Colour = colour[net.Nodes[i].Code]
	}
	return out
}

func sortByCount(keys []string, n map[string]int) {
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && (n[keys[j]] > n[keys[j-1]] || n[keys[j]] == n[keys[j-1]] && keys[j] < keys[j-1]); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
}

// relLink is a relative link from the folder from to the file target.
func relLink(from, target string) string {
	r, err := filepath.Rel(from, target)
	if err != nil {
		r = target
	}
	parts := strings.Split(filepath.ToSlash(r), "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}
