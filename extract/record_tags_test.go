package extract

import (
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestRecordTagsMatchSchema checks that Record and every type in it carry
// YAML and JSON tags that agree with each other and with the record's JSON
// Schema: each exported field is a property of the matching schema object,
// each property a field, and a field is required exactly when it is not
// omitempty.
func TestRecordTagsMatchSchema(t *testing.T) {
	var schema map[string]any
	if err := json.Unmarshal(SchemaJSON, &schema); err != nil {
		t.Fatal(err)
	}
	defs, _ := schema["$defs"].(map[string]any)
	checkTags(t, reflect.TypeFor[Record](), schema, defs, "record", map[reflect.Type]bool{})
}

var textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()

// objectSchema follows $ref and the non-null branch of anyOf/oneOf down to
// the schema of an object (or array), or nil.
func objectSchema(s map[string]any, defs map[string]any) map[string]any {
	for s != nil {
		if ref, ok := s["$ref"].(string); ok {
			s, _ = defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
			continue
		}
		var next map[string]any
		for _, k := range []string{"anyOf", "oneOf"} {
			branches, _ := s[k].([]any)
			for _, b := range branches {
				if bm, ok := b.(map[string]any); ok && bm["type"] != "null" {
					next = bm
				}
			}
		}
		if next == nil {
			return s
		}
		s = next
	}
	return nil
}

// checkTags checks the struct typ against the schema s; seen holds the
// types already checked (AgendaItem holds itself).
func checkTags(t *testing.T, typ reflect.Type, s, defs map[string]any, where string, seen map[reflect.Type]bool) {
	t.Helper()
	for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
		key := "items"
		if typ.Kind() == reflect.Map {
			key = "additionalProperties"
		}
		typ = typ.Elem()
		if sub, ok := objectSchema(s, defs)[key].(map[string]any); ok {
			s = sub
		}
	}
	if typ.Kind() != reflect.Struct || typ.Implements(textMarshalerType) || seen[typ] {
		return
	}
	seen[typ] = true
	s = objectSchema(s, defs)
	props, _ := s["properties"].(map[string]any)
	if props == nil {
		t.Errorf("%s: schema has no properties for %s", where, typ)
		return
	}
	var required []string
	for _, r := range s["required"].([]any) {
		required = append(required, r.(string))
	}
	fields := map[string]bool{}
	for i := range typ.NumField() {
		f := typ.Field(i)
		if !f.IsExported() {
			continue
		}
		yname, yopts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		jname, jopts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if yname == "" || yname != jname || yopts != jopts {
			t.Errorf("%s.%s: yaml tag %q and json tag %q differ", typ.Name(), f.Name, f.Tag.Get("yaml"), f.Tag.Get("json"))
			continue
		}
		fields[yname] = true
		p, ok := props[yname].(map[string]any)
		if !ok {
			t.Errorf("%s.%s: %q is not a property of %s in the schema", typ.Name(), f.Name, yname, where)
			continue
		}
		omit := strings.Contains(yopts, "omitempty")
		if req := slices.Contains(required, yname); req == omit {
			t.Errorf("%s.%s: required in the schema %v, but omitempty %v", typ.Name(), f.Name, req, omit)
		}
		checkTags(t, f.Type, p, defs, where+"."+yname, seen)
	}
	for name := range props {
		if !fields[name] {
			t.Errorf("%s: schema property %q has no field in %s", where, name, typ)
		}
	}
}
