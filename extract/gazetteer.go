package extract

// Place is a gazetteer entry: a city, venue or country a readout names.
type Place struct {
	// Name is the entry's name as listed.
	Name string
	// Kind is "city", "venue" or "country".
	Kind string
	// Country is the country the place is in (its own name for a country).
	Country string
	// TZ is the IANA time zone of the place (a country's usual zone).
	TZ string
}

// LookupPlace finds name (a city, venue, country or demonym, matched without
// regard to case and a leading "the") in the embedded gazetteer.
// (stub: being written)
func LookupPlace(name string) (Place, bool) { return Place{}, false }
