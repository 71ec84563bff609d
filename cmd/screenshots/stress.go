package main

import (
	"fmt"
	"strings"

	"github.com/readout/readout/extract"
)

// stressParticipants are the people of the stress page: twenty, with
// Japanese names in both orders and scripts, long titles and honorifics.
var stressParticipants = []struct{ honorific, name, title, affiliation string }{
	{"Mr.", "KISHIDA Fumio", "Prime Minister of Japan", "Japan"},
	{"Ms.", "KAMIKAWA Yoko", "Minister for Foreign Affairs of Japan", "Japan"},
	{"Mr.", "MATSUNO Hirokazu", "Chief Cabinet Secretary", ""},
	{"His Majesty", "Haji Hassanal Bolkiah", "Sultan and Yang Di-Pertuan of Brunei Darussalam", "Brunei Darussalam"},
	{"H.E.", "Hun Manet", "Prime Minister of the Kingdom of Cambodia", "Kingdom of Cambodia"},
	{"H.E. Mr.", "Joko Widodo", "President of the Republic of Indonesia", "Republic of Indonesia"},
	{"H.E. Mr.", "Sonexay Siphandone", "Prime Minister of the Lao People's Democratic Republic", "Lao People's Democratic Republic"},
	{"The Honourable", "Anwar Ibrahim", "Prime Minister of Malaysia", "Malaysia"},
	{"H.E. Mr.", "Ferdinand Romualdez Marcos Jr.", "President of the Republic of the Philippines", "Republic of the Philippines"},
	{"H.E. Mr.", "Lee Hsien Loong", "Prime Minister of the Republic of Singapore", "Republic of Singapore"},
	{"H.E. Mr.", "Srettha Thavisin", "Prime Minister of the Kingdom of Thailand", "Kingdom of Thailand"},
	{"H.E. Mr.", "Pham Minh Chinh", "Prime Minister of the Socialist Republic of Viet Nam", "Socialist Republic of Viet Nam"},
	{"H.E. Dr.", "Kao Kim Hourn", "Secretary-General of the Association of Southeast Asian Nations (ASEAN)", "Association of Southeast Asian Nations (ASEAN)"},
	{"H.E. Mr.", "José Ramos-Horta", "President of the Democratic Republic of Timor-Leste (observer)", "Democratic Republic of Timor-Leste"},
	{"Ms.", "Retno Lestari Priansari Marsudi", "Minister for Foreign Affairs of the Republic of Indonesia", "Republic of Indonesia"},
	{"Mr.", "Vivian Balakrishnan", "Minister for Foreign Affairs of the Republic of Singapore", "Republic of Singapore"},
	{"Ms.", "Enrique Manalo", "Secretary of Foreign Affairs of the Republic of the Philippines", "Republic of the Philippines"},
	{"", "岸田 文雄", "内閣総理大臣", ""},
	{"", "上川 陽子", "外務大臣", ""},
	{"", "松野 博一", "内閣官房長官", ""},
}

// stressPage builds the document and record of the stress page: a long
// title, twenty participants, an agenda three levels deep, Japanese text,
// warnings and removed boilerplate. Evidence is found by searching the
// text, as an extractor would record it.
func stressPage() (*extract.Document, *extract.Record, error) {
	var b extract.DocBuilder
	b.SetMeta(extract.Meta{Format: "html", Site: "Ministry of Foreign Affairs of Japan", SourceURL: "https://example.invalid/press/stress.html"})
	title := "Japan-ASEAN Commemorative Summit Meeting for the 50th Year of ASEAN-Japan Friendship and Cooperation: Summit Meeting of the Heads of State and Government and the Adoption of the Joint Vision Statement on Trusted Partners"
	b.Add(extract.Title, "", 0, 0, title)
	b.Add(extract.Dateline, "", 0, 0, "December 17, 2023")
	b.Add(extract.Caption, "", 0, 0, "Prime Minister Kishida chairing the summit meeting (Photo: Cabinet Public Relations Office)")
	var lead strings.Builder
	lead.WriteString("On December 17, from 10:00 a.m. to 11:45 a.m. JST, for about an hour and 45 minutes, ")
	for i, p := range stressParticipants[:17] {
		if i == 1 {
			lead.WriteString(" held a summit meeting with ")
		} else if i > 1 {
			lead.WriteString(", ")
		}
		if i == 16 {
			lead.WriteString("and ")
		}
		if p.honorific != "" {
			lead.WriteString(p.honorific + " ")
		}
		lead.WriteString(p.name + ", " + p.title)
	}
	lead.WriteString(", at the Hotel Okura Tokyo, Tokyo, on the occasion of the ASEAN-Japan Commemorative Summit.")
	b.Add(extract.Paragraph, "", 0, 0, lead.String())
	b.Add(extract.Paragraph, "", 0, 0, "12月17日午前10時から、岸田 文雄内閣総理大臣は、上川 陽子外務大臣及び松野 博一内閣官房長官の同席の下、日ASEAN友好協力50周年特別首脳会議に出席しました。")
	b.Add(extract.Item, "1.", 1, 1, "Overview of the Summit")
	b.Add(extract.Item, "(1)", 1, 2, "Prime Minister Kishida welcomed the leaders and stated that Japan and ASEAN have built trust over fifty years, as heart-to-heart partners.")
	b.Add(extract.Item, "(a)", 1, 3, "Economic co-creation: supply chains, digital transformation and green transformation.")
	b.Add(extract.Item, "(b)", 2, 3, "People-to-people exchange: the next generation, culture and sport.")
	b.Add(extract.Item, "(2)", 2, 2, "The leaders adopted the Joint Vision Statement and its Implementation Plan.")
	b.Add(extract.Paragraph, "", 0, 2, "They also welcomed the upgrade of relations to a Comprehensive Strategic Partnership.")
	b.Add(extract.Item, "2.", 2, 1, "Regional and International Situations")
	b.Add(extract.Item, "(1)", 1, 2, "The leaders exchanged views on the situations in the South China Sea, Myanmar, North Korea including the abductions issue, Ukraine and the Middle East.")
	b.Add(extract.Heading, "", 0, 0, "Related links")
	b.Remove("Back to Japan-ASEAN Relations")
	b.Remove("Share: Facebook · X · LINE")
	b.Remove("Page top")
	doc := b.Document()

	rec := &extract.Record{
		Schema: extract.SchemaVersion, Kind: extract.KindMeeting,
		Source:   extract.Source{Path: "stress/japan-asean-2023.html", Format: "html", SHA256: strings.Repeat("ab", 32), URL: doc.Meta.SourceURL},
		Evidence: map[string]extract.Evidence{},
		Warnings: []string{
			"two clock times are stated for the meeting: 10:00 a.m. JST and 午前10時; the first was kept",
			"the duration \"about an hour and 45 minutes\" agrees with the stated range only to within 0 minutes",
		},
		Captions: []string{},
	}
	var missing []string
	find := func(path, s string, after int) extract.Span {
		i := strings.Index(doc.Text[after:], s)
		if i < 0 {
			missing = append(missing, path)
			return extract.Span{Start: after, End: after}
		}
		sp := extract.Span{Start: after + i, End: after + i + len(s)}
		rec.Evidence[path] = extract.Evidence{Text: s, Start: sp.Start, End: sp.End}
		return sp
	}
	str := func(path, s string, after int) *string {
		find(path, s, after)
		return &s
	}
	rec.Title = str("title", title, 0)
	pub := extract.NewDate(2023, 12, 17)
	rec.Published = &pub
	find("published", "December 17, 2023", 0)
	leadStart := doc.Blocks[3].Body.Start
	rec.Summary = str("summary", lead.String(), 0)
	rec.Date = &pub
	find("date", "December 17", leadStart)
	end, zone := "11:45", "JST"
	rec.Time = &extract.Time{Start: "10:00", End: &end, Zone: &zone}
	find("time.start", "10:00 a.m.", leadStart)
	find("time.end", "11:45 a.m.", leadStart)
	find("time.zone", "JST", leadStart)
	rec.Duration = &extract.Duration{Minutes: 105, Approximate: true, Text: "about an hour and 45 minutes"}
	find("duration.minutes", "about an hour and 45 minutes", leadStart)
	rec.Kind = extract.KindMeeting
	find("kind", "held a summit meeting", leadStart)
	jaStart := doc.Blocks[4].Body.Start
	for i, p := range stressParticipants {
		n := fmt.Sprintf("participants[%d]", i+1)
		from := leadStart
		if i >= 17 {
			from = jaStart
		}
		pt := extract.Participant{Name: p.name}
		at := find(n+".name", p.name, from).End
		if p.honorific != "" {
			pt.Honorific = str(n+".honorific", p.honorific, at-len(p.name)-len(p.honorific)-1)
		}
		if i >= 17 {
			pt.Title = str(n+".title", p.title, at)
		} else {
			pt.Title = str(n+".title", p.title, at)
			if p.affiliation != "" {
				pt.Affiliation = str(n+".affiliation", p.affiliation, rec.Evidence[n+".title"].Start)
			}
		}
		rec.Participants = append(rec.Participants, pt)
	}
	rec.Location = &extract.Location{Place: str("location.place", "Hotel Okura Tokyo", leadStart), Occasion: str("location.occasion", "ASEAN-Japan Commemorative Summit", leadStart)}
	cap0 := doc.Blocks[2].Body
	rec.Captions = append(rec.Captions, cap0.In(doc.Text))
	find("captions[1]", cap0.In(doc.Text), 0)

	text := func(i int) *string { s := doc.Blocks[i].Body.In(doc.Text); return &s }
	item := func(path string, num, block int, heading bool) extract.AgendaItem {
		it := extract.AgendaItem{Number: num}
		body := doc.Blocks[block].Body
		rec.Evidence[path] = extract.Evidence{Text: body.In(doc.Text), Start: body.Start, End: body.End}
		if heading {
			it.Heading = text(block)
			rec.Evidence[path+".heading"] = rec.Evidence[path]
		} else {
			it.Text = text(block)
			rec.Evidence[path+".text"] = rec.Evidence[path]
		}
		return it
	}
	a1 := item("agenda[1]", 1, 5, true)
	a11 := item("agenda[1].points[1]", 1, 6, false)
	a11.Points = []extract.AgendaItem{item("agenda[1].points[1].points[1]", 1, 7, false), item("agenda[1].points[1].points[2]", 2, 8, false)}
	a12 := item("agenda[1].points[2]", 2, 9, false)
	both := doc.Blocks[9].Body.Cover(doc.Blocks[10].Body)
	joined := *a12.Text + " " + doc.Blocks[10].Body.In(doc.Text)
	a12.Text = &joined
	rec.Evidence["agenda[1].points[2].text"] = extract.Evidence{Text: both.In(doc.Text), Start: both.Start, End: both.End}
	a1.Points = []extract.AgendaItem{a11, a12}
	a2 := item("agenda[2]", 2, 11, true)
	a2.Points = []extract.AgendaItem{item("agenda[2].points[1]", 1, 12, false)}
	rec.Agenda = []extract.AgendaItem{a1, a2}
	if len(missing) > 0 {
		return nil, nil, fmt.Errorf("stress page: no text for %s", strings.Join(missing, ", "))
	}
	return doc, rec, nil
}
