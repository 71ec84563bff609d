package extract

import (
	"strings"
	"testing"
)

// meeting wraps a time or date phrase in a statement the way a readout
// writes it.
func meeting(phrase string) string {
	return "On June 24, commencing " + phrase + ", Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with Mr. Mark Rutte."
}

func init() {
	register("time.also", corpus{
		probe: func(phrase string) (string, bool) {
			t := phraseRecord(phrase).Time
			if t == nil || t.Also == nil {
				return "", false
			}
			d := "null"
			if t.Also.Date != nil {
				d = t.Also.Date.String()
			}
			return d + " " + t.Also.Start + " " + *t.Also.Zone, true
		},
		examples: []example{
			{"2025-06-25 12:35 JST", []string{meeting("at 5:35 p.m. local time (on 25 June at 0:35 p.m. JST)")}},
			{"2025-06-24 13:40 JST", []string{meeting("at about 12:40 p.m. local time (1:40 p.m. JST)")}},
			{"2025-06-25 00:00 JST", []string{meeting("at 11:00AM local time (12:00AM JST on June 25)")}},
			{"2025-06-24 18:00 Japan time", []string{meeting("at 5 p.m. local time (6 p.m. Japan time)")}},
			{"2025-06-25 00:00 JST", []string{"The Minister held a meeting with the Secretary at 11:00 a.m. on June 24 (local time; 0:00 a.m. JST on June 25) in New York."}},
			{"2024-09-21 07:05 JST", []string{"On September 20, commencing at 6:05 p.m. (local time; on September 21, 7:05 a.m. JST), the Minister held a meeting with the Secretary."}},
		},
		negatives: []string{
			meeting("at 5:35 p.m. local time"),
			meeting("at 5:30 p.m. (for 40 minutes)"),
			meeting("a small meeting at 5:40 p.m., then a summit meeting at 6:00 p.m."),
		},
	})
}

func TestWhenWarnings(t *testing.T) {
	tests := []struct {
		phrase, want string
	}{
		{"On June 24, commencing at 5:35 p.m. local time (on 25 June at 0:35 p.m. JST), for approximately 30 minutes, Mr. IWAYA Takeshi held a meeting with H.E. Mr. Mark Rutte during his visit to The Hague, the Kingdom of the Netherlands.",
			"time.also says 2025-06-25 12:35 JST, but 17:35 at The Hague (Europe/Amsterdam) is 2025-06-25 00:35 JST"},
		{"On Wednesday, June 24, the Minister held a meeting with the Secretary.", `the date "Wednesday, June 24" says Wednesday, but 2025-06-24 is a Tuesday`},
		{"On June 30, 2025, the Minister held a meeting with the Secretary.", "the meeting date 2025-06-30 is after the release date 2025-06-24"},
		{"On June 3, 2023, the Minister held a meeting with the Secretary.", "the meeting date 2023-06-03 is more than a year before the release date 2025-06-24"},
		{"On June 24, from 10:00 a.m. to 11:00 a.m., for 30 minutes, the Minister held a meeting with the Secretary.",
			`the duration "30 minutes" disagrees with the stated range 10:00 to 11:00 (60 minutes)`},
	}
	for _, tt := range tests {
		r := phraseRecord(tt.phrase)
		if !contains(r.Warnings, tt.want) {
			t.Errorf("%q:\n  warnings %q\n  want     %q", tt.phrase, r.Warnings, tt.want)
		}
	}
	for _, phrase := range []string{
		"On June 4, commencing at about 12:40 p.m. local time (1:40 p.m. JST), for approximately 35 minutes Mr. Shinzo Abe, who was visiting Hangzhou (China), held a Japan-Egypt Summit Meeting with Mr. El-Sisi.",
		"On Tuesday, June 24, from 10:00 a.m. to 11:00 a.m., for approximately one hour, the Minister held a meeting with the Secretary.",
		"Minister Cho had his first telephone conversation with Minister Iwaya between 17:50 and 18:15 on June 20, 2025.",
	} {
		if r := phraseRecord(phrase); len(r.Warnings) > 0 {
			t.Errorf("%q: unexpected warnings %q", phrase, r.Warnings)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// undatedRecord extracts phrase from a document with no dateline.
func undatedRecord(phrase string, meta Meta) *Record {
	var b DocBuilder
	b.SetMeta(meta)
	b.Add(Paragraph, "", 0, 0, phrase)
	return Extract(b.Document(), Options{})
}

func TestWhenWithoutRelease(t *testing.T) {
	r := undatedRecord("Secretary of State Antony J. Blinken spoke with French Foreign Minister Jean-Yves Le Drian today.", Meta{Format: "text"})
	if r.Date != nil {
		t.Errorf("today without a release date gave %v", r.Date)
	}
	if len(r.Warnings) == 0 || !strings.Contains(strings.Join(r.Warnings, "\n"), "could not be anchored") {
		t.Errorf("no warning for an unanchored date: %q", r.Warnings)
	}
	r = undatedRecord("On June 24, the Minister met the Secretary.", Meta{Format: "text"})
	if r.Date != nil || !strings.Contains(strings.Join(r.Warnings, "\n"), "could not be given a year") {
		t.Errorf("June 24 without a release date: %v %q", r.Date, r.Warnings)
	}
	r = undatedRecord("On June 24, 2025, commencing at 3:15 p.m., the Minister held a telephone talk with the Minister of Australia.",
		Meta{Format: "html", SourceURL: "https://www.mofa.go.jp/press/release/press4e_000001.html"})
	if r.Time == nil || r.Time.TZ == nil || *r.Time.TZ != "Asia/Tokyo" || r.Time.UTC == nil || *r.Time.UTC != "2025-06-24T06:15:00Z" {
		t.Errorf("MOFA call: time %+v", r.Time)
	}
	r = undatedRecord("On June 24, 2025, commencing at 3:15 p.m., the Minister held a telephone talk with the Minister of Australia.",
		Meta{Format: "html", Site: "Ministry of Foreign Affairs of Japan"})
	if r.Time == nil || r.Time.TZ == nil || *r.Time.TZ != "Asia/Tokyo" {
		t.Errorf("MOFA site call: time %+v", r.Time)
	}
	r = undatedRecord("On June 24, 2025, commencing at 3:15 p.m., the Secretary held a telephone call with the Minister of Australia.",
		Meta{Format: "html", SourceURL: "https://www.state.gov/x"})
	if r.Time == nil || r.Time.TZ != nil {
		t.Errorf("State call: tz must stay null, time %+v", r.Time)
	}
}

func TestEvidence(t *testing.T) {
	phrase := "On June 24, commencing at 5:35 p.m. local time (on 25 June at 0:35 p.m. JST), for approximately 30 minutes, Mr. IWAYA Takeshi held a meeting with Mr. Mark Rutte during his visit to The Hague."
	r := phraseRecord(phrase)
	want := map[string]string{
		"date":             "June 24",
		"time.start":       "5:35 p.m.",
		"time.zone":        "local time",
		"time.also.start":  "0:35 p.m.",
		"time.also.zone":   "JST",
		"time.also.date":   "25 June",
		"duration.minutes": "approximately 30 minutes",
		"duration.text":    "approximately 30 minutes",
	}
	for path, text := range want {
		if got := r.Evidence[path].Text; got != text {
			t.Errorf("evidence %s = %q, want %q", path, got, text)
		}
	}
	if r.Duration == nil || r.Duration.Text != "approximately 30 minutes" {
		t.Errorf("duration %+v", r.Duration)
	}
}

func TestSessions(t *testing.T) {
	tests := []struct {
		phrase string
		want   []string
	}{
		{"On June 24, the Prime Minister held a small meeting at 5:40 p.m., then a summit meeting commencing at 6:00 p.m., followed by a dinner at 7:15 p.m. with the President.",
			[]string{"summit meeting 18:00 -", "dinner 19:15 -"}},
		{"On September 26, commencing at 5:30 p.m., for 40 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, received a courtesy call from the Honorable Kamala Harris. The overview of the courtesy call is as follows. Also, following the courtesy call, commencing at 6:25 p.m., for 60 minutes, Prime Minister Kishida held a dinner with the U.S. delegation.",
			[]string{"dinner 18:25 60"}},
		{"On May 7, commencing at 3:50 p.m. for approximately 105 minutes, Mr. KISHIDA Fumio held a summit meeting with Mr. YOON Suk Yeol. The summary of the meeting is as follows (The small-group meeting commenced at 3:50 p.m. and lasted for approximately 40 minutes; the plenary meeting commenced at 4:35 p.m. and lasted for approximately 65 minutes).",
			[]string{"small-group meeting 15:50 40", "plenary meeting 16:35 65"}},
	}
	for _, tt := range tests {
		doc := phraseDoc(tt.phrase)
		x := newReader(doc, Options{})
		x.run()
		stmt := x.statementSpan()
		w := whenText{s: stmt.In(x.text), off: stmt.Start}
		p, also, _ := pickTimes(w.s, timeExprs(w.s))
		var got []string
		for _, s := range x.readSessions(stmt, p, also) {
			m := "-"
			if s.Minutes != nil {
				m = itoa(*s.Minutes)
			}
			kind := "?"
			if s.Kind != nil {
				kind = *s.Kind
			}
			got = append(got, kind+" "+s.Start+" "+m)
		}
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%q:\n  sessions %q\n  want     %q", tt.phrase, got, tt.want)
		}
		if r := x.rec; r.Time == nil || r.Duration == nil && strings.Contains(tt.phrase, "minutes,") {
			t.Errorf("%q: first session not in time/duration: %+v %+v", tt.phrase, r.Time, r.Duration)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestPublisherZoneOnlyWithoutPlace(t *testing.T) {
	mofa := Meta{Format: "html", SourceURL: "https://www.mofa.go.jp/s_sa/sea1/vn/page3e_000516.html"}
	// the meeting was abroad in a country with several zones: the
	// publisher's clock is no safe guess
	r := undatedRecord("On July 15, 2016, commencing a little after 5:30 p.m. for approximately 30 minutes, Mr. Shinzo Abe, Prime Minister of Japan, who is attending the 11th Asia-Europe Meeting (ASEM 11) Summit Meeting in Mongolia, held a summit meeting with H.E. Mr. Nguyen Xuan Phuc.", mofa)
	if r.Time == nil || r.Time.TZ != nil {
		t.Errorf("meeting in Mongolia: time %+v", r.Time)
	}
	// a person's name that is also a city's is not a place
	r = undatedRecord("On June 24, 2025, at 3 p.m., Minister Florence Parly held a meeting with the Minister.", Meta{Format: "text"})
	if r.Time == nil || r.Time.TZ != nil {
		t.Errorf("Florence Parly: time %+v", r.Time)
	}
}

func TestDateFromLeadParagraph(t *testing.T) {
	doc := phraseDoc("President Joe Biden and Prime Minister Boris Johnson spoke today regarding developments in Afghanistan. They agreed to hold a virtual G7 leaders’ meeting next week to discuss a common strategy.")
	x := newReader(doc, Options{})
	x.run()
	// whichever sentence the lead picks as the statement, the paragraph's
	// "today" dates the call
	if x.rec.Date == nil || x.rec.Date.String() != "2025-06-24" {
		t.Errorf("date %v, want 2025-06-24", x.rec.Date)
	}
}

func init() {
	// issue 12: the zone a stated abbreviation names, chosen by the place
	// when it names several clocks, and written in lower case too
	register("time.tz", corpus{
		probe: func(phrase string) (string, bool) {
			t := phraseRecord(phrase).Time
			if t == nil || t.TZ == nil {
				return "", false
			}
			return *t.TZ, true
		},
		examples: []example{
			{"Asia/Shanghai", []string{"On June 24, at 3pm CST in Beijing, the Minister held a meeting with the Secretary."}},
			{"America/Chicago", []string{"On June 24, at 3pm CST in Chicago, the Minister held a meeting with the Secretary."}},
			{"Asia/Kolkata", []string{"On June 24, at 10am IST in New Delhi, the Minister held a meeting with the Secretary."}},
			{"Europe/Dublin", []string{"On June 24, at 10am IST in Dublin, the Minister held a meeting with the Secretary."}},
			{"Asia/Jerusalem", []string{"On June 24, at 10am IST in Jerusalem, the Minister held a meeting with the Secretary."}},
			{"Europe/London", []string{"On June 24, at 3pm BST in London, the Minister held a meeting with the Secretary."}},
			{"Asia/Dhaka", []string{"On June 24, at 3pm BST in Dhaka, the Minister held a meeting with the Secretary."}},
			{"Asia/Karachi", []string{"On June 24, at 4pm PST in Islamabad, the Minister held a meeting with the Secretary."}},
			{"Etc/GMT", []string{"On June 24, at 3 pm gmt, the Minister held a meeting with the Secretary."}},
			{"America/Los_Angeles", []string{"On June 24, at 10am pst, the Minister held a meeting with the Secretary."}},
			{"America/New_York", []string{"On June 24, at 9 a.m. est, the Minister held a meeting with the Secretary."}},
		},
		negatives: []string{
			"On June 24, at 3 pm et al, the Minister held a meeting with the Secretary.",
		},
	})
}

func TestAmbiguousZoneWarns(t *testing.T) {
	r := phraseRecord("On June 24, at 3pm CST, the Minister held a telephone talk with the Secretary.")
	if r.Time == nil || r.Time.TZ == nil || *r.Time.TZ != "Asia/Shanghai" {
		t.Fatalf("time %+v, want tz Asia/Shanghai (the first reading)", r.Time)
	}
	found := false
	for _, w := range r.Warnings {
		if strings.Contains(w, "a guess") {
			found = true
		}
	}
	if !found {
		t.Errorf("warnings %q: want one saying CST was a guess", r.Warnings)
	}
	if r := phraseRecord("On June 24, at 3pm CST in Chicago, the Minister held a meeting with the Secretary."); len(r.Warnings) > 0 {
		t.Errorf("CST in Chicago: unexpected warnings %q", r.Warnings)
	}
}
