package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

// newCommandFlags returns the flag set of the command name, whose --help
// prints header, the flags and footer. Flags may be written -flag or
// --flag, before or after the arguments.
func newCommandFlags(name, header, footer string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), header)
		if hasFlags(fs) {
			fmt.Fprint(fs.Output(), "\nFlags (write -flag or --flag, before or after the arguments):\n")
			fs.PrintDefaults()
		}
		fmt.Fprint(fs.Output(), footer)
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parseCommand is how every command starts: the flag set of the command
// name (see newCommandFlags), the flags define puts on it (nil for none),
// and args parsed by parseCommandLine, whose results it returns with the
// flag set.
func parseCommand(name, header, footer string, define func(*flag.FlagSet), args []string, stdout, stderr io.Writer) (fs *flag.FlagSet, pos []string, code int, ok bool) {
	fs = newCommandFlags(name, header, footer)
	if define != nil {
		define(fs)
	}
	pos, code, ok = parseCommandLine(fs, args, stdout, stderr)
	return fs, pos, code, ok
}

// parseNoArgs is parseCommand for a command that takes neither flags nor
// arguments (schema, version): an argument is a usage error.
func parseNoArgs(name, header string, args []string, stdout, stderr io.Writer) (code int, ok bool) {
	_, pos, code, ok := parseCommand(name, header, "", nil, args, stdout, stderr)
	if ok && len(pos) > 0 {
		return usageError(stderr, name, fmt.Sprintf("takes no arguments, got %q", pos[0])), false
	}
	return code, ok
}

// parseCommandLine parses args with fs, allowing flags after the
// positional arguments ("extract page.html --format json"; "--" ends the
// flags), and returns the positional arguments. When it returns ok false
// the command is over and code is its exit code: --help printed the
// help on stdout (exit 0), or a bad flag was reported on stderr (exit 2).
func parseCommandLine(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (pos []string, code int, ok bool) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, exitOK, false
		}
		if err != nil {
			return nil, usageError(stderr, fs.Name(), flagMessage(fs, err)), false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, exitOK, true
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), exitOK, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// reUndefinedFlag and reBadValue match the flag package's messages for
// an unknown flag and a value its Set refused.
var (
	reUndefinedFlag = regexp.MustCompile(`^flag provided but not defined: -+(.+)$`)
	reBadValue      = regexp.MustCompile(`(?s)^invalid (?:boolean )?value (".*") for flag -(\S+): (.*)$`)
)

// flagMessage returns the flag package's err as the user's words:
// "--published "2025-13-45": impossible date: ...", and for an unknown
// flag the nearest the command has ("did you mean --format?").
func flagMessage(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if m := reBadValue.FindStringSubmatch(msg); m != nil {
		reason := strings.TrimPrefix(m[3], "parse error")
		if reason == "" || strings.HasPrefix(m[3], "strconv.") {
			reason = "not a number"
		}
		return fmt.Sprintf("%s %s: %s", dash(m[2]), terminalSafe(m[1]), reason)
	}
	m := reUndefinedFlag.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if near := nearest(m[1], names); near != "" {
		msg += fmt.Sprintf(" (did you mean --%s?)", near)
	}
	return msg
}

// usageError reports a usage mistake of the command name and returns the
// usage exit code.
func usageError(stderr io.Writer, name, msg string) int {
	fmt.Fprintf(stderr, "readout %s: %s\nRun \"readout %s --help\" for usage.\n", name, msg, name)
	return exitUsage
}

// reISODate is the shape of a YYYY-MM-DD date, possible or not.
var reISODate = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)

// parseFlagDate reads a date flag's YYYY-MM-DD value, telling a date that
// does not exist (2025-13-45, 2025-02-30) from one written another way.
func parseFlagDate(s string) (extract.Date, error) {
	d, err := extract.ParseDate(s)
	if err == nil {
		return d, nil
	}
	m := reISODate.FindStringSubmatch(s)
	if m == nil {
		return d, errors.New("not a date: want YYYY-MM-DD, e.g. 2025-06-24")
	}
	year, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3])
	if month < 1 || month > 12 {
		return d, fmt.Errorf("impossible date: there is no month %d (want YYYY-MM-DD, e.g. 2025-06-24)", month)
	}
	last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if day < 1 || day > last {
		return d, fmt.Errorf("impossible date: %s %d has %d days (want YYYY-MM-DD, e.g. 2025-06-24)", time.Month(month), year, last)
	}
	return d, errors.New("not a date: want YYYY-MM-DD, e.g. 2025-06-24")
}

// publishedFlag defines --published, a release date YYYY-MM-DD read into
// *dst (nil when the flag is not given).
func publishedFlag(fs *flag.FlagSet, dst **extract.Date, usage string) {
	fs.Func("published", usage, func(s string) error {
		d, err := parseFlagDate(s)
		if err != nil {
			return err
		}
		*dst = &d
		return nil
	})
}

// enumValue is a flag that takes one of a few words, in any case
// ("--format JSON" is --format json).
type enumValue struct {
	dst     *string
	choices []string
}

// enumFlag defines the flag name, whose value must be one of choices
// (compared without regard to case); *dst starts as def.
func enumFlag(fs *flag.FlagSet, dst *string, name, def, usage string, choices ...string) {
	*dst = def
	fs.Var(&enumValue{dst, choices}, name, usage)
}

func (e *enumValue) String() string {
	if e == nil || e.dst == nil {
		return ""
	}
	return *e.dst
}

func (e *enumValue) Set(s string) error {
	for _, c := range e.choices {
		if strings.EqualFold(strings.TrimSpace(s), c) {
			*e.dst = c
			return nil
		}
	}
	return fmt.Errorf("want %s", orList(e.choices))
}

// orList writes choices as "a, b or c".
func orList(choices []string) string {
	if len(choices) < 2 {
		return strings.Join(choices, "")
	}
	return strings.Join(choices[:len(choices)-1], ", ") + " or " + choices[len(choices)-1]
}

// byteSize is a flag holding a number of bytes, written as a plain number
// or with a unit: 1k, 1kB and 1KiB are 1024 bytes (as are M, MB, MiB,
// G, ...: binary multiples, as most tools read them).
type byteSize int64

// reByteSize is a size: a number (with an optional fraction) and a unit.
var reByteSize = regexp.MustCompile(`(?i)^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*$`)

// String writes the size with the largest binary unit that divides it.
func (b *byteSize) String() string {
	if b == nil {
		return "0"
	}
	n := int64(*b)
	for _, u := range []struct {
		name  string
		shift uint
	}{{"GiB", 30}, {"MiB", 20}, {"KiB", 10}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return strconv.FormatInt(n>>u.shift, 10) + u.name
		}
	}
	return strconv.FormatInt(n, 10)
}

func (b *byteSize) Set(s string) error {
	n, err := parseByteSize(s)
	if err != nil {
		return err
	}
	*b = byteSize(n)
	return nil
}

// parseByteSize reads a size such as 1000000, 1k, 512KiB, 4MiB or 1.5G.
func parseByteSize(s string) (int64, error) {
	m := reByteSize.FindStringSubmatch(s)
	if m == nil || (m[2] == "" && strings.EqualFold(m[3], "i")) {
		return 0, errors.New("not a size: want bytes, or a number with a unit, e.g. 1000000, 512k, 4MiB or 1G")
	}
	f, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, errors.New("not a size: want bytes, or a number with a unit, e.g. 1000000, 512k, 4MiB or 1G")
	}
	shift := map[string]uint{"": 0, "k": 10, "m": 20, "g": 30, "t": 40}[strings.ToLower(m[2])]
	f *= float64(uint64(1) << shift)
	if f < 1 {
		return 0, errors.New("want a positive size")
	}
	if f > math.MaxInt64/2 {
		return 0, errors.New("too large")
	}
	return int64(f), nil
}

// maxBytesFlag defines --max-bytes, a size read into *dst.
func maxBytesFlag(fs *flag.FlagSet, dst *int64, usage string) {
	*dst = pipeline.DefaultMaxBytes
	fs.Var((*byteSize)(dst), "max-bytes", usage)
}

// inputFlags are the flags that say how one readout is read, shared by
// extract, explain and batch: --input, --published and --max-bytes.
type inputFlags struct {
	input     string
	published *extract.Date
	maxBytes  int64
}

func (f *inputFlags) define(fs *flag.FlagSet) {
	enumFlag(fs, &f.input, "input", "", "force the input `format`: html or text (default: detect it; e.g. --input text)", "html", "text")
	publishedFlag(fs, &f.published, "the release `date` (YYYY-MM-DD) to use when the page shows none (e.g. --published 2025-06-24)")
	maxBytesFlag(fs, &f.maxBytes, "refuse inputs larger than `SIZE`: bytes, or with a unit, e.g. 1000000, 512k, 4MiB")
}

// options returns the pipeline options the flags give for the input path.
func (f *inputFlags) options(path string) pipeline.Options {
	return pipeline.Options{Format: f.input, Published: f.published, MaxBytes: f.maxBytes, Path: path}
}

// nearest returns the word of words closest to w when it is close enough
// to be a slip of the fingers (a few letters wrong, swapped or missing,
// or the start of the word), or "".
func nearest(w string, words []string) string {
	w = strings.ToLower(w)
	limit := min(max(len(w)/3, 1), 3)
	best, bestD := "", limit+1
	for _, c := range words {
		d := editDistance(w, c)
		if len(w) >= 3 && strings.HasPrefix(c, w) {
			d = min(d, 1)
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, counting a
// swap of two neighbouring letters as one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
