package treediff

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/readout/readout/pipeline/internal/core"
)

// This file renders two record trees as lines and writes their unified
// diff.

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
