package batch

import (
	"fmt"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/readout/readout/pipeline/internal/core"
	"github.com/readout/readout/pipeline/warc"
)

// WARCCounts sum up the records of the web archives (WARC files) a run
// read. Records = Pages + the sum of Skipped; records of other shards are
// counted only in Counts.OtherShards.
type WARCCounts struct {
	// Files is the WARC files opened.
	Files int `yaml:"files" json:"files"`
	// Records is their records (of this run's shard).
	Records int `yaml:"records" json:"records"`
	// Pages is the records read as pages: HTTP responses whose payload is
	// HTML or text, each an input of the run.
	Pages int `yaml:"pages" json:"pages"`
	// Skipped counts the records that are not pages, by reason: revisit,
	// request, metadata, warcinfo, other-type, not-http, not-html,
	// http-status, url (left out by --include-url or --exclude-url), and
	// the problems truncated, malformed and too-large.
	Skipped map[string]int `yaml:"skipped" json:"skipped"`
	// Problems lists every record that is truncated, malformed or too
	// large, as FILE#OFFSET with its reason and what is wrong.
	Problems []Failure `yaml:"problems" json:"problems"`
}

// SkipURL is the WARCCounts.Skipped reason of pages left out by the URL
// globs.
const SkipURL = "url"

// isWARC says whether a file name is a web archive's: .warc or .warc.gz.
func isWARC(name string) bool { return warc.IsWARC(name) }

// pageBudget bounds the bytes of web archive pages read ahead of the
// workers, in tokens of pageToken bytes: a walk that reads pages faster
// than they are extracted waits rather than filling memory.
const (
	pageToken  = 256 << 10
	pageTokens = 1024 // 256 MiB
)

// tokensOf is how many tokens a page of n bytes holds.
func tokensOf(n int) int { return min(pageTokens, 1+n/pageToken) }

// warcFile reads the web archive at p (rel inside the archive) and hands
// every page in the shard to emit, counting the other records. It returns
// false when emit stopped the walk.
func (w *walker) warcFile(rel, p string) bool {
	if w.counting {
		// Counting would read the whole file once more: the total stays
		// unknown until the walk reaches the end.
		return false
	}
	if w.warc == nil {
		w.warc = &WARCCounts{Skipped: map[string]int{}, Problems: []Failure{}}
	}
	r, err := warc.Open(p, warc.Options{
		MaxBytes: w.maxBytes,
		Part: func(off int64) bool {
			return w.shard.Has(rel + "#" + strconv.FormatInt(off, 10))
		},
		Select: w.selectURL,
	})
	if err != nil {
		return w.emit(entry{rel: rel, path: p, err: core.NewStageError(ReasonRead, err)})
	}
	defer r.Close()
	w.warc.Files++
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			return w.emit(entry{rel: rel, path: p, err: core.NewStageError(ReasonRead, fmt.Errorf("web archive read only up to a read error: %w", err))})
		}
		key := rel + "#" + strconv.FormatInt(rec.Offset, 10)
		if rec.Skip == warc.SkipOtherPart {
			w.otherShards++
			continue
		}
		w.warc.Records++
		if rec.Skip != "" {
			w.warc.Skipped[rec.Skip]++
			if rec.Problem != nil {
				w.warc.Problems = append(w.warc.Problems, Failure{Path: key, Reason: rec.Skip, Error: rec.Problem.Error()})
			}
			continue
		}
		w.warc.Pages++
		if !w.takeTokens(tokensOf(len(rec.Payload))) {
			return false
		}
		if !w.emit(entry{rel: key, path: p + "#" + strconv.FormatInt(rec.Offset, 10), page: rec}) {
			return false
		}
	}
}

// selectURL leaves out the pages whose address the URL globs reject.
func (w *walker) selectURL(r *warc.Record) string {
	if len(w.includeURL) > 0 && !matchAny(w.includeURL, r.URI) || matchAny(w.excludeURL, r.URI) {
		return SkipURL
	}
	return ""
}

// takeTokens waits for n page tokens; false when the run was cancelled.
func (w *walker) takeTokens(n int) bool {
	for range n {
		select {
		case w.tokens <- struct{}{}:
		case <-w.done:
			return false
		}
	}
	return true
}

// giveTokens returns the tokens of a page extracted.
func giveTokens(tokens chan struct{}, n int) {
	for range n {
		<-tokens
	}
}

// CheckURLGlob says why p is not a valid URL glob (Options.IncludeURL
// and ExcludeURL), or nil.
func CheckURLGlob(p string) error {
	_, err := compileURLGlobs([]string{p})
	return err
}

// compileURLGlobs compiles URL globs: "*" stands for any run of
// characters, slashes included, "?" for one character, "[...]" for one
// of a class; the glob must match the whole address
// ("https://www.gov.example/news/*", "*/readout-*").
func compileURLGlobs(pats []string) ([]*regexp.Regexp, error) {
	var res []*regexp.Regexp
	for _, p := range pats {
		if p == "" {
			return nil, errEmptyGlob
		}
		if _, err := path.Match(p, ""); err != nil {
			return nil, fmt.Errorf("%q: %w", p, err)
		}
		var b strings.Builder
		b.WriteString("^")
		for i := 0; i < len(p); i++ {
			switch c := p[i]; c {
			case '*':
				b.WriteString(".*")
			case '?':
				b.WriteString(".")
			case '[':
				// path.Match checked the class: it closes, and is written
				// as a regexp class is.
				j := strings.IndexByte(p[i+1:], ']')
				b.WriteString(p[i : i+j+2])
				i += j + 1
			case '\\':
				if i+1 < len(p) {
					i++
				}
				b.WriteString(regexp.QuoteMeta(p[i : i+1]))
			default:
				b.WriteString(regexp.QuoteMeta(string(c)))
			}
		}
		b.WriteString("$")
		re, err := regexp.Compile(b.String())
		if err != nil {
			return nil, fmt.Errorf("%q: %w", p, err)
		}
		res = append(res, re)
	}
	return res, nil
}

func matchAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}
