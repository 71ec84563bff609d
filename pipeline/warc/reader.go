package warc

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// typeSkips is the Skip of each record type that is not a response and has
// a Skip of its own; any other type is SkipOtherType.
var typeSkips = map[gowarc.RecordType]string{
	gowarc.Revisit:  SkipRevisit,
	gowarc.Request:  SkipRequest,
	gowarc.Metadata: SkipMetadata,
	gowarc.Warcinfo: SkipWarcinfo,
}

// Why a record gives no page: the values of Record.Skip.
const (
	// SkipRevisit is a revisit record: the page is the same as one
	// fetched before and is not stored again.
	SkipRevisit = "revisit"
	// SkipRequest is the request a crawler sent.
	SkipRequest = "request"
	// SkipMetadata is a metadata record (outlinks, fetch times).
	SkipMetadata = "metadata"
	// SkipWarcinfo is the record that describes the crawl or the file.
	SkipWarcinfo = "warcinfo"
	// SkipOtherType is any other record type: resource, conversion,
	// continuation, or a type the standard does not name.
	SkipOtherType = "other-type"
	// SkipNotHTTP is a response record whose block is not an HTTP
	// response (a DNS lookup, a response of another protocol).
	SkipNotHTTP = "not-http"
	// SkipNotHTML is an HTTP response whose payload is not an HTML page
	// or text: an image, a PDF, a script, a style sheet.
	SkipNotHTML = "not-html"
	// SkipStatus is an HTTP response whose status is not a success: a
	// redirect, a "not found", a server error.
	SkipStatus = "http-status"
	// SkipTruncated is a record cut short: the file ends inside it, it
	// is shorter than its Content-Length, the crawler marked it
	// WARC-Truncated, or it is one segment of a record split over
	// several. Problem says how.
	SkipTruncated = "truncated"
	// SkipMalformed is a record that cannot be read: a broken header,
	// broken compression, bytes that are not a record at all, an
	// undecodable payload. Problem says what is wrong.
	SkipMalformed = "malformed"
	// SkipTooLarge is a page whose decoded payload is larger than
	// Options.MaxBytes.
	SkipTooLarge = "too-large"
	// SkipOtherPart is a record Options.Part says is not this reader's:
	// it is not read further, whatever it holds.
	SkipOtherPart = "other-part"
)

// Problem says whether a Skip reason is a problem with the archive (a
// page that should have been read and could not be), as opposed to a
// record that is not a page.
func Problem(skip string) bool {
	return skip == SkipTruncated || skip == SkipMalformed || skip == SkipTooLarge
}

// Record is one record of a WARC file.
type Record struct {
	// Offset is where the record starts in the file (see the package
	// documentation).
	Offset int64
	// Type is the record's WARC-Type ("response", "revisit", ...), empty
	// when its header could not be read.
	Type string
	// URI is the record's WARC-Target-URI, the address the page was
	// fetched from.
	URI string
	// Date is the record's WARC-Date, when the crawler fetched the page
	// (zero when absent or unreadable). It is not when the page was
	// published.
	Date time.Time
	// ContentType is the payload's media type ("text/html"), from the
	// HTTP header, else the crawler's WARC-Identified-Payload-Type, else
	// sniffed from the payload.
	ContentType string
	// Skip is why the record gives no page, one of the Skip constants;
	// "" for a page.
	Skip string
	// Problem says what is wrong with a truncated, malformed or too
	// large record.
	Problem error
	// Payload is the page, with transfer and content codings removed;
	// only when Skip is "".
	Payload []byte
}

// Options control a Reader.
type Options struct {
	// MaxBytes is the largest payload read, before and after decoding; a
	// larger page is skipped as SkipTooLarge. 0 means 16 MiB.
	MaxBytes int64
	// Select, when set, is asked about each page before its payload is
	// read and decoded, with the record's offset, URI and date filled
	// in. A non-empty answer skips the page with that reason (a URL
	// filter, a shard that is not this machine's).
	Select func(r *Record) string
	// Part, when set, is asked with each record's offset (and with the
	// offset of bytes that are not a record) whether the record is this
	// reader's to read: a shard of an archive split across machines.
	// Records that are not are given with SkipOtherPart and nothing else,
	// so that each record, broken or not, is reported by one shard.
	Part func(offset int64) bool
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return 16 << 20
}

// Reader reads the records of one WARC file in order. It is used by one
// goroutine at a time.
type Reader struct {
	opts Options
	wr   *gowarc.WarcFileReader
	f    *os.File
	// end is where the last record read ended: bytes between it and the
	// next record's offset are not a record.
	end int64
	// stuck counts errors in a row that did not move the reader.
	stuck int
	done  bool
	// pending is a record found while reporting the bytes before it.
	pending *Record
}

// recordOptions make gowarc tolerate what crawlers write: every breach
// of the standard is a warning, never the end of the file, and nothing
// is "fixed" behind the caller's back.
var recordOptions = []gowarc.WarcRecordOption{
	gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
	gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
	gowarc.WithUnknownRecordTypePolicy(gowarc.ErrWarn),
	gowarc.WithBlockErrorPolicy(gowarc.ErrWarn),
	// Pages are small; larger blocks (video, archives) spill to a
	// temporary file rather than memory.
	gowarc.WithBufferMaxMemBytes(4 << 20),
}

// Open opens the WARC file at path. A file gzipped as one single member
// is read as one stream (see the package documentation).
func Open(path string, opts Options) (*Reader, error) { return open(path, 0, opts) }

// PageAt reads the record at offset in the WARC file at path (an offset
// Next gave) and returns it as Next gives it: a page, or why it is none.
// It seeks to the record, unless the file is gzipped whole.
func PageAt(path string, offset int64, opts Options) (*Record, error) {
	r, err := open(path, offset, opts)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	for {
		rec, err := r.Next()
		switch {
		case err == io.EOF || err == nil && rec.Offset > offset:
			return nil, fmt.Errorf("%s: no WARC record at offset %d", path, offset)
		case err != nil:
			return nil, err
		case rec.Offset == offset && rec.Type == "" && rec.Skip == SkipMalformed:
			return nil, fmt.Errorf("%s: no WARC record starts at offset %d", path, offset)
		case rec.Offset == offset:
			return rec, nil
		}
	}
}

// IsWARC says whether a file name is a web archive's: .warc or .warc.gz,
// in any case.
func IsWARC(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// SplitPath splits the name of a web archive page, as a batch names it
// ("crawl.warc.gz#1234": the WARC file and the record's offset), into the
// file and the offset. ok is false for any other name.
func SplitPath(name string) (file string, offset int64, ok bool) {
	i := strings.LastIndexByte(name, '#')
	if i < 0 {
		return "", 0, false
	}
	file = name[:i]
	if !IsWARC(file) {
		return "", 0, false
	}
	off, err := strconv.ParseInt(name[i+1:], 10, 64)
	if err != nil || off < 0 {
		return "", 0, false
	}
	if _, err := os.Stat(name); err == nil {
		return "", 0, false // a file really named so
	}
	return file, off, true
}

// open opens the WARC file at path to read from the record at offset.
func open(path string, offset int64, opts Options) (*Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	var src io.Reader = f
	whole, err := gzippedWhole(f)
	if err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	start := offset
	if whole {
		zr, err := gzip.NewReader(bufio.NewReaderSize(f, 256<<10))
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		src, start = zr, 0 // a stream: read from its start
	}
	// gowarc seeks a file to start.
	wr, err := gowarc.NewWarcFileReaderFromStream(src, start, recordOptions...)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &Reader{opts: opts, wr: wr, f: f, end: start}, nil
}

// Close closes the file.
func (r *Reader) Close() error {
	r.wr.Close()
	return r.f.Close()
}

// Next returns the next record; io.EOF after the last. Any other error
// means the file could not be read further (a read error of the disk):
// the records before it were given.
func (r *Reader) Next() (*Record, error) {
	rec, err := r.next()
	if err == nil && rec.Skip != SkipOtherPart && !r.mine(rec.Offset) {
		// A broken record, or bytes that are not one: reported by the
		// shard their offset falls in.
		return &Record{Offset: rec.Offset, Skip: SkipOtherPart}, nil
	}
	return rec, err
}

// mine says whether the record at off is this reader's (Options.Part).
func (r *Reader) mine(off int64) bool { return r.opts.Part == nil || r.opts.Part(off) }

func (r *Reader) next() (*Record, error) {
	if p := r.pending; p != nil {
		r.pending = nil
		return p, nil
	}
	if r.done {
		return nil, io.EOF
	}
	got, err := r.wr.Next()
	start := got.Offset
	if err == nil && start > r.end {
		// Bytes that are not a record precede this one: report them
		// first, and this record after.
		gap := &Record{Offset: r.end, Skip: SkipMalformed,
			Problem: fmt.Errorf("%d bytes that are not a WARC record", start-r.end)}
		r.end = got.Offset + got.Size
		r.pending = r.record(got, r.mine(got.Offset))
		got.Close()
		return gap, nil
	}
	if err != nil {
		defer got.Close()
		return r.broken(got, err)
	}
	r.stuck = 0
	r.end = got.Offset + got.Size
	defer got.Close()
	return r.record(got, r.mine(got.Offset)), nil
}

// broken turns an error of gowarc into the record it spoils, or ends the
// file.
func (r *Reader) broken(got gowarc.Record, err error) (*Record, error) {
	var pe *fs.PathError
	switch {
	case errors.Is(err, io.EOF) && got.WarcRecord == nil && got.Offset+got.Size <= r.end:
		r.done = true
		return nil, io.EOF
	case errors.As(err, &pe):
		r.done = true
		return nil, err
	}
	at := min(r.end, got.Offset)
	end := got.Offset + got.Size
	if end <= r.end {
		// The reader did not move: give up on the rest of the file
		// rather than loop.
		if r.stuck++; r.stuck > 1 {
			r.done = true
			return &Record{Offset: at, Skip: SkipMalformed, Problem: fmt.Errorf("the rest of the file cannot be read: %w", err)}, nil
		}
	} else {
		r.stuck = 0
		r.end = end
	}
	rec := &Record{Offset: at, Skip: SkipMalformed, Problem: err}
	if err == io.EOF {
		// gowarc's bare EOF: the bytes (a gzip member) end before a
		// record's header does.
		rec.Problem = errors.New("not a WARC record: it ends before a record header does")
	}
	if errors.Is(err, gowarc.ErrNoRecord) {
		rec.Problem = fmt.Errorf("%d bytes at the end of the file that are not a WARC record", end-at)
		r.done = true
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		rec.Skip, rec.Problem = SkipTruncated, errors.New("the file ends inside this record")
		r.done = true
	}
	if w := got.WarcRecord; w != nil {
		rec.Type = w.Type().String()
		rec.URI = targetURI(w)
	}
	return rec, nil
}

// record classifies a record gowarc read whole; one that is not mine is
// only marked SkipOtherPart.
func (r *Reader) record(got gowarc.Record, mine bool) *Record {
	if !mine {
		return &Record{Offset: got.Offset, Skip: SkipOtherPart}
	}
	w := got.WarcRecord
	rec := &Record{Offset: got.Offset, Type: w.Type().String(), URI: targetURI(w)}
	if d, err := w.WarcHeader().GetTime(gowarc.WarcDate); err == nil {
		rec.Date = d.UTC()
	}
	if t := w.Type(); t != gowarc.Response {
		rec.Skip = SkipOtherType
		if s, ok := typeSkips[t]; ok {
			rec.Skip = s
		}
		return rec
	}
	for _, v := range got.Validation {
		var cl *gowarc.ContentLengthError
		var hf *gowarc.HeaderFieldError
		switch {
		case errors.As(v, &cl) && cl.Actual < cl.Expected:
			rec.Skip, rec.Problem = SkipTruncated, fmt.Errorf("the record holds %d bytes of the %d its Content-Length states", cl.Actual, cl.Expected)
			return rec
		case errors.As(v, &hf) && strings.EqualFold(hf.FieldName, gowarc.ContentLength):
			// Without its length the record's end is a guess.
			rec.Skip, rec.Problem = SkipMalformed, v
			return rec
		}
	}
	if t := w.WarcHeader().Get(gowarc.WarcTruncated); t != "" {
		rec.Skip, rec.Problem = SkipTruncated, fmt.Errorf("the crawler cut the page short (WARC-Truncated: %s)", t)
		return rec
	}
	if w.WarcHeader().Has(gowarc.WarcSegmentNumber) {
		rec.Skip, rec.Problem = SkipTruncated, errors.New("one segment of a record split over several (WARC-Segment-Number)")
		return rec
	}
	block, ok := w.Block().(gowarc.HttpResponseBlock)
	if !ok || block.HttpHeader() == nil {
		rec.Skip = SkipNotHTTP
		return rec
	}
	page := httpPage{
		status:      block.HttpStatusCode(),
		contentType: block.HttpHeader().Get("Content-Type"),
		encodings:   block.HttpHeader().Values("Content-Encoding"),
		typ:         w.WarcHeader().Get(gowarc.WarcIdentifiedPayloadType),
		chunked:     chunkedHead(block.ProtocolHeaderBytes()),
	}
	if rec.Skip = page.check(rec); rec.Skip != "" {
		return rec
	}
	if r.opts.Select != nil {
		if rec.Skip = r.opts.Select(rec); rec.Skip != "" {
			return rec
		}
	}
	body, err := block.PayloadBytes()
	if err == nil {
		rec.Payload, err = page.decode(body, r.opts.maxBytes(), rec)
	}
	if err != nil {
		rec.Payload = nil
		if rec.Skip = skipOf(err); Problem(rec.Skip) {
			rec.Problem = err
		}
	}
	return rec
}

// targetURI returns a record's WARC-Target-URI without the angle
// brackets WARC 1.0 wrote around it.
func targetURI(w gowarc.WarcRecord) string {
	u := strings.TrimSpace(w.WarcHeader().Get(gowarc.WarcTargetURI))
	if strings.HasPrefix(u, "<") && strings.HasSuffix(u, ">") {
		u = u[1 : len(u)-1]
	}
	return u
}

// gzippedWhole says whether f is a gzip file whose first member holds more
// than one record: a WARC file gzipped whole rather than record by record.
// It decompresses no more than the first record.
func gzippedWhole(f *os.File) (bool, error) {
	br := bufio.NewReaderSize(f, 64<<10)
	magic, _ := br.Peek(2)
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return false, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return false, nil // a broken first member: the reader reports it
	}
	zr.Multistream(false)
	u := gowarc.NewUnmarshaler(gowarc.WithNoValidation())
	zb := bufio.NewReader(zr)
	rec, _, _, err := u.Unmarshal(zb)
	if err != nil {
		return false, nil
	}
	rec.Close()
	// Unmarshal read the first record; anything after it in the same
	// member is another record.
	for {
		b, err := zb.Peek(1)
		if len(b) == 0 || err != nil {
			return false, nil
		}
		if b[0] != '\r' && b[0] != '\n' {
			return true, nil
		}
		_, _ = zb.Discard(1)
	}
}
