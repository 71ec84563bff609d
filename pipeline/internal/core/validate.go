package core

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"gopkg.in/yaml.v3"

	"github.com/readout/readout/extract"
)

// Problem is one way a record breaks the record schema.
type Problem struct {
	// Path is the failing field as a dotted path with 1-based list
	// indexes, the same form evidence uses: "time.start",
	// "participants[2].name", "agenda[1].points[3].number". "" is the
	// record as a whole.
	Path string
	// Message says what is wrong, in plain words.
	Message string
	// Line is the line of a YAML input the field is on; 0 when unknown.
	Line int
}

// String returns "path: message", naming the whole record "(record)".
func (p Problem) String() string {
	path := p.Path
	if path == "" {
		path = "(record)"
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s: %s (line %d)", path, p.Message, p.Line)
	}
	return path + ": " + p.Message
}

// SchemaError is the error Validate returns: every problem found. It
// matches ErrInvalidRecord with errors.Is.
type SchemaError struct {
	Problems []Problem
}

// Error lists the problems, at most three of them.
func (e *SchemaError) Error() string {
	const show = 3
	var sb strings.Builder
	for i, p := range e.Problems {
		if i == show {
			fmt.Fprintf(&sb, "; and %d more", len(e.Problems)-show)
			break
		}
		if i > 0 {
			sb.WriteString("; ")
		}
		sb.WriteString(p.String())
	}
	return sb.String()
}

// Is makes errors.Is(err, ErrInvalidRecord) true for a SchemaError.
func (e *SchemaError) Is(target error) bool { return target == ErrInvalidRecord }

// recordSchema is the embedded record schema, compiled once.
var recordSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(extract.SchemaJSON))
	if err != nil {
		return nil, fmt.Errorf("read record schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(extract.SchemaID, doc); err != nil {
		return nil, fmt.Errorf("load record schema: %w", err)
	}
	sch, err := c.Compile(extract.SchemaID)
	if err != nil {
		return nil, fmt.Errorf("compile record schema: %w", err)
	}
	return sch, nil
})

// Validate checks rec against the record schema, and, when rec carries
// source.text, that every evidence span holds the text it claims. The
// error is a *SchemaError naming each failing field.
//
// The evidence map is checked in Go, not by the schema validator: a record
// of a page with 100,000 list items has 200,000 evidence entries, which
// took the validator seconds. For a Go record the schema asks only that
// each key is a field path and each span's offsets are not negative; when
// a key is not a field path, the whole record goes through the schema, so
// the problems are the schema's own.
func Validate(rec *extract.Record) error {
	if rec == nil {
		return &SchemaError{Problems: []Problem{{Message: "no record"}}}
	}
	// checked is what the schema sees: without the evidence map when every
	// key of it is a field path (evidenceProblems checks the spans).
	checked := rec
	if len(rec.Evidence) > 0 && evidenceKeysValid(rec.Evidence) {
		bare := *rec
		bare.Evidence = nil
		checked = &bare
	}
	probs, err := schemaProblems(checked)
	if err != nil {
		return err
	}
	probs = append(probs, evidenceProblems(rec)...)
	if len(probs) > 0 {
		return &SchemaError{Problems: probs}
	}
	return nil
}

// evidencePathPattern is the schema's pattern for an evidence key, read
// from the schema itself so the two never disagree.
var evidencePathPattern = sync.OnceValue(func() *regexp.Regexp {
	var sch struct {
		Properties struct {
			Evidence struct {
				PropertyNames struct {
					Pattern string `json:"pattern"`
				} `json:"propertyNames"`
			} `json:"evidence"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(extract.SchemaJSON, &sch); err != nil || sch.Properties.Evidence.PropertyNames.Pattern == "" {
		return nil
	}
	re, err := regexp.Compile(sch.Properties.Evidence.PropertyNames.Pattern)
	if err != nil {
		return nil
	}
	return re
})

// evidenceKeysValid reports whether every key of ev matches the schema's
// pattern for evidence keys.
func evidenceKeysValid(ev map[string]extract.Evidence) bool {
	re := evidencePathPattern()
	if re == nil {
		return false
	}
	for k := range ev {
		if !re.MatchString(k) {
			return false
		}
	}
	return true
}

// schemaProblems checks rec against the record schema.
func schemaProblems(rec *extract.Record) ([]Problem, error) {
	raw, err := json.Marshal(rec)
	if err != nil {
		return nil, fmt.Errorf("encode record for validation: %w", err)
	}
	if passed.has(raw) {
		return nil, nil
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("encode record for validation: %w", err)
	}
	probs, err := validateValue(v)
	if err == nil && len(probs) == 0 {
		passed.add(raw)
	}
	return probs, err
}

// ValidateOptions says how ValidateRecords reads records.
type ValidateOptions struct {
	// Strict reports every key the schema does not define. Without it
	// such keys (and everything under them) are passed over: optional
	// fields may be added within readout/v1, and a reader should ignore
	// keys it does not know.
	Strict bool
}

// ValidateYAML is ValidateRecords with Strict set: every key the schema
// does not define is a problem.
func ValidateYAML(data []byte) []Problem {
	return ValidateRecords(data, ValidateOptions{Strict: true})
}

// ValidateRecords checks every record in data (YAML or JSON; a YAML
// stream may hold several documents) against the record schema and
// returns the problems found, with the line each is on. It also reports
// plain scalars that a YAML 1.1 reader would misread (an unquoted 17:35 is
// the number 1055 there), since records are read by such readers too. An
// empty result means every record is valid.
func ValidateRecords(data []byte, opts ValidateOptions) []Problem {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var out []Problem
	n := 0
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return append(out, Problem{Message: "not YAML: " + strings.TrimPrefix(err.Error(), "yaml: ")})
		}
		n++
		probs := validateNode(&doc, opts.Strict)
		if n > 1 {
			for i := range probs {
				probs[i].Message = fmt.Sprintf("%s (record %d)", probs[i].Message, n)
			}
		}
		out = append(out, probs...)
	}
	if n == 0 {
		out = append(out, Problem{Message: "no record: the input is empty"})
	}
	return out
}

// validateValue checks a JSON-shaped value against the record schema.
func validateValue(v any) ([]Problem, error) {
	sch, err := recordSchema()
	if err != nil {
		return nil, err
	}
	err = sch.Validate(v)
	if err == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil, fmt.Errorf("validate record: %w", err)
	}
	var probs []Problem
	collectProblems(ve, &probs)
	sortProblems(probs)
	return probs, nil
}

var printer = message.NewPrinter(language.English)

// collectProblems flattens a validation error tree into its leaves, one
// Problem per failing field.
func collectProblems(ve *jsonschema.ValidationError, out *[]Problem) {
	if len(ve.Causes) > 0 {
		causes := ve.Causes
		if _, ok := ve.ErrorKind.(*kind.AnyOf); ok {
			causes = withoutNullBranch(causes)
		}
		for _, c := range causes {
			collectProblems(c, out)
		}
		return
	}
	at := dottedPath(ve.InstanceLocation)
	switch k := ve.ErrorKind.(type) {
	case *kind.Required:
		for _, m := range k.Missing {
			*out = append(*out, Problem{Path: JoinPath(at, m), Message: "missing: every record has this key (null or [] when the text states nothing)"})
		}
		return
	case *kind.AdditionalProperties:
		for _, p := range k.Properties {
			*out = append(*out, Problem{Path: JoinPath(at, p), Message: "unknown key: not part of " + extract.SchemaVersion})
		}
		return
	case *kind.Enum:
		want := make([]string, len(k.Want))
		for i, w := range k.Want {
			want[i] = fmt.Sprint(w)
		}
		*out = append(*out, Problem{Path: at, Message: fmt.Sprintf("%s is not one of %s", quoteValue(k.Got), strings.Join(want, ", "))})
		return
	case *kind.MinLength:
		if k.Want == 1 {
			*out = append(*out, Problem{Path: at, Message: "empty: write null, or leave the entry out, when the text states nothing"})
			return
		}
	case *kind.Pattern:
		*out = append(*out, Problem{Path: at, Message: fmt.Sprintf("%q is not %s", k.Got, patternName(k.Want))})
		return
	}
	*out = append(*out, Problem{Path: at, Message: ve.ErrorKind.LocalizedString(printer)})
}

// quoteValue writes a JSON-shaped value for a message: strings quoted.
func quoteValue(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

// withoutNullBranch drops the "must be null" failure of a nullable
// field's anyOf, so that the real problem with the value is what is
// reported.
func withoutNullBranch(causes []*jsonschema.ValidationError) []*jsonschema.ValidationError {
	var keep []*jsonschema.ValidationError
	for _, c := range causes {
		if t, ok := c.ErrorKind.(*kind.Type); ok && len(t.Want) == 1 && t.Want[0] == "null" && len(c.Causes) == 0 {
			continue
		}
		keep = append(keep, c)
	}
	if len(keep) == 0 {
		return causes
	}
	return keep
}

// patternName says in words what the schema pattern want accepts.
func patternName(want string) string {
	switch {
	case strings.Contains(want, "T(["):
		return "an RFC 3339 UTC instant (YYYY-MM-DDTHH:MM:SSZ)"
	case strings.HasPrefix(want, "^([01]"):
		return "a 24-hour HH:MM time"
	case strings.HasPrefix(want, "^[0-9]{4}-"):
		return "a YYYY-MM-DD date"
	case strings.Contains(want, "{64}"):
		return "64 lower-case hex digits"
	case strings.HasPrefix(want, "^[A-Za-z]"):
		return "an IANA time zone name"
	case strings.HasPrefix(want, "^[a-z_]"):
		return "a field path such as time.start or participants[1].name"
	}
	return "of the form " + want
}

// dottedPath turns a JSON instance location into a dotted path with
// 1-based list indexes ("participants[1].name"). Keys that are not plain
// names (evidence paths) are bracketed and quoted.
func dottedPath(loc []string) string {
	var sb strings.Builder
	for _, tok := range loc {
		if n, err := strconv.Atoi(tok); err == nil && n >= 0 {
			fmt.Fprintf(&sb, "[%d]", n+1)
			continue
		}
		if isPlainKey(tok) {
			if sb.Len() > 0 {
				sb.WriteByte('.')
			}
			sb.WriteString(tok)
			continue
		}
		fmt.Fprintf(&sb, "[%q]", tok)
	}
	return sb.String()
}

// JoinPath appends key to the record path parent, quoting a key that is
// not a plain name.
func JoinPath(parent, key string) string {
	if !isPlainKey(key) {
		return fmt.Sprintf("%s[%q]", parent, key)
	}
	if parent == "" {
		return key
	}
	return parent + "." + key
}
func isPlainKey(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
func sortProblems(probs []Problem) {
	sort.SliceStable(probs, func(i, j int) bool { return probs[i].Path < probs[j].Path })
}

// evidenceProblems checks that every evidence span is a well-formed range
// and, when the record carries source.text, that it holds the text it
// claims.
func evidenceProblems(rec *extract.Record) []Problem {
	if len(rec.Evidence) == 0 {
		return nil
	}
	keys := make([]string, 0, len(rec.Evidence))
	for k := range rec.Evidence {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	src := rec.Source.Text
	var out []Problem
	for _, k := range keys {
		ev := rec.Evidence[k]
		path := JoinPath("evidence", k)
		switch {
		case ev.Start < 0 || ev.End < ev.Start:
			out = append(out, Problem{Path: path, Message: fmt.Sprintf("span [%d, %d) is not a range", ev.Start, ev.End)})
		case src == "":
			// nothing to check the span against
		case ev.End > len(src):
			out = append(out, Problem{Path: path, Message: fmt.Sprintf("span [%d, %d) runs past the end of source.text (%d bytes)", ev.Start, ev.End, len(src))})
		case src[ev.Start:ev.End] != ev.Text:
			out = append(out, Problem{Path: path, Message: fmt.Sprintf("text %q is not what source.text holds at [%d, %d): %q", ev.Text, ev.Start, ev.End, src[ev.Start:ev.End])})
		}
	}
	return out
}
