package core

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/ingest"
)

// This file holds the native fuzz targets of ingest and of the whole
// pipeline. Their seed corpora are in testdata/fuzz/<FuzzName>/ under this
// package (where go test looks for them), plus the repository's readouts
// added by addReadoutSeeds; `go test ./...` runs every seed as a test.
// To fuzz one target:
//
//	go test -run '^$' -fuzz '^FuzzExtractBytes$' -fuzztime 5m -parallel 1 ./pipeline/internal/core

// addReadoutSeeds adds every readout of the repository's testdata folder
// (text, Markdown and HTML) and every bad input of testdata/bad to f's
// seed corpus, through add. (The dev set's readouts are seed files under
// testdata/fuzz.)
func addReadoutSeeds(f *testing.F, add func(raw []byte)) {
	f.Helper()
	paths, err := filepath.Glob(filepath.Join("../../../testdata", "*"))
	if err != nil {
		f.Fatal(err)
	}
	bad, err := filepath.Glob(filepath.Join("../../../testdata/bad", "*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range append(paths, bad...) {
		switch filepath.Ext(p) {
		case ".txt", ".md", ".html":
		default:
			continue
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		add(raw)
	}
}

// hostileSeeds are small inputs at the edges the fuzzer should start from.
var hostileSeeds = []string{
	"",
	"\xef\xbb\xbf",
	"---\ntitle: x\n---\n",
	"---\n: [\n---\nOn June 24, 2025, A met B.",
	"<html><body><main><p>On June 24 at 5:35 p.m., Mr. A met Mr. B.</p><ol><li>One<ol><li>a</li></ol></li></ol></main></body></html>",
	"1.\n(1)\n（1）\nI.\n(a)\n- \n* ",
	"On 24 June 2025 at 17:35 (local time; 0:35 a.m. on 25 June JST) Mr. A held a meeting for about 30 minutes with Mr. B in Tokyo.",
	"\x93quoted\x94 Caf\xe9",
	strings.Repeat("<div>", 200) + "x",
	"<p>" + strings.Repeat("(1) ", 100) + "</p>",
}

func FuzzIngestHTML(f *testing.F) {
	addReadoutSeeds(f, func(raw []byte) { f.Add(raw) })
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := ingest.HTML(raw)
		if err != nil {
			checkIngestError(t, err)
			return
		}
		checkDocument(t, doc)
	})
}

func FuzzIngestText(f *testing.F) {
	addReadoutSeeds(f, func(raw []byte) { f.Add(raw) })
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := ingest.Text(raw)
		if err != nil {
			checkIngestError(t, err)
			return
		}
		checkDocument(t, doc)
	})
}

// fuzzFormats are the values of Options.Format FuzzExtractBytes tries,
// chosen by its second argument.
var fuzzFormats = [...]string{"", "html", "text"}

func FuzzExtractBytes(f *testing.F) {
	addReadoutSeeds(f, func(raw []byte) { f.Add(raw, uint8(0)) })
	for i, s := range hostileSeeds {
		f.Add([]byte(s), uint8(i))
	}
	f.Fuzz(func(t *testing.T, raw []byte, format uint8) {
		opts := Options{Path: "fuzz", Format: fuzzFormats[int(format)%len(fuzzFormats)]}
		// extractDocument, not ExtractBytes: a panic must fail the target
		// with its own stack, not come back as an error.
		_, rec, err := extractDocument(context.Background(), raw, opts)
		if err != nil {
			checkIngestError(t, err)
			return
		}
		checkRecord(t, rec)
	})
}

// checkIngestError fails t unless err is one of the errors bad input may
// give: not text, empty, too large.
func checkIngestError(t *testing.T, err error) {
	t.Helper()
	for _, want := range []error{ErrNotText, ErrEmpty, ErrTooLarge} {
		if errors.Is(err, want) {
			return
		}
	}
	if strings.HasPrefix(err.Error(), "decode page:") {
		return // a legacy decoder that refused the bytes
	}
	t.Fatalf("unexpected error: %v", err)
}

// checkDocument fails t when doc breaks an invariant of Document: valid
// UTF-8 without control characters, blocks in order inside Text, each on
// one line, separated by a blank line.
func checkDocument(t *testing.T, doc *extract.Document) {
	t.Helper()
	if !utf8.ValidString(doc.Text) {
		t.Fatalf("text is not valid UTF-8: %q", doc.Text)
	}
	if i := controlIndex(doc.Text, "\n"); i >= 0 {
		t.Fatalf("control character %q at %d in text", doc.Text[i], i)
	}
	prev := 0
	for i, b := range doc.Blocks {
		if !b.Span.Valid(len(doc.Text)) || b.Body.Start < b.Span.Start || b.Body.End > b.Span.End || b.Body.Start > b.Body.End {
			t.Fatalf("block %d: span %v body %v outside text of %d bytes", i, b.Span, b.Body, len(doc.Text))
		}
		if sep := doc.Text[prev:b.Span.Start]; (i == 0 && sep != "") || (i > 0 && sep != "\n\n") {
			t.Fatalf("block %d: separated by %q", i, sep)
		}
		if strings.Contains(doc.BlockText(b), "\n") {
			t.Fatalf("block %d holds a newline: %q", i, doc.BlockText(b))
		}
		prev = b.Span.End
	}
	if prev != len(doc.Text) {
		t.Fatalf("text after the last block: %q", doc.Text[prev:])
	}
	for _, s := range append(append([]string{doc.Meta.SourceURL, doc.Meta.Site}, doc.Warnings...), doc.Removed...) {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
	}
}

// controlIndex returns the index of the first control character of s
// other than those in allowed, or -1.
func controlIndex(s, allowed string) int {
	for i, r := range s {
		if (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)) && !strings.ContainsRune(allowed, r) {
			return i
		}
	}
	return -1
}

// checkRecord fails t when rec, as written with its evidence, does not
// validate, when an evidence span does not slice source.text to its text,
// when a string field holds a control character or invalid UTF-8, or when
// its YAML does not read back to the same record.
func checkRecord(t *testing.T, rec *extract.Record) {
	t.Helper()
	if err := Validate(rec); err != nil {
		t.Fatalf("record does not validate: %v", err)
	}
	src := rec.Source.Text
	for path, ev := range rec.Evidence {
		if ev.Start < 0 || ev.End > len(src) || ev.Start >= ev.End || src[ev.Start:ev.End] != ev.Text {
			t.Fatalf("evidence %s %q [%d,%d) does not slice source.text", path, ev.Text, ev.Start, ev.End)
		}
	}
	eachString(reflect.ValueOf(rec), "", func(path, s string) {
		if !utf8.ValidString(s) {
			t.Fatalf("%s: invalid UTF-8 %q", path, s)
		}
		// a value or its evidence may run over several blocks
		if i := controlIndex(s, "\t\n"); i >= 0 {
			t.Fatalf("%s: control character %q in %q", path, s[i], s)
		}
	})
	checkRoundTrip(t, rec)
}

// checkRoundTrip fails t unless rec, written as YAML with its evidence,
// reads back to the same record.
func checkRoundTrip(t *testing.T, rec *extract.Record) {
	t.Helper()
	out, err := Marshal(rec, EmitOptions{Explain: true})
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	var back extract.Record
	if err := yaml.Unmarshal(out, &back); err != nil {
		t.Fatalf("read back: %v\n%s", err, out)
	}
	want := emitted(rec, EmitOptions{Explain: true})
	// Compared as JSON: a list YAML writes empty reads back empty, not nil.
	gj, err := json.Marshal(normalized(&back))
	if err != nil {
		t.Fatal(err)
	}
	wj, err := json.Marshal(normalized(want))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gj, wj) {
		i := 0
		for i < len(gj) && i < len(wj) && gj[i] == wj[i] {
			i++
		}
		from := max(0, i-80)
		t.Fatalf("YAML does not read back to the record; from byte %d:\n got %s\nwant %s\n%s", i, gj[from:min(len(gj), i+80)], wj[from:min(len(wj), i+80)], out)
	}
}

// normalized returns a copy of rec with empty lists and maps made nil, the
// one difference YAML may introduce.
func normalized(rec *extract.Record) extract.Record {
	r := *rec
	if len(r.Participants) == 0 {
		r.Participants = nil
	}
	if len(r.Agenda) == 0 {
		r.Agenda = nil
	}
	if len(r.Captions) == 0 {
		r.Captions = nil
	}
	if len(r.Warnings) == 0 {
		r.Warnings = nil
	}
	if len(r.Evidence) == 0 {
		r.Evidence = nil
	}
	if len(r.Sessions) == 0 {
		r.Sessions = nil
	}
	return r
}

// eachString calls fn with the dotted path and value of every string in v.
func eachString(v reflect.Value, path string, fn func(path, s string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachString(v.Elem(), path, fn)
		}
	case reflect.String:
		fn(path, v.String())
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			eachString(v.Index(i), path+"[]", fn)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			eachString(v.MapIndex(k), JoinPath(path, k.String()), fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() {
				name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
				if name == "" {
					name = strings.ToLower(f.Name)
				}
				eachString(v.Field(i), JoinPath(path, name), fn)
			}
		}
	}
}
