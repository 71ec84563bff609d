package ingest

import (
	"errors"
	"testing"
)

func TestSplitFrontMatter(t *testing.T) {
	tests := []struct {
		name, in string
		want     frontMatter
		body     string
	}{
		{"wh archive", "---\ntags: statements-releases\ndate: '2021-01-22'\nsource_url: https://example.gov/r\ntitle: \"Readout of President Joe\\_Biden\\u2019s Call\"\n---\n \nBody.\n",
			frontMatter{Title: "Readout of President Joe\u00a0Biden’s Call", Date: "2021-01-22", SourceURL: "https://example.gov/r"}, " \nBody.\n"},
		{"yaml date", "---\ntitle: A call\ndate: 2021-01-22\nurl: https://x.org/a\n---\nBody.",
			frontMatter{Title: "A call", Date: "2021-01-22", SourceURL: "https://x.org/a"}, "Body."},
		{"timestamp", "---\ntitle: A call\ndate: 2021-01-22 11:06:45-05:00\n---\nBody.",
			frontMatter{Title: "A call", Date: "2021-01-22"}, "Body."},
		{"folded title", "---\ntitle: \"Readout of a long\\\n  \\ title\"\n---\nBody.",
			frontMatter{Title: "Readout of a long title"}, "Body."},
		{"dots close", "---\ntitle: T\n...\nBody.", frontMatter{Title: "T"}, "Body."},
		{"empty block", "---\n---\nBody.", frontMatter{}, "Body."},
	}
	for _, tt := range tests {
		fm, body, err := splitFrontMatter(tt.in)
		if err != nil || fm != tt.want || body != tt.body {
			t.Errorf("%s: splitFrontMatter = %+v %q %v; want %+v %q", tt.name, fm, body, err, tt.want, tt.body)
		}
	}
}

func TestSplitFrontMatterFaults(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		none     bool
	}{
		{"no fence", "Title\n\nBody.", true},
		{"rule then text", "---\nJust some text between rules.\n---\nBody.", true},
		{"unclosed", "---\ntitle: x\nBody text.", false},
		{"bad yaml", "---\ntitle: [unclosed\n---\nBody.", false},
	} {
		_, body, err := splitFrontMatter(tt.in)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if errors.Is(err, errNoFrontMatter) != tt.none {
			t.Errorf("%s: err = %v", tt.name, err)
		}
		if body != tt.in {
			t.Errorf("%s: body = %q; want the whole input", tt.name, body)
		}
	}
}
