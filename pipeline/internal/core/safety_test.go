package core

import (
	"context"
	"go/parser"
	"go/token"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/readout/readout/extract"
)

// This file checks that untrusted pages stay harmless: the library never
// touches the network (offline by design), and any text a page holds
// round-trips through the YAML emitter.

// networkPackages are the standard packages that reach the network or run
// other programs: none may be linked into the extraction packages.
var networkPackages = map[string]bool{
	"net": true, "net/http": true, "net/http/httptrace": true, "net/rpc": true,
	"net/smtp": true, "crypto/tls": true, "os/exec": true, "plugin": true,
	"syscall": false, // the os package needs it; listed to say it was considered
}

// offlineDirs are the folders of the pipeline and extract packages.
var offlineDirs = []string{"../..", "../../ingest", "../../batch", "../../explain", "../../golden", "../../warc", ".", "../../../extract"}

// TestOfflineImports checks that no source file of the pipeline or
// extract packages imports a network package.
func TestOfflineImports(t *testing.T) {
	for _, dir := range offlineDirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range af.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if networkPackages[p] {
					t.Errorf("%s imports %s: the pipeline must stay offline", f, p)
				}
			}
		}
	}
}

// netImporters are the packages the pipeline links that import a network
// package, and why that is harmless.
var netImporters = map[string]string{
	// goquery imports net/http for NewDocument(url) and
	// NewDocumentFromResponse; IngestHTML only parses bytes it is given
	// (TestOfflineImports checks that neither function is called).
	"github.com/PuerkitoBio/goquery": "parses bytes only",
	// The web archive reader: gowarc parses the HTTP head a crawler
	// stored with net/http.ReadResponse and checks WARC-IP-Address with
	// package net, and makes record ids with uuid (which can read the
	// machine's network interfaces for a node id); brotli's net/http is
	// for an HTTP handler that compresses responses. pipeline/warc calls
	// none of them but to parse and decode bytes from a file.
	"github.com/nlnwa/gowarc/v3":          "parses stored HTTP heads only",
	"github.com/nlnwa/gowarc/v3/internal": "validates IP addresses in WARC headers",
	"github.com/google/uuid":              "makes record ids for WARC writers; never called to read",
	"github.com/andybalholm/brotli":       "decodes bytes only",
}

// fetchingCalls are functions of linked packages that fetch a URL.
var fetchingCalls = []string{"goquery.NewDocument(", "goquery.NewDocumentFromResponse("}

// TestOfflineDependencies checks, with go list, that no package the
// pipeline links (its dependencies included) imports a network package,
// but for the known netImporters, and that the source calls none of their
// fetching functions.
func TestOfflineDependencies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(goTool, append([]string{"list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}} {{join .Imports \" \"}}{{end}}"}, offlineDirs...)...).Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		for _, imp := range f[1:] {
			if networkPackages[imp] && netImporters[f[0]] == "" {
				t.Errorf("the pipeline links %s, which imports %s: it must stay offline", f[0], imp)
			}
		}
	}
	for _, dir := range offlineDirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, call := range fetchingCalls {
				if strings.Contains(string(src), call) {
					t.Errorf("%s calls %s, which fetches a URL", f, call)
				}
			}
		}
	}
}

// TestIngestNeverFetches ingests pages whose every fetchable reference
// (base, stylesheet, script, image, srcset, iframe, object, video,
// preload, refresh, form action, link) points at a local listener, and
// checks that nothing ever connects to it.
func TestIngestNeverFetches(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("cannot listen: %v", err)
	}
	var hits atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			hits.Add(1)
			c.Close()
		}
	}()
	u := "http://" + ln.Addr().String()
	page := `<!DOCTYPE html><html><head>
<base href="` + u + `/base/">
<meta http-equiv="refresh" content="0; url=` + u + `/refresh">
<link rel="stylesheet" href="` + u + `/style.css"><link rel="preload" href="` + u + `/font.woff2">
<link rel="canonical" href="` + u + `/canonical"><link rel="import" href="` + u + `/import.html">
<script src="` + u + `/script.js"></script><style>@import url(` + u + `/import.css); body{background:url(` + u + `/bg.png)}</style>
<title>Meeting in Vienna</title></head>
<body onload="fetch('` + u + `/onload')"><main><h1>Meeting in Vienna</h1>
<img src="` + u + `/a.png" srcset="` + u + `/b.png 2x" alt="A and B"><picture><source srcset="` + u + `/c.webp"></picture>
<iframe src="` + u + `/frame"></iframe><object data="` + u + `/object"></object><embed src="` + u + `/embed">
<video src="` + u + `/v.mp4" poster="` + u + `/poster.png"></video><audio src="` + u + `/a.mp3"></audio>
<svg><image href="` + u + `/svg.png"/></svg>
<p>On June 24, 2025, the Minister met the Foreign Minister of Austria in Vienna. <a href="` + u + `/next">Next</a></p>
<form action="` + u + `/form"><input type="image" src="` + u + `/input.png"></form>
<script>new Image().src = "` + u + `/beacon"; document.write('<p>injected</p>')</script>
</main></body></html>`
	rec, err := ExtractBytes(context.Background(), []byte(page), Options{Path: "hostile.html"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(rec.Source.Text, "injected") {
		t.Error("a script's output is in the text")
	}
	// Give a stray connection time to arrive before the listener closes.
	time.Sleep(50 * time.Millisecond)
	ln.Close()
	if n := hits.Load(); n > 0 {
		t.Errorf("%d connections to the page's references", n)
	}
}

// yamlAtoms are pieces that YAML treats specially, for the round-trip
// property test to combine.
var yamlAtoms = []string{
	"'", "\"", ":", ": ", " :", "#", " #", "# ", "---", "...", "--- ", "{", "}", "[", "]", ",",
	"*", "&", "!", "|", ">", "%", "@", "`", "?", "- ", "-", "~", "<<", "=",
	"\n", "\n\n", "\t", " ", "  ", "\r", "\r\n", "\x00", "\x07", "\x1b[31m", "\x7f", "\u0085", "\u2028", "\u2029", "\ufeff", "\u00a0",
	"yes", "No", "ON", "off", "y", "null", "Null", "true", "FALSE", ".inf", "-.Inf", ".nan",
	"17:35", "1:30:00", "0x1F", "0o17", "017", "0b101", "1e3", "1_000", "+12", "-0", ".5", "3.",
	"2025-06-24", "2025-06-24T15:35:00Z", "2025-6-4 1:02:03 -5",
	"!!str", "!!binary", "&anchor", "*alias", "%YAML 1.2", "@at", "\\", "\\n", "\\x41", "\"\\u0041\"",
	"Café", "日本", "😀", "\U0001F1EF\U0001F1F5", "a", "Mr. A", "word", "The Hague",
}

// randomText returns a random string of atoms, sometimes very long.
func randomText(r *rand.Rand) string {
	n := 1 + r.IntN(8)
	if r.IntN(50) == 0 {
		n = 2000 + r.IntN(5000)
	}
	var sb strings.Builder
	for range n {
		sb.WriteString(yamlAtoms[r.IntN(len(yamlAtoms))])
	}
	return sb.String()
}

// TestYAMLRoundTripProperty fills every free-text field of a record with
// random YAML-hostile text (quotes, colons, #, ---, {, leading * & !,
// newlines, control characters, very long strings) and checks that the
// emitted YAML reads back to the same values, for 1,000 records.
func TestYAMLRoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2025))
	n := 1000
	if testing.Short() {
		n = 200
	}
	for i := range n {
		s := func() *string { v := randomText(r); return &v }
		text := randomText(r)
		rec := seedRecord()
		rec.Source.Path = *s()
		rec.Source.URL = *s()
		rec.Source.Text = text
		rec.Title, rec.Summary = s(), s()
		rec.Duration.Text = *s()
		rec.Time.Zone = s()
		rec.Participants = []extract.Participant{{Name: *s(), Honorific: s(), Title: s(), Affiliation: s()}}
		rec.Location = &extract.Location{Place: s(), Country: s(), Occasion: s()}
		rec.Agenda = []extract.AgendaItem{{Number: 1, Heading: s(), Text: s(), Points: []extract.AgendaItem{{Number: 1, Text: s()}}}}
		rec.Captions = []string{*s(), *s()}
		rec.Warnings = []string{*s()}
		rec.Evidence = map[string]extract.Evidence{"title": {Text: text, Start: 0, End: len(text)}}
		if text == "" {
			rec.Evidence = nil
		}
		out, err := Marshal(rec, EmitOptions{Explain: true})
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		var back extract.Record
		if err := yaml.Unmarshal(out, &back); err != nil {
			t.Fatalf("record %d: read back: %v\n%s", i, err, out)
		}
		want, got := stringsOf(emitted(rec, EmitOptions{Explain: true})), stringsOf(&back)
		diffs := 0
		for path, ws := range want {
			gs := got[path]
			for j, w := range ws {
				if (j >= len(gs) || gs[j] != w) && diffs < 3 {
					diffs++
					t.Errorf("record %d: %s reads back as %q, want %q", i, path, gs, ws)
				}
			}
		}
		if diffs > 0 {
			t.Fatalf("YAML:\n%s", out)
		}
	}
}

// stringsOf returns every string of rec by its path, in order.
func stringsOf(rec *extract.Record) map[string][]string {
	m := map[string][]string{}
	eachString(reflect.ValueOf(rec), "", func(path, s string) { m[path] = append(m[path], s) })
	return m
}

// TestYAMLRoundTripDocument checks the same property on documents: random
// text ingested and extracted writes YAML that reads back equal.
func TestYAMLRoundTripDocument(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 24))
	for range 200 {
		raw := "Meeting " + randomText(r) + "\n\nOn June 24, 2025, Mr. " + randomText(r) + " met Mr. B " + randomText(r) + " in Vienna.\n\n1. " + randomText(r)
		rec, err := ExtractBytes(context.Background(), []byte(raw), Options{Path: "x" + randomText(r)})
		if err != nil {
			checkIngestError(t, err)
			continue
		}
		checkRecord(t, rec)
	}
}

// wholeYAML is marshalYAML as one yaml.v3 document: the reference
// marshalYAML's piece-by-piece encoding must equal.
func wholeYAML(t *testing.T, rec *extract.Record) []byte {
	t.Helper()
	doc, err := toNode(reflect.ValueOf(rec), "")
	if err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return []byte(buf.String())
}

// TestMarshalYAMLPieces checks that encoding a record key by key and list
// item by list item gives the same text as encoding it whole, for the
// seed record and records full of YAML-hostile text.
func TestMarshalYAMLPieces(t *testing.T) {
	defer func(n int) { wholeNodes = n }(wholeNodes)
	wholeNodes = 0 // every record in pieces
	r := rand.New(rand.NewPCG(11, 5))
	for i := range 300 {
		rec := seedRecord()
		if i > 0 {
			s := func() *string { v := randomText(r); return &v }
			rec.Title = s()
			rec.Participants = append(rec.Participants, extract.Participant{Name: *s(), Title: s()})
			rec.Agenda = append(rec.Agenda, extract.AgendaItem{Number: 3, Heading: s(), Points: []extract.AgendaItem{{Number: 1, Text: s(), Points: []extract.AgendaItem{{Number: 1, Text: s()}}}}})
			rec.Captions = append(rec.Captions, *s())
			rec.Warnings = []string{*s(), *s()}
			if i%3 == 0 {
				rec.Agenda, rec.Captions = []extract.AgendaItem{}, nil
			}
		}
		got, err := marshalYAML(rec)
		if err != nil {
			t.Fatal(err)
		}
		if want := wholeYAML(t, rec); string(got) != string(want) {
			t.Fatalf("record %d: pieces differ from the whole:\n%s\n---- whole:\n%s", i, got, want)
		}
	}
}

// TestValidateEvidenceInGo checks that Validate, which checks evidence in
// Go, finds what the schema finds: a key that is not a field path, a
// negative offset, text that is not at its span.
func TestValidateEvidenceInGo(t *testing.T) {
	for _, c := range []struct {
		name string
		ev   map[string]extract.Evidence
		want string // in the error; "" for valid
	}{
		{"valid", map[string]extract.Evidence{"date": {Text: "June 24", Start: 3, End: 10}, "agenda[2].points[1]": {Text: "On", Start: 0, End: 2}}, ""},
		{"bad key", map[string]extract.Evidence{"Date!": {Text: "June 24", Start: 3, End: 10}}, "is not a field path"},
		{"negative", map[string]extract.Evidence{"date": {Text: "", Start: -1, End: 2}}, "evidence.date"},
		{"wrong text", map[string]extract.Evidence{"date": {Text: "July 24", Start: 3, End: 10}}, "evidence.date"},
	} {
		rec := seedRecord()
		rec.Source.Text = "On June 24, commencing at 5:35 p.m."
		rec.Evidence = c.ev
		err := Validate(rec)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: error %v, want one saying %s", c.name, err, c.want)
		}
		// the schema alone agrees on the key and the offsets
		probs, serr := schemaProblems(rec)
		if serr != nil {
			t.Fatal(serr)
		}
		if (len(probs) > 0) != (c.name == "bad key" || c.name == "negative") {
			t.Errorf("%s: the schema says %v", c.name, probs)
		}
	}
}
