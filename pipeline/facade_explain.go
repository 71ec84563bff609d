package pipeline

import (
	"io"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/batch"
	"github.com/readout/readout/pipeline/explain"
)

// ExplainPage writes the explain page of rec, extracted from doc, to w:
// the cleaned readout with every value that has evidence highlighted as
// <mark data-field="PATH"> over exactly its source text, the record's
// YAML beside it with each explained line linked to its mark, warnings at
// the top and the removed boilerplate in a collapsed section. The page is
// self-contained: inline CSS, no scripts, nothing loaded from elsewhere.
//
// A mark's data-field lists every path whose evidence is that span,
// separated by spaces; data-start and data-end give the part of the span
// the mark covers (a span that crosses a block or another mark is drawn
// as several marks).
func ExplainPage(w io.Writer, doc *extract.Document, rec *extract.Record) error {
	return explain.Page(w, doc, rec)
}

// ExplainEntry is one input of a batch run as the explain index lists it.
type ExplainEntry = explain.Entry

// ExplainIndex writes the index page of a batch run's explain pages to w:
// every input with its kind, date, participants and warnings, linked to
// its page, in the order given.
func ExplainIndex(w io.Writer, entries []ExplainEntry) error {
	return explain.Index(w, entries)
}

// ExplainIndexName is the file name of the index page in an explain folder.
const ExplainIndexName = explain.IndexName

// ExplainSink is a Sink that writes the explain page of every record it
// takes into a folder (DIR/<input path relative to the archive>.html),
// then passes the record on to the Sink it wraps. Close writes
// DIR/index.html, listing every input with its kind, date, participants
// and warnings, linked to its page. It is safe for concurrent use.
//
// The batch hands a Sink records, not documents: ExplainSink reads each
// input again from the record's source.path and ingests it (no
// extraction), checking that its bytes still have the record's sha256, so
// the page shows exactly the text the record's evidence points into.
type ExplainSink = explain.Sink

// NewExplainSink returns an ExplainSink writing into dir (created if
// missing) and passing every outcome on to next (nil for none). maxBytes
// is the batch's input limit (0 for DefaultMaxBytes).
func NewExplainSink(dir string, next batch.Sink, maxBytes int64) (*ExplainSink, error) {
	return explain.NewSink(dir, next, maxBytes)
}
