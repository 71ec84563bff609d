package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/internal/atomicfile"
	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/batch"
)

// exitInterrupted is batch's exit code after Ctrl-C (SIGINT) or SIGTERM:
// 128 + SIGINT, as shells report a job stopped that way.
const exitInterrupted = 130

const batchHelp = `Usage: readout batch ARCHIVE -o OUT [flags]

Turn every readout under the folder ARCHIVE (.html, .htm, .txt, .md, in any
sub-folder) into a record, in parallel, with the same pipeline as extract.
Web archives (.warc, .warc.gz files, or ARCHIVE itself one such file) give
one input per HTML or text page, named FILE#OFFSET, with source.url the
page's address and source.fetched the crawl date; their other records
(requests, revisits, images, redirects, broken records) are counted in the
report's warc section, each truncated or malformed record listed.
Records go to OUT/<same relative path>.yaml (or .json), mirroring the tree,
or with -o - to standard output as JSON Lines (one record per line, each with
its source.path). Hidden files and folders are passed over.

Nothing is lost: every input ends as a record or as an entry in the run
report OUT/_report.yaml (OUT/_report.json with --format json: tool version
and build, counts of ok / with warnings / failed / skipped / not done, time,
files per second, each failure's path and error, and each input a stopped
run did not reach); one bad file never stops the run. Each record is written to a temporary file and
renamed, so a killed run leaves no half-written record.

With -o FILE.sqlite (or --format sqlite) every record goes into one SQLite
database instead (tables records, participants, people, agenda, warnings,
failures, runs: see the README), and with -o FILE.csv (or --format csv) into
one CSV file, a row per record, for spreadsheets. A database is written in
transactions, so a killed run leaves whole records only, and --resume works
on it as on a folder.

Ctrl-C (or SIGTERM) stops taking new files, finishes the ones being read,
writes the report (counting every input, done or not) and exits 130;
--resume then does the rest. A second Ctrl-C kills at once (still no
half-written record).

--resume skips an input only when its record in OUT was made from the same
bytes (source.sha256), by the same build of readout (release and commit),
with the same options that change a record (--explain, --input,
--published); OUT/.readout-resume.jsonl notes this for every record.
`

const batchFooter = `
Globs: a pattern without a slash matches a file or folder name at any depth
("*.htm", "drafts"); one with a slash matches the path under ARCHIVE, where
** crosses folders ("2021/**", "**/annex/*.txt"). --include and --exclude
may be repeated.

URL globs (--include-url, --exclude-url) select web archive pages by address:
* stands for any characters, slashes included, ? for one, [...] for a class;
the glob matches the whole address ("https://www.mofa.go.jp/press/*").

--shard K/N reads only the inputs (files, and web archive pages) whose stable
hash falls in shard K of N: N runs on N machines split one archive with no
coordination. Each writes OUT/_report-K-of-N.yaml, so they may share OUT;
"readout report --merge OUT" joins the reports.

Examples:
  readout batch archive/ -o records/
  readout batch crawl.warc.gz -o records/ --include-url '*/press/release/*'
  readout batch archive/ -o /shared/records --shard 3/8
  readout batch archive/ -o records/ --resume
  readout batch archive/ -o records.sqlite
  readout batch archive/ -o records.csv
  readout batch archive/ -o - --ordered | jq -r .title
  readout batch archive/ -o records/ --include '2024/**' --exclude '*.htm' -j 4
  readout batch notes/ -o records/ --input text --published 2025-06-24 --max-bytes 4MiB

Exit codes: 0 every input became a record (or was skipped), 1 any input failed
(or --fail-fast stopped the run), 2 usage error, 130 interrupted.
`

// globList is a repeatable string flag.
type globList []string

func (g *globList) String() string     { return strings.Join(*g, ",") }
func (g *globList) Set(s string) error { *g = append(*g, s); return nil }

// batchConfig is what runBatch's flags say.
type batchConfig struct {
	archive string
	out     string
	format  string
	report  string
	jobs    int
	inputFlags
	include globList
	exclude globList
	// includeURL and excludeURL select web archive pages by address.
	includeURL globList
	excludeURL globList
	// shard is --shard K/N; the zero value reads the whole archive.
	shard     batch.Shard
	shardFlag string
	ordered   bool
	resume    bool
	failFast  bool
	quiet     bool
	explain   bool
	// explainDir, when set, gets an HTML explain page per input and an
	// index.html (readout explain, for a whole archive).
	explainDir string
	// formatSet says --format was given on the command line.
	formatSet bool
}

func (c *batchConfig) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.out, "o", "", "output `folder`, database (.sqlite), CSV file (.csv), or - for JSON Lines on standard output (required)")
	fs.StringVar(&c.out, "output", "", "same as -o")
	enumFlag(fs, &c.format, "format", "yaml", "record `encoding`: yaml or json files in a folder (JSON Lines always for -o -), or a dataset: sqlite (a database) or csv (one row per record); -o FILE.sqlite, .db or .csv chooses it",
		"yaml", "json", formatSQLite, formatCSV)
	fs.IntVar(&c.jobs, "j", runtime.NumCPU(), "same as --jobs")
	fs.IntVar(&c.jobs, "jobs", runtime.NumCPU(), "files read at once; the default is the number of CPUs")
	fs.Var(&c.include, "include", "read only inputs matching this `glob` (repeatable)")
	fs.Var(&c.exclude, "exclude", "skip inputs and folders matching this `glob` (repeatable)")
	fs.Var(&c.includeURL, "include-url", "read only web archive pages whose address matches this URL `glob` (repeatable)")
	fs.Var(&c.excludeURL, "exclude-url", "skip web archive pages whose address matches this URL `glob` (repeatable)")
	fs.StringVar(&c.shardFlag, "shard", "", "read only shard `K/N` of the archive (one of N machines), e.g. 2/8")
	fs.BoolVar(&c.ordered, "ordered", false, "with -o -, write records in input order (default: as they finish)")
	fs.BoolVar(&c.resume, "resume", false, "skip inputs whose record in OUT was made from the same bytes, by the same build, with the same --explain, --input and --published")
	fs.BoolVar(&c.failFast, "fail-fast", false, "stop at the first failed input")
	enumFlag(fs, &c.input, "input", "", "read every input as this `format`: html or text (default: detect each; e.g. --input text)", "html", "text")
	publishedFlag(fs, &c.published, "the release `date` (YYYY-MM-DD) to use for inputs whose page shows none (e.g. --published 2025-06-24)")
	maxBytesFlag(fs, &c.maxBytes, "report inputs larger than `SIZE` as too large instead of reading them: bytes, or with a unit, e.g. 1000000, 512k, 4MiB")
	keepGoing := true
	fs.BoolVar(&keepGoing, "keep-going", true, "go on past failed inputs (the default; --fail-fast turns it off)")
	fs.BoolVar(&c.quiet, "quiet", false, "nothing on standard error: no progress, no summary, no failures (they are in the report); the exit code says how it went")
	fs.BoolVar(&c.quiet, "q", false, "same as --quiet")
	fs.BoolVar(&c.explain, "explain", false, "keep each record's evidence and source text")
	fs.StringVar(&c.explainDir, "explain-dir", "", "also write an HTML page per input showing where each value was read, and an index.html, into this `folder`")
	fs.StringVar(&c.report, "report", "", "also write the run report to this `file` (the only report with -o -)")
}

// runBatch is the batch command.
func runBatch(args []string, stdout, stderr io.Writer) int {
	var c batchConfig
	fs, pos, code, ok := parseCommand("batch", batchHelp, batchFooter, c.flags, args, stdout, stderr)
	if !ok {
		return code
	}
	fs.Visit(func(f *flag.Flag) { c.formatSet = c.formatSet || f.Name == "format" })
	if msg := c.check(pos); msg != "" {
		return usageError(stderr, "batch", msg)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, the next one kills at once.
		<-ctx.Done()
		stop()
	}()
	return c.run(ctx, stdout, stderr)
}

// check validates the flags and arguments, returning a usage message.
func (c *batchConfig) check(pos []string) string {
	c.datasetFormat() // -o FILE.csv chooses the format
	switch {
	case len(pos) == 0:
		return "missing ARCHIVE folder"
	case len(pos) > 1:
		return fmt.Sprintf("want one ARCHIVE folder, got %d arguments", len(pos))
	case c.out == "":
		return "missing -o OUT (a folder, or - for JSON Lines on standard output)"
	case c.format == formatSQLite && c.out == "-":
		return "--format sqlite needs -o FILE.sqlite: a database is a file, not a stream"
	case c.format == formatCSV && c.resume:
		return "--resume works on an output folder or a database, not on CSV"
	case c.jobs < 1:
		return fmt.Sprintf("--jobs %d: want at least 1", c.jobs)
	case c.out == "-" && c.resume:
		return "--resume needs an output folder or database, not -o -"
	case c.out == "-" && c.format == "yaml" && c.formatSet:
		return "-o - writes JSON Lines; --format yaml is for output folders"
	case c.ordered && c.out != "-" && c.format != formatCSV:
		return "--ordered is for -o - (files are named by input, not by order)"
	}
	for _, g := range append(append([]string{}, c.include...), c.exclude...) {
		if err := batch.CheckGlob(g); err != nil {
			return fmt.Sprintf("glob %v", err)
		}
	}
	for _, g := range append(append([]string{}, c.includeURL...), c.excludeURL...) {
		if err := batch.CheckURLGlob(g); err != nil {
			return fmt.Sprintf("URL glob %v", err)
		}
	}
	if c.shardFlag != "" {
		s, err := batch.ParseShard(c.shardFlag)
		if err != nil {
			return "--" + err.Error()
		}
		c.shard = s
	}
	c.archive = pos[0]
	return ""
}

// batchGCPercent is the garbage collector's target for a batch run when
// GOGC is not set: a run holds little live data (tens of MB), so letting
// the heap grow twice as far before collecting costs a few MB and saves
// about 8% of the CPU time.
const batchGCPercent = 200

// run does the batch once flags are checked.
func (c *batchConfig) run(ctx context.Context, stdout, stderr io.Writer) int {
	version := toolVersion
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	}
	if err := batch.CheckArchive(c.archive); err != nil {
		fmt.Fprintf(stderr, "readout batch: %v\n", err)
		return exitInput
	}
	opts := pipeline.BatchOptions{
		Jobs:       c.jobs,
		Include:    c.include,
		Exclude:    c.exclude,
		IncludeURL: c.includeURL,
		ExcludeURL: c.excludeURL,
		Shard:      c.shard,
		Ordered:    c.ordered,
		FailFast:   c.failFast,
		Version:    version,
		Extract:    c.options(""),
	}

	var sink pipeline.Sink
	var dir *pipeline.DirSink
	var jsonl *pipeline.JSONLSink
	var data *datasetOut
	if c.datasetFormat() {
		var err error
		if sink, data, err = c.openDataset(&opts, version, stdout, stderr); err != nil {
			fmt.Fprintf(stderr, "readout batch: %v\n", err)
			return exitInput
		}
		if c.out != "-" {
			opts.SkipDirs = []string{c.out}
		}
	} else if c.out == "-" {
		jsonl = pipeline.NewJSONLSink(stdout, c.explain)
		sink = jsonl
	} else {
		var err error
		dir, err = pipeline.NewDirSink(c.out, pipeline.EmitOptions{Format: c.format, Explain: c.explain})
		if err != nil {
			fmt.Fprintf(stderr, "readout batch: %v\n", err)
			return exitInput
		}
		defer dir.Close()
		sink = dir
		opts.SkipDirs = []string{c.out}
		// Shards may share the folder: another shard's temporary files
		// are its records being written.
		if c.shard.N == 0 {
			if n, _ := dir.CleanTemp(); n > 0 && !c.quiet {
				fmt.Fprintf(stderr, "readout batch: removed %d temporary files left by an earlier run\n", n)
			}
		}
		msg, err := c.resumeFrom(dir, &opts)
		if err != nil {
			fmt.Fprintf(stderr, "readout batch: %v\n", err)
			return exitInput
		}
		if msg != "" && !c.quiet {
			fmt.Fprintf(stderr, "readout batch: %s\n", msg)
		}
	}

	var pages *pipeline.ExplainSink
	if c.explainDir != "" {
		var err error
		if pages, err = pipeline.NewExplainSink(c.explainDir, sink, opts.Extract.MaxBytes); err != nil {
			fmt.Fprintf(stderr, "readout batch: %v\n", err)
			return exitInput
		}
		sink = pages
		opts.SkipDirs = append(opts.SkipDirs, c.explainDir)
	}

	prog := newProgress(stderr, c.quiet)
	opts.Progress = prog.update

	// A report that says "running" is written first: a run killed outright
	// still leaves the tool version that --resume checks.
	if dir != nil {
		start := &pipeline.Report{Tool: "readout", Version: version, Build: buildID(), Schema: extract.SchemaVersion, Archive: c.archive, Output: c.out,
			Format: c.format, Status: pipeline.StatusRunning, Jobs: c.jobs, Shard: c.shard.String(), Failures: []pipeline.Failure{}}
		if err := dir.WriteReport(start); err != nil {
			fmt.Fprintf(stderr, "readout batch: %v\n", err)
			return exitInput
		}
	}

	rep, err := pipeline.Batch(ctx, c.archive, opts, sink)
	prog.finish()
	if rep == nil {
		if data != nil {
			data.abort()
		}
		fmt.Fprintf(stderr, "readout batch: %v\n", err)
		return exitInput
	}
	rep.Output, rep.Format, rep.Build = c.out, c.format, buildID()
	if data != nil {
		if derr := data.finish(rep); derr != nil {
			fmt.Fprintf(stderr, "readout batch: %v\n", derr)
			return exitInput
		}
	}
	if jsonl != nil {
		rep.Format = "jsonl"
		if ferr := jsonl.Flush(); ferr != nil {
			fmt.Fprintf(stderr, "readout batch: writing records: %v\n", ferr)
			return exitInput
		}
	}
	code := exitOK
	if pages != nil {
		if werr := pages.Close(); werr != nil {
			fmt.Fprintf(stderr, "readout batch: %v\n", werr)
			code = exitInput
		}
	}
	if rep.Counts.Failed > 0 || rep.Status == pipeline.StatusStopped {
		code = exitInput
	}
	if rep.Status == pipeline.StatusInterrupted {
		code = exitInterrupted
	}
	reportPath := ""
	if dir != nil {
		if werr := dir.WriteReport(rep); werr != nil {
			fmt.Fprintf(stderr, "readout batch: %v\n", werr)
			code = exitInput
		} else {
			reportPath = filepath.Join(c.out, dir.ReportName(rep.Shard))
		}
	}
	if c.report != "" {
		if werr := writeReportFile(c.report, rep, c.format); werr != nil {
			fmt.Fprintf(stderr, "readout batch: %v\n", werr)
			code = exitInput
		} else if reportPath == "" {
			reportPath = c.report
		}
	}
	if !c.quiet {
		printSummary(stderr, "readout batch", rep, reportPath)
	}
	return code
}

// resumeKey says what makes this run's records: the build, and every
// option that changes a record. --resume skips an input only when its
// record was made from the same bytes under the same key.
func (c *batchConfig) resumeKey() string {
	published := ""
	if c.published != nil {
		published = c.published.String()
	}
	return fmt.Sprintf("readout %s; explain=%t; input=%s; published=%s", buildID(), c.explain, c.input, published)
}

// resumeFrom notes this run's key in the output folder's resume manifest
// and, with --resume, sets opts.Skip to skip inputs whose record is up to
// date. It returns what the user should know about it.
func (c *batchConfig) resumeFrom(dir *pipeline.DirSink, opts *pipeline.BatchOptions) (string, error) {
	noted, same, err := dir.SetResumeKey(c.resumeKey(), c.shard.String())
	switch {
	case err != nil:
		return "", err
	case !c.resume:
		return "", nil
	case c.explainDir != "":
		// Its index lists every input, and a skipped input gives no page.
		return "--resume with --explain-dir: the explain pages and their index cover every input, so every input is read again", nil
	case noted == 0:
		return "--resume: no records from an earlier run in " + c.out + "; reading every input", nil
	case same == 0:
		return fmt.Sprintf("--resume: the %d records in %s were made by another build of readout or with other options (--explain, --input, --published); reading every input", noted, c.out), nil
	}
	opts.Skip = dir.Done
	return "", nil
}

// writeReportFile writes rep to the file p, whole or not at all.
func writeReportFile(p string, rep *pipeline.Report, format string) error {
	marshal := pipeline.MarshalReport
	if format == "json" || strings.EqualFold(filepath.Ext(p), ".json") {
		marshal = pipeline.MarshalReportJSON
	}
	data, err := marshal(rep)
	if err != nil {
		return err
	}
	if err := atomicfile.Write(p, data); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}
