package batch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/core"
)

// Sink receives the outcome of every input of a batch run. Unless
// Options.Ordered is set, its methods are called from several
// goroutines at once; with Ordered they are called one at a time, in walk
// order.
type Sink interface {
	// Record takes the record of the input at rel (its path relative to
	// the archive, with slashes). An error makes that input a failure.
	Record(rel string, rec *extract.Record) error
	// Failure is told that the input at rel produced no record. It is not
	// called for errors Record itself returned.
	Failure(rel string, err error)
}

// Options control a batch run.
type Options struct {
	// Jobs is how many inputs are read at once; 0 means runtime.NumCPU().
	Jobs int
	// Extensions are the file name extensions to read; empty means
	// DefaultExtensions.
	Extensions []string
	// Include, when not empty, keeps only the inputs that match one of
	// these globs; Exclude drops inputs (and whole folders) that match one.
	// A glob without a slash matches a name at any depth; one with a slash
	// matches the path relative to the archive, "**" crossing folders.
	Include, Exclude []string
	// SkipDirs are folders the walk never enters (the output folder when it
	// lies inside the archive).
	SkipDirs []string
	// IncludeURL, when not empty, keeps only the web archive pages whose
	// address (WARC-Target-URI) matches one of these URL globs;
	// ExcludeURL drops pages whose address matches one. In a URL glob "*"
	// stands for any characters, slashes included, "?" for one, "[...]"
	// for one of a class, and the glob matches the whole address.
	IncludeURL, ExcludeURL []string
	// Shard, when not zero, reads only the inputs in that shard of the
	// archive (see Shard); the report is named for it.
	Shard Shard
	// Extract is the template of every input's extraction options; its
	// Path is set to each input's path.
	Extract core.Options
	// Ordered calls the Sink in walk order instead of completion order.
	Ordered bool
	// FailFast stops the run at its first failure.
	FailFast bool
	// Skip, when set, is asked with each input's path relative to the
	// archive and the hex SHA-256 of its bytes; true leaves the input alone
	// (counted as skipped). Resume uses it.
	Skip func(rel, sha256 string) bool
	// Progress, when set, is called after each input is handled, from one
	// goroutine at a time.
	Progress func(Progress)
	// Version is the tool version written into the report.
	Version string
}

// Progress is a snapshot of a running batch.
type Progress struct {
	// Found is the inputs found so far; WalkDone says the walk has ended,
	// so Found is the total.
	Found    int
	WalkDone bool
	// Done is the inputs handled so far (ok, failed or skipped), and OK,
	// Warned (records with warnings), Failed and Skipped its parts.
	Done    int
	OK      int
	Warned  int
	Failed  int
	Skipped int
	// Elapsed is the time since the run began.
	Elapsed time.Duration
	// Last is the input just handled.
	Last string
}

// walkAhead is how many inputs the walk may find before workers take
// them: enough to keep workers busy, few enough that memory stays flat
// however large the archive.
const walkAhead = 256

// errFailFast is the cause of the run's cancellation under FailFast.
var errFailFast = errors.New("stopped at the first failure")

// status is what became of one input.
type status uint8

const (
	statusOK status = iota
	statusFailed
	statusSkipped
	statusNotDone
	statusNote
)

// result is one input's outcome, sent from a worker to the collector.
type result struct {
	seq      int
	rel      string
	status   status
	warnings bool
	sha      string
	err      error
	// rec is kept only in ordered mode, for the collector to deliver.
	rec  *extract.Record
	note Note
}

// Run turns every input under the folder root into a record handed to
// sink, reading opts.Jobs inputs at once. It returns the run's report;
// failures of single inputs are in the report, never returned. The error
// is non-nil when the run could not start (root missing, a bad glob) or
// when ctx was cancelled; in the latter case the report is still returned,
// with status "interrupted": inputs being read were finished, inputs not
// started were counted as not done.
//
// Run keeps no global state and may run several times at once.
func Run(ctx context.Context, root string, opts Options, sink Sink) (*Report, error) {
	if err := CheckArchive(root); err != nil {
		return nil, err
	}
	w, err := newWalker(root, &opts)
	if err != nil {
		return nil, err
	}
	jobs := opts.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	b := &batch{
		root:    root,
		opts:    opts,
		sink:    sink,
		w:       w,
		jobs:    jobs,
		inputs:  make(chan entry, walkAhead),
		results: make(chan result, jobs),
		// window bounds the inputs started but not yet delivered, so an
		// ordered run waiting on one slow input holds few records.
		window: make(chan struct{}, 4*jobs),
		tokens: make(chan struct{}, pageTokens),
	}
	b.ctx, b.cancel = context.WithCancelCause(ctx)
	defer b.cancel(nil)
	return b.run(ctx)
}

// CheckArchive says why root cannot be walked as an archive, or nil. An
// archive is a folder, or a web archive file (.warc, .warc.gz).
func CheckArchive(root string) error {
	fi, err := os.Stat(root)
	if err != nil {
		return fmt.Errorf("archive: %w", err)
	}
	if !fi.IsDir() && !(fi.Mode().IsRegular() && isWARC(root)) {
		return fmt.Errorf("archive: %s is not a folder or a web archive (.warc, .warc.gz)", root)
	}
	return nil
}

// batch is the state of one Run.
type batch struct {
	root string
	opts Options
	sink Sink
	w    *walker
	jobs int

	ctx    context.Context
	cancel context.CancelCauseFunc

	inputs  chan entry
	results chan result
	window  chan struct{}
	// tokens bounds the bytes of web archive pages read ahead.
	tokens chan struct{}

	found    atomic.Int64
	walkDone atomic.Bool
	// counted and countDone are the inputs a second, counting walk found
	// (only when progress is reported): the total is known long before
	// the feeding walk, held back by the workers, reaches the end.
	counted   atomic.Int64
	countDone atomic.Bool
}

func (b *batch) run(parent context.Context) (*Report, error) {
	rep := &Report{
		Tool:     "readout",
		Version:  b.opts.Version,
		Schema:   extract.SchemaVersion,
		Archive:  b.root,
		Status:   StatusRunning,
		Jobs:     b.jobs,
		Shard:    b.opts.Shard.String(),
		Started:  time.Now().Round(time.Millisecond),
		Failures: []Failure{},
	}
	// A copy made before walk sets its callbacks: it counts the inputs a
	// stopped run never reached.
	rest := *b.w
	var wg sync.WaitGroup
	if b.opts.Progress != nil {
		counter := *b.w // copied before walk sets its callbacks
		counter.counting = true
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.count(&counter)
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		b.walk()
	}()
	for range b.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.work()
		}()
	}
	go func() {
		wg.Wait()
		close(b.results)
	}()
	b.collect(rep)

	rep.Counts.Ignored = b.w.ignored // the walk has ended: wg.Wait saw it
	rep.Counts.OtherShards = b.w.otherShards
	rep.WARC = b.w.warc
	if b.ctx.Err() != nil {
		// Stopped: the feeding walk never reached some inputs. Walk the
		// rest of the archive so the report counts and names every
		// input, as the progress line did.
		rep.Counts.Ignored, rep.Counts.OtherShards = b.notReached(&rest, rep)
	}
	rep.finish(time.Now().Round(time.Millisecond))
	switch {
	case parent.Err() != nil:
		rep.Status = StatusInterrupted
		return rep, parent.Err()
	case errors.Is(context.Cause(b.ctx), errFailFast):
		rep.Status = StatusStopped
	default:
		rep.Status = StatusCompleted
	}
	return rep, nil
}

// walk feeds the workers the inputs in walk order, numbered.
func (b *batch) walk() {
	defer close(b.inputs)
	defer b.walkDone.Store(true)
	seq := 0
	b.w.tokens, b.w.done = b.tokens, b.ctx.Done()
	b.w.note = func(n Note) {
		select {
		case b.results <- result{seq: -1, status: statusNote, note: n}:
		case <-b.ctx.Done():
		}
	}
	b.w.emit = func(e entry) bool {
		e.seq = seq
		select {
		case b.inputs <- e:
		case <-b.ctx.Done():
			return false
		}
		// Once the input is counted it always gets a result: a worker
		// that finds the run cancelled reports it as not done.
		seq++
		b.found.Add(1)
		return true
	}
	b.w.walk()
}

// notReached walks the whole archive again with w, a fresh copy of the
// run's walker, and counts in rep every input after the ones the feeding
// walk handed out as not done, naming each; it returns the files the
// walk ignored and the inputs left to other shards. The walk is the same,
// in the same order, so the first b.found inputs are the ones already
// counted. Like the progress count, it does not read web archives: it
// stops at the first one not reached.
func (b *batch) notReached(w *walker, rep *Report) (ignored, otherShards int) {
	handed := int(b.found.Load())
	n := 0
	w.counting = true
	w.note = func(Note) {}
	w.emit = func(e entry) bool {
		n++
		if n > handed {
			rep.Counts.Inputs++
			rep.Counts.NotDone++
			rep.NotDone = append(rep.NotDone, e.rel)
		}
		return true
	}
	w.walk()
	return w.ignored, w.otherShards
}

// count walks the archive once more only to count its inputs, for
// progress.
func (b *batch) count(w *walker) {
	w.note = func(Note) {}
	w.emit = func(entry) bool {
		b.counted.Add(1)
		return b.ctx.Err() == nil
	}
	if w.walk() {
		b.countDone.Store(true)
	}
}

// work reads inputs until the walk ends. A worker takes a window slot
// before it takes an input, so the input next in walk order always holds
// a slot and an ordered run cannot stall.
func (b *batch) work() {
	// Extraction of a started input runs to its end even when the run is
	// cancelled: it takes milliseconds, and leaves no half-written record.
	ctx := context.WithoutCancel(b.ctx)
	for {
		b.window <- struct{}{}
		e, ok := <-b.inputs
		if !ok {
			<-b.window
			return
		}
		var r result
		switch {
		case e.err != nil:
			r = result{seq: e.seq, rel: e.rel, status: statusFailed, err: e.err}
		case b.ctx.Err() != nil:
			r = result{seq: e.seq, rel: e.rel, status: statusNotDone}
		default:
			r = b.process(ctx, e)
		}
		if e.page != nil {
			giveTokens(b.tokens, tokensOf(len(e.page.Payload)))
		}
		if !b.opts.Ordered {
			b.deliver(&r)
		}
		b.results <- r
	}
}

// process reads and extracts one input.
func (b *batch) process(ctx context.Context, e entry) result {
	r := result{seq: e.seq, rel: e.rel}
	o := b.opts.Extract
	o.Path = e.path
	var raw []byte
	if e.page != nil {
		raw, o.URL, o.Fetched = e.page.Payload, e.page.URI, e.page.Date
	} else {
		var err error
		if raw, err = readInput(e.path, core.MaxBytes(b.opts.Extract)); err != nil {
			r.status, r.err = statusFailed, err
			return r
		}
	}
	if b.opts.Skip != nil {
		sum := sha256.Sum256(raw)
		r.sha = hex.EncodeToString(sum[:])
		if b.opts.Skip(e.rel, r.sha) {
			r.status = statusSkipped
			return r
		}
	}
	rec, err := safeExtract(ctx, raw, o)
	if err != nil {
		r.status, r.err = statusFailed, err
		return r
	}
	r.rec, r.sha, r.warnings = rec, rec.Source.SHA256, len(rec.Warnings) > 0
	return r
}

// deliver hands r to the sink; a record the sink cannot take makes r a
// failure. It drops the record afterwards.
func (b *batch) deliver(r *result) {
	switch r.status {
	case statusOK:
		if err := safeSink(func() error { return b.sink.Record(r.rel, r.rec) }); err != nil {
			r.status, r.err = statusFailed, err
			if core.ReasonOf(err) != ReasonPanic {
				r.err = core.NewStageError(ReasonWrite, err)
			}
		}
	case statusFailed:
		_ = safeSink(func() error { b.sink.Failure(r.rel, r.err); return nil })
	}
	r.rec = nil
}

// collect tallies results into rep as they come, delivers them in walk
// order when Ordered, reports progress and stops the run under FailFast.
func (b *batch) collect(rep *Report) {
	pending := map[int]result{}
	next := 0
	seen := map[[sha256.Size]byte]struct{}{}
	for r := range b.results {
		if r.status == statusNote {
			rep.Notes = append(rep.Notes, r.note)
			continue
		}
		if !b.opts.Ordered {
			b.tally(rep, &r, seen)
			<-b.window
			continue
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			b.deliver(&p)
			b.tally(rep, &p, seen)
			<-b.window
		}
	}
}

// tally counts one delivered result.
func (b *batch) tally(rep *Report, r *result, seen map[[sha256.Size]byte]struct{}) {
	rep.Counts.Inputs++
	switch r.status {
	case statusOK:
		rep.Counts.OK++
		if r.warnings {
			rep.Counts.WithWarnings++
		}
		var key [sha256.Size]byte
		if _, err := hex.Decode(key[:], []byte(r.sha)); err == nil {
			if _, dup := seen[key]; dup {
				rep.Counts.Duplicates++
			} else {
				seen[key] = struct{}{}
			}
		}
	case statusFailed:
		rep.Counts.Failed++
		rep.Failures = append(rep.Failures, Failure{Path: r.rel, Reason: core.ReasonOf(r.err), Error: r.err.Error()})
		if b.opts.FailFast {
			b.cancel(errFailFast)
		}
	case statusSkipped:
		rep.Counts.Skipped++
	case statusNotDone:
		rep.Counts.NotDone++
		rep.NotDone = append(rep.NotDone, r.rel)
	}
	if b.opts.Progress != nil && r.status != statusNotDone {
		found, done := b.found.Load(), b.walkDone.Load()
		if b.countDone.Load() {
			found, done = max(found, b.counted.Load()), true
		}
		b.opts.Progress(Progress{
			Found:    int(found),
			WalkDone: done,
			Done:     rep.Handled(),
			OK:       rep.Counts.OK,
			Warned:   rep.Counts.WithWarnings,
			Failed:   rep.Counts.Failed,
			Skipped:  rep.Counts.Skipped,
			Elapsed:  time.Since(rep.Started),
			Last:     r.rel,
		})
	}
}

// readInput reads the regular file at p, refusing anything larger than
// limit. It checks the file type first, so a named pipe never blocks the
// run.
func readInput(p string, limit int64) ([]byte, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, core.NewStageError(ReasonRead, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, core.NewStageError(ReasonRead, fmt.Errorf("%s is not a regular file", filepath.Base(p)))
	}
	if fi.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, more than %d", core.ErrTooLarge, fi.Size(), limit)
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, core.NewStageError(ReasonRead, err)
	}
	defer f.Close()
	var buf bytes.Buffer
	buf.Grow(int(fi.Size()) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, core.NewStageError(ReasonRead, err)
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", core.ErrTooLarge, limit)
	}
	return buf.Bytes(), nil
}

// safeExtract runs the extraction of one input, turning a panic into that
// input's error.
func safeExtract(ctx context.Context, raw []byte, o core.Options) (rec *extract.Record, err error) {
	defer func() {
		if v := recover(); v != nil {
			rec, err = nil, core.PanicError(v)
		}
	}()
	return core.ExtractBytes(ctx, raw, o)
}

// safeSink runs a sink call, turning a panic into an error.
func safeSink(f func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = core.PanicError(v)
		}
	}()
	return f()
}
