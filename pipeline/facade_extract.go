package pipeline

import (
	"context"
	"io"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/ingest"
	"github.com/readout/readout/pipeline/internal/core"
)

// DefaultMaxBytes is the largest input read when Options.MaxBytes is 0.
const DefaultMaxBytes = core.DefaultMaxBytes

// Errors a caller can tell apart with errors.Is.
var (
	// ErrNotText means the input is binary (NUL bytes, an image, a PDF, an archive).
	ErrNotText = core.ErrNotText
	// ErrTooLarge means the input is larger than Options.MaxBytes.
	ErrTooLarge = core.ErrTooLarge
	// ErrEmpty means the input holds no text, or a page with no body text.
	ErrEmpty = core.ErrEmpty
	// ErrUnknownFormat means Options.Format names no input format (want
	// "html", "text" or "").
	ErrUnknownFormat = core.ErrUnknownFormat
	// ErrInvalidRecord means a record failed schema validation: a bug in
	// readout, never written out.
	ErrInvalidRecord = core.ErrInvalidRecord
)

// Options control one extraction.
type Options = core.Options

// Extract reads one readout (an HTML page or plain text) from r and
// returns its record, validated against the record schema.
//
// It reads at most opts.MaxBytes (DefaultMaxBytes when 0) and fails with an
// error wrapping ErrTooLarge beyond that. A read error from r is returned
// wrapped, so errors.As still finds, say, a *fs.PathError. Extract honours
// ctx: it returns ctx's error when ctx is done before extraction starts.
// It is safe to call from several goroutines at once.
func Extract(ctx context.Context, r io.Reader, opts Options) (*extract.Record, error) {
	return core.Extract(ctx, r, opts)
}

// ExtractFile reads the readout in the file at path and returns its
// record. opts.Path defaults to path. A file that cannot be opened or read
// gives an error wrapping the *fs.PathError (errors.Is(err,
// fs.ErrNotExist) for a missing file).
func ExtractFile(ctx context.Context, path string, opts Options) (*extract.Record, error) {
	return core.ExtractFile(ctx, path, opts)
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
func ExtractBytes(ctx context.Context, raw []byte, opts Options) (rec *extract.Record, err error) {
	return core.ExtractBytes(ctx, raw, opts)
}

// ExtractDocument reads the readout raw like ExtractBytes and returns its
// cleaned Document with the record, for callers that show the record's
// evidence in its text (the explain page, --explain).
func ExtractDocument(ctx context.Context, raw []byte, opts Options) (doc *extract.Document, rec *extract.Record, err error) {
	return core.ExtractDocument(ctx, raw, opts)
}

// Ingest cleans raw input into a Document. format is "html", "text" or ""
// to detect it.
func Ingest(raw []byte, format string) (*extract.Document, error) {
	return ingest.Bytes(raw, format)
}

// IngestHTML cleans an HTML page into a Document: the page's title, its
// dateline, and its main content as paragraphs, headings, numbered items
// (numbering recovered from <ol>/<li> structure and from written markers)
// and photo captions; navigation, headers, footers, share bars and other
// page furniture are left out and listed in Document.Removed. It fetches
// nothing. Binary input fails with ErrNotText, a page without body text
// with ErrEmpty.
func IngestHTML(raw []byte) (*extract.Document, error) {
	return ingest.HTML(raw)
}

// IngestText cleans a plain-text or Markdown readout into a Document.
//
// It decodes the bytes (a BOM dropped, invalid UTF-8 repaired with a
// warning, binary refused with ErrNotText), takes a leading YAML front
// matter block as metadata (title, date, source URL), re-joins hard-wrapped
// lines into paragraphs, strips Markdown markup, drops boilerplate, and
// reads the page's structure: the preamble (title, dateline, photo
// captions) and the body (paragraphs, headings, numbered items nested by
// indentation and numbering style, bulleted lines). Every dropped line is
// kept in Document.Removed.
func IngestText(raw []byte) (*extract.Document, error) {
	return ingest.Text(raw)
}

// DetectFormat says whether raw looks like an HTML page or plain text.
func DetectFormat(raw []byte) string {
	return ingest.DetectFormat(raw)
}
