package pipeline

import (
	"fmt"
	"strings"
)

// recoverPanic, deferred by ExtractBytes and Marshal, turns a panic into
// the error of the input at path: "path: panic: <value> (at <function>
// <file>:<line>)", and zeroes the result, so one bad input never brings
// down a batch run or a program that embeds the library. It must be
// called directly by defer.
func recoverPanic[T any](path string, result *T, err *error) {
	if v := recover(); v != nil {
		var zero T
		*result, *err = zero, fmt.Errorf("%s: %w", inputName(path), panicError(v))
	}
}

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
	clean = stripControls(strings.ToValidUTF8(path, "\ufffd"))
	if clean == "" && path != "" {
		clean = "\ufffd" // a name made only of control characters
	}
	return clean, clean == path
}
