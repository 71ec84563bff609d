package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/readout/readout/pipeline"
)

// seedPath is the project's seed readout.
const seedPath = "../testdata/seed-mofa-nato-2025-06-24.txt"

// failingReader fails every read with err.
type failingReader struct{ err error }

func (r failingReader) Read([]byte) (int, error) { return 0, r.err }

// TestErrorKinds checks that callers can tell the kinds of failure apart
// with errors.Is and errors.As, through every entry point.
func TestErrorKinds(t *testing.T) {
	ctx := context.Background()
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	sentinels := []error{pipeline.ErrNotText, pipeline.ErrTooLarge, pipeline.ErrEmpty,
		pipeline.ErrUnknownFormat, pipeline.ErrInvalidRecord, context.Canceled}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	readErr := &fs.PathError{Op: "read", Path: "x", Err: errors.New("device gone")}

	for _, tc := range []struct {
		name string
		run  func() error
		want error
	}{
		{"NUL bytes", func() error {
			_, err := pipeline.Extract(ctx, strings.NewReader("Meeting\x00\x01\x02"), pipeline.Options{})
			return err
		}, pipeline.ErrNotText},
		{"PNG", func() error {
			_, err := pipeline.ExtractBytes(ctx, []byte("\x89PNG\r\n\x1a\n rest"), pipeline.Options{})
			return err
		}, pipeline.ErrNotText},
		{"too large reader", func() error {
			_, err := pipeline.Extract(ctx, bytes.NewReader(seed), pipeline.Options{MaxBytes: 100})
			return err
		}, pipeline.ErrTooLarge},
		{"too large bytes", func() error {
			_, err := pipeline.ExtractBytes(ctx, seed, pipeline.Options{MaxBytes: 100})
			return err
		}, pipeline.ErrTooLarge},
		{"too large file", func() error {
			_, err := pipeline.ExtractFile(ctx, seedPath, pipeline.Options{MaxBytes: 100})
			return err
		}, pipeline.ErrTooLarge},
		{"empty", func() error {
			_, err := pipeline.Extract(ctx, strings.NewReader(""), pipeline.Options{})
			return err
		}, pipeline.ErrEmpty},
		{"white space", func() error {
			_, err := pipeline.ExtractBytes(ctx, []byte(" \n\t\n"), pipeline.Options{})
			return err
		}, pipeline.ErrEmpty},
		{"empty page", func() error {
			_, err := pipeline.ExtractBytes(ctx, []byte("<html><body></body></html>"), pipeline.Options{})
			return err
		}, pipeline.ErrEmpty},
		{"unknown format", func() error {
			_, err := pipeline.ExtractBytes(ctx, seed, pipeline.Options{Format: "pdf"})
			return err
		}, pipeline.ErrUnknownFormat},
		{"cancelled", func() error {
			_, err := pipeline.ExtractBytes(cancelled, seed, pipeline.Options{})
			return err
		}, context.Canceled},
		{"cancelled reader", func() error {
			_, err := pipeline.Extract(cancelled, bytes.NewReader(seed), pipeline.Options{})
			return err
		}, context.Canceled},
		{"missing file", func() error {
			_, err := pipeline.ExtractFile(ctx, filepath.Join(t.TempDir(), "none.html"), pipeline.Options{})
			return err
		}, fs.ErrNotExist},
		{"read error", func() error {
			_, err := pipeline.Extract(ctx, failingReader{readErr}, pipeline.Options{})
			return err
		}, readErr},
		{"invalid record", func() error {
			_, err := pipeline.Marshal(nil, pipeline.EmitOptions{})
			return err
		}, pipeline.ErrInvalidRecord},
	} {
		err := tc.run()
		if !errors.Is(err, tc.want) {
			t.Errorf("%s: want errors.Is(err, %v), got %v", tc.name, tc.want, err)
			continue
		}
		// Exactly one kind: "too large" is never also "not text".
		for _, s := range sentinels {
			if s != tc.want && errors.Is(err, s) {
				t.Errorf("%s: %v also matches %v", tc.name, err, s)
			}
		}
	}

	// I/O errors keep their type.
	_, err = pipeline.ExtractFile(ctx, filepath.Join(t.TempDir(), "none.txt"), pipeline.Options{})
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Op != "open" {
		t.Errorf("missing file: want a *fs.PathError from open, got %#v", err)
	}
	_, err = pipeline.Extract(ctx, failingReader{readErr}, pipeline.Options{})
	if !errors.As(err, &pe) || pe != readErr {
		t.Errorf("read error: want the reader's *fs.PathError, got %#v", err)
	}
	if _, err = pipeline.ExtractFile(ctx, t.TempDir(), pipeline.Options{}); err == nil {
		t.Error("a folder: want an error")
	}
	// A record that breaks the schema is a *SchemaError that names the field.
	rec, err := pipeline.ExtractBytes(ctx, seed, pipeline.Options{Path: "seed.txt"})
	if err != nil {
		t.Fatal(err)
	}
	rec.Kind = "summit"
	err = pipeline.Validate(rec)
	var se *pipeline.SchemaError
	if !errors.As(err, &se) || !errors.Is(err, pipeline.ErrInvalidRecord) || len(se.Problems) != 1 || se.Problems[0].Path != "kind" {
		t.Errorf("invalid kind: %#v", err)
	}
}

// TestExtractFromReaderMatchesFile checks that the three entry points give
// the same record.
func TestExtractFromReaderMatchesFile(t *testing.T) {
	ctx := context.Background()
	f, err := os.Open(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, err := pipeline.Extract(ctx, f, pipeline.Options{Path: seedPath})
	if err != nil {
		t.Fatal(err)
	}
	b, err := pipeline.ExtractFile(ctx, seedPath, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ya, _ := pipeline.Marshal(a, pipeline.EmitOptions{})
	yb, _ := pipeline.Marshal(b, pipeline.EmitOptions{})
	if !bytes.Equal(ya, yb) || b.Source.Path != seedPath {
		t.Errorf("Extract and ExtractFile differ:\n%s\n%s", ya, yb)
	}
}

// TestConcurrentExtract extracts every golden input from several
// goroutines at once and checks each record is the one extracted alone.
// Run it with -race to check that the packages share no mutable state:
//
//	go test -race -run TestConcurrentExtract ./pipeline
func TestConcurrentExtract(t *testing.T) {
	var inputs []string
	for _, ext := range []string{"*.txt", "*.html", "*.md"} {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", ext))
		inputs = append(inputs, m...)
	}
	if len(inputs) == 0 {
		t.Fatal("no inputs in ../testdata")
	}
	ctx := context.Background()
	want := map[string][]byte{}
	for _, in := range inputs {
		rec, err := pipeline.ExtractFile(ctx, in, pipeline.Options{})
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		want[in], err = pipeline.Marshal(rec, pipeline.EmitOptions{Format: "json", Explain: true})
		if err != nil {
			t.Fatal(err)
		}
	}
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan string, workers*len(inputs))
	for w := range workers {
		wg.Go(func() {
			for i := range inputs {
				in := inputs[(i+w*5)%len(inputs)] // each worker in another order
				rec, err := pipeline.ExtractFile(ctx, in, pipeline.Options{})
				if err != nil {
					errs <- in + ": " + err.Error()
					continue
				}
				got, err := pipeline.Marshal(rec, pipeline.EmitOptions{Format: "json", Explain: true})
				if err != nil || !bytes.Equal(got, want[in]) {
					errs <- in + ": record differs when extracted concurrently"
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestBatchToJSONL batches the golden folder through the library into one
// JSON Lines stream.
func TestBatchToJSONL(t *testing.T) {
	var out bytes.Buffer
	sink := pipeline.NewJSONLSink(&out, false)
	rep, err := pipeline.Batch(context.Background(), "../testdata", pipeline.BatchOptions{
		Jobs: 2, Ordered: true, Exclude: []string{"bad"},
	}, sink)
	if err != nil {
		t.Fatal(err)
	}
	if err := sink.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := bytes.Count(out.Bytes(), []byte("\n"))
	if rep.Counts.Failed != 0 || lines != rep.Counts.OK || lines == 0 {
		t.Errorf("%d lines, report %+v", lines, rep.Counts)
	}
}
