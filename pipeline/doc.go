// Package pipeline runs readout's stages end to end: ingest, extraction,
// validation and output.
//
// Ingest cleans raw input into an extract.Document: [IngestHTML] finds a
// page's main content with goquery and recovers list numbering from <ol>
// structure; [IngestText] re-joins hard-wrapped lines, reads written list
// markers and their nesting, and takes YAML front matter as metadata. Both
// drop navigation, share bars, footers, "Back to ..." links and other
// boilerplate, and set photo captions apart.
//
// [Extract], [ExtractFile] and [ExtractBytes] run ingest and extraction
// and validate the record against the embedded JSON Schema; [Encode] and
// [Marshal] write records as YAML or JSON, validating again before a byte
// is written. [Batch] turns a whole archive folder into records in
// parallel, accounting for every input.
//
// The pipeline is offline by design: HTML is parsed, never rendered, and
// nothing a page references (images, scripts, stylesheets, frames, links)
// is ever fetched.
//
// Errors name what went wrong and wrap the sentinel errors [ErrNotText],
// [ErrTooLarge], [ErrEmpty] and [ErrInvalidRecord], so callers can tell
// them apart with errors.Is.
package pipeline
