package extract

import "testing"

// actorCorpus: titles and affiliations, grouped by the code they must give
// ("" for none). Phrases come from several governments' readouts.
var actorCorpus = map[string][]string{
	"JPN": {"Japan", "Japanese", "Prime Minister of Japan", "Minister for Foreign Affairs of Japan", "Japanese Foreign Minister"},
	"KOR": {"Republic of Korea", "South Korea", "President of the Republic of Korea"},
	"GBR": {"United Kingdom", "British", "Prime Minister of the United Kingdom", "UK", "Scotland"},
	"USA": {"United States", "U.S.", "American", "Secretary of State of the United States"},
	"DEU": {"Germany", "German Chancellor", "Federal Republic of Germany"},
	"RUS": {"Russia", "Russian Federation", "President of Russia"},
	"IND": {"India", "Indian External Affairs Minister"},
	"XKX": {"Kosovo"},
	"": {
		"", "President", "Prime Minister", "Foreign Minister", "Secretary of State",
		// Two countries named: whose is it?
		"U.S. Ambassador to Japan", "Special Envoy of China to Russia",
		// Organizations are no country.
		"NATO Secretary General", "United Nations",
	},
}

func TestNamedCountry(t *testing.T) {
	for want, phrases := range actorCorpus {
		for _, p := range phrases {
			if got := namedCountry(p); got != want {
				t.Errorf("namedCountry(%q) = %q, want %q", p, got, want)
			}
		}
	}
}

// orgCorpus: phrases by the organization code they must give.
var orgCorpus = map[string][]string{
	"UNO": {"United Nations", "UN Secretary-General", "Secretary-General of the United Nations", "U.N."},
	"NAT": {"NATO", "NATO Secretary General", "Secretary General of the North Atlantic Treaty Organization"},
	"EEC": {"European Union", "President of the European Commission", "EU High Representative", "European Council"},
	"ASN": {"ASEAN Secretary-General"},
	"WBK": {"President of the World Bank Group"},
	"IAE": {"IAEA Director General"},
	"":    {"", "President", "Union Minister", "United States", "Council of Ministers", "Nations League", "Minister of Agriculture and Unity"},
}

func TestNamedOrg(t *testing.T) {
	for want, phrases := range orgCorpus {
		for _, p := range phrases {
			if got := namedOrg(p); got != want {
				t.Errorf("namedOrg(%q) = %q, want %q", p, got, want)
			}
		}
	}
}

func TestPublisherCountry(t *testing.T) {
	for url, want := range map[string]string{
		"https://www.mofa.go.jp/press/release/page1e_000001.html": "JPN",
		"http://en.kremlin.ru/events/president/news/1":            "RUS",
		"https://www.gov.uk/government/news/x":                    "GBR",
		"https://www.whitehouse.gov/briefing-room/x/":             "USA",
		"https://www.president.gov.ua/en/news/x":                  "UKR",
		"https://www.pm.gov.au:443/media/x":                       "AUS",
		"https://www.reuters.com/world/x":                         "",
		"https://www.nato.int/cps/en/natohq/news_1.htm":           "",
		"":          "",
		"localhost": "",
	} {
		if got := PublisherCountry(url); got != want {
			t.Errorf("PublisherCountry(%q) = %q, want %q", url, got, want)
		}
	}
}

func TestCAMEOCode(t *testing.T) {
	str := func(s string) *string { return &s }
	p := func(code string) Participant {
		if code == "" {
			return Participant{Name: "X"}
		}
		return Participant{Name: "X", CountryCode: str(code)}
	}
	loc := func(place string) *Location { return &Location{Place: str(place)} }
	jp := "https://www.mofa.go.jp/x"
	wire := "https://www.example.com/x"
	for _, c := range []struct {
		name string
		rec  Record
		want string
	}{
		{"no encounter", Record{Kind: KindOther}, ""},
		{"call", Record{Kind: KindTelephoneTalk}, CAMEOTelephone},
		{"video", Record{Kind: KindVideoConference}, CAMEOTelephone},
		{"host", Record{Kind: KindMeeting, Source: Source{URL: jp}, Location: loc("Tokyo"), Participants: []Participant{p(""), p("IND")}}, CAMEOHost},
		{"visit", Record{Kind: KindMeeting, Source: Source{URL: jp}, Location: loc("New Delhi"), Participants: []Participant{p(""), p("IND")}}, CAMEOVisit},
		{"third", Record{Kind: KindMeeting, Source: Source{URL: jp}, Location: loc("Brussels"), Participants: []Participant{p(""), p("IND")}}, CAMEOThird},
		{"multilateral abroad", Record{Kind: KindMeeting, Source: Source{URL: jp}, Location: loc("Jakarta"), Participants: []Participant{p("JPN"), p("IDN"), p("AUS")}}, CAMEOVisit},
		{"organization abroad", Record{Kind: KindMeeting, Source: Source{URL: jp}, Location: loc("The Hague"), Participants: []Participant{p("JPN"), {Name: "Y", OrgCode: str("NAT")}}}, CAMEOThird},
		{"organization at home", Record{Kind: KindMeeting, Source: Source{URL: jp}, Location: loc("Tokyo"), Participants: []Participant{p("JPN"), {Name: "Y", OrgCode: str("NAT")}}}, CAMEOHost},
		{"no place", Record{Kind: KindMeeting, Source: Source{URL: jp}, Participants: []Participant{p(""), p("IND")}}, CAMEOConsult},
		{"domestic", Record{Kind: KindMeeting, Source: Source{URL: jp}, Location: loc("Tokyo"), Participants: []Participant{p(""), p("")}}, CAMEOConsult},
		{"wire: first participant's side", Record{Kind: KindCourtesyCall, Source: Source{URL: wire}, Location: loc("Paris"), Participants: []Participant{p("FRA"), p("DEU")}}, CAMEOHost},
		{"wire: side unknown", Record{Kind: KindMeeting, Source: Source{URL: wire}, Location: loc("Paris"), Participants: []Participant{p(""), p("DEU")}}, CAMEOConsult},
	} {
		if got := CAMEOCode(&c.rec); got != c.want {
			t.Errorf("%s: CAMEOCode = %q, want %q", c.name, got, c.want)
		}
	}
}
