package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/readout/readout/extract"
)

// writeTrace writes, for every value of rec, its field path, the rule that
// read it and the text it was read from: the debug view that leads from a
// wrong value to the rule (and so the file) to change. Paths come in record
// order (by the text's position, then by path).
func writeTrace(w io.Writer, rec *extract.Record) {
	paths := make([]string, 0, len(rec.Evidence))
	for p := range rec.Evidence {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool {
		a, b := rec.Evidence[paths[i]], rec.Evidence[paths[j]]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return paths[i] < paths[j]
	})
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FIELD\tRULE\tTEXT")
	for _, p := range paths {
		ev := rec.Evidence[p]
		fmt.Fprintf(tw, "%s\t%s\t%s\n", p, ev.Rule, terminalSafe(traceText(ev.Text)))
	}
	tw.Flush()
	for _, w2 := range rec.Warnings {
		fmt.Fprintf(w, "warning: %s\n", terminalSafe(w2))
	}
}

// traceText is evidence text on one line, shortened to 70 characters.
func traceText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 70 {
		s = string(r[:67]) + "..."
	}
	return fmt.Sprintf("%q", s)
}
