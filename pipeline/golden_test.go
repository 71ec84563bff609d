package pipeline

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// update rewrites the golden records: go test ./pipeline -run TestGolden -update
var update = flag.Bool("update", false, "rewrite testdata/*.golden.yaml from what extraction gives now")

// goldenDir holds the golden cases: every <case>.txt, .html or .md beside
// its expected record <case>.golden.yaml.
const goldenDir = "../testdata"

// goldenInputs lists the golden cases' input files, sorted.
func goldenInputs(t *testing.T) []string {
	t.Helper()
	var inputs []string
	for _, ext := range []string{".txt", ".html", ".md"} {
		m, err := filepath.Glob(filepath.Join(goldenDir, "*"+ext))
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, m...)
	}
	sort.Strings(inputs)
	return inputs
}

func goldenPath(input string) string {
	return strings.TrimSuffix(input, filepath.Ext(input)) + ".golden.yaml"
}

// TestGolden extracts every golden case and compares the record, as the
// CLI writes it, with the case's golden file.
func TestGolden(t *testing.T) {
	inputs := goldenInputs(t)
	if len(inputs) == 0 {
		t.Fatalf("no golden cases in %s", goldenDir)
	}
	for _, in := range inputs {
		name := filepath.Base(in)
		t.Run(strings.TrimSuffix(name, filepath.Ext(name)), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			// source.path as the CLI would write it from the repository root.
			rec, err := ExtractBytes(context.Background(), raw, Options{Path: "testdata/" + name})
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			got, err := Marshal(rec, EmitOptions{})
			if err != nil {
				t.Fatalf("emit: %v", err)
			}
			gp := goldenPath(in)
			if *update {
				if err := os.WriteFile(gp, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gp)
			if err != nil {
				t.Fatalf("%v (run: go test ./pipeline -run TestGolden -update, then review the new file)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("record differs from %s (- golden, + now; rewrite with -update once the change is right):\n%s",
					filepath.Base(gp), lineDiff(string(want), string(got), 2, 40))
			}
		})
	}
}

// TestGoldenFilesValid checks that every golden file is a valid record and
// has an input.
func TestGoldenFilesValid(t *testing.T) {
	inputs := map[string]bool{}
	for _, in := range goldenInputs(t) {
		g := goldenPath(in)
		if inputs[g] {
			t.Errorf("two inputs share %s: give %s another name", filepath.Base(g), filepath.Base(in))
		}
		inputs[g] = true
	}
	goldens, err := filepath.Glob(filepath.Join(goldenDir, "*.golden.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range goldens {
		if !inputs[g] {
			t.Errorf("%s has no input (.txt, .html or .md) beside it", filepath.Base(g))
		}
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ValidateYAML(data) {
			t.Errorf("%s: %s", filepath.Base(g), p)
		}
	}
}

// lineDiff returns a unified-style diff of a and b by lines: changed lines
// marked - and +, with ctx lines of context around each change, at most
// limit lines in all.
func lineDiff(a, b string, ctx, limit int) string {
	x := strings.Split(strings.TrimSuffix(a, "\n"), "\n")
	y := strings.Split(strings.TrimSuffix(b, "\n"), "\n")
	// lcs[i][j] is the length of the longest common subsequence of x[i:], y[j:].
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type op struct {
		mark byte
		line string
	}
	var ops []op
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			ops = append(ops, op{' ', x[i]})
			i++
			j++
		case i < len(x) && (j == len(y) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, op{'-', x[i]})
			i++
		default:
			ops = append(ops, op{'+', y[j]})
			j++
		}
	}
	show := make([]bool, len(ops))
	for k, o := range ops {
		if o.mark == ' ' {
			continue
		}
		for c := k - ctx; c <= k+ctx; c++ {
			if c >= 0 && c < len(ops) {
				show[c] = true
			}
		}
	}
	var sb strings.Builder
	lines, gap := 0, false
	for k, o := range ops {
		if !show[k] {
			gap = true
			continue
		}
		if lines == limit {
			sb.WriteString("  ...\n")
			break
		}
		if gap && lines > 0 {
			sb.WriteString("  ...\n")
		}
		gap = false
		line := o.line
		if len(line) > 160 {
			line = line[:157] + "..."
		}
		fmt.Fprintf(&sb, "%c %s\n", o.mark, line)
		lines++
	}
	return sb.String()
}

func TestLineDiff(t *testing.T) {
	a := "a\nb\nc\nd\ne\nf\ng\n"
	b := "a\nb\nc\nD\ne\nf\ng\nh\n"
	got := lineDiff(a, b, 1, 40)
	want := "  c\n- d\n+ D\n  e\n  ...\n  g\n+ h\n"
	if got != want {
		t.Errorf("lineDiff:\n%s\nwant:\n%s", got, want)
	}
}
