package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/readout/readout/pipeline/internal/core"
)

// update rewrites the golden records: go test ./pipeline/golden -run TestGolden -update
var update = flag.Bool("update", false, "rewrite testdata/*.golden.yaml from what extraction gives now")

// goldenDir holds the golden cases: every <case>.txt, .html or .md beside
// its expected record <case>.golden.yaml.
const goldenDir = "../../testdata"

// TestGolden extracts every golden case and compares its record, field by
// field, with the case's golden file: the same comparison readout check
// makes and users' tests make with CheckGolden.
func TestGolden(t *testing.T) {
	CheckGolden(t, goldenDir, CheckOptions{Update: *update})
}

// TestGoldenFilesValid checks that every golden file is a valid record,
// written as the emitter writes records (no plain value a YAML 1.1 reader
// would misread).
func TestGoldenFilesValid(t *testing.T) {
	goldens, err := filepath.Glob(filepath.Join(goldenDir, "*"+GoldenYAML))
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) == 0 {
		t.Fatalf("no golden files in %s", goldenDir)
	}
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range core.ValidateYAML(data) {
			t.Errorf("%s: %s", filepath.Base(g), p)
		}
	}
}
