// Command screenshots renders readout's explain pages the way a user sees
// them: it writes the seed readout's page, a stress page (a long title,
// twenty participants, an agenda three levels deep, Japanese text) and a
// batch index over the repository's testdata (the golden cases; the bad
// inputs under testdata/bad are left out) and the report of that batch
// (and, with -report-archive, of an archive), then photographs each in
// headless Chromium (Debian's chromium package) at a desktop and a phone
// width.
//
//	go run ./cmd/screenshots -out /tmp/readout-screens
//	go run ./cmd/screenshots -corpus other/readouts -seed one.txt
//	go run ./cmd/screenshots -report-archive ../shared/archive/wh   # docs/report-wh.png
//
// CI checks the pages' structure; these pictures are for people.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

// shot is one screenshot: a page and a window size.
type shot struct {
	page, png     string
	width, height int
}

func main() {
	corpus := flag.String("corpus", "testdata", "folder of readouts: the seed and the batch index are read from it")
	seed := flag.String("seed", "seed-mofa-nato-2025-06-24.txt", "the seed readout's file name inside -corpus")
	out := flag.String("out", filepath.Join(os.TempDir(), "readout-screens"), "folder for the pages and PNGs")
	browser := flag.String("chromium", "chromium", "the Chromium binary; empty writes the pages only")
	archive := flag.String("report-archive", "", "also picture this archive's report (the README's is ../shared/archive/wh)")
	flag.Parse()
	if err := run(*corpus, *seed, *out, *browser, *archive); err != nil {
		fmt.Fprintln(os.Stderr, "screenshots:", err)
		os.Exit(1)
	}
}

func run(corpus, seed, out, browser, archive string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var shots []shot
	add := func(page string, heights ...int) {
		base := filepath.Join(out, page)
		shots = append(shots,
			shot{base, trimExt(base) + "-desktop.png", 1280, heights[0]},
			shot{base, trimExt(base) + "-phone.png", 412, heights[1]})
	}

	// The seed readout, through the whole pipeline.
	raw, err := os.ReadFile(filepath.Join(corpus, seed))
	if err != nil {
		return err
	}
	doc, rec, err := pipeline.ExtractDocument(context.Background(), raw, pipeline.Options{Path: seed})
	if doc == nil || rec == nil {
		return fmt.Errorf("%s: %w", seed, err)
	}
	if err := writePage(filepath.Join(out, "seed.html"), doc, rec); err != nil {
		return err
	}
	add("seed.html", 2400, 3200)

	// The stress page, built by hand.
	doc, rec, err = stressPage()
	if err != nil {
		return err
	}
	if err := writePage(filepath.Join(out, "stress.html"), doc, rec); err != nil {
		return err
	}
	add("stress.html", 3000, 4000)

	// A batch over the corpus with an explain folder.
	dir := filepath.Join(out, "batch")
	var records collector
	sink, err := pipeline.NewExplainSink(dir, &records, 0)
	if err != nil {
		return err
	}
	if _, err := pipeline.Batch(context.Background(), corpus, pipeline.BatchOptions{Jobs: 2, Exclude: []string{"bad"}}, sink); err != nil {
		return err
	}
	if err := sink.Close(); err != nil {
		return err
	}
	add(filepath.Join("batch", pipeline.ExplainIndexName), 1800, 2400)

	// The report of the same records, linked to their explain pages.
	if err := writeReport(filepath.Join(out, "report.html"), "Records of "+corpus, corpus, dir, records.sorted()); err != nil {
		return err
	}
	add("report.html", 3000, 5000)
	if archive != "" {
		if err := archiveReport(archive, filepath.Join(out, "archive-report.html")); err != nil {
			return err
		}
		add("archive-report.html", 3000, 5000)
	}

	if browser == "" {
		fmt.Println("pages in", out)
		return nil
	}
	for _, s := range shots {
		if err := photograph(browser, s); err != nil {
			return err
		}
		fmt.Println(s.png)
	}
	return nil
}

func writePage(name string, doc *extract.Document, rec *extract.Record) error {
	var buf bytes.Buffer
	if err := pipeline.ExplainPage(&buf, doc, rec); err != nil {
		return err
	}
	return os.WriteFile(name, buf.Bytes(), 0o644)
}

// photograph renders s.page to s.png in headless Chromium, with a fresh
// profile and nothing fetched from the network.
func photograph(browser string, s shot) error {
	abs, err := filepath.Abs(s.page)
	if err != nil {
		return err
	}
	profile, err := os.MkdirTemp("", "readout-chromium-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-quic", "--no-first-run", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir="+profile, "--screenshot="+s.png,
		fmt.Sprintf("--window-size=%d,%d", s.width, s.height), "file://"+abs)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("chromium %s: %w\n%s", s.page, err, msg)
	}
	return nil
}

func trimExt(name string) string { return name[:len(name)-len(filepath.Ext(name))] }
