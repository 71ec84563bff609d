package batch

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// StatusIncomplete is the status of a merged report that lacks some of
// the shards its runs name: the inputs of the missing shards were not
// read.
const StatusIncomplete = "incomplete"

// Merge joins the reports of the runs that split one archive into shards
// (Options.Shard) into the report of the whole archive, as one run on
// one machine would have written it: counts, failures and web archive
// problems add up, and the time is from the first start to the last
// finish. Inputs every run sees alike (files ignored, notes about the
// walk, web archive files opened) count once.
//
// Reports of unsharded runs (different archives) merge too, by adding up.
// Merge fails when the reports come from different tools or schemas, when
// a shard is there twice, or when shards of different splits (K/4 and
// K/8) are mixed. A shard missing makes the status StatusIncomplete, with
// a note naming each missing shard.
func Merge(reps []*Report) (*Report, error) {
	if len(reps) == 0 {
		return nil, errors.New("merge: no reports")
	}
	first := reps[0]
	m := &Report{
		Tool:     first.Tool,
		Version:  first.Version,
		Schema:   first.Schema,
		Archive:  first.Archive,
		Output:   first.Output,
		Format:   first.Format,
		Status:   StatusCompleted,
		Started:  first.Started,
		Failures: []Failure{},
	}
	n := 0
	seen := map[int]bool{}
	notes := map[Note]bool{}
	var finished time.Time
	for i, r := range reps {
		if r.Tool != first.Tool || r.Schema != first.Schema {
			return nil, fmt.Errorf("merge: report %d is from %s %s (schema %s), report 1 from %s %s (schema %s)",
				i+1, r.Tool, r.Version, r.Schema, first.Tool, first.Version, first.Schema)
		}
		if r.Version != first.Version {
			m.Notes = append(m.Notes, Note{Path: r.Archive, Note: fmt.Sprintf("report %d was written by version %s, report 1 by %s", i+1, r.Version, first.Version)})
		}
		if err := m.addShard(r, i, &n, seen); err != nil {
			return nil, err
		}
		m.Status = worseStatus(m.Status, r.Status)
		m.Jobs += r.Jobs
		if r.Started.Before(m.Started) {
			m.Started = r.Started
		}
		if r.Finished != nil && r.Finished.After(finished) {
			finished = *r.Finished
		}
		m.Counts.add(r.Counts)
		m.Failures = append(m.Failures, r.Failures...)
		for _, note := range r.Notes {
			if !notes[note] {
				notes[note] = true
				m.Notes = append(m.Notes, note)
			}
		}
		if r.WARC != nil {
			if m.WARC == nil {
				m.WARC = &WARCCounts{Skipped: map[string]int{}, Problems: []Failure{}}
			}
			m.WARC.add(r.WARC)
		}
	}
	if n > 0 {
		var missing []string
		for k := 1; k <= n; k++ {
			if !seen[k] {
				missing = append(missing, Shard{K: k, N: n}.String())
			}
		}
		if len(missing) > 0 {
			m.Status = StatusIncomplete
			m.Notes = append(m.Notes, Note{Path: m.Archive, Note: "shards not merged, their inputs were not read: " + strings.Join(missing, ", ")})
		}
	}
	sort.SliceStable(m.Merged, func(i, j int) bool { return shardLess(m.Merged[i], m.Merged[j]) })
	if !finished.IsZero() {
		m.finish(finished)
	}
	return m, nil
}

// addShard records r's shard in the merged report m: n is the number of
// shards the runs split the archive into, seen the shards met so far.
func (m *Report) addShard(r *Report, i int, n *int, seen map[int]bool) error {
	if r.Shard == "" {
		if *n > 0 {
			return fmt.Errorf("merge: report %d is of a whole archive, the others of shards", i+1)
		}
		return nil
	}
	s, err := ParseShard(r.Shard)
	if err != nil {
		return fmt.Errorf("merge: report %d: %w", i+1, err)
	}
	switch {
	case i > 0 && *n == 0:
		return fmt.Errorf("merge: report %d is of shard %s, report 1 of a whole archive", i+1, r.Shard)
	case *n != 0 && s.N != *n:
		return fmt.Errorf("merge: report %d is of shard %s, the others of %d shards", i+1, r.Shard, *n)
	case seen[s.K]:
		return fmt.Errorf("merge: shard %s is there twice (report %d)", r.Shard, i+1)
	}
	*n = s.N
	seen[s.K] = true
	m.Merged = append(m.Merged, r.Shard)
	return nil
}

// add adds the counts of one shard.
func (c *Counts) add(o Counts) {
	c.Inputs += o.Inputs
	c.OK += o.OK
	c.WithWarnings += o.WithWarnings
	c.Failed += o.Failed
	c.Skipped += o.Skipped
	c.NotDone += o.NotDone
	c.Duplicates += o.Duplicates
	// Every shard walks the same tree and passes over the same files.
	c.Ignored = max(c.Ignored, o.Ignored)
}

// add adds the web archive counts of one shard: every shard opens every
// web archive file, and reads its own records.
func (w *WARCCounts) add(o *WARCCounts) {
	w.Files = max(w.Files, o.Files)
	w.Records += o.Records
	w.Pages += o.Pages
	for k, v := range o.Skipped {
		w.Skipped[k] += v
	}
	w.Problems = append(w.Problems, o.Problems...)
}

// statusRank orders statuses from best to worst.
var statusRank = []string{StatusCompleted, StatusStopped, StatusInterrupted, StatusRunning, StatusIncomplete}

// worseStatus returns the worse of two run statuses.
func worseStatus(a, b string) string {
	if slices.Index(statusRank, b) > slices.Index(statusRank, a) {
		return b
	}
	return a
}

func shardLess(a, b string) bool {
	sa, _ := ParseShard(a)
	sb, _ := ParseShard(b)
	return sa.K < sb.K
}
