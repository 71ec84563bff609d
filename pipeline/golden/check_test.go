package golden

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/core"
)

func strp(s string) *string { return &s }

// sampleRecord is a small valid record built by hand, so that the
// comparison tests do not move with extraction.
func sampleRecord() *extract.Record {
	d := extract.NewDate(2025, 6, 24)
	return &extract.Record{
		Schema:    extract.SchemaVersion,
		Source:    extract.Source{Path: "in/a.txt", Format: "text", SHA256: strings.Repeat("ab", 32)},
		Title:     strp("Japan-NATO Foreign Ministers' Meeting"),
		Published: &d,
		Kind:      extract.KindMeeting,
		Date:      &d,
		Time: &extract.Time{Start: "17:35", Zone: strp("local"), TZ: strp("Europe/Amsterdam"),
			UTC: strp("2025-06-24T15:35:00Z")},
		Duration: &extract.Duration{Minutes: 30, Approximate: true, Text: "approximately 30 minutes"},
		Participants: []extract.Participant{
			{Name: "IWAYA Takeshi", Honorific: strp("Mr."), Title: strp("Minister for Foreign Affairs of Japan"), Affiliation: strp("Japan")},
			{Name: "Mark Rutte", Honorific: strp("H.E. Mr."), Title: strp("Secretary General of NATO"), Affiliation: strp("NATO")},
		},
		Location: &extract.Location{Place: strp("The Hague")},
		Agenda:   []extract.AgendaItem{{Number: 1, Text: strp("Both sides exchanged views.")}},
		Captions: []string{},
		Warnings: []string{},
		Evidence: map[string]extract.Evidence{"date": {Text: "June 24", Start: 0, End: 7}},
	}
}

func mustMarshal(t *testing.T, rec *extract.Record, format string) []byte {
	t.Helper()
	data, err := core.Marshal(rec, core.EmitOptions{Format: format})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDiffRecordStyleDoesNotMatter compares the same record written in
// other styles: key order, quoting, flow style, JSON, a moved input and
// evidence do not make a difference.
func TestDiffRecordStyleDoesNotMatter(t *testing.T) {
	rec := sampleRecord()
	yamlOut := string(mustMarshal(t, rec, "yaml"))
	cases := map[string]string{
		"as written": yamlOut,
		"json":       string(mustMarshal(t, rec, "json")),
		"yaml flow":  string(mustMarshal(t, rec, "json")) + "# JSON is YAML; a comment makes it YAML only\n",
		"moved input and evidence": strings.Replace(yamlOut, "path: in/a.txt", "path: elsewhere/b.txt", 1) +
			"evidence:\n  date: {text: June 24, start: 0, end: 7}\n",
		"restyled": `# keys in another order, quoted differently, flow style
kind: "meeting"
schema: 'readout/v1'
source: {format: text, sha256: "` + strings.Repeat("ab", 32) + `"}
published: "2025-06-24"
date: 2025-06-24
title: "Japan-NATO Foreign Ministers' Meeting"
summary: ~
time: {utc: 2025-06-24T17:35:00+02:00, start: "17:35", end: null, approximate: False, zone: local, tz: Europe/Amsterdam, also: null}
duration: {text: approximately 30 minutes, minutes: 30.0, approximate: true}
participants:
- {name: IWAYA Takeshi, honorific: Mr., title: Minister for Foreign Affairs of Japan, affiliation: Japan}
- name: Mark Rutte
  affiliation: NATO
  title: Secretary General of NATO
  honorific: H.E. Mr.
location: {occasion: null, place: The Hague, country: null}
agenda: [{number: 1, text: Both sides exchanged views.}]
captions: []
warnings: []
`,
	}
	for name, golden := range cases {
		diff, err := DiffRecord([]byte(golden), rec, nil)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if diff != "" {
			t.Errorf("%s: want no difference, got:\n%s", name, diff)
		}
	}
}

// TestDiffRecordValueChanged checks that a changed value gives a readable
// unified diff headed by its field.
func TestDiffRecordValueChanged(t *testing.T) {
	rec := sampleRecord()
	golden := strings.Replace(string(mustMarshal(t, rec, "yaml")), `start: "17:35"`, `start: "17:40"`, 1)
	diff, err := DiffRecord([]byte(golden), rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"--- golden\n+++ now\n",
		"@@ time.start @@\n",
		"\n time:\n-  start: \"17:40\"\n+  start: \"17:35\"\n   end: null\n",
	} {
		if !strings.Contains(diff, want) {
			t.Errorf("diff lacks %q:\n%s", want, diff)
		}
	}
	// A string that looks like another type is quoted, so "30" and 30
	// never look alike.
	golden = strings.Replace(string(mustMarshal(t, rec, "yaml")), "minutes: 30", `minutes: "30"`, 1)
	diff, err = DiffRecord([]byte(golden), rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(diff, "-  minutes: \"30\"\n+  minutes: 30\n") {
		t.Errorf("string 30 against number 30:\n%s", diff)
	}
}

// TestDiffRecordListChange checks that an inserted list element shows as
// added lines, not as every later element changed.
func TestDiffRecordListChange(t *testing.T) {
	rec := sampleRecord()
	golden := mustMarshal(t, rec, "yaml")
	rec.Participants = append(rec.Participants[:1], append([]extract.Participant{{Name: "Someone Else"}}, rec.Participants[1:]...)...)
	diff, err := DiffRecord(golden, rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "     title: Minister for Foreign Affairs of Japan\n" +
		"     affiliation: Japan\n" +
		"+  - name: Someone Else\n" +
		"+    honorific: null\n" +
		"+    title: null\n" +
		"+    affiliation: null\n" +
		"   - name: Mark Rutte\n"
	if !strings.Contains(diff, want) {
		t.Errorf("diff lacks\n%s\ngot:\n%s", want, diff)
	}
	if strings.Count(diff, "\n-") != 0 {
		t.Errorf("an insertion removed lines:\n%s", diff)
	}
	if !strings.Contains(diff, "@@ participants[2].name @@\n") {
		t.Errorf("hunk header:\n%s", diff)
	}
}

// TestDiffRecordFields limits the comparison to some fields.
func TestDiffRecordFields(t *testing.T) {
	rec := sampleRecord()
	golden := strings.Replace(string(mustMarshal(t, rec, "yaml")), "name: Mark Rutte", "name: Mark Rutter", 1)
	golden = strings.Replace(golden, "place: The Hague", "place: Brussels", 1)
	for _, tc := range []struct {
		fields []string
		want   []string // lines the diff must hold; none: no difference
	}{
		{[]string{"date", "time"}, nil},
		{[]string{"participants.title", "kind"}, nil},
		{[]string{"participants.name"}, []string{"-  - name: Mark Rutter\n+  - name: Mark Rutte\n"}},
		{[]string{"location.place", "participants"}, []string{"-  place: Brussels\n", "-  - name: Mark Rutter\n"}},
		{nil, []string{"-  place: Brussels\n", "-  - name: Mark Rutter\n"}},
	} {
		diff, err := DiffRecord([]byte(golden), rec, tc.fields)
		if err != nil {
			t.Fatalf("%v: %v", tc.fields, err)
		}
		if len(tc.want) == 0 && diff != "" {
			t.Errorf("%v: want no difference, got:\n%s", tc.fields, diff)
		}
		for _, w := range tc.want {
			if !strings.Contains(diff, w) {
				t.Errorf("%v: diff lacks %q:\n%s", tc.fields, w, diff)
			}
		}
		if strings.Contains(diff, "title") && !strings.Contains(strings.Join(tc.fields, ","), "participants") && tc.fields != nil {
			t.Errorf("%v: diff shows fields not asked for:\n%s", tc.fields, diff)
		}
	}
	for _, bad := range []string{"particpants", "time.begin", "date.year", "participants.name.first"} {
		_, err := DiffRecord([]byte(golden), rec, []string{bad})
		if !errors.Is(err, ErrUnknownField) {
			t.Errorf("field %q: want ErrUnknownField, got %v", bad, err)
		}
	}
	// Any evidence key is a field.
	if _, err := DiffRecord([]byte(golden), rec, []string{"evidence.date.text"}); err != nil {
		t.Errorf("evidence.date.text: %v", err)
	}
}

// TestDiffRecordBadGolden checks golden files that are not records.
func TestDiffRecordBadGolden(t *testing.T) {
	rec := sampleRecord()
	for name, golden := range map[string]string{
		"empty":     "  \n",
		"not yaml":  "a: [\n",
		"not json":  "{\"schema\": ",
		"flow list": "{a: [}",
		"two":       "schema: readout/v1\n---\nschema: readout/v1\n",
		"a list":    "- a\n- b\n",
		"two jsons": "{} {}",
	} {
		if _, err := DiffRecord([]byte(golden), rec, nil); err == nil {
			t.Errorf("%s: want an error", name)
		}
	}
}

// goldenCase writes the readout src into dir as name and its golden record,
// as extracted now, beside it in format; it returns the golden's path.
func goldenCase(t *testing.T, dir, name, src, format string) string {
	t.Helper()
	raw, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(in), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	rec, err := core.ExtractBytes(context.Background(), raw, core.Options{Path: "corpus/" + name})
	if err != nil {
		t.Fatal(err)
	}
	g := strings.TrimSuffix(in, filepath.Ext(in)) + ".golden." + format
	if err := os.WriteFile(g, mustMarshal(t, rec, format), 0o644); err != nil {
		t.Fatal(err)
	}
	return g
}

const (
	seedText = "../../testdata/seed-mofa-nato-2025-06-24.txt"
	seedHTML = "../../testdata/seed-mofa-nato-2025-06-24-mofa.html"
)

func editFile(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s lacks %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCheck runs Check over a folder of cases in both golden formats, at
// two depths, with readouts that have no golden file.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	goldenCase(t, dir, "a.txt", seedText, "yaml")
	gj := goldenCase(t, dir, "sub/b.html", seedHTML, "json")
	// no golden: not read
	if err := os.WriteFile(filepath.Join(dir, "c.txt"), []byte("\x00binary"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	rep, err := Check(ctx, dir, CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Summary() != "2 passed, 0 failed" || len(rep.Cases) != 2 {
		t.Fatalf("%s, cases %+v", rep.Summary(), rep.Cases)
	}
	if c := rep.Cases[1]; c.Input != filepath.Join(dir, "sub", "b.html") || c.Golden != gj {
		t.Errorf("case 2: %+v", c)
	}

	editFile(t, gj, `"kind": "meeting"`, `"kind": "telephone-talk"`)
	rep, err = Check(ctx, dir, CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Summary() != "1 passed, 1 failed" {
		t.Fatalf("after an edit: %s", rep.Summary())
	}
	c := rep.Cases[1]
	if c.Passed() || !strings.Contains(c.Diff, "@@ kind @@\n") || !strings.Contains(c.Diff, "-kind: telephone-talk\n+kind: meeting\n") {
		t.Errorf("diff:\n%s", c.Diff)
	}
	if !strings.HasPrefix(c.Diff, "--- "+gj+"\n+++ "+c.Input+" (extracted now)\n") {
		t.Errorf("diff header:\n%s", c.Diff)
	}
	// Only some fields.
	rep, err = Check(ctx, dir, CheckOptions{Fields: []string{"date", "participants"}})
	if err != nil || rep.Failed != 0 {
		t.Errorf("--fields date,participants: %v %v", err, rep.Summary())
	}
	if _, err := Check(ctx, dir, CheckOptions{Fields: []string{"participant"}}); !errors.Is(err, ErrUnknownField) {
		t.Errorf("unknown field: %v", err)
	}
	if _, err := Check(ctx, dir, CheckOptions{Fields: []string{"date"}, Update: true}); err == nil {
		t.Error("Update with Fields: want an error")
	}
	if _, err := Check(ctx, filepath.Join(dir, "missing"), CheckOptions{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing folder: %v", err)
	}
}

// TestCheckUpdate rewrites a golden file that differs, in its own format,
// keeping its source.path, and fills an empty one.
func TestCheckUpdate(t *testing.T) {
	dir := t.TempDir()
	g := goldenCase(t, dir, "a.txt", seedText, "yaml")
	gj := goldenCase(t, dir, "b.txt", seedText, "json")
	editFile(t, g, "kind: meeting", "kind: other")
	empty := filepath.Join(dir, "c.golden.yaml")
	if err := os.WriteFile(filepath.Join(dir, "c.txt"), []byte(mustRead(t, seedText)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	before := mustRead(t, gj)

	rep, err := Check(context.Background(), dir, CheckOptions{})
	if err != nil || rep.Summary() != "1 passed, 2 failed" {
		t.Fatalf("before update: %v %s", err, rep.Summary())
	}
	rep, err = Check(context.Background(), dir, CheckOptions{Update: true})
	if err != nil || rep.Summary() != "3 passed, 0 failed" {
		t.Fatalf("update: %v %s", err, rep.Summary())
	}
	if !rep.Cases[0].Updated || rep.Cases[1].Updated || !rep.Cases[2].Updated {
		t.Errorf("updated: %v %v %v", rep.Cases[0].Updated, rep.Cases[1].Updated, rep.Cases[2].Updated)
	}
	if got := mustRead(t, gj); got != before {
		t.Error("a golden file that agreed was rewritten")
	}
	if got := mustRead(t, g); !strings.Contains(got, "kind: meeting") || !strings.Contains(got, "path: corpus/a.txt") {
		t.Errorf("rewritten golden keeps its source.path and has the new value:\n%s", got)
	}
	if got := mustRead(t, empty); !strings.Contains(got, "path: "+filepath.Join(dir, "c.txt")) {
		t.Errorf("filled golden names its input:\n%s", got)
	}
	rep, err = Check(context.Background(), dir, CheckOptions{})
	if err != nil || rep.Summary() != "3 passed, 0 failed" {
		t.Fatalf("after update: %v %s", err, rep.Summary())
	}
}

// TestCheckBadCases fails golden files without an input, shared by two
// inputs, or beside an input that gives no record.
func TestCheckBadCases(t *testing.T) {
	dir := t.TempDir()
	goldenCase(t, dir, "ok.txt", seedText, "yaml")
	goldenCase(t, dir, "shared.txt", seedText, "yaml")
	if err := os.WriteFile(filepath.Join(dir, "shared.md"), []byte(mustRead(t, seedText)), 0o644); err != nil {
		t.Fatal(err)
	}
	g := goldenCase(t, dir, "orphan.txt", seedText, "yaml")
	if err := os.Remove(strings.TrimSuffix(g, ".golden.yaml") + ".txt"); err != nil {
		t.Fatal(err)
	}
	goldenCase(t, dir, "both.txt", seedText, "yaml")
	goldenCase(t, dir, "both.txt", seedText, "json")
	goldenCase(t, dir, "binary.txt", seedText, "yaml")
	if err := os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := Check(context.Background(), dir, CheckOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Summary() != "1 passed, 5 failed" {
		t.Errorf("summary %s", rep.Summary())
	}
	errs := map[string]string{}
	for _, c := range rep.Cases {
		name := filepath.Base(c.Input)
		if c.Input == "" {
			name = filepath.Base(c.Golden)
		}
		if c.Err != nil {
			errs[name] = c.Err.Error()
		}
	}
	for name, want := range map[string]string{
		"binary.txt":         "no record: not text",
		"both.txt":           "has two golden files",
		"shared.md":          "shares shared.golden.yaml with shared.txt",
		"shared.txt":         "shares shared.golden.yaml with shared.md",
		"orphan.golden.yaml": "no readout beside it",
	} {
		if !strings.Contains(errs[name], want) {
			t.Errorf("%s: want an error with %q, got %q", name, want, errs[name])
		}
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// fakeT records what CheckGolden reports.
type fakeT struct {
	ctx          context.Context
	logs, errors []string
	fatal        string
}

func (f *fakeT) Helper()                  {}
func (f *fakeT) Context() context.Context { return f.ctx }
func (f *fakeT) Logf(format string, args ...any) {
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}
func (f *fakeT) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeT) Fatalf(format string, args ...any) { f.fatal = fmt.Sprintf(format, args...) }

func TestCheckGolden(t *testing.T) {
	dir := t.TempDir()
	g := goldenCase(t, dir, "a.txt", seedText, "yaml")
	ft := &fakeT{ctx: context.Background()}
	CheckGolden(ft, dir)
	if len(ft.errors) > 0 || ft.fatal != "" {
		t.Fatalf("passing case: %v %q", ft.errors, ft.fatal)
	}
	editFile(t, g, "minutes: 30", "minutes: 45")
	ft = &fakeT{ctx: context.Background()}
	CheckGolden(ft, dir)
	if len(ft.errors) != 1 || !strings.Contains(ft.errors[0], "-  minutes: 45\n+  minutes: 30\n") {
		t.Errorf("failing case: %q", ft.errors)
	}
	ft = &fakeT{ctx: context.Background()}
	CheckGolden(ft, dir, CheckOptions{Update: true})
	if len(ft.errors) != 0 || len(ft.logs) != 1 || !strings.Contains(ft.logs[0], "rewrote") {
		t.Errorf("update: errors %q logs %q", ft.errors, ft.logs)
	}
	ft = &fakeT{ctx: context.Background()}
	CheckGolden(ft, t.TempDir())
	if !strings.Contains(ft.fatal, "no golden cases") {
		t.Errorf("empty folder: fatal %q", ft.fatal)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ft = &fakeT{ctx: ctx}
	CheckGolden(ft, dir)
	if !strings.Contains(ft.fatal, "context canceled") {
		t.Errorf("cancelled: fatal %q", ft.fatal)
	}
}
