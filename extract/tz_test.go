package extract

func init() {
	register("time.zone", corpus{
		probe: func(phrase string) (string, bool) {
			t := phraseRecord(phrase).Time
			if t == nil || t.TZ == nil {
				return "", false
			}
			s := ""
			if t.Zone != nil {
				s = *t.Zone
			}
			s += "|" + *t.TZ
			if t.UTC != nil {
				s += "|" + *t.UTC
			}
			return s, true
		},
		examples: []example{
			{"local|Europe/Amsterdam|2025-06-24T15:35:00Z", []string{
				"On June 24, commencing at 5:35 p.m. local time (on 25 June at 0:35 p.m. JST), for approximately 30 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Mark Rutte during his visit to The Hague, the Kingdom of the Netherlands on the occasion of the NATO Summit.",
			}},
			{"local|America/New_York|2024-09-22T15:00:00Z", []string{
				"On September 22, commencing at 11:00AM local time (12:00AM JST on September 23) for approximately 35 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, who is visiting New York to attend the United Nations General Assembly, held a Foreign Ministers’ Meeting with Mr. Sameh SHOUKRY.",
			}},
			{"local|Asia/Shanghai|2024-09-04T04:40:00Z", []string{
				"On September 4, commencing at about 12:40 p.m. local time (1:40 p.m. JST), for approximately 35 minutes Mr. Shinzo Abe, Prime Minister of Japan, who was visiting Hangzhou (China) to attend the G20 Summit Meeting, held a Japan-Egypt Summit Meeting with Mr. Abdel-Fattah El-Sisi.",
			}},
			{"|Asia/Seoul|2025-05-07T06:50:00Z", []string{
				"On May 7, commencing at 3:50 p.m. for approximately 105 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with Mr. YOON Suk Yeol, President of the Republic of Korea, during his visit to Seoul, the Republic of Korea.",
			}},
			{"local|America/New_York|2025-06-24T15:00:00Z", []string{"The Minister held a meeting with the Secretary at 11:00 a.m. on June 24 (local time) in New York."}},
			{"JST|Asia/Tokyo|2025-06-24T09:00:00Z", []string{"On June 24, at 6:00 p.m. JST, Minister Iwaya held a telephone talk with Minister Wong."}},
			{"Japan time|Asia/Tokyo|2025-06-24T09:00:00Z", []string{"On June 24, at 6 p.m. Japan time, Minister Iwaya held a telephone talk with Minister Wong."}},
			{"EST|America/New_York|2025-01-10T14:00:00Z", []string{"On January 10, 2025, at 9:00 a.m. EST, the Secretary held a telephone call with the Minister."}},
			{"CST|Asia/Shanghai|2025-06-24T07:00:00Z", []string{"On June 24, at 3 p.m. CST, the Minister held a telephone call with the Vice Premier."}},
			{"CST|America/Chicago|2025-01-10T21:00:00Z", []string{"On January 10, 2025, at 3 p.m. CST, the Minister held a meeting with the Governor during his visit to Chicago."}},
			{"BST|Europe/London|2025-06-24T13:00:00Z", []string{"On June 24, at 2 p.m. BST, the Foreign Secretary held a telephone call with the Minister."}},
			{"CEST|Europe/Brussels|2025-06-24T12:00:00Z", []string{"On June 24, at 2 p.m. CEST, the Minister held a meeting with the Commissioner in Brussels."}},
			{"GMT|Etc/GMT|2025-06-24T14:00:00Z", []string{"On June 24, at 2 p.m. GMT, the Minister held a telephone call with the Secretary."}},
		},
		negatives: []string{
			"On June 24, at 3 p.m., Minister A held a telephone talk with Minister B.",
			"On June 24, at 3 p.m. local time, Minister A held a telephone talk with Minister B.",
		},
	})
}
