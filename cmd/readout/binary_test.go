package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// The tests in this file and the others that call runBin run the readout
// command as a user does: a binary built once by "go build" from this
// package, run as a separate process with its own standard streams,
// environment and working folder.

var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// readoutBinary builds the readout command once (with VCS stamping, as
// go install does) and returns its path; it skips the test when go is not
// on PATH.
func readoutBinary(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "readout-bin-")
		if binErr != nil {
			return
		}
		name := "readout"
		if runtime.GOOS == "windows" {
			name += ".exe"
		}
		binPath = filepath.Join(binDir, name)
		cmd := exec.Command(goBin, "build", "-buildvcs=auto", "-o", binPath, ".")
		cmd.Env = append(os.Environ(), "GOFLAGS=")
		if out, err := cmd.CombinedOutput(); err != nil {
			binErr = errors.New(err.Error() + "\n" + string(out))
		}
	})
	if binErr != nil {
		t.Fatalf("go build ./cmd/readout: %v", binErr)
	}
	return binPath
}

// binRun is one run of the built binary.
type binRun struct {
	args  []string
	stdin string
	dir   string   // working folder; "" is this package's folder
	env   []string // added to the environment (NO_COLOR is removed first)
}

// runBin runs the built binary as r says and returns its exit code and
// output.
func runBin(t *testing.T, r binRun) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), readoutBinary(t), r.args...)
	cmd.Dir = r.dir
	cmd.Stdin = strings.NewReader(r.stdin)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NO_COLOR=") && !strings.HasPrefix(kv, "CLICOLOR_FORCE=") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, r.env...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("readout %v: %v", r.args, err)
	}
	return code, o.String(), e.String()
}

// bin runs the built binary with args and no input.
func bin(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runBin(t, binRun{args: args})
}

func TestVersionNamesTheBuild(t *testing.T) {
	code, out, errOut := bin(t, "version")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 || lines[0] != "readout 0.1.0 (schema readout/v1)" || !strings.HasPrefix(lines[1], "module github.com/readout/readout ") {
		t.Fatalf("version:\n%s", out)
	}
	// What Go stamped into the binary is what version must say.
	meta, err := exec.Command("go", "version", "-m", readoutBinary(t)).Output()
	if err != nil {
		t.Fatal(err)
	}
	stamped := map[string]string{}
	for line := range strings.Lines(string(meta)) {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "build" {
			k, v, _ := strings.Cut(f[1], "=")
			stamped[k] = v
		}
		if len(f) >= 3 && f[0] == "mod" && f[1] == "github.com/readout/readout" && lines[1] != "module github.com/readout/readout "+f[2] {
			t.Errorf("module line %q, stamped %q", lines[1], f[2])
		}
	}
	rev := stamped["vcs.revision"]
	switch {
	case rev == "":
		// A worktree or -buildvcs=false: no revision to name.
		if lines[2] != "revision unknown (built without version control information)" {
			t.Errorf("unstamped build: %q", lines[2])
		}
	default:
		if !strings.HasPrefix(lines[2], "revision "+rev+" (") {
			t.Errorf("revision line %q, stamped %s", lines[2], rev)
		}
		if modified := strings.HasSuffix(lines[2], " modified"); modified != (stamped["vcs.modified"] == "true") {
			t.Errorf("revision line %q, stamped vcs.modified=%s", lines[2], stamped["vcs.modified"])
		}
	}
}
