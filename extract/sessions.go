package extract

import "strings"

// sessions completes the later sessions a lead states with the first, the
// one the record's time and duration describe, so that sessions lists
// every session in order. A statement of one session gives none.
func (x *reader) sessions(later []Session) []Session {
	if len(later) == 0 || x.rec.Time == nil {
		return nil
	}
	// "(The small-group meeting commenced at 3:50 p.m. ...)" restates the
	// first session's start: it is the first session, told in parts
	if later[0].Start == x.rec.Time.Start {
		return later
	}
	first := Session{Start: x.rec.Time.Start, startSpan: evidenceSpan(x.rec.Evidence["time.start"])}
	if d := x.rec.Duration; d != nil {
		m := d.Minutes
		first.Minutes = &m
		first.minutesSpan = evidenceSpan(x.rec.Evidence["duration.minutes"])
	}
	if k := evidenceSpan(x.rec.Evidence["kind"]); k.Len() > 0 {
		if loc := reSessionNoun.FindAllStringIndex(k.In(x.text), -1); len(loc) > 0 {
			last := loc[len(loc)-1]
			sp := Span{k.Start + last[0], k.Start + last[1]}
			kind := strings.ToLower(sp.In(x.text))
			first.Kind = &kind
			first.kindSpan = sp
		}
	}
	return append([]Session{first}, later...)
}
