package extract

import (
	"strings"
	"time"

	"github.com/readout/readout/internal/fastre"
)

// This file sets the record's time once its date and clock are read: the
// zone the clock is in (stated, the place's, the publisher's), the UTC
// instant, and the check of a restatement in another clock against it.

// setTime sets the record's time from the statement's primary time and its
// restatement in another clock.
func (x *reader) setTime(w whenText, p, also *timeExpr, alsoSeg Span, date Date, dateOK bool, pub *Date) {
	t := &Time{Start: p.Start.Value.HHMM(), Approximate: p.Approx}
	x.setRule("time.start", w.abs(p.Start.Span), p.Start.Rule)
	if p.End != nil {
		end := p.End.Value.HHMM()
		t.End = &end
		x.setRule("time.end", w.abs(p.End.Span), p.End.Rule)
	}
	if p.Approx {
		x.set("time.approximate", w.abs(Span{p.Span.Start, p.Start.Span.End}))
	}
	if p.Zone != "" {
		z := p.Zone
		t.Zone = &z
		x.set("time.zone", w.abs(p.ZoneSpan))
	}
	if also != nil {
		a := &AlsoTime{Start: also.Start.Value.HHMM()}
		x.set("time.also.start", w.abs(also.Start.Span))
		z := also.Zone
		a.Zone = &z
		x.set("time.also.zone", w.abs(also.ZoneSpan))
		seg := alsoSeg.In(w.s)
		if ms := findDates(seg, absoluteRules); len(ms) > 0 {
			if d, ok := alsoDate(ms[0].Value, date, dateOK, pub); ok {
				a.Date = &d
				x.set("time.also.date", w.abs(ms[0].Span.Shift(alsoSeg.Start)))
			}
		} else if dateOK {
			// unstated: the same day as the meeting's date, read from it
			d := date
			a.Date = &d
			x.set("time.also.date", evidenceSpan(x.rec.Evidence["date"]))
		}
		t.Also = a
	}
	x.rec.Time = t

	loc, where, whereSpan := x.zoneFor(w, p, date, dateOK)
	if loc == nil {
		return
	}
	tz := loc.String()
	t.TZ = &tz
	if whereSpan.Len() > 0 {
		x.set("time.tz", whereSpan)
	}
	if !dateOK {
		return
	}
	at := instant(date, p.Start.Value.Minutes, loc)
	utc := at.UTC().Format(time.RFC3339)
	t.UTC = &utc
	x.set("time.utc", w.abs(p.Start.Span))
	if also != nil && t.Also.Date != nil {
		x.checkAlso(t, at, where, loc, also, date)
	}
}

// alsoDate anchors the date of the restated clock: a date without a year
// takes the year that puts it nearest the meeting's date.
func alsoDate(v dateValue, date Date, dateOK bool, pub *Date) (Date, bool) {
	if v.Year != 0 || !dateOK {
		d, _, ok := v.resolve(pub)
		return d, ok
	}
	best, bestGap := Date{}, time.Duration(-1)
	for y := date.Year - 1; y <= date.Year+1; y++ {
		if !valid(y, int(v.Month), v.Day) {
			continue
		}
		d := Date{y, v.Month, v.Day}
		gap := d.Time().Sub(date.Time()).Abs()
		if bestGap < 0 || gap < bestGap {
			best, bestGap = d, gap
		}
	}
	return best, bestGap >= 0
}

// zoneFor resolves the zone of the primary time: a stated zone first; then
// the place's zone ("local time", or unstated); then, for an unstated zone
// with no place, the publisher's home zone. where names the place as
// written, for warnings; whereSpan is the evidence.
func (x *reader) zoneFor(w whenText, p *timeExpr, date Date, dateOK bool) (loc *time.Location, where string, whereSpan Span) {
	day := date
	if !dateOK {
		day = Date{2000, 1, 1}
	}
	at := func(l *time.Location) time.Time { return instant(day, p.Start.Value.Minutes, l) }
	place, where, whereSpan := x.meetingPlace(w)
	if p.Zone != "" && p.Zone != "local" {
		home, _ := publisherZone(x.doc.Meta)
		if l, guessed, ok := statedZone(p.Zone, place, home, at); ok {
			if guessed {
				x.warn("%q names more than one clock (%s); read as %s, a guess: neither the place nor the publisher says which",
					p.Zone, strings.Join(ambiguousZones[strings.ToUpper(p.Zone)], ", "), l)
			}
			return l, p.Zone, w.abs(p.ZoneSpan)
		}
		return nil, "", Span{}
	}
	if place != nil {
		return place, where, whereSpan
	}
	if p.Zone == "" && (x.rec.Location == nil || (x.rec.Location.Place == nil && x.rec.Location.Country == nil)) {
		if l, ok := publisherZone(x.doc.Meta); ok {
			return l, "", Span{}
		}
	}
	return nil, "", Span{}
}

// meetingPlace finds the zone of where the meeting was: the record's place,
// else a city or venue named in the statement (not for a call or video
// conference, where a named city is someone's, not the clock's), else the
// record's country when it has one zone.
func (x *reader) meetingPlace(w whenText) (*time.Location, string, Span) {
	load := func(p Place) *time.Location {
		l, err := time.LoadLocation(p.TZ)
		if err != nil {
			return nil
		}
		return l
	}
	if l := x.rec.Location; l != nil && l.Place != nil {
		if p, ok := LookupPlace(*l.Place); ok && !(p.Kind == "country" && p.MultiZone) {
			if loc := load(p); loc != nil {
				return loc, *l.Place, evidenceSpan(x.rec.Evidence["location.place"])
			}
		}
	}
	remote := x.rec.Kind == KindTelephoneTalk || x.rec.Kind == KindVideoConference
	if !remote {
		for _, m := range findPlaces(w.s) {
			if b, _ := behind(w.s, m.Span.Start); m.Place.Kind == "country" || !reLocative.MatchString(b) {
				continue
			}
			if loc := load(m.Place); loc != nil {
				return loc, m.Span.In(w.s), w.abs(m.Span)
			}
		}
	}
	if l := x.rec.Location; l != nil && l.Country != nil {
		if p, ok := LookupPlace(*l.Country); ok && !p.MultiZone {
			if loc := load(p); loc != nil {
				return loc, *l.Country, evidenceSpan(x.rec.Evidence["location.country"])
			}
		}
	}
	return nil, "", Span{}
}

// reLocative is what stands before a place named as where someone is ("in
// Seoul", "visiting New York", "during his visit to Hangzhou"), so that a
// person's name that is also a city's ("Florence", "Hamilton") is not read
// as a place.
var reLocative = fastre.MustCompile(`(?i)\b(?:in|at|to|visiting|from|into|inside)\s+(?:the\s+)?$`)

// evidenceSpan returns the span of e: evidenceSpan(x.rec.Evidence[path])
// is the span recorded for path, or an empty span.
func evidenceSpan(e Evidence) Span { return Span{e.Start, e.End} }

// checkAlso warns when the restated clock disagrees with the start
// converted through the place's zone.
func (x *reader) checkAlso(t *Time, at time.Time, where string, loc *time.Location, also *timeExpr, date Date) {
	day := date
	if t.Also.Date != nil {
		day = *t.Also.Date
	}
	alsoLoc, _, ok := statedZone(also.Zone, nil, nil, nil)
	if !ok {
		return
	}
	got := at.In(alsoLoc)
	if DateOf(got) == day && got.Hour()*60+got.Minute() == also.Start.Value.Minutes {
		return
	}
	if where == "" {
		where = "the venue"
	}
	x.warn("time.also says %s %s %s, but %s at %s (%s) is %s %s",
		day, also.Start.Value.HHMM(), also.Zone, t.Start, where, loc, got.Format("2006-01-02 15:04"), also.Zone)
}
