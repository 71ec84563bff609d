// Package treediff compares two records as trees: [Parse] reads a golden
// record (YAML or JSON) and [FromRecord] a record as it would be written,
// both into a tree whose key order, quoting and style no longer matter;
// [CompileFields] checks the field paths a comparison is limited to; and
// [Diff] renders both trees as lines and writes their unified diff
// (tree.go parses, fields.go limits, render.go renders and diffs).
//
// It is package golden's engine and not part of the API.
package treediff
