package core

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// panicContext is a context whose Err panics once it has been asked
// more than ok times: a way to make a panic happen inside ExtractBytes
// without a test hook in the code.
type panicContext struct {
	context.Context
	ok    int
	calls *int
}

func (c panicContext) Err() error {
	if *c.calls++; *c.calls > c.ok {
		panic("boom from a test")
	}
	return nil
}

func newPanicContext(ok int) panicContext {
	return panicContext{context.Background(), ok, new(int)}
}

func TestExtractBytesRecoversPanics(t *testing.T) {
	for _, c := range []struct{ path, name string }{
		{"archive/2024/page.html", "archive/2024/page.html"},
		{"-", "standard input"},
		{"", "input"},
	} {
		rec, err := ExtractBytes(newPanicContext(0), []byte("On June 24, A met B."), Options{Path: c.path})
		if rec != nil || err == nil {
			t.Fatalf("%q: got a record, want an error", c.path)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, c.name+": ") || !strings.Contains(msg, "boom from a test") || !strings.Contains(msg, "panic") {
			t.Errorf("%q: error %q does not name the input and the panic", c.path, msg)
		}
		if ReasonOf(err) != ReasonPanic {
			t.Errorf("%q: reason %q, want %q", c.path, ReasonOf(err), ReasonPanic)
		}
	}
	// Extract (and so ExtractFile) goes through ExtractBytes once it has
	// checked ctx itself.
	_, err := Extract(newPanicContext(1), strings.NewReader("On June 24, A met B."), Options{Path: "x.txt"})
	if err == nil || !strings.HasPrefix(err.Error(), "x.txt: ") {
		t.Errorf("Extract: %v", err)
	}
	if errors.Is(err, ErrInvalidRecord) {
		t.Errorf("a panic is not an invalid record: %v", err)
	}
}
