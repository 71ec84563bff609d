package main

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
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

// executableDigest names the running executable's contents in 12
// characters, or "unknown". It is the Go build ID the linker writes into
// every executable (a hash of the build's inputs and of its output), read
// from the head of the file without reading the rest; only for an
// executable that carries none is the whole file hashed with SHA-256.
// The executable is read once per process: a batch names its build in the
// report it starts and in the one it ends with, and hashing tens of
// megabytes cost more than extracting a readout.
var executableDigest = sync.OnceValue(digestExecutable)

// digestExecutable does the work of executableDigest.
func digestExecutable() string {
	p, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	f, err := os.Open(p)
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	if id := goBuildID(f); id != "" {
		h := sha256.Sum256([]byte(id))
		return hex.EncodeToString(h[:])[:12]
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "unknown"
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "unknown"
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// goBuildID returns the Go build ID of the executable f, as "go tool
// buildid" prints it, or "" when f carries none. An ELF executable keeps
// it in the note section .note.go.buildid; other formats (Mach-O, PE) in
// the text, between goBuildIDStart and goBuildIDEnd, within the first
// goBuildIDWindow bytes, where cmd/internal/buildid looks for it too.
func goBuildID(f *os.File) string {
	if e, err := elf.NewFile(f); err == nil {
		s := e.Section(".note.go.buildid")
		if s == nil {
			return ""
		}
		note, err := s.Data()
		// A note is namesz, descsz and type (4 bytes each), then the
		// name "Go\x00\x00", then the ID.
		if err != nil || len(note) < 16 || string(note[12:14]) != "Go" {
			return ""
		}
		n := e.ByteOrder.Uint32(note[4:8])
		if uint64(n) > uint64(len(note)-16) {
			return ""
		}
		return string(note[16 : 16+n])
	}
	head := make([]byte, goBuildIDWindow)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	i := bytes.Index(head, []byte(goBuildIDStart))
	if i < 0 {
		return ""
	}
	head = head[i+len(goBuildIDStart):]
	j := bytes.Index(head, []byte(goBuildIDEnd))
	if j < 0 {
		return ""
	}
	return string(head[:j])
}

// How a non-ELF Go executable marks its build ID (cmd/internal/buildid).
const (
	goBuildIDStart  = "\xff Go build ID: \""
	goBuildIDEnd    = "\"\n \xff"
	goBuildIDWindow = 32 << 10
)

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
