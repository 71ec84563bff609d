package extract

import "testing"

func TestParseDateline(t *testing.T) {
	tests := []struct {
		line, want, text string
	}{
		{"June 24, 2025", "2025-06-24", "June 24, 2025"},
		{"04 September 2018", "2018-09-04", "04 September 2018"},
		{"September 8, 2016", "2016-09-08", "September 8, 2016"},
		{"SEPTEMBER 8, 2016", "2016-09-08", "SEPTEMBER 8, 2016"},
		{"Monday, January 20, 2025", "2025-01-20", "January 20, 2025"},
		{"2021-01-22", "2021-01-22", "2021-01-22"},
		{"• 06 Sep. 2018 - 07 Sep. 2018", "2018-09-06", "06 Sep. 2018"},
		{"10/07/2024 | News release | Distributed by Public on 10/07/2024 00:47", "2024-10-07", "10/07/2024"},
		{"10/07/2024 | News release", "2024-07-10", "10/07/2024"},
		{"07/13/2024", "2024-07-13", "07/13/2024"},
		{"Brussels, 19/06/2021", "2021-06-19", "19/06/2021"},
		{"PM meeting with President Biden of the United States: 14 June 2024", "2024-06-14", "14 June 2024"},
		{"Date: 3 May 2023", "2023-05-03", "3 May 2023"},
		{"Friday 14 June 2024", "2024-06-14", "14 June 2024"},
		{"February 29, 2024", "2024-02-29", "February 29, 2024"},
	}
	for _, tt := range tests {
		d, sp, ok := ParseDateline(tt.line)
		if !ok || d.String() != tt.want || sp.In(tt.line) != tt.text {
			t.Errorf("ParseDateline(%q) = %v %q %v, want %s %q", tt.line, d, sp.In(tt.line), ok, tt.want, tt.text)
		}
	}
	for _, line := range []string{
		"Last updated: 07 Sep. 2018",
		"• Last updated: 07 Sep. 2018 07:28",
		"Page modified on June 24, 2025",
		"On June 24, 2025, the Minister held a meeting with the Secretary General.",
		"June 24",
		"February 29, 2023",
		"31/31/2024",
		"",
	} {
		if d, _, ok := ParseDateline(line); ok {
			t.Errorf("ParseDateline(%q) = %v, want no dateline", line, d)
		}
	}
}
