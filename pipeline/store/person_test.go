package store

import "testing"

// personCases are groups of names; within a case, names in one group must
// share an id and names in different groups must not.
var personCases = []struct {
	name   string
	groups [][]string
}{
	{"one person, many spellings", [][]string{
		{"Joe Biden", "Joseph R. Biden, Jr.", "Biden", "BIDEN Joseph", "Joseph Biden", "J. Biden", "joe biden"},
	}},
	{"family name first in capitals", [][]string{
		{"IWAYA Takeshi", "Takeshi Iwaya", "Iwaya"},
		{"KAMIKAWA Yoko", "Yoko Kamikawa"},
	}},
	{"transliteration and diacritics", [][]string{
		{"Boyko Borissov", "Boyko Borisov", "Borisov"},
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdogan"},
		{"Andrzej Duda", "ANDRZEJ DUDA"},
	}},
	{"same surname, different people", [][]string{
		{"Joe Biden", "Joseph R. Biden Jr."},
		{"Jill Biden"},
		// A bare surname two people bear joins neither.
		{"Biden"},
	}},
	{"comma forms", [][]string{
		{"Kang, Kyung-wha", "Kang Kyung-wha", "Kyung-wha Kang"},
	}},
	{"particles", [][]string{
		{"Ursula von der Leyen", "von der Leyen", "Ursula VON DER LEYEN"},
		{"Mohammed bin Salman", "bin Salman"},
	}},
	{"bare name written family first", [][]string{
		{"Xi Jinping", "Xi"},
	}},
	{"middle names and initials", [][]string{
		{"Antony J. Blinken", "Antony Blinken", "Tony Blinken", "A. Blinken"},
		{"Donald Trump", "Donald J. Trump"},
		{"Melania Trump"},
	}},
}

func TestPersonIDs(t *testing.T) {
	for _, tc := range personCases {
		var names []string
		var group []int
		for g, ns := range tc.groups {
			for _, n := range ns {
				names = append(names, n)
				group = append(group, g)
			}
		}
		ids := PersonIDs(mentions(names...))
		for i := range names {
			if ids[i].ID == "" {
				t.Errorf("%s: %q has no id", tc.name, names[i])
			}
			for j := range names {
				same := ids[i].ID == ids[j].ID
				if same != (group[i] == group[j]) {
					t.Errorf("%s: %q (%s) and %q (%s): same=%v, want %v", tc.name, names[i], ids[i].ID, names[j], ids[j].ID, same, !same)
				}
			}
		}
		// Order does not matter.
		rev := make([]string, len(names))
		for i, n := range names {
			rev[len(names)-1-i] = n
		}
		rids := PersonIDs(mentions(rev...))
		for i := range names {
			if got := rids[len(names)-1-i].ID; got != ids[i].ID {
				t.Errorf("%s: %q is %s in one order, %s in the other", tc.name, names[i], ids[i].ID, got)
			}
		}
	}
}

func TestPersonIDForms(t *testing.T) {
	ids := PersonIDs(mentions("IWAYA Takeshi", "Joseph R. Biden, Jr.", "Joe Biden", "Biden", "Sergey Lavrov"))
	want := []string{"iwaya-takeshi", "biden-joseph", "biden-joseph", "biden-joseph", "lavrov-sergey"}
	for i, w := range want {
		if ids[i].ID != w {
			t.Errorf("id %d = %q, want %q", i, ids[i].ID, w)
		}
	}
	if ids[2].Name != "Joseph R. Biden, Jr." {
		t.Errorf("fullest name = %q", ids[2].Name)
	}
	if got := PersonIDs(mentions("NIKOLAI PATRUSHEV", "Nikolai Patrushev"))[0].Name; got != "Nikolai Patrushev" {
		t.Errorf("fullest name = %q, want the mixed-case form", got)
	}
	if got := PersonIDs(mentions(""))[0].ID; got != "" {
		t.Errorf("empty name has id %q", got)
	}
}

// mentions makes title-less mentions of names.
func mentions(names ...string) []Mention {
	ms := make([]Mention, len(names))
	for i, n := range names {
		ms[i] = Mention{Name: n}
	}
	return ms
}

// TestPersonIDTitle: a bare surname two people bear joins the one whose
// title it has.
func TestPersonIDTitle(t *testing.T) {
	ms := []Mention{
		{"Joseph R. Biden, Jr.", "President"}, {"Jill Biden", "First Lady"},
		{"Biden", "President"}, {"Biden", "First Lady"}, {"Biden", ""}, {"Biden", "Senator"},
	}
	ids := PersonIDs(ms)
	want := []string{"biden-joseph", "biden-jill", "biden-joseph", "biden-jill", "biden", "biden"}
	for i, w := range want {
		if ids[i].ID != w {
			t.Errorf("%v: id %q, want %q", ms[i], ids[i].ID, w)
		}
	}
}
