package extract

import (
	"net/url"
	"strings"
	"time"

	"github.com/readout/readout/internal/fastre"
)

// This file resolves the zone a stated clock time is in (spec time.tz) and
// the UTC instant it names (time.utc): a stated zone first, then the
// place's zone, then the publisher's home zone where that is certain.

// zoneAbbrevs maps the zone abbreviations readouts write to the IANA zone
// each usually means. An abbreviation that the place's own zone also uses
// at that moment ("CST" in Chicago) resolves to the place's zone instead.
var zoneAbbrevs = map[string]string{
	"JST": "Asia/Tokyo", "KST": "Asia/Seoul", "CST": "Asia/Shanghai", "HKT": "Asia/Hong_Kong",
	"SGT": "Asia/Singapore", "PHT": "Asia/Manila", "PHST": "Asia/Manila", "ICT": "Asia/Bangkok",
	"WIB": "Asia/Jakarta", "MYT": "Asia/Kuala_Lumpur", "IST": "Asia/Kolkata", "PKT": "Asia/Karachi",
	"GST": "Asia/Dubai", "MSK": "Europe/Moscow",
	"EST": "America/New_York", "EDT": "America/New_York", "ET": "America/New_York",
	"CDT": "America/Chicago", "MST": "America/Denver", "MDT": "America/Denver",
	"PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PT": "America/Los_Angeles",
	"HST": "Pacific/Honolulu",
	"GMT": "Etc/GMT", "UTC": "Etc/UTC", "BST": "Europe/London", "WET": "Europe/Lisbon",
	"WEST": "Europe/Lisbon", "CET": "Europe/Paris", "CEST": "Europe/Paris", "EET": "Europe/Athens",
	"EEST": "Europe/Athens", "SAST": "Africa/Johannesburg", "EAT": "Africa/Nairobi",
	"WAT": "Africa/Lagos", "CAT": "Africa/Maputo",
	"AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "ACST": "Australia/Adelaide",
	"AWST": "Australia/Perth", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
}

// zoneNames maps zones written out in words to their IANA zone.
var zoneNames = map[string]string{
	"japan standard time": "Asia/Tokyo", "korea standard time": "Asia/Seoul",
	"china standard time": "Asia/Shanghai", "eastern time": "America/New_York",
	"eastern standard time": "America/New_York", "eastern daylight time": "America/New_York",
	"pacific time": "America/Los_Angeles", "central european time": "Europe/Paris",
	"central european summer time": "Europe/Paris", "greenwich mean time": "Etc/GMT",
	"coordinated universal time": "Etc/UTC", "british summer time": "Europe/London",
	"indian standard time": "Asia/Kolkata",
}

// ambiguousZones are the abbreviations that name different clocks in
// different places; the first is the one taken when neither the place nor
// the publisher chooses, and the record then says it was a guess.
var ambiguousZones = map[string][]string{
	"CST": {"Asia/Shanghai", "America/Chicago", "America/Havana", "Asia/Taipei"},
	"IST": {"Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"},
	"BST": {"Europe/London", "Asia/Dhaka"},
	"AST": {"Asia/Riyadh", "America/Halifax", "America/Puerto_Rico"},
	"GST": {"Asia/Dubai", "Atlantic/South_Georgia"},
	"MST": {"America/Denver", "Asia/Kuala_Lumpur"},
	"PST": {"America/Los_Angeles", "Asia/Karachi", "Asia/Manila"},
}

// longZoneAbbrevs are the abbreviations of three letters or more: they are
// read in lower case too ("3 pm gmt"); two-letter ones ("ET", "PT") only
// as written in capitals.
var longZoneAbbrevs = func() map[string]bool {
	m := map[string]bool{}
	for k := range zoneAbbrevs {
		if len(k) >= 3 {
			m[strings.ToLower(k)] = true
		}
	}
	return m
}()

// zoneAbbrevAlternation is the abbreviations (whole words; capitals, or
// lower case for the longer ones) and written-out zone names as one
// alternation.
var zoneAbbrevAlternation = `(?:\b(?:` + alternation(zoneAbbrevs) + `|` + alternation(longZoneAbbrevs) + `)\b|(?i:` + alternation(zoneNames) + `)\b)`

// reZoneAfter is a zone written right after a time: "local time", "(local
// time)", "JST", "Japan time", "(Tokyo time)".
var reZoneAfter = fastre.MustCompile(`^\s*(\(\s*)?(?:\b(?i:(local\s+time|local))\b|` + zoneAbbrevAlternation +
	`|((?:\p{Lu}[\p{L}.'’\-]*\s+){1,3})(?i:time)\b)(\s*\))?`)

// zoneAfter reads a stated zone in s right after pos. It returns the zone
// as the record writes it ("local", "JST", "Japan time") and its span
// (parentheses included when they enclose only the zone).
func zoneAfter(s string, pos int) (zone string, span Span, ok bool) {
	loc := reZoneAfter.FindStringSubmatchIndex(s[pos:])
	if loc == nil {
		return "", Span{}, false
	}
	sm := submatches(s[pos:], loc)
	switch {
	case sm[2] != "":
		zone = "local"
	case sm[3] != "":
		if _, ok := LookupPlace(strings.TrimSpace(sm[3])); !ok {
			return "", Span{}, false
		}
		zone = strings.Join(strings.Fields(sm[0]), " ")
		zone = strings.Trim(zone, "() ")
	default:
		zone = strings.Trim(strings.Join(strings.Fields(sm[0]), " "), "() ")
	}
	open, closed := sm[1] != "", sm[4] != ""
	start, end := loc[0], loc[1]
	if open && !closed {
		start = loc[3] // the zone opens a parenthesis that says more
		for start < len(s[pos:]) && (s[pos+start] == ' ' || s[pos+start] == '(') {
			start++
		}
	}
	if !open && closed {
		end = loc[8] // the zone closes a parenthesis opened before the time
	}
	for start < end && s[pos+start] == ' ' {
		start++
	}
	return zone, Span{pos + start, pos + end}, true
}

// statedZone returns the IANA zone a stated zone (not "local") names: an
// abbreviation, a zone in words, or "<place> time". near is the place's
// zone, preferred when it uses the same abbreviation at instant t.
//
// An abbreviation that names different clocks (ambiguousZones: "CST" is
// China's or US Central) takes the one the place is in, else the one the
// publisher's home zone is in (home, may be nil), else the first, and
// guessed is then true.
func statedZone(zone string, near, home *time.Location, t func(*time.Location) time.Time) (loc *time.Location, guessed, ok bool) {
	if zone == "" || zone == "local" {
		return nil, false, false
	}
	abbr := strings.ToUpper(zone)
	if near != nil && t != nil {
		if name, _ := t(near).Zone(); name == abbr {
			return near, false, true
		}
	}
	if cands, ok := ambiguousZones[abbr]; ok {
		for _, l := range []*time.Location{near, home} {
			if l == nil {
				continue
			}
			for _, c := range cands {
				if cl, err := time.LoadLocation(c); err == nil && sameClock(l, cl, t) {
					return l, false, true
				}
			}
		}
		l, err := time.LoadLocation(cands[0])
		return l, true, err == nil
	}
	name := zoneAbbrevs[abbr]
	if name == "" {
		name = zoneNames[strings.ToLower(zone)]
	}
	if name == "" {
		if p, ok := LookupPlace(strings.TrimSuffix(strings.TrimSuffix(zone, " time"), " Time")); ok && !p.MultiZone {
			name = p.TZ
		}
	}
	if name == "" {
		return nil, false, false
	}
	l, err := time.LoadLocation(name)
	return l, false, err == nil
}

// sameClock reports whether a and b are one zone, or show the same offset
// at the meeting's instant (Islamabad's clock is Karachi's).
func sameClock(a, b *time.Location, t func(*time.Location) time.Time) bool {
	if a.String() == b.String() {
		return true
	}
	if t == nil {
		return false
	}
	_, oa := t(a).Zone()
	_, ob := t(b).Zone()
	return oa == ob
}

// publisherHomeZones maps a publisher's site host (or name) to the zone its
// unstated clock times are in, for publishers whose home zone is certain.
var publisherHomeZones = []struct {
	hosts []string
	names []string
	tz    string
}{
	{
		hosts: []string{"mofa.go.jp", "kantei.go.jp"},
		names: []string{"ministry of foreign affairs of japan", "prime minister's office of japan", "prime minister of japan and his cabinet"},
		tz:    "Asia/Tokyo",
	},
}

// publisherZone returns the home zone of the document's publisher when the
// page says who it is and that publisher's zone is known.
func publisherZone(m Meta) (*time.Location, bool) {
	host := ""
	if u, err := url.Parse(m.SourceURL); err == nil {
		host = strings.ToLower(u.Hostname())
	}
	site := strings.ToLower(strings.ReplaceAll(m.Site, "’", "'"))
	for _, p := range publisherHomeZones {
		hit := false
		for _, h := range p.hosts {
			if host == h || strings.HasSuffix(host, "."+h) {
				hit = true
			}
		}
		for _, n := range p.names {
			if site != "" && strings.Contains(site, n) {
				hit = true
			}
		}
		if hit {
			loc, err := time.LoadLocation(p.tz)
			return loc, err == nil
		}
	}
	return nil, false
}

// instant returns the moment date d at minutes after midnight names in loc.
func instant(d Date, minutes int, loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, minutes/60, minutes%60, 0, 0, loc)
}
