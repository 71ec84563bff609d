package batch

import (
	"fmt"
	"hash/fnv"
	"testing"
	"time"
)

func TestParseShard(t *testing.T) {
	for _, s := range []string{"1/1", "2/8", " 8/8 "} {
		if _, err := ParseShard(s); err != nil {
			t.Errorf("ParseShard(%q): %v", s, err)
		}
	}
	for _, s := range []string{"", "0/4", "5/4", "1/0", "a/4", "1-4", "1/4/2", "-1/4"} {
		if _, err := ParseShard(s); err == nil {
			t.Errorf("ParseShard(%q) gave no error", s)
		}
	}
}

// Every input falls in exactly one shard, and the shards are of about the
// same size.
func TestShardsPartition(t *testing.T) {
	const n = 4
	sizes := make([]int, n)
	for i := range 4000 {
		key := fmt.Sprintf("crawl-%d.warc.gz#%d", i%7, i*977)
		in := 0
		for k := 1; k <= n; k++ {
			if (Shard{K: k, N: n}).Has(key) {
				in++
				sizes[k-1]++
			}
		}
		if in != 1 {
			t.Fatalf("%s is in %d shards", key, in)
		}
		if !(Shard{}).Has(key) {
			t.Fatalf("the whole archive lacks %s", key)
		}
	}
	for k, s := range sizes {
		if s < 800 || s > 1200 {
			t.Errorf("shard %d/%d holds %d of 4000", k+1, n, s)
		}
	}
	// The hash is FNV-1a, fixed: a shard on another machine, another run
	// or another version of Go picks the same inputs.
	h := fnv.New64a()
	h.Write([]byte("2021/a.html"))
	if fnv64a("2021/a.html") != h.Sum64() {
		t.Error("fnv64a is not FNV-1a")
	}
}

func shardReport(shard string, ok, failed int, start, end time.Time) *Report {
	return &Report{Tool: "readout", Version: "1", Schema: "readout/v1", Archive: "a", Status: StatusCompleted, Jobs: 2,
		Shard: shard, Started: start, Finished: &end,
		Counts:   Counts{Inputs: ok + failed, OK: ok, Failed: failed, Ignored: 3, OtherShards: 10},
		Failures: failuresOf(failed, shard),
		Notes:    []Note{{Path: "loop", Note: "symbolic link loop, not followed"}},
		WARC:     &WARCCounts{Files: 1, Records: ok + 2, Pages: ok, Skipped: map[string]int{"request": 2}, Problems: []Failure{}},
	}
}

func failuresOf(n int, shard string) []Failure {
	f := []Failure{}
	for i := range n {
		f = append(f, Failure{Path: fmt.Sprintf("%s-%d", shard, i), Reason: ReasonNotText, Error: "not text"})
	}
	return f
}

func TestMerge(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	reps := []*Report{
		shardReport("2/3", 5, 1, t0.Add(time.Second), t0.Add(20*time.Second)),
		shardReport("1/3", 4, 0, t0, t0.Add(10*time.Second)),
		shardReport("3/3", 6, 2, t0.Add(2*time.Second), t0.Add(30*time.Second)),
	}
	m, err := Merge(reps)
	if err != nil {
		t.Fatal(err)
	}
	c := m.Counts
	if c.Inputs != 18 || c.OK != 15 || c.Failed != 3 || c.Ignored != 3 || c.OtherShards != 0 {
		t.Errorf("counts %+v", c)
	}
	if len(m.Failures) != 3 || len(m.Notes) != 1 || m.Status != StatusCompleted || m.Jobs != 6 {
		t.Errorf("failures %v, notes %v, status %s, jobs %d", m.Failures, m.Notes, m.Status, m.Jobs)
	}
	if m.Seconds != 30 || !m.Started.Equal(t0) || fmt.Sprint(m.Merged) != "[1/3 2/3 3/3]" || m.Shard != "" {
		t.Errorf("seconds %v, started %v, merged %v", m.Seconds, m.Started, m.Merged)
	}
	if w := m.WARC; w.Files != 1 || w.Records != 21 || w.Pages != 15 || w.Skipped["request"] != 6 {
		t.Errorf("warc %+v", w)
	}

	m, err = Merge(reps[:2])
	if err != nil {
		t.Fatal(err)
	}
	if m.Status != StatusIncomplete || len(m.Notes) != 2 {
		t.Errorf("two of three shards: status %s, notes %v", m.Status, m.Notes)
	}

	for name, bad := range map[string][]*Report{
		"twice":       {reps[0], reps[0]},
		"other split": {reps[0], shardReport("1/4", 1, 0, t0, t0)},
		"whole":       {reps[0], shardReport("", 1, 0, t0, t0)},
		"none":        nil,
	} {
		if _, err := Merge(bad); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestURLGlobs(t *testing.T) {
	for _, c := range []struct {
		glob, url string
		want      bool
	}{
		{"https://www.mofa.go.jp/press/*", "https://www.mofa.go.jp/press/release/press4e_000152.html", true},
		{"https://www.mofa.go.jp/press/*", "https://www.mofa.go.jp/about/", false},
		{"*/readout-*", "https://www.whitehouse.gov/briefing-room/statements-releases/2021/01/22/readout-of-a-call/", true},
		{"*.pdf", "https://example.org/a.pdf?x=1", false},
		{"*?print=1", "https://example.org/a?print=1", true},
		{"http?://example.org/[ab]", "https://example.org/b", true},
		{"http?://example.org/[^ab]", "https://example.org/b", false},
		{"*example.org*", "https://www.example.org/", true},
		{"https://example.org/a.b", "https://example.org/aXb", false},
	} {
		res, err := compileURLGlobs([]string{c.glob})
		if err != nil {
			t.Errorf("%q: %v", c.glob, err)
			continue
		}
		if got := matchAny(res, c.url); got != c.want {
			t.Errorf("%q matches %q: %v, want %v", c.glob, c.url, got, c.want)
		}
	}
	for _, bad := range []string{"", "[a", "https://x/[z-a]"} {
		if _, err := compileURLGlobs([]string{bad}); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
