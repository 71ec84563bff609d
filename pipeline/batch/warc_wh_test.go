package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/warc/warctest"
)

// whHTML is the White House archive as web pages, in the shared folder
// beside the repository (absent for users).
const whHTML = "../../../shared/archive/wh-html"

// The White House pages written into one .warc.gz give the same records,
// apart from source.path, source.url and source.fetched, as the folder.
func TestWhiteHouseWARCEqualsFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1,410 pages twice")
	}
	ents, err := os.ReadDir(whHTML)
	if err != nil {
		t.Skipf("no White House pages: %v", err)
	}
	w := &warctest.Writer{Gzip: true}
	w.Warcinfo(crawlDate)
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".html") {
			continue
		}
		body, err := os.ReadFile(filepath.Join(whHTML, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		uri := "https://www.whitehouse.gov/briefing-room/" + e.Name()
		w.Request(uri, crawlDate)
		w.HTMLResponse(uri, crawlDate, body)
	}
	crawl := filepath.Join(t.TempDir(), "wh.warc.gz")
	if err := os.WriteFile(crawl, w.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	folder, archived := newMemSink(), newMemSink()
	frep := runBatch(t, context.Background(), whHTML, Options{}, folder)
	wrep := runBatch(t, context.Background(), crawl, Options{}, archived)
	if frep.Counts.OK != 1410 || wrep.Counts.OK != frep.Counts.OK || wrep.Counts.Failed != frep.Counts.Failed {
		t.Fatalf("folder %+v, web archive %+v", frep.Counts, wrep.Counts)
	}
	byURL := map[string]*extract.Record{}
	for _, rec := range archived.records {
		byURL[rec.Source.URL] = rec
	}
	for rel, want := range folder.records {
		got := byURL["https://www.whitehouse.gov/briefing-room/"+rel]
		if got == nil {
			t.Errorf("%s: no record from the web archive", rel)
			continue
		}
		if got.Source.SHA256 != want.Source.SHA256 || got.Source.Format != want.Source.Format || got.Source.Fetched != crawlDate {
			t.Errorf("%s: source %+v, want %+v", rel, got.Source, want.Source)
		}
		a, b := withoutSource(want), withoutSource(got)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the web archive's record differs:\n%s\nfolder's:\n%s", rel, b, a)
		}
	}
}

// withoutSource returns rec as JSON without its source.
func withoutSource(rec *extract.Record) []byte {
	c := *rec
	c.Source = extract.Source{}
	b, _ := json.Marshal(&c)
	return b
}
