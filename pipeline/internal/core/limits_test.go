package core

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// This file runs the whole pipeline (ingest, extraction, validation,
// YAML) over the hostile inputs issue 4 names and checks that their cost
// is linear in their size. Time on a shared machine is noise, so the test
// measures what is deterministic: the bytes allocated for an input of n
// units and for one of 2n must stay near a factor of 2 (a quadratic rule
// gives 4). Time and allocation are logged (go test -v).
//
// By default each input is built at 1/32 of the size the issue names;
// READOUT_HOSTILE=full builds them at full size (a 10 MB paragraph,
// 10,000-deep <div>s, 100,000 list items, a 5 MB line) and only logs
// their cost, the figures README.md quotes:
//
//	READOUT_HOSTILE=full go test -run TestHostileSizes -v ./pipeline/internal/core

// hostileCase builds an input of n units; full is the n the issue names.
type hostileCase struct {
	name string
	full int
	raw  func(n int) []byte
}

const hostileLead = "On June 24, 2025, commencing at 5:35 p.m. local time, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting for approximately 30 minutes with H.E. Mr. Mark Rutte, Secretary General of NATO, in The Hague. "

var hostileCases = []hostileCase{
	{"single-paragraph text (88 B sentences)", 10 << 20 / 88, func(n int) []byte {
		return []byte("Meeting\n\n" + hostileLead + strings.Repeat("Both sides exchanged views on the situation in the region and agreed to work together. ", n))
	}},
	{"one line without a full stop (5 B words)", 1 << 20, func(n int) []byte {
		return []byte(strings.Repeat("word ", n))
	}},
	{"one line of list markers (16 B)", 5 << 20 / 16, func(n int) []byte {
		return []byte(hostileLead + strings.Repeat("(1) 1. a) I. • ", n))
	}},
	{"nested divs", 10000, func(n int) []byte {
		return []byte("<html><body><main>" + strings.Repeat("<div>", n) + "<p>" + hostileLead + "</p>" + strings.Repeat("</div>", n) + "</main></body></html>")
	}},
	{"unclosed nested divs and lists", 10000, func(n int) []byte {
		return []byte("<html><body><main><p>" + hostileLead + "</p>" + strings.Repeat("<div><ol><li>x", n) + "</main></body></html>")
	}},
	{"HTML list items", 100000, func(n int) []byte {
		return []byte("<html><body><main><p>" + hostileLead + "</p><ol>" + strings.Repeat("<li>Both sides agreed.</li>", n) + "</ol></main></body></html>")
	}},
	{"numbered text items", 100000, func(n int) []byte {
		var sb strings.Builder
		sb.WriteString("Meeting\n\n" + hostileLead + "\n\n")
		for i := 1; i <= n; i++ {
			fmt.Fprintf(&sb, "%d. Both sides agreed.\n", i)
		}
		return []byte(sb.String())
	}},
	{"bullets", 100000, func(n int) []byte {
		return []byte("Meeting\n\n" + hostileLead + "\n\n" + strings.Repeat("- Both sides agreed.\n", n))
	}},
	{"names (48 B)", 1 << 20 / 48, func(n int) []byte {
		return []byte(hostileLead + strings.Repeat("Mr. A B, Minister of C of D, and H.E. Ms. E F, ", n))
	}},
	{"dates and times (47 B)", 1 << 20 / 47, func(n int) []byte {
		return []byte(hostileLead + strings.Repeat("on June 24 at 5:35 p.m. (JST) for 30 minutes, ", n))
	}},
}

// hostileCost runs the pipeline over raw and returns its time and the
// bytes it allocated.
func hostileCost(t *testing.T, raw []byte) (time.Duration, uint64) {
	t.Helper()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	rec, err := ExtractBytes(context.Background(), raw, Options{Path: "hostile"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Marshal(rec, EmitOptions{}); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	return took, after.TotalAlloc - before.TotalAlloc
}

func TestHostileSizes(t *testing.T) {
	if testing.Short() {
		t.Skip("takes seconds: skipped under -short")
	}
	full := os.Getenv("READOUT_HOSTILE") == "full"
	for _, c := range hostileCases {
		t.Run(c.name, func(t *testing.T) {
			if full {
				raw := c.raw(c.full)
				took, alloc := hostileCost(t, raw)
				mb := float64(len(raw)) / (1 << 20)
				t.Logf("%d units, %.2f MB: %v, %.0f MB allocated (%.0f× the input)", c.full, mb, took.Round(time.Millisecond), float64(alloc)/(1<<20), float64(alloc)/float64(len(raw)))
				return
			}
			n := max(c.full/32, 200)
			small, big := c.raw(n), c.raw(2*n)
			t1, a1 := hostileCost(t, small)
			t2, a2 := hostileCost(t, big)
			ratio := float64(a2) / float64(a1)
			t.Logf("%d units: %v, %d KB; %d units: %v, %d KB (×%.2f)", n, t1.Round(time.Millisecond), a1>>10, 2*n, t2.Round(time.Millisecond), a2>>10, ratio)
			if ratio > 2.6 {
				t.Errorf("twice the input allocates %.2f times as much: the cost is not linear", ratio)
			}
		})
	}
}
