package pipeline_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// outsideMain is the program of a module outside this repository that
// uses readout as a library: it extracts one readout and batches a folder
// to JSON Lines, as a user's scraper or service would.
const outsideMain = `package main

import (
	"context"
	"fmt"
	"os"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

func main() {
	ctx := context.Background()
	rec, err := pipeline.ExtractFile(ctx, os.Args[1], pipeline.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(rec.Schema == extract.SchemaVersion, rec.Kind, rec.Date, rec.Time.UTC != nil)

	sink := pipeline.NewJSONLSink(os.Stdout, false)
	rep, err := pipeline.Batch(ctx, os.Args[2], pipeline.BatchOptions{Ordered: true}, sink)
	if err == nil {
		err = sink.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("batch: %d ok, %d failed\n", rep.Counts.OK, rep.Counts.Failed)
}
`

// TestOutsideModule builds and runs a program in a new module outside the
// repository that imports the library through a replace directive. The
// outside module requires what readout's go.mod requires, at the same
// versions, with readout's go.sum (what "go mod tidy" would write), so
// building it needs exactly the modules that building readout needs:
// whatever state the module cache is in, "go test ./..." has just
// filled it with those. It never downloads anything (GOPROXY=off) and is
// skipped under -short or without go.
func TestOutsideModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a separate module; skipped under -short")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	ourMod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	gomod := "module example.com/readoutuser\n\ngo 1.26.0\n\n" +
		"require github.com/readout/readout v0.0.0\n\n" +
		requireBlocks(string(ourMod)) +
		"replace github.com/readout/readout => " + root + "\n"
	archive := filepath.Join(mod, "archive")
	for name, data := range map[string][]byte{
		"go.mod":  []byte(gomod),
		"go.sum":  sum,
		"main.go": []byte(outsideMain),
	} {
		if err := os.WriteFile(filepath.Join(mod, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(archive, "2025"), 0o755); err != nil {
		t.Fatal(err)
	}
	for src, dst := range map[string]string{
		seedPath: "2025/seed.txt",
		"../testdata/seed-mofa-nato-2025-06-24-mofa.html": "2025/seed.html",
		"../testdata/wh-readout-sweden.md":                "sweden.md",
	} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(archive, dst), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	seed, err := filepath.Abs(seedPath)
	if err != nil {
		t.Fatal(err)
	}

	cmd := exec.CommandContext(t.Context(), goBin, "run", ".", seed, archive)
	cmd.Dir = mod
	cmd.Env = append(os.Environ(),
		"GOFLAGS=-mod=readonly -buildvcs=false", // go.mod is complete: change nothing
		"GOPROXY=off",                           // from the module cache only: never download
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go run in an outside module: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 5 {
		t.Fatalf("want 5 lines, got:\n%s", out)
	}
	if lines[0] != "true meeting 2025-06-24 true" {
		t.Errorf("extract: %q", lines[0])
	}
	for _, l := range lines[1:4] {
		if !strings.HasPrefix(l, `{"schema":"readout/v1",`) {
			t.Errorf("batch line is not a record: %.80s", l)
		}
	}
	if lines[4] != "batch: 3 ok, 0 failed" {
		t.Errorf("batch: %q", lines[4])
	}
}

// requireBlocks returns the require directives of the go.mod text gomod,
// one block per directive, each followed by a blank line.
func requireBlocks(gomod string) string {
	var sb strings.Builder
	in := false
	for line := range strings.Lines(gomod) {
		trimmed := strings.TrimSpace(line)
		switch {
		case in:
			sb.WriteString(line)
			if trimmed == ")" {
				sb.WriteString("\n")
				in = false
			}
		case strings.HasPrefix(trimmed, "require ("):
			sb.WriteString(line)
			in = true
		case strings.HasPrefix(trimmed, "require "):
			sb.WriteString(line + "\n")
		}
	}
	return sb.String()
}
