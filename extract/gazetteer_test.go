package extract

import (
	"testing"
	"time"
)

func TestLookupPlace(t *testing.T) {
	tests := []struct {
		name, want, kind, country, tz string
	}{
		{"The Hague", "The Hague", "city", "Netherlands", "Europe/Amsterdam"},
		{"the hague", "The Hague", "city", "Netherlands", "Europe/Amsterdam"},
		{"Hague", "The Hague", "city", "Netherlands", "Europe/Amsterdam"},
		{"Tokyo", "Tokyo", "city", "Japan", "Asia/Tokyo"},
		{"New York", "New York", "city", "United States", "America/New_York"},
		{"UN Headquarters", "United Nations Headquarters", "venue", "United States", "America/New_York"},
		{"Geneva", "Geneva", "city", "Switzerland", "Europe/Zurich"},
		{"Davos", "Davos", "city", "Switzerland", "Europe/Zurich"},
		{"Brussels", "Brussels", "city", "Belgium", "Europe/Brussels"},
		{"Hiroshima", "Hiroshima", "city", "Japan", "Asia/Tokyo"},
		{"Yokohama", "Yokohama", "city", "Japan", "Asia/Tokyo"},
		{"Osaka", "Osaka", "city", "Japan", "Asia/Tokyo"},
		{"Putrajaya", "Putrajaya", "city", "Malaysia", "Asia/Kuala_Lumpur"},
		{"Hangzhou", "Hangzhou", "city", "China", "Asia/Shanghai"},
		{"Seoul", "Seoul", "city", "South Korea", "Asia/Seoul"},
		{"the Prime Minister's Office", "Prime Minister's Office", "venue", "Japan", "Asia/Tokyo"},
		{"Prime Minister’s Official Residence", "Prime Minister's Office", "venue", "Japan", "Asia/Tokyo"},
		{"Akasaka Palace", "State Guest House", "venue", "Japan", "Asia/Tokyo"},
		{"the White House", "White House", "venue", "United States", "America/New_York"},
		{"10 Downing Street", "10 Downing Street", "venue", "United Kingdom", "Europe/London"},
		{"the Kremlin", "Kremlin", "venue", "Russia", "Europe/Moscow"},
		{"Élysée Palace", "Elysee Palace", "venue", "France", "Europe/Paris"},
		{"Elysee Palace", "Elysee Palace", "venue", "France", "Europe/Paris"},
		{"the Kingdom of the Netherlands", "Netherlands", "country", "Netherlands", "Europe/Amsterdam"},
		{"the Republic of Korea", "South Korea", "country", "South Korea", "Asia/Seoul"},
		{"the Arab Republic of Egypt", "Egypt", "country", "Egypt", "Africa/Cairo"},
		{"Viet Nam", "Vietnam", "country", "Vietnam", "Asia/Ho_Chi_Minh"},
		{"Vietnam", "Vietnam", "country", "Vietnam", "Asia/Ho_Chi_Minh"},
		{"the Socialist Republic of Viet Nam", "Vietnam", "country", "Vietnam", "Asia/Ho_Chi_Minh"},
		{"the UK", "United Kingdom", "country", "United Kingdom", "Europe/London"},
		{"Japanese", "Japan", "country", "Japan", "Asia/Tokyo"},
		{"Vietnamese", "Vietnam", "country", "Vietnam", "Asia/Ho_Chi_Minh"},
		{"French", "France", "country", "France", "Europe/Paris"},
		{"BRASÍLIA", "Brasilia", "city", "Brazil", "America/Sao_Paulo"},
		{"Washington, D.C.", "Washington, D.C.", "city", "United States", "America/New_York"},
	}
	for _, tt := range tests {
		p, ok := LookupPlace(tt.name)
		if !ok || p.Name != tt.want || p.Kind != tt.kind || p.Country != tt.country || p.TZ != tt.tz {
			t.Errorf("LookupPlace(%q) = %+v, %v; want %s %s %s %s", tt.name, p, ok, tt.want, tt.kind, tt.country, tt.tz)
		}
	}
	for _, name := range []string{"", "the", "Nowhereville", "Minister"} {
		if p, ok := LookupPlace(name); ok {
			t.Errorf("LookupPlace(%q) = %+v, want nothing", name, p)
		}
	}
	if p, _ := LookupPlace("United States"); !p.MultiZone {
		t.Errorf("United States is not marked multizone")
	}
	if p, _ := LookupPlace("Japan"); p.MultiZone {
		t.Errorf("Japan is marked multizone")
	}
}

// TestGazetteerZones checks that every zone in the gazetteer loads.
func TestGazetteerZones(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range loadGazetteer().byKey {
		if seen[p.TZ] {
			continue
		}
		seen[p.TZ] = true
		if _, err := time.LoadLocation(p.TZ); err != nil {
			t.Errorf("%s: %v", p.Name, err)
		}
	}
	if len(seen) < 100 {
		t.Errorf("only %d zones: gazetteer not loaded?", len(seen))
	}
}

func TestFindPlaces(t *testing.T) {
	s := "during his visit to The Hague, the Kingdom of the Netherlands on the occasion of the NATO Summit"
	var got []string
	for _, m := range findPlaces(s) {
		got = append(got, m.Span.In(s)+"="+m.Place.Name)
	}
	want := []string{"The Hague=The Hague", "Kingdom of the Netherlands=Netherlands"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("findPlaces = %q, want %q", got, want)
	}
}

// TestMayOpenPlace holds the gazetteer's first-word test to what the
// lookups find: every name it knows passes, with or without "the", and
// a word that opens no name does not.
func TestMayOpenPlace(t *testing.T) {
	for _, w := range []string{"Viet", "Hague", "The", "Gambia", "São", "Saint-Denis", "Washington", "Kyiv"} {
		if !mayOpenPlace(w) {
			t.Errorf("mayOpenPlace(%q) = false", w)
		}
	}
	for k := range loadGazetteer().byKey {
		if !mayOpenPlace(k) {
			t.Errorf("mayOpenPlace(%q) = false for a key", k)
		}
	}
	for _, w := range []string{"Minister", "Xqzv"} {
		if mayOpenPlace(w) {
			t.Errorf("mayOpenPlace(%q) = true", w)
		}
	}
}
