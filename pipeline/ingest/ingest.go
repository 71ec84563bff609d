package ingest

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/readout/readout/extract"
)

// Errors a caller can tell apart with errors.Is; package pipeline
// re-exports them under the same names.
var (
	// ErrNotText means the input is binary (NUL bytes, an image, a PDF, an archive).
	ErrNotText = errors.New("not text")
	// ErrEmpty means the input holds no text, or a page with no body text.
	ErrEmpty = errors.New("no text")
	// ErrUnknownFormat means a format names no input format (want
	// "html", "text" or "").
	ErrUnknownFormat = errors.New("unknown input format")
)

// Bytes cleans raw input into a Document. format is "html", "text" or ""
// to detect it.
func Bytes(raw []byte, format string) (*extract.Document, error) {
	if format == "" {
		format = DetectFormat(raw)
	}
	switch format {
	case "html":
		return HTML(raw)
	case "text":
		return Text(raw)
	}
	return nil, fmt.Errorf("%w %q (want html or text)", ErrUnknownFormat, format)
}

// DetectFormat says whether raw looks like an HTML page or plain text.
func DetectFormat(raw []byte) string {
	head := raw
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))))
	for _, p := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<?xml")} {
		if bytes.HasPrefix(head, p) {
			return "html"
		}
	}
	for _, t := range [][]byte{[]byte("<body"), []byte("<head"), []byte("<p>"), []byte("<div"), []byte("<article"), []byte("<main")} {
		if bytes.Contains(head, t) {
			return "html"
		}
	}
	return "text"
}
