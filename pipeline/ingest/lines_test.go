package ingest

import "testing"

func TestParseMarker(t *testing.T) {
	tests := []struct {
		line, marker string
		number       int
		style, rest  string
	}{
		{"1. Introduction", "1.", 1, "1.", "Introduction"},
		{"  2. Both sides concurred.", "2.", 2, "1.", "Both sides concurred."},
		{"12.The two leaders", "12.", 12, "1.", "The two leaders"},
		{"3) The ministers", "3)", 3, "1)", "The ministers"},
		{"(1) The two sides", "(1)", 1, "(1)", "The two sides"},
		{"(2)The two sides", "(2)", 2, "(1)", "The two sides"},
		{"（1）Opening Remarks", "（1）", 1, "（1）", "Opening Remarks"},
		{"（１）Opening Remarks", "（１）", 1, "（1）", "Opening Remarks"},
		{"１．Opening", "１．", 1, "1.", "Opening"},
		{"I. Overview", "I.", 1, "I.", "Overview"},
		{"IV. Regional issues", "IV.", 4, "I.", "Regional issues"},
		{"V. Closing remarks", "V.", 5, "I.", "Closing remarks"},
		{"(b) second point", "(b)", 2, "(a)", "second point"},
		{"c) third point", "c)", 3, "a)", "third point"},
		{"(iii) third", "(iii)", 3, "(i)", "third"},
		{"(i) first", "(i)", 1, "(i)", "first"},
		{"(A) Upper", "(A)", 1, "(A)", "Upper"},
		{"1 Opening remarks", "1", 1, "1", "Opening remarks"},
		{"1 Measures against COVID-19 infection", "1", 1, "1", "Measures against COVID-19 infection"},
		{"2 Japan-NATO Relationship", "2", 2, "1", "Japan-NATO Relationship"},
	}
	for _, tt := range tests {
		m, n, st, rest, ok := parseMarker(tt.line)
		if !ok || m != tt.marker || n != tt.number || st != tt.style || rest != tt.rest {
			t.Errorf("parseMarker(%q) = %q %d %q %q %v; want %q %d %q %q", tt.line, m, n, st, rest, ok, tt.marker, tt.number, tt.style, tt.rest)
		}
	}
}

func TestParseMarkerNegatives(t *testing.T) {
	for _, line := range []string{
		"1 hour later", "2% of GDP", "2020 Tokyo Olympics", "10 :00 a.m.", "1.5 million",
		"2025. The year", "24 June 2025", "1 July, the leaders met", "(2020) was", "On June 24",
		"I met him", "• (1) bullet first", "- item", "", "A. Smith", "(ab) x",
		"3 The two leaders exchanged views on a wide range of issues including the economy, security and people-to-people exchanges",
		"3 Ministers attended the meeting.", "100. Too big", "(100) too big",
		"V. Putin held talks with the Prime Minister.", "X. Jinping met the President.",
	} {
		if m, n, st, _, ok := parseMarker(line); ok {
			t.Errorf("parseMarker(%q) = %q %d %q; want no marker", line, m, n, st)
		}
	}
}

func TestReinterpretMarker(t *testing.T) {
	tests := []struct {
		marker, style, prevStyle string
		number, prevNumber       int
		wantN                    int
		wantStyle                string
	}{
		{"(v)", "(a)", "(i)", 22, 4, 5, "(i)"},
		{"(i)", "(i)", "(a)", 1, 8, 9, "(a)"},
		{"(i)", "(i)", "(1)", 1, 3, 1, "(i)"},
		{"(x)", "(a)", "(a)", 24, 23, 24, "(a)"},
	}
	for _, tt := range tests {
		n, st := reinterpretMarker(tt.marker, tt.number, tt.style, tt.prevStyle, tt.prevNumber)
		if n != tt.wantN || st != tt.wantStyle {
			t.Errorf("reinterpretMarker(%q after %q %d) = %d %q; want %d %q", tt.marker, tt.prevStyle, tt.prevNumber, n, st, tt.wantN, tt.wantStyle)
		}
	}
}

func TestParseBullet(t *testing.T) {
	tests := []struct{ line, bullet, rest string }{
		{"• (1) The two sides", "•", "(1) The two sides"},
		{"  • 06 Sep. 2018", "•", "06 Sep. 2018"},
		{"- At the outset", "-", "At the outset"},
		{"* point", "*", "point"},
		{"・Point", "・", "Point"},
		{"° point", "°", "point"},
		{"· point", "·", "point"},
	}
	for _, tt := range tests {
		b, rest, ok := parseBullet(tt.line)
		if !ok || b != tt.bullet || rest != tt.rest {
			t.Errorf("parseBullet(%q) = %q %q %v; want %q %q", tt.line, b, rest, ok, tt.bullet, tt.rest)
		}
	}
	for _, line := range []string{"-ends-", "**bold**", "1. x", "Japan-U.S."} {
		if b, _, ok := parseBullet(line); ok {
			t.Errorf("parseBullet(%q) = %q; want no bullet", line, b)
		}
	}
}

func TestIsBoilerplate(t *testing.T) {
	tests := map[string][]string{
		"back-link":                {"Back to North Atlantic Treaty Organization (NATO)", "Back to Press ReleasesJapan-ROK Summit Meeting (Summary)", "Back to Index", "Skip to main content"},
		"page-top":                 {"Back to top", "top of page", "Page Top", "▲Page top"},
		"translation-note":         {"[Provisional translation]", "(Provisional Translation)", "* unofficial translation", "Unofficial Translation", "(Tentative translation)"},
		"photo-credit":             {"(Photo: Cabinet Public Relations Office)", "Photo: Cabinet Public Relations Office", "Photo credit: MOFA"},
		"separator":                {"###", `\###`, "* * *", ".         .         .         .         .", "---", "• |"},
		"end-mark":                 {"-ends-", "END", "- END -", "-30-", "ENDS"},
		"breadcrumb":               {"Home > China News", "• Main Page  >", "News » Statements » 2021"},
		"share-bar":                {"Share", "Print", "Tweet", "Share this page", "Print this page", "Share on Facebook", "Email | Print"},
		"syndication":              {"/Public Release. This material from the originating organization/author(s) might be of the point-in-time nature", "Distributed by Public on 10/07/2024 00:47", "Source: Ministry of Foreign Affairs"},
		"last-updated":             {"Last updated: 07 Sep. 2018 07:28", "Page last updated: 1 May 2024", "Updated: 5 June"},
		"new-window":               {"Open a New Window", "(link is external)"},
		"related-links":            {"Related Links", "Related Information", "See also"},
		"language-switch":          {"Japanese", "日本語", "English | Français", "Other languages", "Bahasa Indonesia"},
		"field-label":              {"From:", "Published", "Published:", "Tags:", "Release date:"},
		"spokesperson-attribution": {"The below is attributable to Spokesperson Ned Price:", "The following is attributable to Spokesperson Matthew Miller:"},
	}
	for rule, lines := range tests {
		for _, line := range lines {
			if got := boilerplateRule(line); got != rule {
				t.Errorf("boilerplateRule(%q) = %q; want %q", line, got, rule)
			}
		}
	}
	for _, line := range []string{
		"North Atlantic Treaty Organization (NATO)",
		"June 24, 2025",
		"1. Introduction",
		"Both sides exchanged views on regional situations.",
		"The two leaders shared the view to return to talks.",
		"Press Releases",
		"Japan-NATO Relationship",
		"The Ministers discussed the sources of instability in the region.",
		"The Prime Minister updated the President on the situation.",
		"Secretary Blinken and Foreign Minister Le Drian emphasized the importance of the relationship.",
		"Printing money was discussed.",
		"French President",
		"Indonesia",
		"Exports > imports was the rule.",
		"The «Sputnik V» vaccine",
	} {
		if got := boilerplateRule(line); got != "" {
			t.Errorf("boilerplateRule(%q) = %q; want none", line, got)
		}
	}
}

func TestStripInlineNoise(t *testing.T) {
	got := stripInlineNoise("See the joint statement (link is external) for details.")
	if want := "See the joint statement for details."; got != want {
		t.Errorf("stripInlineNoise = %q; want %q", got, want)
	}
}

func TestIsCaptionLine(t *testing.T) {
	for _, line := range []string{
		"Photograph of the meeting",
		"Foreign Minister Iwaya shaking hands with Secretary General Rutte",
		"Foreign Minister Iwaya and Secretary General Rutte holding a meeting",
		"NATO Secretary General Jens Stoltenberg and Prime Minister of the Hellenic Republic, Alexis Tsipras.",
	} {
		if !isCaptionLine(line) {
			t.Errorf("isCaptionLine(%q) = false; want true", line)
		}
	}
	for _, line := range []string{
		"North Atlantic Treaty Organization (NATO)",
		"Japan-U.S. Vice-Ministers’ Meeting",
		"Japan-China Summit meeting",
		"1. Introduction",
		"Opening Remarks",
		"Measures against COVID-19 infection",
		"The two sides exchanged their views on regional issues.",
		"Prime Minister mentioned the following points.",
		"June 24, 2025",
		"Readout of President Biden's Call with Chancellor Olaf Scholz of Germany",
		"On June 24, commencing at 5:35 p.m. local time, Mr. IWAYA Takeshi held a meeting.",
		"Strengthening of bilateral relations",
	} {
		if isCaptionLine(line) {
			t.Errorf("isCaptionLine(%q) = true; want false", line)
		}
	}
}

func TestSectionAndFooterLabels(t *testing.T) {
	for _, line := range []string{"Press release", "Press Releases", "Readout", "Media release", "News:"} {
		if !isSectionLabel(line) {
			t.Errorf("isSectionLabel(%q) = false", line)
		}
	}
	for _, line := range []string{"Contacts", "Media enquiries", "For more information:"} {
		if !isFooterHeading(line) {
			t.Errorf("isFooterHeading(%q) = false", line)
		}
	}
	for _, line := range []string{"Japan-NATO Relationship", "Press release on the summit", "Contacts with the opposition resumed."} {
		if isSectionLabel(line) || isFooterHeading(line) {
			t.Errorf("%q read as a label", line)
		}
	}
}
