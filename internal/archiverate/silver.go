package main

import (
	"regexp"
	"strings"

	"github.com/readout/readout/extract"
	"gopkg.in/yaml.v3"
)

// Archive-wide silver rates: labels read from each item's own front
// matter, the same rules as the contributors' scorer
// (shared/eval/silver.py), so that the two agree. The title's wording gives
// a readout's kind; a title naming a titled counterpart says the readout
// names two or more people.

var (
	videoTitle = regexp.MustCompile(`video ?(conference|call|link|linkup)|videoconference|virtual (meeting|summit)|via video`)
	phoneTitle = regexp.MustCompile(`telephone|\bphone\b|phone call|\bcalls? (with|to)\b`)
	meetTitle  = regexp.MustCompile(`\bmeeting with|\btalks with|\bmet with|\bmeets\b|\bmeeting of\b`)
	// announceTitle: a title that announces an encounter ("Vladimir Putin
	// will hold talks with ...", "Prime Minister to visit Jakarta") states
	// no kind: the specification makes such a record other.
	announceTitle = regexp.MustCompile(`\bwill\b|\bto (?:hold|meet|visit|travel)\b`)

	// counterpartTitle: "with [up to four words] <head title> [of X]
	// <Capitalised Name>".
	counterpartTitle = regexp.MustCompile(`\bwith (the )?([A-Z][\p{L}\p{N}_'-]* ){0,4}(President|Prime Minister|Chancellor|King|Queen|Emir|Amir|Crown Prince|Sultan|Secretary[- ]General|Secretary|Minister|Premier|Chairman|Governor|Director[- ]General|Pope|Emperor)\b[^,;:]*? [A-Z][a-z]+ [A-Z][\p{L}\p{N}_-]+`)
)

// frontMatter returns the release date (date, else published_time) and
// the title of a Markdown item's front matter ("" where absent).
func frontMatter(raw []byte) (date, title string) {
	text := string(raw)
	if !strings.HasPrefix(text, "---") {
		return "", ""
	}
	end := strings.Index(text[3:], "\n---")
	if end < 0 {
		return "", ""
	}
	var fm struct {
		Date      string `yaml:"date"`
		Published string `yaml:"published_time"`
		Title     string `yaml:"title"`
	}
	if yaml.Unmarshal([]byte(text[3:3+end]), &fm) != nil {
		return "", ""
	}
	date = fm.Date
	if date == "" {
		date = fm.Published
	}
	if len(date) > 10 {
		date = date[:10]
	}
	return date, fm.Title
}

// titleKind is the kind a title's wording states, or "" ("Conversation
// with ..." alone is a call on some sites and a meeting on others: not
// labelled).
func titleKind(title string) extract.Kind {
	t := strings.ToLower(title)
	switch {
	case announceTitle.MatchString(t):
		return ""
	case videoTitle.MatchString(t):
		return extract.KindVideoConference
	case phoneTitle.MatchString(t) && !strings.Contains(t, "call-in"):
		return extract.KindTelephoneTalk
	case meetTitle.MatchString(t):
		return extract.KindMeeting
	}
	return ""
}

// silver holds one archive's silver rates.
type silver struct {
	records     int
	dated       int // items with a front-matter date
	publishedOK int // ... equal to the record's published
	titled      int // items whose title states a kind
	kindOK      int // ... agreed with by the record's kind
	notOther    int // ... whose record reports an encounter
	named       int // titled items whose title names a titled counterpart
	twoPlus     int // ... whose record names two or more participants
	dateFound   int // titled items whose record has an event date
	// misses lists, for -v, the items that failed a rate.
	misses []string
}

// add counts one item: its raw bytes and its record.
func (s *silver) add(name string, raw []byte, rec *extract.Record) {
	s.records++
	date, title := frontMatter(raw)
	if date != "" {
		s.dated++
		if rec.Published != nil && rec.Published.String() == date {
			s.publishedOK++
		} else {
			s.misses = append(s.misses, "published: "+name)
		}
	}
	k := titleKind(title)
	if k == "" {
		return
	}
	s.titled++
	// A meeting the title names may have been held by video ("Meeting
	// with Government members", 2020-22).
	if rec.Kind == k || k == extract.KindMeeting && rec.Kind == extract.KindVideoConference {
		s.kindOK++
	} else {
		s.misses = append(s.misses, "kind: "+name+": title says "+string(k)+", record "+string(rec.Kind))
	}
	if rec.Kind != extract.KindOther {
		s.notOther++
	}
	if counterpartTitle.MatchString(title) {
		s.named++
		if len(rec.Participants) >= 2 {
			s.twoPlus++
		} else {
			s.misses = append(s.misses, "participants: "+name+": "+participantNames(rec))
		}
	}
	if rec.Date != nil {
		s.dateFound++
	}
}

// participantNames lists a record's participants for a miss line.
func participantNames(rec *extract.Record) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, p := range rec.Participants {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.Name)
	}
	b.WriteByte(']')
	return b.String()
}

// share is n of d as a fraction (1 when d is 0: nothing to miss).
func share(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}
