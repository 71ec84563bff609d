package golden

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/batch"
	"github.com/readout/readout/pipeline/golden/internal/treediff"
	"github.com/readout/readout/pipeline/internal/core"
)

// Golden file name endings: the golden record of NAME.html (or .htm, .txt,
// .md) is NAME.golden.yaml or NAME.golden.json beside it.
const (
	GoldenYAML = ".golden.yaml"
	GoldenJSON = ".golden.json"
)

// CheckOptions control Check and CheckGolden.
type CheckOptions struct {
	// Fields limits the comparison to these dotted field paths ("date",
	// "participants", "time.start"; a path through a list applies to each
	// element: "participants.name"). Empty compares every field but
	// source.path, source.text and evidence.
	Fields []string
	// Update rewrites each golden file that differs from the record
	// extracted now, or does not parse (an empty one, say), with that
	// record in the golden's own format, keeping its source.path. It
	// cannot be combined with Fields: a golden file is always a whole
	// record.
	Update bool
	// Extract is the template of each input's extraction options (its
	// Path is set to the input's path).
	Extract core.Options
	// Jobs is how many inputs are read at once; 0 means runtime.NumCPU().
	Jobs int
}

// CheckCase is the outcome of one golden case.
type CheckCase struct {
	// Input is the readout's path: the folder checked joined with the
	// input's place in it.
	Input string
	// Golden is the path of its golden record.
	Golden string
	// Diff is the unified diff of the golden record ("-" lines) and the
	// record extracted now ("+" lines), field by field; "" when they
	// agree.
	Diff string
	// Err says why the case could not be compared: the input gave no
	// record, the golden file does not parse or has no input, or two
	// inputs share it.
	Err error
	// Updated says the golden file was rewritten (CheckOptions.Update).
	Updated bool
}

// Passed reports whether the case holds: compared without error, and the
// records agree or the golden file was just rewritten.
func (c *CheckCase) Passed() bool { return c.Err == nil && (c.Diff == "" || c.Updated) }

// CheckReport is the outcome of a Check run.
type CheckReport struct {
	// Cases are the golden cases found, in walk order (depth first, names
	// sorted), golden files without an input last.
	Cases []CheckCase
	// Passed and Failed count the cases.
	Passed, Failed int
}

// Summary returns the report's summary line, "N passed, N failed".
func (r *CheckReport) Summary() string {
	return fmt.Sprintf("%d passed, %d failed", r.Passed, r.Failed)
}

// Check finds every readout under the folder dir (NAME.html, .htm, .txt
// or .md, at any depth; hidden files and folders passed over) that has a
// golden record beside it, NAME.golden.yaml or NAME.golden.json, extracts
// it, and compares the record with the golden one as DiffRecord does. A
// golden file without an input, or shared by two inputs, is a failed case
// too. Readouts without a golden file are not extracted.
//
// The error is non-nil when the run could not start (dir missing, a field
// path that names no field, Update with Fields) or ctx was cancelled; the
// report then holds the cases finished so far.
func Check(ctx context.Context, dir string, opts CheckOptions) (*CheckReport, error) {
	if opts.Update && len(opts.Fields) > 0 {
		return nil, errors.New("check: Update rewrites whole records and cannot be combined with Fields")
	}
	sel, err := treediff.CompileFields(opts.Fields)
	if err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	if err := batch.CheckArchive(dir); err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	s := &checkSink{root: dir, sel: sel, update: opts.Update, claimed: map[string]int{}}
	_, berr := batch.Run(ctx, dir, batch.Options{
		Jobs:    opts.Jobs,
		Extract: opts.Extract,
		Ordered: true,
		// Only inputs with a golden file are extracted.
		Skip: func(rel, _ string) bool {
			g, _ := goldenFor(s.inputPath(rel))
			return g == ""
		},
	}, s)
	rep := &CheckReport{Cases: s.cases}
	if berr == nil {
		rep.Cases = append(rep.Cases, orphanGoldens(dir, s.claimed)...)
	}
	for i := range rep.Cases {
		if rep.Cases[i].Passed() {
			rep.Passed++
		} else {
			rep.Failed++
		}
	}
	if berr != nil {
		return rep, fmt.Errorf("check: %w", berr)
	}
	return rep, nil
}

// checkSink compares each record Batch delivers with its golden file.
// Batch runs ordered, so its methods are called one at a time.
type checkSink struct {
	root   string
	sel    *treediff.FieldSet
	update bool
	cases  []CheckCase
	// claimed maps each golden file to the index of the case that first
	// used it.
	claimed map[string]int
}

func (s *checkSink) inputPath(rel string) string {
	return filepath.Join(s.root, filepath.FromSlash(rel))
}

// Record compares rec with the golden file of rel.
func (s *checkSink) Record(rel string, rec *extract.Record) error {
	c := CheckCase{Input: s.inputPath(rel)}
	var err error
	if c.Golden, err = goldenFor(c.Input); err != nil || c.Golden == "" {
		c.Err = err
		s.add(c)
		return nil
	}
	s.compare(&c, rec)
	s.add(c)
	return nil
}

// Failure records that rel, when it has a golden file, gave no record.
func (s *checkSink) Failure(rel string, err error) {
	c := CheckCase{Input: s.inputPath(rel)}
	if core.ReasonOf(err) == core.ReasonWalk {
		// A folder not read whole may hide golden cases.
		c.Err = err
		s.cases = append(s.cases, c)
		return
	}
	g, gerr := goldenFor(c.Input)
	if g == "" && gerr == nil {
		return
	}
	c.Golden = g
	c.Err = fmt.Errorf("no record: %w", err)
	s.add(c)
}

// add appends c, failing it and the case before it when both use the
// same golden file.
func (s *checkSink) add(c CheckCase) {
	if c.Err != nil && c.Golden != "" {
		// Both golden files of an input that has two are its own.
		stem := strings.TrimSuffix(c.Golden, GoldenYAML)
		if _, ok := s.claimed[stem+GoldenJSON]; !ok && stem != c.Golden {
			s.claimed[stem+GoldenJSON] = len(s.cases)
		}
	}
	if c.Golden != "" {
		if first, ok := s.claimed[c.Golden]; ok {
			prev := &s.cases[first]
			c.Err = fmt.Errorf("shares %s with %s: rename one of them", filepath.Base(c.Golden), filepath.Base(prev.Input))
			if prev.Err == nil {
				prev.Err = fmt.Errorf("shares %s with %s: rename one of them", filepath.Base(c.Golden), filepath.Base(c.Input))
			}
		} else {
			s.claimed[c.Golden] = len(s.cases)
		}
	}
	s.cases = append(s.cases, c)
}

// compare fills c's Diff (or Err) from rec and the golden file, and
// rewrites the golden file when asked to and it differs.
func (s *checkSink) compare(c *CheckCase, rec *extract.Record) {
	got, err := treediff.FromRecord(rec)
	if err != nil {
		c.Err = err
		return
	}
	data, err := os.ReadFile(c.Golden)
	if err != nil {
		c.Err = fmt.Errorf("read golden: %w", err)
		return
	}
	want, perr := treediff.Parse(data)
	if perr == nil {
		c.Diff = treediff.Diff(want, got, s.sel, c.Golden, c.Input+" (extracted now)")
	}
	if !s.update || (perr == nil && c.Diff == "") {
		if perr != nil {
			c.Err = fmt.Errorf("%s: %w", filepath.Base(c.Golden), perr)
		}
		return
	}
	if err := writeGolden(c.Golden, want, rec); err != nil {
		c.Err = err
		return
	}
	c.Updated = true
}

// writeGolden rewrites the golden file at path with rec, in the file's
// format, keeping the source.path of old (the golden's parsed record)
// when it has one.
func writeGolden(path string, old any, rec *extract.Record) error {
	out := *rec
	if p := treediff.SourcePath(old); p != "" {
		out.Source.Path = p
	}
	format := "yaml"
	if strings.HasSuffix(path, GoldenJSON) {
		format = "json"
	}
	data, err := core.Marshal(&out, core.EmitOptions{Format: format})
	if err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := os.WriteFile(path, data, mode); err != nil {
		return fmt.Errorf("update golden: %w", err)
	}
	return nil
}

// goldenFor returns the golden file beside the input at path, "" when it
// has none, and an error when it has both a YAML and a JSON one.
func goldenFor(input string) (string, error) {
	stem := strings.TrimSuffix(input, filepath.Ext(input))
	var found []string
	for _, ext := range []string{GoldenYAML, GoldenJSON} {
		if fi, err := os.Stat(stem + ext); err == nil && fi.Mode().IsRegular() {
			found = append(found, stem+ext)
		}
	}
	switch len(found) {
	case 0:
		return "", nil
	case 1:
		return found[0], nil
	}
	return found[0], fmt.Errorf("has two golden files, %s and %s: keep one", filepath.Base(found[0]), filepath.Base(found[1]))
}

// orphanGoldens returns a failed case for each golden file under dir that
// no input used (hidden files and folders passed over, as the walk does).
func orphanGoldens(dir string, claimed map[string]int) []CheckCase {
	var out []CheckCase
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if d.IsDir() || !(strings.HasSuffix(name, GoldenYAML) || strings.HasSuffix(name, GoldenJSON)) {
			return nil
		}
		if _, ok := claimed[p]; ok {
			return nil
		}
		out = append(out, CheckCase{Golden: p, Err: fmt.Errorf("no readout beside it (%s with one of %s)",
			strings.TrimSuffix(strings.TrimSuffix(name, GoldenYAML), GoldenJSON), strings.Join(batch.DefaultExtensions(), ", "))})
		return nil
	})
	return out
}

// TestingT is the part of testing.TB that CheckGolden uses; *testing.T
// and *testing.B satisfy it. It keeps package pipeline free of the
// testing package outside tests.
type TestingT interface {
	Helper()
	Context() context.Context
	Logf(format string, args ...any)
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// CheckGolden runs Check over dir inside a Go test: each failed case is
// one t.Errorf with its diff, each rewritten golden file one t.Logf, and
// a folder without golden cases (or a run that cannot start) is fatal.
// opts, when given, is the run's CheckOptions (only the first is used):
//
//	func TestGolden(t *testing.T) {
//		pipeline.CheckGolden(t, "testdata", pipeline.CheckOptions{Update: *update})
//	}
func CheckGolden(t TestingT, dir string, opts ...CheckOptions) {
	t.Helper()
	var o CheckOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	rep, err := Check(t.Context(), dir, o)
	if err != nil {
		t.Fatalf("%v", err)
		return
	}
	if len(rep.Cases) == 0 {
		t.Fatalf("check: no golden cases under %s (want NAME.golden.yaml beside NAME.html, .htm, .txt or .md)", dir)
		return
	}
	for _, c := range rep.Cases {
		name := c.Input
		if name == "" {
			name = c.Golden
		}
		switch {
		case c.Err != nil:
			t.Errorf("%s: %v", name, c.Err)
		case c.Updated:
			t.Logf("%s: rewrote %s", name, c.Golden)
		case c.Diff != "":
			t.Errorf("%s: record differs from its golden file (- golden, + now; rewrite it once the change is right):\n%s", name, c.Diff)
		}
	}
}
