// Package explain writes explain pages: self-contained HTML that shows a
// readout's cleaned text with every extracted value marked where it was
// read (marks.go), the record beside it, its warnings and the
// lines ingest removed. [Page] writes one page; [Sink] writes a folder of
// them for a batch run, with an [Index] page.
//
// Most programs call it through package pipeline ([pipeline.ExplainPage],
// [pipeline.NewExplainSink]).
package explain
