// Command gengazetteer writes extract/gazetteer.tsv, the gazetteer that
// readout embeds, from three MIT/ODbL-licensed npm packages and a small
// hand-kept list of venues and name variants (extra.tsv beside this file).
//
// The sources are installed outside the repository and the zones of
// countries-and-timezones dumped to JSON with node:
//
//	cd /tmp/gaz && npm install city-timezones world-countries countries-and-timezones
//	node -e "const ct=require('countries-and-timezones'); const a=ct.getAllCountries(); \
//	  const o={}; for (const k in a) o[k]=a[k].timezones; \
//	  require('fs').writeFileSync('ctzones.json', JSON.stringify(o))"
//	go run ./extract/internal/gengazetteer -src /tmp/gaz -out extract/gazetteer.tsv
//
// Every country is listed with its common and official names, its other
// spellings and its demonyms, and the zone of its capital; every capital
// and every city of at least -minpop people is listed with its country and
// zone. Every zone written is checked to load with Go's embedded tzdata.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	_ "time/tzdata"

	"github.com/readout/readout/extract/internal/placekey"
)

// city is one row of city-timezones' cityMap.json.
type city struct {
	City      string  `json:"city"`
	CityASCII string  `json:"city_ascii"`
	Pop       float64 `json:"pop"`
	Country   string  `json:"country"`
	// ISO2 is the country code; a few rows (Kosovo, Somaliland) carry a
	// number instead and are matched by country name.
	ISO2     any    `json:"iso2"`
	Timezone string `json:"timezone"`
	iso2     string
}

// country is the part of a world-countries record the gazetteer uses.
type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	Independent  *bool    `json:"independent"`
	UNMember     bool     `json:"unMember"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// entry is one row of the gazetteer.
type entry struct {
	name, kind, country, tz string
	aliases                 []string
	multi                   bool    // a country whose zones differ in offset
	rank                    float64 // higher wins a name shared by two entries
}

func main() {
	src := flag.String("src", "/tmp/gaz", "folder holding node_modules/ and ctzones.json")
	extra := flag.String("extra", "extract/internal/gengazetteer/extra.tsv", "hand-kept venues and variants")
	out := flag.String("out", "extract/gazetteer.tsv", "file to write")
	minPop := flag.Float64("minpop", 100000, "smallest city population listed (capitals are always listed)")
	flag.Parse()
	if err := run(*src, *extra, *out, *minPop); err != nil {
		log.Fatal(err)
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// fold is the key names are compared by: the key extract looks places
// up by.
func fold(s string) string { return placekey.Fold(s) }

func run(src, extraPath, out string, minPop float64) error {
	var cities []city
	var countries []country
	var zones map[string][]string
	if err := readJSON(filepath.Join(src, "node_modules/city-timezones/data/cityMap.json"), &cities); err != nil {
		return err
	}
	if err := readJSON(filepath.Join(src, "node_modules/world-countries/countries.json"), &countries); err != nil {
		return err
	}
	if err := readJSON(filepath.Join(src, "ctzones.json"), &zones); err != nil {
		return err
	}

	byName := map[string]string{}
	for _, k := range countries {
		byName[fold(k.Name.Common)] = k.CCA2
	}
	for i := range cities {
		c := &cities[i]
		if s, ok := c.ISO2.(string); ok {
			c.iso2 = s
		} else {
			c.iso2 = byName[fold(c.Country)]
		}
	}

	byCity := map[[2]string]city{}
	largest := map[string]city{}
	for _, c := range cities {
		if c.iso2 == "" || c.Timezone == "" {
			continue
		}
		for _, n := range []string{c.City, c.CityASCII} {
			k := [2]string{c.iso2, fold(n)}
			if old, ok := byCity[k]; !ok || c.Pop > old.Pop {
				byCity[k] = c
			}
		}
		if c.Pop > largest[c.iso2].Pop {
			largest[c.iso2] = c
		}
	}

	popByZone := map[string]map[string]float64{} // ISO2 -> zone -> people
	for _, c := range cities {
		if c.iso2 == "" || c.Timezone == "" {
			continue
		}
		if popByZone[c.iso2] == nil {
			popByZone[c.iso2] = map[string]float64{}
		}
		popByZone[c.iso2][c.Timezone] += c.Pop
	}

	var entries []entry
	names := map[string]string{} // ISO2 -> common name
	capitalTZ := map[string]string{}
	for _, k := range countries {
		names[k.CCA2] = k.Name.Common
	}
	for _, k := range countries {
		tz := ""
		var capital city
		found := false
		if len(k.Capital) > 0 {
			capital, found = byCity[[2]string{k.CCA2, fold(k.Capital[0])}]
		}
		switch {
		case found:
			tz = capital.Timezone
		case len(zones[k.CCA2]) > 0:
			tz = zones[k.CCA2][0]
		case largest[k.CCA2].Timezone != "":
			tz = largest[k.CCA2].Timezone
		}
		if tz == "" {
			continue
		}
		capitalTZ[k.CCA2] = tz
		rank := 1e12
		if k.Independent != nil && *k.Independent {
			rank = 2e12
		}
		e := entry{name: k.Name.Common, kind: "country", country: k.Name.Common, tz: tz, rank: rank,
			multi: outsideShare(tz, popByZone[k.CCA2]) > 0.2}
		e.aliases = append(e.aliases, k.Name.Official)
		for _, a := range k.AltSpellings {
			if len([]rune(a)) > 3 && !strings.Contains(a, ",") {
				e.aliases = append(e.aliases, a)
			}
		}
		if d, ok := k.Demonyms["eng"]; ok {
			e.aliases = append(e.aliases, d.M, d.F)
		}
		entries = append(entries, e)
		if len(k.Capital) > 0 {
			name := k.Capital[0]
			if found {
				name = capital.City
			}
			entries = append(entries, entry{name: name, kind: "city", country: k.Name.Common, tz: tz,
				aliases: []string{capital.CityASCII, k.Capital[0]}, rank: 1e11 + capital.Pop})
		}
	}
	for _, c := range cities {
		if c.Pop < minPop || names[c.iso2] == "" {
			continue
		}
		entries = append(entries, entry{name: c.City, kind: "city", country: names[c.iso2], tz: c.Timezone,
			aliases: []string{c.CityASCII}, rank: c.Pop})
	}
	extra, err := readExtra(extraPath)
	if err != nil {
		return err
	}
	entries = merge(entries, extra)

	for _, e := range entries {
		if _, err := time.LoadLocation(e.tz); err != nil {
			return fmt.Errorf("%s: zone %q: %w", e.name, e.tz, err)
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	writeTSV(w, entries)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// readExtra reads the hand-kept rows: name, kind, country, zone, aliases.
// A row whose kind and zone are empty only adds aliases to the entry of
// that name.
func readExtra(path string) ([]entry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []entry
	for i, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		if f[0] == "" {
			return nil, fmt.Errorf("%s:%d: no name", path, i+1)
		}
		var al []string
		if f[4] != "" {
			al = strings.Split(f[4], "|")
		}
		out = append(out, entry{name: f[0], kind: f[1], country: f[2], tz: f[3], aliases: al, rank: 3e12})
	}
	return out, nil
}

// merge adds the hand-kept rows: new entries are appended (ranked above
// generated ones), alias-only rows extend the entry of that name.
func merge(entries, extra []entry) []entry {
	idx := map[string]int{}
	for i, e := range entries {
		k := fold(e.name)
		if j, ok := idx[k]; !ok || e.rank > entries[j].rank {
			idx[k] = i
		}
	}
	for _, x := range extra {
		if x.kind == "" {
			if i, ok := idx[fold(x.name)]; ok {
				entries[i].aliases = append(entries[i].aliases, x.aliases...)
				continue
			}
			log.Printf("extra: no entry %q to add aliases to", x.name)
			continue
		}
		entries = append(entries, x)
	}
	return entries
}

// writeTSV writes the header and one row per entry. A name (or alias) that
// two entries share goes to the higher-ranked one only.
func writeTSV(w io.Writer, entries []entry) {
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].rank > entries[j].rank })
	taken := map[string]bool{}
	var rows []string
	for _, e := range entries {
		k := fold(e.name)
		if taken[k] {
			continue
		}
		taken[k] = true
		var al []string
		seen := map[string]bool{k: true}
		for _, a := range e.aliases {
			ak := fold(a)
			if a == "" || seen[ak] || taken[ak] {
				continue
			}
			seen[ak], taken[ak] = true, true
			al = append(al, a)
		}
		flags := ""
		if e.multi {
			flags = "multizone"
		}
		rows = append(rows, strings.Join([]string{e.name, e.kind, e.country, e.tz, strings.Join(al, "|"), flags}, "\t"))
	}
	sort.Strings(rows)
	fmt.Fprint(w, header)
	for _, r := range rows {
		fmt.Fprintln(w, r)
	}
}

const header = `# readout gazetteer: countries (with official names, other spellings and
# demonyms), capitals, cities of 100,000 people or more, and diplomatic venues,
# each with its kind, country and IANA time zone (a country's zone is its
# capital's). Generated by extract/internal/gengazetteer; do not edit by hand:
# edit extract/internal/gengazetteer/extra.tsv and regenerate.
#
# Sources and licences:
#   city-timezones 1.3.4 (MIT)
#   world-countries 5.1.0 (ODbL 1.0, https://opendatacommons.org/licenses/odbl/1.0/;
#     this file is a Derivative Database under the same licence)
#   countries-and-timezones 3.10.0 (MIT)
#   extra.tsv: hand-kept venues and name variants (readout project)
#
# Columns: name, kind (country|city|venue), country, zone, aliases
# (|-separated), flags ("multizone": a country whose zones differ in offset,
# so its capital's zone is no safe guess for a place elsewhere in it)
`

// outsideShare is the share of a country's city population (pop: zone ->
// people) that lives in zones whose UTC offset differs from tz's in winter
// or summer: above a fifth (the United States, Russia, Brazil), the
// capital's zone is no safe guess for a place elsewhere in the country;
// the Canaries, the Azores or Xinjiang do not make Spain, Portugal or
// China such a country.
func outsideShare(tz string, pop map[string]float64) float64 {
	winter := time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC)
	summer := time.Date(2024, 7, 15, 12, 0, 0, 0, time.UTC)
	offsets := func(z string) (int, int, bool) {
		loc, err := time.LoadLocation(z)
		if err != nil {
			return 0, 0, false
		}
		_, w := winter.In(loc).Zone()
		_, s := summer.In(loc).Zone()
		return w, s, true
	}
	w0, s0, ok := offsets(tz)
	if !ok {
		return 0
	}
	var in, out float64
	for z, p := range pop {
		w, s, ok := offsets(z)
		if ok && w == w0 && s == s0 {
			in += p
		} else {
			out += p
		}
	}
	if in+out == 0 {
		return 0
	}
	return out / (in + out)
}
