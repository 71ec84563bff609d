package explain

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"gopkg.in/yaml.v3"
)

// This file draws a record's YAML beside the readout on the explain page,
// each line that holds an explained value linked to its mark.

// yamlLinks maps each line (1-based) of the YAML document src to the field
// path written on it, for the paths has reports true. A list item's line
// is linked to the item ("agenda[2]") when the item has evidence, else to
// the first of its own keys that has.
func yamlLinks(src []byte, has func(path string) bool) (map[int]string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("read record YAML: %w", err)
	}
	links := map[int]string{}
	var walk func(n *yaml.Node, path string)
	link := func(line int, path string) {
		if _, ok := links[line]; !ok && has(path) {
			links[line] = path
		}
	}
	walk = func(n *yaml.Node, path string) {
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, path)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				p := k.Value
				if path != "" {
					p = path + "." + k.Value
				}
				link(k.Line, p)
				walk(v, p)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				p := fmt.Sprintf("%s[%d]", path, i+1)
				link(c.Line, p)
				walk(c, p)
			}
		}
	}
	walk(&doc, "")
	return links, nil
}

// yamlHTML renders the YAML document src as escaped lines, wrapping each
// line that holds an explained value in a link to the value's mark.
// target returns the mark id and colour class of a path ("" when none).
func yamlHTML(src []byte, links map[int]string, target func(path string) (id, class string)) string {
	var sb strings.Builder
	lines := bytes.Split(bytes.TrimRight(src, "\n"), []byte("\n"))
	for i, line := range lines {
		esc := html.EscapeString(string(line))
		// A wrapped line hangs under its value: --i is the line's indent,
		// "- " included.
		indent := len(line) - len(bytes.TrimLeft(line, " -"))
		path, ok := links[i+1]
		id, class := "", ""
		if ok {
			id, class = target(path)
		}
		if id == "" {
			fmt.Fprintf(&sb, `<span class="yl" style="--i:%d">`, indent)
			sb.WriteString(esc)
			sb.WriteString("\n</span>")
			continue
		}
		// The newline stays inside the line's box: copied text keeps its
		// lines, and no empty line is drawn between blocks.
		fmt.Fprintf(&sb, `<a class="yl f-%s" style="--i:%d" href="#%s" title="%s">%s`+"\n</a>",
			class, indent, id, html.EscapeString(path), esc)
	}
	return sb.String()
}
