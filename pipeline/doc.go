// Package pipeline runs readout's stages end to end: ingest, extraction,
// validation and output. It is the library behind the readout command.
//
// # Extracting
//
// [Extract] reads one readout (an HTML page or plain text) from an
// io.Reader, [ExtractFile] from a file and [ExtractBytes] from memory;
// each returns an *extract.Record validated against the record schema.
// [Options] set the input format (detected by default), the release date
// to use when the page shows none, and the largest input accepted:
//
//	rec, err := pipeline.ExtractFile(ctx, "page.html", pipeline.Options{})
//	if err != nil {
//		return err
//	}
//	fmt.Println(rec.Kind, rec.Date, rec.Participants[0].Name)
//
// The stages are packages of their own; this package re-exports what
// most programs need, so they import it alone:
//
//   - pipeline/ingest cleans raw input into an extract.Document
//     ([IngestHTML], [IngestText]): one decoder for both formats (binary
//     refused, byte order marks and invalid UTF-8 handled), then for HTML
//     the title, dateline and main content found by measuring the parsed
//     tree (goquery only reads the <meta> tags) and list numbering
//     recovered from <ol> structure; for text, hard-wrapped lines
//     re-joined, written list markers and their nesting read, YAML front
//     matter taken as metadata. Both drop navigation, share bars, footers,
//     "Back to ..." links and other boilerplate, and set photo captions
//     apart.
//   - package extract reads the record's values from the Document.
//   - pipeline/internal/core runs one readout through ingest and
//     extraction, validates the record against the schema and encodes it;
//     this package's Extract*, Encode, Marshal and Validate are its
//     forwarders.
//   - pipeline/batch runs a folder ([Batch]), reading web archives with
//     pipeline/warc; pipeline/explain writes explain pages
//     ([ExplainPage]); pipeline/golden compares records with golden files
//     ([Check]); pipeline/store turns records into a SQLite database or a
//     CSV file and reads them back; pipeline/report draws an archive's
//     records as one HTML page.
//
// # Writing and validating
//
// [Encode] and [Marshal] write records as YAML or JSON, validating again
// before a byte is written; [Validate] checks a record and [ValidateYAML]
// a record file, naming each failing field.
//
// # Archives
//
// [Batch] turns a whole folder into records in parallel, handing each to a
// [Sink] ([DirSink] writes one file per record, [JSONLSink] one JSON line
// per record) and accounting for every input in its [Report].
//
// # Golden records
//
// [Check] compares the records of a folder of readouts with the golden
// records kept beside them (NAME.golden.yaml or NAME.golden.json), field
// by field, as the readout check command does; [CheckGolden] does the
// same inside a Go test, and [DiffRecord] compares one record.
//
// # Errors
//
// Errors name what went wrong and wrap the sentinel errors [ErrNotText],
// [ErrTooLarge], [ErrEmpty], [ErrUnknownFormat] and [ErrInvalidRecord],
// so callers can tell them apart with errors.Is; an input that cannot be
// opened or read gives an error wrapping its *fs.PathError; a cancelled
// context gives ctx's error.
//
// # Concurrency and versions
//
// Every function may be called from several goroutines at once: the
// package keeps no mutable global state (compiled patterns, the schema
// and the language models are read-only once loaded). Sinks document
// their own safety.
//
// Records carry schema: readout/v1 (extract.SchemaVersion). Within v1 new
// optional fields may appear; the meaning and type of existing fields do
// not change.
//
// The pipeline is offline by design: HTML is parsed, never rendered, and
// nothing a page references (images, scripts, stylesheets, frames, links)
// is ever fetched.
package pipeline
