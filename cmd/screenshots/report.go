package main

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
	"github.com/readout/readout/pipeline/report"
	"github.com/readout/readout/pipeline/store"
)

// collector is a batch sink keeping every record, for a report.
type collector struct {
	mu    sync.Mutex
	items []store.Item
}

func (c *collector) Record(rel string, rec *extract.Record) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items = append(c.items, store.Item{Rel: rel, Record: rec})
	return nil
}

func (c *collector) Failure(string, error) {}

// sorted returns the records in path order.
func (c *collector) sorted() []store.Item {
	sort.Slice(c.items, func(i, j int) bool { return c.items[i].Rel < c.items[j].Rel })
	return c.items
}

// writeReport writes the report page of items (read from source) as name,
// linking warnings to the explain pages in pages ("" for none).
func writeReport(name, title, source, pages string, items []store.Item) error {
	opts := report.Options{Title: title, Source: source}
	if pages != "" {
		opts.PageOf = report.ExplainLinker(pages, filepath.Dir(name), func(p string) bool {
			_, err := os.Stat(p)
			return err == nil
		})
	}
	page, err := report.Render(report.Build(items, opts), opts)
	if err != nil {
		return err
	}
	return os.WriteFile(name, page, 0o644)
}

// archiveReport batches the archive (no explain pages) and writes its
// report as name: the picture in the README is this, of the White House
// archive.
func archiveReport(archive, name string) error {
	var c collector
	if _, err := pipeline.Batch(context.Background(), archive, pipeline.BatchOptions{Jobs: 2}, &c); err != nil {
		return err
	}
	return writeReport(name, "Records of "+filepath.Base(archive), archive, "", c.sorted())
}
