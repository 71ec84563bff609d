package batch

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/core"
	"gopkg.in/yaml.v3"
)

// tempMark is the part of a temporary output's name that says it is one;
// a run killed mid-write leaves at most such files, never a partial record.
const tempMark = ".tmp-"

// DirSink writes each record to its own file in an output folder that
// mirrors the archive: "2021/01/a.html" becomes "OUT/2021/01/a.html.yaml"
// (".json" with the json format). Every file is written to a temporary
// file in the same folder and renamed into place, and every write goes
// through an os.Root, so nothing is ever written outside the folder, by
// ".." or by a symbolic link. It is safe for concurrent use.
type DirSink struct {
	dir  string
	root *os.Root
	emit core.EmitOptions
	ext  string
	// made holds the sub-folders already made, so a record costs no
	// MkdirAll once its folder exists.
	made sync.Map

	// key, when set (SetResumeKey), says what makes a record: it is noted
	// for every record written, in the resume manifest, and Done asks
	// for it.
	key string
	// mu guards manifest and done.
	mu       sync.Mutex
	manifest *os.File
	// done is what the manifest says of each input: the key and input
	// digest of its record.
	done map[string]manifestEntry
}

// ResumeManifestName is the file in an output folder that says, for every
// record, the input digest and the key (build and options) it was made
// with: --resume skips an input only when both are the same.
const ResumeManifestName = ".readout-resume.jsonl"

// manifestEntry is one line of the resume manifest.
type manifestEntry struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Key    string `json:"key"`
}

// NewDirSink creates the folder dir if needed and returns a sink writing
// records into it with emit.
func NewDirSink(dir string, emit core.EmitOptions) (*DirSink, error) {
	if emit.Format == "" {
		emit.Format = "yaml"
	}
	if emit.Format != "yaml" && emit.Format != "json" {
		return nil, fmt.Errorf("output format %q: want yaml or json", emit.Format)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	return &DirSink{dir: dir, root: root, emit: emit, ext: "." + emit.Format}, nil
}

// Dir returns the output folder.
func (s *DirSink) Dir() string { return s.dir }

// Close releases the output folder.
func (s *DirSink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	if s.manifest != nil {
		err = s.manifest.Close()
		s.manifest = nil
	}
	return errors.Join(err, s.root.Close())
}

// SetResumeKey says what makes a record in this run (the build and the
// options that change a record, as a string the caller chooses): every
// record written from now on is noted in the folder's resume manifest
// with key and its input's digest, and Done is true only for records
// noted with the same key. It reads the manifest an earlier run left and
// rewrites it without superseded lines. It returns how many records the
// manifest notes, and how many of them were made with key.
//
// The manifest of a shard ("K/N"; "" for a whole archive) is its own file,
// so that shards may share one output folder.
func (s *DirSink) SetResumeKey(key, shard string) (noted, same int, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.key = key
	s.done = map[string]manifestEntry{}
	name := ResumeManifestName
	if shard != "" {
		name = strings.TrimSuffix(ResumeManifestName, ".jsonl") + strings.TrimPrefix(strings.TrimSuffix(ReportFileName(shard), ".yaml"), "_report") + ".jsonl"
	}
	if data, rerr := s.root.ReadFile(name); rerr == nil {
		for line := range bytes.Lines(data) {
			var e manifestEntry
			// A line cut short by a killed run does not parse: its
			// record is read again.
			if json.Unmarshal(line, &e) == nil && e.Path != "" {
				s.done[e.Path] = e
			}
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, e := range s.done {
		_ = enc.Encode(e)
		noted++
		if e.Key == key {
			same++
		}
	}
	if err := s.writeFile(name, buf.Bytes()); err != nil {
		return 0, 0, fmt.Errorf("resume manifest: %w", err)
	}
	f, err := s.root.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return 0, 0, fmt.Errorf("resume manifest: %w", err)
	}
	s.manifest = f
	return noted, same, nil
}

// note adds the record of rel, made from input bytes with digest sum, to
// the resume manifest.
func (s *DirSink) note(rel, sum string) error {
	line, err := json.Marshal(manifestEntry{Path: rel, SHA256: sum, Key: s.key})
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.manifest == nil {
		return nil
	}
	if _, err := s.manifest.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("resume manifest: %w", err)
	}
	return nil
}

// OutputName returns the output file of the input at rel, relative to the
// output folder, or an error when rel is not a local path.
func (s *DirSink) OutputName(rel string) (string, error) {
	name := filepath.FromSlash(rel) + s.ext
	if !filepath.IsLocal(name) {
		return "", fmt.Errorf("input path %q leaves the output folder", rel)
	}
	return name, nil
}

// Record writes rec to the output file of rel.
func (s *DirSink) Record(rel string, rec *extract.Record) error {
	name, err := s.OutputName(rel)
	if err != nil {
		return err
	}
	data, err := core.Marshal(rec, s.emit)
	if err != nil {
		return err
	}
	if err := s.writeFile(name, data); err != nil {
		return err
	}
	if s.key != "" {
		// Noted after the record is in place: a run killed in between
		// reads the input again.
		return s.note(rel, rec.Source.SHA256)
	}
	return nil
}

// Failure does nothing: failures go to the run report.
func (s *DirSink) Failure(rel string, err error) {}

// writeFile writes data to name atomically: into a new temporary file in
// the same folder, then renamed over name.
func (s *DirSink) writeFile(name string, data []byte) error {
	if d := filepath.Dir(name); d != "." {
		if _, ok := s.made.Load(d); !ok {
			if err := s.root.MkdirAll(d, 0o755); err != nil {
				return fmt.Errorf("make folder: %w", err)
			}
			s.made.Store(d, struct{}{})
		}
	}
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	tmp := filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+tempMark+hex.EncodeToString(rnd[:]))
	f, err := s.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("write: %w", err)
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		_ = s.root.Remove(tmp)
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := s.root.Rename(tmp, name); err != nil {
		_ = s.root.Remove(tmp)
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

// Done says whether the output of rel exists, parses, and was made from
// input bytes with the hex SHA-256 sum, and, after SetResumeKey, with the
// same key: resume skips such inputs.
func (s *DirSink) Done(rel, sum string) bool {
	name, err := s.OutputName(rel)
	if err != nil {
		return false
	}
	if s.key != "" {
		s.mu.Lock()
		e, ok := s.done[rel]
		s.mu.Unlock()
		if !ok || e.Key != s.key || e.SHA256 != sum {
			return false
		}
	}
	data, err := s.root.ReadFile(name)
	if err != nil {
		return false
	}
	var head struct {
		Source struct {
			SHA256 string `yaml:"sha256" json:"sha256"`
		} `yaml:"source" json:"source"`
	}
	if s.emit.Format == "json" {
		err = json.Unmarshal(data, &head)
	} else {
		err = yaml.Unmarshal(data, &head)
	}
	return err == nil && head.Source.SHA256 == sum
}

// ReportName returns the name of the folder's report of the shard
// ("K/N", "" for a whole archive; see ReportFileName), with .json for
// the .yaml when the records are JSON.
func (s *DirSink) ReportName(shard string) string {
	name := ReportFileName(shard)
	if s.emit.Format == "json" {
		name = strings.TrimSuffix(name, ".yaml") + ".json"
	}
	return name
}

// WriteReport writes r as the folder's report (see ReportName),
// atomically. The report of a shard is named for it, so that shards may
// share one output folder.
func (s *DirSink) WriteReport(r *Report) error {
	marshal := MarshalReport
	if s.emit.Format == "json" {
		marshal = MarshalReportJSON
	}
	data, err := marshal(r)
	if err != nil {
		return err
	}
	return s.writeFile(s.ReportName(r.Shard), data)
}

// ReadReport reads the folder's report (see ReportName); the error wraps
// fs.ErrNotExist when there is none.
func (s *DirSink) ReadReport() (*Report, error) { return s.ReadShardReport("") }

// ReadShardReport reads the report of the shard ("K/N", "" for a whole
// archive) in the folder; the error wraps fs.ErrNotExist when there is
// none.
func (s *DirSink) ReadShardReport(shard string) (*Report, error) {
	data, err := s.root.ReadFile(s.ReportName(shard))
	if err != nil {
		return nil, err
	}
	return UnmarshalReport(data)
}

// CleanTemp removes temporary files a killed run left in the folder and
// returns how many it removed.
func (s *DirSink) CleanTemp() (int, error) {
	n := 0
	err := fs.WalkDir(s.root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.Type().IsRegular() && strings.HasPrefix(d.Name(), ".") && strings.Contains(d.Name(), tempMark) {
			if s.root.Remove(filepath.FromSlash(p)) == nil {
				n++
			}
		}
		return nil
	})
	return n, err
}

// JSONLSink writes every record as one line of JSON (JSON Lines) to a
// writer, buffered: call Flush at the end. It is safe for concurrent use.
type JSONLSink struct {
	mu      sync.Mutex
	w       *bufio.Writer
	explain bool
}

// NewJSONLSink returns a sink writing JSON Lines to w; explain keeps each
// record's evidence and source text.
func NewJSONLSink(w io.Writer, explain bool) *JSONLSink {
	return &JSONLSink{w: bufio.NewWriterSize(w, 64<<10), explain: explain}
}

// Record writes rec as one line.
func (s *JSONLSink) Record(rel string, rec *extract.Record) error {
	data, err := core.Marshal(rec, core.EmitOptions{Format: "json", Explain: s.explain})
	if err != nil {
		return err
	}
	var line bytes.Buffer
	line.Grow(len(data) + 1)
	if err := json.Compact(&line, data); err != nil {
		return fmt.Errorf("encode %s: %w", rel, err)
	}
	line.WriteByte('\n')
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.w.Write(line.Bytes()); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// Failure does nothing: failures go to the run report.
func (s *JSONLSink) Failure(rel string, err error) {}

// Flush writes out what is buffered.
func (s *JSONLSink) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Flush()
}
