// Package ingest cleans the raw bytes of a readout into an
// extract.Document: the first stage of the pipeline.
//
// Decoding is shared by both formats (decode.go): binary input is refused
// with ErrNotText, byte order marks (UTF-8, UTF-16) are read and invalid
// UTF-8 is repaired with a warning; an HTML page's declared or detected
// legacy charset is read in encoding.go.
//
// [Text] reads plain text and Markdown: YAML front matter as
// metadata, hard-wrapped lines re-joined, Markdown markup stripped, the
// preamble (title, dateline, captions) told from the body, numbered lists
// nested. [HTML] parses a page with golang.org/x/net/html, finds its
// title, dateline and main content by measuring the tree, recovers list
// numbering from <ol> structure, and reads the page's <meta> tags with
// goquery. Both ask the same line rules (lines.go, boilerplate.go,
// captions.go) what a line is: a list marker, page furniture ("Back to
// ...", share bars, footers) or a photo caption; every dropped line is
// kept in Document.Removed. [Bytes] picks the reader by [DetectFormat].
//
// Package ingest never fetches anything a page references.
package ingest
