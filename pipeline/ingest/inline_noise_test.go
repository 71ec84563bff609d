package ingest

import "testing"

// TestStripGluedAddressesAndImageNames: link furniture, addresses glued to the text and
// image file names go; addresses written as text, and words that merely
// hold an underscore or a dot, stay.
func TestStripGluedAddressesAndImageNames(t *testing.T) {
	for in, want := range map[string]string{
		"The meeting was held via videoconference.https://icons.example.com/images/?id=3Ltz5NE7":                           "The meeting was held via videoconference.",
		"who is on an official visit to Timor-Leste, on July 25th and 26th362918768_124392777383726_8114471416707850662_n": "who is on an official visit to Timor-Leste, on July 25th and 26th",
		"The two ministers met in Riyadh. IMG_2041.JPG":                                                                    "The two ministers met in Riyadh. ",
		"Read the statement (opens in a new window) here.":                                                                 "Read the statement here.",
		"The full text is at https://www.example.gov/statement.":                                                           "The full text is at https://www.example.gov/statement.",
		"The snake_case key and the U.S. Department of State stay.":                                                        "The snake_case key and the U.S. Department of State stay.",
	} {
		if got := stripInlineNoise(in); got != want {
			t.Errorf("stripInlineNoise(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}
