package report

import (
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/store"
)

func sp(s string) *string { return &s }

func rec(date string, kind extract.Kind, warn []string, people ...extract.Participant) store.Item {
	d, _ := extract.ParseDate(date)
	r := &extract.Record{Kind: kind, Date: &d, Participants: people, Warnings: warn,
		Source: extract.Source{URL: "https://www.mofa.go.jp/x"}}
	return store.Item{Rel: date + ".txt", Record: r}
}

func person(name, title, code string) extract.Participant {
	p := extract.Participant{Name: name, Title: sp(title)}
	if code != "" {
		p.CountryCode = sp(code)
	}
	return p
}

func testItems() []store.Item {
	iwaya := person("IWAYA Takeshi", "Minister for Foreign Affairs", "JPN")
	return []store.Item{
		rec("2024-11-02", extract.KindMeeting, nil, iwaya, person("Antony Blinken", "Secretary of State", "USA")),
		rec("2024-12-20", extract.KindTelephoneTalk, []string{"no time is stated"}, person("Takeshi Iwaya", "Minister for Foreign Affairs", "JPN"), person("Cho Tae-yul", "Minister of Foreign Affairs", "KOR")),
		rec("2025-02-07", extract.KindMeeting, nil, person("Iwaya", "Minister for Foreign Affairs", "JPN"), person("Blinken", "Secretary of State", "USA"), person("Cho Tae-yul", "Minister", "KOR")),
		rec("2025-03-01", extract.KindOther, nil),
	}
}

func TestBuild(t *testing.T) {
	s := Build(testItems(), Options{PageOf: func(rel string) string { return "pages/" + rel + ".html" }})
	if s.Records != 4 || s.Encounters != 3 || s.Warned != 1 || s.From != "2024-11-02" || s.To != "2025-03-01" {
		t.Errorf("totals %+v", s)
	}
	if len(s.Years) != 2 || s.Years[0].Year != "2024" || s.Years[0].Total != 2 || s.Years[1].Total != 2 {
		t.Errorf("years %+v", s.Years)
	}
	if len(s.Months) != 5 || s.Months[0] != "2024-11" || s.Months[4] != "2025-03" {
		t.Errorf("months %v: want every month, empty ones too", s.Months)
	}
	// Japan is the publisher's country: no counterpart of its own.
	if len(s.TopCountries) != 2 || s.TopCountries[0].Key != "KOR" || s.TopCountries[0].N != 2 {
		t.Errorf("countries %+v", s.TopCountries)
	}
	// Three spellings of Iwaya are one person.
	if s.People != 3 || s.TopPeople[0].Key != "iwaya-takeshi" || s.TopPeople[0].N != 3 {
		t.Errorf("people %d, top %+v", s.People, s.TopPeople)
	}
	if s.Net == nil || len(s.Net.Nodes) != 3 || len(s.Net.Edges) != 3 {
		t.Fatalf("network %+v", s.Net)
	}
	if w := s.WarnedRecords; len(w) != 1 || w[0].Link != "pages/2024-12-20.txt.html" {
		t.Errorf("warned %+v", w)
	}
}

func TestRender(t *testing.T) {
	opts := Options{Title: "Japan <& friends>"}
	page, err := Render(Build(testItems(), opts), opts)
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	for _, want := range []string{"<svg class=\"timeline\"", "<svg class=\"network\"", "Japan &lt;&amp; friends&gt;", "no time is stated", "Korea", "IWAYA Takeshi"} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Self-contained: nothing fetched, no script.
	for _, bad := range []string{"<script", "src=", "@import", "url("} {
		if strings.Contains(html, bad) {
			t.Errorf("page has %q", bad)
		}
	}
}

func TestRenderEmptySections(t *testing.T) {
	items := []store.Item{{Rel: "a.txt", Record: &extract.Record{Kind: extract.KindOther}}}
	page, err := Render(Build(items, Options{}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"No record has a date.", "No record has two participants.", "No record has a warning."} {
		if !strings.Contains(string(page), want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestExplainLinker(t *testing.T) {
	pages := map[string]bool{"out/pages/2021/a.md.html": true}
	link := ExplainLinker("out/pages", "out", func(p string) bool { return pages[p] })
	for rel, want := range map[string]string{
		"2021/a.md":                      "pages/2021/a.md.html",
		"../shared/archive/wh/2021/a.md": "pages/2021/a.md.html",
		"2021/b.md":                      "",
	} {
		if got := link(rel); got != want {
			t.Errorf("link(%q) = %q, want %q", rel, got, want)
		}
	}
}

func TestWarningShape(t *testing.T) {
	for in, want := range map[string]string{
		`no date of the meeting is stated: "April 22-23" belongs to another event`: `no date of the meeting is stated: … belongs to another event`,
		`the meeting's time 10:30 disagrees with 11:00`:                            `the meeting's time …:… disagrees with …:…`,
		`no meeting, call or visit is reported: kind is other`:                     `no meeting, call or visit is reported: kind is other`,
	} {
		if got := warningShape(in); got != want {
			t.Errorf("warningShape(%q) = %q, want %q", in, got, want)
		}
	}
}
