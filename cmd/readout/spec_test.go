package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestSpecNamesEveryField holds the repository's record specification
// (spec/record.md, the contract the README links) to the schema the code
// validates with: every field the schema (as readout schema prints it)
// allows is named in the specification, as `path` for an object's fields
// and `key` for a list item's.
func TestSpecNamesEveryField(t *testing.T) {
	spec, err := os.ReadFile("../../spec/record.md")
	if err != nil {
		t.Fatalf("the repository's record specification: %v", err)
	}
	code, out, errOut := bin(t, "schema")
	if code != exitOK {
		t.Fatalf("readout schema: exit %d: %s", code, errOut)
	}
	type node struct {
		Ref        string           `json:"$ref"`
		Properties map[string]*node `json:"properties"`
		Items      *node            `json:"items"`
		AnyOf      []*node          `json:"anyOf"`
		Additional any              `json:"additionalProperties"`
	}
	var schema struct {
		node
		Defs map[string]*node `json:"$defs"`
	}
	if err := json.Unmarshal([]byte(out), &schema); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{} // definitions walked (agenda items nest)
	var walk func(prefix string, n *node)
	walk = func(prefix string, n *node) {
		for n != nil && n.Ref != "" {
			name := strings.TrimPrefix(n.Ref, "#/$defs/")
			if seen[prefix+name] {
				return
			}
			seen[prefix+name] = true
			n = schema.Defs[name]
		}
		if n == nil {
			return
		}
		for _, a := range n.AnyOf {
			walk(prefix, a)
		}
		if n.Items != nil {
			// A list item's keys are named bare: `name`, `number`.
			walk("", n.Items)
			return
		}
		if add, ok := n.Additional.(map[string]any); ok && prefix != "" {
			// A map (evidence): its values' keys are named bare.
			raw, _ := json.Marshal(add)
			var v node
			if json.Unmarshal(raw, &v) == nil {
				walk("", &v)
			}
		}
		for k, v := range n.Properties {
			path := prefix + k
			if !strings.Contains(string(spec), "`"+path+"`") {
				t.Errorf("spec/record.md does not name `%s`", path)
			}
			walk(path+".", v)
		}
	}
	walk("", &schema.node)
}
