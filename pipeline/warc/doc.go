// Package warc reads the pages of web archives: WARC files (ISO 28500),
// as the Internet Archive, national libraries and Common Crawl store what
// they crawled, uncompressed (.warc) or gzipped record by record
// (.warc.gz).
//
// A [Reader] walks a file's records in order and gives every one as a
// [Record]: the HTTP response records whose payload is an HTML page or
// text carry that payload, with the transfer coding (chunked) and the
// content coding (gzip, deflate, br, zstd) removed; every other record
// says why it gives no page ([Record.Skip]): a revisit, a request,
// metadata, a payload that is not HTML or text, an HTTP status other than
// success, or a record that is truncated or malformed, the last two with
// the problem ([Record.Problem]). A broken record never ends the file: the
// reader goes on from the next record it can find.
//
// Records are parsed by github.com/nlnwa/gowarc/v3, the National Library
// of Norway's WARC library, which gives each record's offset in the file
// and tolerates records that break the standard; this package adds the
// HTTP decoding, the choice of pages, and the recovery from broken
// records.
//
// A record's offset ([Record.Offset]) is where it starts in the file as
// stored: in a .warc.gz, the offset of its gzip member, the number a CDX
// index gives. A file gzipped whole, as one member (gzip crawl.warc), is
// read as one stream; its offsets are then offsets into the uncompressed
// stream.
package warc
