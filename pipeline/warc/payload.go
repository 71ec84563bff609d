package warc

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
)

// pageTypes are the media types read as pages: HTML and text. Anything
// else (images, PDF, scripts, style sheets, JSON) is SkipNotHTML.
var pageTypes = [...]string{
	"text/html",
	"application/xhtml+xml",
	"text/plain",
	"text/markdown",
	"text/x-markdown",
}

// errTruncated marks a payload whose coding ends before its end.
var errTruncated = errors.New("truncated")

// errTooLarge marks a payload larger than the limit.
var errTooLarge = errors.New("too large")

// httpPage is the HTTP side of a response record.
type httpPage struct {
	status int
	// contentType and encodings are the HTTP Content-Type and
	// Content-Encoding values.
	contentType string
	encodings   []string
	// chunked says the head names the chunked transfer coding (net/http
	// takes Transfer-Encoding out of the header it parses).
	chunked bool
	// typ is the crawler's WARC-Identified-Payload-Type, if any.
	typ string
}

// check returns why the response is not a page, or "". It sets the
// record's content type when the headers state one.
func (p *httpPage) check(rec *Record) string {
	switch {
	case p.status == 206:
		rec.Problem = errors.New("a partial response (HTTP 206) holds only part of the page")
		return SkipTruncated
	case p.status < 200 || p.status > 299:
		return SkipStatus
	}
	rec.ContentType = mediaType(p.contentType)
	if rec.ContentType == "" {
		rec.ContentType = mediaType(p.typ)
	}
	if rec.ContentType != "" && !isPageType(rec.ContentType) {
		return SkipNotHTML
	}
	return ""
}

// decode reads the payload body, removes its transfer and content codings
// and, when no header stated the media type, sniffs it.
func (p *httpPage) decode(body io.Reader, limit int64, rec *Record) ([]byte, error) {
	raw, err := readAtMost(body, limit)
	if err != nil {
		return nil, err
	}
	if p.chunked && looksChunked(raw) {
		if raw, err = unchunk(raw, limit); err != nil {
			return nil, err
		}
	}
	codings := tokens(p.encodings)
	for i := len(codings) - 1; i >= 0; i-- {
		if raw, err = uncompress(codings[i], raw, limit); err != nil {
			return nil, err
		}
	}
	if rec.ContentType == "" {
		rec.ContentType = sniff(raw)
		if !isPageType(rec.ContentType) {
			return nil, skipError{SkipNotHTML}
		}
	}
	return raw, nil
}

// skipError is a decoding outcome that is a skip, not a problem.
type skipError struct{ skip string }

func (e skipError) Error() string { return e.skip }

// skipOf returns the Skip reason of a decoding error.
func skipOf(err error) string {
	var se skipError
	switch {
	case errors.As(err, &se):
		return se.skip
	case errors.Is(err, errTooLarge):
		return SkipTooLarge
	case errors.Is(err, errTruncated):
		return SkipTruncated
	}
	return SkipMalformed
}

// readAtMost reads all of r, failing beyond limit bytes.
func readAtMost(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return nil, fmt.Errorf("%w: the payload ends before its end", errTruncated)
	case err != nil:
		return nil, fmt.Errorf("read payload: %w", err)
	case int64(len(b)) > limit:
		return nil, fmt.Errorf("%w: payload of more than %d bytes", errTooLarge, limit)
	}
	return b, nil
}

// looksChunked says whether b starts like a chunked body: a hexadecimal
// chunk size and a line end. Some crawlers store the body de-chunked but
// keep the Transfer-Encoding header.
func looksChunked(b []byte) bool {
	i := 0
	for i < len(b) && i < 17 && isHex(b[i]) {
		i++
	}
	if i == 0 || i == len(b) {
		return false
	}
	return b[i] == '\r' || b[i] == '\n' || b[i] == ';' || b[i] == ' ' || b[i] == '\t'
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// unchunk removes the chunked transfer coding (RFC 9112, section 7.1):
// chunks of a hexadecimal size line (with optional extensions) and data,
// ended by a chunk of size 0 and optional trailer lines.
func unchunk(b []byte, limit int64) ([]byte, error) {
	out := make([]byte, 0, len(b))
	for {
		line, rest, ok := bytes.Cut(b, []byte("\n"))
		if !ok {
			return nil, fmt.Errorf("%w: chunked transfer coding ends inside a chunk size line", errTruncated)
		}
		size := bytes.TrimSpace(line)
		if i := bytes.IndexByte(size, ';'); i >= 0 {
			size = bytes.TrimSpace(size[:i])
		}
		n, err := strconv.ParseUint(string(size), 16, 62)
		if err != nil || len(size) == 0 {
			return nil, fmt.Errorf("chunked transfer coding: bad chunk size %q", line)
		}
		if n == 0 {
			return out, nil // trailer lines, if any, are not the body
		}
		if uint64(len(rest)) < n {
			return nil, fmt.Errorf("%w: chunked transfer coding ends inside a chunk", errTruncated)
		}
		if int64(len(out))+int64(n) > limit {
			return nil, fmt.Errorf("%w: payload of more than %d bytes", errTooLarge, limit)
		}
		out = append(out, rest[:n]...)
		b = rest[n:]
		switch {
		case bytes.HasPrefix(b, []byte("\r\n")):
			b = b[2:]
		case bytes.HasPrefix(b, []byte("\n")):
			b = b[1:]
		case len(b) == 0:
			return nil, fmt.Errorf("%w: chunked transfer coding ends after a chunk", errTruncated)
		default:
			return nil, errors.New("chunked transfer coding: a chunk is longer than its size")
		}
	}
}

// binaryMagic are the openings of common payloads that are not text.
var binaryMagic = [...]string{"%PDF", "\x89PNG", "GIF8", "\xff\xd8\xff", "PK\x03\x04", "\x1f\x8b", "RIFF", "BZh", "\x00\x00\x01\x00", "wOF", "OggS", "ID3", "\x1a\x45\xdf\xa3"}

// sniff returns the media type of a payload no header names: text/html,
// text/plain, or application/octet-stream for anything binary.
func sniff(b []byte) string {
	head := b[:min(len(b), 1024)]
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, []byte(m)) {
			return "application/octet-stream"
		}
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "application/octet-stream"
	}
	t := bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf"))
	for _, p := range [...]string{"<!doctype html", "<html", "<head", "<body", "<!--", "<p", "<div", "<h1", "<title", "<?xml"} {
		if bytes.HasPrefix(t, []byte(p)) {
			return "text/html"
		}
	}
	return "text/plain"
}

// uncompress removes one content coding. A body that does not start as
// its coding says is taken as already decoded: some crawlers store the
// decoded body and keep the header.
func uncompress(coding string, b []byte, limit int64) ([]byte, error) {
	var r io.Reader
	var err error
	switch coding {
	case "identity", "":
		return b, nil
	case "gzip", "x-gzip":
		if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			return b, nil
		}
		r, err = gzip.NewReader(bytes.NewReader(b))
	case "deflate":
		// The standard says zlib; some servers send raw deflate.
		if len(b) >= 2 && (uint(b[0])<<8|uint(b[1]))%31 == 0 && b[0]&0x0f == 8 {
			r, err = zlib.NewReader(bytes.NewReader(b))
		} else {
			r = flate.NewReader(bytes.NewReader(b))
		}
	case "br":
		if looksDecoded(b) {
			return b, nil
		}
		r = brotli.NewReader(bytes.NewReader(b))
	case "zstd":
		if len(b) < 4 || !bytes.Equal(b[:4], []byte{0x28, 0xb5, 0x2f, 0xfd}) {
			return b, nil
		}
		d, derr := zstd.NewReader(bytes.NewReader(b), zstd.WithDecoderConcurrency(1))
		if derr != nil {
			return nil, fmt.Errorf("zstd content coding: %w", derr)
		}
		defer d.Close()
		r = d
	default:
		return nil, fmt.Errorf("unknown content coding %q", coding)
	}
	if err != nil {
		return nil, fmt.Errorf("%s content coding: %w", coding, err)
	}
	out, err := readAtMost(r, limit)
	switch {
	case errors.Is(err, errTooLarge), errors.Is(err, errTruncated):
		return nil, fmt.Errorf("%s content coding: %w", coding, err)
	case err != nil:
		return nil, fmt.Errorf("%s content coding: %w", coding, errors.Unwrap(err))
	}
	return out, nil
}

// looksDecoded says whether a body labelled br is plainly markup or text
// already (brotli has no magic number to test).
func looksDecoded(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n\xef\xbb\xbf")
	return len(b) > 0 && b[0] == '<'
}

// mediaType returns the lower-case media type of a Content-Type value,
// without parameters.
func mediaType(v string) string {
	if i := strings.IndexByte(v, ';'); i >= 0 {
		v = v[:i]
	}
	return strings.ToLower(strings.TrimSpace(v))
}

func isPageType(t string) bool {
	for _, p := range pageTypes {
		if t == p {
			return true
		}
	}
	return false
}

// tokens splits comma-separated header values into lower-case tokens.
func tokens(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, t := range strings.Split(v, ",") {
			if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// chunkedHead says whether an HTTP head's Transfer-Encoding lines name the
// chunked coding.
func chunkedHead(head []byte) bool {
	for _, line := range bytes.Split(head, []byte("\n")) {
		name, value, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(name)), "Transfer-Encoding") {
			for _, t := range tokens([]string{string(value)}) {
				if t == "chunked" {
					return true
				}
			}
		}
	}
	return false
}
