// Command benchbatch times "readout batch" on the White House archive and
// on a larger archive made from it, against the baselines of issue 3, and
// prints a table.
//
// Every run is a child process measured the same way from outside: wall
// time, CPU time and peak resident memory from the kernel's accounting of
// the child (rusage). The baselines are this program run again on the same
// files, one after another: prose v3 tokenizing and sentence-splitting every
// text readout (the NLP floor) and goquery parsing every HTML page, start-up
// and reading the files included, as for readout batch.
//
//	go run ./cmd/benchbatch                         # builds readout, 1x and 10x
//	go run ./cmd/benchbatch -bin ./readout -copies 10 -runs 3
//	go run ./cmd/benchbatch -copies 0 -runs 3      # 1x only, with -o x.sqlite vs -o -
//
// The larger archive is -copies hard-linked (or copied) sets of the archive
// files under copy-NN/YYYY/MM/ sub-folders, in a temporary folder removed
// at the end unless -keep.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/jdkato/prose/v3"
	"github.com/readout/readout/pipeline"
)

// Targets from issue 3.
const (
	targetTextRatio = 1.5 // batch text within 1.5x the NLP floor
	targetHTMLRatio = 2.0 // batch HTML within 2x goquery parse
	targetRSSMB     = 150.0
	targetRSSGrowth = 0.30 // 10x archive grows peak RSS by at most 30%
	targetExtractMS = 50.0
)

type config struct {
	bin     string
	archive string
	copies  int
	runs    int
	jobs    int
	keep    bool
	extract int
	// dataset also times -o x.sqlite against -o -.
	dataset bool
	// baseline, when set, makes this process a baseline child: "prose" or
	// "goquery" over the folder named by the argument.
	baseline string
}

func main() {
	var c config
	flag.StringVar(&c.bin, "bin", "", "readout binary (default: build ./cmd/readout into a temporary folder)")
	flag.StringVar(&c.archive, "archive", "", "folder holding wh/ and wh-html/ (default: ../shared/archive, or $READOUT_ARCHIVE)")
	flag.IntVar(&c.copies, "copies", 10, "copies of the archive in the larger one (0: 1x only)")
	flag.IntVar(&c.runs, "runs", 3, "runs of each 1x measurement; the best is kept")
	flag.IntVar(&c.jobs, "jobs", runtime.NumCPU(), "readout batch --jobs")
	flag.IntVar(&c.extract, "extract-runs", 20, "runs of readout extract on one readout")
	flag.BoolVar(&c.keep, "keep", false, "keep the generated archive and outputs")
	flag.BoolVar(&c.dataset, "dataset", true, "also time batch -o x.sqlite against -o - on the text archive (issue 15)")
	flag.StringVar(&c.baseline, "baseline", "", "internal: run the baseline prose or goquery over the folder argument")
	flag.Parse()
	if c.baseline != "" {
		if err := runBaseline(c.baseline, flag.Arg(0)); err != nil {
			fmt.Fprintln(os.Stderr, "benchbatch:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchbatch:", err)
		os.Exit(1)
	}
}

// measure is what one child process cost.
type measure struct {
	wall time.Duration
	cpu  time.Duration // user + system
	rss  float64       // peak resident set, MB
}

// child runs cmd and measures it from outside: wall time, CPU time and
// peak RSS from the kernel's rusage of the child.
func child(cmd *exec.Cmd) (measure, error) {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	m := measure{wall: time.Since(start)}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return m, err
	}
	if err != nil && exit.ExitCode() != 1 {
		return m, fmt.Errorf("%s: %w: %s", cmd.Args[1], err, stderr.String())
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.rss = float64(ru.Maxrss) / 1024 // kilobytes on Linux
	}
	m.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return m, nil
}

// bestOf runs f n times and keeps the shortest wall time (and the largest
// peak RSS).
func bestOf(n int, f func(i int) (measure, error)) (measure, error) {
	var b measure
	for i := range max(n, 1) {
		m, err := f(i)
		if err != nil {
			return b, err
		}
		rss := max(b.rss, m.rss)
		if i == 0 || m.wall < b.wall {
			b = m
		}
		b.rss = rss
	}
	return b, nil
}

// row is one line of the result table: a batch run and its baseline.
type row struct {
	name     string
	files    int
	failed   int
	batch    measure
	baseName string
	base     measure
	target   float64
}

func run(c config, w io.Writer) error {
	if c.archive == "" {
		c.archive = os.Getenv("READOUT_ARCHIVE")
	}
	if c.archive == "" {
		c.archive = filepath.Join("..", "shared", "archive")
	}
	text, html := filepath.Join(c.archive, "wh"), filepath.Join(c.archive, "wh-html")
	for _, d := range []string{text, html} {
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			return fmt.Errorf("archive folder %s not found (use -archive)", d)
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "benchbatch-")
	if err != nil {
		return err
	}
	if c.keep {
		fmt.Fprintln(w, "work folder:", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	if c.bin == "" {
		c.bin = filepath.Join(tmp, "readout")
		build := exec.Command("go", "build", "-o", c.bin, "./cmd/readout")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build readout: %w", err)
		}
	}
	if c.bin, err = filepath.Abs(c.bin); err != nil {
		return err
	}

	fmt.Fprintf(w, "machine: %s, %d CPUs, %s/%s, %s; readout batch --jobs %d; load average %s\n\n",
		cpuModel(), runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version(), c.jobs, loadAvg())

	type set struct {
		name, dir, baseName, baseline string
		target                        float64
	}
	sets := []set{
		{"wh (text)", text, "prose tokenize+segment", "prose", targetTextRatio},
		{"wh-html", html, "goquery parse", "goquery", targetHTMLRatio},
	}
	if c.copies > 1 {
		big := filepath.Join(tmp, "big")
		for _, s := range sets[:2] {
			dst := filepath.Join(big, filepath.Base(s.dir))
			if err := replicate(s.dir, dst, c.copies); err != nil {
				return err
			}
			s.dir = dst
			s.name += fmt.Sprintf(" %dx", c.copies)
			sets = append(sets, s)
		}
		sets[0].name += " 1x"
		sets[1].name += " 1x"
	}

	var rows []row
	for k, s := range sets {
		runs := c.runs
		if k >= 2 {
			runs = 1 // the larger archive is timed once
		}
		base, err := bestOf(runs, func(int) (measure, error) {
			return child(exec.Command(self, "-baseline", s.baseline, s.dir))
		})
		if err != nil {
			return fmt.Errorf("baseline %s: %w", s.baseline, err)
		}
		r := row{name: "batch " + s.name, baseName: s.baseName, base: base, target: s.target}
		r.batch, err = bestOf(runs, func(i int) (measure, error) {
			out := filepath.Join(tmp, fmt.Sprintf("out-%d-%d", k, i))
			defer os.RemoveAll(out)
			m, err := child(exec.Command(c.bin, "batch", s.dir, "-o", out, "--quiet", "--jobs", fmt.Sprint(c.jobs)))
			if err != nil {
				return m, err
			}
			data, err := os.ReadFile(filepath.Join(out, pipeline.ReportName))
			if err != nil {
				return m, fmt.Errorf("no report: %w", err)
			}
			rep, err := pipeline.UnmarshalReport(data)
			if err != nil {
				return m, err
			}
			r.files, r.failed = rep.Handled(), rep.Counts.Failed
			return m, nil
		})
		if err != nil {
			return fmt.Errorf("batch %s: %w", s.name, err)
		}
		rows = append(rows, r)
	}

	fmt.Fprintf(w, "%-22s %6s %6s %7s %7s %7s %8s | %-22s %6s %6s | %6s %6s %7s\n",
		"run", "files", "failed", "wall s", "cpu s", "files/s", "peak MB", "baseline (own process)", "wall s", "cpu s", "wall x", "cpu x", "target")
	for _, r := range rows {
		wx := r.batch.wall.Seconds() / r.base.wall.Seconds()
		cx := r.batch.cpu.Seconds() / r.base.cpu.Seconds()
		fmt.Fprintf(w, "%-22s %6d %6d %7.2f %7.2f %7.0f %8.1f | %-22s %6.2f %6.2f | %5.2fx %5.2fx <=%.1fx %s\n",
			r.name, r.files, r.failed, r.batch.wall.Seconds(), r.batch.cpu.Seconds(), float64(r.files)/r.batch.wall.Seconds(), r.batch.rss,
			r.baseName, r.base.wall.Seconds(), r.base.cpu.Seconds(), wx, cx, r.target, verdict(wx <= r.target && r.batch.rss < targetRSSMB))
	}
	fmt.Fprintln(w)
	if len(rows) == 4 {
		for _, p := range [][2]row{{rows[0], rows[2]}, {rows[1], rows[3]}} {
			g := p[1].batch.rss/p[0].batch.rss - 1
			fmt.Fprintf(w, "peak RSS %s -> %s: %.1f -> %.1f MB, %+.0f%% (target < %.0f MB, growth <= +%.0f%%) %s\n",
				p[0].name, p[1].name, p[0].batch.rss, p[1].batch.rss, g*100, targetRSSMB, targetRSSGrowth*100,
				verdict(g <= targetRSSGrowth && p[1].batch.rss < targetRSSMB))
		}
	}

	if c.dataset {
		if err := datasetRows(c, text, tmp, w); err != nil {
			return err
		}
	}

	sample, err := firstFile(text)
	if err != nil {
		return err
	}
	med, worst, err := extractOne(c, sample)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "readout extract, one readout, start-up included: median %.1f ms, worst %.1f ms of %d runs (target < %.0f ms) %s\n",
		ms(med), ms(worst), c.extract, targetExtractMS, verdict(ms(med) < targetExtractMS))
	fmt.Fprintln(w, "go-trafilatura baseline: skipped (not a dependency of readout)")
	return nil
}

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISSED"
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// runBaseline reads every file under dir, one after another, and runs the
// named baseline on it: prose v3 tokenizing and sentence-splitting (the
// NLP floor), or goquery parsing the page.
func runBaseline(name, dir string) error {
	var do func([]byte)
	switch name {
	case "prose":
		do = func(data []byte) {
			doc, err := prose.NewDocument(string(data), prose.WithTagging(false), prose.WithExtraction(false))
			if err == nil {
				_ = doc.Sentences()
				_ = doc.Tokens()
			}
		}
	case "goquery":
		do = func(data []byte) {
			doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
			if err == nil {
				_ = doc.Find("p").Length()
			}
		}
	default:
		return fmt.Errorf("unknown baseline %q", name)
	}
	return filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		do(data)
		return nil
	})
}

// firstFile returns the first file of dir in name order.
func firstFile(dir string) (string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	for _, e := range ents {
		if !e.IsDir() {
			return filepath.Join(dir, e.Name()), nil
		}
	}
	return "", fmt.Errorf("%s holds no files", dir)
}

// extractOne times readout extract on one file, start-up included.
func extractOne(c config, path string) (median, worst time.Duration, err error) {
	var ds []time.Duration
	for range max(c.extract, 1) {
		cmd := exec.Command(c.bin, "extract", path)
		cmd.Stdout = io.Discard
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return 0, 0, fmt.Errorf("readout extract %s: %w", path, err)
		}
		ds = append(ds, time.Since(start))
	}
	slices.Sort(ds)
	return ds[len(ds)/2], ds[len(ds)-1], nil
}

// replicate makes n copies of the files of src under dst/copy-NN/YYYY/MM/,
// the year and month taken from a leading YYYY-MM- in the file name.
func replicate(src, dst string, n int) error {
	ents, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		for _, e := range ents {
			if e.IsDir() {
				continue
			}
			name := e.Name()
			sub := "undated"
			if len(name) > 8 && name[4] == '-' && name[7] == '-' {
				sub = filepath.Join(name[:4], name[5:7])
			}
			dir := filepath.Join(dst, fmt.Sprintf("copy-%02d", i), sub)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			if err := linkOrCopy(filepath.Join(src, name), filepath.Join(dir, name)); err != nil {
				return err
			}
		}
	}
	return nil
}

func linkOrCopy(from, to string) error {
	if os.Link(from, to) == nil {
		return nil
	}
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

// loadAvg returns the 1-minute load average: other work on the machine
// skews every wall time.
func loadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Fields(string(data))[0]
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}
