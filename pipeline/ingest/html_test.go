package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"gopkg.in/yaml.v3"
)

// Shared folders the HTML tests read: the dev pages with their gold, and
// the archive of readouts as HTML pages.
const (
	htmlDevCorpus = "../../../shared/corpus/dev"
	whHTMLArchive = "../../../shared/archive/wh-html"
)

// furniturePhrases are phrases of the archive's page template that no
// readout uses: none may reach a body block or caption.
var furniturePhrases = []string{"Skip to content", "An official website", "Here's how you know",
	"Policy Issues", "Bureaus & Offices", "Accessibility Statement", "Copyright Information", "Back to top"}

// furnitureLines are whole lines of the template (its tags, share bar and
// footer) that a readout may also use inside a sentence: no block may be
// exactly one of them.
var furnitureLines = []string{"Readout", "Share", "X", "Email", "Tags", "Bureau of East Asian and Pacific Affairs",
	"Office of the Spokesperson", "Facebook", "Privacy Policy", "FOIA", "Search", "About", "Countries & Areas",
	"###"}

// bodyKinds reports whether a block is body text.
func bodyKind(k extract.BlockKind) bool {
	return k == extract.Paragraph || k == extract.Item || k == extract.Heading
}

// TestIngestHTMLDevPages ingests every dev HTML page: no gold
// must_not_contain string may reach a body block, and each page's block
// structure matches its hand-checked shape.
func TestIngestHTMLDevPages(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(htmlDevCorpus, "*.html"))
	if len(files) == 0 {
		t.Skip("shared corpus not found")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := HTML(raw)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		id := strings.TrimSuffix(filepath.Base(f), ".html")
		for _, bad := range goldMustNotHTML(t, id) {
			for _, b := range doc.Blocks {
				if bodyKind(b.Kind) && strings.Contains(doc.BlockText(b), bad) {
					t.Errorf("%s: %q in %s block %q", id, bad, b.Kind, doc.BlockText(b))
				}
			}
		}
	}
}

// goldMustNotHTML returns the must_not_contain strings of a dev page's gold.
func goldMustNotHTML(t *testing.T, id string) []string {
	raw, err := os.ReadFile(filepath.Join(htmlDevCorpus, "gold", id+".yaml"))
	if err != nil {
		return nil
	}
	var gold struct {
		MustNot []string `yaml:"must_not_contain"`
	}
	if err := yaml.Unmarshal(raw, &gold); err != nil {
		t.Errorf("%s: gold: %v", id, err)
	}
	return gold.MustNot
}

// TestIngestHTMLArchive ingests every page of the HTML archive: each must
// give a title, a dateline and body paragraphs, and no template furniture.
func TestIngestHTMLArchive(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(whHTMLArchive, "*.html"))
	if len(files) == 0 {
		t.Skip("HTML archive not found")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := HTML(raw)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var kinds [8]int
		for _, b := range doc.Blocks {
			kinds[b.Kind]++
			if !bodyKind(b.Kind) && b.Kind != extract.Caption {
				continue
			}
			text := doc.BlockText(b)
			for _, w := range furniturePhrases {
				if strings.Contains(text, w) {
					t.Errorf("%s: furniture %q in %s block", filepath.Base(f), w, b.Kind)
				}
			}
			for _, w := range furnitureLines {
				if text == w {
					t.Errorf("%s: furniture line %q as a %s block", filepath.Base(f), w, b.Kind)
				}
			}
		}
		if kinds[extract.Title] != 1 || kinds[extract.Dateline] != 1 || kinds[extract.Paragraph] == 0 {
			t.Errorf("%s: %d titles, %d datelines, %d paragraphs", filepath.Base(f),
				kinds[extract.Title], kinds[extract.Dateline], kinds[extract.Paragraph])
		}
		if doc.Meta.Site != "United States Department of State" {
			t.Errorf("%s: site %q", filepath.Base(f), doc.Meta.Site)
		}
		if len(doc.Blocks) > 0 && doc.Blocks[0].Kind != extract.Title {
			t.Errorf("%s: first block is %s", filepath.Base(f), doc.Blocks[0].Kind)
		}
	}
}

// BenchmarkIngestHTML ingests every page of the HTML archive once per
// iteration.
func BenchmarkIngestHTML(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(whHTMLArchive, "*.html"))
	if len(files) == 0 {
		b.Skip("HTML archive not found")
	}
	pages := make([][]byte, len(files))
	size := 0
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages[i] = raw
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := HTML(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// blockLines renders doc's blocks compactly, one a line: kind, depth,
// number, marker and text.
func blockLines(doc *extract.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		s := fmt.Sprintf("%s d%d n%d", b.Kind, b.Depth, b.Number)
		if b.Marker != "" {
			s += " " + b.Marker
		}
		out = append(out, s+" | "+doc.BodyText(b))
	}
	return out
}

// page wraps body in a minimal page.
func page(body string) string {
	return "<!DOCTYPE html><html><head><meta charset=utf-8></head><body>" + body + "</body></html>"
}

// htmlCase is one inline page and the blocks it must give.
type htmlCase struct {
	name string
	page string
	want []string
}

// runHTMLCases ingests each case and compares its blocks.
func runHTMLCases(t *testing.T, cases []htmlCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := HTML([]byte(c.page))
			if err != nil {
				t.Fatal(err)
			}
			got := blockLines(doc)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("blocks:\n%s\nwant:\n%s\nremoved: %q", strings.Join(got, "\n"), strings.Join(c.want, "\n"), doc.Removed)
			}
		})
	}
}

func TestIngestHTMLLists(t *testing.T) {
	runHTMLCases(t, []htmlCase{
		{"nested ol with strong headings", page(`<main><p>Lead.</p><ol><li><strong>Intro</strong><ol><li>A.</li><li>B.</li></ol></li>` +
			`<li><strong>Region</strong><p>Text.</p><p>More.</p></li></ol></main>`), []string{
			"paragraph d0 n0 | Lead.",
			"item d1 n1 1. | Intro",
			"item d2 n1 1. | A.",
			"item d2 n2 2. | B.",
			"item d1 n2 2. | Region",
			"paragraph d1 n0 | Text.",
			"paragraph d1 n0 | More.",
		}},
		{"start type reversed value", page(`<main><ol start="3"><li>c</li><li>d</li></ol>` +
			`<ol type="a"><li>x</li><li value="5">y</li><li>z</li></ol>` +
			`<ol type="I" reversed><li>p</li><li>q</li><li>r</li></ol>` +
			`<ol style="list-style-type: lower-roman"><li>m</li><li type="A">n</li></ol></main>`), []string{
			"item d1 n3 3. | c", "item d1 n4 4. | d",
			"item d1 n1 a. | x", "item d1 n5 e. | y", "item d1 n6 f. | z",
			"item d1 n3 III. | p", "item d1 n2 II. | q", "item d1 n1 I. | r",
			"item d1 n1 i. | m", "item d1 n2 B. | n",
		}},
		{"bullets", page(`<main><p>Lead.</p><ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul>` +
			`<ol><li>Item<ul><li>sub</li></ul></li></ol></main>`), []string{
			"paragraph d0 n0 | Lead.",
			"paragraph d0 n0 • | one",
			"paragraph d0 n0 • | two",
			"paragraph d0 n0 • | deep",
			"item d1 n1 1. | Item",
			"paragraph d2 n0 • | sub",
		}},
		{"written markers inside an item", page(`<main><ol><li><strong>Relations</strong>` +
			`<p>（1）Opening Remarks</p><p>Said A.</p><p>Said B.</p><p>（2）Bilateral</p><p>Said C.</p></li></ol></main>`), []string{
			"item d1 n1 1. | Relations",
			"item d2 n1 （1） | Opening Remarks",
			"paragraph d2 n0 | Said A.",
			"paragraph d2 n0 | Said B.",
			"item d2 n2 （2） | Bilateral",
			"paragraph d2 n0 | Said C.",
		}},
		{"inline bullet runs", page(`<main><ol><li>Views on regions.<p>• (1) North. • (2) China. • (3) Russia.</p></li></ol></main>`), []string{
			"item d1 n1 1. | Views on regions.",
			"item d2 n1 (1) | North.",
			"item d2 n2 (2) | China.",
			"item d2 n3 (3) | Russia.",
		}},
		{"written markers at top level", page(`<main><p>Lead.</p><p>1. First</p><p>Text one.</p><p>(1) Sub</p><p>2. Second</p></main>`), []string{
			"paragraph d0 n0 | Lead.",
			"item d1 n1 1. | First",
			"paragraph d1 n0 | Text one.",
			"item d2 n1 (1) | Sub",
			"item d1 n2 2. | Second",
		}},
		{"unmarked list with written numbers", page(`<main><ol style="list-style:none"><li>(1) One</li><li>(2) Two</li></ol>` +
			`<ul><li>1. Uno</li></ul></main>`), []string{
			"item d1 n1 (1) | One",
			"item d1 n2 (2) | Two",
			"item d1 n1 1. | Uno",
		}},
		{"item whose first content is a list", page(`<main><ol><li><ol><li>inner</li></ol></li><li>next</li></ol></main>`), []string{
			"item d1 n1 1. | ",
			"item d2 n1 1. | inner",
			"item d1 n2 2. | next",
		}},
		{"numbers written into the items are not doubled", page(`<main><ol class="list-number"><li>1. First point</li><li>(2) Second point</li><li>Third point</li></ol></main>`), []string{
			"item d1 n1 1. | First point",
			"item d1 n2 (2) | Second point",
			"item d1 n3 3. | Third point",
		}},
		{"heading with a written marker", page(`<main><h2>Overview</h2><h3>1. Bilateral</h3><p>Text.</p></main>`), []string{
			"heading d0 n0 | Overview",
			"item d1 n1 1. | Bilateral",
			"paragraph d1 n0 | Text.",
		}},
	})
}

func TestIngestHTMLText(t *testing.T) {
	runHTMLCases(t, []htmlCase{
		{"inline elements do not split words", page(`<main><p><b>A</b>B and <i>C</i> <span>D</span>&amp;E&nbsp;&nbsp;F</p><p>G</p></main>`), []string{
			"paragraph d0 n0 | AB and C D&E F",
			"paragraph d0 n0 | G",
		}},
		{"line breaks", page(`<main><p>One line<br>goes on</p><p>First<br><br>Second</p><p>Intro:<br>(1) a<br>(2) b</p></main>`), []string{
			"paragraph d0 n0 | One line goes on",
			"paragraph d0 n0 | First",
			"paragraph d0 n0 | Second",
			"paragraph d0 n0 | Intro:",
			"item d1 n1 (1) | a",
			"item d1 n2 (2) | b",
		}},
		{"text directly in a container", page(`<main>Loose text<div>Block</div>tail</main>`), []string{
			"paragraph d0 n0 | Loose text",
			"paragraph d0 n0 | Block",
			"paragraph d0 n0 | tail",
		}},
		{"markdown list flattened into a paragraph", page(`<main><p>*Members attending the meeting:*</p><p>-   Representative A (CA-31) -   Representative B (DE-AL) -   Senator C</p></main>`), []string{
			"paragraph d0 n0 | Members attending the meeting:",
			"paragraph d0 n0 - | Representative A (CA-31)",
			"paragraph d0 n0 - | Representative B (DE-AL)",
			"paragraph d0 n0 - | Senator C",
		}},
		{"escaped markup", page(`<main><p>the 12&lt;sup&gt;th&lt;/sup&gt; meeting</p></main>`), []string{
			"paragraph d0 n0 | the 12th meeting",
		}},
		{"headings", page(`<main><h2>Part one</h2><p>Text.</p><h3>Related Links</h3></main>`), []string{
			"heading d0 n0 | Part one",
			"paragraph d0 n0 | Text.",
		}},
		{"line furniture", page(`<main><p>[Provisional translation]</p><p>Text.</p><p><a href="..">Back to Press Releases</a></p><p>###</p></main>`), []string{
			"paragraph d0 n0 | Text.",
		}},
	})
}

func TestIngestHTMLFurniture(t *testing.T) {
	p := `<html><head><title>A talk | Ministry of Things</title><style>p{color:red}</style>
<script>var x = "Back to top";</script></head><body>
<a class="skip-link" href="#c">Skip to content</a>
<div class="cookie-banner"><p>We use cookies.</p><button>Accept</button><button>Reject</button></div>
<header><p class="logo">Ministry of Things</p><nav><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></nav>
<form role="search"><label>Search</label><input type="search"></form></header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/p">Press</a></div>
<main id="c"><article>
<h1>A talk</h1>
<p>The minister held a talk.</p>
<noscript><p>Enable JavaScript</p></noscript><template><p>Template text</p></template>
<p hidden>Hidden text</p><p style="display: none">Invisible text</p><span aria-hidden="true">Icon</span>
<p class="visually-hidden">Screen reader text</p>
<div class="social-share"><p>Share</p><ul><li><a href="#">Facebook</a></li></ul></div>
<p>They discussed trade.</p>
<section class="related-tags"><h2>Tags</h2><ul><li><a href="/t">Trade</a></li></ul></section>
<div class="gem-c-feedback"><p>Is this page useful?</p><button>Yes</button><button>No</button></div>
</article><aside><h2>Related Links</h2><ul><li><a href="/x">Bluebook</a></li></ul></aside></main>
<footer><p>Copyright Ministry of Things</p></footer>
<p class="pagetop"><a href="#">Back to top</a></p>
</body></html>`
	doc, err := HTML([]byte(p))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"title d0 n0 | A talk", "paragraph d0 n0 | The minister held a talk.", "paragraph d0 n0 | They discussed trade."}
	if got := blockLines(doc); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s", strings.Join(got, "\n"))
	}
	removed := strings.Join(doc.Removed, "\n")
	for _, r := range []string{"Skip to content", "We use cookies.", "Accept", "Reject", "Home", "News", "Press", "Share",
		"Facebook", "Tags", "Trade", "Is this page useful?", "Related Links", "Bluebook", "Copyright Ministry of Things", "Back to top"} {
		if !strings.Contains(removed, r) {
			t.Errorf("removed lines lack %q", r)
		}
	}
	for _, r := range []string{"color:red", "var x", "Enable JavaScript", "Template text", "Hidden text", "Invisible text", "Icon", "Screen reader"} {
		if strings.Contains(removed, r) || strings.Contains(doc.Text, r) {
			t.Errorf("invisible %q shows", r)
		}
	}
	if doc.Meta.Site != "Ministry of Things" || doc.Meta.Format != "html" {
		t.Errorf("meta %+v", doc.Meta)
	}
}

func TestIngestHTMLContentChoice(t *testing.T) {
	runHTMLCases(t, []htmlCase{
		{"no container: densest paragraphs", `<html><body><div class="top"><a href="/">Home</a> <a href="/n">News</a></div>
<div class="x"><div class="y"><p>The foreign minister met his counterpart today, and they discussed trade, energy, and security.</p>
<p>Both sides agreed to continue working together closely, including at the United Nations.</p></div></div>
<div class="z"><p><a href="/a">Another story</a></p></div></body></html>`, []string{
			"paragraph d0 n0 | The foreign minister met his counterpart today, and they discussed trade, energy, and security.",
			"paragraph d0 n0 | Both sides agreed to continue working together closely, including at the United Nations.",
		}},
		{"specific container inside a wider one", page(`<div id="main"><div id="maincontents"><p class="title-category">Press Releases</p>
<h1>Talk</h1><div class="main-text"><p>The two ministers held a long talk about many things.</p></div>
<p class="back-link"><a href="..">Back to Press Releases</a></p></div><div id="sidebar"><h2>Related Links</h2></div></div>`), []string{
			"title d0 n0 | Talk",
			"paragraph d0 n0 | The two ministers held a long talk about many things.",
		}},
		{"furniture class wrapping the text is kept", page(`<main><div class="content-with-sidebar"><p>The two ministers held a long talk about many things.</p></div></main>`), []string{
			"paragraph d0 n0 | The two ministers held a long talk about many things.",
		}},
		{"a teaser article does not outweigh the text", `<html><body><div class="text"><p>The foreign minister met his counterpart today, and they discussed trade, energy, and security in depth.</p>
<p>Both sides agreed to continue working together closely, including at the United Nations and the G20.</p>
<p>They also exchanged views on regional situations, including the Middle East, Ukraine and East Asia.</p></div>
<div class="cards"><article class="card"><p>Teaser of another story about something.</p></article></div></body></html>`, []string{
			"paragraph d0 n0 | The foreign minister met his counterpart today, and they discussed trade, energy, and security in depth.",
			"paragraph d0 n0 | Both sides agreed to continue working together closely, including at the United Nations and the G20.",
			"paragraph d0 n0 | They also exchanged views on regional situations, including the Middle East, Ukraine and East Asia.",
		}},
		{"page without containers or paragraphs", `<html><body>Just a line of text</body></html>`, []string{
			"paragraph d0 n0 | Just a line of text",
		}},
	})
}

func TestIngestHTMLTitle(t *testing.T) {
	cases := []struct {
		name, page, title, site, url string
	}{
		{"h1 wins", `<html><head><title>Other | Ministry of Foreign Affairs of Japan</title></head><body><main><h1>Real</h1><p>Body text.</p></main></body></html>`,
			"Real", "Ministry of Foreign Affairs of Japan", ""},
		{"empty h1 falls back to title", `<html><head><title>Meeting - GOV.UK</title></head><body><main><h1> </h1><p>Body text.</p></main></body></html>`,
			"Meeting", "GOV.UK", ""},
		{"no title at all", `<html><head><title> - GOV.UK</title></head><body><main><h1></h1><p>Body text.</p></main></body></html>`,
			"", "GOV.UK", ""},
		{"og metadata", `<html><head><title>x</title><meta property="og:title" content="OG Title"><meta property="og:site_name" content="Site">
<link rel="canonical" href="https://example.org/a"><meta property="og:url" content="https://example.org/b"></head><body><main><p>Body text.</p></main></body></html>`,
			"OG Title", "Site", "https://example.org/a"},
		{"state department suffix", `<html><head><title>Readout of a Call - United States Department of State</title></head><body><main><p>Body text.</p></main></body></html>`,
			"Readout of a Call", "United States Department of State", ""},
		{"logo h1 in the header is not the title", `<html><body><header><h1 class="logo">Ministry</h1></header><main><article><h1>Talk</h1><p>Body text.</p></article></main></body></html>`,
			"Talk", "", ""},
		{"a section name the page links back to is not the title", `<html><head><title>Japan-Egypt Summit Meeting | Ministry of Foreign Affairs of Japan</title></head>
<body><main><h1>Press Releases</h1><p>Body text.</p><p><a href="..">Back to Press Releases</a></p></main></body></html>`,
			"Japan-Egypt Summit Meeting", "Ministry of Foreign Affairs of Japan", ""},
		{"a title that is also the section stays", `<html><head><title>NATO | Ministry of Foreign Affairs of Japan</title></head>
<body><main><h1>NATO</h1><p>Body text.</p><p><a href="..">Back to NATO</a></p></main></body></html>`,
			"NATO", "Ministry of Foreign Affairs of Japan", ""},
		{"dash inside a title is kept", `<html><head><title>Japan - Egypt Summit Meeting</title></head><body><main><p>Body text.</p></main></body></html>`,
			"Japan - Egypt Summit Meeting", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := HTML([]byte(c.page))
			if err != nil {
				t.Fatal(err)
			}
			title := ""
			if len(doc.Blocks) > 0 && doc.Blocks[0].Kind == extract.Title {
				title = doc.BlockText(doc.Blocks[0])
			}
			if title != c.title || doc.Meta.Site != c.site || doc.Meta.SourceURL != c.url {
				t.Errorf("title %q site %q url %q; want %q %q %q", title, doc.Meta.Site, doc.Meta.SourceURL, c.title, c.site, c.url)
			}
		})
	}
}

func TestIngestHTMLDateline(t *testing.T) {
	cases := []struct {
		name, page, want string
	}{
		{"time element", page(`<main><h1>T</h1><p class="meta">Posted on <time datetime="2024-05-03">May 3, 2024</time></p><p>Body text.</p></main>`), "Posted on May 3, 2024"},
		{"time attribute", page(`<main><h1>T</h1><div><time datetime="2024-05-03T10:00:00Z">3 days ago</time></div><p>Body text.</p></main>`), "2024-05-03"},
		{"time standing alone in the text container", page(`<main><time datetime="2024-05-03">May 3, 2024</time><p>The ministers met and talked about a great many things for a long time today.</p></main>`), "May 3, 2024"},
		{"time inside a sentence is not a dateline", page(`<main><p>The ministers met on <time datetime="2024-05-03">May 3, 2024</time> and talked about a great many things for a long time.</p></main>`), ""},
		{"right-aligned date", page(`<div id="maincontents"><h1>T</h1><p class="rightalign">June 24, 2025</p><p>Body text.</p></div>`), "June 24, 2025"},
		{"publish-date class", page(`<main><p class="article-meta__publish-date">January 21, 2021</p><p>Body text.</p></main>`), "January 21, 2021"},
		{"description list", page(`<main><dl><dt>From:</dt><dd>Office</dd><dt>Published</dt><dd>September 8, 2016</dd></dl><p>Body text.</p></main>`), "September 8, 2016"},
		{"date-only caption", page(`<main><figure><img src=a.jpg><figcaption>• 06 Sep. 2018 - 07 Sep. 2018</figcaption></figure><p>Body text.</p></main>`), "06 Sep. 2018 - 07 Sep. 2018"},
		{"bare date line", page(`<main><h1>T</h1><p>Friday, March 1, 2024</p><p>Body text.</p></main>`), "Friday, March 1, 2024"},
		{"metadata", `<html><head><meta property="article:published_time" content="2021-01-22T09:00:00-05:00"></head><body><main><p>Body text.</p></main></body></html>`, "2021-01-22"},
		{"updated is not a dateline", page(`<main><p class="date">Last updated: 07 Sep. 2018</p><p>Body text.</p></main>`), ""},
		{"a date in a sentence is not a dateline", page(`<main><p>On June 24, 2025 they met.</p></main>`), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := HTML([]byte(c.page))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, b := range doc.Blocks {
				if b.Kind == extract.Dateline {
					if got != "" {
						t.Errorf("second dateline %q", doc.BlockText(b))
					}
					got = doc.BlockText(b)
				}
				if bodyKind(b.Kind) && c.want != "" && strings.Contains(doc.BlockText(b), c.want) {
					t.Errorf("dateline text also in body: %q", doc.BlockText(b))
				}
			}
			if got != c.want {
				t.Errorf("dateline %q, want %q", got, c.want)
			}
		})
	}
}

func TestIngestHTMLCaptions(t *testing.T) {
	runHTMLCases(t, []htmlCase{
		{"figures and caption classes", page(`<main><h1>T</h1><div class="photo-container"><figure><img src="a.jpg" alt="Alt text">` +
			`<figcaption>Minister A shaking hands with Minister B</figcaption></figure>` +
			`<div class="photo"><img src="b.jpg"><p class="caption">The two ministers</p><p>(Photo: Cabinet Public Relations Office)</p></div></div>` +
			`<p>The ministers met today.</p><p>Photograph of the meeting</p><p>They talked.</p></main>`), []string{
			"title d0 n0 | T",
			"caption d0 n0 | Minister A shaking hands with Minister B",
			"caption d0 n0 | The two ministers",
			"paragraph d0 n0 | The ministers met today.",
			"caption d0 n0 | Photograph of the meeting",
			"paragraph d0 n0 | They talked.",
		}},
		{"captions outside the text container", page(`<div id="main"><h1>T</h1><figure><img src=a.jpg><figcaption>Leaders holding talks</figcaption></figure>` +
			`<div class="main-text"><p>The ministers met today and talked for a long while about many things.</p></div></div>`), []string{
			"title d0 n0 | T",
			"caption d0 n0 | Leaders holding talks",
			"paragraph d0 n0 | The ministers met today and talked for a long while about many things.",
		}},
		{"category label above the title", page(`<main><span class="govuk-caption-xl">Press Releases</span><h1>T</h1><p>Text.</p></main>`), []string{
			"title d0 n0 | T",
			"paragraph d0 n0 | Text.",
		}},
		{"photo credits in captions", page(`<main><figure><img src=a.jpg><figcaption>Leaders shaking hands<br>(Photo: Cabinet Public Relations Office)</figcaption></figure>` +
			`<figure><img src=b.jpg><figcaption>Leaders holding talks (Photo: Ministry of Foreign Affairs)</figcaption></figure><p>Text.</p></main>`), []string{
			"caption d0 n0 | Leaders shaking hands",
			"caption d0 n0 | Leaders holding talks",
			"paragraph d0 n0 | Text.",
		}},
		{"markdown emphasis in a caption", page(`<main><figure><img src=a.jpg><figcaption> *Task Force met*</figcaption></figure><p>Text.</p></main>`), []string{
			"caption d0 n0 | Task Force met",
			"paragraph d0 n0 | Text.",
		}},
	})
}

func TestIngestHTMLEncodings(t *testing.T) {
	sjis := []byte{0x93, 0xfa, 0x96, 0x7b, 0x82, 0xcc, 0x8a, 0x4f, 0x96, 0xb1, 0x91, 0xe5, 0x90, 0x62, 0x82, 0xcd, 0x89, 0xef, 0x92, 0x6b, 0x82, 0xf0, 0x8d, 0x73, 0x82, 0xc1, 0x82, 0xbd, 0x81, 0x42}
	euc := []byte{0xc6, 0xfc, 0xcb, 0xdc, 0xa4, 0xce, 0xb3, 0xb0, 0xcc, 0xb3, 0xc2, 0xe7, 0xbf, 0xc3, 0xa4, 0xcf, 0xb2, 0xf1, 0xc3, 0xcc, 0xa4, 0xf2, 0xb9, 0xd4, 0xa4, 0xc3, 0xa4, 0xbf, 0xa1, 0xa3}
	const jp = "日本の外務大臣は会談を行った。"
	wrap := func(head string, body []byte) []byte {
		return append(append([]byte("<html><head>"+head+"</head><body><main><p>"), body...), "</p></main></body></html>"...)
	}
	cases := []struct {
		name string
		raw  []byte
		want string
		warn bool
	}{
		{"utf-8", wrap(`<meta charset="utf-8">`, []byte("Café talks")), "Café talks", false},
		{"utf-8 bom", append([]byte("\xef\xbb\xbf"), wrap("", []byte("Café talks"))...), "Café talks", false},
		{"undeclared utf-8", wrap("", []byte("Café talks")), "Café talks", true},
		{"windows-1252 declared", wrap(`<meta charset="windows-1252">`, []byte("Caf\xe9 \x93talks\x94")), "Café “talks”", false},
		{"iso-8859-1 http-equiv", wrap(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`, []byte("Caf\xe9 talks")), "Café talks", false},
		{"latin-1 undeclared", wrap("", []byte("Caf\xe9 talks in K\xf6ln")), "Café talks in Köln", true},
		{"utf-8 declared but latin-1", wrap(`<meta charset="utf-8">`, []byte("Caf\xe9 talks")), "Café talks", true},
		{"shift_jis declared", wrap(`<meta charset="Shift_JIS">`, sjis), jp, false},
		{"shift_jis undeclared", wrap("", sjis), jp, true},
		{"euc-jp declared", wrap(`<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">`, euc), jp, false},
		{"euc-jp undeclared", wrap("", euc), jp, true},
		{"xml declaration", append([]byte(`<?xml version="1.0" encoding="Shift_JIS"?>`), wrap("", sjis)...), jp, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := HTML(c.raw)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != c.want {
				t.Errorf("text %q, want %q", doc.Text, c.want)
			}
			if (len(doc.Warnings) > 0) != c.warn {
				t.Errorf("warnings %q", doc.Warnings)
			}
		})
	}
	t.Run("utf-16 bom", func(t *testing.T) {
		s := "<html><body><main><p>Café talks</p></main></body></html>"
		raw := []byte{0xff, 0xfe}
		for _, r := range s {
			raw = append(raw, byte(r), byte(r>>8))
		}
		doc, err := HTML(raw)
		if err != nil || doc.Text != "Café talks" {
			t.Errorf("%v %q", err, doc.Text)
		}
	})
}

func TestIngestHTMLErrors(t *testing.T) {
	cases := []struct {
		name string
		raw  string
		want error
	}{
		{"NUL bytes", "<html><body><p>a\x00b</p></body></html>", ErrNotText},
		{"PNG", "\x89PNG\r\n\x1a\n<html>", ErrNotText},
		{"PDF", "%PDF-1.4 <html>", ErrNotText},
		{"empty", "", ErrEmpty},
		{"white space", " \n\t ", ErrEmpty},
		{"no body text", "<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav><script>x()</script></body></html>", ErrEmpty},
		{"only a title and date", "<html><body><main><h1>Title</h1><p class=date>June 24, 2025</p></main></body></html>", ErrEmpty},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := HTML([]byte(c.raw))
			if !errors.Is(err, c.want) {
				t.Errorf("error %v, want %v", err, c.want)
			}
		})
	}
}

// TestIngestHTMLHostile checks that pathological pages are ingested whole
// (their cost is linear; see BenchmarkIngestHTMLHostile for figures).
func TestIngestHTMLHostile(t *testing.T) {
	t.Run("deep divs", func(t *testing.T) {
		raw := strings.Repeat("<div>", 10000) + "<p>Deep text.</p>" + strings.Repeat("</div>", 10000) + "<p>After.</p>"
		doc, err := HTML([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, "Deep text.") || !strings.Contains(doc.Text, "After.") {
			t.Errorf("text %q", doc.Text)
		}
	})
	t.Run("deep unclosed inline", func(t *testing.T) {
		raw := "<main><p>Start " + strings.Repeat("<b><i>", 20000) + "end.</p></main>"
		doc, err := HTML([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if doc.Text != "Start end." {
			t.Errorf("text %q", doc.Text)
		}
	})
	t.Run("many list items", func(t *testing.T) {
		raw := "<main><ol>" + strings.Repeat("<li>item", 100000) + "</ol></main>"
		doc, err := HTML([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Blocks) != 100000 || doc.Blocks[99999].Number != 100000 || doc.Blocks[99999].Depth != 1 {
			t.Errorf("%d blocks, last %+v", len(doc.Blocks), doc.Blocks[len(doc.Blocks)-1])
		}
	})
	t.Run("deep lists", func(t *testing.T) {
		raw := "<main>" + strings.Repeat("<ol><li>x", 5000) + "</main>"
		doc, err := HTML([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Blocks) == 0 {
			t.Error("no blocks")
		}
	})
	t.Run("long line", func(t *testing.T) {
		raw := "<main><p>" + strings.Repeat("word ", 1<<20) + "</p></main>"
		doc, err := HTML([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Blocks) != 1 || len(doc.Text) != 5<<20-1 {
			t.Errorf("%d blocks, %d bytes", len(doc.Blocks), len(doc.Text))
		}
	})
	t.Run("many inline bullets", func(t *testing.T) {
		raw := "<main><p>" + strings.Repeat("• (1) a ", 50000) + "</p></main>"
		if _, err := HTML([]byte(raw)); err != nil {
			t.Fatal(err)
		}
	})
}

// templatePages are pages built like other governments' readout
// templates (markup abridged): each must give exactly its readout.
var templatePages = []htmlCase{
	{"canada", `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Minister Joly meets with Japan’s Foreign Minister - Canada.ca</title>
<meta name="dcterms.issued" content="2024-06-24"><meta property="og:site_name" content="Canada.ca">
<link rel="canonical" href="https://www.canada.ca/en/global-affairs/news/2024/06/minister-joly.html"></head><body vocab="http://schema.org/" typeof="WebPage">
<nav><ul id="wb-tphp"><li class="wb-slc"><a class="wb-sl" href="#wb-cont">Skip to main content</a></li><li class="wb-slc"><a class="wb-sl" href="#wb-info">Skip to "About government"</a></li></ul></nav>
<header><div id="wb-bnr" class="container"><section id="wb-lng"><h2 class="wb-inv">Language selection</h2><ul><li><a lang="fr" href="/fr.html">Français</a></li></ul></section>
<div class="brand"><a href="/en.html"><img src="/sig.svg" alt="Government of Canada"></a></div>
<section id="wb-srch"><h2>Search</h2><form><input type="search"><button>Search</button></form></section></div>
<nav id="wb-sm"><h2>Menu</h2><ul><li><a href="/jobs">Jobs</a></li><li><a href="/immigration">Immigration and citizenship</a></li></ul></nav>
<nav id="wb-bc" property="breadcrumb"><h2>You are here:</h2><ol class="breadcrumb"><li><a href="/en.html">Canada.ca</a></li><li><a href="/ga">Global Affairs Canada</a></li></ol></nav></header>
<main property="mainContentOfPage" resource="#wb-main" typeof="WebPageElement">
<h1 property="name" id="wb-cont">Minister Joly meets with Japan’s Foreign Minister</h1>
<div class="mwsgeneric-base-html"><p class="gc-byline"><strong>From: <a href="/ga">Global Affairs Canada</a></strong></p></div>
<div class="mwsgeneric-base-html"><h2>Readout</h2>
<p class="h6"><strong>June 24, 2024 - Ottawa, Ontario - Global Affairs Canada</strong></p>
<p>The Honourable Mélanie Joly, Minister of Foreign Affairs, today met with Kamikawa Yōko, Minister for Foreign Affairs of Japan, on the margins of the NATO Summit in Washington, D.C.</p>
<p>The ministers discussed the Indo-Pacific, including the situation in the East and South China seas.</p>
<p>Minister Joly reiterated Canada’s support for Japan.</p></div>
<div class="mwsgeneric-base-html"><h2>Associated links</h2><ul><li><a href="/a">Canada’s Indo-Pacific Strategy</a></li><li><a href="/b">Canada-Japan relations</a></li></ul></div>
<div class="mwsgeneric-base-html"><h2>Contacts</h2><p>Media Relations Office<br>Global Affairs Canada<br>343-203-7700<br><a href="mailto:media@international.gc.ca">media@international.gc.ca</a></p></div>
<section class="pagedetails"><h2 class="wb-inv">Page details</h2><dl id="wb-dtmd"><dt>Date modified:</dt><dd><time property="dateModified">2024-06-24</time></dd></dl></section>
</main>
<footer id="wb-info"><h2 class="wb-inv">About government</h2><ul><li><a href="/contact">Contact us</a></li></ul></footer>
</body></html>
`, nil},
	{"whitehouse", `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><title>Readout of President Biden’s Call with Chancellor Scholz of Germany | The White House</title>
<meta property="og:title" content="Readout of President Biden’s Call with Chancellor Scholz of Germany | The White House">
<meta property="og:site_name" content="The White House"><meta property="article:published_time" content="2023-03-04T21:12:08+00:00"></head>
<body class="post-template-default single single-post"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="header__wrapper"><a href="/">The White House</a><button class="header__menu-toggle">Menu</button><nav class="wp-block-navigation"><ul><li><a href="/administration/">Administration</a></li><li><a href="/briefing-room/">Briefing Room</a></li></ul></nav></div></header>
<main id="content" class="wp-block-group">
<div class="wp-block-whitehouse-topper"><div class="wp-block-whitehouse-topper__meta"><a class="wp-block-whitehouse-topper__meta--byline" href="/briefing-room/statements-releases/">Statements and Releases</a></div>
<h1 class="wp-block-whitehouse-topper__headline">Readout of President Biden’s Call with Chancellor Scholz of Germany</h1>
<div class="wp-block-post-date"><time datetime="2023-03-04T21:12:08+00:00">March 4, 2023</time></div></div>
<div class="entry-content wp-block-post-content">
<p>President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany.&nbsp; The two leaders discussed their continued support for Ukraine.</p>
<p>###</p></div>
<div class="wp-block-whitehouse-share"><span>Share</span><a href="#">Facebook</a><a href="#">X</a></div>
<div class="wp-block-whitehouse-next-previous"><a href="/prev">Previous</a><a href="/next">Next</a></div>
</main>
<footer class="wp-block-template-part"><p>The White House</p><p>1600 Pennsylvania Ave NW<br>Washington, DC 20500</p></footer></div></body></html>
`, nil},
	{"kremlin", `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Telephone conversation with President of Turkey Recep Tayyip Erdogan • President of Russia</title></head><body>
<div class="page-header"><nav class="nav"><a href="/events/president/news">News</a><a href="/events/president/transcripts">Transcripts</a></nav></div>
<div class="read" itemscope itemtype="http://schema.org/NewsArticle"><div class="read__top"><div class="read__meta"><time class="read__published" datetime="2024-06-03" itemprop="datePublished">June 3, 2024</time><div class="read__time">18:40</div></div>
<h1 class="entry-title p-name" itemprop="headline">Telephone conversation with President of Turkey Recep Tayyip Erdogan</h1></div>
<div class="read__lead entry-summary p-summary" itemprop="description"><div><p>Vladimir Putin had a telephone conversation with President of the Republic of Turkey Recep Tayyip Erdogan.</p></div></div>
<div class="entry-content e-content read__internal_content" itemprop="articleBody">
<p>The two leaders discussed the situation in the Middle East.</p>
<p>They agreed to maintain contacts.</p></div>
<div class="read__bottommeta"><p class="read__tags">Topics</p><ul class="read__tagscol"><li><a href="/t/1">Foreign policy</a></li></ul>
<p class="read__tags">Persons</p><ul><li><a href="/p/1">Erdogan Recep Tayyip</a></li></ul></div>
<div class="read__share"><a href="#">Print version</a><a href="#">Text version</a></div></div>
<div class="footer"><p>Presidential Executive Office</p></div></body></html>
`, nil},
	{"china", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Wang Yi Holds Talks with Turkish Foreign Minister Hakan Fidan</title></head><body>
<div class="top"><div class="nav"><a href="/">Home</a><a href="/news">News</a><a href="/ministry">The Ministry</a></div></div>
<div class="content"><div class="vibox"><div class="news-main"><div class="news-title"><h1 style="text-align:center">Wang Yi Holds Talks with Turkish Foreign Minister Hakan Fidan</h1></div>
<p class="time"><span>Updated: June 04, 2024 20:29</span></p>
<div class="news-main-text"><p style="text-align:justify">On June 3, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Turkish Foreign Minister Hakan Fidan in Beijing.</p>
<p style="text-align:justify">Wang Yi said that China and Türkiye are both ancient civilizations.</p>
<p style="text-align:justify">Hakan Fidan said that Türkiye is committed to the one-China principle.</p></div></div>
<div class="btn-print"><a href="javascript:print()">Print</a> <a href="javascript:close()">Close</a></div></div></div>
<div class="footer"><p>Copyright © Ministry of Foreign Affairs, the People's Republic of China</p></div></body></html>
`, nil},
	{"table", `<html><head><title>Foreign Minister's Meeting</title></head><body><table width="100%"><tr><td class="menu"><a href="/">Home</a><br><a href="/press">Press</a><br><a href="/about">About</a></td>
<td><font size="4"><b>Foreign Minister's Meeting with the Minister of Foreign Affairs of Chile</b></font><br>
<br>
10 July 2019<br><br>
On 10 July, Foreign Minister X held a meeting with Minister Y of Chile, who was visiting the country. The overview is as follows.<br><br>
1. Both ministers welcomed the progress in bilateral relations.<br>
2. They agreed to cooperate on trade and investment, and on climate, energy and the environment.<br><br>
<a href="/press">Back to Press Releases</a></td></tr></table></body></html>
`, nil},
}

func TestIngestHTMLTemplates(t *testing.T) {
	want := map[string][]string{
		"canada": {
			"title d0 n0 | Minister Joly meets with Japan’s Foreign Minister",
			"dateline d0 n0 | June 24, 2024 - Ottawa, Ontario - Global Affairs Canada",
			"paragraph d0 n0 | The Honourable Mélanie Joly, Minister of Foreign Affairs, today met with Kamikawa Yōko, Minister for Foreign Affairs of Japan, on the margins of the NATO Summit in Washington, D.C.",
			"paragraph d0 n0 | The ministers discussed the Indo-Pacific, including the situation in the East and South China seas.",
			"paragraph d0 n0 | Minister Joly reiterated Canada’s support for Japan.",
		},
		"whitehouse": {
			"title d0 n0 | Readout of President Biden’s Call with Chancellor Scholz of Germany",
			"dateline d0 n0 | March 4, 2023",
			"paragraph d0 n0 | President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany. The two leaders discussed their continued support for Ukraine.",
		},
		"kremlin": {
			"title d0 n0 | Telephone conversation with President of Turkey Recep Tayyip Erdogan",
			"dateline d0 n0 | June 3, 2024",
			"paragraph d0 n0 | Vladimir Putin had a telephone conversation with President of the Republic of Turkey Recep Tayyip Erdogan.",
			"paragraph d0 n0 | The two leaders discussed the situation in the Middle East.",
			"paragraph d0 n0 | They agreed to maintain contacts.",
		},
		"china": {
			"title d0 n0 | Wang Yi Holds Talks with Turkish Foreign Minister Hakan Fidan",
			"paragraph d0 n0 | On June 3, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Turkish Foreign Minister Hakan Fidan in Beijing.",
			"paragraph d0 n0 | Wang Yi said that China and Türkiye are both ancient civilizations.",
			"paragraph d0 n0 | Hakan Fidan said that Türkiye is committed to the one-China principle.",
		},
		"table": {
			"title d0 n0 | Foreign Minister's Meeting",
			"paragraph d0 n0 | Foreign Minister's Meeting with the Minister of Foreign Affairs of Chile",
			"dateline d0 n0 | 10 July 2019",
			"paragraph d0 n0 | On 10 July, Foreign Minister X held a meeting with Minister Y of Chile, who was visiting the country. The overview is as follows.",
			"item d1 n1 1. | Both ministers welcomed the progress in bilateral relations.",
			"item d1 n2 2. | They agreed to cooperate on trade and investment, and on climate, energy and the environment.",
		},
	}
	cases := make([]htmlCase, len(templatePages))
	for i, c := range templatePages {
		c.want = want[c.name]
		cases[i] = c
	}
	runHTMLCases(t, cases)
}
