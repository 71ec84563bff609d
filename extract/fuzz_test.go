package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

// This file holds a native fuzz target for each dimension of extraction.
// Each runs the whole extractor on a one-paragraph document (as the
// corpus probes do) seeded with its dimension's corpus, so the fuzzer
// starts from the phrases that dimension's rules read; FuzzAgenda builds a
// document of several blocks; FuzzParseDateline calls the date line parser
// alone. Every record must validate against the record schema, with every
// value's evidence slicing the text it came from. Seed corpora are in
// testdata/fuzz/<FuzzName>/ under this package; `go test ./...` runs them.
//
//	go test -run '^$' -fuzz '^FuzzParticipants$' -fuzztime 5m -parallel 1 ./extract

// fuzzPhrase seeds f with the phrases of the named corpora and fuzzes the
// extraction of a one-paragraph document, with check run on each record.
func fuzzPhrase(f *testing.F, corpora []string, check func(t *testing.T, rec *extract.Record)) {
	for _, p := range extract.CorpusPhrases(corpora...) {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, phrase string) {
		doc := extract.PhraseDoc(phrase)
		rec := extract.Extract(doc, extract.Options{})
		checkExtracted(t, doc, rec)
		if check != nil {
			check(t, rec)
		}
	})
}

func FuzzDate(f *testing.F) {
	fuzzPhrase(f, []string{"date"}, func(t *testing.T, rec *extract.Record) {
		if rec.Date != nil {
			checkDate(t, "date", *rec.Date)
		}
	})
}

func FuzzClock(f *testing.F) {
	fuzzPhrase(f, []string{"time", "time.zone", "time.also"}, func(t *testing.T, rec *extract.Record) {
		if rec.Time == nil {
			return
		}
		checkClock(t, "time.start", rec.Time.Start)
		if rec.Time.End != nil {
			checkClock(t, "time.end", *rec.Time.End)
		}
		if rec.Time.UTC != nil {
			if _, err := time.Parse(time.RFC3339, *rec.Time.UTC); err != nil {
				t.Fatalf("time.utc %q: %v", *rec.Time.UTC, err)
			}
		}
		if rec.Time.TZ != nil {
			if _, err := time.LoadLocation(*rec.Time.TZ); err != nil {
				t.Fatalf("time.tz %q: %v", *rec.Time.TZ, err)
			}
		}
	})
}

func FuzzDuration(f *testing.F) {
	fuzzPhrase(f, []string{"duration"}, func(t *testing.T, rec *extract.Record) {
		if rec.Duration != nil && rec.Duration.Minutes <= 0 {
			t.Fatalf("duration of %d minutes", rec.Duration.Minutes)
		}
	})
}

func FuzzParticipants(f *testing.F) {
	fuzzPhrase(f, []string{"participants"}, func(t *testing.T, rec *extract.Record) {
		for i, p := range rec.Participants {
			if strings.TrimSpace(p.Name) == "" {
				t.Fatalf("participant %d has no name", i+1)
			}
		}
	})
}

func FuzzLocation(f *testing.F) {
	fuzzPhrase(f, []string{"location.place", "location.occasion"}, nil)
}

func FuzzKind(f *testing.F) {
	fuzzPhrase(f, []string{"kind"}, nil)
}

// agendaSeeds are bodies for FuzzAgenda: one block a line, each line's
// kind and depth given by the byte of shape at its index.
var agendaSeeds = []struct {
	text  string
	shape []byte
}{
	{"On June 24, A held a meeting with B.\n1. Bilateral Relations\nBoth sides agreed.\n(1) Trade\n(2) Energy\n2. Regional Situations\nThey exchanged views.", []byte{0, 0x09, 0x08, 0x11, 0x11, 0x09, 0x08}},
	{"Title\nJune 24, 2025\nOn June 24, A met B.\nI. Opening\n(a) first\n(b) second\nII. Closing", []byte{4, 5, 0, 0x09, 0x11, 0x11, 0x09}},
	{"A met B.\nHeading\n1.\n（1）\n- bullet\nPhoto: A and B", []byte{0, 2, 0x09, 0x21, 0, 3}},
	{"A met B.\n3. Three\n1. One\n1. One again", []byte{0, 0x09, 0x29, 0x09}},
}

func FuzzAgenda(f *testing.F) {
	for _, s := range agendaSeeds {
		f.Add(s.text, s.shape)
	}
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
		doc := shapedDoc(text, shape)
		rec := extract.Extract(doc, extract.Options{})
		checkExtracted(t, doc, rec)
		var walk func(path string, items []extract.AgendaItem)
		walk = func(path string, items []extract.AgendaItem) {
			for i, it := range items {
				p := fmt.Sprintf("%s[%d]", path, i+1)
				if it.Text == nil && len(it.Points) == 0 && it.Heading == nil {
					t.Fatalf("%s is empty", p)
				}
				walk(p+".points", it.Points)
			}
		}
		walk("agenda", rec.Agenda)
	})
}

// blockKinds are the kinds shapedDoc gives a line, by the low three bits
// of its shape byte.
var blockKinds = [...]extract.BlockKind{
	extract.Paragraph, extract.Item, extract.Heading, extract.Caption,
	extract.Title, extract.Dateline, extract.Paragraph, extract.Item,
}

// shapedDoc builds a document of one block per line of text. The byte of
// shape at a line's index gives its kind (low three bits) and list depth
// (the next three); an item's marker is its first word when that is short,
// else its ordinal.
func shapedDoc(text string, shape []byte) *extract.Document {
	var b extract.DocBuilder
	b.SetMeta(extract.Meta{Format: "text"})
	for i, line := range strings.Split(text, "\n") {
		var s byte
		if i < len(shape) {
			s = shape[i]
		}
		kind, depth := blockKinds[s&7], int(s>>3&7)
		if kind != extract.Item {
			if kind != extract.Paragraph {
				depth = 0
			}
			b.Add(kind, "", 0, 0, line)
			continue
		}
		depth = max(depth, 1)
		marker, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
		if len(marker) > 6 {
			marker, rest = fmt.Sprintf("%d.", i+1), line
		}
		b.Add(kind, marker, i+1, depth, rest)
	}
	return b.Document()
}

func FuzzParseDateline(f *testing.F) {
	for _, s := range []string{
		"June 24, 2025", "04 September 2018", "06 Sep. 2018 - 07 Sep. 2018",
		"10/07/2024 | News release", "Press release: 14 June 2024",
		"Last updated: 07 Sep. 2018", "2025-06-24", "令和7年6月24日", "24.06.2025",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, span, ok := extract.ParseDateline(s)
		if !ok {
			return
		}
		if !span.Valid(len(s)) {
			t.Fatalf("span %v outside %q", span, s)
		}
		checkDate(t, "dateline", d)
	})
}

// checkExtracted fails t unless rec, with doc's text as its source text,
// validates against the record schema (which also checks that every
// evidence span slices the text to its evidence text), and every value
// read from the text has its evidence.
func checkExtracted(t *testing.T, doc *extract.Document, rec *extract.Record) {
	t.Helper()
	rec.Source = extract.Source{Path: "fuzz", Format: "text", SHA256: strings.Repeat("0", 64), Text: doc.Text}
	if err := pipeline.Validate(rec); err != nil {
		t.Fatalf("record does not validate: %v", err)
	}
	has := func(path string) {
		t.Helper()
		if _, ok := rec.Evidence[path]; !ok {
			t.Fatalf("%s has no evidence", path)
		}
	}
	if rec.Date != nil {
		has("date")
	}
	if rec.Time != nil {
		has("time.start")
	}
	if rec.Duration != nil {
		has("duration.minutes")
	}
	for i := range rec.Participants {
		has(fmt.Sprintf("participants[%d].name", i+1))
	}
	if rec.Location != nil && rec.Location.Place != nil {
		has("location.place")
	}
}

// checkDate fails t unless d is a real calendar date.
func checkDate(t *testing.T, what string, d extract.Date) {
	t.Helper()
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Year < 1 || d.Year > 9999 || extract.NewDate(d.Year, d.Month, d.Day) != d {
		t.Fatalf("%s: no such date %+v", what, d)
	}
}

// checkClock fails t unless s is a 24-hour "HH:MM" time.
func checkClock(t *testing.T, what, s string) {
	t.Helper()
	if _, err := time.Parse("15:04", s); err != nil || len(s) != 5 {
		t.Fatalf("%s %q is not HH:MM", what, s)
	}
}
