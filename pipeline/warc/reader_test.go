package warc_test

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/readout/readout/pipeline/warc"
	"github.com/readout/readout/pipeline/warc/warctest"
)

const (
	date = "2024-03-05T10:11:12Z"
	page = "<!DOCTYPE html><html><head><title>Readout</title></head><body><p>The Minister met the Ambassador.</p></body></html>"
)

// outcome is what a test expects of one record.
type outcome struct {
	uri     string
	skip    string
	problem string // a part of the problem's message
	payload string // expected payload, for pages
}

func readAll(t *testing.T, data []byte, opts warc.Options) []*warc.Record {
	t.Helper()
	p := filepath.Join(t.TempDir(), "test.warc.gz")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := warc.Open(p, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var recs []*warc.Record
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
		if len(recs) > 1000 {
			t.Fatal("the reader does not end")
		}
	}
	return recs
}

func check(t *testing.T, recs []*warc.Record, want []outcome) {
	t.Helper()
	for i := 0; i < max(len(recs), len(want)); i++ {
		if i >= len(recs) {
			t.Errorf("record %d: missing, want %+v", i, want[i])
			continue
		}
		r := recs[i]
		if i >= len(want) {
			t.Errorf("record %d at %d: unexpected %s %s skip=%q problem=%v", i, r.Offset, r.Type, r.URI, r.Skip, r.Problem)
			continue
		}
		w := want[i]
		if w.uri != "" && r.URI != w.uri {
			t.Errorf("record %d: URI %q, want %q", i, r.URI, w.uri)
		}
		if r.Skip != w.skip {
			t.Errorf("record %d (%s): skip %q (problem %v), want %q", i, r.URI, r.Skip, r.Problem, w.skip)
		}
		if warc.Problem(r.Skip) != (r.Problem != nil) {
			t.Errorf("record %d (%s): skip %q with problem %v", i, r.URI, r.Skip, r.Problem)
		}
		if w.problem != "" && (r.Problem == nil || !strings.Contains(r.Problem.Error(), w.problem)) {
			t.Errorf("record %d (%s): problem %v, want one saying %q", i, r.URI, r.Problem, w.problem)
		}
		if r.Skip == "" && string(r.Payload) != w.payload {
			t.Errorf("record %d (%s): payload %.80q, want %.80q", i, r.URI, r.Payload, w.payload)
		}
		if r.Skip != "" && r.Payload != nil {
			t.Errorf("record %d (%s): skipped with a payload", i, r.URI)
		}
	}
}

func brotlied(b []byte) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func deflated(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.DefaultCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// crawl writes one record of every kind a crawl holds.
func crawl(w *warctest.Writer) []outcome {
	body := []byte(page)
	w.Warcinfo(date)
	w.Request("https://example.org/a", date)
	w.HTMLResponse("https://example.org/a", date, body)
	w.Response("https://example.org/chunked", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked", warctest.Chunked(body, 10))
	w.Response("https://example.org/gzip", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip", warctest.Gzipped(body))
	w.Response("https://example.org/chunked-gzip", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip", warctest.Chunked(warctest.Gzipped(body), 7))
	w.Response("https://example.org/deflate", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate", deflated(body))
	w.Response("https://example.org/br", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br", brotlied(body))
	// A crawler that stored the body decoded but kept the headers.
	w.Response("https://example.org/decoded", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip", body)
	w.Response("https://example.org/notes.txt", date, "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8", []byte("The Minister met the Ambassador."))
	w.Response("https://example.org/sniffed", date, "HTTP/1.1 200 OK", body)
	w.Revisit("https://example.org/a", date)
	w.Metadata("https://example.org/a", date)
	w.Response("https://example.org/logo.png", date, "HTTP/1.1 200 OK\r\nContent-Type: image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	w.Response("https://example.org/sniffed.pdf", date, "HTTP/1.1 200 OK", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
	w.Response("https://example.org/moved", date, "HTTP/1.1 301 Moved Permanently\r\nLocation: /a\r\nContent-Type: text/html", []byte("<html>Moved</html>"))
	w.Response("https://example.org/missing", date, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html", []byte("<html>Not found</html>"))
	cut := warctest.HTTPBlock("HTTP/1.1 200 OK\r\nContent-Type: text/html", []byte("<html><body><p>The Mini"))
	w.Record(warctest.Header("response", "https://example.org/cut", date, "application/http; msgtype=response", len(cut))+"WARC-Truncated: length\r\n", cut)
	w.Response("https://example.org/bad-gzip", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip", warctest.Gzipped(body)[:40])
	w.Response("https://example.org/bad-chunks", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked", []byte("10\r\n<html><body>The Minister</body></html>\r\n0\r\n\r\n"))
	w.Response("https://example.org/compress", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: compress", []byte("\x1f\x9d\x90<html>"))
	w.Response("https://example.org/partial", date, "HTTP/1.1 206 Partial Content\r\nContent-Type: text/html", body[:20])
	w.Record(warctest.Header("resource", "file:///notes.txt", date, "text/plain", 5), []byte("notes"))
	return []outcome{
		{skip: warc.SkipWarcinfo},
		{uri: "https://example.org/a", skip: warc.SkipRequest},
		{uri: "https://example.org/a", payload: page},
		{uri: "https://example.org/chunked", payload: page},
		{uri: "https://example.org/gzip", payload: page},
		{uri: "https://example.org/chunked-gzip", payload: page},
		{uri: "https://example.org/deflate", payload: page},
		{uri: "https://example.org/br", payload: page},
		{uri: "https://example.org/decoded", payload: page},
		{uri: "https://example.org/notes.txt", payload: "The Minister met the Ambassador."},
		{uri: "https://example.org/sniffed", payload: page},
		{uri: "https://example.org/a", skip: warc.SkipRevisit},
		{uri: "https://example.org/a", skip: warc.SkipMetadata},
		{uri: "https://example.org/logo.png", skip: warc.SkipNotHTML},
		{uri: "https://example.org/sniffed.pdf", skip: warc.SkipNotHTML},
		{uri: "https://example.org/moved", skip: warc.SkipStatus},
		{uri: "https://example.org/missing", skip: warc.SkipStatus},
		{uri: "https://example.org/cut", skip: warc.SkipTruncated, problem: "WARC-Truncated: length"},
		{uri: "https://example.org/bad-gzip", skip: warc.SkipTruncated, problem: "gzip"},
		{uri: "https://example.org/bad-chunks", skip: warc.SkipMalformed, problem: "chunked"},
		{uri: "https://example.org/compress", skip: warc.SkipMalformed, problem: `unknown content coding "compress"`},
		{uri: "https://example.org/partial", skip: warc.SkipTruncated, problem: "206"},
		{uri: "file:///notes.txt", skip: warc.SkipOtherType},
	}
}

func TestEveryKindOfRecord(t *testing.T) {
	for _, gz := range []bool{true, false} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			w := &warctest.Writer{Gzip: gz}
			want := crawl(w)
			recs := readAll(t, w.Bytes(), warc.Options{})
			check(t, recs, want)
			for i, r := range recs {
				if i < len(w.Offsets) && r.Offset != w.Offsets[i] {
					t.Errorf("record %d (%s): offset %d, want %d", i, r.URI, r.Offset, w.Offsets[i])
				}
			}
			if r := recs[2]; r.Date.Format("2006-01-02T15:04:05Z07:00") != date || r.ContentType != "text/html" {
				t.Errorf("date %v, content type %q", r.Date, r.ContentType)
			}
		})
	}
}

// A crawl killed mid-write: the file ends inside its last record.
func TestFileEndsInsideARecord(t *testing.T) {
	for _, gz := range []bool{true, false} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			w := &warctest.Writer{Gzip: gz}
			w.HTMLResponse("https://example.org/a", date, []byte(page))
			w.HTMLResponse("https://example.org/b", date, []byte(page))
			w.Cut(30)
			check(t, readAll(t, w.Bytes(), warc.Options{}), []outcome{
				{uri: "https://example.org/a", payload: page},
				{skip: warc.SkipTruncated},
			})
		})
	}
}

// A broken record in the middle never stops the file: the records after
// it are read.
func TestBrokenRecordsInTheMiddle(t *testing.T) {
	t.Run("garbage between records", func(t *testing.T) {
		w := &warctest.Writer{}
		w.HTMLResponse("https://example.org/a", date, []byte(page))
		w.Raw([]byte("this is not a record\r\n"))
		w.HTMLResponse("https://example.org/b", date, []byte(page))
		check(t, readAll(t, w.Bytes(), warc.Options{}), []outcome{
			{uri: "https://example.org/a", payload: page},
			{skip: warc.SkipMalformed, problem: "not a WARC record"},
			{uri: "https://example.org/b", payload: page},
		})
	})
	t.Run("corrupt gzip member", func(t *testing.T) {
		w := &warctest.Writer{Gzip: true}
		w.HTMLResponse("https://example.org/a", date, []byte(page))
		var rec bytes.Buffer
		zw := gzip.NewWriter(&rec)
		zw.Write([]byte("WARC/1.1\r\nWARC-Type: response\r\n"))
		zw.Close()
		bad := rec.Bytes()
		bad[len(bad)/2] ^= 0xff
		w.Raw(bad)
		w.HTMLResponse("https://example.org/b", date, []byte(page))
		recs := readAll(t, w.Bytes(), warc.Options{})
		check(t, recs, []outcome{
			{uri: "https://example.org/a", payload: page},
			{skip: warc.SkipMalformed},
			{uri: "https://example.org/b", payload: page},
		})
	})
	t.Run("broken header", func(t *testing.T) {
		w := &warctest.Writer{Gzip: true}
		w.HTMLResponse("https://example.org/a", date, []byte(page))
		w.Raw([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nHTTP/1.1 200 OK\r\n\r\n\r\n\r\n"))
		w.HTMLResponse("https://example.org/b", date, []byte(page))
		check(t, readAll(t, w.Bytes(), warc.Options{}), []outcome{
			{uri: "https://example.org/a", payload: page},
			{skip: warc.SkipMalformed, problem: "Content-Length"},
			{uri: "https://example.org/b", payload: page},
		})
	})
	t.Run("not a WARC file", func(t *testing.T) {
		check(t, readAll(t, []byte(page), warc.Options{}), []outcome{
			{skip: warc.SkipMalformed, problem: "not a WARC record"},
		})
	})
	t.Run("empty file", func(t *testing.T) {
		check(t, readAll(t, nil, warc.Options{}), nil)
	})
}

// A WARC file gzipped whole (gzip crawl.warc) is read as one stream.
func TestGzippedWhole(t *testing.T) {
	w := &warctest.Writer{}
	want := crawl(w)
	recs := readAll(t, warctest.Gzipped(w.Bytes()), warc.Options{})
	check(t, recs, want)
	if recs[2].Offset != w.Offsets[2] {
		t.Errorf("offset %d, want %d (in the uncompressed stream)", recs[2].Offset, w.Offsets[2])
	}
}

func TestSelectAndLimit(t *testing.T) {
	w := &warctest.Writer{Gzip: true}
	w.HTMLResponse("https://example.org/keep", date, []byte(page))
	w.HTMLResponse("https://example.org/drop", date, []byte(page))
	w.Response("https://example.org/big", date, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip", warctest.Gzipped([]byte(strings.Repeat("<p>x</p>", 200))))
	opts := warc.Options{
		MaxBytes: 1000,
		Select: func(r *warc.Record) string {
			if strings.HasSuffix(r.URI, "/drop") {
				return "url"
			}
			return ""
		},
	}
	check(t, readAll(t, w.Bytes(), opts), []outcome{
		{uri: "https://example.org/keep", payload: page},
		{uri: "https://example.org/drop", skip: "url"},
		{uri: "https://example.org/big", skip: warc.SkipTooLarge, problem: "more than 1000 bytes"},
	})
}

// Parts split the records: every record, pages and broken ones alike, is
// read by exactly one part.
func TestParts(t *testing.T) {
	w := &warctest.Writer{Gzip: true}
	want := crawl(w)
	w.Raw([]byte("garbage"))
	w.HTMLResponse("https://example.org/last", date, []byte(page))
	all := readAll(t, w.Bytes(), warc.Options{})
	check(t, all[:len(want)], want)
	got := map[int64]string{}
	for part := range 3 {
		opts := warc.Options{Part: func(off int64) bool { return off%3 == int64(part) }}
		for _, r := range readAll(t, w.Bytes(), opts) {
			if r.Skip == warc.SkipOtherPart {
				continue
			}
			if prev, ok := got[r.Offset]; ok {
				t.Errorf("record at %d read twice: %s, %s", r.Offset, prev, r.URI)
			}
			got[r.Offset] = r.URI + " " + r.Skip
		}
	}
	for _, r := range all {
		if got[r.Offset] != r.URI+" "+r.Skip {
			t.Errorf("record at %d: parts read %q, the whole file %q", r.Offset, got[r.Offset], r.URI+" "+r.Skip)
		}
	}
	if len(got) != len(all) {
		t.Errorf("parts read %d records, the whole file %d", len(got), len(all))
	}
}

// PageAt reads one record again by its offset, as an explain page does.
func TestPageAt(t *testing.T) {
	for name, data := range map[string]func(w *warctest.Writer) []byte{
		"per-record gzip": func(w *warctest.Writer) []byte { w.Gzip = true; crawl(w); return w.Bytes() },
		"uncompressed":    func(w *warctest.Writer) []byte { crawl(w); return w.Bytes() },
		"gzipped whole":   func(w *warctest.Writer) []byte { crawl(w); return warctest.Gzipped(w.Bytes()) },
	} {
		t.Run(name, func(t *testing.T) {
			w := &warctest.Writer{}
			p := filepath.Join(t.TempDir(), "c.warc.gz")
			os.WriteFile(p, data(w), 0o644)
			rec, err := warc.PageAt(p, w.Offsets[4], warc.Options{})
			if err != nil || rec.URI != "https://example.org/gzip" || string(rec.Payload) != page {
				t.Fatalf("PageAt: %v, %+v", err, rec)
			}
			if rec, err := warc.PageAt(p, w.Offsets[4]+1, warc.Options{}); err == nil {
				t.Errorf("a record for an offset inside a record: %+v", rec)
			}
		})
	}
}
