package batch

import (
	"fmt"
	"strconv"
	"strings"
)

// Shard is one part of an archive split across machines: the inputs whose
// stable hash falls in part K of N. Inputs are files, by their path under
// the archive, and web archive records, by "path#offset"; the hash (64-bit
// FNV-1a of that name) is the same on every machine and every run, so N
// runs, one per shard, each read a different part and together read every
// input exactly once, with no coordination. The zero Shard is the whole
// archive.
type Shard struct {
	K, N int
}

// ParseShard reads a shard written "K/N", 1 <= K <= N.
func ParseShard(s string) (Shard, error) {
	ks, ns, ok := strings.Cut(strings.TrimSpace(s), "/")
	k, kerr := strconv.Atoi(ks)
	n, nerr := strconv.Atoi(ns)
	switch {
	case !ok || kerr != nil || nerr != nil:
		return Shard{}, fmt.Errorf("shard %q: want K/N, as 2/8", s)
	case n < 1 || k < 1 || k > n:
		return Shard{}, fmt.Errorf("shard %q: want 1 <= K <= N", s)
	}
	return Shard{K: k, N: n}, nil
}

// String returns "K/N", or "" for the whole archive.
func (s Shard) String() string {
	if s.N == 0 {
		return ""
	}
	return strconv.Itoa(s.K) + "/" + strconv.Itoa(s.N)
}

// Has says whether the input named key falls in the shard.
func (s Shard) Has(key string) bool {
	if s.N <= 1 {
		return true
	}
	return int(fnv64a(key)%uint64(s.N)) == s.K-1
}

// fnv64a is the 64-bit FNV-1a hash of s.
func fnv64a(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}
