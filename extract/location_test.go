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
			// a place right after the words that report the encounter,
			// known to the gazetteer or not
			{"the Grand Serail", []string{"Prime Minister Najib Mikati on Wednesday met at the Grand Serail with the Force Commander, General Aroldo Lazaro."}},
			{"Harpa", []string{"Foreign Minister Gudlaugur Thór Thórdarson held a meeting with Russian Foreign Minister Sergei Lavrov today in Harpa."}},
			{"Geneva", []string{
				"Vladimir Putin had a meeting with US President Joseph Biden in Geneva.",
				"Federal Councillor Ignazio Cassis and his Russian counterpart, Foreign Minister Sergei Lavrov, had a working lunch in Geneva.",
			}},
			// a venue written in lower case, or named by its kind of building
			{"the headquarters of the ministry", []string{"The Minister of Foreign Affairs, Mr. Ahmed Attaf, held talks on Monday at the headquarters of the ministry with the Vice-President of the Commission of the African Union."}},
			{"the guest house of the Ministry of Foreign Affairs of Viet Nam", []string{"Minister Park Jin held a meeting with Deputy Prime Minister Pham Binh Minh at the guest house of the Ministry of Foreign Affairs of Viet Nam."}},
			{"Ilaro Court", []string{"Ambassador Elisabeth Eklund, who resides in Stockholm, paid a courtesy call on the Prime Minister at Ilaro Court."}},
			{"the Samoa High Commission", []string{"Prime Minister Mark Brown met with Samoa Prime Minister Fiame Naomi Mataʻafa yesterday in Suva at the Samoa High Commission ahead of the Forum Foreign Ministers Meeting to be held today at the Pacific Islands Forum Secretariat."}},
			{"the U.S. Department of Commerce", []string{"Secretary Ross met with Secretary of Economy Graciela Márquez at the U.S. Department of Commerce in Washington."}},
			// a building named only by whose it is keeps the city that tells
			// it from its namesakes (Argentina MFA, the White House); one
			// with a name of its own stands alone
			{"the Presidential Residence in Olivos", []string{"Today at the Presidential Residence in Olivos, Foreign Minister Felipe Solá spoke via teleconference with U.S. Secretary of State Michael Pompeo."}},
			{"the Presidential Palace in Hanoi", []string{"President Biden and President Vo Van Thuong had an official meeting and state luncheon at the Presidential Palace in Hanoi, Vietnam."}},
			{"the Vice President’s Residence in Washington", []string{"Vice President Kamala Harris today hosted Prime Minister Kishida Fumio for a breakfast meeting at the Vice President’s Residence in Washington, D.C."}},
			{"the International Conference Centre", []string{"Vladimir Putin had a meeting with President of Turkey Recep Tayyip Erdogan at the International Conference Centre in Tehran."}},
			// a venue the lead writes with the city the statement names is
			// where in that city the encounter was held (Papua New Guinea)
			{"Stanley Hotel", []string{"A very warm exchange took place between Prime Minister Hon. James Marape and Indonesia’s President-elect, Prabowo Subianto when the two met today during the president’s 5-hour stop over visit in Port Moresby. Prime Minister Marape met the Indonesian leader at Jacksons International Airport to welcome him to Papua New Guinea, and later in a bilateral meeting at Stanley Hotel in Port Moresby."}},
			// a call has a place where the statement ties a building to it
			{"the Oval Office", []string{"Today, President Biden and Vice President Harris met in the Oval Office with a bipartisan group of Senators, and Transportation Secretary Pete Buttigieg joined virtually, to discuss infrastructure."}},
			// a residence's name is no reason to doubt the city after it
			{"Sochi", []string{"Vladimir Putin had a meeting with German Federal Chancellor Angela Merkel at the Bocharov Ruchei residence in Sochi."}},
			// a visit paid, made or undertaken to a city
			{"Ljubljana", []string{"On Tuesday 14 June 2022, Minister Jean Asselborn paid a working visit to Ljubljana at the invitation of Minister Tanja Fajon, and the two ministers held talks."}},
			// a country's possessive before its city
			{"Islamabad", []string{"On the sidelines of an international event in Pakistan's Islamabad, Minister of Foreign Affairs Sameh Shoukry met on Tuesday with Chinese Foreign Minister Wang Yi."}},
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
			// where someone lives or is posted is not where they met
			"Ambassador Elisabeth Eklund, who resides in Stockholm, paid a courtesy call on the Prime Minister.",
			// a name that modifies a noun is not a place
			"The two presidents held talks in the Normandy format on the settlement.",
			// a building in a call's statement that is a title's or another
			// event's (the White House)
			"Yesterday, Erika Moritsugu, Senior Liaison at the White House, hosted a virtual meeting with faith leaders on hate prevention.",
			"This afternoon, President Biden called Speaker McCarthy, who is leading a CODEL in Israel, to invite him to a meeting at the White House on May 9.",
			"National Security Advisor Jake Sullivan held an introductory call with Director Chang Hojin, his new counterpart at the Republic of Korea’s National Security Office, on January 9.",
			// a meeting still to come reports no encounter: no location
			"President Vladimir Putin will meet with Prime Minister Nikol Pashinyan in Sochi on Friday.",
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
