package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/store"
)

// maxClique is the most participants of one record that the network joins
// pairwise: a long list (a summit's forty delegations) would otherwise
// bury the picture under its edges.
const maxClique = 12

// people are the persons of an archive (one id per person, as in a
// database) and the records each appears in.
type people struct {
	names   map[string]string // id -> fullest name
	records map[string]int
	// notes are each person's most written title and country code.
	titles, codes map[string]map[string]int
	// pairs counts the records two people share (key: id + "\x00" + id,
	// in order).
	pairs map[string]int
}

// gatherPeople gives every participant of items a person id and counts.
func gatherPeople(items []store.Item) *people {
	var ms []store.Mention
	for _, it := range items {
		for _, p := range it.Record.Participants {
			ms = append(ms, store.Mention{Name: p.Name, Title: strOr(p.Title)})
		}
	}
	ids := store.PersonIDs(ms)
	pp := &people{names: map[string]string{}, records: map[string]int{}, titles: map[string]map[string]int{},
		codes: map[string]map[string]int{}, pairs: map[string]int{}}
	i := 0
	for _, it := range items {
		var in []string
		seen := map[string]bool{}
		for _, p := range it.Record.Participants {
			id := ids[i]
			i++
			if id.ID == "" || seen[id.ID] {
				continue
			}
			seen[id.ID] = true
			in = append(in, id.ID)
			pp.names[id.ID] = id.Name
			pp.records[id.ID]++
			bump(pp.titles, id.ID, strOr(p.Title))
			if p.CountryCode != nil {
				bump(pp.codes, id.ID, *p.CountryCode)
			} else if p.OrgCode != nil {
				bump(pp.codes, id.ID, *p.OrgCode)
			}
		}
		if len(in) > maxClique {
			in = in[:maxClique]
		}
		for a := range in {
			for b := a + 1; b < len(in); b++ {
				x, y := in[a], in[b]
				if x > y {
					x, y = y, x
				}
				pp.pairs[x+"\x00"+y]++
			}
		}
	}
	return pp
}

func bump(m map[string]map[string]int, id, v string) {
	if v == "" {
		return
	}
	if m[id] == nil {
		m[id] = map[string]int{}
	}
	m[id][v]++
}

// most returns the most frequent key of m (the first in order on a tie).
func most(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// note is a person's most written title and country code.
func (pp *people) note(id string) string {
	var parts []string
	if t := most(pp.titles[id]); t != "" {
		parts = append(parts, t)
	}
	if c := most(pp.codes[id]); c != "" {
		parts = append(parts, c)
	}
	return strings.Join(parts, " · ")
}

// top lists the n people in most records.
func (pp *people) top(n int) []Count {
	var cs []Count
	for id, k := range pp.records {
		cs = append(cs, Count{Key: id, Label: pp.names[id], N: k, Note: pp.note(id)})
	}
	return topOf(cs, n)
}

// Node is a person in the network.
type Node struct {
	ID, Name, Note, Code string
	Records, Degree      int
	X, Y, R              float64
	Label, LabelLeft     bool
	Colour               string
}

// Edge joins two nodes that share W records.
type Edge struct {
	A, B int
	W    int
}

// Network is who met whom, laid out.
type Network struct {
	Nodes []Node
	Edges []Edge
	// Shown, Group and Total are the people drawn, the people of the
	// largest group linked to each other, and the people with anyone to
	// meet.
	Shown, Group, Total int
	W, H                float64
}

// network keeps the max people with most shared records and lays them out.
func (pp *people) network(max int) *Network {
	degree := map[string]int{}
	for k, w := range pp.pairs {
		a, b, _ := strings.Cut(k, "\x00")
		degree[a] += w
		degree[b] += w
	}
	ids := make([]string, 0, len(degree))
	for id := range degree {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(degree[b], degree[a]), cmp.Compare(pp.records[b], pp.records[a]), cmp.Compare(a, b))
	})
	net := &Network{Total: len(ids), W: 1000, H: 760}
	// Only the largest group of people linked to each other is drawn: a
	// pair met by no one else would float apart and shrink the rest.
	ids = pp.largestGroup(ids)
	net.Group = len(ids)
	if len(ids) > max {
		ids = ids[:max]
	}
	index := map[string]int{}
	for i, id := range ids {
		index[id] = i
		code := most(pp.codes[id])
		net.Nodes = append(net.Nodes, Node{ID: id, Name: pp.names[id], Note: pp.note(id), Code: code,
			Records: pp.records[id], Degree: degree[id]})
	}
	for k, w := range pp.pairs {
		a, b, _ := strings.Cut(k, "\x00")
		ia, oka := index[a]
		ib, okb := index[b]
		if oka && okb {
			net.Edges = append(net.Edges, Edge{A: ia, B: ib, W: w})
		}
	}
	slices.SortFunc(net.Edges, func(x, y Edge) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	net.Shown = len(net.Nodes)
	layout(net)
	return net
}

// largestGroup keeps, in order, the ids of the largest set of people
// linked to each other through shared records.
func (pp *people) largestGroup(ids []string) []string {
	parent := map[string]string{}
	var find func(string) string
	find = func(a string) string {
		for parent[a] != "" && parent[a] != a {
			a = parent[a]
		}
		return a
	}
	for k := range pp.pairs {
		a, b, _ := strings.Cut(k, "\x00")
		ra, rb := find(a), find(b)
		if ra != rb {
			if ra > rb {
				ra, rb = rb, ra
			}
			parent[rb] = ra
		}
		if parent[ra] == "" {
			parent[ra] = ra
		}
	}
	size := map[string]int{}
	for _, id := range ids {
		size[find(id)]++
	}
	best := ""
	for r, n := range size {
		if n > size[best] || (n == size[best] && r < best) {
			best = r
		}
	}
	var out []string
	for _, id := range ids {
		if find(id) == best {
			out = append(out, id)
		}
	}
	return out
}

// palette colours the countries with most people in the network.
var palette = []string{"#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04", "#db2777", "#4f46e5", "#65a30d", "#0d9488"}

// countryLabel is a code with its name, for legends.
func countryLabel(code string) string {
	if n := extract.CountryName(code); n != "" {
		return n
	}
	if n := extract.OrgName(code); n != "" {
		return n
	}
	return code
}
