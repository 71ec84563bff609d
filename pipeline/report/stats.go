package report

import (
	"cmp"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/store"
)

// Kinds is the order kinds are shown in, each with its colour.
var Kinds = []struct {
	Kind   extract.Kind
	Label  string
	Colour string
}{
	{extract.KindMeeting, "meeting", "#2563eb"},
	{extract.KindTelephoneTalk, "telephone talk", "#16a34a"},
	{extract.KindVideoConference, "video conference", "#9333ea"},
	{extract.KindCourtesyCall, "courtesy call", "#ea580c"},
	{extract.KindWorkingMeal, "working meal", "#ca8a04"},
	{extract.KindOther, "other (no encounter)", "#9ca3af"},
}

// kindIndex maps a kind to its place in Kinds.
func kindIndex(k extract.Kind) int {
	for i, x := range Kinds {
		if x.Kind == k {
			return i
		}
	}
	return len(Kinds) - 1
}

// undated is the year and month of a record with no date.
const undated = "undated"

// Options shape a report.
type Options struct {
	// Title heads the page; "" gives "readout report".
	Title string
	// Source names what was read (a file or folder), shown under the title.
	Source string
	// PageOf, when set, returns the link to the explain page of the input
	// at rel, or "" when it has none.
	PageOf func(rel string) string
	// TopN is how many countries and people the lists show (default 20).
	TopN int
	// MaxNodes bounds the network (default 200 people).
	MaxNodes int
}

// Count is a name with a tally.
type Count struct {
	Key, Label string
	N          int
	// Share is N over the largest N of its list, for bars (0..1).
	Share float64
	// Note is a second line (a person's title and country).
	Note string
}

// YearRow is one year's records by kind.
type YearRow struct {
	Year   string
	Counts []int
	Total  int
}

// Warned is one record with warnings.
type Warned struct {
	Rel, Title, Date, Kind, Link string
	Warnings                     []string
}

// Stats are the figures a report shows.
type Stats struct {
	Records, Encounters, Warned, People, Countries int
	From, To                                       string
	Years                                          []YearRow
	KindTotals                                     []int
	// Months are every month from the first dated record to the last, with
	// each kind's count.
	Months                  []string
	MonthCounts             [][]int
	TopCountries, TopPeople []Count
	WarnedRecords           []Warned
	// WarningKinds are the warnings by what they say, quoted text and
	// numbers left out, most frequent first.
	WarningKinds []Count
	Net          *Network
}

// dateOf is the record's date, or its published date, as YYYY-MM-DD, or "".
func dateOf(r *extract.Record) string {
	switch {
	case r.Date != nil:
		return r.Date.String()
	case r.Published != nil:
		return r.Published.String()
	}
	return ""
}

// Build gathers the report's figures from items.
func Build(items []store.Item, opts Options) *Stats {
	if opts.TopN <= 0 {
		opts.TopN = 20
	}
	if opts.MaxNodes <= 0 {
		opts.MaxNodes = 200
	}
	s := &Stats{Records: len(items), KindTotals: make([]int, len(Kinds))}
	years := map[string][]int{}
	months := map[string][]int{}
	for _, it := range items {
		r := it.Record
		k := kindIndex(r.Kind)
		s.KindTotals[k]++
		if r.Kind != extract.KindOther {
			s.Encounters++
		}
		d := dateOf(r)
		y, m := undated, ""
		if d != "" {
			y, m = d[:4], d[:7]
			if s.From == "" || d < s.From {
				s.From = d
			}
			if d > s.To {
				s.To = d
			}
		}
		if years[y] == nil {
			years[y] = make([]int, len(Kinds))
		}
		years[y][k]++
		if m != "" {
			if months[m] == nil {
				months[m] = make([]int, len(Kinds))
			}
			months[m][k]++
		}
		if len(r.Warnings) > 0 {
			s.Warned++
			w := Warned{Rel: it.Rel, Title: strOr(r.Title), Date: d, Kind: string(r.Kind), Warnings: r.Warnings}
			if opts.PageOf != nil {
				w.Link = opts.PageOf(it.Rel)
			}
			s.WarnedRecords = append(s.WarnedRecords, w)
		}
	}
	for y, c := range years {
		row := YearRow{Year: y, Counts: c}
		for _, n := range c {
			row.Total += n
		}
		s.Years = append(s.Years, row)
	}
	slices.SortFunc(s.Years, func(a, b YearRow) int { return cmp.Compare(a.Year, b.Year) }) // "undated" sorts last
	s.Months, s.MonthCounts = monthRange(months)
	slices.SortFunc(s.WarnedRecords, func(a, b Warned) int { return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Rel, b.Rel)) })
	s.WarningKinds = warningKinds(s.WarnedRecords, opts.TopN)
	s.TopCountries, s.Countries = topCountries(items, opts.TopN)
	people := gatherPeople(items)
	s.People = len(people.names)
	s.TopPeople = people.top(opts.TopN)
	s.Net = people.network(opts.MaxNodes)
	return s
}

// monthRange lists every month from the first to the last key of m.
func monthRange(m map[string][]int) ([]string, [][]int) {
	if len(m) == 0 {
		return nil, nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	first, last := keys[0], keys[len(keys)-1]
	var out []string
	var counts [][]int
	y, mo := atoi(first[:4]), atoi(first[5:7])
	for {
		k := pad4(y) + "-" + pad2(mo)
		out = append(out, k)
		c := m[k]
		if c == nil {
			c = make([]int, len(Kinds))
		}
		counts = append(counts, c)
		if k >= last {
			break
		}
		if mo++; mo > 12 {
			y, mo = y+1, 1
		}
	}
	return out, counts
}

// topCountries counts, per country code, the records with a participant
// from it, the publisher's own country left out (it is in every record).
func topCountries(items []store.Item, n int) ([]Count, int) {
	tally := map[string]int{}
	for _, it := range items {
		home := extract.PublisherCountry(it.Record.Source.URL)
		seen := map[string]bool{}
		for _, p := range it.Record.Participants {
			code := ""
			switch {
			case p.CountryCode != nil:
				code = *p.CountryCode
			case p.OrgCode != nil:
				code = "org:" + *p.OrgCode
			}
			if code == "" || code == home || seen[code] {
				continue
			}
			seen[code] = true
			tally[code]++
		}
	}
	var out []Count
	for code, k := range tally {
		label := code
		if org, ok := strings.CutPrefix(code, "org:"); ok {
			label = extract.OrgName(org) + " (" + org + ")"
		} else if name := extract.CountryName(code); name != "" {
			label = name + " (" + code + ")"
		}
		out = append(out, Count{Key: code, Label: label, N: k})
	}
	total := len(out)
	return topOf(out, n), total
}

// warningKinds counts warnings by their wording with quoted text and
// digits replaced by "…", so "no date of the meeting is stated: "April
// 22-23" belongs to another event" counts with its kin.
func warningKinds(ws []Warned, n int) []Count {
	tally := map[string]int{}
	for _, w := range ws {
		for _, text := range w.Warnings {
			tally[warningShape(text)]++
		}
	}
	var out []Count
	for k, c := range tally {
		out = append(out, Count{Key: k, Label: k, N: c})
	}
	return topOf(out, n)
}

// warningShape is a warning with quoted text and numbers as "…".
func warningShape(s string) string {
	var b strings.Builder
	quote := rune(0)
	last := rune(0)
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote || (quote == '“' && r == '”') {
				quote = 0
			}
			continue
		case r == '"' || r == '“' || r == '\'':
			if r == '\'' && last != ' ' && last != 0 {
				b.WriteRune(r) // an apostrophe
				last = r
				continue
			}
			quote = r
			b.WriteString("…")
			last = '…'
			continue
		case r >= '0' && r <= '9':
			if last != '…' {
				b.WriteString("…")
			}
			last = '…'
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// topOf sorts counts by N (then label), keeps the first n and sets shares.
func topOf(cs []Count, n int) []Count {
	slices.SortFunc(cs, func(a, b Count) int { return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Label, b.Label)) })
	if len(cs) > n {
		cs = cs[:n]
	}
	for i := range cs {
		cs[i].Share = float64(cs[i].N) / float64(cs[0].N)
	}
	return cs
}

func strOr(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func pad2(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

func pad4(n int) string { return pad2(n/100) + pad2(n%100) }

// ExplainLinker returns an Options.PageOf that links to the pages a batch
// run's --explain-dir wrote into dir, as seen from a report written into
// the folder from, when the page exists (exists is os.Stat's test). A
// record's path is tried as it is and with leading folders dropped, for
// JSON Lines whose paths include the archive's folder.
func ExplainLinker(dir, from string, exists func(string) bool) func(rel string) string {
	return func(rel string) string {
		p := strings.TrimPrefix(path.Clean("/"+strings.ReplaceAll(rel, "\\", "/")), "/")
		for p != "" {
			page := filepath.Join(dir, filepath.FromSlash(p)+".html")
			if exists(page) {
				return relLink(from, page)
			}
			i := strings.IndexByte(p, '/')
			if i < 0 {
				break
			}
			p = p[i+1:]
		}
		return ""
	}
}
