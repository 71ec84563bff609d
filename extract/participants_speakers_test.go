package extract

import (
	"strings"
	"testing"
)

// The speakers corpus: a paragraph opening a turn of a transcript (or,
// joined into one paragraph, several turns), and the speakers its labels
// name, as "name|title" joined by "; ". Labels as the Kremlin
// (en.kremlin.ru), the Australian Prime Minister's transcripts
// (pmtranscripts.pmc.gov.au), the White House, the State Department and
// GOV.UK write them.
func init() {
	register("participants/speakers", corpus{
		probe: func(phrase string) (string, bool) {
			x := newReader(phraseDoc(phrase), Options{})
			var got []string
			for _, b := range x.doc.Blocks {
				if b.Kind != Paragraph {
					continue
				}
				for _, t := range x.labelsIn(b.Body) {
					if t.named {
						got = append(got, t.m.name.In(x.text)+"|"+t.m.title.In(x.text))
					}
				}
			}
			return strings.Join(got, "; "), len(got) > 0
		},
		examples: []example{
			{"Vladimir Putin|President of Russia", []string{
				"President of Russia Vladimir Putin: Mr President, I want to cordially welcome you to Moscow.",
				"President of Russia Vladimir Putin (retranslated): Mr President, friends,",
			}},
			{"Alexander Tkachev|Agriculture Minister", []string{
				"Agriculture Minister Alexander Tkachev: Yes, of course. Thank you, Mr President.",
			}},
			{"Vladimir Putin|", []string{
				"Vladimir Putin: I know that you were hoping for more.",
			}},
			{"Xi Jinping|President of the People’s Republic of China", []string{
				"President of the People’s Republic of China Xi Jinping (retranslated): Mr President, it is likewise a great pleasure for me.",
			}},
			{"ABBOTT|PRIME MINISTER", []string{"PRIME MINISTER ABBOTT:"}},
			{"KIKWETE|PRESIDENT", []string{"PRESIDENT KIKWETE: Prime Minister, I entirely agree with you."}},
			{"RIVLIN|PRESIDENT OF THE STATE OF ISRAEL", []string{"HIS EXCELLENCY MR RIVLIN, PRESIDENT OF THE STATE OF ISRAEL: Thank you, Prime Minister."}},
			{"HODGMAN|PREMIER", []string{"PREMIER HODGMAN: Thanks, Prime Minister."}},
			{"BLINKEN|SECRETARY", []string{"SECRETARY BLINKEN: Good afternoon, everyone."}},
			{"Keir Starmer|Prime Minister", []string{"Prime Minister Keir Starmer: Thank you, Chancellor, for joining me today."}},
			{"Joseph R. Biden|President", []string{"President Joseph R. Biden: Well, thank you very much."}},
			// a transcript whose paragraphs were joined into one
			{"Vladimir Putin|President of Russia; Sauli Niinistö|President of Finland", []string{
				"The President of Russia received President of Finland Sauli Niinistö in the Kremlin. President of Russia Vladimir Putin: Mr President, welcome to Moscow. President of Finland Sauli Niinistö: Thank you, Mr President.",
			}},
		},
		negatives: []string{
			// the press, the chair, an interpreter, furniture
			"Question: Mr President, what did you discuss?",
			"QUESTION: Prime Minister, will you raise the tariffs?",
			"JOURNALIST: Prime Minister, just on the budget",
			"Moderator: Thank you. Next question.",
			"MODERATOR: Our next question comes from the line of Jane Doe.",
			"Note: the Prime Minister spoke in French.",
			"FOR PRESS: Media Office 02 6277 7744",
			"BACKGROUND NOTE: The two leaders last met in 2015.",
			"Drukuj Print Share:",
			"Media contact: press@example.org",
			"Attachment B: Terms of reference of the Council",
			// a title alone names no one
			"PRIME MINISTER OF NEW ZEALAND: Thank you, Malcolm.",
			"PRIME MINISTER: Thanks very much.",
			"The President: Thank you all for coming.",
			// prose with a colon is no turn
			"Vladimir Putin said: “We have a good agenda.”",
			"The two leaders agreed on the following: trade, energy and security.",
			"Participants included: Governor Jane Smith and Mayor John Doe.",
			"The meeting began at 10:30 in the Kremlin.",
			"Vladimir Putin: 10:30, the Kremlin.",
			"Following the talks, President Putin noted: the relations are good.",
		},
	})
}

// TestSpeakersAreParticipants: the people speaking in the transcript of a
// meeting took part in it, the host named only in his label; a reporter's
// question and a lone label are not a transcript's turns.
func TestSpeakersAreParticipants(t *testing.T) {
	cases := []struct {
		title string
		paras []string
		want  string
	}{
		{"Meeting with Agriculture Minister Alexander Tkachev", []string{
			"Mr Tkachev briefed the President on preparations for spring sowing campaign.",
			"President of Russia Vladimir Putin: Mr Tkachev, we are nearly in the middle of March.",
			"Agriculture Minister Alexander Tkachev: Yes, of course.",
			"Vladimir Putin: I know that you were hoping for more.",
			"Question: Mr President, a question on prices.",
		}, "Alexander Tkachev|Mr|Agriculture Minister|; Vladimir Putin||President of Russia|Russia"},
		{"Remarks at meeting with His Excellency Dr Jakaya Kikwete, President of the United Republic of Tanzania", []string{
			"PRIME MINISTER ABBOTT:",
			"Mr President, it’s terrific to have you back here in Australia for your second visit as President.",
			"PRESIDENT KIKWETE:",
			"Prime Minister, I entirely agree with you.",
			"JOURNALIST:",
			"Prime Minister, on the budget?",
		}, "Jakaya Kikwete|His Excellency Dr|President of the United Republic of Tanzania|United Republic of Tanzania; ABBOTT||PRIME MINISTER|"},
		// one label is no transcript: a quotation's attribution, furniture
		{"Meeting with Prime Minister Jane Doe of Ruritania", []string{
			"President Max Mustermann met with Prime Minister Jane Doe of Ruritania.",
			"Drukuj Print Share: Facebook",
		}, "Max Mustermann||President|; Jane Doe||Prime Minister|Ruritania"},
	}
	for _, c := range cases {
		r := Extract(titledDoc(c.title, c.paras...), Options{})
		if got := renderParticipants(r.Participants); got != c.want {
			t.Errorf("%s\n  got  %q\n  want %q", c.title, got, c.want)
		}
	}
}

// TestTranscriptIsNoLead: the lead is read in the readout before a
// transcript, never in a speaker's words after it.
func TestTranscriptIsNoLead(t *testing.T) {
	doc := titledDoc("Meeting with Constitutional Court judges",
		"On Constitution Day, Vladimir Putin held a meeting with Constitutional Court judges.",
		"President of Russia Vladimir Putin: We have a tradition of meeting on this day, and we met today.",
		"Chairman of the Constitutional Court Valery Zorkin: Thank you, Mr President.")
	r := Extract(doc, Options{})
	if r.Summary == nil || !strings.HasPrefix(*r.Summary, "On Constitution Day") {
		t.Errorf("summary %v, want the readout's lead", r.Summary)
	}
}

// TestLeadNotAnotherEventsDate: a dated paragraph reporting an encounter
// of another kind than the first paragraph's dates another event, and is
// not the lead; one of the same kind restates the first and dates it (a
// standfirst, then the lead).
func TestLeadNotAnotherEventsDate(t *testing.T) {
	cases := []struct {
		paras []string
		want  string
	}{
		{[]string{
			"Vladimir Putin had a telephone conversation with President of the Republic of Belarus Alexander Lukashenko.",
			"The two leaders discussed bilateral issues in follow-up to the Russian-Belarusian talks held at the highest level on April 12.",
		}, "Vladimir Putin had"},
		{[]string{
			"Prime Minister Jane Doe spoke with President Max Mustermann of Ruritania.",
			"As a follow-up to the meeting held on May 9 in Lisbon, the leaders reviewed the trade agreement.",
		}, "Prime Minister Jane Doe spoke"},
		{[]string{
			"Prime Minister Keir Starmer spoke to Chancellor Friedrich Merz of Germany.",
			"The Prime Minister spoke to Chancellor Friedrich Merz of Germany this evening to congratulate him on his election.",
		}, "The Prime Minister spoke"},
	}
	for _, c := range cases {
		r := Extract(titledDoc("Readout", c.paras...), Options{})
		if r.Summary == nil || !strings.HasPrefix(*r.Summary, c.want) {
			t.Errorf("summary %v, want %q...", r.Summary, c.want)
		}
	}
}

// TestBareSubjectPredicates: a bare name is the subject of the report
// across an adverb or a modal before the verb, and the first of two
// subjects across the other's title and name (attach.go subjectSlot and
// pluralSubjectSlot), as the Kremlin and the President of Ukraine write
// them.
func TestBareSubjectPredicates(t *testing.T) {
	cases := []struct{ title, body, want string }{
		{"Telephone conversation with President of Kyrgyzstan Sooronbay Jeenbekov",
			"During the conversation, Vladimir Putin warmly congratulated President of the Kyrgyz Republic Sooronbay Jeenbekov on his birthday.",
			"Vladimir Putin; Sooronbay Jeenbekov"},
		{"Telephone conversation with President of France Emmanuel Macron",
			"Vladimir Putin and President of the French Republic Emmanuel Macron had a telephone conversation at the initiative of the French side.",
			"Vladimir Putin; Emmanuel Macron"},
		{"Telephone conversation with Emir of Qatar Tamim bin Hamad Al Thani",
			"During the telephone conversation, Vladimir Putin and Emir of Qatar Tamim bin Hamad Al Thani had a thorough exchange of opinions.",
			"Vladimir Putin; Tamim bin Hamad Al Thani"},
		{"Meeting with the Prime Minister of Poland",
			"Andriy Yermak will hold talks with Prime Minister of Poland Mateusz Morawiecki in Warsaw.",
			"Andriy Yermak; Mateusz Morawiecki"},
	}
	for _, c := range cases {
		r := Extract(titledDoc(c.title, c.body), Options{})
		var got []string
		for _, p := range r.Participants {
			got = append(got, p.Name)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s\n  got  %q\n  want %q", c.body, g, c.want)
		}
	}
}
