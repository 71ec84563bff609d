package treediff

import (
	"encoding"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/readout/readout/extract"
)

// This file limits a comparison to the field paths a caller names, and
// checks that each names a record field.

// FieldSet is a trie of field paths: a node with no children keeps its
// whole value. The nil *FieldSet keeps everything.
type FieldSet struct {
	sub map[string]*FieldSet
}

// CompileFields checks every dotted path in fields against the record's
// fields and returns them as a trie; nil when fields is empty.
func CompileFields(fields []string) (*FieldSet, error) {
	var root *FieldSet
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
			root = &FieldSet{sub: map[string]*FieldSet{}}
		}
		n := root
		for i, s := range segs {
			c, ok := n.sub[s]
			if !ok {
				c = &FieldSet{}
				n.sub[s] = c
			} else if c.sub == nil {
				break // a shorter path already keeps the whole value
			}
			if i < len(segs)-1 {
				if c.sub == nil {
					c.sub = map[string]*FieldSet{}
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
func (s *FieldSet) apply(v any) any {
	v = dropFields(v, ignoredFields)
	if s == nil {
		return v
	}
	return s.keep(v)
}

func (s *FieldSet) keep(v any) any {
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
