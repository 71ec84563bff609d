package ingest

import (
	"testing"

	"github.com/readout/readout/extract"
)

func TestUnclosedHeading(t *testing.T) {
	page := `<html><body><h1>Japan-Brazil Foreign Ministers' Meeting<p class="date">May 6, 2024<p>On May 6, Ms. KAMIKAWA Yoko held a meeting with H.E. Mr. Mauro Vieira.<ol><li>The two ministers discussed trade.</ol></body></html>`
	doc, err := HTML([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := map[extract.BlockKind]string{
		extract.Title:     "Japan-Brazil Foreign Ministers' Meeting",
		extract.Paragraph: "On May 6, Ms. KAMIKAWA Yoko held a meeting with H.E. Mr. Mauro Vieira.",
		extract.Item:      "The two ministers discussed trade.",
	}
	got := map[extract.BlockKind]string{}
	for _, b := range doc.Blocks {
		if _, seen := got[b.Kind]; !seen {
			got[b.Kind] = doc.BodyText(b)
		}
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: got %q, want %q", k, got[k], w)
		}
	}
}
