// Package core extracts one readout: ingest, extraction, validation
// against the record schema and the YAML or JSON encoding, with the
// sentinel errors and the panic recovery they share. Package pipeline
// re-exports it; the batch, explain and golden stages build on it.
package core
