package treediff

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline/internal/core"
)

// ErrUnknownField means a field path given to compare records by names no
// field of the record.
var ErrUnknownField = errors.New("unknown record field")

// ignoredFields are left out of every golden comparison: where the input
// was read from (it moves with the folder) and what only an explained
// record carries.
var ignoredFields = [][]string{{"source", "path"}, {"source", "text"}, {"evidence"}}

// Diff compares want with got, both cut down to sel, and returns the
// unified diff between them headed by the names a and b, or "".
func Diff(want, got any, sel *FieldSet, a, b string) string {
	want, got = sel.apply(want), sel.apply(got)
	var x, y []line
	renderTree(want, got, "", 0, &x)
	renderTree(got, got, "", 0, &y)
	return unifiedDiff(x, y, a, b, diffContext)
}

// diffContext is how many unchanged lines a diff shows around a change.
const diffContext = 3

// SourcePath is the source.path of the parsed record tree v, or "".
func SourcePath(v any) string {
	if m, ok := v.(*omap); ok {
		if src, ok := m.vals["source"].(*omap); ok {
			if p, ok := src.vals["path"].(string); ok {
				return p
			}
		}
	}
	return ""
}

// omap is a parsed mapping that keeps its keys in order.
type omap struct {
	keys []string
	vals map[string]any
}

func newOmap(n int) *omap { return &omap{keys: make([]string, 0, n), vals: make(map[string]any, n)} }
func (m *omap) set(k string, v any) {
	if _, ok := m.vals[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

// Parse parses a golden record, YAML or JSON, into a tree of *omap,
// []any, string, int64, float64, bool and nil.
func Parse(data []byte) (any, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(trimmed) == 0 {
		return nil, errors.New("golden file is empty")
	}
	if trimmed[0] == '{' {
		// JSON, or a YAML flow mapping when it does not parse as JSON.
		if v, err := parseJSONTree(trimmed); err == nil {
			return v, nil
		}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("golden file is not YAML: %w", err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		return nil, errors.New("golden file holds more than one record")
	}
	v := nodeTree(&doc)
	if _, ok := v.(*omap); !ok {
		return nil, errors.New("golden file is not a record (want a mapping of fields)")
	}
	return v, nil
}

// parseJSONTree parses a JSON record, keys sorted (renderTree orders them
// by the other record anyway).
func parseJSONTree(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("golden file is not JSON: %w", err)
	}
	if dec.More() {
		return nil, errors.New("golden file holds more than one record")
	}
	return jsonTree(v), nil
}
func jsonTree(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := newOmap(len(v))
		for _, k := range slices.Sorted(maps.Keys(v)) {
			m.set(k, jsonTree(v[k]))
		}
		return m
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = jsonTree(e)
		}
		return out
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i
		}
		f, err := v.Float64()
		if err != nil {
			return v.String()
		}
		return number(f)
	}
	return v
}

// FromRecord returns rec as written (without evidence and source text) as
// a tree, keys in the record's order. It does not validate rec.
func FromRecord(rec *extract.Record) (any, error) {
	if rec == nil {
		return nil, fmt.Errorf("%w: no record", core.ErrInvalidRecord)
	}
	n, err := core.RecordNode(rec)
	if err != nil {
		return nil, err
	}
	return nodeTree(n), nil
}

// nodeTree turns a YAML node into a tree. Scalars are read by their
// resolved tag: numbers as int64 or float64 (an integral float is an
// int64), timestamps as "YYYY-MM-DD" or an RFC 3339 UTC instant.
func nodeTree(n *yaml.Node) any {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return nodeTree(n.Content[0])
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil
		}
		return nodeTree(n.Alias)
	case yaml.MappingNode:
		m := newOmap(len(n.Content) / 2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m.set(n.Content[i].Value, nodeTree(n.Content[i+1]))
		}
		return m
	case yaml.SequenceNode:
		out := make([]any, len(n.Content))
		for i, c := range n.Content {
			out[i] = nodeTree(c)
		}
		return out
	}
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool", "!!int", "!!float":
		var v any
		if err := n.Decode(&v); err != nil {
			return n.Value
		}
		switch v := v.(type) {
		case int:
			return int64(v)
		case uint64:
			return number(float64(v))
		case float64:
			return number(v)
		}
		return v
	case "!!timestamp":
		return timestampText(n.Value)
	}
	return n.Value
}

// number returns f as an int64 when it is integral and fits.
func number(f float64) any {
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return int64(f)
	}
	return f
}

// timestampLayouts are the forms of a YAML timestamp.
var timestampLayouts = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999 Z07:00",
	"2006-1-2 15:4:5.999999999",
}

// timestampText returns a YAML timestamp as what it denotes: a date as
// YYYY-MM-DD, an instant in RFC 3339 at UTC; anything else as written.
func timestampText(s string) string {
	if t, err := time.Parse("2006-1-2", s); err == nil {
		return t.Format(time.DateOnly)
	}
	for _, l := range timestampLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC().Format(time.RFC3339Nano)
		}
	}
	return s
}
