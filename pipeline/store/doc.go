// Package store turns records into datasets: a SQLite database (the schema
// in schema.sql), a CSV file with one row per record, and one id per person
// across a database (see PersonIDs). It also reads records back from a
// database, a batch output folder or JSON Lines (ReadRecords), for reports.
//
// The sinks here have the methods a batch run's sink needs (Record and
// Failure) without importing the batch package, so either can change
// without the other.
package store
