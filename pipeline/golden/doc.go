// Package golden compares records with the golden records kept beside
// their readouts (NAME.golden.yaml or NAME.golden.json): [Check] over a
// folder, as readout check does, [CheckGolden] inside a Go test, and
// [DiffRecord] for one record, field by field. The tree diff itself (both
// sides parsed into trees, limited to named fields, written as a unified
// diff) is the internal package treediff.
//
// Most programs call it through package pipeline ([pipeline.Check]).
package golden
