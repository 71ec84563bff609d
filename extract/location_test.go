package extract

func init() {
	register("location.place", corpus{
		probe: func(p string) (string, bool) {
			r := phraseRecord(p)
			if r.Location == nil || r.Location.Place == nil {
				return "", false
			}
			return *r.Location.Place, true
		},
		examples: []example{
			{"The Hague", []string{
				"Mr. IWAYA Takeshi held a meeting with H.E. Mr. Mark Rutte during his visit to The Hague, the Kingdom of the Netherlands on the occasion of the NATO Summit.",
			}},
			{"Seoul", []string{"Mr. KISHIDA Fumio held a summit meeting with H.E. Mr. YOON Suk Yeol, during his visit to Seoul, the Republic of Korea."}},
			{"Hangzhou", []string{"Mr. Shinzo Abe, who was visiting Hangzhou (China) to attend the G20 Summit Meeting, held a summit meeting with H.E. Mr. Abdel-Fattah El-Sisi."}},
			{"New York", []string{"Mr. HAYASHI Yoshimasa, who is visiting New York to attend the United Nations General Assembly, held a Foreign Ministers’ Meeting with H. E. Mr. Sameh SHOUKRY."}},
			{"Athens", []string{"Visiting Athens on Thursday (6 September 2018), NATO Secretary General Jens Stoltenberg met with Prime Minister Alexis Tsipras."}},
			{"Putrajaya", []string{"Minister for Foreign Affairs Dr Vivian Balakrishnan met the Minister of Foreign Affairs of Malaysia, Dato’ Saifuddin Abdullah, on 4 September 2018 in Putrajaya."}},
			{"Jerusalem", []string{"In Jerusalem, Mr. Sullivan met with Prime Minister Benjamin Netanyahu and President Isaac Herzog."}},
			{"Kuala Lumpur", []string{"Secretary of State Marco Rubio met with Philippine Secretary of Foreign Affairs Ma. Theresa Lazaro today in Kuala Lumpur, Malaysia on the margins of the ASEAN Foreign Ministers' Meeting."}},
			{"Bucharest", []string{"Secretary Blinken met with Foreign Minister Aurescu in Bucharest on the margins of the NATO Foreign Ministers' Meeting."}},
			{"the Prime Minister's Office", []string{"Prime Minister Ishiba held a summit meeting with President Stubb at the Prime Minister's Office."}},
		},
		negatives: []string{
			"Ms. Wendy R. Sherman held a meeting with Mr. MORI Takeo during her visit to Japan to attend the Japan-U.S.-ROK Vice-Ministers’ Meeting.",
			"Mr. Shinzo Abe, who is attending the 11th Asia-Europe Meeting (ASEM 11) Summit Meeting in Mongolia, held a summit meeting with H.E. Mr. Nguyen Xuan Phuc.",
			"The Prime Minister met with Joe Biden, President of the United States, at the G7 Summit in Italy today.",
			"Mr. Fumio Kishida held a telephone talk with the Hon. Julie Bishop MP, Minister for Foreign Affairs of Australia, who is visiting the UK.",
			"Minister Kishida stated that it is totally unacceptable that North Korea conducted a nuclear test in April.",
			"President Biden met yesterday with outside experts to discuss voting rights in America.",
			"The President met with Senators for an in-depth meeting about the pressing need to invest in American infrastructure.",
			"The two leaders met to discuss the humanitarian situation in Gaza.",
		},
	})
	register("location.occasion", corpus{
		probe: func(p string) (string, bool) {
			r := phraseRecord(p)
			if r.Location == nil || r.Location.Occasion == nil {
				return "", false
			}
			return *r.Location.Occasion, true
		},
		examples: []example{
			{"NATO Summit", []string{"Mr. IWAYA Takeshi held a meeting with H.E. Mr. Mark Rutte during his visit to The Hague, the Kingdom of the Netherlands on the occasion of the NATO Summit."}},
			{"G20 Summit Meeting", []string{"Mr. Shinzo Abe, who was visiting Hangzhou (China) to attend the G20 Summit Meeting, held a summit meeting with H.E. Mr. Abdel-Fattah El-Sisi."}},
			{"UN General Assembly", []string{"Minister Motegi met with Foreign Minister Wong on the margins of the UN General Assembly."}},
			{"G7 Summit", []string{"The Prime Minister met with Joe Biden, President of the United States, at the G7 Summit in Italy today."}},
			{"ASEAN-related Foreign Ministers' Meetings", []string{"Minister of Foreign Affairs Cho Hyun held a meeting with U.S. Secretary of State Marco Rubio on July 11 in Kuala Lumpur, Malaysia, on the margins of the ASEAN-related Foreign Ministers' Meetings."}},
		},
		negatives: []string{
			"Secretary of State Antony J. Blinken spoke with French Foreign Minister Jean-Yves Le Drian today.",
		},
	})
}
