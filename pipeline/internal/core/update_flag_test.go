package core

import "flag"

// The golden files are rewritten by the golden package's tests; the flag
// is accepted here too so that "go test ./... -update" runs in every
// package.
var _ = flag.Bool("update", false, "rewrite golden files (see pipeline/golden/golden_test.go)")
