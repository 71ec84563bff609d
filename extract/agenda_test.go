package extract

import (
	"strings"
	"testing"
)

// agendaOf extracts the agenda of a document built from lines of the form
// "<depth> <number> text" for items and "<depth> - text" for paragraphs.
func agendaOf(lines ...string) []AgendaItem {
	var b DocBuilder
	for _, l := range lines {
		f := strings.SplitN(l, " ", 3)
		depth := int(f[0][0] - '0')
		if f[1] == "-" {
			b.Add(Paragraph, "", 0, depth, f[2])
			continue
		}
		n := int(f[1][0] - '0')
		b.Add(Item, f[1]+".", n, depth, f[2])
	}
	return Extract(b.Document(), Options{}).Agenda
}

// outline renders an agenda as "1[h:Heading|t:Text]{1[t:..]}" for comparison.
func outline(items []AgendaItem) string {
	var sb strings.Builder
	for _, it := range items {
		sb.WriteString(string(rune('0' + it.Number)))
		sb.WriteString("[")
		if it.Heading != nil {
			sb.WriteString("h:" + *it.Heading)
		}
		if it.Text != nil {
			sb.WriteString("|t:" + *it.Text)
		}
		sb.WriteString("]")
		if len(it.Points) > 0 {
			sb.WriteString("{" + outline(it.Points) + "}")
		}
	}
	return sb.String()
}

func TestAgenda(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"flat items are text", []string{"1 1 First point made at length by the two sides.", "1 2 Second point."},
			"1[|t:First point made at length by the two sides.]2[|t:Second point.]"},
		{"heading with points", []string{"1 1 Introduction", "2 1 Rutte stated.", "2 2 Iwaya stated.", "1 2 Relations", "2 1 Welcomed."},
			"1[h:Introduction]{1[|t:Rutte stated.]2[|t:Iwaya stated.]}2[h:Relations]{1[|t:Welcomed.]}"},
		{"heading with a paragraph", []string{"1 3 Regional Situations", "1 - Both sides exchanged views."},
			"3[h:Regional Situations|t:Both sides exchanged views.]"},
		{"long lead keeps text and points", []string{
			"1 1 On Wednesday, August 30, commencing at 3:15 p.m. for approximately 20 minutes, Mr. Taro Kono held a telephone talk with the Hon. Julie Bishop.",
			"2 1 Minister Kono stated.", "2 2 Both ministers shared."},
			"1[|t:On Wednesday, August 30, commencing at 3:15 p.m. for approximately 20 minutes, Mr. Taro Kono held a telephone talk with the Hon. Julie Bishop.]{1[|t:Minister Kono stated.]2[|t:Both ministers shared.]}"},
		{"paragraphs outside the list are not agenda", []string{"0 - Lead paragraph.", "1 1 Point.", "0 - Closing paragraph."},
			"1[|t:Point.]"},
		{"no numbering, no agenda", []string{"0 - One.", "0 - Two."}, ""},
		// a breadcrumb or menu written as a numbered list stands before
		// the lead: "1. HOME 2. Press 3. Ministry News"
		{"a breadcrumb before the lead is not agenda", []string{"1 1 HOME", "1 2 Press", "1 3 Ministry News",
			"0 - On September 18, Minister Kang held a meeting with Foreign Minister Minh in Hanoi.",
			"1 1 The two sides discussed cooperation."},
			"1[|t:The two sides discussed cooperation.]"},
		{"a numbered lead is kept", []string{"1 1 HOME", "1 2 News",
			"1 1 On September 18, Minister Kang held a meeting with Foreign Minister Minh in Hanoi.",
			"1 2 The two sides discussed cooperation."},
			"1[|t:On September 18, Minister Kang held a meeting with Foreign Minister Minh in Hanoi.]2[|t:The two sides discussed cooperation.]"},
		{"a list before the lead with a sentence is kept", []string{"1 1 The ministers agreed to open a consulate in Da Nang.", "1 2 Trade",
			"0 - On September 18, Minister Kang held a meeting with Foreign Minister Minh in Hanoi."},
			"1[|t:The ministers agreed to open a consulate in Da Nang.]2[|t:Trade]"},
	}
	for _, tt := range tests {
		if got := outline(agendaOf(tt.lines...)); got != tt.want {
			t.Errorf("%s:\n got  %s\n want %s", tt.name, got, tt.want)
		}
	}
}
