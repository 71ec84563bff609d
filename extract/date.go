package extract

// ParseDateline finds a release date in a short line such as a page's date
// line ("June 24, 2025", "04 September 2018", "06 Sep. 2018 - 07 Sep.
// 2018" gives its first day, "10/07/2024 | News release") or a title
// ("...: 14 June 2024"). It returns the date and the span of its text in s.
// (stub: being written)
func ParseDateline(s string) (d Date, span Span, ok bool) { return }
