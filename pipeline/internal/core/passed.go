package core

import "sync"

// passedCache remembers the JSON encodings of the last records that passed
// the schema. A record is validated when it is extracted and again when it
// is written, most often unchanged: the second check of the same bytes is
// then a map lookup instead of a schema walk (about a tenth of a batch's
// CPU). Validation is a function of the bytes alone, so a remembered pass
// is the answer the schema would give.
type passedCache struct {
	mu   sync.Mutex
	keys map[string]struct{}
	ring []string // insertion order, for eviction
	next int
}

// Bounds of the cache: entries, and the largest encoding kept (a record of
// a huge page is not worth holding).
const (
	passedEntries  = 64
	passedMaxBytes = 64 << 10
)

var passed = &passedCache{}

// has reports whether raw passed the schema recently.
func (c *passedCache) has(raw []byte) bool {
	if len(raw) > passedMaxBytes {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.keys[string(raw)]
	return ok
}

// add notes that raw passed the schema.
func (c *passedCache) add(raw []byte) {
	if len(raw) > passedMaxBytes {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.keys == nil {
		c.keys = make(map[string]struct{}, passedEntries)
		c.ring = make([]string, passedEntries)
	}
	k := string(raw)
	if _, ok := c.keys[k]; ok {
		return
	}
	if old := c.ring[c.next]; old != "" {
		delete(c.keys, old)
	}
	c.ring[c.next] = k
	c.keys[k] = struct{}{}
	c.next = (c.next + 1) % passedEntries
}
