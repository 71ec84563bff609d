package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// renderParticipants writes participants one a line-part as
// "name|honorific|title|affiliation", joined by "; ".
func renderParticipants(ps []Participant) string {
	opt := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Name + "|" + opt(p.Honorific) + "|" + opt(p.Title) + "|" + opt(p.Affiliation)
	}
	return strings.Join(parts, "; ")
}

func init() {
	register("participants", corpus{
		probe: func(phrase string) (string, bool) {
			r := phraseRecord(phrase)
			return renderParticipants(r.Participants), len(r.Participants) > 0
		},
		examples: []example{
			{"IWAYA Takeshi|Mr.|Minister for Foreign Affairs of Japan|Japan; Mark Rutte|H.E. Mr.|Secretary General of the North Atlantic Treaty Organization (NATO)|North Atlantic Treaty Organization (NATO)", []string{
				"On June 24, commencing at 5:35 p.m. local time (on 25 June at 0:35 p.m. JST), for approximately 30 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Mark Rutte, Secretary General of the North Atlantic Treaty Organization (NATO), during his visit to The Hague, the Kingdom of the Netherlands on the occasion of the NATO Summit.",
			}},
			{"Antony J. Blinken||Secretary of State|; Jean-Yves Le Drian||French Foreign Minister|France", []string{
				"Secretary of State Antony J. Blinken spoke with French Foreign Minister Jean-Yves Le Drian today.",
			}},
			{"Joseph R. Biden, Jr.||President|; Olaf Scholz||Chancellor|Germany", []string{
				"President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany to congratulate him on his appointment.",
			}},
			{"Cho Tae-yul||Minister of Foreign Affairs|; Iwaya Takeshi||Japanese Minister for Foreign Affairs|Japan", []string{
				"Minister of Foreign Affairs Cho Tae-yul had his first telephone conversation with Japanese Minister for Foreign Affairs Iwaya Takeshi between 17:50 and 18:15 on October 4, 2024.",
			}},
			{"Vivian Balakrishnan|Dr|Minister for Foreign Affairs|; Saifuddin Abdullah|Dato’|Minister of Foreign Affairs of Malaysia|Malaysia", []string{
				"Minister for Foreign Affairs Dr Vivian Balakrishnan met the Minister of Foreign Affairs of Malaysia, Dato’ Saifuddin Abdullah, on 4 September 2018 in Putrajaya.",
			}},
			// a country whose name opens with an honorific's word ("Sri
			// Lanka") names no person, nor titles one as "Lankan" (Mongolia
			// MFA via MONTSAME, the White House)
			{"B.Battsetseg||Vice Minister of Foreign Affairs|", []string{
				"On November 14, Vice Minister of Foreign Affairs B.Battsetseg welcomed at her office the newly accredited Ambassadors of Tajikistan, Algeria, Estonia, Greece, Sri Lanka, Malta, Brazil and Saudi Arabia.",
			}},
			{"Jake Sullivan||National Security Advisor|; Sagala Ratnayake||Sri Lankan National Security Advisor|Sri Lankan", []string{
				"National Security Advisor Jake Sullivan spoke by telephone on Wednesday with Sri Lankan National Security Advisor Sagala Ratnayake.",
			}},
			// two sides, one a participant already, who discussed together
			// met (President of Russia, Mongolia MFA via MONTSAME)
			{"Vladimir Putin|Mr|President|; Leonid Kuchma||Ukrainian President|Ukraine; Robert Kocharian||Armenian President|Armenia", []string{
				"In the first half of the day, President Vladimir Putin met with Ukrainian President Leonid Kuchma. Mr Putin and Armenian President Robert Kocharian discussed current issues of bilateral cooperation and the Karabakh conflict.",
			}},
			{"B.Battsetseg|Mr|Vice Minister of Foreign Affairs|; Marten Kokk|Mr|Estonian Ambassador|Estonia; Leonidas Rokanas|Mr|Ambassador of Greece|Greece", []string{
				"Vice Minister of Foreign Affairs B.Battsetseg met with the Estonian Ambassador, Mr Marten Kokk. The Vice Minister, Mr B.Battsetseg and the Ambassador of Greece, Mr Leonidas Rokanas talked about the current political and economic situations in both countries.",
			}},
			// the guest of honour of a meal given or attended is there; of
			// one only to be given, not (Saudi MFA via Arab News, the White
			// House)
			{"Faisal bin Farhan|Prince|Saudi Minister of Foreign Affairs|Saudi Arabia; Abdullatif bin Rashid Al-Zayani|Dr.||", []string{
				"Saudi Minister of Foreign Affairs Prince Faisal bin Farhan on Sunday held a luncheon in honor of Dr. Abdullatif bin Rashid Al-Zayani on the occasion of the end of his tenure.",
			}},
			{"Sheinbaum||President|", []string{
				"In addition to attending the President’s inauguration, the First Lady and the Delegation attended a luncheon in honor of President Sheinbaum.",
			}},
			{"Kamala Harris||Vice President|; Micheál Martin||Taoiseach|Ireland", []string{
				"Vice President Kamala Harris spoke today with Taoiseach Micheál Martin of Ireland and wished him a happy St. Patrick’s Day. The Vice President expressed her regret that she will be unable to host the St. Patrick’s Day Breakfast in honor of the Taoiseach and Mrs. Mary Martin.",
			}},
			// a post-name title owned by a country ("Russia's Envoy to ...");
			// in a list, the title before a name is that name's (President
			// of Russia, Ethiopia MFA)
			{"Vladimir Putin||President|; Mikhail Fradkov||Russia's Envoy to the European Commission|Russia", []string{
				"President Vladimir Putin met with Mikhail Fradkov, Russia's Envoy to the European Commission.",
			}},
			// the same in lower case, as news agencies write titles (Saudi
			// MFA via Arab News)
			{"Faisal bin Farhan|Prince|Foreign Minister|; Shirley Botchwey||Ghana’s minister of foreign affairs and regional integration|Ghana", []string{
				"Foreign Minister Prince Faisal bin Farhan received Shirley Botchwey, Ghana’s minister of foreign affairs and regional integration, in Riyadh.",
			}},
			{"Demeke Mekonnen||Deputy Prime Minister and Minister of Foreign Affairs|; Lejeune Mbella Mbella||Foreign Affairs Minister of Cameroon|Cameroon; Jose Manuel Albares Bueno||Foreign Affairs Minister|Spain; Abshir Omar Huruse||Foreign Affairs Minister of Somalia|Somalia", []string{
				"Deputy Prime Minister and Minister of Foreign Affairs, Demeke Mekonnen has conferred with Foreign Affairs Ministers of various countries. Demeke exchanged views with Foreign Affairs Minister of Cameroon, Lejeune Mbella Mbella, Spain’s Foreign Affairs Minister, Jose Manuel Albares Bueno, and Foreign Affairs Minister of Somalia, Abshir Omar Huruse.",
			}},
			// a month's name inside a person's ("Theresa May", "Jan
			// Lipavský"); before a number it is a date (Australian PM,
			// President of Ukraine)
			{"Theresa May|the Right Honourable|Prime Minister of the United Kingdom|United Kingdom", []string{
				"Remarks at bilateral meeting with the Right Honourable Theresa May MP, Prime Minister of the United Kingdom.",
			}},
			{"Volodymyr Zelenskyy||President of Ukraine|Ukraine; Jan Lipavský||Minister of Foreign Affairs of the Czech Republic|Czech Republic; Alexander Schallenberg||Minister of Foreign Affairs of Austria|Austria; Ivan Korčok||Minister of Foreign Affairs of the Slovak Republic|Slovak Republic", []string{
				"President of Ukraine Volodymyr Zelenskyy met with Minister of Foreign Affairs of the Czech Republic Jan Lipavský, Minister of Foreign Affairs of Austria Alexander Schallenberg and Minister of Foreign Affairs of the Slovak Republic Ivan Korčok during their visit to our country.",
			}},
			{"Blinken||Secretary|; Kuleba||Foreign Minister|", []string{
				"Secretary Blinken met with Foreign Minister Kuleba May 3 in Kyiv.",
			}},
			// a further encounter the readout reports after its lead ("later
			// received", "Also on Sunday, ... received"); one announced is not
			{"Najib Mikati||Prime Minister|; Aroldo Lazaro||UNIFIL Force Commander General|UNIFIL; Sandra De Waele||EU Ambassador to Lebanon|EU", []string{
				"Prime Minister Najib Mikati met with UNIFIL Force Commander General Aroldo Lazaro. Mikati later received the EU Ambassador to Lebanon, Sandra De Waele.",
			}},
			{"Faisal bin Farhan|Prince|Foreign Minister|; Jasem Albudaiwi||GCC Secretary-General|GCC; Shirley Botchwey||Minister of Foreign Affairs|Ghana", []string{
				"Foreign Minister Prince Faisal bin Farhan held talks with GCC Secretary-General Jasem Albudaiwi. Also on Sunday, Prince Faisal received Ghana’s Minister of Foreign Affairs Shirley Botchwey in Riyadh. Prince Faisal will meet the Minister of Foreign Affairs of Chad next week.",
			}},
			// a further encounter whose subject is a participant already, or
			// framed as a meeting with someone; announced or looking back, none
			{"Edward Nalbandian||Foreign Minister of Armenia|Armenia; Sergey Lavrov||Foreign Minister of Russia|Russia; Jean-Marc Ayrault||Foreign Minister of France|France", []string{
				"On April 2, Edward Nalbandian, Foreign Minister of Armenia, had a number of phone conversations with his foreign counterparts. The Foreign Minister of Armenia discussed the recent developments with Sergey Lavrov, Foreign Minister of Russia, Jean-Marc Ayrault, Foreign Minister of France.",
			}},
			{"Demeke Mekonnen||Deputy Prime Minister|; Abshir Omar Huruse||Foreign Affairs Minister of Somalia|Somalia", []string{
				"Deputy Prime Minister Demeke Mekonnen has conferred with Foreign Affairs Ministers of various countries on Monday. Demeke exchanged views with Foreign Affairs Minister of Somalia, Abshir Omar Huruse.",
			}},
			{"Mileydi Guilarte|Ms.|Deputy Assistant Administrator|; Mario Búcaro||Foreign Minister|; David Barrientos||Minister of the Interior|", []string{
				"On Monday Deputy Assistant Administrator Ms. Mileydi Guilarte met with Foreign Minister Mario Búcaro. In a separate meeting with the Minister of the Interior David Barrientos, Ms. Guilarte stressed transparency.",
			}},
			{"Najib Mikati||Prime Minister|; Aroldo Lazaro||UNIFIL Force Commander General|UNIFIL", []string{
				"Prime Minister Najib Mikati met with UNIFIL Force Commander General Aroldo Lazaro on Monday. Mikati will meet with Ambassador Hamish Cowell next week. In April, Mikati met with President Michel Aoun.",
			}},
			// a known subject "together with" others, who share what it did
			// (PAHO, Kremlin); a clause of background or a plan gives none
			{"Jarbas Barbosa||Director of PAHO|PAHO; Luiz Inácio Lula da Silva||President of the Republic of Brazil|Republic of Brazil; Socorro Gross||PAHO/WHO Representative in Brazil|PAHO/WHO", []string{
				"The Director of PAHO, Jarbas Barbosa, met on Monday with the President of the Republic of Brazil, Luiz Inácio Lula da Silva. The PAHO and WHO directors, together with the PAHO/WHO Representative in Brazil, Socorro Gross, discussed the importance of sustainable financing for health.",
			}},
			{"Vladimir Putin||President|; Dmitry Medvedev||Prime Minister|", []string{
				"President Vladimir Putin met with participants in the United Russia party’s primaries. In the run-up to the primaries on May 22, the President, together with Prime Minister Dmitry Medvedev, visited the party headquarters.",
			}},
			{"Vladimir Putin||President|; Yunus-Bek Yevkurov||Head of Ingushetia|Ingushetia", []string{
				"President Vladimir Putin met with Head of Ingushetia Yunus-Bek Yevkurov. In 2004, together with Shamil Basayev, this bandit organised the attack on Nazran.",
				"President Vladimir Putin met with Head of Ingushetia Yunus-Bek Yevkurov. Tomorrow, the President, together with President of Mongolia Khaltmaagiin Battulga, will take part in the forum’s plenary session.",
			}},
			// a sentence opening on another day of the visit reports a further
			// encounter (PAHO); announced (Kremlin), or in a speech, none
			{"Jarbas Barbosa||Director of PAHO|PAHO; Luiz Inácio Lula da Silva||President of the Republic of Brazil|Republic of Brazil; Mauro Vieira||Minister of Foreign Affairs|", []string{
				"The Director of PAHO, Jarbas Barbosa, met on Monday with the President of the Republic of Brazil, Luiz Inácio Lula da Silva. The following day, they attended the launch of a national program to eliminate socially determined diseases and met the Minister of Foreign Affairs, Mauro Vieira.",
			}},
			{"Vladimir Putin||President|; Mikhail Mishustin||Prime Minister|", []string{
				"President Vladimir Putin met with Prime Minister Mikhail Mishustin. On the same day, the President of Russia will meet with President of Belarus Alexander Lukashenko, who will be in Russia on a working visit.",
				"President Vladimir Putin met with Prime Minister Mikhail Mishustin. That was an injection, and the next day, after I spoke to Mr Logunov, he personally administered the second part of the procedure.",
			}},
			// a further journey made for an encounter (African Union)
			{"Moussa Faki Mahamat||Chairperson of the African Union Commission|African Union Commission; Cyril Ramaphosa||President|; Ibrahim Assane Mayaki|Dr|AUDA-NEPAD Chief Executive Officer|AUDA-NEPAD", []string{
				"The Chairperson of the African Union Commission, Moussa Faki Mahamat, was received by President Cyril Ramaphosa. During the visit, the Chairperson also visited the AUDA-NEPAD headquarters for consultations with AUDA-NEPAD Chief Executive Officer Dr Ibrahim Assane Mayaki.",
			}},
			// a titled official who opens a sentence of the body as the
			// subject of a speech verb spoke in the encounter (Mexico's SRE,
			// Kremlin); a spokesperson, words said elsewhere, or someone a
			// speech tells of, none
			{"Marcelo Ebrard||Foreign Secretary|; Roberto Velasco||Chief Officer for North America|; María de Haas||Director General of Special Affairs|Special Affairs", []string{
				"Foreign Secretary Marcelo Ebrard met with a delegation of U.S. senators this afternoon at the Mexican Foreign Ministry. Chief Officer for North America Roberto Velasco added that Mexican authorities are conducting more raids to seize fentanyl precursor chemicals. María de Haas, Director General of Special Affairs, discussed the progress made and challenges to binational cooperation.",
			}},
			{"Vladimir Putin||President|; Sergey Lavrov||Foreign Minister|", []string{
				"President Vladimir Putin held a meeting with permanent members of the Security Council. Foreign Minister Sergey Lavrov presented a report on the topic.",
			}},
			{"Vladimir Putin||President|; Mustafa Sentop||Speaker|", []string{
				"President Vladimir Putin met with Speaker Mustafa Sentop. President Erdogan said that you were coming to Moscow.",
				"President Vladimir Putin met with Speaker Mustafa Sentop. Spokesperson Dmitry Peskov said the talks were constructive.",
				"President Vladimir Putin met with Speaker Mustafa Sentop. Foreign Minister Mevlut Cavusoglu said last week that a visit was planned.",
			}},
			// who else was there: "in the presence of", "Other attendees at
			// the meeting included", "is accompanied on his visit ... by",
			// "The delegations led by X and Y"
			{"Furkat Sidikov||Deputy Foreign Minister of Uzbekistan|Uzbekistan; Batsumber Munkhjin||Deputy Foreign Minister of Mongolia|Mongolia", []string{
				"On March 15, 2022, the sixth round of political consultations between the Ministries of Foreign Affairs of Uzbekistan and Mongolia was held by videoconference. The delegations led by Deputy Foreign Minister of Uzbekistan Furkat Sidikov and Deputy Foreign Minister of Mongolia Batsumber Munkhjin discussed topical issues.",
			}},
			{"Najib Mikati||Prime Minister|; Aroldo Lazaro||UNIFIL Force Commander General|UNIFIL; Maurice Slim||Defence Minister|", []string{
				"Prime Minister Najib Mikati met with UNIFIL Force Commander General Aroldo Lazaro on Monday. The meeting took place in the presence of Defence Minister Maurice Slim.",
			}},
			{"Jens Stoltenberg||NATO Secretary General|NATO; Alexis Tsipras||Prime Minister|", []string{
				"Visiting Athens on Thursday (6 September 2018), NATO Secretary General Jens Stoltenberg met with Prime Minister Alexis Tsipras to discuss current security challenges.",
			}},
			{"Joe Biden||President of the United States|United States", []string{
				"The Prime Minister met with Joe Biden, President of the United States, at the G7 Summit in Italy today.",
			}},
			{"Fumio Kishida|Mr.|Minister for Foreign Affairs|; Boris Johnson|the Rt Hon.|Secretary of State for Foreign and Commonwealth Affairs of the UK|UK; Julie Bishop|the Hon.|Minister for Foreign Affairs of Australia|Australia", []string{
				"On Friday, September 9, commencing at around 6:20 p.m. for approximately 15 minutes, Mr. Fumio Kishida, Minister for Foreign Affairs, held a Japan-United Kingdom(UK)-Australia Foreign Ministers’ telephone talk with the Rt Hon. Boris Johnson, Secretary of State for Foreign and Commonwealth Affairs of the UK, and the Hon. Julie Bishop MP, Minister for Foreign Affairs of Australia, who is visiting the UK.",
			}},
			{"Taro Kono|Mr.|Minister for Foreign Affairs|; Julie Bishop|the Hon.|Minister for Foreign Affairs of the Commonwealth of Australia|Commonwealth of Australia", []string{
				"On Wednesday, August 30, commencing at 3:15 p.m. for approximately 20 minutes, Mr. Taro Kono, Minister for Foreign Affairs, held a telephone talk with the Hon. Julie Bishop, MP, Minister for Foreign Affairs of the Commonwealth of Australia.",
			}},
			{"ABE Shinzo|Mr.|Prime Minister of Japan|Japan; Charles Michel|H. E. Mr.|President of the European Council|European Council; Ursula von der Leyen|H. E. Dr.|President of the European Commission|European Commission", []string{
				"On May 26 (Tue), commencing at 6:00 p.m. for approximately 1 hour, Mr. ABE Shinzo, Prime Minister of Japan, held a Japan-EU Leaders Video Teleconference Meeting with H. E. Mr. Charles Michel, President of the European Council and H. E. Dr. Ursula von der Leyen, President of the European Commission.",
			}},
			{"FUJII Hisayuki|Mr.|State Minister for Foreign Affairs|; Philemon YANG|H.E. Mr.|President of the 79th session of the United Nations General Assembly|United Nations General Assembly; MARUYAMA Norio|Mr.|Ambassador for Tokyo International Conference on African Development (TICAD) and Ambassador, Special Envoy for UN Security Council Reform and UN Security Council Election Affairs|Ministry of Foreign Affairs", []string{
				"On February 3, commencing at 7 p.m. for approximately two hours, Mr. FUJII Hisayuki, State Minister for Foreign Affairs, held a working dinner with H.E. Mr. Philemon YANG, President of the 79th session of the United Nations General Assembly, who is visiting Japan upon the invitation of the Ministry of Foreign Affairs of Japan. The overview of the dinner is as follows. The dinner was attended by Mr. MARUYAMA Norio, Ambassador for Tokyo International Conference on African Development (TICAD) and Ambassador, Special Envoy for UN Security Council Reform and UN Security Council Election Affairs and others, Ministry of Foreign Affairs.",
			}},
			{"KISHIDA Fumio|Mr.|Prime Minister of Japan|Japan; Kamala Harris|the Honorable|Vice President of the United States of America|United States of America", []string{
				// "former Prime Minister Abe" is mentioned, not present.
				"On September 26, commencing at 5:30 p.m., for 40 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, received a courtesy call from the Honorable Kamala Harris, Vice President of the United States of America, who was visiting Japan to attend the State Funeral of former Prime Minister Abe.",
			}},
			{"S. Jaishankar|Dr.|External Affairs Minister|; Penny Wong||Foreign Minister|", []string{
				"External Affairs Minister Dr. S. Jaishankar held talks with Foreign Minister Penny Wong in New Delhi today.",
			}},
			{"Justin Trudeau||Prime Minister|Canada", []string{
				"Today I met with Prime Minister Justin Trudeau of Canada in Ottawa.",
			}},
			{"Joseph R. Biden, Jr.||President|; Tamim Bin Hamad Al-Thani|Sheikh|Amir|Qatar", []string{
				"President Joseph R. Biden, Jr. spoke today with Amir Sheikh Tamim Bin Hamad Al-Thani of Qatar.",
			}},
			{"Jake Sullivan||National Security Advisor|; Eyal Hulata|Dr.|National Security Advisor|", []string{
				// the opening clause reports another encounter
				"Following President Biden’s fruitful conversation with Israeli Prime Minister Bennett on April 24, National Security Advisor Jake Sullivan met today with his Israeli counterpart, National Security Advisor Dr. Eyal Hulata, to discuss a range of regional and global security issues.",
			}},
			{"Pelosi||Speaker|", []string{
				"This afternoon, the President and Speaker Pelosi spoke by phone about the ongoing evacuation operations.",
			}},
			{"Penny Wong|Senator the Hon.|Minister for Foreign Affairs|; Charles III|His Majesty|King|", []string{
				"Senator the Hon. Penny Wong, Minister for Foreign Affairs, met with His Majesty King Charles III at Buckingham Palace.",
			}},
			{"Donald J. Trump||President|; Abdel Fattah el-Sisi||President|Egypt", []string{
				"On Saturday, President Donald J. Trump received a call from President Abdel Fattah el-Sisi of Egypt.",
			}},
			{"ISHIBA Shigeru|Mr.|Prime Minister of Japan|Japan; Bui Thanh Son|H.E. Mr.|Deputy Prime Minister and Minister of Foreign Affairs of the Socialist Republic of Viet Nam|Socialist Republic of Viet Nam; Pham Quang Hieu|H.E. Mr.|Ambassador Extraordinary and Plenipotentiary of the Socialist Republic of Viet Nam to Japan|Socialist Republic of Viet Nam", []string{
				"On April 3, commencing at 10:15 a.m. for approximately 30 minutes, Mr. ISHIBA Shigeru, Prime Minister of Japan, received a courtesy call from H.E. Mr. Bui Thanh Son, Deputy Prime Minister and Minister of Foreign Affairs of the Socialist Republic of Viet Nam, at the Prime Minister's Office. Attending on the Vietnamese side were H.E. Mr. Pham Quang Hieu, Ambassador Extraordinary and Plenipotentiary of the Socialist Republic of Viet Nam to Japan, and others.",
			}},
			// a post's branch or short form in brackets after its head; the
			// body a post is "at", in a title closed by a comma and the name
			{"Andrew Holness||Prime Minister|; Gene Leon||CDB President|CDB; Isaac Solomon||CDB Vice-President (Operations)|CDB; Ian Durant||Director of Economics at CDB|CDB; Dorla Humes||Advisor to the President|", []string{
				"Prime Minister Andrew Holness met CDB President Gene Leon. Other attendees at the meeting included CDB Vice-President (Operations), Isaac Solomon, Director of Economics at CDB, Ian Durant, and Advisor to the President, Dorla Humes.",
			}},
			{"Jon Finer||Principal Deputy National Security Advisor (PDNSA)|; Tedros Adhanom Ghebreyesus|Dr.|Director-General (DG)|", []string{
				"Principal Deputy National Security Advisor (PDNSA) Jon Finer met yesterday with the World Health Organization (WHO) Director-General (DG) Dr. Tedros Adhanom Ghebreyesus.",
			}},
			{"Joe Biden||President|; Daniel Erikson||Senior Director for the Western Hemisphere at the National Security Council|National Security Council", []string{
				"President Joe Biden met with regional leaders on Monday. The meeting was also attended by the Senior Director for the Western Hemisphere at the National Security Council, Daniel Erikson.",
			}},
			// a title of portfolios with a serial comma ("Labour, Solidarity,
			// and Social Security") before the name
			{"Xanana Gusmão||Prime Minister|; António Costa||Prime Minister of the Portuguese Republic|Portuguese Republic; João Gomes Cravinho||Minister of Foreign Affairs|; Ana Mendes Godinho||Minister of Labour, Solidarity, and Social Security|", []string{
				"Prime Minister Xanana Gusmão received the Prime Minister of the Portuguese Republic, António Costa. Prime Minister António Costa is accompanied on his visit to Timor-Leste by the Minister of Foreign Affairs, João Gomes Cravinho, and the Minister of Labour, Solidarity, and Social Security, Ana Mendes Godinho.",
			}},
			{"Alejandro Mayorkas||Secretary|; Kathy Hochul||Governor|; Jennifer Higgins||DHS Associate Director for Refugee, Asylum, and International Operations|DHS", []string{
				"Secretary Alejandro Mayorkas met with Governor Kathy Hochul on Monday. Also present at the meeting was the DHS Associate Director for Refugee, Asylum, and International Operations, Jennifer Higgins.",
			}},
			// "Extraordinary and Plenipotentiary" after the head, before the
			// name (Kremlin, Barbados GIS)
			{"Vladimir Putin|||; Alexei Borodavkin||Ambassador Extraordinary and Plenipotentiary of the Russian Federation to the Republic of Kazakhstan|Russian Federation", []string{
				"Vladimir Putin met with the newly appointed Ambassador Extraordinary and Plenipotentiary of the Russian Federation to the Republic of Kazakhstan Alexei Borodavkin.",
			}},
			{"Elisabeth Eklund||Ambassador Extraordinary and Plenipotentiary of Sweden to Barbados|Sweden", []string{
				"Ambassador Extraordinary and Plenipotentiary of Sweden to Barbados, Elisabeth Eklund, who resides in Stockholm, offered the commendation on Thursday, when she paid a courtesy call on the Prime Minister at Ilaro Court.",
			}},
			// a United Nations country post "in" the country, after two
			// bodies' acronyms (President of Ukraine, PAHO)
			{"Volodymyr Zelenskyy||President of Ukraine|Ukraine; Karolina Lindholm Billing||UNHCR Representative in Ukraine|UNHCR", []string{
				"President of Ukraine Volodymyr Zelenskyy met with UNHCR Representative in Ukraine Karolina Lindholm Billing.",
			}},
			{"Jarbas Barbosa||Director of PAHO|PAHO; Socorro Gross||PAHO/WHO Representative in Brazil|PAHO/WHO", []string{
				"The Director of PAHO, Jarbas Barbosa, met on Monday with the PAHO/WHO Representative in Brazil, Socorro Gross.",
			}},
			// a rank after a title's comma, or before a name, is the
			// person's style; so is "Ambassador" between a post and a name;
			// "Caretaker" is a title's modifier like "Acting"
			{"Najib Mikati||Caretaker Prime Minister|; Aroldo Lazaro|General|UNIFIL Head of Mission and Force Commander|Mission; Mounir Shehadeh|Brigadier||; Boutros Asaker|Ambassador|Advisor|", []string{
				"NNA – Caretaker Prime Minister, Najib Mikati, on Wednesday met at the Grand Serail with UNIFIL Head of Mission and Force Commander, General Aroldo Lazaro. The meeting took place in the presence of Lebanese government’s coordinator with UNIFIL, Brigadier Mounir Shehadeh, and Premier Mikati’s Advisor Ambassador Boutros Asaker.",
			}},
			{"Joe Biden||President|; Mike Patrick|Colonel|Chief of Staff of White House Military Office|White House Military Office", []string{
				"President Joe Biden met with veterans on Monday. The meeting was also attended by Colonel Mike Patrick, Chief of Staff of White House Military Office.",
			}},
			{"Bob Hawke||Prime Minister|; Prem Tinsulanonda|General|Thai Prime Minister|Thailand", []string{
				"Prime Minister Bob Hawke held talks with the Thai Prime Minister, General Prem Tinsulanonda, in Bangkok on Monday.",
			}},
			{"Jake Sullivan||National Security Advisor|; Akif Cagatay Kilic|Ambassador|Chief Foreign Policy and Security Advisor to the Turkish President|", []string{
				"National Security Advisor Jake Sullivan spoke today with Chief Foreign Policy and Security Advisor to the Turkish President, Ambassador Akif Cagatay Kilic, and underscored the urgent need for a ceasefire.",
			}},
			{"Jake Sullivan||National Security Advisor|; Celso Amorim|Ambassador|National Security Advisor|Brazil", []string{
				"National Security Advisor Jake Sullivan spoke today with National Security Advisor Ambassador Celso Amorim of Brazil.",
			}},
			{"Mesganu Arga|Ambassador|State Minister of Foreign Affairs|; Abraham Korir SingOei||Principal Secretary of Foreign Affairs of Kenya|Kenya", []string{
				"Similarly, State Minister of Foreign Affairs Ambassador Mesganu Arga has conferred with Abraham Korir SingOei, the Principal Secretary of Foreign Affairs of Kenya, on bilateral issues.",
			}},
			{"Antonio Guterres||Secretary-General|; Merrick Garland||Attorney General|", []string{
				// a rank's word inside a title stays the title's
				"Secretary-General Antonio Guterres met with Attorney General Merrick Garland on Monday.",
			}},
			// appositions in a list: a title a country closes without "of",
			// kept as written; a place's lower-case word after an elided
			// particle; a second post after "and" that a comma and a name
			// close is the next person's, unless the list goes on after the
			// name (names and their titles)
			{"Demeke Mekonnen||Deputy Prime Minister|; Lejeune Mbella Mbella||Foreign Affairs of Minister Cameroon|Cameroon; Abshir Omar Huruse||Foreign Affairs Minister of Somalia|Somalia; Kandia Camara||Foreign Affairs Minister of Cote d’ivoire|Cote d’ivoire; Mesganu Arga|Ambassador|State Minister of Foreign Affairs|; Abraham Korir SingOei||Principal Secretary of Foreign Affairs of Kenya|Kenya; Liu Yuxi||Chinese Government Special Envoy for African Affairs|China", []string{
				"Deputy Prime Minister Demeke Mekonnen has conferred with Foreign Affairs Ministers of various countries on Monday. Demeke exchanged views with Foreign Affairs of Minister Cameroon, Lejeune Mbella Mbella, Foreign Affairs Minister of Somalia, Abshir Omar Huruse and Foreign Affairs Minister of Cote d’ivoire, Kandia Camara. Similarly, State Minister of Foreign Affairs Ambassador Mesganu Arga has also conferred with Abraham Korir SingOei, the Principal Secretary of Foreign Affairs of Kenya and Chinese Government Special Envoy for African Affairs, Liu Yuxi on bilateral and regional issues of mutual concern.",
			}},
			{"Edward Nalbandian||Foreign Minister of Armenia|Armenia; Frank-Walter Steinmeier||OSCE Chairperson-in-Office and Foreign Minister of Germany|Germany; Thorbjørn Jagland||Secretary General of Council of Europe|Council of Europe", []string{
				"On April 2, Edward Nalbandian, Foreign Minister of Armenia, had a number of phone conversations with his foreign counterparts. The Foreign Minister of Armenia discussed the recent developments with Frank-Walter Steinmeier, OSCE Chairperson-in-Office and Foreign Minister of Germany, Thorbjørn Jagland, Secretary General of Council of Europe.",
			}},
			// "Protection" is a portfolio (Kremlin; Mongolia's Voice of
			// Mongolia)
			{"Vladimir Putin|||; Maxim Topilin||Minister of Labour and Social Protection|", []string{
				"Vladimir Putin met with Minister of Labour and Social Protection Maxim Topilin.",
			}},
			{"Ariunzaya||Minister of Labor and Social Protection|; Axelle Nicaise|Ambassador|Head of the European Union Delegation to Mongolia|European Union Delegation", []string{
				"Minister of Labor and Social Protection Ariunzaya held a meeting with Head of the European Union Delegation to Mongolia, Ambassador Axelle Nicaise.",
			}},
			{"Jake Sullivan||National Security Advisor|; Mario Draghi||Prime Minister|Italy; Emmanuel Macron||President|France", []string{
				// a title with a name after the comma opens the next person
				"National Security Advisor Jake Sullivan met with Prime Minister Mario Draghi of Italy, President Emmanuel Macron of France and others.",
			}},
			{"Jon Finer||Principal Deputy National Security Advisor|; Zeljka Cvijanovic||Member of the Presidency of Bosnia and Herzegovina|Presidency of Bosnia and Herzegovina; Zeljko Komsic||Member of the Presidency of Bosnia and Herzegovina|Presidency of Bosnia and Herzegovina; Denis Becirovic||Member of the Presidency of Bosnia and Herzegovina|Presidency of Bosnia and Herzegovina", []string{
				// people named under one plural title: each holds it in the
				// singular
				"Principal Deputy National Security Advisor Jon Finer met today with Members of the Presidency of Bosnia and Herzegovina Zeljka Cvijanovic, Zeljko Komsic, and Denis Becirovic.",
			}},
			{"Vladimir Putin|||; Mikhail Mishustin||Prime Minister|; Viktoria Abramchenko||Deputy Prime Minister|; Yury Borisov||Deputy Prime Minister|; Marat Khusnullin||Deputy Prime Minister|; Anton Siluanov||Minister of Finance|", []string{
				"Vladimir Putin held a meeting with Government members via videoconference. The meeting was attended by Prime Minister Mikhail Mishustin, Deputy Prime Ministers Viktoria Abramchenko, Yury Borisov and Marat Khusnullin, and Minister of Finance Anton Siluanov.",
			}},
			{"Edward Nalbandian||Foreign Minister of Armenia|Armenia; Sergey Lavrov||Foreign Minister of Russia|Russia; Nikolay Bordyuzha||CSTO Secretary General|CSTO; Igor Popov||OSCE Minsk Group Co-Chair|OSCE; James Warlick||OSCE Minsk Group Co-Chair|OSCE; Pierre Andrieu||OSCE Minsk Group Co-Chair|OSCE; Andrzej Kasprzyk||Personal Representative of the OSCE|OSCE; Herbert Salber||EU Special Representative for the South Caucasus|EU", []string{
				// a body's own name in the plural title; the last name's own
				// title after it
				"On April 2, Edward Nalbandian, Foreign Minister of Armenia, had a number of phone conversations with his foreign counterparts. The Foreign Minister of Armenia discussed the recent developments with Sergey Lavrov, Foreign Minister of Russia, Nikolay Bordyuzha, CSTO Secretary General, OSCE Minsk Group Co-Chairs Igor Popov, James Warlick, Pierre Andrieu and Andrzej Kasprzyk, Personal Representative of the OSCE, as well as Herbert Salber, the EU Special Representative for the South Caucasus and the crisis in Georgia.",
			}},
			{"Annalena Baerbock|Ms.|Minister of Foreign Affairs|; Jean-Noël Barrot|Mr.||", []string{
				"On 5 May, the Minister of Foreign Affairs, Ms. Annalena Baerbock, met her French counterpart, Mr. Jean-Noël Barrot, in Berlin.",
			}},
			{"Ahmed Abul Gheit||Arab League Secretary General|; Moussa Faki||Chairperson of the African Union Commission|African Union Commission", []string{
				// a title going on into a name, then "on Sunday"
				"Arab League Secretary General Ahmed Abul Gheit made a phone call with Chairperson of the African Union Commission Moussa Faki on Sunday.",
			}},
			{"Ararat Mirzoyan||Foreign Minister of Armenia|Armenia; Toivo Klaar||EU Special Representative for the South Caucasus|EU", []string{
				// a post-name title after "the"
				"On December 23, the Foreign Minister of Armenia Ararat Mirzoyan had a phone conversation with Toivo Klaar, the EU Special Representative for the South Caucasus and the crisis in Georgia.",
			}},
			{"James Marape|Hon.|Prime Minister|; Prabowo Subianto||President-elect|Indonesia", []string{
				// a country's post, then the name after a comma
				"A very warm exchange took place between Prime Minister Hon. James Marape and Indonesia’s President-elect, Prabowo Subianto when the two met today.",
			}},
			{"Mohammed Al Shaali||Minister of State for Foreign Affairs|United Arab Emirates; Mohamed Waheed|Dr|President|", []string{
				// "former" after a country's possessive: the former minister came
				"UAE’s former Minister of State for Foreign Affairs Mohammed Al Shaali has paid a courtesy call on President Dr Mohamed Waheed.",
			}},
			{"Jarbas Barbosa||Director of PAHO|PAHO; Luiz Inácio Lula da Silva||President of the Republic of Brazil|Republic of Brazil; Nísia Trindade||Minister of Health|", []string{
				"The Director of PAHO, Jarbas Barbosa, met on Monday 5 February with the President of the Republic of Brazil, Luiz Inácio Lula da Silva, and the country’s Minister of Health, Nísia Trindade, where they reviewed priority issues.",
			}},
			{"Vladimir Putin|||; Igor Artamonov|||", []string{
				// ", the President said" is a clause, not Artamonov's title
				"Vladimir Putin met with Igor Artamonov, the President said.",
			}},
			{"Ahmed Attaf|Mr.|Minister of State, Minister of Foreign Affairs, National Community Abroad and African Affairs|; Monique Nsanzabaganwa|Mrs.|Vice-President of the Commission of the African Union (AU)|Commission of the African Union (AU)", []string{
				// a title in several parts between commas, then the name
				"ALGIERS- The Minister of State, Minister of Foreign Affairs, National Community Abroad and African Affairs, Mr. Ahmed Attaf, received, Monday at the headquarters of the ministry, the Vice-President of the Commission of the African Union (AU), Mrs. Monique Nsanzabaganwa, who paid him a farewell visit.",
			}},
			{"Demeke Mekonnen||Deputy Prime Minister and Minister of Foreign Affairs|", []string{
				// a title opening the sentence, after a wire's tag, then the name
				"Addis Ababa February 15/2023 /ENA/Deputy Prime Minister and Minister of Foreign Affairs, Demeke Mekonnen has conferred with Foreign Affairs Ministers of various countries.",
			}},
			{"Saud Al-Faisal|Prince|Minister of Foreign Affairs|; Amr Moussa||Egyptian foreign minister|Egypt; Farouq Al-Shara||Syrian foreign minister|Syria", []string{
				// a royal style after the title is an honorific; a wire's
				// lower-case title after a nationality
				"Minister of Foreign Affairs Prince Saud Al-Faisal, together with the Egyptian foreign minister Amr Moussa and the Syrian foreign minister Farouq Al-Shara, held a joint meeting today in Riyadh.",
			}},
			{"Jake Sullivan|||; Mohammed bin Salman||Saudi Prime Minister and Crown Prince|Saudi Arabia", []string{
				// "Crown Prince" is a title, not a style
				"Jake Sullivan met with Saudi Prime Minister and Crown Prince Mohammed bin Salman.",
			}},
			{"Faisal bin Farhan|Prince|Saudi Foreign Minister|Saudi Arabia; Hun Sen|Samdech Akka Moha Sena Padei Techo|Prime Minister of Cambodia|Cambodia", []string{
				"Saudi Foreign Minister Prince Faisal bin Farhan met Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of Cambodia.",
			}},
			{"José Miguel Insulza||Secretary General of the Organization of American States (OAS)|Organization of American States (OAS); Heraldo Muñoz||Minister of Foreign Affairs of Chile|Chile; Juan Pablo Lira Bianchi||Ambassador of Chile to the OAS|Chile", []string{
				// "Also present at the meeting was ..."
				"The Secretary General of the Organization of American States (OAS), José Miguel Insulza, met today with the Minister of Foreign Affairs of Chile, Heraldo Muñoz, in his office in Asunción. Also present at the meeting was the Ambassador of Chile to the OAS, Juan Pablo Lira Bianchi.",
			}},
			{"Dmitry Medvedev|||; Roman Trotsenko||President of OAO United Shipbuilding Corporation|OAO United Shipbuilding Corporation", []string{
				// words the lists lack, closed by a body's word, are the body's name
				"Dmitry Medvedev met with President of OAO United Shipbuilding Corporation Roman Trotsenko.",
			}},
			{"Vladimir Putin|||; Nikolai Tsukanov||Governor of Kaliningrad Region|Kaliningrad Region", []string{
				"Vladimir Putin met with Governor of Kaliningrad Region Nikolai Tsukanov.",
			}},
			{"Vladimir Putin|||; Vasily Yurchenko||Novosibirsk Region Governor|", []string{
				"Vladimir Putin held a working meeting with Novosibirsk Region Governor Vasily Yurchenko.",
			}},
			{"Vladimir Putin|||; Emmanuel Macron||President of France|France", []string{
				// a bare subject after an opening time phrase; ", the President of
				// France" after the object
				"On Friday Vladimir Putin had a telephone conversation with Emmanuel Macron, the President of France.",
			}},
			{"Kang, Kyung-wha||Minister of Foreign Affairs|; Mike Pompeo||Secretary of State|", []string{
				// family name, comma, romanized given name
				"Minister of Foreign Affairs Kang, Kyung-wha met with Secretary of State Mike Pompeo.",
			}},
			{"Zaev||PM|; Borissov||Bulgarian PM|Bulgaria", []string{
				// headline initials for a post
				"On 3 May, PM Zaev met with Bulgarian PM Borissov in Sofia.",
			}},
			{"Putin||President|; Scholz||Chancellor|", []string{
				// "5 PM" is a clock
				"At 5 PM Moscow time President Putin met with Chancellor Scholz.",
			}},
			{"Sergey Lavrov|||; Wang Yi|||", []string{
				// a bare name as the subject of the encounter
				"Sergey Lavrov held talks with Wang Yi in Moscow on 5 April.",
			}},
			// a body's name inside the title: the name closing the run is
			// the person's (Kremlin, Ukrainian presidency)
			{"Vladimir Putin|||; Alexander Sergeyev||President of the Russian Academy of Sciences|Russian Academy of Sciences", []string{
				"Vladimir Putin held a meeting with President of the Russian Academy of Sciences Alexander Sergeyev to discuss the reform.",
			}},
			{"Vladimir Putin|||; Xavier Bettel||Prime Minister of the Grand Duchy of Luxembourg|Grand Duchy of Luxembourg", []string{
				"Vladimir Putin had a telephone conversation with Prime Minister of the Grand Duchy of Luxembourg Xavier Bettel.",
			}},
			{"Volodymyr Zelenskyy||President|; Andreas Kiefer||Secretary General of the Congress of Local and Regional Authorities|Congress of Local and Regional Authorities", []string{
				"President Volodymyr Zelenskyy met with the Secretary General of the Congress of Local and Regional Authorities Andreas Kiefer.",
			}},
			{"Vladimir Putin|||; Svetlana Chupsheva||General Director of the Agency for Strategic Initiatives|Agency for Strategic Initiatives", []string{
				"Vladimir Putin met with General Director of the Agency for Strategic Initiatives Svetlana Chupsheva.",
			}},
			// occupations after "Chief" are part of the post (Kremlin, White House)
			{"Berel Lazar||Chief Rabbi of Russia|Russia; Vyacheslav Lebedev||Chief Justice|", []string{
				"Putin met Chief Rabbi of Russia Berel Lazar and Chief Justice Vyacheslav Lebedev.",
			}},
			// ... but a post and a name, then "of" a country, is not one
			{"Chaves||President|Costa Rica; Kamala Harris||Vice President|", []string{
				"President Chaves of Costa Rica met Vice President Kamala Harris.",
			}},
			// a given name whose ending reads like a nationality ("Ayman",
			// "Sergei", "Christian", "Andrei") opens a name all the same
			// (Jordanian, Kremlin, German styles)
			{"Ali Sabry||Foreign Minister|; Ayman Safadi||Deputy Prime Minister and Minister of Foreign Affairs of Jordan|Jordan", []string{
				"Foreign Minister Ali Sabry received Ayman Safadi, Deputy Prime Minister and Minister of Foreign Affairs of Jordan.",
			}},
			{"Wang Yi|||; Sergei Lavrov||Foreign Minister of Russia|Russia", []string{
				"Wang Yi met Sergei Lavrov, Foreign Minister of Russia, in Beijing.",
			}},
			{"Vladimir Putin|||; Andrei Klychkov|||", []string{
				"Vladimir Putin had a meeting with Andrei Klychkov in the Kremlin.",
			}},
			// ", the new Ambassador of ...": a post-name title after a modifier (Rwandan presidency, Kremlin)
			{"Paul Kagame||President|; Mohamed Fouad Abdelrahman||Ambassador of Egypt to Rwanda|Egypt", []string{
				"President Paul Kagame received Ambassador Mohamed Fouad Abdelrahman, the new Ambassador of Egypt to Rwanda.",
			}},
			// a place before a post's apposition is no person (Portuguese presidency)
			{"Ulisses Correia e Silva||Prime Minister of Cabo Verde|Cabo Verde", []string{
				"The President of the Republic received in audience, at the Palácio de Belém, the Prime Minister of Cabo Verde, Ulisses Correia e Silva.",
			}},
			// post-nominals close an apposition's name (Irish, Australian styles)
			{"Micheál Martin||Minister for Foreign Affairs|; James Cleverly|||", []string{
				"The Minister for Foreign Affairs, Micheál Martin TD, met with his UK counterpart, James Cleverly MP, in Dublin.",
			}},
			// "H.H.", "HH", "HRH" (Gulf, Saudi styles)
			{"Abdullah bin Zayed Al Nahyan|HH Sheikh||; Ayman Safadi||Foreign Minister of Jordan|Jordan", []string{
				"HH Sheikh Abdullah bin Zayed Al Nahyan met with Ayman Safadi, Foreign Minister of Jordan.",
			}},
			{"Faisal bin Farhan|HRH Prince||; Ayman Safadi||Foreign Minister of Jordan|Jordan", []string{
				"HRH Prince Faisal bin Farhan met with Ayman Safadi, Foreign Minister of Jordan.",
			}},
			// honorific chains with titles of their own between the
			// honorifics (Brunei, Malaysia, Cambodia)
			{"Lim Jock Seng|Yang Berhormat Pehin Orang Kaya Pekerma Dewa Dato Seri Setia Awang Haji|Minister of Foreign Affairs II|Foreign Affairs II; Kim Jong-han|H.E. Mr.||", []string{
				"Yang Berhormat Pehin Orang Kaya Pekerma Dewa Dato Seri Setia Awang Haji Lim Jock Seng, Minister of Foreign Affairs II, met with H.E. Mr. Kim Jong-han.",
			}},
			{"Hun Manet|Samdech Moha Borvor Thipadei|Prime Minister|; Ueno Atsushi|H.E. Mr.|Ambassador of Japan to Cambodia|Japan", []string{
				"Prime Minister Samdech Moha Borvor Thipadei Hun Manet received a courtesy call from H.E. Mr. Ueno Atsushi, Ambassador of Japan to Cambodia, on 5 March 2024.",
			}},
			{"Anwar Ibrahim|Dato' Sri|Prime Minister|; John Smith|Mr.||", []string{
				"Prime Minister Dato' Sri Anwar Ibrahim received a courtesy call from Mr. John Smith.",
			}},
			// a name typed two ways is one person (headline and body)
			{"Tony Abbott||Prime Minister of Australia|Australia; Joko Widodo||President|", []string{
				"Prime Minister of Australia Tony Abbott met President Joko Widodo. Prime Minister Tony Abbot invited him to Brisbane.",
			}},
		},
		negatives: []string{
			// a people is no person
			"The Vice President held a listening session with Asian American and Pacific Islander Leaders on Monday.",
			"The Government of Japan strongly deplores the situation that caused victims of the recent explosive attack on a bus.",
			"The below is attributable to Spokesperson Ned Price: The United States condemns the attack in the strongest terms.",
			// a region or a body is no person
			"The Governor of Khanty-Mansi Autonomous Area briefed the President.",
		},
	})
}

// titledDoc returns a document with a title block, a dateline and the
// paragraphs.
func titledDoc(title string, paras ...string) *Document {
	var b DocBuilder
	b.SetMeta(Meta{Format: "text"})
	b.Add(Title, "", 0, 0, title)
	b.Add(Dateline, "", 0, 0, refDate.Time().Format("January 2, 2006"))
	for _, p := range paras {
		b.Add(Paragraph, "", 0, 0, p)
	}
	return b.Document()
}

func TestParticipantsFromTitle(t *testing.T) {
	cases := []struct {
		title, body, want string
	}{
		// the body names a side only as "The President"
		{"Readout of President Joe Biden Call with Prime Minister Justin Trudeau of Canada",
			"The President spoke with Prime Minister Trudeau today about the pandemic.",
			"Joe Biden||President|; Justin Trudeau||Prime Minister|Canada"},
		// one person however spelled; the fuller name wins
		{"Readout of President Biden's Call with Chancellor Olaf Scholz of Germany",
			"President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany.",
			"Joseph R. Biden, Jr.||President|; Olaf Scholz||Chancellor|Germany"},
		// the spokesperson a readout is attributed to is no participant
		{"The below is attributable to Spokesperson Ned Price:",
			"Secretary of State Antony J. Blinken spoke with French Foreign Minister Jean-Yves Le Drian today. Secretary Blinken and Foreign Minister Le Drian emphasized the special role of the Transatlantic Alliance.",
			"Antony J. Blinken||Secretary of State|; Jean-Yves Le Drian||French Foreign Minister|France"},
		// a family name typed with one slip under the same post is one
		// person (White House: "President Zelenskky", "Niinistӧ" with a
		// Cyrillic letter)
		{"Readout of President Biden’s Meeting with President Zelenskyy of Ukraine",
			"President Joe Biden met with President Zelenskky of Ukraine today at the White House.",
			"Joe Biden||President|; Zelenskky||President|Ukraine"},
		{"Readout of President Biden’s Meeting with President Niinistӧ of Finland",
			"President Joe Biden met with President Sauli Niinistö of Finland today at the White House.",
			"Joe Biden||President|; Sauli Niinistö||President|Finland"},
		// one family name under one post is one person
		{"Readout of President Joe Biden’s Call with Israeli Prime Minister Benjamin Netanyahu",
			"President Biden spoke with Israeli Prime Minister Bibi Netanyahu to discuss the attack.",
			"Joe Biden||President|; Bibi Netanyahu||Israeli Prime Minister|Israel"},
	}
	for _, c := range cases {
		r := Extract(titledDoc(c.title, c.body), Options{})
		if got := renderParticipants(r.Participants); got != c.want {
			t.Errorf("%q\n  got  %q\n  want %q", c.body, got, c.want)
		}
	}
}

func TestParticipantsFromOtherMention(t *testing.T) {
	// The statement names a side by family name or with no title; another
	// paragraph names the same person with a title, before or after it.
	cases := []struct {
		paras []string
		want  string
	}{
		{[]string{"KINGSTON, Jamaica— President of the Caribbean Development Bank (CDB), Dr Gene Leon, in a released statement, has reaffirmed the Bank's commitment to Jamaica.",
			"Dr Leon, who took office in May, had his first official meeting with the Prime Minister Andrew Holness on Thursday."},
			"Gene Leon|Dr|President of the Caribbean Development Bank (CDB)|Caribbean Development Bank (CDB); Andrew Holness||Prime Minister|"},
		{[]string{"Foreign Affairs Minister Dr Narayan Khadka today held a meeting with his Indian counterpart Subrahmanyam Jaishankar in Colombo.",
			"Meanwhile, India’s Minister for External Affairs Jaishankar said that the meeting focused on connectivity."},
			"Narayan Khadka|Dr|Foreign Affairs Minister|; Subrahmanyam Jaishankar||Minister for External Affairs|India"},
		// two people of one family name: nothing is taken
		{[]string{"Mr. Biden met with Prime Minister Kishida today.",
			"First Lady Jill Biden and Second Gentleman Hunter Biden hosted a reception."},
			"Biden|Mr.||; Kishida||Prime Minister|"},
	}
	for _, c := range cases {
		r := Extract(titledDoc("Meeting", c.paras...), Options{})
		if got := renderParticipants(r.Participants); got != c.want {
			t.Errorf("%q\n  got  %q\n  want %q", c.paras[0], got, c.want)
		}
	}
}

func TestParticipantsFromStandfirst(t *testing.T) {
	// gov.uk: the standfirst names the Prime Minister the body calls "The
	// Prime Minister".
	doc := titledDoc("PM call with Chancellor Merz of Germany: 6 May 2025",
		"Prime Minister Keir Starmer spoke to Chancellor Friedrich Merz of Germany.",
		"The Prime Minister spoke to Chancellor Friedrich Merz of Germany this evening to congratulate him on his election as Chancellor.")
	x := newReader(doc, Options{})
	x.lead = 3
	x.statement = doc.Blocks[3].Body
	x.rec.Kind = KindTelephoneTalk
	x.extractParticipants()
	want := "Keir Starmer||Prime Minister|; Friedrich Merz||Chancellor|Germany"
	if got := renderParticipants(x.rec.Participants); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	// With the standfirst as the lead, it names both sides itself.
	x = newReader(doc, Options{})
	x.lead = 2
	x.statement = Span{}
	x.rec.Kind = KindTelephoneTalk
	x.extractParticipants()
	if got := renderParticipants(x.rec.Participants); got != want {
		t.Errorf("lead as statement: got %q", got)
	}
}

func TestParticipantsNone(t *testing.T) {
	// kind "other": a statement reports no meeting, so no one took part.
	doc := titledDoc("Statement by the Press Secretary", "Prime Minister Kishida met President Yoon in Seoul today.")
	x := newReader(doc, Options{})
	x.lead = 2
	x.statement = doc.Blocks[2].Body
	x.rec.Kind = KindOther
	x.extractParticipants()
	if len(x.rec.Participants) != 0 {
		t.Errorf("kind other: got %q", renderParticipants(x.rec.Participants))
	}
}

func TestParticipantsEvidence(t *testing.T) {
	doc := phraseDoc("Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Mark Rutte, Secretary General of the North Atlantic Treaty Organization (NATO), on June 24.")
	r := Extract(doc, Options{})
	if len(r.Participants) != 2 {
		t.Fatalf("got %d participants, want 2", len(r.Participants))
	}
	for i, p := range r.Participants {
		for field, v := range map[string]*string{"name": &p.Name, "honorific": p.Honorific, "title": p.Title, "affiliation": p.Affiliation} {
			path := fmt.Sprintf("participants[%d].%s", i+1, field)
			ev, ok := r.Evidence[path]
			if !ok {
				t.Errorf("%s: no evidence", path)
				continue
			}
			if doc.Text[ev.Start:ev.End] != ev.Text || ev.Text != *v {
				t.Errorf("%s: evidence %q at %d:%d, value %q", path, ev.Text, ev.Start, ev.End, *v)
			}
		}
	}
}

func TestSameName(t *testing.T) {
	key := func(s string) []string { return strings.Fields(strings.ToLower(s)) }
	cases := []struct {
		a, b string
		want bool
	}{
		{"blinken", "antony j blinken", true},
		{"iwaya takeshi", "takeshi iwaya", true},
		{"joe biden", "joseph r biden", true},
		{"jill biden", "joe biden", false},
		{"salman hamad al khalifa", "hamad isa al khalifa", false},
		{"tony abbot", "tony abbott", true},      // Indonesian presidency headline and body
		{"wnag yi", "wang yi", true},             // Iranian MFA
		{"sergey lavrov", "sergei lavrov", true}, // Kremlin and wires transliterate apart
		{"ivan ivanov", "ivan petrov", false},
		{"kim jong un", "kim jong il", false},
		{"jon smith", "jan smith", false},
	}
	for _, c := range cases {
		if got := sameName(key(c.a), key(c.b)); got != c.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestParticipantsDebug prints what PDEBUG's phrases ("|||"-separated)
// give; it is a tool, skipped unless PDEBUG is set.
func TestParticipantsDebug(t *testing.T) {
	p := os.Getenv("PDEBUG")
	if p == "" {
		t.Skip("PDEBUG not set")
	}
	for _, s := range strings.Split(p, "|||") {
		r := phraseRecord(s)
		t.Logf("%s %s\n  %s", r.Kind, s, renderParticipants(r.Participants))
	}
}
