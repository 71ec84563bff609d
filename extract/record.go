package extract

import (
	"fmt"
	"time"
)

// SchemaVersion is the value of every record's schema key.
const SchemaVersion = "readout/v1"

// Kind is what sort of encounter a readout reports.
type Kind string

// The kinds a record can have.
const (
	KindMeeting         Kind = "meeting"
	KindTelephoneTalk   Kind = "telephone-talk"
	KindVideoConference Kind = "video-conference"
	KindCourtesyCall    Kind = "courtesy-call"
	KindWorkingMeal     Kind = "working-meal"
	KindOther           Kind = "other"
)

// Record is the structured form of one readout: the contract described in
// the project's record specification and its JSON Schema.
//
// A field the text does not state is nil (or an empty list), never guessed.
type Record struct {
	// Schema is always SchemaVersion, "readout/v1".
	Schema string `yaml:"schema" json:"schema"`
	// Source says where the record came from.
	Source Source `yaml:"source" json:"source"`
	// Title is the page's own heading (not a site section's name).
	Title *string `yaml:"title" json:"title"`
	// Published is the release's dateline date.
	Published *Date `yaml:"published" json:"published"`
	// Kind is what sort of encounter the readout reports; KindOther for a
	// release that reports none.
	Kind Kind `yaml:"kind" json:"kind"`
	// Summary is the lead paragraph that states the encounter.
	Summary *string `yaml:"summary" json:"summary"`
	// Date is the event's date at the venue.
	Date *Date `yaml:"date" json:"date"`
	// Time is the clock time of the encounter as stated.
	Time *Time `yaml:"time" json:"time"`
	// Duration is how long it lasted, as stated or derived from a range.
	Duration *Duration `yaml:"duration" json:"duration"`
	// Sessions lists every part of a multi-part encounter ("a small
	// meeting at 5:40 p.m., then a summit meeting commencing at 6:00
	// p.m."), the first being the one Time and Duration describe. It is
	// absent when the readout states one session.
	Sessions []Session `yaml:"sessions,omitempty" json:"sessions,omitempty"`
	// Participants are everyone who took part, in the order first stated.
	Participants []Participant `yaml:"participants" json:"participants"`
	// Location is where the encounter took place.
	Location *Location `yaml:"location" json:"location"`
	// Agenda holds the numbered points of the body; empty when the body
	// is not numbered.
	Agenda []AgendaItem `yaml:"agenda" json:"agenda"`
	// CAMEO is the encounter's CAMEO event code (the 04x "consult"
	// family: "041" by telephone, "042" a visit made, "043" a visit
	// hosted, "044" a meeting at a third location, "040" otherwise), or
	// nil when the readout reports no encounter. Optional: see actor.go.
	CAMEO *string `yaml:"cameo,omitempty" json:"cameo,omitempty"`
	// Captions are the photo captions, never part of Summary or Agenda.
	Captions []string `yaml:"captions" json:"captions"`
	// Warnings are plain sentences about anything doubtful.
	Warnings []string `yaml:"warnings" json:"warnings"`
	// Evidence maps a field path ("date", "time.start",
	// "participants[1].name", "agenda[2].points[1]") to the text it was
	// taken from. It is always filled by extraction; emitters write it only
	// when asked to explain a record.
	Evidence map[string]Evidence `yaml:"evidence,omitempty" json:"evidence,omitempty"`
}

// Source says where a record came from.
type Source struct {
	// Path is the input as named on the command line; "-" for stdin.
	Path string `yaml:"path" json:"path"`
	// Format is "text" or "html".
	Format string `yaml:"format" json:"format"`
	// SHA256 is the hex digest of the raw input bytes.
	SHA256 string `yaml:"sha256" json:"sha256"`
	// URL is the page's own address when it states one; for a page read
	// from a web archive, the address it was fetched from.
	URL string `yaml:"url,omitempty" json:"url,omitempty"`
	// Fetched is, for a page read from a web archive (WARC), when the
	// crawler fetched it: its WARC-Date as an RFC 3339 UTC instant. It is
	// never taken for the release date.
	Fetched string `yaml:"fetched,omitempty" json:"fetched,omitempty"`
	// Text is the cleaned text all evidence offsets point into; written
	// only when a record is explained.
	Text string `yaml:"text,omitempty" json:"text,omitempty"`
}

// Time is the clock time of the meeting as stated in the main statement.
type Time struct {
	// Start is the 24-hour "HH:MM" start.
	Start string `yaml:"start" json:"start"`
	// End is the end of a stated range, or nil.
	End *string `yaml:"end" json:"end"`
	// Approximate is true for "around", "about", "a little after", ...
	Approximate bool `yaml:"approximate" json:"approximate"`
	// Zone is what the text says the clock is: "local", an abbreviation as
	// written ("JST"), or nil when unstated.
	Zone *string `yaml:"zone" json:"zone"`
	// TZ is the IANA zone used to resolve the time, or nil.
	TZ *string `yaml:"tz" json:"tz"`
	// UTC is the start as an RFC 3339 UTC instant, or nil.
	UTC *string `yaml:"utc" json:"utc"`
	// Also is a second statement of the same moment in another clock.
	Also *AlsoTime `yaml:"also" json:"also"`
}

// AlsoTime is the same moment stated in another clock, e.g. "(on 25 June at
// 0:35 p.m. JST)".
type AlsoTime struct {
	// Date is the date in that clock, when stated.
	Date *Date `yaml:"date" json:"date"`
	// Start is the 24-hour "HH:MM" time in that clock.
	Start string `yaml:"start" json:"start"`
	// Zone is that clock's zone as written ("JST").
	Zone *string `yaml:"zone" json:"zone"`
}

// Duration is how long the meeting lasted.
type Duration struct {
	// Minutes is the length in minutes.
	Minutes int `yaml:"minutes" json:"minutes"`
	// Approximate is true for "approximately", "about", "some" ...
	Approximate bool `yaml:"approximate" json:"approximate"`
	// Text is the duration as written, or the range it was derived from.
	Text string `yaml:"text" json:"text"`
}

// Participant is one person who took part.
type Participant struct {
	// Name is the name as written, without honorific, title or
	// post-nominals.
	Name string `yaml:"name" json:"name"`
	// Honorific is what precedes the name: "Mr.", "H.E.", "the Rt Hon." ...
	Honorific *string `yaml:"honorific" json:"honorific"`
	// Title is the person's position as written.
	Title *string `yaml:"title" json:"title"`
	// Affiliation is the country or organization of that position.
	Affiliation *string `yaml:"affiliation" json:"affiliation"`
	// CountryCode is the ISO 3166-1 alpha-3 code of the country the
	// affiliation or title plainly names, or nil. Optional: see actor.go.
	CountryCode *string `yaml:"country_code,omitempty" json:"country_code,omitempty"`
	// OrgCode is the CAMEO code of the international organization the
	// affiliation or title plainly names ("UNO", "NAT", "EEC"), or nil.
	// Optional: see actor.go.
	OrgCode *string `yaml:"org_code,omitempty" json:"org_code,omitempty"`
}

// Location is where the meeting took place.
type Location struct {
	// Place is the city or venue as written.
	Place *string `yaml:"place" json:"place"`
	// Country is the country as written.
	Country *string `yaml:"country" json:"country"`
	// Occasion is the event the encounter was held at or on the margins
	// of.
	Occasion *string `yaml:"occasion" json:"occasion"`
}

// AgendaItem is one numbered point of a readout's body.
type AgendaItem struct {
	// Number is the item's number: 1 for "1.", "(1)", "I.", "(a)", the
	// first <li>.
	Number int `yaml:"number" json:"number"`
	// Heading is the item's heading, when it has one.
	Heading *string `yaml:"heading,omitempty" json:"heading,omitempty"`
	// Text is the item's text, without its marker.
	Text *string `yaml:"text,omitempty" json:"text,omitempty"`
	// Points are the item's sub-items.
	Points []AgendaItem `yaml:"points,omitempty" json:"points,omitempty"`
}

// Evidence is the text a value was taken from: Text == source.text[Start:End].
type Evidence struct {
	// Text is the text the value was read from.
	Text string `yaml:"text" json:"text"`
	// Start and End are its byte offsets in the cleaned text.
	Start int `yaml:"start" json:"start"`
	End   int `yaml:"end" json:"end"`
	// Rule names the rule that read the value ("kind/held-talks",
	// "published/dateline"), so that a wrong value leads to the rule and
	// the file to change. Values set by code that has no named rule yet
	// carry the name of the function that set them.
	Rule string `yaml:"rule,omitempty" json:"rule,omitempty"`
}

// Date is a calendar date without a time zone, written as YYYY-MM-DD.
type Date struct {
	// Year, Month and Day are the date's parts, as time.Date takes them.
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d, normalised the way time.Date normalises.
func NewDate(y int, m time.Month, d int) Date {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date{t.Year(), t.Month(), t.Day()}
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return NewDate(d.Year, d.Month, d.Day+n) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// String returns d as YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// MarshalText writes d as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a YYYY-MM-DD date.
func (d *Date) UnmarshalText(b []byte) error {
	t, err := time.Parse("2006-01-02", string(b))
	if err != nil {
		return fmt.Errorf("date %q: want YYYY-MM-DD", b)
	}
	*d = DateOf(t)
	return nil
}

// ParseDate parses a YYYY-MM-DD date.
func ParseDate(s string) (Date, error) {
	var d Date
	err := d.UnmarshalText([]byte(s))
	return d, err
}
