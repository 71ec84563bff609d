package explain

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/internal/atomicfile"
	"github.com/readout/readout/pipeline/batch"
	"github.com/readout/readout/pipeline/ingest"
	"github.com/readout/readout/pipeline/internal/core"
	"github.com/readout/readout/pipeline/warc"
)

// This file writes a batch run's explain pages: one page per input and an
// index that links them.

// IndexName is the file name of the index page in an explain folder.
const IndexName = "index.html"

// Sink is a batch.Sink that writes the explain page of every record it
// takes into a folder (DIR/<input path relative to the archive>.html),
// then passes the record on to the batch.Sink it wraps. Close writes
// DIR/index.html, listing every input with its kind, date, participants
// and warnings, linked to its page. It is safe for concurrent use.
//
// The batch hands a sink records, not documents: Sink reads each
// input again from the record's source.path and ingests it (no
// extraction), checking that its bytes still have the record's sha256, so
// the page shows exactly the text the record's evidence points into.
type Sink struct {
	dir      string
	next     batch.Sink
	maxBytes int64

	mu      sync.Mutex
	entries []Entry
}

// NewSink returns a Sink writing into dir (created if missing) and
// passing every outcome on to next (nil for none). maxBytes is the
// batch's input limit (0 for DefaultMaxBytes).
func NewSink(dir string, next batch.Sink, maxBytes int64) (*Sink, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("explain folder: %w", err)
	}
	if maxBytes <= 0 {
		maxBytes = core.DefaultMaxBytes
	}
	return &Sink{dir: dir, next: next, maxBytes: maxBytes}, nil
}

// Record passes rec on, then writes the explain page of the input at rel.
// A page that cannot be written makes the input a failure.
func (s *Sink) Record(rel string, rec *extract.Record) error {
	if s.next != nil {
		if err := s.next.Record(rel, rec); err != nil {
			return err
		}
	}
	e := Entry{Path: rel, Record: rec}
	err := s.writePage(rel, rec)
	if err == nil {
		e.Page = explainHref(rel)
	} else {
		e.Err = "explain page: " + err.Error()
	}
	s.add(e)
	return err
}

// Failure passes the failure on and lists the input in the index.
func (s *Sink) Failure(rel string, err error) {
	if s.next != nil {
		s.next.Failure(rel, err)
	}
	msg := "no record"
	if err != nil {
		msg = err.Error()
	}
	s.add(Entry{Path: rel, Err: msg})
}

// Close writes the index page, its rows sorted by path.
func (s *Sink) Close() error {
	s.mu.Lock()
	entries := append([]Entry(nil), s.entries...)
	s.mu.Unlock()
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Path < entries[j].Path })
	var buf bytes.Buffer
	if err := Index(&buf, entries); err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(s.dir, IndexName), buf.Bytes())
}

func (s *Sink) add(e Entry) {
	s.mu.Lock()
	s.entries = append(s.entries, e)
	s.mu.Unlock()
}

// writePage ingests the input of rec again and writes its page.
func (s *Sink) writePage(rel string, rec *extract.Record) error {
	name, err := explainPagePath(s.dir, rel)
	if err != nil {
		return err
	}
	raw, err := readExplainInput(rec.Source.Path, s.maxBytes)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(raw)
	if hex.EncodeToString(sum[:]) != rec.Source.SHA256 {
		return fmt.Errorf("%s changed while the batch ran", rec.Source.Path)
	}
	doc, err := ingest.Bytes(raw, rec.Source.Format)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := Page(&buf, doc, rec); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(name, buf.Bytes())
}

// explainPagePath returns where the page of the input at rel goes in dir:
// the same relative path with ".html" added, so "a.txt" and "a.html" keep
// apart.
func explainPagePath(dir, rel string) (string, error) {
	clean := path.Clean("/" + rel)[1:]
	if clean == "" || clean != strings.TrimPrefix(rel, "./") {
		return "", fmt.Errorf("bad input path %q", rel)
	}
	if clean == IndexName[:len(IndexName)-len(".html")] {
		return "", errors.New("input named like the index page")
	}
	return filepath.Join(dir, filepath.FromSlash(clean)+".html"), nil
}

// explainHref is the index's link to the page of the input at rel.
func explainHref(rel string) string {
	parts := strings.Split(path.Clean("/" + rel)[1:]+".html", "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

// readExplainInput reads the input file at name again, up to limit bytes.
func readExplainInput(name string, limit int64) ([]byte, error) {
	if file, offset, ok := warc.SplitPath(name); ok {
		rec, err := warc.PageAt(file, offset, warc.Options{MaxBytes: limit})
		if err == nil && rec.Skip != "" {
			err = fmt.Errorf("%s: the record is no longer a page (%s)", name, rec.Skip)
		}
		if err != nil {
			return nil, err
		}
		return rec.Payload, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return core.ReadLimited(f, limit)
}
