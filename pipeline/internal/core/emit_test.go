package core

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/readout/readout/extract"
)

func ptr[T any](v T) *T { return &v }

// seedRecord is the specification's worked example, shortened.
func seedRecord() *extract.Record {
	d := extract.NewDate(2025, 6, 24)
	also := extract.NewDate(2025, 6, 25)
	return &extract.Record{
		Schema: extract.SchemaVersion,
		Source: extract.Source{
			Path:   "testdata/seed-mofa-nato-2025-06-24.txt",
			Format: "text",
			SHA256: strings.Repeat("0", 64),
		},
		Title:     ptr("North Atlantic Treaty Organization (NATO)"),
		Published: &d,
		Kind:      extract.KindMeeting,
		Summary:   ptr("On June 24, commencing at 5:35 p.m. local time ..."),
		Date:      &d,
		Time: &extract.Time{
			Start: "17:35", Zone: ptr("local"), TZ: ptr("Europe/Amsterdam"),
			UTC:  ptr("2025-06-24T15:35:00Z"),
			Also: &extract.AlsoTime{Date: &also, Start: "12:35", Zone: ptr("JST")},
		},
		Duration: &extract.Duration{Minutes: 30, Approximate: true, Text: "approximately 30 minutes"},
		Participants: []extract.Participant{
			{Name: "IWAYA Takeshi", Honorific: ptr("Mr."), Title: ptr("Minister for Foreign Affairs of Japan"), Affiliation: ptr("Japan")},
			{Name: "Mark Rutte", Honorific: ptr("H.E. Mr.")},
		},
		Location: &extract.Location{Place: ptr("The Hague"), Country: ptr("Kingdom of the Netherlands"), Occasion: ptr("NATO Summit")},
		Agenda: []extract.AgendaItem{
			{Number: 1, Heading: ptr("Introduction"), Points: []extract.AgendaItem{
				{Number: 1, Text: ptr("Secretary General Rutte stated ...")},
			}},
			{Number: 2, Text: ptr("Both sides exchanged views ...")},
		},
		Captions: []string{"Foreign Minister Iwaya shaking hands with Secretary General Rutte"},
		Warnings: []string{},
		Evidence: map[string]extract.Evidence{"date": {Text: "June 24", Start: 3, End: 10}},
	}
}

func TestMarshalYAMLSeed(t *testing.T) {
	out, err := Marshal(seedRecord(), EmitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{
		"schema: readout/v1\nsource:\n  path: testdata/seed-mofa-nato-2025-06-24.txt\n  format: text\n  sha256: \"000",
		"\npublished: 2025-06-24\nkind: meeting\n",
		"\ndate: 2025-06-24\ntime:\n  start: \"17:35\"\n  end: null\n  approximate: false\n  zone: local\n  tz: Europe/Amsterdam\n  utc: 2025-06-24T15:35:00Z\n  also:\n    date: 2025-06-25\n    start: \"12:35\"\n    zone: JST\n",
		"\nparticipants:\n  - name: IWAYA Takeshi\n    honorific: Mr.\n",
		"\n  - name: Mark Rutte\n    honorific: H.E. Mr.\n    title: null\n",
		"\nagenda:\n  - number: 1\n    heading: Introduction\n    points:\n      - number: 1\n        text: Secretary General Rutte stated ...\n  - number: 2\n    text: Both sides",
		"\nwarnings: []\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("YAML lacks %q\n%s", want, s)
		}
	}
	for _, bad := range []string{"evidence", "text: On June", "  text: |"} {
		if strings.Contains(s, bad) {
			t.Errorf("YAML without Explain holds %q\n%s", bad, s)
		}
	}
	// Struct order: every top-level key in the order of the Record.
	var keys []string
	for _, line := range strings.Split(s, "\n") {
		if line != "" && line[0] != ' ' && line[0] != '-' {
			keys = append(keys, line[:strings.IndexByte(line, ':')])
		}
	}
	want := "schema source title published kind summary date time duration participants location agenda captions warnings"
	if got := strings.Join(keys, " "); got != want {
		t.Errorf("key order\n got %s\nwant %s", got, want)
	}
}

func TestMarshalYAMLReadsBack(t *testing.T) {
	rec := seedRecord()
	out, err := Marshal(rec, EmitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var back extract.Record
	if err := yaml.Unmarshal(out, &back); err != nil {
		t.Fatalf("read back: %v", err)
	}
	if back.Time.Start != "17:35" || back.Date.String() != "2025-06-24" || *back.Time.UTC != "2025-06-24T15:35:00Z" ||
		back.Time.Also.Date.String() != "2025-06-25" || back.Participants[1].Name != "Mark Rutte" {
		t.Errorf("read back wrong: %+v", back)
	}
	if probs := ValidateYAML(out); len(probs) > 0 {
		t.Errorf("own output fails ValidateYAML: %v", probs)
	}
}

func TestMarshalExplain(t *testing.T) {
	rec := seedRecord()
	text := "On June 24, commencing at 5:35 p.m."
	out, err := Marshal(rec, EmitOptions{Explain: true, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{"  text: On June 24, commencing", "\nevidence:\n  date:\n    text: June 24\n    start: 3\n    end: 10\n"} {
		if !strings.Contains(s, want) {
			t.Errorf("explained YAML lacks %q\n%s", want, s)
		}
	}
	if probs := ValidateYAML(out); len(probs) > 0 {
		t.Errorf("explained output fails ValidateYAML: %v", probs)
	}
	if rec.Source.Text != "" {
		t.Error("Marshal changed the caller's record")
	}
	// Evidence that does not match source.text is refused.
	_, err = Marshal(rec, EmitOptions{Explain: true, Text: "On July 24"})
	if !errors.Is(err, ErrInvalidRecord) || !strings.Contains(err.Error(), "evidence.date") {
		t.Errorf("mismatched evidence: err = %v", err)
	}
}

func TestMarshalJSON(t *testing.T) {
	out, err := Marshal(seedRecord(), EmitOptions{Format: "json"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out, []byte("{\n  \"schema\": \"readout/v1\",\n  \"source\": {\n    \"path\"")) {
		t.Errorf("JSON not 2-space indented in struct order:\n%s", out)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	if _, ok := m["evidence"]; ok {
		t.Error("JSON without Explain holds evidence")
	}
	if probs := ValidateYAML(out); len(probs) > 0 {
		t.Errorf("JSON output fails ValidateYAML: %v", probs)
	}
	if _, err := Marshal(seedRecord(), EmitOptions{Format: "toml"}); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestEncodeWritesNothingWhenInvalid(t *testing.T) {
	rec := seedRecord()
	rec.Time.Start = "5:35 p.m."
	rec.Kind = "lunch"
	rec.Participants[0].Name = ""
	var buf bytes.Buffer
	err := Encode(&buf, rec, EmitOptions{})
	if err == nil {
		t.Fatal("invalid record encoded")
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes of an invalid record", buf.Len())
	}
	if !errors.Is(err, ErrInvalidRecord) {
		t.Errorf("error %v does not match ErrInvalidRecord", err)
	}
	var se *SchemaError
	if !errors.As(err, &se) {
		t.Fatalf("error %T is no *SchemaError", err)
	}
	got := map[string]string{}
	for _, p := range se.Problems {
		got[p.Path] = p.Message
	}
	for path, frag := range map[string]string{
		"time.start":           "is not a 24-hour HH:MM time",
		"kind":                 "lunch",
		"participants[1].name": "",
	} {
		msg, ok := got[path]
		if !ok || !strings.Contains(msg, frag) {
			t.Errorf("problem at %s = %q (found %v), want it to mention %q; all: %v", path, msg, ok, frag, se.Problems)
		}
	}
}

func TestValidateNullableAndRequired(t *testing.T) {
	rec := seedRecord()
	rec.Date = &extract.Date{Year: 2025, Month: 13, Day: 1}
	rec.Time.UTC = ptr("2025-06-24 15:35")
	rec.Source.SHA256 = "ABC"
	err := Validate(rec)
	var se *SchemaError
	if !errors.As(err, &se) {
		t.Fatalf("err = %v", err)
	}
	want := map[string]string{
		"date":          "a YYYY-MM-DD date",
		"time.utc":      "RFC 3339",
		"source.sha256": "hex",
	}
	if len(se.Problems) != len(want) {
		t.Errorf("problems = %v, want one for each of %v", se.Problems, want)
	}
	for _, p := range se.Problems {
		if frag, ok := want[p.Path]; !ok || !strings.Contains(p.Message, frag) {
			t.Errorf("unexpected problem %v", p)
		}
	}
	// Nulls are valid wherever the text may state nothing.
	rec = seedRecord()
	rec.Title, rec.Published, rec.Summary, rec.Date, rec.Time, rec.Duration, rec.Location = nil, nil, nil, nil, nil, nil, nil
	rec.Participants, rec.Agenda, rec.Captions = []extract.Participant{}, []extract.AgendaItem{}, []string{}
	rec.Kind = extract.KindOther
	if err := Validate(rec); err != nil {
		t.Errorf("all-null record: %v", err)
	}
}

func TestValidateYAMLProblems(t *testing.T) {
	good, err := Marshal(seedRecord(), EmitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, from, to string
		path, frag     string
	}{
		{"unquoted time", `start: "17:35"`, `start: 17:35`, "time.start", "YAML 1.1"},
		{"bad kind", "kind: meeting", "kind: summit", "kind", "summit"},
		{"missing key", "kind: meeting\n", "", "kind", "missing"},
		{"unknown key", "kind: meeting\n", "kind: meeting\nmood: good\n", "mood", "unknown key"},
		{"string number", "number: 2\n", "number: two\n", "agenda[2].number", "integer"},
		{"date as text field", "title: North Atlantic Treaty Organization (NATO)", "title: 2025-06-24", "title", "date"},
		{"yes as text", "zone: local", "zone: yes", "time.zone", "YAML 1.1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := strings.Replace(string(good), c.from, c.to, 1)
			if in == string(good) {
				t.Fatalf("case does not change the record")
			}
			probs := ValidateYAML([]byte(in))
			for _, p := range probs {
				if p.Path == c.path && strings.Contains(p.Message, c.frag) {
					if p.Line == 0 {
						t.Errorf("problem %v has no line", p)
					}
					return
				}
			}
			t.Errorf("problems %v lack %s: ...%s...", probs, c.path, c.frag)
		})
	}
	if probs := ValidateYAML([]byte("tool: readout\ncounts: {ok: 3}\n")); len(probs) != 1 || !strings.Contains(probs[0].Message, "not a readout record") {
		t.Errorf("a file that is no record: %v", probs)
	}
	if probs := ValidateYAML([]byte("")); len(probs) != 1 {
		t.Errorf("empty input: %v", probs)
	}
	if probs := ValidateYAML([]byte("a: [b")); len(probs) != 1 || !strings.Contains(probs[0].Message, "not YAML") {
		t.Errorf("broken YAML: %v", probs)
	}
	two := append(append([]byte{}, good...), []byte("---\n")...)
	two = append(two, bytes.Replace(good, []byte("kind: meeting"), []byte("kind: x"), 1)...)
	if probs := ValidateYAML(two); len(probs) != 1 || !strings.Contains(probs[0].Message, "record 2") {
		t.Errorf("second record's problem not named: %v", probs)
	}
}

func TestNeedsQuoting(t *testing.T) {
	quote := []string{
		"", "17:35", "0:35", "yes", "No", "on", "OFF", "y", "~", "null", "true", "123", "-5", "1.5", "1e3", ".5",
		"0x1F", "017", "0b101", ".inf", ".NaN", "2025-06-24", "2025-06-24T15:35:00Z", "*star", "&anchor", "!tag",
		"|pipe", ">fold", "%pct", "@at", "`tick", "'q", "\"q", "- dash", "[x]", "{x}", "# c", "a: b", "a #b", "end:",
		" lead", "trail ", "=", "<<", "tab\tin",
	}
	plain := []string{
		"meeting", "The Hague", "Mr.", "H.E. Mr.", "Europe/Amsterdam", "JST", "local", "Japan-NATO Relationship",
		"approximately 30 minutes", "G7", "1 hour", "5:35 p.m. local time", "U.S.", "Yesterday", "Kyiv", "IP4",
		"e-mail", "a:b", "C#", "100%",
	}
	for _, s := range quote {
		if !NeedsQuoting(s) {
			t.Errorf("NeedsQuoting(%q) = false", s)
		}
	}
	for _, s := range plain {
		if NeedsQuoting(s) {
			t.Errorf("NeedsQuoting(%q) = true", s)
		}
	}
	// Whatever is written must read back as the same string.
	for _, s := range append(quote, plain...) {
		rec := seedRecord()
		rec.Title = ptr(s)
		rec.Captions = []string{s, s + "\nsecond line"}
		out, err := Marshal(rec, EmitOptions{})
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		var back extract.Record
		if err := yaml.Unmarshal(out, &back); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if *back.Title != s || back.Captions[0] != s || back.Captions[1] != s+"\nsecond line" {
			t.Errorf("%q read back as %q / %q", s, *back.Title, back.Captions)
		}
		if probs := ValidateYAML(out); len(probs) > 0 {
			t.Errorf("%q: %v", s, probs)
		}
	}
}

func TestSchemaCompiles(t *testing.T) {
	if _, err := recordSchema(); err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(extract.SchemaJSON, &m); err != nil {
		t.Fatal(err)
	}
	if m["$id"] != extract.SchemaID {
		t.Errorf("$id = %v, want %s", m["$id"], extract.SchemaID)
	}
}

func BenchmarkValidate(b *testing.B) {
	rec := seedRecord()
	for b.Loop() {
		if err := Validate(rec); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshalYAML(b *testing.B) {
	rec := seedRecord()
	for b.Loop() {
		if _, err := Marshal(rec, EmitOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
