// Package explain writes explain pages: self-contained HTML that shows a
// readout's cleaned text with every extracted value marked where it was
// read (explain_marks.go), the record beside it, its warnings and the
// lines ingest removed; [ExplainIndex] and [ExplainSink] write a folder of
// them with an index for a batch run.
//
// Most programs call it through package pipeline ([pipeline.ExplainPage]).
package explain
