// Package batch turns a folder of readouts into records: [Run] walks the
// folder (walk.go), extracts inputs in parallel, hands each record
// to a [Sink] ([DirSink] writes one file per record, [JSONLSink] one JSON
// line per record), resumes an interrupted run, and accounts for every
// input in a [Report] (report.go) written beside the records.
//
// Most programs call it through package pipeline ([pipeline.Batch]).
package batch
