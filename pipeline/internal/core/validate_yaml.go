package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"gopkg.in/yaml.v3"
)

// This file validates record files as written: YAML nodes turned into
// values with their line numbers, and keys readout/v1 may gain set aside.

// validateNode checks one YAML document; unless strict, keys the schema
// does not define are dropped first.
func validateNode(doc *yaml.Node, strict bool) []Problem {
	c := nodeConverter{lines: map[string]int{}}
	v := c.value(doc, "")
	if m, ok := v.(map[string]any); !ok || m["schema"] == nil {
		return []Problem{{Message: "not a readout record: no schema key (want schema: " + extract.SchemaVersion + ")", Line: c.lines[""]}}
	}
	if !strict {
		dropped, err := dropUnknownKeys(v)
		if err != nil {
			return []Problem{{Message: err.Error()}}
		}
		c.problems = slices.DeleteFunc(c.problems, func(p Problem) bool {
			for _, d := range dropped {
				if p.Path == d || strings.HasPrefix(p.Path, d+".") || strings.HasPrefix(p.Path, d+"[") {
					return true
				}
			}
			return false
		})
	}
	probs, err := validateValue(v)
	if err != nil {
		return []Problem{{Message: err.Error()}}
	}
	probs = append(probs, c.problems...)
	if len(probs) == 0 {
		// The shape is right: check the evidence against source.text.
		raw, err := json.Marshal(v)
		var rec extract.Record
		if err == nil {
			err = json.Unmarshal(raw, &rec)
		}
		if err != nil {
			return []Problem{{Message: "cannot read record: " + err.Error()}}
		}
		probs = evidenceProblems(&rec)
	}
	for i := range probs {
		if probs[i].Line == 0 {
			probs[i].Line = c.line(probs[i].Path)
		}
	}
	sortProblems(probs)
	return probs
}

// dropUnknownKeys deletes from the JSON-shaped record v every key the
// schema does not define, and returns their dotted paths.
func dropUnknownKeys(v any) ([]string, error) {
	sch, err := recordSchema()
	if err != nil {
		return nil, err
	}
	var dropped []string
	// An unknown key inside a nullable object is reported only once the
	// keys around it are right: a few rounds find them all.
	for range 4 {
		var ve *jsonschema.ValidationError
		if err := sch.Validate(v); !errors.As(err, &ve) {
			break
		}
		var locs [][]string
		unknownKeyLocations(ve, &locs)
		if len(locs) == 0 {
			break
		}
		for _, loc := range locs {
			if deleteAt(v, loc) {
				dropped = append(dropped, dottedPath(loc))
			}
		}
	}
	return dropped, nil
}

// unknownKeyLocations collects the instance location of every key the
// validation error tree ve reports as not allowed.
func unknownKeyLocations(ve *jsonschema.ValidationError, out *[][]string) {
	if k, ok := ve.ErrorKind.(*kind.AdditionalProperties); ok {
		for _, p := range k.Properties {
			*out = append(*out, append(slices.Clone(ve.InstanceLocation), p))
		}
	}
	for _, c := range ve.Causes {
		unknownKeyLocations(c, out)
	}
}

// deleteAt deletes the key at loc (map keys and list indexes from the
// root) from v, reporting whether it was there.
func deleteAt(v any, loc []string) bool {
	for i, tok := range loc {
		last := i == len(loc)-1
		switch x := v.(type) {
		case map[string]any:
			if last {
				_, ok := x[tok]
				delete(x, tok)
				return ok
			}
			v = x[tok]
		case []any:
			n, err := strconv.Atoi(tok)
			if err != nil || n < 0 || n >= len(x) || last {
				return false
			}
			v = x[n]
		default:
			return false
		}
	}
	return false
}

// nodeConverter turns a YAML node tree into the JSON-shaped value the
// schema validator reads, noting the line of every field and the plain
// scalars a YAML 1.1 reader would misread.
type nodeConverter struct {
	lines    map[string]int
	problems []Problem
}

// line returns the line of path, or of its nearest parent that has one.
func (c *nodeConverter) line(path string) int {
	for {
		if l, ok := c.lines[path]; ok {
			return l
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return c.lines[""]
		}
		path = path[:i]
	}
}

func (c *nodeConverter) value(n *yaml.Node, path string) any {
	if _, seen := c.lines[path]; !seen {
		c.lines[path] = n.Line
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return c.value(n.Content[0], path)
	case yaml.AliasNode:
		return c.value(n.Alias, path)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			m[k] = c.value(n.Content[i+1], JoinPath(path, k))
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, e := range n.Content {
			s[i] = c.value(e, fmt.Sprintf("%s[%d]", path, i+1))
		}
		return s
	case yaml.ScalarNode:
		return c.scalar(n, path)
	}
	return nil
}

func (c *nodeConverter) scalar(n *yaml.Node, path string) any {
	plain := n.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0
	switch n.ShortTag() {
	case "!!str":
		if plain && NeedsQuoting(n.Value) {
			c.problems = append(c.problems, Problem{Path: path, Line: n.Line,
				Message: fmt.Sprintf("plain %s is not a string to a YAML 1.1 reader: quote it", n.Value)})
		}
		return n.Value
	case "!!timestamp":
		// A date or instant stays text: the schema checks its form. Only
		// date fields may be written as plain timestamps.
		if plain && !timestampFields[path] {
			c.problems = append(c.problems, Problem{Path: path, Line: n.Line,
				Message: fmt.Sprintf("plain %s is a date to a YAML reader, not a string: quote it", n.Value)})
		}
		return n.Value
	case "!!null":
		return nil
	case "!!bool", "!!int", "!!float":
		var v any
		if err := n.Decode(&v); err == nil {
			return v
		}
	}
	return n.Value
}
