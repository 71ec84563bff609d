package batch

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/core"
)

// archiveDir returns the shared archive folder name (wh or wh-html), from
// $READOUT_ARCHIVE or ../../../shared/archive, skipping the benchmark when it
// is absent.
func archiveDir(b *testing.B, name string) string {
	base := os.Getenv("READOUT_ARCHIVE")
	if base == "" {
		base = filepath.Join("..", "..", "..", "shared", "archive")
	}
	dir := filepath.Join(base, name)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		b.Skipf("archive %s not found", dir)
	}
	return dir
}

// encodeSink encodes every record as the file writer would, into nothing,
// so a benchmark times extraction, validation and encoding but not disk.
type encodeSink struct{ opts core.EmitOptions }

func (s encodeSink) Record(rel string, rec *extract.Record) error {
	return core.Encode(io.Discard, rec, s.opts)
}

func (encodeSink) Failure(string, error) {}

func benchBatch(b *testing.B, name string) {
	dir := archiveDir(b, name)
	b.ReportAllocs()
	var files int
	for b.Loop() {
		rep, err := Run(context.Background(), dir, Options{}, encodeSink{core.EmitOptions{Format: "yaml"}})
		if err != nil {
			b.Fatal(err)
		}
		if rep.Counts.Failed > 0 {
			b.Fatalf("%d of %d inputs failed, first %+v", rep.Counts.Failed, rep.Counts.Inputs, rep.Failures[0])
		}
		files = rep.Counts.Inputs
	}
	b.ReportMetric(float64(files)*float64(b.N)/b.Elapsed().Seconds(), "files/s")
}

// BenchmarkBatchText runs a batch over the White House archive as Markdown.
func BenchmarkBatchText(b *testing.B) { benchBatch(b, "wh") }

// BenchmarkBatchHTML runs a batch over the same readouts as HTML pages.
func BenchmarkBatchHTML(b *testing.B) { benchBatch(b, "wh-html") }
