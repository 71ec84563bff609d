package extract

func init() {
	register("kind", corpus{
		probe: func(p string) (string, bool) {
			r := phraseRecord(p)
			return string(r.Kind), r.Kind != KindOther
		},
		examples: []example{
			{"meeting", []string{
				"On June 24, commencing at 5:35 p.m., Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Mark Rutte.",
				"Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. YOON Suk Yeol.",
				"Mr. Shinzo Abe, who was visiting Hangzhou to attend the G20 Summit Meeting, held a Japan-Egypt Summit Meeting with H.E. Mr. Abdel-Fattah El-Sisi.",
				"Secretary of State Antony J. Blinken met today with Japanese Foreign Minister Yoko Kamikawa.",
				"NATO Secretary General Jens Stoltenberg met with Prime Minister Alexis Tsipras to discuss current security challenges.",
				"The Prime Minister welcomed President Macron to Downing Street today.",
				"Minister Balakrishnan met the Minister of Foreign Affairs of Malaysia on 4 September 2018 in Putrajaya.",
				"The two foreign ministers held talks in Tokyo on Monday.",
				"Today, Domestic Policy Advisor Susan Rice hosted a roundtable at the White House with faith leaders.",
				"Senior officials convened the first listening session on the issue.",
				"This evening, the President hosted Speaker Pelosi and Leader Schumer in the Oval Office to discuss their work.",
				"Prime Minister Ishiba received President Stubb at the Prime Minister's Office.",
				"Federal Chancellor Friedrich Merz received the Prime Minister of Japan, Shigeru Ishiba, at the Federal Chancellery in Berlin today.",
				"On March 5, Prime Minister Pham Minh Chinh received Mr. Kim Jong-hoon, Chairman of the Korea-Viet Nam Friendship Association, in Hanoi.",
			}},
			{"telephone-talk", []string{
				"On Wednesday, August 30, commencing at 3:15 p.m., Mr. Taro Kono held a telephone talk with the Hon. Julie Bishop, MP.",
				"Mr. Katsuya Okada held a telephone conversation with Dr. Ahmet Davutoğlu for 20 minutes from around 4:35 p.m.",
				"On December 26th, Mr. Fumio Kishida had a telephone conference with Ms. Caroline Kennedy.",
				"Secretary of State Antony J. Blinken spoke with French Foreign Minister Jean-Yves Le Drian today.",
				"President Biden spoke by phone with Prime Minister Kishida this evening.",
				"The President had a call with Chancellor Scholz of Germany.",
				"Minister Cho had his first telephone conversation with Japanese Minister for Foreign Affairs Iwaya Takeshi.",
				"President Joe Biden and Prime Minister Boris Johnson spoke today regarding developments in Afghanistan.",
				"On October 2, from 9:10 a.m. for about 25 minutes, Prime Minister Ishiba Shigeru held a summit telephone talk with H.E. Mr. Yoon Suk Yeol.",
				"This afternoon, the President, Speaker Pelosi, and Leader Schumer had a positive discussion by phone about the agenda.",
			}},
			{"video-conference", []string{
				"Mr. ABE Shinzo held a Japan-EU Leaders Video Teleconference Meeting with H. E. Mr. Charles Michel.",
				"The two leaders held a video conference on Tuesday.",
				"President Biden held a virtual meeting with President Xi Jinping of the People's Republic of China.",
				"Minister Hayashi held a videoconference with his counterpart.",
				"Today President Joseph R. Biden Jr. participated in the Asia-Pacific Economic Cooperation (APEC) Virtual Leaders’ Retreat.",
				"On Friday, the Domestic Policy Advisor hosted a virtual roundtable with advocates.",
				"The two ministers met virtually to review the partnership.",
			}},
			{"courtesy-call", []string{
				"On September 26, Mr. KISHIDA Fumio, Prime Minister of Japan, received a courtesy call from the Honorable Kamala Harris.",
				"Mr. MOTEGI Toshimitsu paid a courtesy call on H.E. Mr. Lee Jae-myung, President of the Republic of Korea.",
			}},
			{"working-meal", []string{
				"On February 3, commencing at 7 p.m., Mr. FUJII Hisayuki held a working dinner with H.E. Mr. Philemon YANG.",
				"The Foreign Minister hosted a working lunch for the visiting delegation.",
				"Mr. Kono held a working breakfast with Secretary Pompeo.",
				"The Prime Minister held a working dinner meeting with the visiting President.",
			}},
		},
		negatives: []string{
			"The Government of Japan strongly deplores the situation that caused victims of the recent attack.",
			"Japan welcomes the adoption of the resolution by the United Nations Security Council.",
			"The Ministry of Foreign Affairs announces the following personnel changes.",
			"The Prime Minister spoke about the importance of the alliance in a speech.",
		},
	})
}
