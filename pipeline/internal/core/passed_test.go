package core

import (
	"fmt"
	"testing"
)

// TestPassedCacheBounded checks that the cache keeps at most
// passedEntries encodings, the newest, and never a large one.
func TestPassedCacheBounded(t *testing.T) {
	c := &passedCache{}
	for i := range 3 * passedEntries {
		c.add([]byte(fmt.Sprint("record ", i)))
	}
	if len(c.keys) != passedEntries {
		t.Fatalf("cache holds %d encodings, want %d", len(c.keys), passedEntries)
	}
	if c.has([]byte("record 0")) || !c.has([]byte(fmt.Sprint("record ", 3*passedEntries-1))) {
		t.Error("cache did not keep the newest encodings")
	}
	big := make([]byte, passedMaxBytes+1)
	c.add(big)
	if c.has(big) {
		t.Error("cache kept an encoding larger than passedMaxBytes")
	}
}

// TestValidateAfterPass checks that a record that passed, then changed
// into an invalid one, is reported: only the exact bytes that passed are
// remembered.
func TestValidateAfterPass(t *testing.T) {
	rec := seedRecord()
	if err := Validate(rec); err != nil {
		t.Fatalf("seed record: %v", err)
	}
	if err := Validate(rec); err != nil {
		t.Fatalf("seed record, again: %v", err)
	}
	rec.Kind = "banquet-of-sorts"
	if err := Validate(rec); err == nil {
		t.Error("a record with an unknown kind passed after the valid one")
	}
}
