package extract

import "strings"

// The encounter's CAMEO event code, from the "consult" family (04x), seen
// from the side of the government that published the readout: the country
// of the source address's domain (PublisherCountry: ".jp", ".ru",
// ".gov.uk", ".gov"), or, for a publisher on a generic domain (a wire
// service's .com), the first participant's country_code.
//
//	041  discuss by telephone: a telephone talk, and a video conference
//	     (CAMEO has no code of its own for one: like a call, it is a
//	     discussion at a distance in which no one travels)
//	042  make a visit: met in the country of another participant
//	043  host a visit: met in the first participant's own country
//	044  meet at a third location: met in a country of no participant,
//	     as at a summit abroad
//	040  consult, not specified: an encounter in person whose country, or
//	     whose participants' countries, the readout leaves unclear, and
//	     one with no participant known to be from another country than
//	     the publisher's (it may be a domestic one)
//
// A multilateral meeting takes the same rule, with every other
// participant's country as a counterpart's: hosting one is 043, attending
// it abroad in a member's country 042, elsewhere 044. An international
// organization's official (org_code) is a counterpart who hosts nowhere:
// meeting NATO's Secretary General in Brussels is 044. A release that
// reports no encounter (kind "other") has no code.

// CAMEO event codes the records use.
const (
	CAMEOConsult   = "040"
	CAMEOTelephone = "041"
	CAMEOVisit     = "042"
	CAMEOHost      = "043"
	CAMEOThird     = "044"
)

// cameoRules names the rule behind each code, for evidence.
var cameoRules = map[string]string{
	CAMEOConsult:   "cameo/consult",
	CAMEOTelephone: "cameo/at-a-distance",
	CAMEOVisit:     "cameo/visit",
	CAMEOHost:      "cameo/host",
	CAMEOThird:     "cameo/third-location",
}

// CAMEOCode returns rec's CAMEO event code by the rule above, or "" for a
// record of kind other. It reads kind, location, source.url and
// participants' country codes.
func CAMEOCode(rec *Record) string { return cameoCode(rec, rec.Source.URL) }

// cameoCode is CAMEOCode with the publisher's address given apart: during
// extraction the record's source is not filled yet.
func cameoCode(rec *Record, url string) string {
	switch rec.Kind {
	case KindOther, "":
		return ""
	case KindTelephoneTalk, KindVideoConference:
		return CAMEOTelephone
	}
	where := ""
	if l := rec.Location; l != nil {
		if l.Country != nil {
			where = CountryCode(*l.Country)
		}
		if where == "" && l.Place != nil {
			where = CountryCode(*l.Place)
			// "the Iranian Embassy in Muscat": the city says the country
			if i := strings.LastIndex(*l.Place, " in "); where == "" && i >= 0 {
				where = CountryCode((*l.Place)[i+4:])
			}
		}
	}
	if where == "" {
		return CAMEOConsult
	}
	source := PublisherCountry(url)
	if source == "" && len(rec.Participants) > 0 && rec.Participants[0].CountryCode != nil {
		source = *rec.Participants[0].CountryCode
	}
	if source == "" {
		return CAMEOConsult
	}
	// The counterparts: participants from another country than the
	// publisher's. With none known the encounter may be a domestic one,
	// which no 04x code but 040 describes.
	visitor, host := false, false
	for _, p := range rec.Participants {
		switch {
		case p.CountryCode != nil && *p.CountryCode != source:
			visitor = true
			host = host || *p.CountryCode == where
		case p.CountryCode == nil && p.OrgCode != nil:
			// An international organization's official is a counterpart
			// from no country: never the host.
			visitor = true
		}
	}
	switch {
	case !visitor:
		return CAMEOConsult
	case source == where:
		return CAMEOHost
	case host:
		return CAMEOVisit
	}
	return CAMEOThird
}

// extractCAMEO sets the record's cameo code, with the kind's evidence.
func (x *reader) extractCAMEO() {
	c := cameoCode(x.rec, x.doc.Meta.SourceURL)
	if c == "" {
		return
	}
	x.rec.CAMEO = &c
	x.setRule("cameo", evidenceSpan(x.rec.Evidence["kind"]), cameoRules[c])
}
