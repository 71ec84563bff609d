package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/readout/readout/extract"
	"gopkg.in/yaml.v3"
)

// corpusDirs are the shared folders of real readouts the corpus test reads.
const (
	devCorpus = "../../../shared/corpus/dev"
	whArchive = "../../../shared/archive/wh"
)

// goldMustNot returns the must_not_contain strings of the gold file for a
// dev input, read with a plain line scan (the gold is YAML, but only this
// list is needed).
func goldMustNot(t *testing.T, input string) []string {
	id := strings.TrimSuffix(filepath.Base(input), ".txt")
	raw, err := os.ReadFile(filepath.Join(devCorpus, "gold", id+".yaml"))
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

// TestIngestCorpus ingests every dev text and every archived Markdown
// readout: none may fail, and no gold must_not_contain string may reach a
// paragraph, item or heading.
func TestIngestCorpus(t *testing.T) {
	var files []string
	for _, pat := range []string{filepath.Join(devCorpus, "*.txt"), filepath.Join(whArchive, "*.md")} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("shared corpus not found")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Text(raw)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		must := goldMustNot(t, f)
		for _, b := range doc.Blocks {
			if b.Kind != extract.Paragraph && b.Kind != extract.Item && b.Kind != extract.Heading {
				continue
			}
			text := strings.ToLower(doc.BlockText(b))
			for _, s := range must {
				if strings.Contains(text, strings.ToLower(s)) {
					t.Errorf("%s: %s block holds %q", filepath.Base(f), b.Kind, s)
				}
			}
			if strings.Contains(text, "###") {
				t.Errorf("%s: %s block holds a ### separator", filepath.Base(f), b.Kind)
			}
		}
		if !utf8.ValidString(doc.Text) {
			t.Errorf("%s: text is not valid UTF-8", f)
		}
	}
}

// shape renders doc's blocks compactly for table tests: kind, depth,
// number, marker and body text.
func shape(doc *extract.Document) []string {
	out := make([]string, len(doc.Blocks))
	for i, b := range doc.Blocks {
		out[i] = fmt.Sprintf("%s d%d n%d %s| %s", b.Kind, b.Depth, b.Number, b.Marker, doc.BodyText(b))
	}
	return out
}

// checkShape ingests in and compares its blocks with want.
func checkShape(t *testing.T, name, in string, want []string) *extract.Document {
	t.Helper()
	doc, err := Text([]byte(in))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return nil
	}
	got := shape(doc)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot:\n  %s\nwant:\n  %s", name, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	for _, b := range doc.Blocks {
		if !b.Span.Valid(len(doc.Text)) || b.Body.Start < b.Span.Start || b.Body.End != b.Span.End {
			t.Errorf("%s: bad spans %+v", name, b)
		}
	}
	return doc
}

func TestIngestTextNesting(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"indented points under heading items",
			"1. Introduction\n\n  1. Rutte stated that his visit was a success.\n  2. Iwaya stated that security is inseparable.\n\n2. Relationship\n\n  1. Iwaya welcomed the progress.\n\n3. Regional Situations\n\nBoth sides exchanged views on the region.\n",
			[]string{"item d1 n1 1.| Introduction", "item d2 n1 1.| Rutte stated that his visit was a success.",
				"item d2 n2 2.| Iwaya stated that security is inseparable.", "item d1 n2 2.| Relationship",
				"item d2 n1 1.| Iwaya welcomed the progress.", "item d1 n3 3.| Regional Situations",
				"paragraph d1 n0 | Both sides exchanged views on the region."}},
		{"indented lead item with deeper points",
			"  1.  On Wednesday, the ministers held a telephone talk.\n\n    1. Minister Kono stated his view.\n    2. Both ministers shared the recognition.\n",
			[]string{"item d1 n1 1.| On Wednesday, the ministers held a telephone talk.",
				"item d2 n1 1.| Minister Kono stated his view.", "item d2 n2 2.| Both ministers shared the recognition."}},
		{"points restart under unindented heading items",
			"1. Introduction\n\n1. Rutte stated that his visit was a success.\n\n2. Iwaya stated his view.\n\n2. Relationship\n\n1. Iwaya welcomed the progress.\n",
			[]string{"item d1 n1 1.| Introduction", "item d2 n1 1.| Rutte stated that his visit was a success.",
				"item d2 n2 2.| Iwaya stated his view.", "item d1 n2 2.| Relationship",
				"item d2 n1 1.| Iwaya welcomed the progress."}},
		{"a new style opens a level, an open style closes back to it",
			"1. The two sides met on trade.\n(1) They agreed on tariffs.\n(2) They agreed on quotas.\n2. The two sides met on security.\n",
			[]string{"item d1 n1 1.| The two sides met on trade.", "item d2 n1 (1)| They agreed on tariffs.",
				"item d2 n2 (2)| They agreed on quotas.", "item d1 n2 2.| The two sides met on security."}},
		{"bullet before a number marker",
			"  3. The two sides exchanged their views on regional issues.\n  • (1) They discussed China.\n  • (2) They discussed Russia.\n",
			[]string{"item d1 n3 3.| The two sides exchanged their views on regional issues.",
				"item d2 n1 (1)| They discussed China.", "item d2 n2 (2)| They discussed Russia."}},
		{"full-width parentheses under a numbered heading",
			"1. Japan-Egypt Relationship\n\n（1）Opening Remarks\n\nThe President expressed his pleasure.\n\n（2）Bilateral Relationship\n\nThe President expressed his desire.\n",
			[]string{"item d1 n1 1.| Japan-Egypt Relationship", "item d2 n1 （1）| Opening Remarks",
				"paragraph d2 n0 | The President expressed his pleasure.", "item d2 n2 （2）| Bilateral Relationship",
				"paragraph d2 n0 | The President expressed his desire."}},
		{"bare numbers before headings",
			"1 Measures against COVID-19 infection\n\n(1) The three leaders cooperated.\n\n(2) The EU expressed gratitude.\n\n2 Bilateral relations\n\nThe leaders discussed trade.\n",
			[]string{"item d1 n1 1| Measures against COVID-19 infection", "item d2 n1 (1)| The three leaders cooperated.",
				"item d2 n2 (2)| The EU expressed gratitude.", "item d1 n2 2| Bilateral relations",
				"paragraph d1 n0 | The leaders discussed trade."}},
		{"roman and letters",
			"I. Overview of the talks\n(a) The first point was made.\n(b) The second point was made.\nII. Regional issues\n",
			[]string{"item d1 n1 I.| Overview of the talks", "item d2 n1 (a)| The first point was made.",
				"item d2 n2 (b)| The second point was made.", "item d1 n2 II.| Regional issues"}},
		{"a letter list reaching (i)",
			"(g) Seventh point.\n(h) Eighth point.\n(i) Ninth point.\n",
			[]string{"item d1 n7 (g)| Seventh point.", "item d1 n8 (h)| Eighth point.", "item d1 n9 (i)| Ninth point."}},
		{"a roman list reaching (v)",
			"(iii) Third point.\n(iv) Fourth point.\n(v) Fifth point.\n",
			[]string{"item d1 n3 (iii)| Third point.", "item d1 n4 (iv)| Fourth point.", "item d1 n5 (v)| Fifth point."}},
		{"a paragraph left of the list's items closes the list",
			"The ministers held a telephone talk today.\n\n  1. Minister Kono stated his view.\n\n    1. He stressed the first point.\n\n    The first point was about North Korea.\n\n  2. Both ministers shared the recognition.\n\n  They agreed to stay in close contact.\n\nThe talk ended at noon.\n",
			[]string{"paragraph d0 n0 | The ministers held a telephone talk today.", "item d1 n1 1.| Minister Kono stated his view.",
				"item d2 n1 1.| He stressed the first point.", "paragraph d2 n0 | The first point was about North Korea.",
				"item d1 n2 2.| Both ministers shared the recognition.", "paragraph d1 n0 | They agreed to stay in close contact.",
				"paragraph d0 n0 | The talk ended at noon."}},
		{"bullets are not numbering",
			"The minister held a working dinner with the president.\n- At the outset, the minister welcomed him.\n- They also exchanged views on Africa.\n",
			[]string{"paragraph d0 n0 | The minister held a working dinner with the president.",
				"paragraph d0 n0 -| At the outset, the minister welcomed him.", "paragraph d0 n0 -| They also exchanged views on Africa."}},
	}
	for _, tt := range tests {
		checkShape(t, tt.name, tt.in, tt.want)
	}
}

func TestIngestTextWrapping(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"hard-wrapped paragraphs are re-joined",
			"President Biden spoke with Prime Minister Trudeau of Canada in his\nfirst call with a foreign leader. The leaders discussed the pandemic\nand agreed to work together.\n\nThe President noted his decision to rejoin the Paris Agreement and\nthe World Health Organization. The leaders agreed to meet.\n",
			[]string{"paragraph d0 n0 | President Biden spoke with Prime Minister Trudeau of Canada in his first call with a foreign leader. The leaders discussed the pandemic and agreed to work together.",
				"paragraph d0 n0 | The President noted his decision to rejoin the Paris Agreement and the World Health Organization. The leaders agreed to meet."}},
		{"a wrapped number continues its sentence",
			"National Security Advisor Jake Sullivan led a meeting held on April\n13. This meeting was held as part of ongoing consultations on the\nsecurity issues of vital importance to the two countries concerned.\n\nDuring the meeting, officials consulted in detail on opportunities\nto promote stability and security in the face of shared threats.\n",
			[]string{"paragraph d0 n0 | National Security Advisor Jake Sullivan led a meeting held on April 13. This meeting was held as part of ongoing consultations on the security issues of vital importance to the two countries concerned.",
				"paragraph d0 n0 | During the meeting, officials consulted in detail on opportunities to promote stability and security in the face of shared threats."}},
		{"unwrapped lines that end sentences stay apart",
			"The Prime Minister met with the President of the United States at the G7 Summit in Italy today, and the two leaders had a long and warm exchange.\nThe leaders welcomed the progress at the G7 on making Russia pay for its illegal war.\nThey discussed the situation in the Middle East.\n",
			[]string{"paragraph d0 n0 | The Prime Minister met with the President of the United States at the G7 Summit in Italy today, and the two leaders had a long and warm exchange.",
				"paragraph d0 n0 | The leaders welcomed the progress at the G7 on making Russia pay for its illegal war.",
				"paragraph d0 n0 | They discussed the situation in the Middle East."}},
		{"a lower-case line continues an unfinished one",
			"The Prime Minister met with the President of the United States at the G7 Summit in Italy today, and\nthe two leaders had a long and warm exchange about many subjects of common interest.\n",
			[]string{"paragraph d0 n0 | The Prime Minister met with the President of the United States at the G7 Summit in Italy today, and the two leaders had a long and warm exchange about many subjects of common interest."}},
		{"wrapped list items keep their continuation lines",
			"Attendees included:\n\n-   Neera Tanden, Assistant to the President and Domestic Policy Advisor\n    of the United States\n-   Mayor Lacey Beaty\n",
			[]string{"paragraph d0 n0 | Attendees included:",
				"paragraph d0 n0 -| Neera Tanden, Assistant to the President and Domestic Policy Advisor of the United States",
				"paragraph d0 n0 -| Mayor Lacey Beaty"}},
	}
	for _, tt := range tests {
		checkShape(t, tt.name, tt.in, tt.want)
	}
}

func TestIngestTextPreamble(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		removed  []string
	}{
		{"title, dateline, captions, back link",
			"North Atlantic Treaty Organization (NATO)\n\nJune 24, 2025\nForeign Minister Iwaya shaking hands with  Secretary General Rutte\nForeign Minister Iwaya and  Secretary General Rutte holding a meeting\n\nOn June 24, Mr. IWAYA Takeshi held a meeting with Mr. Mark Rutte.\n\n\nBack to North Atlantic Treaty Organization (NATO)\n",
			[]string{"title d0 n0 | North Atlantic Treaty Organization (NATO)", "dateline d0 n0 | June 24, 2025",
				"caption d0 n0 | Foreign Minister Iwaya shaking hands with Secretary General Rutte",
				"caption d0 n0 | Foreign Minister Iwaya and Secretary General Rutte holding a meeting",
				"paragraph d0 n0 | On June 24, Mr. IWAYA Takeshi held a meeting with Mr. Mark Rutte."},
			[]string{"Back to North Atlantic Treaty Organization (NATO)"}},
		{"a section name linked back to is not the title",
			"Press Releases\n\nJapan-UK-Australia Foreign Ministers’ Telephone Talk\n\nSeptember 9, 2016\n\n On Friday, September 9, Mr. Fumio Kishida held a telephone talk.\n\nBack to Press Releases\n",
			[]string{"title d0 n0 | Japan-UK-Australia Foreign Ministers’ Telephone Talk", "dateline d0 n0 | September 9, 2016",
				"paragraph d0 n0 | On Friday, September 9, Mr. Fumio Kishida held a telephone talk."},
			[]string{"Press Releases", "Back to Press Releases"}},
		{"photo credits and translation notes go",
			"Japan-EU Relations\n\nMay 26, 2020\nJapan-EU Leaders Video Teleconference Meeting 1\n(Photo: Cabinet Public Relations Office)\n[Provisional translation]\n\nOn May 26, Mr. ABE Shinzo held a video teleconference meeting.\n",
			[]string{"title d0 n0 | Japan-EU Relations", "dateline d0 n0 | May 26, 2020",
				"caption d0 n0 | Japan-EU Leaders Video Teleconference Meeting 1",
				"paragraph d0 n0 | On May 26, Mr. ABE Shinzo held a video teleconference meeting."},
			[]string{"(Photo: Cabinet Public Relations Office)", "[Provisional translation]"}},
		{"site name, dateline first, title after it",
			"Ministry of Foreign Affairs of the Republic of Korea\n\n10/07/2024 | News release | Distributed by Public on 10/07/2024 00:47\n\nOutcome of Korea-Japan Foreign Ministers’ Telephone Conversation\n\nMinister Cho had his first telephone conversation with Minister Iwaya.\n",
			[]string{"dateline d0 n0 | 10/07/2024 | News release | Distributed by Public on 10/07/2024 00:47", "title d0 n0 | Outcome of Korea-Japan Foreign Ministers’ Telephone Conversation",
				"paragraph d0 n0 | Minister Cho had his first telephone conversation with Minister Iwaya."},
			[]string{"Ministry of Foreign Affairs of the Republic of Korea"}},
		{"bulleted dateline and furniture",
			"NATO Secretary General discussed security challenges with Greek Prime Minister\n\n  • 06 Sep. 2018 - 07 Sep. 2018\n  • |\n  • Last updated: 07 Sep. 2018 07:28\n\nVisiting Athens on Thursday, the Secretary General met the Prime Minister.\n\nNATO Secretary General Jens Stoltenberg and Prime Minister of the Hellenic Republic, Alexis Tsipras.\n\nThe Secretary General thanked Greece.\n",
			[]string{"title d0 n0 | NATO Secretary General discussed security challenges with Greek Prime Minister",
				"dateline d0 n0 | 06 Sep. 2018 - 07 Sep. 2018",
				"paragraph d0 n0 | Visiting Athens on Thursday, the Secretary General met the Prime Minister.",
				"caption d0 n0 | NATO Secretary General Jens Stoltenberg and Prime Minister of the Hellenic Republic, Alexis Tsipras.",
				"paragraph d0 n0 | The Secretary General thanked Greece."},
			[]string{"• |", "• Last updated: 07 Sep. 2018 07:28"}},
		{"a title with a date stays a title; attribution goes",
			"PM meeting with President Biden of the United States: 14 June 2024\nThe below is attributable to Spokesperson Ned Price:\nThe Prime Minister met with Joe Biden at the G7 Summit in Italy today.\n",
			[]string{"title d0 n0 | PM meeting with President Biden of the United States: 14 June 2024",
				"paragraph d0 n0 | The Prime Minister met with Joe Biden at the G7 Summit in Italy today."},
			[]string{"The below is attributable to Spokesperson Ned Price:"}},
		{"a rule ends the body and its footer goes",
			"Minister Balakrishnan met the Minister of Foreign Affairs of Malaysia today.\n\n.         .         .         .         .\n\n\nTravel Page\n",
			[]string{"paragraph d0 n0 | Minister Balakrishnan met the Minister of Foreign Affairs of Malaysia today."},
			[]string{". . . . .", "Travel Page"}},
		{"a rule between paragraphs is a break",
			"The leaders met in Washington today to discuss energy.\n\n* * *\n\nThe participants welcomed the progress on liquefied natural gas.\n\n\\###\n",
			[]string{"paragraph d0 n0 | The leaders met in Washington today to discuss energy.",
				"paragraph d0 n0 | The participants welcomed the progress on liquefied natural gas."},
			[]string{"* * *", "###"}},
		{"section label, field labels, a date below the lead, a footer",
			"Press release\n\nPM call with Chancellor Merz of Germany: 6 May 2025\n\nPrime Minister Keir Starmer spoke to Chancellor Merz today.\n\nFrom:\nPrime Minister's Office, 10 Downing Street\nPublished\n6 May 2025\n\nThe leaders discussed Ukraine.\n\nMedia enquiries\n\nPress office: 020 7000 0000\n",
			[]string{"title d0 n0 | PM call with Chancellor Merz of Germany: 6 May 2025",
				"paragraph d0 n0 | Prime Minister Keir Starmer spoke to Chancellor Merz today.",
				"dateline d0 n0 | 6 May 2025", "paragraph d0 n0 | The leaders discussed Ukraine."},
			[]string{"Press release", "From:", "Prime Minister's Office, 10 Downing Street", "Published", "Media enquiries", "Press office: 020 7000 0000"}},
		{"subtitle in parentheses",
			"Press Releases\n\nThe recent situation in Jerusalem\n(Statement by Foreign Press Secretary Yasuhisa Kawamura)\n\nApril 21, 2016\n\n1. The Government of Japan strongly deplores the situation.\n",
			[]string{"title d0 n0 | The recent situation in Jerusalem", "heading d0 n0 | (Statement by Foreign Press Secretary Yasuhisa Kawamura)",
				"dateline d0 n0 | April 21, 2016", "item d1 n1 1.| The Government of Japan strongly deplores the situation."},
			[]string{"Press Releases"}},
	}
	for _, tt := range tests {
		doc := checkShape(t, tt.name, tt.in, tt.want)
		if doc != nil && strings.Join(doc.Removed, "\n") != strings.Join(tt.removed, "\n") {
			t.Errorf("%s: removed %q; want %q", tt.name, doc.Removed, tt.removed)
		}
	}
}

func TestIngestTextMarkdown(t *testing.T) {
	in := "---\ntags: statements-releases\ndate: '2021-01-22'\nsource_url: https://example.gov/briefing/r\ntitle: \"Readout of President Joe\\_Biden\\u2019s Call with Prime Minister Trudeau\"\n---\n \n" +
		"President Biden spoke with **Prime Minister** Justin Trudeau of\nCanada about [the pandemic](https://example.gov/covid) and \\*vaccines\\*.\n\n" +
		"## Participants\n\nThe leaders agreed to speak again soon and meet in person this year.\n\n\\###\n"
	doc := checkShape(t, "wh archive page", in, []string{
		"title d0 n0 | Readout of President Joe Biden’s Call with Prime Minister Trudeau",
		"dateline d0 n0 | 2021-01-22",
		"paragraph d0 n0 | President Biden spoke with Prime Minister Justin Trudeau of Canada about the pandemic and *vaccines*.",
		"heading d0 n0 | Participants",
		"paragraph d0 n0 | The leaders agreed to speak again soon and meet in person this year.",
	})
	if doc == nil {
		return
	}
	if doc.Meta.SourceURL != "https://example.gov/briefing/r" || doc.Meta.Format != "text" {
		t.Errorf("meta = %+v", doc.Meta)
	}
	checkShape(t, "markdown title", "# Readout of the Call\n\nThe President spoke with the Prime Minister today.\n",
		[]string{"title d0 n0 | Readout of the Call", "paragraph d0 n0 | The President spoke with the Prime Minister today."})

	doc = checkShape(t, "broken front matter", "---\ntitle: [unclosed\n---\nThe President spoke with the Prime Minister today.\n",
		[]string{"title d0 n0 | title: [unclosed", "paragraph d0 n0 | The President spoke with the Prime Minister today."})
	if doc != nil && len(doc.Warnings) != 1 {
		t.Errorf("broken front matter: warnings %q; want one", doc.Warnings)
	}
}

func TestCleanMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		`\###`:                             "###",
		`**bold** and __strong__`:          "bold and strong",
		`an *emphasis* and _this_`:         "an emphasis and this",
		`snake_case_name stays`:            "snake_case_name stays",
		`\*literal\* stars`:                "*literal* stars",
		`[text](https://x.org/a_(b)) here`: "text here",
		`![photo](x.jpg)Caption`:           "Caption",
		`<u>Participants</u>`:              "Participants",
		`150<sup>th</sup> Anniversary`:     "150th Anniversary",
		`Tom &amp; Jerry`:                  "Tom & Jerry",
		`3 * 4 = 12`:                       "3 * 4 = 12",
		"security**,** dignity":            "security, dignity",
		// character references whose "&" a scraper dropped
		"Premier Mikatirsquo;s Advisor":        "Premier Mikati’s Advisor",
		"Lebanese government#39;s coordinator": "Lebanese government's coordinator",
		"the decisionnbsp;issued":              "the decision issued",
		"ldquo;Ready,rdquo; he said":           "“Ready,” he said",
		"a summer camp; a lamp;":               "a summer camp; a lamp;",
		"Tom &rsquo;s":                         "Tom ’s",
	} {
		if got := cleanMarkdown(in); got != want {
			t.Errorf("cleanMarkdown(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestIngestTextDecode(t *testing.T) {
	ok := "The President spoke with the Prime Minister today.\n"
	for name, in := range map[string][]byte{
		"bom":    append([]byte("\xef\xbb\xbf"), ok...),
		"crlf":   []byte(strings.ReplaceAll(ok, "\n", "\r\n")),
		"utf16":  utf16le(ok),
		"plain":  []byte(ok),
		"spaces": []byte("\n\n  " + ok + "  \n\n"),
	} {
		doc, err := Text(in)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if doc.Text != strings.TrimSpace(ok) || len(doc.Warnings) != 0 {
			t.Errorf("%s: text %q warnings %q", name, doc.Text, doc.Warnings)
		}
	}
	doc, err := Text([]byte("The President met the Prime Minister in Montr\xe9al today.\n"))
	if err != nil || !strings.Contains(doc.Text, "Montr\uFFFDal") || len(doc.Warnings) != 1 {
		t.Errorf("invalid UTF-8: %v %+v", err, doc)
	}
	for name, tt := range map[string]struct {
		in   []byte
		want error
	}{
		"nul":         {[]byte("Some text\x00\x01\x02 more"), ErrNotText},
		"pdf":         {[]byte("%PDF-1.7\n..."), ErrNotText},
		"png":         {[]byte("\x89PNG\r\n\x1a\n...."), ErrNotText},
		"control":     {[]byte(strings.Repeat("\x01\x02\x03abc", 50)), ErrNotText},
		"empty":       {nil, ErrEmpty},
		"white space": {[]byte(" \n\t\n  \u3000\n"), ErrEmpty},
		"boilerplate": {[]byte("Back to top\n\nShare\n\n###\n"), ErrEmpty},
	} {
		if _, err := Text(tt.in); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v; want %v", name, err, tt.want)
		}
	}
}

// utf16le encodes s as UTF-16 little-endian with a byte order mark.
func utf16le(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}
