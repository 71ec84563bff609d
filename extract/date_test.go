package extract

import (
	"strings"
	"testing"
)

func init() {
	register("date", corpus{
		probe: func(phrase string) (string, bool) {
			r := phraseRecord(phrase)
			if r.Date == nil {
				return "", false
			}
			return r.Date.String(), true
		},
		examples: []example{
			{"2025-06-24", []string{
				"On June 24, Minister Iwaya held a meeting with Secretary General Rutte.",
				"On Tuesday, June 24, Minister Iwaya held a telephone talk with Minister Wong.",
				"On June 24th, Minister Iwaya held a meeting with Secretary General Rutte.",
				"On 24 June, the Prime Minister met the President.",
				"The Minister met the Secretary General on 24 June 2025.",
				"Secretary Blinken spoke with French Foreign Minister Le Drian today.",
				"President Biden spoke today with Chancellor Scholz of Germany.",
				"This evening the Prime Minister hosted the President for dinner.",
				"The Prime Minister met the President on Tuesday.",
				"The Prime Minister met with the President today [Tuesday 24 June 2025].",
				"The two leaders met on 2025-06-24 in Brussels.",
			}},
			{"2025-06-23", []string{
				"Yesterday the Prime Minister spoke with the President.",
				"The Prime Minister met the President on Monday.",
				"The Secretary spoke with the Minister last night.",
			}},
			{"2025-06-19", []string{"The Prime Minister met the President on Thursday."}},
			{"2024-12-30", []string{"On December 30, the Minister held a telephone talk with the Secretary."}},
			{"2018-09-04", []string{
				"Minister Balakrishnan met the Minister of Foreign Affairs of Malaysia on 4 September 2018 in Putrajaya.",
				"The Deputy Prime Minister held meetings in Kuala Lumpur and Putrajaya on 4 and 5 September 2018.",
				"The two Ministers met in Tokyo on September 4-5, 2018.",
			}},
			{"2024-10-04", []string{"Minister Cho had his first telephone conversation with Minister Iwaya between 17:50 and 18:15 on October 4, 2024."}},
			{"2025-07-05", []string{"Minister Okada held a telephone conversation with Minister Davutoglu for 20 minutes from around 4:35 p.m. on July 5 (Sat)."}},
			{"2018-09-06", []string{"Visiting Athens on Thursday (6 September 2018), NATO Secretary General Jens Stoltenberg met with Prime Minister Alexis Tsipras."}},
			{"2024-06-14", []string{"The Prime Minister met with Joe Biden, President of the United States, at the G7 Summit in Italy today [Friday 14 June 2024]."}},
			{"2025-05-07", []string{"On May 7, commencing at 3:50 p.m. for approximately 105 minutes, Mr. KISHIDA Fumio held a summit meeting with Mr. YOON Suk Yeol."}},
			{"2025-02-28", []string{"On Friday, February 28, the President met the Prime Minister."}},
			// issue 12: weekdays with their modifiers, against a release of
			// Tuesday 24 June 2025
			{"2025-06-17", []string{
				"Prime Minister Smith held a meeting with President Jones last Tuesday.",
				"On Tuesday the 17th, Foreign Minister Lee held a telephone talk with Minister Park.",
			}},
			{"2025-06-18", []string{
				"Prime Minister Smith held a meeting with President Jones on wednesday.",
				"On Wednesday, June 18, the Minister held a meeting with the Secretary.",
			}},
			{"2025-06-20", []string{
				"Prime Minister Smith held a meeting with President Jones on Friday 20th.",
				"On Jun 20, Fri, the Minister held a meeting with the Secretary.",
				"On Fri, Jun 20, the Minister held a meeting with the Secretary.",
			}},
			{"2025-06-03", []string{"On the first Tuesday of June, the Minister held a meeting with the Secretary."}},
			{"2025-05-30", []string{"On the last Friday of May, the Minister held a meeting with the Secretary."}},
			{"2025-06-23", []string{"President Jokowi received the Prime Minister at the Palace on Monday (23/6)."}},
			{"2025-06-21", []string{"The Minister met the Secretary on Saturday morning."}},
		},
		negatives: []string{
			"The Government of Japan strongly deplores the recent explosive attack on a bus which occurred on April 19 (April 18 local time) in west Jerusalem.",
			"The two sides agreed to meet again.",
			"The Ministers met last week to discuss trade.",
			"The agreement signed on March 3 remains in force, the Minister said.",
			"Sanctions have been in place since May 2 and remain so.",
			// issue 12: a date of another event, a day after the release, a
			// weekday that does not fit the date: null, with a warning
			"President Biden met with Edmundo González to discuss the July 28 presidential election.",
			"Prime Minister Trudeau spoke with the President about the initiative launched on February 23.",
			"The two ministers met in Strasbourg to prepare the Summit to be held on 16-17 May 2026.",
			"The Minister met the President ahead of the election scheduled for July 8.",
			"The Foreign Minister met the Ambassador, who arrived in Seoul on June 2 to take up his post.",
			"Prime Minister Smith held a meeting with President Jones next Wednesday.",
			"Prime Minister Smith held a meeting with President Jones on Wednesday next week.",
			"On Jun 18, Fri, the Minister held a meeting with the Secretary.",
			"On Thursday, June 24, the Minister held a meeting with the Secretary.",
		},
	})
}

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
		{"4-5 September 2018", "2018-09-04", "4-5 September 2018"},
		{"September 4-5, 2018", "2018-09-04", "September 4-5, 2018"},
		{"Posted On: 07 AUG 2025 6:16PM by PIB Delhi", "2025-08-07", "07 AUG 2025"},
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

func TestDateOfOtherEvents(t *testing.T) {
	for _, phrase := range []string{
		"President Biden spoke with Canadian Prime Minister Justin Trudeau regarding preparations for the April 22-23 Leaders Summit on Climate.",
		"The Task Force met to discuss implementation of the 25 March Joint Statement by Presidents Biden and Von der Leyen.",
		"The Vice President met with families of Americans still unaccounted for following the horrific October 7 Hamas terrorist attacks in Israel.",
	} {
		if r := phraseRecord(phrase); r.Date != nil {
			t.Errorf("%q: date %v taken from another event", phrase, r.Date)
		}
	}
	for phrase, want := range map[string]string{
		"On 3 November 2022, the Task Force met to discuss implementation of the 25 March Joint Statement.": "2022-11-03",
		"The Minister met the Secretary on the 5th of May in Tokyo.":                                        "2025-05-05",
		"National Security Advisor Jake Sullivan met on August 29 with General Zhang Youxia in Beijing.":    "2024-08-29",
	} {
		if r := phraseRecord(phrase); r.Date == nil || r.Date.String() != want {
			t.Errorf("%q: date %v, want %s", phrase, r.Date, want)
		}
	}
}

// TestForeignMonthTrait checks that every text a foreign-month rule can
// match in is marked with traitForeignMonth, whatever the case or the
// letters around the month, so that skipping the rules without it never
// changes an answer.
func TestForeignMonthTrait(t *testing.T) {
	var texts []string
	for m := range foreignMonthWords {
		for _, w := range []string{m, strings.ToUpper(m), strings.ToUpper(m[:1]) + m[1:]} {
			texts = append(texts,
				"Date 23 "+w+" 2014", "26 de "+w+" de 2023", w+" 5, 2021", "«"+w+". 5, 2021»",
				"é"+w+" 5, 2021", "Bern, 6 "+w+"/2020")
		}
	}
	texts = append(texts, "oKtober 5, 2021", "ſeptembre 5, 2021") // Kelvin sign, long s
	for _, s := range texts {
		matched := false
		for _, r := range foreignRules {
			matched = matched || r.re.MatchString(s)
		}
		if !matched {
			continue
		}
		if traitsOf(s)&traitForeignMonth == 0 {
			t.Errorf("traitsOf(%q) lacks traitForeignMonth, but a foreign rule matches", s)
		}
	}
	for _, s := range []string{"President Biden met Prime Minister Kishida on 5 May 2021.", "Harris’s call, 12:30"} {
		if traitsOf(s)&traitForeignMonth != 0 {
			t.Errorf("traitsOf(%q) has traitForeignMonth", s)
		}
	}
}

// TestMonthDayTrait checks that every text a month rule (all but
// nth-weekday) can match in is marked with traitMonthDay.
func TestMonthDayTrait(t *testing.T) {
	var texts []string
	for m := range monthWords {
		for _, w := range []string{m, strings.ToUpper(m), strings.ToUpper(m[:1]) + m[1:]} {
			texts = append(texts,
				w+" 5", w+". 5, 2021", w+"\t5th", "5 "+w, "5th of "+w, "5TH  OF\n"+w, "4 and 5 "+w+" 2018",
				w+" 4-5, 2018", "5 "+w+"or", "5ſt "+w, "may "+w+" 5", "Monday, "+w+" 20, 2025")
		}
	}
	texts = append(texts, "Auguſt 5", "5 Auguſt")
	for _, s := range texts {
		matched := false
		for _, r := range absoluteRules {
			matched = matched || r.needs&traitMonthDay != 0 && r.re.MatchString(s)
		}
		if matched && traitsOf(s)&traitMonthDay == 0 {
			t.Errorf("traitsOf(%q) lacks traitMonthDay, but a month rule matches", s)
		}
	}
	for _, s := range []string{"The leaders may meet again.", "They may, in 2025, meet", "May the 4th"} {
		if traitsOf(s)&traitMonthDay != 0 {
			t.Errorf("traitsOf(%q) has traitMonthDay", s)
		}
	}
}
