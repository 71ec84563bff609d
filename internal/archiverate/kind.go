package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/pipeline"
)

// Archive-wide rates for issue 6: the kind a file name says against the
// record's, and the front-matter date against the record's published date.

// nameKindRe reads the kind a White House file name states: "...-call-with-",
// "...-meeting-with-", "...-virtual-roundtable-...". "call-to-action" is a
// programme's name, not a call.
var nameKindRe = regexp.MustCompile(`-(virtual|video|videoconference|call|calls|phone|conversation|meeting|meetings|meets|met)-`)

// frontDateRe reads the date of a Markdown file's front matter.
var frontDateRe = regexp.MustCompile(`(?m)^date:\s*'?(\d{4}-\d\d-\d\d)`)

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

// measureKinds extracts every file and counts the rates.
func measureKinds(files []string) (kindRates, error) {
	var r kindRates
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return r, err
		}
		rec, err := pipeline.ExtractBytes(context.Background(), raw, pipeline.Options{Path: f})
		if err != nil {
			return r, err
		}
		r.files++
		if m := frontDateRe.FindSubmatch(raw); m != nil {
			r.published++
			if rec.Published != nil && rec.Published.String() == string(m[1]) {
				r.publishedOK++
			}
		}
		want := fileKind(filepath.Base(f))
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
	return r, nil
}
