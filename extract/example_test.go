package extract_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/readout/readout/extract"
)

// Extract reads a cleaned document; package pipeline makes one from a raw
// page, and DocBuilder makes one block by block.
func ExampleExtract() {
	var b extract.DocBuilder
	b.Add(extract.Title, "", 0, 0, "Japan-Australia Foreign Ministers' Meeting")
	b.Add(extract.Dateline, "", 0, 0, "March 3, 2025")
	b.Add(extract.Paragraph, "", 0, 0, "On March 3, from 10:30 a.m. for about 45 minutes, "+
		"Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a meeting with "+
		"Senator the Hon. Penny Wong, Minister for Foreign Affairs of Australia, in Tokyo.")
	b.Add(extract.Item, "1.", 1, 0, "The two ministers welcomed the progress in bilateral cooperation.")
	b.SetMeta(extract.Meta{Format: "text"})
	doc := b.Document()

	rec := extract.Extract(doc, extract.Options{})
	fmt.Println(rec.Kind, rec.Date, rec.Time.Start, rec.Duration.Minutes, rec.Duration.Approximate)
	for _, p := range rec.Participants {
		fmt.Printf("%s | %s | %s\n", *p.Honorific, p.Name, *p.Title)
	}
	fmt.Println(*rec.Location.Place)
	// Evidence spans point into doc.Text.
	ev := rec.Evidence["time.start"]
	fmt.Printf("%q = %q\n", ev.Text, doc.Text[ev.Start:ev.End])
	// Output:
	// meeting 2025-03-03 10:30 45 true
	// Mr. | IWAYA Takeshi | Minister for Foreign Affairs of Japan
	// Senator the Hon. | Penny Wong | Minister for Foreign Affairs of Australia
	// Tokyo
	// "10:30 a.m." = "10:30 a.m."
}

// Record carries YAML and JSON tags matching the record schema; Date
// writes itself as YYYY-MM-DD.
func ExampleRecord() {
	d, err := extract.ParseDate("2025-06-24")
	if err != nil {
		log.Fatal(err)
	}
	out, err := json.Marshal(extract.Location{Place: new("The Hague"), Occasion: new("NATO Summit")})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(d, d.Weekday(), d.AddDays(1))
	fmt.Println(string(out))
	// Output:
	// 2025-06-24 Tuesday 2025-06-25
	// {"place":"The Hague","country":null,"occasion":"NATO Summit"}
}
