package extract

import "testing"

// The encounter table's corpus: phrases grouped by the kind they must
// give, and phrases that report no encounter (announcements, background,
// plain statements). Every row of encounterTable has an example here.

func init() {
	register("kind", corpus{
		probe: func(p string) (string, bool) {
			r := phraseRecord(p)
			return string(r.Kind), r.Kind != KindOther
		},
		examples: []example{
			{"meeting", []string{
				// verbs and phrases of many governments
				"President Sahlework Zewdie discussed with Finish Minister of Foreign Affairs and European Union (EU) Envoy, Pekka Haavisto on Thursday.",
				"The Minister of Foreign Affairs, Mr. Ahmed Attaf, received, Monday at the headquarters of the ministry, the Vice-President of the Commission of the African Union (AU), Mrs. Monique Nsanzabaganwa.",
				"Prime Minister Kay Rala Xanana Gusmão received on July 25th, 2023, at the Government Palace, the Prime Minister of the Portuguese Republic, António Costa.",
				"The relations between Tunisia and Turkey were the focus of the meeting held on Tuesday in Jeddah between Nabil Ammar and his Turkish counterpart, Hakan Fidan.",
				"Talks were held between the Russian and Chinese delegations in the Kremlin.",
				"On Tuesday 14 June 2022, Luxembourg's Minister of Foreign and European Affairs, Jean Asselborn, paid a working visit to Ljubljana.",
				"The Prime Minister undertook an official visit to Ghana and held discussions with President Akufo-Addo.",
				"The Ambassador was received by the Minister of Foreign Affairs on Monday.",
				"The Minister conferred with his counterpart on the margins of the summit.",
				"Minister Cassis and Minister Lavrov hold working meeting in Geneva.",

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
				// a delegation received (White House, Australian PM, Azerbaijani presidency style)
				"On the anniversary of Brown v. Board of Education, President Joe Biden hosted a delegation of plaintiffs and their families.",
				"In the afternoon he received a delegation of employees from Queenstown.",
				"President Ilham Aliyev received a delegation led by President of the European Council Charles Michel.",
				// "the newly appointed", "the outgoing", "the new" guest (Lebanese, Algerian, Mongolian styles)
				"Premier Mikati later received the new EU Head of Mission to Lebanon, Sandra De Waele, who came on a farewell visit.",
				"Minister Ivan Petrov received the newly appointed Ambassador of France, Mr. Jean Dupont.",
				"Prime Minister Mikati received the outgoing Ambassador of Japan Takeshi Okubo.",
				// "hosted/received his ... counterpart" (Kenyan presidency, Jordanian MFA style)
				"President Ruto hosted his Ugandan counterpart Yoweri Museveni at State House, Nairobi.",
				"Foreign Minister Ayman Safadi received his Egyptian counterpart Sameh Shoukry in Amman.",
				// "granted an audience to" (Cameroonian presidency, Vatican style)
				"The Head of State, Paul Biya, granted an audience on Tuesday to the Special Envoy of the President of Equatorial Guinea, Mr. Simeon Oyono Esono Angue.",
				// "bilateral" as a noun (Australian PM, State Department)
				"Remarks at Bilateral with Mr Li Keqiang, Premier of the People’s Republic of China",
				"Secretary Blinken held a bilateral with Foreign Minister Wang Yi in Bali.",
				// a journey made to meet (White House, Ukrainian presidency)
				"National Security Advisor Jake Sullivan traveled to Jeddah, Saudi Arabia on July 27, 2023 to meet with Prime Minister and Crown Prince Mohammed bin Salman.",
				"Andriy Yermak arrived in Berlin to meet with diplomatic advisers.",
				// a guest named by post after "the", closing the sentence (Uzbek presidency)
				"On February 3, President Shavkat Mirziyoyev received the Minister of Foreign Affairs of the Republic of Korea Cho Tae-yul.",
				// the guest closing the sentence (Kremlin; Mongolian MFA style)
				"Vladimir Putin received Prime Minister of Belgium Charles Michel.",
				"Minister of Foreign Affairs B.Battsetseg received Ambassador of the Republic of Korea Lee Yeo-hong.",
				"Federal Chancellor Friedrich Merz received the Prime Minister of Japan, Shigeru Ishiba, at the Federal Chancellery in Berlin today.",
				"On March 5, Prime Minister Pham Minh Chinh received Mr. Kim Jong-hoon, Chairman of the Korea-Viet Nam Friendship Association, in Hanoi.",
				// a journey made for an encounter (African Union, White House)
				"During the visit, the Chairperson also visited the AUDA-NEPAD headquarters for consultations with AUDA-NEPAD Chief Executive Officer Dr Ibrahim Assane Mayaki.",
				"National Security Advisor Jake Sullivan traveled to Brasilia, Brazil on Monday, December 5 for meetings with senior representatives of the Brazilian government.",
			}},
			{"telephone-talk", []string{
				"Vladimir Putin had a telephone conversation with President of Kazakhstan Nursultan Nazarbayev at the Kazakhstani side’s initiative.",
				"A telephone conversation took place between Vladimir Putin and President of Belarus Alexander Lukashenko.",
				"The two foreign ministers exchanged views by phone on the situation in the region.",
				"President Vladimir Putin spoke by telephone with French President Jacques Chirac.",

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
				// the meeting named again as virtual later in the lead
				// (Caribbean Development Bank, the White House)
				"Dr Leon, who took office in May, had his first official meeting with the Prime Minister Andrew Holness on Thursday. “Jamaica is one of the Bank's largest shareholders,” the CDB President said at the virtual meeting.",
				"Today, National Climate Advisor Gina McCarthy convened a meeting with leadership from oil and gas companies to discuss shared priorities around addressing the climate crisis. During the virtual meeting, National Climate Advisor McCarthy emphasized President Biden’s commitment to bringing all stakeholders to the table.",
				"Minister Balakrishnan participated in the Special ASEAN-Russia Foreign Ministers’ Meeting. The meeting, which was co-chaired by Indonesia, was held via videoconference.",

				"Mr. ABE Shinzo held a Japan-EU Leaders Video Teleconference Meeting with H. E. Mr. Charles Michel.",
				"The two leaders held a video conference on Tuesday.",
				"President Biden held a virtual meeting with President Xi Jinping of the People's Republic of China.",
				"Minister Hayashi held a videoconference with his counterpart.",
				"Today President Joseph R. Biden Jr. participated in the Asia-Pacific Economic Cooperation (APEC) Virtual Leaders’ Retreat.",
				"On Friday, the Domestic Policy Advisor hosted a virtual roundtable with advocates.",
				"The two ministers met virtually to review the partnership.",
			}},
			{"courtesy-call", []string{
				// two neighbouring letters swapped (Maldives President's Office)
				"On Monday, the Foreign Minister received a courtsey call from the newly appointed Ambassador of Japan.",
				"UAE’s former Minister of State Mohammed Al Shaali has paid a farewell call on President Dr Mohamed Waheed.",
				"The Ambassador paid a call on the Minister for Foreign Affairs this morning.",

				"On September 26, Mr. KISHIDA Fumio, Prime Minister of Japan, received a courtesy call from the Honorable Kamala Harris.",
				"Mr. MOTEGI Toshimitsu paid a courtesy call on H.E. Mr. Lee Jae-myung, President of the Republic of Korea.",
			}},
			{"working-meal", []string{
				"Federal Councillor Ignazio Cassis and his Russian counterpart discussed bilateral issues during a working lunch in Geneva.",
				"The President hosted a state banquet in honour of the visiting King.",

				"On February 3, commencing at 7 p.m., Mr. FUJII Hisayuki held a working dinner with H.E. Mr. Philemon YANG.",
				"The Foreign Minister hosted a working lunch for the visiting delegation.",
				"Mr. Kono held a working breakfast with Secretary Pompeo.",
				"The Prime Minister held a working dinner meeting with the visiting President.",
			}},
		},
		negatives: []string{
			"The Government of Japan strongly deplores the situation that caused victims of the recent attack.",
			// a capitalized thing received or hosted is no guest
			"Russia hosted the World Cup.",
			"Earlier, the President received Sputnik Light.",
			"Russia hosted the Third Russia-China Media Forum.",
			"The President received the Order of Friendship.",
			// an event noun after an announcement's mark (Australian PM,
			// Ukrainian presidency, wires)
			"I will travel to Singapore for meetings with President Tan and Prime Minister Lee Hsien Loong.",
			"On Monday, January 31, the Office of the President will host a meeting of the delegations of Ukraine and the Republic of Poland.",
			"The two Presidents are expected to discuss bilateral trade during the visit.",
			// "bilateral" before a noun is an adjective (Australian PM)
			"The Prime Minister announced a new bilateral agreement on service delivery.",
			// "called on ... to", "called for" urge; they are no call
			// (White House, Australian PM, Kremlin)
			"President Biden has called on Congress to restore the protections of Roe.",
			"Premier Anna Bligh and Prime Minister Julia Gillard have called on Australians to dig deeper for the relief effort.",
			"President Vladimir Putin called for an end to the violence.",
			"Japan welcomes the adoption of the resolution by the United Nations Security Council.",
			"The Ministry of Foreign Affairs announces the following personnel changes.",
			"The Prime Minister spoke about the importance of the alliance in a speech.",
			// announcements: an encounter to come is no encounter
			"The Prime Minister will also meet with President Nicolás Maduro and Vice President Delcy Rodríguez.",
			"Prime Minister Briceño is expected to hold high-level discussions on various bilateral initiatives.",
			"The High Representative will meet Prime Minister Irakli Garibashvili and hold discussions with civil society representatives.",
			"On February 24, Vladimir Putin will hold talks with Prime Minister of Pakistan Imran Khan in Moscow.",
			"The Chairperson briefed the press on the extraordinary Summits due to be held virtually in December.",
			// background: an earlier encounter told by someone
			"He said China’s foreign minister and the US secretary of state had held talks at a recent ASEAN forum.",
			"Szijjártó said that he had immediately objected to the proposal at the meeting.",
			// a nominalised verb is no report
			"Nursultan Nazarbayev praised the successful holding of the Syrian National Dialogue Congress in Sochi.",
		},
	})
}

// TestKindAcrossBlocks: the kind read from blocks other than the
// statement: a headline under a section's name taken for the title, and a
// paragraph before a lead that looks back at the encounter.
func TestKindAcrossBlocks(t *testing.T) {
	for _, c := range []struct {
		blocks []testBlock
		want   Kind
	}{
		// Iran MFA: "News Agency:Events" above the headline
		{[]testBlock{{Kind: Title, Text: "News Agency:Events"}, {Kind: Heading, Text: "Iranian FM holds telephone conversation with Chinese counterpart"},
			{Kind: Paragraph, Text: "Before Iranian Foreign Minister Seyed Abbas Araghchi left Oman on Monday afternoon, China’s top diplomat Wang Yi contacted the Iranian Embassy in Muscat to talk with him."}},
			KindTelephoneTalk},
		// Maldives President's Office: the call, then "During the meeting
		// held at ... this morning"
		{[]testBlock{{Kind: Paragraph, Text: "UAE’s former Minister of State for Foreign Affairs Mohammed Al Shaali has paid a courtsey call on President Dr Mohamed Waheed."},
			{Kind: Paragraph, Text: "During the meeting held at the President’s Office this morning, the President briefed the former State Minister on the current political situation."}},
			KindCourtesyCall},
	} {
		var b DocBuilder
		b.SetMeta(Meta{Format: "text"})
		b.Add(Dateline, "", 0, 0, refDate.Time().Format("January 2, 2006"))
		for _, bl := range c.blocks {
			b.Add(bl.Kind, "", 0, 0, bl.Text)
		}
		if got := Extract(b.Document(), Options{}).Kind; got != c.want {
			t.Errorf("%q: kind %s, want %s", c.blocks[len(c.blocks)-1].Text, got, c.want)
		}
	}
}

// testBlock is a block of a test document: its kind and text.
type testBlock struct {
	Kind BlockKind
	Text string
}
