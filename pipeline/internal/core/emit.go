package core

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/readout/readout/extract"
)

// EmitOptions control how a record is written.
type EmitOptions struct {
	// Format is "yaml" (the default) or "json".
	Format string
	// Explain keeps the record's evidence map and writes source.text, the
	// cleaned text every evidence offset points into. Without it both are
	// dropped.
	Explain bool
	// Text is the cleaned document text to write as source.text when
	// Explain is set; "" keeps the record's own Source.Text.
	Text string
}

// Encode validates rec and writes it to w in one write. Nothing is written
// when the record is invalid.
func Encode(w io.Writer, rec *extract.Record, opts EmitOptions) error {
	out, err := Marshal(rec, opts)
	if err != nil {
		return err
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("write record: %w", err)
	}
	return nil
}

// Marshal validates rec, as it will be written, against the record schema
// and returns its encoding. An invalid record gives an error that wraps
// ErrInvalidRecord and a *SchemaError naming each failing field. Like
// ExtractBytes, it turns a panic into an error naming the record's input.
func Marshal(rec *extract.Record, opts EmitOptions) (data []byte, err error) {
	if rec == nil {
		return nil, fmt.Errorf("%w: no record", ErrInvalidRecord)
	}
	defer recoverPanic(rec.Source.Path, &err, func() { data = nil })
	out := emitted(rec, opts)
	if err := Validate(out); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidRecord, err)
	}
	switch opts.Format {
	case "", "yaml":
		return marshalYAML(out)
	case "json":
		return marshalJSON(out)
	}
	return nil, fmt.Errorf("unknown output format %q (want yaml or json)", opts.Format)
}

// RecordNode returns the YAML node of rec as Marshal writes it with the
// zero EmitOptions, without validating rec.
func RecordNode(rec *extract.Record) (*yaml.Node, error) {
	return toNode(reflect.ValueOf(emitted(rec, EmitOptions{})), "")
}

// emitted returns the record as it is written: a shallow copy of rec
// without evidence and source.text unless opts asks to explain it.
func emitted(rec *extract.Record, opts EmitOptions) *extract.Record {
	out := *rec
	if !opts.Explain {
		out.Evidence = nil
		out.Source.Text = ""
		return &out
	}
	if opts.Text != "" {
		out.Source.Text = opts.Text
	}
	return &out
}

func marshalJSON(rec *extract.Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rec); err != nil {
		return nil, fmt.Errorf("encode record as JSON: %w", err)
	}
	return buf.Bytes(), nil
}

// marshalYAML writes rec as one YAML document. A record of more than
// wholeNodes nodes is encoded the top-level mapping one key at a time and
// a block list one item at a time: yaml.v3 keeps every event of a document
// until the document ends, so encoding a record with 100,000 agenda points
// in one go held a gigabyte. The text is the same as the one-document
// encoding (TestMarshalYAMLPieces): an item encoded as a one-item list and
// indented two spaces is the item as it stands under its key.
func marshalYAML(rec *extract.Record) ([]byte, error) {
	doc, err := toNode(reflect.ValueOf(rec), "")
	if err != nil {
		return nil, fmt.Errorf("encode record as YAML: %w", err)
	}
	var buf bytes.Buffer
	if nodesUpTo(doc, wholeNodes+1) <= wholeNodes {
		if err := encodeYAML(&buf, doc, ""); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if v.Kind != yaml.SequenceNode || len(v.Content) == 0 || v.Style&yaml.FlowStyle != 0 || k.Style != 0 {
			pair := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{k, v}}
			if err := encodeYAML(&buf, pair, ""); err != nil {
				return nil, err
			}
			continue
		}
		buf.WriteString(k.Value)
		buf.WriteString(":\n")
		for _, item := range v.Content {
			one := &yaml.Node{Kind: yaml.SequenceNode, Tag: v.Tag, Content: []*yaml.Node{item}}
			if err := encodeYAML(&buf, one, "  "); err != nil {
				return nil, err
			}
		}
	}
	return buf.Bytes(), nil
}

// wholeNodes is the size, in YAML nodes, up to which a record is encoded
// in one go: a readout's record has a few hundred, and every encoder
// yaml.v3 makes costs about two kilobytes before it writes a byte (one
// per key and list item was half of what a batch allocated).
var wholeNodes = 5000

// nodesUpTo counts the nodes of n, stopping at limit.
func nodesUpTo(n *yaml.Node, limit int) int {
	count := 1
	for _, c := range n.Content {
		if count >= limit {
			break
		}
		count += nodesUpTo(c, limit-count)
	}
	return count
}

// encodeYAML writes n as a YAML document to buf with a two-space indent,
// each non-empty line prefixed with indent.
func encodeYAML(buf *bytes.Buffer, n *yaml.Node, indent string) error {
	var out bytes.Buffer
	enc := yaml.NewEncoder(&out)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return fmt.Errorf("encode record as YAML: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("encode record as YAML: %w", err)
	}
	if indent == "" {
		buf.Write(out.Bytes())
		return nil
	}
	for line := range bytes.Lines(out.Bytes()) {
		if len(line) > 1 {
			buf.WriteString(indent)
		}
		buf.Write(line)
	}
	return nil
}

// Field paths whose strings have a fixed presentation. Paths are dotted,
// with "[]" for any list element and "[\"*\"]" for any map value.
var (
	// timestampFields hold dates and UTC instants: written plain, so that
	// a YAML reader sees a date or a timestamp, as the specification shows.
	timestampFields = map[string]bool{
		"published": true, "date": true, "time.utc": true, "time.also.date": true,
		"source.fetched": true,
	}
	// quotedFields are always double-quoted: clock times (a YAML 1.1
	// reader takes a plain 17:35 for the number 1055) and digests (which
	// can be all digits).
	quotedFields = map[string]bool{
		"time.start": true, "time.end": true, "time.also.start": true, "source.sha256": true,
	}
)

var textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()

// toNode builds the YAML node of v, following the yaml struct tags (key
// name, omitempty) so that keys come in struct order, and styles every
// string by the field it is in (see styleString). path is the dotted path
// of v, with "[]" for any list element.
func toNode(v reflect.Value, path string) (*yaml.Node, error) {
	if v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}, nil
		}
		v = v.Elem()
	}
	if v.Type().Implements(textMarshaler) {
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return styleString(string(b), path), nil
	}
	switch v.Kind() {
	case reflect.String:
		return styleString(v.String(), path), nil
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.Bool())}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v.Int(), 10)}, nil
	case reflect.Slice:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		if v.Len() == 0 {
			n.Style = yaml.FlowStyle
		}
		for i := 0; i < v.Len(); i++ {
			c, err := toNode(v.Index(i), path+"[]")
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, c)
		}
		return n, nil
	case reflect.Map:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			c, err := toNode(v.MapIndex(k), JoinPath(path, "*"))
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, keyNode(k.String()), c)
		}
		return n, nil
	case reflect.Struct:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			if name == "" {
				name = strings.ToLower(f.Name)
			}
			fv := v.Field(i)
			if strings.Contains(opts, "omitempty") && isEmpty(fv) {
				continue
			}
			c, err := toNode(fv, JoinPath(path, name))
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, keyNode(name), c)
		}
		return n, nil
	}
	return nil, fmt.Errorf("%s: cannot write a %s", path, v.Kind())
}

// isEmpty reports whether v is left out under omitempty: a zero value, or
// an empty list or map.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	}
	return v.IsZero()
}

func keyNode(k string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}
	if NeedsQuoting(k) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// styleString returns the scalar node of the string s found at path:
// plain where any YAML reader reads it back as the same string,
// double-quoted where a YAML 1.1 or 1.2 reader would take it for
// something else, dates and instants plain (typed, as the specification
// shows them), clock times and digests always quoted.
func styleString(s, path string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	switch {
	case timestampFields[path] && IsTimestamp(s):
		n.Tag = "!!timestamp"
	case quotedFields[path] || NeedsQuoting(s):
		n.Style = yaml.DoubleQuotedStyle
	case strings.Contains(s, "\n"):
		n.Style = yaml.LiteralStyle
	}
	return n
}

// Words and forms a YAML 1.1 reader (PyYAML, Ruby's Psych, libyaml
// bindings) or a YAML 1.2 reader resolves to something other than a
// string.
var (
	yamlBoolNullWords = []string{
		"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
		"true", "True", "TRUE", "false", "False", "FALSE",
		"on", "On", "ON", "off", "Off", "OFF",
		"null", "Null", "NULL", "~", "<<", "=",
	}
	yamlNumberForms = []string{
		`[-+]?0b[01_]+`,        // binary int
		`[-+]?0x[0-9a-fA-F_]+`, // hex int
		`[-+]?0o?[0-7_]+`,      // octal int (1.1 "017", 1.2 "0o17")
		`[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?`, // decimal, sexagesimal 17:35, float
		`[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?`,                                   // .5
		`[-+]?\.(?:inf|Inf|INF)`,
		`\.(?:nan|NaN|NAN)`,
	}
	yamlTimestampForm = `[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?`

	yamlWords     = yamlWordSet(yamlBoolNullWords)
	yamlNumber    = regexp.MustCompile(`^(?:` + strings.Join(yamlNumberForms, "|") + `|` + yamlTimestampForm + `)$`)
	yamlTimestamp = regexp.MustCompile(`^` + yamlTimestampForm + `$`)
)

// yamlIndicators are the characters that cannot start a plain scalar, or
// start one that some reader misreads.
const yamlIndicators = "-?:,[]{}#&*!|>'\"%@`"

func yamlWordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// IsTimestamp reports whether s reads as a YAML timestamp.
func IsTimestamp(s string) bool { return yamlTimestamp.MatchString(s) }

// NeedsQuoting reports whether s, written as a plain YAML scalar, could be
// read back as something other than the same string by a YAML 1.1 or 1.2
// reader: booleans such as yes/no/on/off, nulls, numbers in any base,
// sexagesimal times such as 17:35, dates, strings that start with an
// indicator character (*&!|>%@ ...), hold ": " or " #", hold a control
// character or a Unicode line break, or have edge white space.
func NeedsQuoting(s string) bool {
	if s == "" {
		return true
	}
	if strings.IndexByte(yamlIndicators, s[0]) >= 0 {
		return true
	}
	if s != strings.TrimSpace(s) {
		return true
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return true
	}
	for _, r := range s {
		// U+0085, U+2028 and U+2029 are line breaks to a YAML 1.1 reader:
		// quoted, they are written as the escapes \N, \L and \P
		if (r < 0x20 && r != '\n') || r == 0x7f || r == '\ufeff' || r == '\u0085' || r == '\u2028' || r == '\u2029' {
			return true
		}
	}
	if yamlWords[s] {
		return true
	}
	// Numbers and timestamps start with a digit, a sign or a dot.
	if c := s[0]; (c < '0' || c > '9') && c != '+' && c != '.' {
		return false
	}
	return yamlNumber.MatchString(s)
}
