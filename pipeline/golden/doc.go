// Package golden compares records with the golden records kept beside
// their readouts (NAME.golden.yaml or NAME.golden.json): [Check] over a
// folder, as readout check does, [CheckGolden] inside a Go test, and
// [DiffRecord] for one record, field by field (check_diff.go parses both
// sides into trees, check_fields.go limits them to named fields,
// check_render.go writes the unified diff).
//
// Most programs call it through package pipeline ([pipeline.Check]).
package golden
