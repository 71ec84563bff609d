package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"

	"github.com/readout/readout/extract"
)

// toolVersion is readout's release version.
const toolVersion = "0.1.0"

const versionHelp = `Usage: readout version

Print readout's version and the version of the records it writes, then the
build: the module version Go stamped, and the commit it was built from, with
"modified" when the working tree had uncommitted changes. Two binaries with
the same first line but different revisions may write different records.

Example:
  readout version

  readout 0.1.0 (schema readout/v1)
  module github.com/readout/readout v0.0.0-20261204161440-887eb8dbdde6
  revision 887eb8dbdde65650e476f1bf328ec58a9dcfa2f1 (2026-12-04T16:14:40Z)
`

// build describes how this binary was built, from the information the Go
// linker stamps into it (runtime/debug.ReadBuildInfo).
type build struct {
	// module is the main module's version: a release ("v0.1.0", from go
	// install ...@v0.1.0), a pseudo-version from the VCS, or "(devel)".
	module string
	// revision is the VCS commit, "" when the build was not stamped
	// (-buildvcs=false, or not built from a repository).
	revision string
	// time is the commit's time, RFC 3339.
	time string
	// modified says the working tree had uncommitted changes.
	modified bool
}

// readBuild returns this binary's build.
func readBuild() build {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return build{module: "(devel)"}
	}
	return buildOf(info)
}

// buildOf reads a build from Go's build information.
func buildOf(info *debug.BuildInfo) build {
	b := build{module: info.Main.Version}
	if b.module == "" {
		b.module = "(devel)"
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.revision = s.Value
		case "vcs.time":
			b.time = s.Value
		case "vcs.modified":
			b.modified = s.Value == "true"
		}
	}
	return b
}

// String is what readout version prints after its first line.
func (b build) String() string {
	s := "module github.com/readout/readout " + b.module + "\n"
	switch {
	case b.revision == "":
		s += "revision unknown (built without version control information)\n"
	default:
		s += "revision " + b.revision
		if b.time != "" {
			s += " (" + b.time + ")"
		}
		if b.modified {
			s += " modified"
		}
		s += "\n"
	}
	return s
}

// buildID names this build for --resume: the release and the VCS
// revision, and for a build without one, or from a working tree with
// uncommitted changes, a digest of the executable itself, so that two
// such builds are never taken for the same.
func buildID() string {
	b := readBuild()
	id := toolVersion + " " + b.revision
	if b.revision == "" || b.modified {
		id += "+" + executableDigest()
	}
	return id
}

// executableDigest returns the first 12 hex digits of the SHA-256 of the
// running executable, or "unknown". The executable is read once per
// process: a batch names its build in the report it starts and in the
// one it ends with, and hashing tens of megabytes each time cost more
// than reading a readout.
var executableDigest = sync.OnceValue(hashExecutable)

// hashExecutable does the work of executableDigest.
func hashExecutable() string {
	p, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	f, err := os.Open(p)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// versionLine is the first line of readout version: the release and the
// schema of the records it writes.
func versionLine() string {
	return fmt.Sprintf("readout %s (schema %s)", toolVersion, extract.SchemaVersion)
}

// runVersion is the version command.
func runVersion(args []string, stdout, stderr io.Writer) int {
	if code, ok := parseNoArgs("version", versionHelp, args, stdout, stderr); !ok {
		return code
	}
	fmt.Fprintf(stdout, "%s\n%s", versionLine(), readBuild())
	return exitOK
}
