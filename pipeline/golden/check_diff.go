package golden

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
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

// DiffRecord compares the golden record golden (YAML or JSON) with rec
// field by field and returns a unified diff, golden lines marked "-" and
// rec's marked "+", or "" when they agree. Key order, quoting and YAML or
// JSON style do not matter: values are compared once parsed, dates and
// instants by what they denote. source.path, source.text and evidence are
// left out. fields, when not empty, limits the comparison to those dotted
// field paths ("date", "time.start", "participants"; a path through a list
// applies to each element: "participants.name"); a path that names no
// record field gives an error wrapping ErrUnknownField. A golden that does
// not parse gives an error.
func DiffRecord(golden []byte, rec *extract.Record, fields []string) (string, error) {
	sel, err := compileFields(fields)
	if err != nil {
		return "", err
	}
	want, err := parseGolden(golden)
	if err != nil {
		return "", err
	}
	got, err := recordTree(rec)
	if err != nil {
		return "", err
	}
	return diffTrees(want, got, sel, "golden", "now"), nil
}

// diffTrees compares want with got, both cut down to sel, and returns the
// unified diff between them headed by the names a and b, or "".
func diffTrees(want, got any, sel *fieldSet, a, b string) string {
	want, got = sel.apply(want), sel.apply(got)
	var x, y []line
	renderTree(want, got, "", 0, &x)
	renderTree(got, got, "", 0, &y)
	return unifiedDiff(x, y, a, b, diffContext)
}

// diffContext is how many unchanged lines a diff shows around a change.
const diffContext = 3

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

// parseGolden parses a golden record, YAML or JSON, into a tree of *omap,
// []any, string, int64, float64, bool and nil.
func parseGolden(data []byte) (any, error) {
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

// recordTree returns rec as written (without evidence and source text) as
// a tree, keys in the record's order. It does not validate rec.
func recordTree(rec *extract.Record) (any, error) {
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

// fieldSet is a trie of field paths: a node with no children keeps its
// whole value. The nil *fieldSet keeps everything.
type fieldSet struct {
	sub map[string]*fieldSet
}

// compileFields checks every dotted path in fields against the record's
// fields and returns them as a trie; nil when fields is empty.
func compileFields(fields []string) (*fieldSet, error) {
	var root *fieldSet
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		segs := strings.Split(f, ".")
		if err := checkFieldPath(reflect.TypeFor[extract.Record](), segs); err != nil {
			return nil, fmt.Errorf("%w %q: %w", ErrUnknownField, f, err)
		}
		if root == nil {
			root = &fieldSet{sub: map[string]*fieldSet{}}
		}
		n := root
		for i, s := range segs {
			c, ok := n.sub[s]
			if !ok {
				c = &fieldSet{}
				n.sub[s] = c
			} else if c.sub == nil {
				break // a shorter path already keeps the whole value
			}
			if i < len(segs)-1 {
				if c.sub == nil {
					c.sub = map[string]*fieldSet{}
				}
			} else {
				c.sub = nil
			}
			n = c
		}
	}
	return root, nil
}

// textMarshaler is the interface of types written as one scalar.
var textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()

// checkFieldPath says why segs names no field under t: structs by their
// yaml keys, a list's path going on into its elements, a map taking any
// key.
func checkFieldPath(t reflect.Type, segs []string) error {
	for i := 0; i < len(segs); {
		if t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) {
			return fmt.Errorf("%s has no fields", pathName(segs[:i]))
		}
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice:
			t = t.Elem()
			continue
		case reflect.Map:
			t = t.Elem()
			i++
			continue
		case reflect.Struct:
			f, ok := fieldByKey(t, segs[i])
			if !ok {
				return fmt.Errorf("%s has no field %q (want one of %s)", pathName(segs[:i]), segs[i], strings.Join(fieldKeys(t), ", "))
			}
			t = f.Type
			i++
			continue
		}
		return fmt.Errorf("%s has no fields", pathName(segs[:i]))
	}
	return nil
}

func pathName(segs []string) string {
	if len(segs) == 0 {
		return "the record"
	}
	return strings.Join(segs, ".")
}

// fieldByKey finds the field of the struct type t written under key.
func fieldByKey(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.IsExported() && yamlKey(f) == key {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// fieldKeys lists the yaml keys of the struct type t.
func fieldKeys(t reflect.Type) []string {
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.IsExported() && yamlKey(f) != "-" {
			keys = append(keys, yamlKey(f))
		}
	}
	return keys
}

func yamlKey(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "" {
		name = strings.ToLower(f.Name)
	}
	return name
}

// apply returns v without the ignored fields and, unless s is nil, with
// only the fields of s.
func (s *fieldSet) apply(v any) any {
	v = dropFields(v, ignoredFields)
	if s == nil {
		return v
	}
	return s.keep(v)
}

func (s *fieldSet) keep(v any) any {
	if s == nil || s.sub == nil {
		return v
	}
	switch v := v.(type) {
	case *omap:
		m := newOmap(len(s.sub))
		for _, k := range v.keys {
			if c, ok := s.sub[k]; ok {
				m.set(k, c.keep(v.vals[k]))
			}
		}
		return m
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = s.keep(e)
		}
		return out
	}
	return v
}

// dropFields returns the mapping v without the fields at paths (copying
// only what it changes).
func dropFields(v any, paths [][]string) any {
	m, ok := v.(*omap)
	if !ok {
		return v
	}
	var out *omap
	for _, p := range paths {
		cur, has := m.vals[p[0]]
		if !has {
			continue
		}
		if out == nil {
			out = &omap{keys: slices.Clone(m.keys), vals: make(map[string]any, len(m.vals))}
			for k, val := range m.vals {
				out.vals[k] = val
			}
		}
		if cur, has = out.vals[p[0]]; !has {
			continue
		}
		if len(p) == 1 {
			delete(out.vals, p[0])
			out.keys = slices.DeleteFunc(out.keys, func(k string) bool { return k == p[0] })
			continue
		}
		out.vals[p[0]] = dropFields(cur, [][]string{p[1:]})
	}
	if out == nil {
		return v
	}
	return out
}

// line is one line of a rendered tree, with the path of the field it
// shows.
type line struct {
	text string
	path string
}

// renderTree writes v as YAML-like lines, one field or list element a
// line, indented by indent spaces. Mapping keys come in the order of the
// matching mapping in ref, then the keys ref lacks in v's own order, so
// that two trees rendered against the same ref line up. Two trees render
// to the same lines exactly when they hold the same values.
func renderTree(v, ref any, path string, indent int, out *[]line) {
	pad := strings.Repeat(" ", indent)
	switch v := v.(type) {
	case *omap:
		if len(v.keys) == 0 {
			*out = append(*out, line{pad + "{}", path})
			return
		}
		rm, _ := ref.(*omap)
		for _, k := range keyOrder(v, rm) {
			val := v.vals[k]
			var rv any
			if rm != nil {
				rv = rm.vals[k]
			}
			p := core.JoinPath(path, k)
			key := k
			if core.NeedsQuoting(k) {
				key = strconv.Quote(k)
			}
			if isScalar(val) {
				*out = append(*out, line{pad + key + ": " + scalarText(val), p})
				continue
			}
			*out = append(*out, line{pad + key + ":", p})
			renderTree(val, rv, p, indent+2, out)
		}
	case []any:
		if len(v) == 0 {
			*out = append(*out, line{pad + "[]", path})
			return
		}
		rl, _ := ref.([]any)
		for i, e := range v {
			p := fmt.Sprintf("%s[%d]", path, i+1)
			if isScalar(e) {
				*out = append(*out, line{pad + "- " + scalarText(e), p})
				continue
			}
			var re any
			if i < len(rl) {
				re = rl[i]
			}
			start := len(*out)
			renderTree(e, re, p, indent+2, out)
			if _, ok := e.(*omap); ok {
				// "- " takes the place of the first field's indent.
				(*out)[start].text = pad + "- " + strings.TrimPrefix((*out)[start].text, pad+"  ")
			} else {
				*out = slices.Insert(*out, start, line{pad + "-", p})
			}
		}
	default:
		*out = append(*out, line{pad + scalarText(v), path})
	}
}

// keyOrder returns v's keys in ref's order, then those ref lacks.
func keyOrder(v, ref *omap) []string {
	if ref == nil {
		return v.keys
	}
	keys := make([]string, 0, len(v.keys))
	for _, k := range ref.keys {
		if _, ok := v.vals[k]; ok {
			keys = append(keys, k)
		}
	}
	for _, k := range v.keys {
		if _, ok := ref.vals[k]; !ok {
			keys = append(keys, k)
		}
	}
	return keys
}

// isScalar says whether v renders on its key's line: a scalar, or an
// empty list or mapping.
func isScalar(v any) bool {
	switch v := v.(type) {
	case *omap:
		return len(v.keys) == 0
	case []any:
		return len(v) == 0
	}
	return true
}

// scalarText writes a scalar so that different values never look alike:
// strings plain only where YAML reads them back as the same string, or as
// the date or instant they spell (which compare as their text).
func scalarText(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case string:
		if core.IsTimestamp(v) {
			// a date or instant, plain as records write it
			return v
		}
		if core.NeedsQuoting(v) || strings.ContainsAny(v, "\n\r\t") {
			return strconv.Quote(v)
		}
		return v
	case *omap:
		return "{}"
	case []any:
		return "[]"
	}
	return fmt.Sprint(v)
}

// maxDiffCells bounds the table of the line diff; longer changed runs are
// shown as all removed, then all added.
const maxDiffCells = 4 << 20

// unifiedDiff returns the unified diff of x and y by line text, with ctx
// lines of context, or "" when they are the same. Files are named a and
// b; each hunk is headed by the path of the first field it changes.
func unifiedDiff(x, y []line, a, b string, ctx int) string {
	ops := diffOps(x, y)
	changed := false
	for _, o := range ops {
		if o.mark != ' ' {
			changed = true
			break
		}
	}
	if !changed {
		return ""
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", a, b)
	for i := 0; i < len(ops); {
		if ops[i].mark == ' ' {
			i++
			continue
		}
		// A hunk runs from ctx lines before this change to ctx lines
		// after the last change that is at most 2*ctx lines from the
		// next one.
		start := max(0, i-ctx)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].mark != ' ' {
				end = j
				continue
			}
			if j-end > 2*ctx {
				break
			}
		}
		stop := min(len(ops), end+ctx+1)
		fmt.Fprintf(&sb, "@@ %s @@\n", hunkPath(ops[i].path))
		for _, o := range ops[start:stop] {
			sb.WriteByte(o.mark)
			sb.WriteString(o.text)
			sb.WriteByte('\n')
		}
		i = stop
	}
	return sb.String()
}

func hunkPath(p string) string {
	if p == "" {
		return "(record)"
	}
	return p
}

// diffOp is one line of a diff: ' ' kept, '-' only in x, '+' only in y.
type diffOp struct {
	mark byte
	line
}

// diffOps aligns x and y by a longest common subsequence of their lines,
// after taking off the common head and tail.
func diffOps(x, y []line) []diffOp {
	var head, tail []diffOp
	for len(x) > 0 && len(y) > 0 && x[0].text == y[0].text {
		head = append(head, diffOp{' ', y[0]})
		x, y = x[1:], y[1:]
	}
	for len(x) > 0 && len(y) > 0 && x[len(x)-1].text == y[len(y)-1].text {
		tail = append(tail, diffOp{' ', y[len(y)-1]})
		x, y = x[:len(x)-1], y[:len(y)-1]
	}
	ops := head
	if (len(x)+1)*(len(y)+1) > maxDiffCells {
		for _, l := range x {
			ops = append(ops, diffOp{'-', l})
		}
		for _, l := range y {
			ops = append(ops, diffOp{'+', l})
		}
	} else {
		ops = append(ops, lcsOps(x, y)...)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		ops = append(ops, tail[i])
	}
	return ops
}

// lcsOps is the diff of x and y by dynamic programming: removals before
// additions within each changed run.
func lcsOps(x, y []line) []diffOp {
	w := len(y) + 1
	// lcs[i*w+j] is the length of the longest common subsequence of
	// x[i:] and y[j:].
	lcs := make([]int32, (len(x)+1)*w)
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i].text == y[j].text {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	ops := make([]diffOp, 0, len(x)+len(y))
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i].text == y[j].text:
			ops = append(ops, diffOp{' ', y[j]})
			i++
			j++
		case i < len(x) && (j == len(y) || lcs[(i+1)*w+j] >= lcs[i*w+j+1]):
			ops = append(ops, diffOp{'-', x[i]})
			i++
		default:
			ops = append(ops, diffOp{'+', y[j]})
			j++
		}
	}
	return ops
}
