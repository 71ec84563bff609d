package extract

import "testing"

// TestDaylightSaving resolves local times on both sides of the clock
// changes: New York in March and November (second Sunday of March, first
// Sunday of November), Brussels around the last Sunday of October.
func TestDaylightSaving(t *testing.T) {
	tests := []struct {
		phrase string
		tz     string
		utc    string
	}{
		{"On March 8, 2025, commencing at 10:00 a.m. (local time), Secretary Rubio held a meeting with Foreign Minister Iwaya in New York.", "America/New_York", "2025-03-08T15:00:00Z"},
		{"On March 10, 2025, commencing at 10:00 a.m. (local time), Secretary Rubio held a meeting with Foreign Minister Iwaya in New York.", "America/New_York", "2025-03-10T14:00:00Z"},
		{"On November 1, 2025, commencing at 10:00 a.m. (local time), Secretary Rubio held a meeting with Foreign Minister Iwaya in New York.", "America/New_York", "2025-11-01T14:00:00Z"},
		{"On November 3, 2025, commencing at 10:00 a.m. (local time), Secretary Rubio held a meeting with Foreign Minister Iwaya in New York.", "America/New_York", "2025-11-03T15:00:00Z"},
		{"On October 25, 2025, commencing at 10:00 a.m. (local time), the High Representative held a meeting with Foreign Minister Iwaya in Brussels.", "Europe/Brussels", "2025-10-25T08:00:00Z"},
		{"On October 27, 2025, commencing at 10:00 a.m. (local time), the High Representative held a meeting with Foreign Minister Iwaya in Brussels.", "Europe/Brussels", "2025-10-27T09:00:00Z"},
		// "EST" written in July at a place on Eastern time is the common
		// slip for Eastern time: the place's zone (EDT then) is used
		{"On July 1, 2025, commencing at 10:00 a.m. EST, Secretary Rubio held a meeting with Foreign Minister Iwaya in New York.", "America/New_York", "2025-07-01T14:00:00Z"},
		// so it is with no place: a US zone abbreviation names the region's
		// clock, whose daylight time applies in summer
		{"On July 1, 2025, commencing at 10:00 a.m. EST, Secretary Rubio held a telephone talk with Foreign Minister Iwaya.", "America/New_York", "2025-07-01T14:00:00Z"},
	}
	for _, tt := range tests {
		r := Extract(phraseDoc(tt.phrase), Options{})
		if r.Time == nil || r.Time.UTC == nil || r.Time.TZ == nil {
			t.Errorf("%q: no resolved time: %+v", tt.phrase, r.Time)
			continue
		}
		if *r.Time.UTC != tt.utc || (tt.tz != "" && *r.Time.TZ != tt.tz) {
			t.Errorf("%q:\n got  %s %s\n want %s %s", tt.phrase, *r.Time.TZ, *r.Time.UTC, tt.tz, tt.utc)
		}
	}
}
