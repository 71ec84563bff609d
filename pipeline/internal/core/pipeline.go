package core

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/ingest"
	"github.com/readout/readout/pipeline/internal/controls"
)

// DefaultMaxBytes is the largest input read when Options.MaxBytes is 0.
const DefaultMaxBytes = 16 << 20

// Errors a caller can tell apart with errors.Is.
var (
	// ErrNotText means the input is binary (NUL bytes, an image, a PDF, an archive).
	ErrNotText = ingest.ErrNotText
	// ErrTooLarge means the input is larger than Options.MaxBytes.
	ErrTooLarge = errors.New("input too large")
	// ErrEmpty means the input holds no text, or a page with no body text.
	ErrEmpty = ingest.ErrEmpty
	// ErrUnknownFormat means Options.Format names no input format (want
	// "html", "text" or "").
	ErrUnknownFormat = ingest.ErrUnknownFormat
	// ErrInvalidRecord means a record failed schema validation: a bug in
	// readout, never written out.
	ErrInvalidRecord = errors.New("invalid record")
)

// Options control one extraction.
type Options struct {
	// Format forces the input format: "html" or "text". "" detects it.
	Format string
	// Published is the release date to use when the page shows none.
	Published *extract.Date
	// MaxBytes is the largest input accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Path names the input in the record's source.path and in errors;
	// "-" for standard input.
	Path string
	// URL, when set, is the address the input was fetched from, written
	// as source.url instead of the address the page states (a web
	// archive record's WARC-Target-URI).
	URL string
	// Fetched, when not zero, is when the input was fetched (a web archive
	// record's WARC-Date), written as source.fetched. It is never taken
	// for the release date.
	Fetched time.Time
}

// Extract reads one readout (an HTML page or plain text) from r and
// returns its record, validated against the record schema.
//
// It reads at most opts.MaxBytes (DefaultMaxBytes when 0) and fails with an
// error wrapping ErrTooLarge beyond that. A read error from r is returned
// wrapped, so errors.As still finds, say, a *fs.PathError. Extract honours
// ctx: it returns ctx's error when ctx is done before extraction starts.
// It is safe to call from several goroutines at once.
func Extract(ctx context.Context, r io.Reader, opts Options) (*extract.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	raw, err := readLimited(r, opts.maxBytes())
	if err != nil {
		return nil, err
	}
	return ExtractBytes(ctx, raw, opts)
}

// ExtractFile reads the readout in the file at path and returns its
// record. opts.Path defaults to path. A file that cannot be opened or read
// gives an error wrapping the *fs.PathError (errors.Is(err,
// fs.ErrNotExist) for a missing file).
func ExtractFile(ctx context.Context, path string, opts Options) (*extract.Record, error) {
	if opts.Path == "" {
		opts.Path = path
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Extract(ctx, f, opts)
}

// ExtractBytes returns the record of the readout raw, validated against
// the record schema. It fails with an error wrapping ErrTooLarge when raw
// is longer than opts.MaxBytes, ErrNotText for binary input, ErrEmpty for
// input without body text, and returns ctx's error when ctx is done before
// ingest or before extraction.
//
// A panic anywhere in ingest or extraction (a bug that an untrusted input
// found) is recovered and returned as an error that names the input
// (opts.Path) and the panic.
func ExtractBytes(ctx context.Context, raw []byte, opts Options) (*extract.Record, error) {
	_, rec, err := ExtractDocument(ctx, raw, opts)
	if err != nil {
		return nil, err
	}
	return rec, nil
}

// extractDocument runs ingest, extraction and validation over raw and
// returns the cleaned document with its record. It checks ctx before each
// stage; the stages themselves take milliseconds.
func extractDocument(ctx context.Context, raw []byte, opts Options) (*extract.Document, *extract.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	if limit := opts.maxBytes(); int64(len(raw)) > limit {
		return nil, nil, fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, len(raw), limit)
	}
	doc, err := ingest.Bytes(raw, opts.Format)
	if err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	sum := sha256.Sum256(raw)
	rec := extract.Extract(doc, extract.Options{Published: opts.Published})
	if opts.Path == "" {
		opts.Path = "-" // an unnamed stream, as standard input is named
	}
	path, ok := sourcePath(opts.Path)
	if !ok {
		rec.Warnings = append(rec.Warnings, "source.path is not the file name as it is on disk: the name is not valid UTF-8 (each invalid byte is shown as U+FFFD) or holds control characters (dropped)")
	}
	rec.Source = extract.Source{
		Path:   path,
		Format: doc.Meta.Format,
		SHA256: hex.EncodeToString(sum[:]),
		URL:    controls.Strip(doc.Meta.SourceURL), // a page may escape them into its links
		// the text every evidence offset points into; emitters write it
		// only when asked to explain the record
		Text: doc.Text,
	}
	if opts.URL != "" {
		rec.Source.URL = controls.Strip(opts.URL)
	}
	if !opts.Fetched.IsZero() {
		rec.Source.Fetched = opts.Fetched.UTC().Format(time.RFC3339Nano)
	}
	// The record as it is written must pass the schema, and every value's
	// evidence must be the text at its span. Checking the written form
	// spares the schema the evidence map and the whole source text.
	if err := Validate(emitted(rec, EmitOptions{})); err != nil {
		return doc, rec, fmt.Errorf("%w: %w", ErrInvalidRecord, err)
	}
	if probs := evidenceProblems(rec); len(probs) > 0 {
		return doc, rec, fmt.Errorf("%w: %w", ErrInvalidRecord, &SchemaError{Problems: probs})
	}
	return doc, rec, nil
}

// ExtractDocument reads the readout raw like ExtractBytes and returns its
// cleaned Document with the record, for callers that show the record's
// evidence in its text (the explain page, --explain). Like ExtractBytes,
// it turns a panic into an error naming the input.
func ExtractDocument(ctx context.Context, raw []byte, opts Options) (doc *extract.Document, rec *extract.Record, err error) {
	defer recoverPanic(opts.Path, &err, func() { doc, rec = nil, nil })
	return extractDocument(ctx, raw, opts)
}

// MaxBytes is the largest input o accepts.
func MaxBytes(o Options) int64 { return o.maxBytes() }

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// ReadLimited reads all of r, failing with ErrTooLarge as soon as more
// than limit bytes arrive.
func ReadLimited(r io.Reader, limit int64) ([]byte, error) { return readLimited(r, limit) }

// readLimited reads all of r, failing with ErrTooLarge as soon as more
// than limit bytes arrive.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read input: %w", err)
	}
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return raw, nil
}
