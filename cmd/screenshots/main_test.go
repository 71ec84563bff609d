package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunsFromTheRepositoryAlone builds the command and runs it from the
// repository root as the README says ("go run ./cmd/screenshots"), with no
// browser: it must find everything it needs in the repository (testdata/),
// nothing beside it.
func TestRunsFromTheRepositoryAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command; skipped under -short")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	tmp := t.TempDir()
	exe := filepath.Join(tmp, "screenshots")
	if out, err := exec.Command(goBin, "build", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out := filepath.Join(tmp, "out")
	cmd := exec.CommandContext(t.Context(), exe, "-chromium", "", "-out", out)
	cmd.Dir = filepath.Join("..", "..")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("screenshots: %v\n%s", err, msg)
	}
	for _, p := range []string{"seed.html", "stress.html", "batch/index.html", "batch/seed-mofa-nato-2025-06-24.txt.html", "report.html"} {
		if _, err := os.Stat(filepath.Join(out, p)); err != nil {
			t.Error(err)
		}
	}
	index, err := os.ReadFile(filepath.Join(out, "batch", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(index), "bad/") {
		t.Error("the batch index lists testdata/bad")
	}
}
