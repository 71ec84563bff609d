package main

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/readout/readout/extract"
)

// White House file-name rates: the kind a file name says against the
// record's, and the front-matter date against the record's published date.

// nameKindRe reads the kind a White House file name states: "...-call-with-",
// "...-meeting-with-", "...-virtual-roundtable-...". "call-to-action" is a
// programme's name, not a call.
var nameKindRe = regexp.MustCompile(`-(virtual|video|videoconference|call|calls|phone|conversation|meeting|meetings|meets|met)-`)

// mealWords and remoteWords, in the text a record's kind was read from,
// show that a "meeting" file name's readout is by the record
// specification a working meal or a video conference.
var (
	mealWords   = regexp.MustCompile(`(?i)\b(?:breakfast|lunch|luncheon|dinner)\b`)
	remoteWords = regexp.MustCompile(`(?i)\b(?:virtual|virtually|video|videoconference|teleconference)\b`)
)

// kindRates holds the archive-wide figures.
type kindRates struct {
	files       int
	named       int // files whose name states a kind
	agree       int // record kind equals the file name's
	agreeSpec   int // ... or differs only as the specification requires
	published   int // files with a front-matter date
	publishedOK int
}

// fileKind returns the kind a file name states, or "".
func fileKind(name string) extract.Kind {
	name = strings.ReplaceAll(name, "call-to-action", "")
	m := nameKindRe.FindStringSubmatch(name)
	if m == nil {
		return ""
	}
	switch m[1] {
	case "virtual", "video", "videoconference":
		return extract.KindVideoConference
	case "call", "calls", "phone", "conversation":
		return extract.KindTelephoneTalk
	}
	return extract.KindMeeting
}

// measureKinds counts the rates over the extracted items.
func measureKinds(items []item) kindRates {
	var r kindRates
	for _, it := range items {
		rec := it.rec
		r.files++
		if date, _ := frontMatter(it.raw); date != "" {
			r.published++
			if rec.Published != nil && rec.Published.String() == date {
				r.publishedOK++
			}
		}
		want := fileKind(filepath.Base(it.path))
		if want == "" {
			continue
		}
		r.named++
		if rec.Kind == want {
			r.agree++
			r.agreeSpec++
			continue
		}
		cue := rec.Evidence["kind"].Text
		switch {
		case rec.Kind == extract.KindVideoConference && remoteWords.MatchString(cue),
			rec.Kind == extract.KindWorkingMeal && want == extract.KindMeeting && mealWords.MatchString(cue):
			r.agreeSpec++
		}
	}
	return r
}
