// Package warctest writes small WARC files for tests: responses with any
// HTTP head and body, revisits, requests, metadata, and broken records
// (cut short, garbage between records), each record either as its own
// gzip member, as web archives are written, or uncompressed.
//
// It writes records by hand, byte for byte, so that tests can make the
// malformed files a WARC library refuses to write.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
)

// Writer builds one WARC file in memory. The zero value writes an
// uncompressed file; with Gzip set every record is its own gzip member.
type Writer struct {
	// Gzip writes each record as its own gzip member (.warc.gz).
	Gzip bool
	buf  bytes.Buffer
	n    int
	// Offsets holds the offset in the file of every record written, in
	// order.
	Offsets []int64
}

// Bytes returns the file written so far.
func (w *Writer) Bytes() []byte { return w.buf.Bytes() }

// Len returns the size of the file written so far.
func (w *Writer) Len() int64 { return int64(w.buf.Len()) }

// Response writes a response record for uri whose block is the HTTP
// response head (status line and header lines, without the blank line)
// followed by body. The record's date is date (RFC 3339).
func (w *Writer) Response(uri, date, head string, body []byte) int64 {
	block := HTTPBlock(head, body)
	return w.Record(Header("response", uri, date, "application/http; msgtype=response", len(block)), block)
}

// HTMLResponse writes a "200 OK" text/html response carrying body.
func (w *Writer) HTMLResponse(uri, date string, body []byte) int64 {
	head := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d", len(body))
	return w.Response(uri, date, head, body)
}

// Request writes the request record of a GET of uri.
func (w *Writer) Request(uri, date string) int64 {
	block := []byte("GET / HTTP/1.1\r\nHost: example.org\r\nAccept-Encoding: gzip, br\r\n\r\n")
	return w.Record(Header("request", uri, date, "application/http; msgtype=request", len(block)), block)
}

// Revisit writes a revisit record (identical payload digest) for uri.
func (w *Writer) Revisit(uri, date string) int64 {
	block := []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
	h := Header("revisit", uri, date, "application/http; msgtype=response", len(block)) +
		"WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n" +
		"WARC-Payload-Digest: sha1:UZY6ND6CCHXETFVJD2MSS7ZENMWF7KQ2\r\n" +
		"WARC-Refers-To-Target-URI: " + uri + "\r\n" +
		"WARC-Refers-To-Date: " + date + "\r\n"
	return w.Record(h, block)
}

// Metadata writes a metadata record about uri.
func (w *Writer) Metadata(uri, date string) int64 {
	block := []byte("outlinks: https://example.org/a\r\nfetchTimeMs: 12\r\n")
	return w.Record(Header("metadata", uri, date, "application/warc-fields", len(block)), block)
}

// Warcinfo writes the warcinfo record that opens a crawl's file.
func (w *Writer) Warcinfo(date string) int64 {
	block := []byte("software: warctest\r\nformat: WARC File Format 1.1\r\n")
	return w.Record(Header("warcinfo", "", date, "application/warc-fields", len(block)), block)
}

// Record writes one record: header (the WARC header lines after the
// version line, each ending in CRLF, without the blank line) and block.
// It returns the record's offset.
func (w *Writer) Record(header string, block []byte) int64 {
	var rec bytes.Buffer
	rec.WriteString("WARC/1.1\r\n")
	rec.WriteString(header)
	if !strings.Contains(header, "WARC-Record-ID:") {
		w.n++
		fmt.Fprintf(&rec, "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", w.n)
	}
	rec.WriteString("\r\n")
	rec.Write(block)
	rec.WriteString("\r\n\r\n")
	return w.Raw(rec.Bytes())
}

// Raw writes bytes as they are (gzipped as one member when Gzip is set)
// and returns their offset.
func (w *Writer) Raw(b []byte) int64 {
	off := w.Len()
	if w.Gzip {
		zw := gzip.NewWriter(&w.buf)
		_, _ = zw.Write(b)
		_ = zw.Close()
	} else {
		w.buf.Write(b)
	}
	w.Offsets = append(w.Offsets, off)
	return off
}

// Cut drops the last n bytes of the file, as a crawl killed mid-write
// leaves it.
func (w *Writer) Cut(n int) { w.buf.Truncate(w.buf.Len() - n) }

// Header returns the WARC header lines of a record of type typ.
func Header(typ, uri, date, contentType string, length int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", typ)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n", date, contentType, length)
	return b.String()
}

// HTTPBlock joins an HTTP head (without its blank line) and a body.
func HTTPBlock(head string, body []byte) []byte {
	b := make([]byte, 0, len(head)+4+len(body))
	b = append(b, head...)
	b = append(b, "\r\n\r\n"...)
	return append(b, body...)
}

// Chunked encodes body with HTTP/1.1 chunked transfer coding, in chunks
// of at most size bytes.
func Chunked(body []byte, size int) []byte {
	var b bytes.Buffer
	for len(body) > 0 {
		n := min(size, len(body))
		fmt.Fprintf(&b, "%x\r\n", n)
		b.Write(body[:n])
		b.WriteString("\r\n")
		body = body[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.Bytes()
}

// Gzipped returns body gzip-compressed, as a server sends it with
// Content-Encoding: gzip.
func Gzipped(body []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, _ = zw.Write(body)
	_ = zw.Close()
	return b.Bytes()
}
