package core

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/readout/readout/pipeline/internal/controls"
)

// recoverPanic, deferred by ExtractDocument (and so ExtractBytes) and
// Marshal, turns a panic into the error of the input at path: "path:
// panic: <value> (at <function> <file>:<line>)", and calls reset to zero
// the other results, so one bad input never brings down a batch run or a
// program that embeds the library. It must be called directly by defer.
func recoverPanic(path string, err *error, reset func()) {
	if v := recover(); v != nil {
		reset()
		*err = fmt.Errorf("%s: %w", inputName(path), PanicError(v))
	}
}

// InputName is how an error names the input at path.
func InputName(path string) string { return inputName(path) }

// inputName is how an error names the input at path.
func inputName(path string) string {
	switch path {
	case "":
		return "input"
	case "-":
		return "standard input"
	}
	return path
}

// sourcePath returns path as a record's source.path can hold it: valid
// UTF-8 (a file name in a legacy encoding has each invalid byte replaced
// with U+FFFD) without control characters. ok is false when path had to
// be changed.
func sourcePath(path string) (clean string, ok bool) {
	clean = controls.Strip(strings.ToValidUTF8(path, "\ufffd"))
	if clean == "" && path != "" {
		clean = "\ufffd" // a name made only of control characters
	}
	return clean, clean == path
}

// PanicError describes a recovered panic with the innermost frame of this
// module that raised it, so a report entry points at the bug.
func PanicError(v any) error {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	where := ""
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "github.com/readout/readout/") {
			where = fmt.Sprintf(" (at %s %s:%d)", f.Function[strings.LastIndex(f.Function, "/")+1:], filepath.Base(f.File), f.Line)
			break
		}
		if !more {
			break
		}
	}
	return &StageError{ReasonPanic, fmt.Errorf("%v%s", v, where)}
}
