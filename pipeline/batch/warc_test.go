package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/warc"
	"github.com/readout/readout/pipeline/warc/warctest"
)

const crawlDate = "2021-01-23T04:05:06Z"

// memSink keeps every record and failure of a run.
type memSink struct {
	mu       sync.Mutex
	records  map[string]*extract.Record
	failures map[string]error
}

func newMemSink() *memSink {
	return &memSink{records: map[string]*extract.Record{}, failures: map[string]error{}}
}

func (s *memSink) Record(rel string, rec *extract.Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, dup := s.records[rel]; dup {
		return fmt.Errorf("%s handed over twice", rel)
	}
	s.records[rel] = rec
	return nil
}

func (s *memSink) Failure(rel string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures[rel] = err
}

func (s *memSink) names() []string {
	var out []string
	for k := range s.records {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// testCrawl writes a crawl holding the test readouts as pages among the
// records a crawler also writes, and broken records.
func testCrawl(gz bool) *warctest.Writer {
	w := &warctest.Writer{Gzip: gz}
	w.Warcinfo(crawlDate)
	w.Request("https://www.mofa.go.jp/press/release/a.html", crawlDate)
	w.Response("https://www.mofa.go.jp/press/release/a.html", crawlDate,
		"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip",
		warctest.Chunked(warctest.Gzipped([]byte(batchText)), 100))
	w.Metadata("https://www.mofa.go.jp/press/release/a.html", crawlDate)
	w.HTMLResponse("https://www.whitehouse.gov/briefing-room/readout-call/", crawlDate, []byte(batchHTML))
	w.Revisit("https://www.whitehouse.gov/briefing-room/readout-call/", crawlDate)
	w.Response("https://www.whitehouse.gov/logo.png", crawlDate, "HTTP/1.1 200 OK\r\nContent-Type: image/png", []byte("\x89PNG\r\n\x1a\n"))
	w.Response("https://www.whitehouse.gov/old", crawlDate, "HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\nContent-Type: text/html", []byte("<html>moved</html>"))
	w.Raw([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\n\r\n\r\n"))
	w.HTMLResponse("https://www.state.gov/secretary-meeting/", crawlDate, []byte(strings.Replace(batchHTML, "Canada", "Mexico", -1)))
	w.HTMLResponse("https://www.state.gov/cut/", crawlDate, []byte(batchHTML))
	w.Cut(40)
	return w
}

// The pages of web archives become records beside the files of a folder;
// every other record is counted, every broken one listed.
func TestBatchReadsWebArchives(t *testing.T) {
	root := makeArchive(t, map[string]string{
		"2025/06/mofa.txt": batchText,
		"photo.jpg":        "\xff\xd8\xff",
	})
	gz, plain := testCrawl(true), testCrawl(false)
	os.WriteFile(filepath.Join(root, "crawl.warc.gz"), gz.Bytes(), 0o644)
	os.MkdirAll(filepath.Join(root, "more"), 0o755)
	os.WriteFile(filepath.Join(root, "more", "crawl.WARC"), plain.Bytes(), 0o644)

	sink := newMemSink()
	rep := runBatch(t, context.Background(), root, Options{Jobs: 2}, sink)
	want := []string{
		"2025/06/mofa.txt",
		fmt.Sprintf("crawl.warc.gz#%d", gz.Offsets[2]),
		fmt.Sprintf("crawl.warc.gz#%d", gz.Offsets[4]),
		fmt.Sprintf("crawl.warc.gz#%d", gz.Offsets[9]),
		fmt.Sprintf("more/crawl.WARC#%d", plain.Offsets[2]),
		fmt.Sprintf("more/crawl.WARC#%d", plain.Offsets[4]),
		fmt.Sprintf("more/crawl.WARC#%d", plain.Offsets[9]),
	}
	mofa, call := want[1], want[2]
	sort.Strings(want)
	if got := sink.names(); !reflect.DeepEqual(got, want) {
		t.Fatalf("records of\n%v\nwant\n%v", got, want)
	}
	if rep.Counts.Failed != 0 || rep.Counts.OK != 7 || rep.Counts.Ignored != 1 {
		t.Errorf("counts %+v, failures %v", rep.Counts, rep.Failures)
	}

	rec := sink.records[mofa]
	src := rec.Source
	if src.Path != filepath.Join(root, mofa) ||
		src.URL != "https://www.mofa.go.jp/press/release/a.html" || src.Fetched != crawlDate || src.Format != "text" {
		t.Errorf("source %+v", src)
	}
	if rec.Published == nil || rec.Published.String() != "2025-06-24" || rec.Kind != extract.KindMeeting {
		t.Errorf("published %v, kind %v: the page was not read as on disk", rec.Published, rec.Kind)
	}
	if p := sink.records[call].Published; p == nil || p.String() != "2021-01-22" {
		t.Errorf("published %v: the crawl date is never the release date", p)
	}

	wc := rep.WARC
	if wc == nil {
		t.Fatal("no warc section in the report")
	}
	wantSkipped := map[string]int{
		warc.SkipWarcinfo: 2, warc.SkipRequest: 2, warc.SkipMetadata: 2, warc.SkipRevisit: 2,
		warc.SkipNotHTML: 2, warc.SkipStatus: 2, warc.SkipMalformed: 2, warc.SkipTruncated: 2,
	}
	if wc.Files != 2 || wc.Pages != 6 || wc.Records != 6+16 || !reflect.DeepEqual(wc.Skipped, wantSkipped) {
		t.Errorf("warc counts %+v", wc)
	}
	var problems []string
	for _, p := range wc.Problems {
		problems = append(problems, p.Path+" "+p.Reason)
	}
	sort.Strings(problems)
	wantProblems := []string{
		fmt.Sprintf("crawl.warc.gz#%d malformed", gz.Offsets[8]),
		fmt.Sprintf("crawl.warc.gz#%d truncated", gz.Offsets[10]),
		fmt.Sprintf("more/crawl.WARC#%d malformed", plain.Offsets[8]),
		fmt.Sprintf("more/crawl.WARC#%d truncated", plain.Offsets[10]),
	}
	if !reflect.DeepEqual(problems, wantProblems) {
		t.Errorf("problems\n%v\nwant\n%v", problems, wantProblems)
	}

	// The report says it all in YAML, and reads back.
	data, err := MarshalReport(rep)
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalReport(data)
	if err != nil || !reflect.DeepEqual(back.WARC, rep.WARC) {
		t.Errorf("report round trip: %v\n%s", err, data)
	}
}

// A web archive may be the archive itself, and the URL globs pick pages.
func TestBatchWebArchiveFileAndURLGlobs(t *testing.T) {
	gz := testCrawl(true)
	p := filepath.Join(t.TempDir(), "crawl.warc.gz")
	os.WriteFile(p, gz.Bytes(), 0o644)
	if err := CheckArchive(p); err != nil {
		t.Fatal(err)
	}
	sink := newMemSink()
	rep := runBatch(t, context.Background(), p, Options{
		IncludeURL: []string{"https://www.state.gov/*", "*/press/release/*"},
		ExcludeURL: []string{"*/secretary-*"},
	}, sink)
	want := []string{fmt.Sprintf("crawl.warc.gz#%d", gz.Offsets[2])}
	if got := sink.names(); !reflect.DeepEqual(got, want) {
		t.Errorf("records of %v, want %v", got, want)
	}
	if rep.WARC.Skipped[SkipURL] != 2 || rep.WARC.Pages != 1 {
		t.Errorf("warc counts %+v", rep.WARC)
	}
	if rec := sink.records[want[0]]; rec.Source.Path != p+want[0][len("crawl.warc.gz"):] {
		t.Errorf("source.path %q", rec.Source.Path)
	}
	if _, err := Run(context.Background(), p, Options{IncludeURL: []string{"[x"}}, sink); err == nil {
		t.Error("a bad URL glob was accepted")
	}
}

// Four shards of an archive together give exactly the records of one run,
// each input once, and their merged report is the one run's.
func TestShardsTogetherAreOneRun(t *testing.T) {
	files := map[string]string{}
	for i := range 12 {
		files[fmt.Sprintf("%02d/mofa.txt", i)] = batchText
		files[fmt.Sprintf("%02d/call.html", i)] = batchHTML
	}
	files["bad/binary.txt"] = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
	root := makeArchive(t, files)
	var crawl warctest.Writer
	crawl.Gzip = true
	for i := range 30 {
		crawl.HTMLResponse(fmt.Sprintf("https://example.gov/%d", i), crawlDate, []byte(batchHTML))
		crawl.Request(fmt.Sprintf("https://example.gov/%d", i), crawlDate)
	}
	crawl.Raw([]byte("not a record"))
	crawl.HTMLResponse("https://example.gov/cut", crawlDate, []byte(batchHTML))
	crawl.Cut(30)
	os.WriteFile(filepath.Join(root, "crawl.warc.gz"), crawl.Bytes(), 0o644)

	whole := newMemSink()
	one := runBatch(t, context.Background(), root, Options{Jobs: 2}, whole)
	parts := newMemSink()
	var reps []*Report
	for k := 1; k <= 4; k++ {
		sink := newMemSink()
		rep := runBatch(t, context.Background(), root, Options{Jobs: 2, Shard: Shard{K: k, N: 4}}, sink)
		if rep.Shard != fmt.Sprintf("%d/4", k) || rep.Counts.OK == 0 || rep.Counts.OtherShards == 0 {
			t.Errorf("shard %d/4: %+v", k, rep.Counts)
		}
		for rel, rec := range sink.records {
			if err := parts.Record(rel, rec); err != nil {
				t.Error(err)
			}
		}
		reps = append(reps, rep)
	}
	if !reflect.DeepEqual(parts.names(), whole.names()) {
		t.Errorf("shards read\n%v\none run\n%v", parts.names(), whole.names())
	}
	for rel, rec := range whole.records {
		a, _ := json.Marshal(rec)
		b, _ := json.Marshal(parts.records[rel])
		if !bytes.Equal(a, b) {
			t.Errorf("%s: shard record differs", rel)
		}
	}
	m, err := Merge(reps)
	if err != nil {
		t.Fatal(err)
	}
	// Duplicates are counted within a shard: the same bytes in two shards
	// are not seen as one.
	m.Counts.Duplicates = one.Counts.Duplicates
	if m.Status != StatusCompleted || m.Counts != one.Counts || !reflect.DeepEqual(m.WARC, one.WARC) ||
		!reflect.DeepEqual(failedPaths(m), failedPaths(one)) {
		t.Errorf("merged report\n%+v %+v\none run\n%+v %+v", m.Counts, m.WARC, one.Counts, one.WARC)
	}
}
