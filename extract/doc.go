// Package extract turns a cleaned readout into a structured record.
//
// A readout is an official press release about a diplomatic meeting, call
// or visit. Ingest (package pipeline) cleans a raw page into a [Document]:
// one cleaned Text and the [Block]s it is made of (title, dateline,
// paragraphs, numbered items with their number and nesting depth,
// captions), each with its byte [Span] in Text. [Extract] reads a Document
// into a [Record], the v1 contract of the project's record specification.
//
// # How extraction reads a readout
//
// Extraction first finds the lead paragraph, the one whose verb reports an
// encounter ("held a meeting", "spoke with", "received a courtesy call"),
// and in it the statement sentence. Every dimension is then read by named,
// rule-based patterns, one file each:
//
//   - kind.go: what sort of encounter (meeting, telephone talk, video
//     conference, courtesy call, working meal, other);
//   - dateline.go, published.go: the release date, from datelines as
//     governments and wires write them;
//   - date.go, clock.go, clockwords.go, duration.go, when.go, clause.go:
//     the event's date, clock time, stated zone and duration, resolved
//     against the release date;
//   - tz.go, gazetteer.go: the IANA zone and UTC instant, from a stated
//     zone, the place, or the publisher's home zone;
//   - participants.go: who took part, with honorific, title and
//     affiliation;
//   - location.go: the place, country and occasion;
//   - agenda.go: the numbered points of the body.
//
// Patterns run over prose v3 sentences and tokens (github.com/jdkato/prose/v3),
// whose byte offsets let every value keep the span of the text it came
// from: [Record].Evidence maps each field path to that text. A value cannot
// be set without its evidence, so provenance is never a retrofit.
//
// Each dimension keeps, in its _test.go file, a Duckling-style corpus of
// phrases grouped by the value they must give and phrases that must give
// nothing, all run by one table test against a fixed reference date.
//
// Extraction never fails: what the text does not state is left nil, and
// anything doubtful is said in [Record].Warnings. Every date and time value
// is read from the statement of the encounter, resolved from it by a stated
// rule, or nil with a warning that says why; a phrase only partly
// understood ("at 3 o'clock", "1 hour and some", "next Wednesday") gives
// nil and a warning, never the part that was understood.
package extract
