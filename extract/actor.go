package extract

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/readout/readout/internal/fastre"
)

// This file gives participants their actor codes, so records join with
// event data coded in CAMEO (GDELT, ICEWS, PHOENIX):
//
//   - country_code: the ISO 3166-1 alpha-3 code of the one country the
//     participant's affiliation, or else title, names ("Japan", "Japanese
//     Foreign Minister", "Prime Minister of India"), through the gazetteer
//     (countrycodes.tsv gives each gazetteer country its code). None when
//     no country or two are named ("U.S. Ambassador to Japan"): prefer none
//     to a guess.
//   - org_code: the CAMEO known-group code of the one international
//     organization (orgcodes.tsv) named where no country is ("NATO
//     Secretary General" -> "NAT"; "Japan's Ambassador to the United
//     Nations" is Japan's).
//
// The encounter's CAMEO event code is in cameo.go.

//go:embed countrycodes.tsv
var countryCodesTSV string

//go:embed orgcodes.tsv
var orgCodesTSV string

// actorTables are the parsed code lists.
type actorTables struct {
	// iso3 maps a gazetteer country (Place.Country) to its code.
	iso3 map[string]string
	// byDomain maps an internet top-level domain ("jp", "uk", "gov") to
	// the alpha-3 code of its country.
	byDomain map[string]string
	// orgRe finds an organization's name; orgOf maps the name to its code.
	orgRe *fastre.Regexp
	orgOf map[string]string
	// countryOf and orgName map a code back to its name.
	countryOf, orgName map[string]string
}

var (
	actorOnce sync.Once
	actors    *actorTables
)

// loadActors parses the code lists once.
func loadActors() *actorTables {
	actorOnce.Do(func() {
		t := &actorTables{iso3: map[string]string{}, orgOf: map[string]string{}, byDomain: map[string]string{},
			countryOf: map[string]string{}, orgName: map[string]string{}}
		for _, f := range tsvRows(countryCodesTSV) {
			if len(f) >= 2 {
				t.iso3[f[0]] = f[1]
				t.countryOf[f[1]] = f[0]
			}
			if len(f) >= 3 && f[2] != "" {
				t.byDomain[f[2]] = f[1]
			}
		}
		for d, c := range domainCountries {
			t.byDomain[d] = c
		}
		var names []string
		for _, f := range tsvRows(orgCodesTSV) {
			if len(f) < 2 {
				continue
			}
			t.orgName[f[0]] = f[1]
			all := []string{f[1]}
			if len(f) > 2 && f[2] != "" {
				all = append(all, strings.Split(f[2], "|")...)
			}
			for _, n := range all {
				t.orgOf[n] = f[0]
				names = append(names, n)
			}
		}
		t.orgRe = fastre.MustCompile(`(?:^|[^\pL\pN.])(` + listAlternation(names) + `)(?:[^\pL\pN]|$)`)
		actors = t
	})
	return actors
}

// domainCountries are the top-level domains that are no alpha-2 code:
// the United Kingdom's, and the United States government's own.
var domainCountries = map[string]string{"uk": "GBR", "gov": "USA", "mil": "USA"}

// PublisherCountry returns the alpha-3 code of the country whose internet
// domain the address u is in ("https://www.mofa.go.jp/..." -> "JPN",
// "kremlin.ru" -> "RUS", "www.gov.uk" -> "GBR", "whitehouse.gov" ->
// "USA"), or "" for a generic domain (.com, .org, .int) or no address.
func PublisherCountry(u string) string {
	host := u
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	tld := host[strings.LastIndexByte(host, '.')+1:]
	if tld == host {
		return ""
	}
	return loadActors().byDomain[tld]
}

// tsvRows splits a tab-separated table, skipping blank and "#" lines.
func tsvRows(src string) [][]string {
	var out [][]string
	for line := range strings.SplitSeq(src, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

// CountryCode returns the ISO 3166-1 alpha-3 code of a country, demonym,
// city or venue the gazetteer knows ("Japan", "Japanese", "Tokyo" ->
// "JPN"), or "".
func CountryCode(name string) string {
	p, ok := LookupPlace(name)
	if !ok {
		return ""
	}
	return loadActors().iso3[p.Country]
}

// CountryName returns the gazetteer's name of the country with the ISO
// 3166-1 alpha-3 code, or "".
func CountryName(code string) string { return loadActors().countryOf[code] }

// OrgName returns the name of the organization with the CAMEO code, or "".
func OrgName(code string) string { return loadActors().orgName[code] }

// namedCountry returns the code of the one country s names (by a country
// name or demonym), "" when it names none or several.
func namedCountry(s string) string {
	t := loadActors()
	code := ""
	for _, m := range findPlaces(s) {
		if m.Place.Kind != "country" {
			continue
		}
		c := t.iso3[m.Place.Country]
		if c == "" || (code != "" && c != code) {
			return ""
		}
		code = c
	}
	return code
}

// namedOrg returns the CAMEO code of the one organization s names, or "".
func namedOrg(s string) string {
	t := loadActors()
	code := ""
	for _, m := range t.orgRe.FindAllStringSubmatch(s, -1) {
		c := t.orgOf[m[1]]
		if code != "" && c != code {
			return ""
		}
		code = c
	}
	return code
}

// extractCodes sets each participant's country_code and org_code and the
// record's cameo code.
func (x *reader) extractCodes() {
	for i := range x.rec.Participants {
		p := &x.rec.Participants[i]
		at := "participants[" + strconv.Itoa(i) + "]"
		for _, f := range []struct {
			field string
			v     *string
		}{{"affiliation", p.Affiliation}, {"title", p.Title}} {
			if f.v == nil || *f.v == "" {
				continue
			}
			ev := evidenceSpan(x.rec.Evidence[at+"."+f.field])
			if c := namedCountry(*f.v); c != "" {
				p.CountryCode = &c
				x.setRule(at+".country_code", ev, "actor/"+f.field+"-country")
				break
			}
			if c := namedOrg(*f.v); c != "" {
				p.OrgCode = &c
				x.setRule(at+".org_code", ev, "actor/"+f.field+"-organization")
				break
			}
		}
	}
	x.extractCAMEO()
}
