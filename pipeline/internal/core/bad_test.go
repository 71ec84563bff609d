package core

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/ingest"
	"github.com/readout/readout/pipeline/internal/badcases"
	"github.com/readout/readout/pipeline/internal/controls"
)

// This file checks what readout makes of bad input (issue 4): the files of
// testdata/bad, each with its expected outcome in testdata/bad/outcomes.tsv;
// pages in legacy encodings; text decoding (BOM, invalid UTF-8, control
// characters, NUL bytes anywhere); and file names that are not UTF-8.

// badDir holds one file per bad case and outcomes.tsv.
const badDir = "../../../testdata/bad"

func TestBadInputs(t *testing.T) {
	cases := badcases.Read(t, badDir)
	// Every file has its expected outcome, and every outcome its file.
	listed := map[string]bool{}
	for _, c := range cases {
		listed[c.File] = true
	}
	entries, err := os.ReadDir(badDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if name := e.Name(); name != "outcomes.tsv" && !listed[name] {
			t.Errorf("%s has no line in outcomes.tsv", name)
		}
	}
	for _, c := range cases {
		t.Run(c.File, func(t *testing.T) {
			rec, err := ExtractFile(context.Background(), filepath.Join(badDir, c.File), Options{Path: c.File})
			if c.Outcome != "ok" {
				if err == nil {
					t.Fatalf("got a record (kind %s), want a %s error", rec.Kind, c.Outcome)
				}
				if got := ReasonOf(err); got != c.Outcome {
					t.Errorf("reason %s, want %s (%v)", got, c.Outcome, err)
				}
				if !strings.Contains(err.Error(), c.Message) {
					t.Errorf("error %q lacks %q", err, c.Message)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			checkRecord(t, rec) // validates, evidence slices the text, YAML reads back
			if c.Message == "" && len(rec.Warnings) > 0 {
				t.Errorf("warnings %q, want none", rec.Warnings)
			}
			if c.Message != "" && !containsIn(rec.Warnings, c.Message) {
				t.Errorf("warnings %q lack %q", rec.Warnings, c.Message)
			}
			if c.Text != "" && !strings.Contains(deref(rec.Title)+"\n"+deref(rec.Summary), c.Text) {
				t.Errorf("title %q and summary %q lack %q", deref(rec.Title), deref(rec.Summary), c.Text)
			}
			if strings.Contains(c.Message, "kind is other") && rec.Kind != extract.KindOther {
				t.Errorf("kind %s, want other", rec.Kind)
			}
			// a record that reports no meeting always says so
			if rec.Kind == extract.KindOther && !containsIn(rec.Warnings, "no meeting, call or visit is reported") {
				t.Errorf("kind other without its warning: %q", rec.Warnings)
			}
			out, err := Marshal(rec, EmitOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(out) || bytes.Contains(out, []byte("\xef\xbb\xbf")) {
				t.Errorf("YAML holds invalid UTF-8 or a BOM")
			}
		})
	}
}

func containsIn(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// TestLegacyEncodedPages encodes pages with golang.org/x/text and checks
// that ingest decodes them back, with the charset declared and without.
func TestLegacyEncodedPages(t *testing.T) {
	cases := []struct {
		name, charset string
		enc           encoding.Encoding
		text          string
	}{
		{"windows-1252", "windows-1252", charmap.Windows1252, "Foreign Minister’s “Café” talks – in Zürich… for €5"},
		{"iso-8859-1", "ISO-8859-1", charmap.ISO8859_1, "Réunion des ministres à Genève, Köln et Øresund"},
		{"shift_jis", "Shift_JIS", japanese.ShiftJIS, "岩屋外務大臣は、ドイツのヴァーデフール外務大臣と会談を行いました。"},
		{"euc-jp", "EUC-JP", japanese.EUCJP, "岩屋外務大臣は、ドイツのヴァーデフール外務大臣と会談を行いました。"},
	}
	for _, c := range cases {
		for _, declared := range []bool{true, false} {
			name := c.name
			head := ""
			if declared {
				head = `<meta http-equiv="Content-Type" content="text/html; charset=` + c.charset + `">`
			} else {
				name += " undeclared"
			}
			t.Run(name, func(t *testing.T) {
				page := "<html><head>" + head + "<title>Readout</title></head><body><main><h1>Readout</h1><p>" + c.text + "</p></main></body></html>"
				raw, err := c.enc.NewEncoder().Bytes([]byte(page))
				if err != nil {
					t.Fatal(err)
				}
				doc, err := ingest.HTML(raw)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(doc.Text, c.text) {
					t.Errorf("text %q lacks %q", doc.Text, c.text)
				}
				if declared && len(doc.Warnings) > 0 {
					t.Errorf("warnings %q for a declared charset", doc.Warnings)
				}
			})
		}
	}
}

func TestTextDecoding(t *testing.T) {
	const lead = "On June 24, 2025, the Minister met the Foreign Minister of Austria in Vienna."
	t.Run("BOM dropped", func(t *testing.T) {
		doc, err := ingest.Text([]byte("\xef\xbb\xbf" + lead))
		if err != nil || doc.Text != lead {
			t.Errorf("%v %q", err, doc.Text)
		}
	})
	t.Run("invalid UTF-8 repaired with a warning", func(t *testing.T) {
		rec, err := ExtractBytes(context.Background(), []byte("Meeting \xff\xfe in Vienna\n\n"+lead+"\xc3"), Options{Path: "x.txt"})
		if err != nil {
			t.Fatal(err)
		}
		if !containsIn(rec.Warnings, "2 invalid byte sequences replaced with U+FFFD") {
			t.Errorf("warnings %q", rec.Warnings)
		}
		out, err := Marshal(rec, EmitOptions{Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(out) || !bytes.Contains(out, []byte("Meeting \ufffd in Vienna")) {
			t.Errorf("YAML:\n%s", out)
		}
	})
	t.Run("NUL byte anywhere", func(t *testing.T) {
		raw := []byte(strings.Repeat(lead+"\n\n", 1000) + "\x00")
		_, err := ingest.Text(raw)
		if !errors.Is(err, ErrNotText) || !strings.Contains(err.Error(), "NUL byte at offset") {
			t.Errorf("error %v, want not text", err)
		}
	})
	t.Run("control characters stripped", func(t *testing.T) {
		rec, err := ExtractBytes(context.Background(), []byte("Meet\x07ing\x1b[1;31m in \x1b[0mVienna\x7f\u0085\n\n"+lead+"\x0b\x01"), Options{Path: "x.txt"})
		if err != nil {
			t.Fatal(err)
		}
		if deref(rec.Title) != "Meeting in Vienna" || deref(rec.Summary) != lead {
			t.Errorf("title %q summary %q", deref(rec.Title), deref(rec.Summary))
		}
		checkRecord(t, rec)
	})
	t.Run("control characters in front matter", func(t *testing.T) {
		raw := "---\ntitle: \"Meet\\x07ing\"\nsource_url: \"https://example.org/a\\x1b[0m\\x85b\"\n---\n\n" + lead
		rec, err := ExtractBytes(context.Background(), []byte(raw), Options{Path: "x.md"})
		if err != nil {
			t.Fatal(err)
		}
		if deref(rec.Title) != "Meeting" || rec.Source.URL != "https://example.org/ab" {
			t.Errorf("title %q url %q", deref(rec.Title), rec.Source.URL)
		}
	})
	t.Run("control characters in an HTML link", func(t *testing.T) {
		raw := `<html><head><link rel="canonical" href="https://example.org/a&#7;b"></head><body><main><p>` + lead + `</p></main></body></html>`
		rec, err := ExtractBytes(context.Background(), []byte(raw), Options{Path: "x.html"})
		if err != nil {
			t.Fatal(err)
		}
		if rec.Source.URL != "https://example.org/ab" {
			t.Errorf("url %q", rec.Source.URL)
		}
	})
}

func TestStripControls(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":                  "plain text",
		"tab\tand\nnewline":           "tab\tand\nnewline",
		"bell\a here":                 "bell here",
		"\x1b[1;31mred\x1b[0m text":   "red text",
		"esc\x1bc reset":              "esc reset",
		"form\ffeed\vtab":             "form feed tab",
		"del\x7f and c1 \u0085\u009f": "del and c1 ",
		"kept: ü, ¡, \u00a0, 日本":      "kept: ü, ¡, \u00a0, 日本",
		"lone \x1b":                   "lone ",
	} {
		if got := controls.Strip(in); got != want {
			t.Errorf("Strip(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNonUTF8FileName checks that a file name in a legacy encoding gives a
// record whose source.path is valid UTF-8, with a warning, and that the
// record can be written.
func TestNonUTF8FileName(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "K\xf6ln-\x07meeting.txt")
	if err := os.WriteFile(p, []byte("On June 24, 2025, the Minister met the Mayor in Cologne."), 0o644); err != nil {
		t.Skipf("this file system refuses the name: %v", err)
	}
	rec, err := ExtractFile(context.Background(), p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "K\ufffdln-meeting.txt"); rec.Source.Path != want {
		t.Errorf("source.path %q, want %q", rec.Source.Path, want)
	}
	if !containsIn(rec.Warnings, "source.path is not the file name") {
		t.Errorf("warnings %q", rec.Warnings)
	}
	for _, format := range []string{"yaml", "json"} {
		if _, err := Marshal(rec, EmitOptions{Format: format}); err != nil {
			t.Errorf("%s: %v", format, err)
		}
	}
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
