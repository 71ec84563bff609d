package extract

import "testing"

func init() {
	register("duration", corpus{
		probe: func(phrase string) (string, bool) {
			d := phraseRecord(phrase).Duration
			if d == nil {
				return "", false
			}
			s := itoa(d.Minutes)
			if d.Approximate {
				s += "~"
			}
			return s, true
		},
		examples: []example{
			{"30~", []string{meeting("at 5:35 p.m., for approximately 30 minutes"), meeting("at 5 p.m. for about 30 minutes"), meeting("at 5 p.m. for around thirty minutes")}},
			{"30", []string{meeting("at 5 p.m. for half an hour"), meeting("at 5 p.m. for thirty minutes")}},
			{"90~", []string{meeting("at 5 p.m. for about an hour and a half"), meeting("at 5 p.m. for approximately one and a half hours")}},
			{"90", []string{meeting("at 5 p.m. for 1.5 hours"), "The delegation met for ninety minutes with Prime Minister Sogavare.", "The two leaders held a 90-minute meeting."}},
			{"60", []string{meeting("at 6:00 p.m. for one hour"), meeting("at 6:00 p.m. for 1 hour"), meeting("at 6 p.m. for an hour")}},
			{"60~", []string{"On May 26 (Tue), commencing at 6:00 p.m. for approximately 1 hour, Mr. ABE Shinzo held a video conference with Mr. Charles Michel."}},
			{"105~", []string{"On May 7, commencing at 3:50 p.m. for approximately 105 minutes, Mr. KISHIDA Fumio held a summit meeting with Mr. YOON Suk Yeol. (The small-group meeting commenced at 3:50 p.m. and lasted for approximately 40 minutes; the plenary meeting commenced at 4:35 p.m. and lasted for approximately 65 minutes)."}},
			{"120~", []string{"On February 3, commencing at 7 p.m. for approximately two hours, Mr. FUJII Hisayuki held a working dinner with Mr. Philemon YANG."}},
			{"40", []string{"On September 26, commencing at 5:30 p.m., for 40 minutes, Mr. KISHIDA Fumio received a courtesy call from the Honorable Kamala Harris. Also, following the courtesy call, commencing at 6:25 p.m., for 60 minutes, Prime Minister Kishida held a dinner."}},
			{"20", []string{"Mr. Katsuya Okada held a telephone conversation with Dr. Ahmet Davutoglu for 20 minutes from around 4:35 p.m. on July 5 (Mon)."}},
			{"80", []string{meeting("at 5 p.m. for 1 hour and 20 minutes"), meeting("at 5 p.m. for one hour 20 minutes")}},
			{"45", []string{meeting("at 5 p.m. for forty-five minutes")}},
			{"25", []string{"Minister Cho had his first telephone conversation with Minister Iwaya between 17:50 and 18:15 on October 4, 2024."}},
			{"35~", []string{meeting("from approximately 11:15 a.m. to 11:50 a.m. (local time)")}},
			{"35", []string{meeting("from 11:15 a.m. to 11:50 a.m. (local time)")}},
			// issue 12: fractions, quarters, minutes after the hours
			{"30", []string{meeting("at 5 p.m. for 1/2 hour")}},
			{"15", []string{meeting("at 5 p.m. for a quarter of an hour"), meeting("at 5 p.m. for 1/4 hour")}},
			{"45", []string{meeting("at 5 p.m. for three quarters of an hour"), meeting("at 5 p.m. for 3/4 hour")}},
			{"90", []string{meeting("at 5 p.m. for 1 hour thirty"), meeting("at 5 p.m. for 1h30"), meeting("at 5 p.m. for 1 h 30 min")}},
			{"130", []string{meeting("at 5 p.m. for 2 hours ten")}},
			{"50", []string{"President Moon held a 50-minute telephone discussion with President Trump."}},
		},
		negatives: []string{
			"The Minister arrived 30 minutes before the summit and met the President.",
			"The Ministers agreed to respond within 30 minutes to any alert.",
			"Children study for two hours a day, the Minister said.",
			// issue 12: partly stated, or not the encounter's length
			"On June 24, the Minister held a meeting with the Secretary for 1 hour and some.",
			"The Prime Minister met the President-elect during the president's 5-hour stop over visit in Port Moresby.",
			"On June 24, the Minister held a meeting with the Secretary after a two-hour delay.",
			"On June 24, the Minister held a meeting with the Secretary after the 12-hour flight.",
			"On June 24, the Minister held a meeting with the Secretary.",
			"On June 24, a small meeting at 5:40 p.m., then a summit meeting at 6:00 p.m. for 50 minutes.",
		},
	})
}

func TestDurationText(t *testing.T) {
	tests := []struct{ phrase, text string }{
		{meeting("at 5:35 p.m., for approximately 30 minutes"), "approximately 30 minutes"},
		{meeting("at 5 p.m. for about an hour and a half"), "about an hour and a half"},
		{"Minister Cho spoke with Minister Iwaya between 17:50 and 18:15 on October 4, 2024.", "between 17:50 and 18:15"},
	}
	for _, tt := range tests {
		d := phraseRecord(tt.phrase).Duration
		if d == nil || d.Text != tt.text {
			t.Errorf("%q: duration %+v, want text %q", tt.phrase, d, tt.text)
		}
	}
}
