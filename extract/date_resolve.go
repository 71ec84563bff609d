package extract

import "time"

// This file anchors a date as written (a dateValue) against the release
// date: the year a date without one takes, the day "on Thursday" or "the
// first Tuesday of June" names.

// resolve anchors v against the release date pub (nil when unknown). A
// date without a year takes pub's year, or the year before when that would
// put it months after the release. ok is false when v cannot be anchored;
// guessed is true when the year was taken from pub.
//
// The rules, in order: a date that is unsure (Unsure) is never anchored;
// "today", "yesterday" ... are the release date plus their offset; a
// weekday alone is the last such day on or before the release ("last
// Tuesday": before it); "Tuesday the 17th" is the last day on or before
// the release that is both; a stated year is kept. A date without a year
// takes the release's year, unless that puts it more than yearlessLead
// (62 days) after the release, when it takes the year before ("On
// December 30" in a release of January 2); a stated weekday that fits
// only the other of those two years chooses it.
func (v dateValue) resolve(pub *Date) (d Date, guessed, ok bool) {
	if v.Unsure != "" {
		return Date{}, false, false
	}
	switch {
	case v.Rel && v.Month == 0 && !v.HasWeekday:
		if pub == nil {
			return Date{}, false, false
		}
		return pub.AddDays(v.Offset), false, true
	case v.Rel && v.Month == 0:
		if pub == nil {
			return Date{}, false, false
		}
		back := (int(pub.Weekday()) - int(v.Weekday) + 7) % 7
		if back == 0 && v.Last {
			back = 7
		}
		return pub.AddDays(-back), false, true
	case v.Month == 0 && v.Day > 0:
		return v.resolveWeekdayDay(pub)
	case v.Nth != 0:
		return v.resolveNth(pub)
	case v.Year != 0:
		return Date{v.Year, v.Month, v.Day}, false, true
	}
	if pub == nil {
		return Date{}, false, false
	}
	y := yearFor(v.Month, v.Day, pub)
	if y == 0 {
		return Date{}, false, false
	}
	d = Date{y, v.Month, v.Day}
	if v.HasWeekday && d.Weekday() != v.Weekday {
		for _, other := range []int{y - 1, y + 1} {
			o := Date{other, v.Month, v.Day}
			if valid(other, int(v.Month), v.Day) && o.Weekday() == v.Weekday && o.Time().Sub(pub.Time()) <= yearlessLead &&
				pub.Time().Sub(o.Time()) < 366*24*time.Hour {
				return o, true, true
			}
		}
	}
	return d, true, true
}

// yearFor is the year a date without one takes against the release pub
// (see resolve); 0 when month and day make no day in either year.
func yearFor(m time.Month, day int, pub *Date) int {
	y := pub.Year
	if !valid(y, int(m), day) {
		y-- // February 29 of a leap year, written in the next year
	}
	if !valid(y, int(m), day) {
		return 0
	}
	if (Date{y, m, day}).Time().Sub(pub.Time()) > yearlessLead {
		y--
		if !valid(y, int(m), day) {
			return 0
		}
	}
	return y
}

// resolveWeekdayDay anchors "Tuesday the 17th": the last day on or before
// the release that is that weekday and that day of its month, within a
// year.
func (v dateValue) resolveWeekdayDay(pub *Date) (Date, bool, bool) {
	if pub == nil || !v.HasWeekday {
		return Date{}, false, false
	}
	y, m := pub.Year, pub.Month
	for i := 0; i < 12; i++ {
		if valid(y, int(m), v.Day) {
			d := Date{y, m, v.Day}
			if !pub.Before(d) && d.Weekday() == v.Weekday {
				return d, true, true
			}
		}
		if m--; m < time.January {
			m, y = time.December, y-1
		}
	}
	return Date{}, false, false
}

// resolveNth anchors "the first Tuesday of June": its year as stated or
// taken as for any date without one.
func (v dateValue) resolveNth(pub *Date) (Date, bool, bool) {
	y, guessed := v.Year, false
	if y == 0 {
		if pub == nil {
			return Date{}, false, false
		}
		y, guessed = yearFor(v.Month, 1, pub), true
		if last := nthWeekday(y, v.Month, v.Weekday, v.Nth); last.Time().Sub(pub.Time()) > yearlessLead {
			y--
		}
	}
	d := nthWeekday(y, v.Month, v.Weekday, v.Nth)
	if d.Month != v.Month {
		return Date{}, false, false // "the fifth Monday" of a month with four
	}
	return d, guessed, true
}

// nthWeekday is the nth weekday wd of month m of year y (n -1: the last).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) Date {
	if n < 0 {
		last := NewDate(y, m+1, 0)
		back := (int(last.Weekday()) - int(wd) + 7) % 7
		return last.AddDays(-back)
	}
	first := NewDate(y, m, 1)
	fwd := (int(wd) - int(first.Weekday()) + 7) % 7
	return first.AddDays(fwd + 7*(n-1))
}

// yearlessLead is how far after its release a date without a year may
// fall before it is read as the previous year's ("On December 30" in a
// release of January 2).
const yearlessLead = 62 * 24 * time.Hour
