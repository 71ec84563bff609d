package store

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/readout/readout/extract"
)

// CSVColumns are the columns of a CSV dataset, one row per record. Lists
// (participants, their codes, warnings) are joined with "; ".
var CSVColumns = []string{
	"path", "title", "published", "kind", "cameo", "date", "time_start", "time_end", "time_utc",
	"duration_minutes", "place", "country", "occasion",
	"participants", "participant_countries", "participant_orgs", "persons",
	"agenda_points", "warnings", "summary", "url", "sha256",
}

// listSep joins a list in one CSV cell.
const listSep = "; "

// CSVSink writes one CSV row per record, with a header row first, for
// spreadsheets: the main columns, and the participants joined in one
// cell as "Name (Title, Affiliation); ...". It is safe for concurrent use;
// call Flush at the end.
type CSVSink struct {
	mu sync.Mutex
	w  *csv.Writer
}

// NewCSVSink returns a sink writing CSV to w, header first.
func NewCSVSink(w io.Writer) (*CSVSink, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return nil, fmt.Errorf("write: %w", err)
	}
	return &CSVSink{w: cw}, nil
}

// CSVRow returns the CSV cells of rec, the input at rel, in CSVColumns'
// order.
func CSVRow(rel string, rec *extract.Record) []string {
	date := func(d *extract.Date) string {
		if d == nil {
			return ""
		}
		return d.String()
	}
	var tStart, tEnd, tUTC, dMin, place, country, occasion string
	if t := rec.Time; t != nil {
		tStart, tEnd, tUTC = t.Start, str(t.End), str(t.UTC)
	}
	if d := rec.Duration; d != nil {
		dMin = strconv.Itoa(d.Minutes)
	}
	if l := rec.Location; l != nil {
		place, country, occasion = str(l.Place), str(l.Country), str(l.Occasion)
	}
	var people, codes, orgs, names []string
	for _, p := range rec.Participants {
		people = append(people, ParticipantLabel(p))
		codes = append(codes, str(p.CountryCode))
		orgs = append(orgs, str(p.OrgCode))
		names = append(names, p.Name)
	}
	return []string{
		rel, str(rec.Title), date(rec.Published), string(rec.Kind), str(rec.CAMEO), date(rec.Date), tStart, tEnd, tUTC,
		dMin, place, country, occasion,
		strings.Join(people, listSep), joinSome(codes), joinSome(orgs), strings.Join(names, listSep),
		strconv.Itoa(len(FlattenAgenda(rec.Agenda))), strings.Join(rec.Warnings, listSep), str(rec.Summary), rec.Source.URL, rec.Source.SHA256,
	}
}

// joinSome joins a list that has at least one non-empty item, keeping the
// empty ones so positions line up with the participants; "" otherwise.
func joinSome(xs []string) string {
	for _, x := range xs {
		if x != "" {
			return strings.Join(xs, listSep)
		}
	}
	return ""
}

// Record writes rec's row.
func (s *CSVSink) Record(rel string, rec *extract.Record) error {
	row := CSVRow(rel, rec)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.w.Write(row); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// Failure does nothing: failures go to the run report.
func (s *CSVSink) Failure(rel string, err error) {}

// Flush writes out what is buffered.
func (s *CSVSink) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.w.Flush()
	return s.w.Error()
}
