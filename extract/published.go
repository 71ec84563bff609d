package extract

// extractPublished reads the release date: the page's date line, else a
// date in its title ("...: 14 June 2024"), else a dateline fused to the
// opening of the first paragraph ("Brasilia, February 7, 2024 – ...",
// "Addis Ababa February 15/2023 /ENA/..."), else the date the caller
// supplies (--published). For a range ("06 Sep. 2018 - 07 Sep. 2018") it
// is the first day. A dateline without a year ("Amman, October 3 (Petra)
// -") gives no release date.
func (x *reader) extractPublished() {
	x.findFusedDateline()
	for _, k := range []BlockKind{Dateline, Title} {
		for _, i := range x.blocks(k) {
			b := x.doc.Blocks[i]
			if d, sp, ok := ParseDateline(b.Body.In(x.text)); ok {
				x.rec.Published = &d
				x.set("published", sp.Shift(b.Body.Start))
				return
			}
		}
	}
	if x.fusedOK && x.fused.Value.Year != 0 {
		v := x.fused.Value
		d := Date{v.Year, v.Month, v.Day}
		x.rec.Published = &d
		x.set("published", x.fused.Span)
		return
	}
	if x.opts.Published != nil {
		d := *x.opts.Published
		x.rec.Published = &d
	}
}

// fusedParagraphs is how many of the first body paragraphs are looked at
// for a fused dateline.
const fusedParagraphs = 2

// findFusedDateline finds a dateline fused to the opening of one of the
// first body paragraphs.
func (x *reader) findFusedDateline() {
	n := 0
	for _, b := range x.doc.Blocks {
		if b.Kind != Paragraph {
			continue
		}
		if ld, ok := findLeadDateline(b.Body.In(x.text)); ok {
			ld.Span = ld.Span.Shift(b.Body.Start)
			ld.End += b.Body.Start
			x.fused, x.fusedOK = ld, true
			return
		}
		if n++; n >= fusedParagraphs {
			return
		}
	}
}

// fusedIn returns the span in w (relative to w) of a dateline fused to the
// paragraph w's text opens, from the date to where the paragraph's own
// text starts; empty when w holds none.
func (x *reader) fusedIn(w whenText) Span {
	if !x.fusedOK || x.fused.Span.Start < w.off || x.fused.End > w.off+len(w.s) {
		return Span{}
	}
	return Span{x.fused.Span.Start - w.off, x.fused.End - w.off}
}

// dateFromFused gives the event the date of the dateline fused to its
// statement, when the statement states no date of its own: a wire's
// "Bern, 28.11.2018 - ... discussed ..." reports the day it is dated. The
// rule is stated in a warning, since the text does not say it.
func (x *reader) dateFromFused(w whenText, pub *Date) (Date, bool, bool) {
	v := x.fused.Value
	sp := x.fused.Span.Shift(-w.off)
	d, _, ok := v.resolve(pub)
	if !ok {
		x.warn("the dateline %q states no year and the release shows no date, so it could not be given a year", sp.In(w.s))
		return Date{}, false, true
	}
	x.rec.Date = &d
	x.set("date", w.abs(sp))
	x.warn("the statement states no date of its own: the date %s of the dateline it opens with is taken", d)
	return d, true, true
}

// meetingTimes drops the clock times inside a dateline fused to the
// statement: a posting time ("DUSHANBE, 06.05.2020, 14:05 -") is never
// the meeting's time.
//
// It also drops the times that are another thing's hour or stand in
// another clause (clause.go): "whose flight landed at 9:15 a.m.", "the
// curfew from 10pm to 5am", "will arrive at 12:30", "after the 3pm press
// conference".
func (x *reader) meetingTimes(w whenText, exprs []timeExpr) []timeExpr {
	f := x.fusedIn(w)
	out := exprs[:0]
	for _, e := range exprs {
		if f.Len() > 0 && e.Span.End > f.Start && e.Span.Start < f.End {
			continue
		}
		if _, other := otherTime(w.s, e.Span.Start); other || isAttributiveTime(w.s, e.Span) {
			continue
		}
		out = append(out, e)
	}
	return out
}
