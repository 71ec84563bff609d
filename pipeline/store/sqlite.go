package store

import (
	"database/sql"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/readout/readout/extract"
	_ "modernc.org/sqlite" // pure-Go SQLite: no C toolchain needed
)

// Schema is the SQL that creates a dataset's tables (schema.sql), each
// column documented in a comment.
//
//go:embed schema.sql
var Schema string

// commitEvery is how many records one transaction holds: a killed run
// loses at most these (never half a record), and few commits keep writing
// cheap.
const commitEvery = 256

// Run describes a batch run for the runs table.
type Run struct {
	Tool, Version, Schema, Archive string
	// Options are the run's options, stored as a JSON object.
	Options map[string]any
	Status  string
	Started time.Time
	// Finished is zero while the run goes on.
	Finished                           time.Time
	Seconds                            float64
	Found, OK, Warned, Failed, Skipped int
	// Failures are the inputs that produced no record.
	Failures []Failure
}

// Failure is one input that produced no record.
type Failure struct {
	Path, Reason, Error string
}

// SQLiteSink writes records into a SQLite database, creating its tables
// when missing. A record replaces the row of the same path. Writes are
// grouped in transactions of commitEvery records, so a killed run leaves
// whole records only. It is safe for concurrent use; Close must be called.
type SQLiteSink struct {
	db   *sql.DB
	path string
	run  int64

	mu    sync.Mutex
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	n     int
	err   error

	// done maps each path already in the database to its sha256, for
	// resume.
	done map[string]string
}

// OpenSQLite opens (creating if needed) the database at path with the
// dataset schema.
func OpenSQLite(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	for _, q := range []string{"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", Schema} {
		if _, err := db.Exec(q); err != nil {
			db.Close()
			return nil, fmt.Errorf("database %s: %w", path, err)
		}
	}
	return db, nil
}

// NewSQLiteSink opens the database at path and records run as started.
func NewSQLiteSink(path string, run Run) (*SQLiteSink, error) {
	db, err := OpenSQLite(path)
	if err != nil {
		return nil, err
	}
	s := &SQLiteSink{db: db, path: path, stmts: map[string]*sql.Stmt{}, done: map[string]string{}}
	rows, err := db.Query("SELECT path, sha256 FROM records")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	for rows.Next() {
		var p, sum string
		if err := rows.Scan(&p, &sum); err == nil {
			s.done[p] = sum
		}
	}
	rows.Close()
	opts, _ := json.Marshal(run.Options)
	if run.Status == "" {
		run.Status = "running"
	}
	res, err := db.Exec(`INSERT INTO runs (tool, version, schema, archive, options, status, started) VALUES (?,?,?,?,?,?,?)`,
		run.Tool, run.Version, run.Schema, run.Archive, string(opts), run.Status, run.Started.UTC().Format(time.RFC3339))
	if err == nil {
		s.run, err = res.LastInsertId()
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	return s, nil
}

// LastVersion returns the tool version of the latest run before this one,
// and false when there is none.
func (s *SQLiteSink) LastVersion() (string, bool) {
	var v string
	err := s.db.QueryRow("SELECT version FROM runs WHERE id < ? ORDER BY id DESC LIMIT 1", s.run).Scan(&v)
	return v, err == nil
}

// Done says whether the database holds a record of rel made from input
// bytes with the hex SHA-256 sum: resume skips such inputs.
func (s *SQLiteSink) Done(rel, sum string) bool {
	return s.done[rel] == sum && sum != ""
}

const (
	sqlRecord = `INSERT INTO records (run, path, source, format, sha256, url, title, published, kind, cameo, date,
 time_start, time_end, time_approximate, time_zone, time_tz, time_utc, duration_minutes, duration_approximate, duration_text,
 place, country, occasion, summary, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
	sqlParticipant = `INSERT INTO participants (record, position, name, honorific, title, affiliation, country_code, org_code) VALUES (?,?,?,?,?,?,?,?)`
	sqlAgenda      = `INSERT INTO agenda (record, position, path, depth, heading, text) VALUES (?,?,?,?,?,?)`
	sqlWarning     = `INSERT INTO warnings (record, position, text) VALUES (?,?,?)`
)

// deleteOld removes the rows of the record at a path, so a new run's
// record replaces it whole.
var deleteOld = []string{
	"DELETE FROM participants WHERE record IN (SELECT id FROM records WHERE path = ?)",
	"DELETE FROM agenda WHERE record IN (SELECT id FROM records WHERE path = ?)",
	"DELETE FROM warnings WHERE record IN (SELECT id FROM records WHERE path = ?)",
	"DELETE FROM records WHERE path = ?",
	"DELETE FROM failures WHERE path = ?",
}

// Record writes rec as the record of the input at rel.
func (s *SQLiteSink) Record(rel string, rec *extract.Record) error {
	// Encoding happens outside the lock, in the caller's goroutine.
	plain := *rec
	plain.Evidence, plain.Source.Text = nil, ""
	js, err := json.Marshal(&plain)
	if err != nil {
		return fmt.Errorf("encode %s: %w", rel, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return s.err
	}
	if err := s.insert(rel, rec, js); err != nil {
		// A failed statement may leave the transaction unusable: keep the
		// error for Close and make the input a failure.
		s.err = fmt.Errorf("database %s: %w", s.path, err)
		return s.err
	}
	return nil
}

// stmt returns the prepared statement q within the open transaction,
// beginning one when none is open.
func (s *SQLiteSink) stmt(q string) (*sql.Stmt, error) {
	if s.tx == nil {
		tx, err := s.db.Begin()
		if err != nil {
			return nil, err
		}
		s.tx, s.stmts = tx, map[string]*sql.Stmt{}
	}
	if st, ok := s.stmts[q]; ok {
		return st, nil
	}
	st, err := s.tx.Prepare(q)
	if err != nil {
		return nil, err
	}
	s.stmts[q] = st
	return st, nil
}

// exec runs the statement q with args in the open transaction.
func (s *SQLiteSink) exec(q string, args ...any) (sql.Result, error) {
	st, err := s.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.Exec(args...)
}

func (s *SQLiteSink) insert(rel string, rec *extract.Record, js []byte) error {
	if _, ok := s.done[rel]; ok {
		for _, q := range deleteOld {
			if _, err := s.exec(q, rel); err != nil {
				return err
			}
		}
	}
	var tStart, tEnd, tZone, tTZ, tUTC, dText any
	var tApprox, dMin, dApprox any
	if t := rec.Time; t != nil {
		tStart, tEnd, tZone, tTZ, tUTC, tApprox = t.Start, nullStr(t.End), nullStr(t.Zone), nullStr(t.TZ), nullStr(t.UTC), boolInt(t.Approximate)
	}
	if d := rec.Duration; d != nil {
		dMin, dApprox, dText = d.Minutes, boolInt(d.Approximate), d.Text
	}
	var place, country, occasion any
	if l := rec.Location; l != nil {
		place, country, occasion = nullStr(l.Place), nullStr(l.Country), nullStr(l.Occasion)
	}
	var url any
	if rec.Source.URL != "" {
		url = rec.Source.URL
	}
	res, err := s.exec(sqlRecord, s.run, rel, rec.Source.Path, rec.Source.Format, rec.Source.SHA256, url,
		nullStr(rec.Title), nullDate(rec.Published), string(rec.Kind), nullStr(rec.CAMEO), nullDate(rec.Date),
		tStart, tEnd, tApprox, tZone, tTZ, tUTC, dMin, dApprox, dText, place, country, occasion, nullStr(rec.Summary), string(js))
	if err != nil {
		return err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return err
	}
	for i, p := range rec.Participants {
		if _, err := s.exec(sqlParticipant, id, i+1, p.Name, nullStr(p.Honorific), nullStr(p.Title), nullStr(p.Affiliation),
			nullStr(p.CountryCode), nullStr(p.OrgCode)); err != nil {
			return err
		}
	}
	for i, a := range FlattenAgenda(rec.Agenda) {
		if _, err := s.exec(sqlAgenda, id, i+1, a.Path, a.Depth, nullStr(a.Heading), nullStr(a.Text)); err != nil {
			return err
		}
	}
	for i, w := range rec.Warnings {
		if _, err := s.exec(sqlWarning, id, i+1, w); err != nil {
			return err
		}
	}
	s.done[rel] = rec.Source.SHA256
	s.n++
	if s.n%commitEvery == 0 {
		return s.commit()
	}
	return nil
}

// commit ends the open transaction, if any.
func (s *SQLiteSink) commit() error {
	if s.tx == nil {
		return nil
	}
	tx := s.tx
	s.tx, s.stmts = nil, nil
	return tx.Commit()
}

// Failure does nothing: failures are written by Finish, from the run's
// report.
func (s *SQLiteSink) Failure(rel string, err error) {}

// Finish commits what is pending, writes the run's failures and tallies,
// and gives every participant its person id (PersonIDs over the whole
// database). It does not close the database.
func (s *SQLiteSink) Finish(run Run) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.err
	if err == nil {
		err = s.commit()
	} else if s.tx != nil {
		_ = s.tx.Rollback()
		s.tx = nil
	}
	if err != nil {
		return fmt.Errorf("database %s: %w", s.path, err)
	}
	tx, err := s.db.Begin()
	if err != nil {
		return fmt.Errorf("database %s: %w", s.path, err)
	}
	defer tx.Rollback()
	for _, f := range run.Failures {
		if _, err := tx.Exec("INSERT OR REPLACE INTO failures (path, run, reason, error) VALUES (?,?,?,?)", f.Path, s.run, f.Reason, f.Error); err != nil {
			return fmt.Errorf("database %s: %w", s.path, err)
		}
	}
	var finished any
	if !run.Finished.IsZero() {
		finished = run.Finished.UTC().Format(time.RFC3339)
	}
	opts, _ := json.Marshal(run.Options)
	if _, err := tx.Exec(`UPDATE runs SET status=?, finished=?, seconds=?, found=?, ok=?, warned=?, failed=?, skipped=?, options=? WHERE id=?`,
		run.Status, finished, run.Seconds, run.Found, run.OK, run.Warned, run.Failed, run.Skipped, string(opts), s.run); err != nil {
		return fmt.Errorf("database %s: %w", s.path, err)
	}
	if err := assignPeople(tx); err != nil {
		return fmt.Errorf("database %s: person ids: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("database %s: %w", s.path, err)
	}
	return nil
}

// Close commits what is pending and closes the database.
func (s *SQLiteSink) Close() error {
	s.mu.Lock()
	err := s.err
	if s.tx != nil {
		if err == nil {
			err = s.commit()
		} else {
			_ = s.tx.Rollback()
		}
		s.tx = nil
	}
	s.mu.Unlock()
	// Leave a plain database file behind, with no write-ahead log that
	// readers would need write access to share.
	if err == nil {
		_, err = s.db.Exec("PRAGMA journal_mode=DELETE")
	}
	return errors.Join(err, s.db.Close())
}

// assignPeople gives every participant row of the database its person id
// and rewrites the people table.
func assignPeople(tx *sql.Tx) error {
	rows, err := tx.Query("SELECT record, position, name, COALESCE(title, '') FROM participants")
	if err != nil {
		return err
	}
	type key struct{ rec, pos int64 }
	var keys []key
	var ms []Mention
	for rows.Next() {
		var k key
		var m Mention
		if err := rows.Scan(&k.rec, &k.pos, &m.Name, &m.Title); err != nil {
			rows.Close()
			return err
		}
		keys, ms = append(keys, k), append(ms, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	ids := PersonIDs(ms)
	if _, err := tx.Exec("DELETE FROM people"); err != nil {
		return err
	}
	up, err := tx.Prepare("UPDATE participants SET person=? WHERE record=? AND position=?")
	if err != nil {
		return err
	}
	defer up.Close()
	for i, k := range keys {
		var id any
		if ids[i].ID != "" {
			id = ids[i].ID
		}
		if _, err := up.Exec(id, k.rec, k.pos); err != nil {
			return err
		}
	}
	_, err = tx.Exec(`INSERT INTO people (id, name, mentions, records)
 SELECT person, '', COUNT(*), COUNT(DISTINCT record) FROM participants WHERE person IS NOT NULL GROUP BY person`)
	if err != nil {
		return err
	}
	set, err := tx.Prepare("UPDATE people SET name=? WHERE id=?")
	if err != nil {
		return err
	}
	defer set.Close()
	seen := map[string]bool{}
	for _, p := range ids {
		if p.ID != "" && !seen[p.ID] {
			seen[p.ID] = true
			if _, err := set.Exec(p.Name, p.ID); err != nil {
				return err
			}
		}
	}
	return nil
}
