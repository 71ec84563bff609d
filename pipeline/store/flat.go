package store

import (
	"strconv"
	"strings"

	"github.com/readout/readout/extract"
)

// AgendaRow is one agenda point flattened: Path is the chain of numbers
// from the top ("2.1"), Depth 1 for a top-level point.
type AgendaRow struct {
	Path    string
	Depth   int
	Heading *string
	Text    *string
}

// FlattenAgenda lists every agenda point of items, sub-points after their
// parent, each with its number path. A point numbered 0 is given its place
// in its list instead.
func FlattenAgenda(items []extract.AgendaItem) []AgendaRow {
	var out []AgendaRow
	var walk func(items []extract.AgendaItem, prefix string, depth int)
	walk = func(items []extract.AgendaItem, prefix string, depth int) {
		for i, it := range items {
			n := it.Number
			if n <= 0 {
				n = i + 1
			}
			p := strconv.Itoa(n)
			if prefix != "" {
				p = prefix + "." + p
			}
			out = append(out, AgendaRow{Path: p, Depth: depth, Heading: it.Heading, Text: it.Text})
			walk(it.Points, p, depth+1)
		}
	}
	walk(items, "", 1)
	return out
}

// str returns *p, or "" for nil.
func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// nullStr returns *p, or nil for a nil pointer, as a SQL argument.
func nullStr(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

// nullDate returns d as YYYY-MM-DD, or nil.
func nullDate(d *extract.Date) any {
	if d == nil {
		return nil
	}
	return d.String()
}

// boolInt is 1 for true, 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ParticipantLabel is one participant as a reader writes it in a list:
// "Name (Title, Affiliation)".
func ParticipantLabel(p extract.Participant) string {
	var extra []string
	if p.Title != nil && *p.Title != "" {
		extra = append(extra, *p.Title)
	}
	if p.Affiliation != nil && *p.Affiliation != "" {
		extra = append(extra, *p.Affiliation)
	}
	if len(extra) == 0 {
		return p.Name
	}
	return p.Name + " (" + strings.Join(extra, ", ") + ")"
}
