package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/readout/readout/internal/fastre"
)

// This file reads when the meeting took place from the main statement:
// its date (date.go), clock time (clock.go), length (duration.go) and the
// zone that clock is in (tz.go), with every value's evidence, and checks
// them against each other.

// Session is one part of a multi-part encounter stated with its own time
// ("a small meeting at 5:40 p.m., then a summit meeting commencing at 6:00
// p.m., followed by a dinner at 7:15 p.m."). The record's time and
// duration are the first session's; the others are kept here.
type Session struct {
	// Kind is what the session was, as written in lower case
	// ("small-group meeting", "dinner"); nil when the text does not say.
	Kind *string `yaml:"kind" json:"kind"`
	// Start is the 24-hour "HH:MM" start.
	Start string `yaml:"start" json:"start"`
	// Minutes is how long it lasted, or nil.
	Minutes *int `yaml:"minutes" json:"minutes"`

	// kindSpan, startSpan and minutesSpan are the evidence of each field,
	// for when the record holds sessions.
	kindSpan, startSpan, minutesSpan Span
}

// whenText is the text date and time are read from, and where it starts
// in the document.
type whenText struct {
	s   string
	off int
}

func (w whenText) abs(sp Span) Span { return sp.Shift(w.off) }

// statementSpan is the main statement, or, before a lead was found, the
// first body paragraph (its first leadWindow bytes).
func (x *reader) statementSpan() Span {
	if x.statement.Valid(len(x.text)) {
		return x.statement
	}
	if x.lead >= 0 && x.lead < len(x.doc.Blocks) {
		return x.window(x.doc.Blocks[x.lead].Body)
	}
	for _, b := range x.doc.Blocks {
		if b.Kind == Paragraph || b.Kind == Item {
			return x.window(b.Body)
		}
	}
	return Span{}
}

// leadSpan is the paragraph holding the statement (its first leadWindow
// bytes): where later sessions of the same encounter are stated.
func (x *reader) leadSpan(stmt Span) Span {
	for _, b := range x.doc.Blocks {
		if b.Body.Start <= stmt.Start && stmt.End <= b.Body.End {
			return x.window(b.Body)
		}
	}
	return stmt
}

// releaseDate is the release date dates are anchored to.
func (x *reader) releaseDate() *Date {
	if x.rec.Published != nil {
		return x.rec.Published
	}
	return x.opts.Published
}

func (x *reader) extractWhen() {
	if x.rec.Kind == KindOther {
		// a release that reports no encounter has no event date, time or
		// length (spec: kind other), even when it announces one
		return
	}
	stmt := x.statementSpan()
	if !stmt.Valid(len(x.text)) {
		return
	}
	w := whenText{s: stmt.In(x.text), off: stmt.Start}
	pub := x.releaseDate()

	exprs := x.meetingTimes(w, timeExprs(w.s))
	if len(exprs) > 0 {
		attachDate(w.s, &exprs[0])
	}
	primary, also, alsoSeg := pickTimes(w.s, exprs)
	if primary != nil && (primary.Start.Value.Vague || (primary.End != nil && primary.End.Value.Vague)) {
		x.warn("the time %q states neither a.m. nor p.m. nor a part of the day, so it is not read", primary.Span.In(w.s))
		primary, also, alsoSeg = nil, nil, Span{}
	}

	date, dateOK, found := x.readDate(w, alsoSeg, pub)
	if lead := x.leadSpan(stmt); !found && lead != stmt {
		// a statement without a date ("They agreed to hold a virtual
		// meeting next week") leaves the date to its paragraph: "President
		// Biden and Prime Minister Johnson spoke today ..."
		lw := whenText{s: lead.In(x.text), off: lead.Start}
		date, dateOK, _ = x.readDate(lw, Span{}, pub)
	}

	tw := w
	if primary == nil {
		// "At their meeting at noon today the two ministers discussed
		// ...": a sentence after the statement that looks back at the
		// encounter may time it
		if bw, bexprs, bp, ok := x.timeLookingBack(stmt); ok {
			tw, exprs, primary = bw, bexprs, bp
		}
	}
	if primary != nil {
		x.setTime(tw, primary, also, alsoSeg, date, dateOK, pub)
	}
	x.readDuration(tw, primary, exprs, also)
	x.checkTimes(tw, primary, date, dateOK)
	x.rec.Sessions = x.sessions(x.readSessions(stmt, primary, also))
	x.setSessions(x.rec.Sessions)
}

// timeLookingBack finds, in the lead paragraph and the one after it, a
// sentence after the statement that opens by looking back at the
// encounter ("At their meeting at noon today, ...", "During the meeting
// held at 3 p.m., ...") and states a clock time: it returns the sentence,
// its times and the first.
func (x *reader) timeLookingBack(stmt Span) (whenText, []timeExpr, *timeExpr, bool) {
	if x.lead < 0 {
		return whenText{}, nil, nil, false
	}
	for _, b := range x.leadAndNext() {
		for _, s := range x.sentences(x.window(b)) {
			if s.Start <= stmt.Start || !openedBack.MatchString(s.In(x.lower)) {
				continue
			}
			sw := whenText{s: s.In(x.text), off: s.Start}
			exprs := x.meetingTimes(sw, timeExprs(sw.s))
			if len(exprs) == 0 || exprs[0].Start.Value.Vague || exprs[0].End != nil && exprs[0].End.Value.Vague {
				continue
			}
			attachDate(sw.s, &exprs[0])
			return sw, exprs, &exprs[0], true
		}
	}
	return whenText{}, nil, nil, false
}

// reDateJoin is what may stand between a time and the date it is on.
var reDateJoin = fastre.MustCompile(`(?i)^\s*,?\s*(?:on\s+)?$`)

// attachDate extends a time with no stated zone over the date right after
// it, and reads a zone stated after that date: "at 3 p.m. on June 24
// (local time)".
func attachDate(s string, e *timeExpr) {
	if e.Zone != "" {
		return
	}
	rest := s[e.Span.End:]
	ms := findDates(rest, absoluteRules)
	if len(ms) == 0 || !reDateJoin.MatchString(rest[:ms[0].Span.Start]) {
		return
	}
	end := e.Span.End + ms[0].Span.End
	if z, zs, ok := zoneAfter(s, end); ok {
		e.Zone, e.ZoneSpan = z, zs
		e.Span.End = zs.End
		return
	}
	e.Span.End = end
}

// pickTimes chooses the statement's time (the first clock time) and, in a
// parenthesis right after it, the same moment in another clock.
func pickTimes(s string, exprs []timeExpr) (primary, also *timeExpr, alsoSeg Span) {
	if len(exprs) == 0 {
		return nil, nil, Span{}
	}
	primary = &exprs[0]
	alsoSeg = parenAfter(s, primary.Span)
	if alsoSeg.Len() == 0 {
		return primary, nil, Span{}
	}
	for i := 1; i < len(exprs); i++ {
		e := &exprs[i]
		if e.Span.Start < alsoSeg.Start || e.Span.End > alsoSeg.End {
			continue
		}
		if e.Zone != "" && e.Zone != "local" && e.Zone != primary.Zone {
			also = e
			break
		}
	}
	if also == nil {
		return primary, nil, Span{}
	}
	return primary, also, alsoSeg
}

// parenAfter is the parenthesis that follows the time at sp (or that the
// time's stated zone opens): "(on 25 June at 0:35 p.m. JST)", "(local time;
// on September 21, 7:05 a.m. JST)". Its span runs to the closing
// parenthesis, or to the end of s when it is not closed.
func parenAfter(s string, sp Span) Span {
	open := -1
	if i := strings.LastIndexByte(s[sp.Start:sp.End], '('); i >= 0 && !strings.Contains(s[sp.Start+i:sp.End], ")") {
		open = sp.Start + i
	} else {
		rest := s[sp.End:]
		t := strings.TrimLeft(rest, " ,")
		if strings.HasPrefix(t, "(") {
			open = sp.End + len(rest) - len(t)
		}
	}
	if open < 0 {
		return Span{}
	}
	end := strings.IndexByte(s[open:], ')')
	if end < 0 {
		return Span{open, len(s)}
	}
	return Span{open, open + end + 1}
}

// Words that say a date belongs to something other than the meeting: a
// bound ("since", "until"), a clause about another event ("the attack on",
// "which occurred on").
var (
	reDateBound      = fastre.MustCompile(`(?i)\b(?:since|until|till|through|by|before|after|from|between|ahead\s+of|as\s+of)\s+(?:the\s+)?$`)
	reDateOtherEvent = fastre.MustCompile(`(?i)\b(?:(?:which|that|who)\s+(?:\w+\s+){0,3}|(?:attacks?|bombings?|explosions?|incidents?|elections?|earthquakes?|disasters?|accidents?|shootings?|death|passing|anniversary|inauguration|funeral|referendum|launch(?:es)?|tests?|strikes?|coup|ceasefire|agreement|signing|statement|announcement|decision|vote)(?:\s+\w+){0,4}\s+)(?:on|of|dated)\s+$`)
	reDateBracket    = fastre.MustCompile(`^\s*[(\[]\s*$`)
	// A date used as an adjective names another event: "the April 22-23
	// Leaders Summit", "the 25 March Joint Statement", "the horrific
	// October 7 attacks". It follows a determiner (or a determiner and one
	// word) and runs into a range, a name or an event noun.
	reDateAttrBefore = fastre.MustCompile(`(?i)(?:^|[^\p{L}])(on\s+)?(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+(?:[\p{L}\-]+\s+)?$`)
	reDateAttrStart  = fastre.MustCompile(`(?i)^the\s`)
	reDateAttrAfter  = fastre.MustCompile(`^(?:\s*[\-–]\s*\d|\s+\p{Lu}|\s+(?i:attacks?|summit|meeting|statement|elections?|deadline|anniversary|call|visit|agreement|ceasefire|talks|declaration|announcement|launch|event|incident|strikes?)\b)`)
	reDateOnBefore   = fastre.MustCompile(`(?i)\bon\s+$`)
)

// isAttributive reports whether the date at sp names another event: it is
// used as an adjective ("the April 22-23 Leaders Summit").
func isAttributive(s string, sp Span) bool {
	before, _ := behind(s, sp.Start)
	m := reDateAttrBefore.FindStringSubmatchIndex(before)
	det := m != nil && m[2] < 0
	if !det && reDateAttrStart.MatchString(s[sp.Start:sp.End]) && !reDateOnBefore.MatchString(before) {
		det = true
	}
	return det && reDateAttrAfter.MatchString(s[sp.End:])
}

// readDate reads the meeting's date from the statement: the first date
// that is not a bound, another event's date or part of the also clock.
// found is true when the text states a date, even one that could not be
// anchored.
func (x *reader) readDate(w whenText, alsoSeg Span, pub *Date) (d Date, ok, found bool) {
	ms := findDates(w.s, absoluteRules, relativeRules)
	fused := x.fusedIn(w)
	skipped := "" // the first date passed over as another event's
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if fused.Len() > 0 && m.Span.Start < fused.End && fused.Start < m.Span.End {
			continue // the release's dateline, read last
		}
		if alsoSeg.Len() > 0 && m.Span.Start >= alsoSeg.Start && m.Span.End <= alsoSeg.End {
			continue
		}
		before, _ := behind(w.s, m.Span.Start)
		if reDateBound.MatchString(before) || reDateOtherEvent.MatchString(before) || reDateOtherVerb.MatchString(before) ||
			isAttributive(w.s, m.Span) {
			if skipped == "" {
				skipped = m.Span.In(w.s)
			}
			continue
		}
		if _, other := inOtherClause(w.s, m.Span.Start); other {
			if skipped == "" {
				skipped = m.Span.In(w.s)
			}
			continue
		}
		if i > 0 && isRestatement(w.s, ms[i-1], m) {
			continue
		}
		sp := m.Span
		v := m.Value
		// "on Thursday (6 September 2018)", "today [Friday 14 June 2024]":
		// the bracketed date says which day the word means.
		if v.Rel && i+1 < len(ms) && !ms[i+1].Value.Rel &&
			reDateBracket.MatchString(w.s[m.Span.End:ms[i+1].Span.Start]) {
			next := ms[i+1]
			sp = m.Span.Cover(next.Span)
			if j := strings.IndexAny(w.s[next.Span.End:], ")]"); j >= 0 && j < 3 {
				sp.End = next.Span.End + j + 1
			}
			if v.HasWeekday && !next.Value.HasWeekday {
				next.Value.Weekday, next.Value.HasWeekday = v.Weekday, true
			}
			v = next.Value
		}
		d, _, ok = v.resolve(pub)
		if !ok {
			switch {
			case v.Unsure != "":
				x.warn("the date %q is not read as the meeting's: %s", sp.In(w.s), v.Unsure)
			case v.Nth != 0 || (v.Month == 0 && v.Day > 0):
				x.warn("the date %q could not be anchored to a day before the release", sp.In(w.s))
			case v.Rel:
				x.warn("the date %q could not be anchored: the release shows no date", sp.In(w.s))
			default:
				x.warn("the date %q states no year and the release shows no date, so it could not be given a year", sp.In(w.s))
			}
			return Date{}, false, true
		}
		if v.HasWeekday && !v.Rel && d.Weekday() != v.Weekday {
			// which of the two is wrong the text does not say
			x.warn("the date %q says %s, but %s is a %s", sp.In(w.s), v.Weekday, d, d.Weekday())
			return Date{}, false, true
		}
		x.rec.Date = &d
		x.setRule("date", w.abs(sp), m.Rule)
		x.warnDateDistance(d, pub)
		return d, true, true
	}
	if fused.Len() > 0 {
		return x.dateFromFused(w, pub)
	}
	if skipped != "" {
		x.warnOnce("no date of the meeting is stated: %q belongs to another event", skipped)
	}
	return Date{}, false, false
}

// warnOnce is warn for a warning the statement and its paragraph may
// both give.
func (x *reader) warnOnce(format string, args ...any) {
	w := fmt.Sprintf(format, args...)
	for _, have := range x.rec.Warnings {
		if have == w {
			return
		}
	}
	x.rec.Warnings = append(x.rec.Warnings, w)
}

// dateDistance is how far before its release a meeting date may fall
// without a word: a readout reports what happened in the days before it.
const dateDistance = 31

// warnDateDistance warns about a meeting date after the release, or more
// than dateDistance days before it.
func (x *reader) warnDateDistance(d Date, pub *Date) {
	if pub == nil {
		return
	}
	days := int(pub.Time().Sub(d.Time()).Hours() / 24)
	switch {
	case pub.Before(d):
		x.warn("the meeting date %s is after the release date %s", d, pub)
	case d.Time().AddDate(1, 0, 0).Before(pub.Time()):
		x.warn("the meeting date %s is more than a year before the release date %s", d, pub)
	case days > dateDistance:
		x.warn("the meeting date %s is %d days before the release date %s", d, days, pub)
	}
}

// reDateOtherVerb is a verb of another event right before a date: "the
// initiative launched on February 23", "the Summit to be held on 16-17
// May", "the election scheduled for July 8".
var reDateOtherVerb = fastre.MustCompile(`(?i)\b(?:launched|signed|adopted|announced|issued|released|published|scheduled|planned|slated|due|set|expected|took\s+effect|came\s+into\s+force|entered\s+into\s+force|to\s+be\s+held|be\s+held|passed|enacted|elected|appointed|killed|died|occurred|happened|erupted|struck|began|broke\s+out)\s+(?:[\w’']+\s+){0,3}?(?:on|for|of|in)\s+(?:the\s+)?$`)

// isRestatement reports whether date m restates date prev in a
// parenthesis right after it ("April 19 (April 18 local time)").
func isRestatement(s string, prev, m dateMatch) bool {
	if prev.Value.Rel {
		return false
	}
	between := s[prev.Span.End:m.Span.Start]
	return strings.TrimSpace(between) == "("
}

// readDuration reads how long the first session lasted: the first duration
// in the statement before any later time, else the length of a stated
// range.
func (x *reader) readDuration(w whenText, p *timeExpr, exprs []timeExpr, also *timeExpr) {
	limit := len(w.s)
	if p != nil {
		for i := range exprs {
			e := &exprs[i]
			if e.Span.Start > p.Span.End && e != also && (also == nil || e.Span.Start > also.Span.End) {
				limit = e.Span.Start
				break
			}
		}
	}
	var stated *durationMatch
	for _, d := range findDurations(w.s) {
		if d.Span.End <= limit {
			stated = &d
			break
		}
	}
	var ranged int
	if p != nil && p.End != nil {
		ranged = p.End.Value.Minutes - p.Start.Value.Minutes
		if ranged <= 0 {
			ranged += 24 * 60
		}
	}
	switch {
	case stated != nil:
		x.rec.Duration = &Duration{Minutes: stated.Value.Minutes, Approximate: stated.Value.Approx, Text: stated.Span.In(w.s)}
		x.setRule("duration.minutes", w.abs(stated.Span), stated.Rule)
		x.set("duration.text", w.abs(stated.Span))
		if ranged > 0 && !durationAgrees(stated.Value, ranged) {
			x.warn("the duration %q disagrees with the stated range %s to %s (%d minutes)",
				stated.Span.In(w.s), p.Start.Value.HHMM(), p.End.Value.HHMM(), ranged)
		}
	case ranged > 0:
		// a range stated approximately ("from approximately 11:15 a.m. to
		// 11:50 a.m.") gives an approximate length
		x.rec.Duration = &Duration{Minutes: ranged, Approximate: p.Approx, Text: p.RangeSpan.In(w.s)}
		x.set("duration.minutes", w.abs(p.RangeSpan))
		x.set("duration.text", w.abs(p.RangeSpan))
	}
}

// durationAgrees reports whether a stated duration fits a range's length:
// exactly, or within a quarter (at least 10 minutes) when approximate.
func durationAgrees(d durationValue, ranged int) bool {
	diff := d.Minutes - ranged
	if diff < 0 {
		diff = -diff
	}
	if !d.Approx {
		return diff <= 1
	}
	return diff <= max(10, ranged/4)
}

// checkTimes warns about a stated weekday or time that cannot be right.
func (x *reader) checkTimes(w whenText, p *timeExpr, date Date, dateOK bool) {
	if p == nil || !dateOK || x.rec.Time == nil || x.rec.Time.TZ == nil {
		return
	}
	loc, err := time.LoadLocation(*x.rec.Time.TZ)
	if err != nil {
		return
	}
	// a wall time skipped by a change to summer time does not exist
	at := instant(date, p.Start.Value.Minutes, loc)
	if at.Hour()*60+at.Minute() != p.Start.Value.Minutes {
		x.warn("%s %s does not exist in %s (the clocks changed that night)", date, p.Start.Value.HHMM(), loc)
	}
}

// sessionNouns name the parts of an encounter a statement times
// separately: the session nouns of the encounter table.
var sessionNouns = encounterNouns(true, true)

var reSessionNoun = fastre.MustCompile(`(?i)\b(` + alternation(setOf(sessionNouns)) + `)\b`)

// sessionKindWindow is how far before a time a session noun is looked for.
const sessionKindWindow = 120

// reSessionRef is what makes a session noun before a time a reference to
// an earlier session ("following the courtesy call, commencing at ...").
var reSessionRef = fastre.MustCompile(`(?i)\b(?:following|after|before|during|of|at)\s+(?:the|this|that)\s+(?:\S+\s+)?$`)

// reSessionHeld finds the session a clause after a time reports ("...,
// Prime Minister Kishida held a dinner").
var reSessionHeld = fastre.MustCompile(`(?i)\b(?:` + listAlternation(encounterVerbWords(reportVerb)) + `)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(` + alternation(setOf(sessionNouns)) + `)\b`)

// sessionKind finds what the session timed at t was: the last session noun
// before it (back to from) that is not a reference to an earlier session,
// else the one a verb reports after it (up to end or the sentence's end).
func sessionKind(s string, from int, t Span, end int) (Span, bool) {
	ks := reSessionNoun.FindAllStringIndex(s[from:t.Start], -1)
	for j := len(ks) - 1; j >= 0; j-- {
		k := Span{from + ks[j][0], from + ks[j][1]}
		if b, _ := behind(s, k.Start); !reSessionRef.MatchString(b) {
			return k, true
		}
	}
	after := s[t.End:end]
	if i := strings.Index(after, ". "); i >= 0 {
		after = after[:i]
	}
	if m := reSessionHeld.FindStringSubmatchIndex(after); m != nil {
		return Span{t.End + m[2], t.End + m[3]}, true
	}
	return Span{}, false
}

// readSessions returns the times of the lead paragraph beyond the first
// (and its restatement) as sessions, each with its kind and length and the
// evidence of each.
func (x *reader) readSessions(stmt Span, p, also *timeExpr) []Session {
	if p == nil {
		return nil
	}
	lead := x.leadSpan(stmt)
	w := whenText{s: lead.In(x.text), off: lead.Start}
	exprs := x.meetingTimes(w, timeExprs(w.s))
	var out []Session
	for i := range exprs {
		e := exprs[i]
		abs := w.abs(e.Span)
		if abs.Start < stmt.Start+p.Span.End || (also != nil && abs.Start < stmt.Start+also.Span.End) {
			continue
		}
		s := Session{Start: e.Start.Value.HHMM(), startSpan: w.abs(e.Start.Span)}
		from := max(0, e.Span.Start-sessionKindWindow)
		if prev := i - 1; prev >= 0 && exprs[prev].Span.End > from {
			from = exprs[prev].Span.End
		}
		end := len(w.s)
		if i+1 < len(exprs) {
			end = exprs[i+1].Span.Start
		}
		if k, ok := sessionKind(w.s, from, e.Span, end); ok {
			kind := strings.ToLower(k.In(w.s))
			s.Kind = &kind
			s.kindSpan = w.abs(k)
		}
		if ds := findDurations(w.s[e.Span.End:end]); len(ds) > 0 {
			m := ds[0].Value.Minutes
			s.Minutes = &m
			s.minutesSpan = w.abs(ds[0].Span.Shift(e.Span.End))
		}
		out = append(out, s)
	}
	return out
}

// setSessions records sessions with their evidence under sessions[i].
func (x *reader) setSessions(ss []Session) {
	for i, s := range ss {
		n := i + 1
		x.set(fmt.Sprintf("sessions[%d].start", n), s.startSpan)
		x.set(fmt.Sprintf("sessions[%d].kind", n), s.kindSpan)
		x.set(fmt.Sprintf("sessions[%d].minutes", n), s.minutesSpan)
	}
}
