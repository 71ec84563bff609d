package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/readout/readout/pipeline/warc/warctest"
)

// testWARC writes a crawl of n copies of the seed readout, with requests,
// an image and a record cut short, and returns its path.
func testWARC(t *testing.T, n int) string {
	t.Helper()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	w := &warctest.Writer{Gzip: true}
	for i := range n {
		uri := fmt.Sprintf("https://www.mofa.go.jp/press/release/p%d.html", i)
		w.Request(uri, "2025-06-25T01:02:03Z")
		w.Response(uri, "2025-06-25T01:02:03Z", "HTTP/1.1 200 OK\r\nContent-Type: text/plain", append(seed, fmt.Sprintf("\n(%d)\n", i)...))
	}
	w.Response("https://www.mofa.go.jp/logo.png", "2025-06-25T01:02:03Z", "HTTP/1.1 200 OK\r\nContent-Type: image/png", []byte("\x89PNG"))
	w.HTMLResponse("https://www.mofa.go.jp/cut.html", "2025-06-25T01:02:03Z", seed)
	w.Cut(20)
	p := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(p, w.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBatchWebArchive(t *testing.T) {
	crawl := testWARC(t, 3)
	code, out, errOut := runCLI(t, "", "batch", crawl, "-o", "-", "--ordered", "--exclude-url", "*/p1.html")
	if code != exitOK {
		t.Fatalf("code %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d records, want 2:\n%s", len(lines), out)
	}
	var rec struct {
		Source    map[string]string
		Published string
	}
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(rec.Source["path"], crawl+"#") || rec.Source["url"] != "https://www.mofa.go.jp/press/release/p0.html" ||
		rec.Source["fetched"] != "2025-06-25T01:02:03Z" || rec.Published != "2025-06-24" {
		t.Errorf("record %+v", rec)
	}
	for _, want := range []string{"web archives: 1 files", "request", "not-html", "url", "truncated: the file ends inside this record"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("summary lacks %q:\n%s", want, errOut)
		}
	}

	// One page again, by the source.path batch gave it.
	code, out, errOut = runCLI(t, "", "extract", "--format", "json", rec.Source["path"])
	if code != exitOK || !strings.Contains(out, `"fetched": "2025-06-25T01:02:03Z"`) || !strings.Contains(out, `"published": "2025-06-24"`) {
		t.Errorf("extract %s: code %d, %s%s", rec.Source["path"], code, out, errOut)
	}
	if code, _, errOut := runCLI(t, "", "extract", crawl); code != exitInput || !strings.Contains(errOut, "readout batch") {
		t.Errorf("extract of a whole web archive: code %d, %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "", "extract", crawl+"#7"); code != exitInput || !strings.Contains(errOut, "no WARC record starts at offset 7") {
		t.Errorf("extract at a bad offset: code %d, %s", code, errOut)
	}

	if code, _, errOut := runCLI(t, "", "batch", crawl, "-o", "-", "--include-url", "[x"); code != exitUsage || !strings.Contains(errOut, "URL glob") {
		t.Errorf("a bad URL glob: code %d, %s", code, errOut)
	}
	notWARC := filepath.Join(t.TempDir(), "page.html")
	os.WriteFile(notWARC, []byte("<p>x</p>"), 0o644)
	if code, _, errOut := runCLI(t, "", "batch", notWARC, "-o", "-"); code != exitInput || !strings.Contains(errOut, "not a folder or a web archive") {
		t.Errorf("a page as the archive: code %d, %s", code, errOut)
	}
}

// Four shards sharing one output folder write every record once, and
// their merged report is the one run's.
func TestShardsAndMerge(t *testing.T) {
	crawl := testWARC(t, 12)
	one := t.TempDir()
	if code, _, errOut := runCLI(t, "", "batch", crawl, "-o", one, "-q"); code != exitOK {
		t.Fatalf("one run: code %d: %s", code, errOut)
	}
	shared := t.TempDir()
	for k := 1; k <= 4; k++ {
		if code, _, errOut := runCLI(t, "", "batch", crawl, "-o", shared, "-q", "--shard", fmt.Sprintf("%d/4", k)); code != exitOK {
			t.Fatalf("shard %d: code %d: %s", k, code, errOut)
		}
	}
	records := func(dir string) []string {
		ents, _ := os.ReadDir(dir)
		var names []string
		for _, e := range ents {
			// Not the reports, nor the hidden resume manifests.
			if !strings.HasPrefix(e.Name(), "_report") && !strings.HasPrefix(e.Name(), ".") {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		return names
	}
	if a, b := records(one), records(shared); strings.Join(a, " ") != strings.Join(b, " ") || len(a) != 12 {
		t.Errorf("shards wrote\n%v\none run\n%v", b, a)
	}

	// Missing shards: exit 1, and the merge says which.
	code, _, errOut := runCLI(t, "", "report", "--merge", filepath.Join(shared, "_report-1-of-4.yaml"), filepath.Join(shared, "_report-3-of-4.yaml"))
	if code != exitInput || !strings.Contains(errOut, "2/4, 4/4") {
		t.Errorf("two shards of four: code %d, %s", code, errOut)
	}
	merged := filepath.Join(shared, "_report.yaml")
	if code, _, errOut := runCLI(t, "", "report", "--merge", shared, "-o", merged); code != exitOK {
		t.Fatalf("merge: code %d: %s", code, errOut)
	}
	m, w := readReport(t, merged), readReport(t, filepath.Join(one, "_report.yaml"))
	m.Counts.Duplicates, w.Counts.Duplicates = 0, 0
	if m.Counts != w.Counts || m.WARC.Records != w.WARC.Records || m.WARC.Pages != w.WARC.Pages || len(m.WARC.Problems) != 1 {
		t.Errorf("merged %+v %+v, one run %+v %+v", m.Counts, m.WARC, w.Counts, w.WARC)
	}
	// The folder holds the merged report now: merging again takes the
	// shards' reports, not it.
	if code, _, errOut := runCLI(t, "", "report", "--merge", shared); code != exitOK {
		t.Errorf("merge again: code %d: %s", code, errOut)
	}
	if code, _, _ := runCLI(t, "", "report", "x"); code != exitUsage {
		t.Errorf("report without --merge: code %d", code)
	}
}

// Shards writing JSON merge as well: their reports are _report-K-of-N.json.
func TestShardsMergeJSONReports(t *testing.T) {
	crawl := testWARC(t, 6)
	shared := t.TempDir()
	for k := 1; k <= 2; k++ {
		if code, _, errOut := runCLI(t, "", "batch", crawl, "-o", shared, "-q", "--format", "json", "--shard", fmt.Sprintf("%d/2", k)); code != exitOK {
			t.Fatalf("shard %d: code %d: %s", k, code, errOut)
		}
	}
	code, out, errOut := runCLI(t, "", "report", "--merge", shared, "-q")
	if code != exitOK || !strings.Contains(out, "pages: 6") || !strings.Contains(out, "truncated: 1") {
		t.Errorf("merge of JSON reports: code %d\n%s%s", code, out, errOut)
	}
}
