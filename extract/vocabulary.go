package extract

import (
	"strings"
	"time"
)

// This file exports the word tables ingest needs, so that a word list
// lives once, in extract.

// MonthOf returns the month a month name or its abbreviation names
// ("July", "jul", "Sept"), in any case.
func MonthOf(word string) (time.Month, bool) {
	m, ok := monthWords[strings.ToLower(word)]
	return m, ok
}
