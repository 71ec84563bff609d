package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/readout/readout/internal/fastre"
)

// This file says which lines are photo captions, which both ingests set
// apart from the body.

// Word lists the caption rules are built from.
var (
	captionPrefixes = []string{"photograph of", "photo of", "photos of", "picture of", "image of", "photo:", "photo :", "group photo", "family photo", "commemorative photo", "photo session"}
	// ingNouns end in -ing but are not participles: "Summit meeting".
	ingNouns = wordSet("meeting", "meetings", "briefing", "briefings", "building", "buildings", "morning", "evening",
		"during", "thing", "things", "nothing", "something", "anything", "everything", "spring", "string", "king",
		"ring", "wedding", "hearing", "hearings", "funding", "beijing", "nanjing", "chongqing", "kunming", "bring",
		"sing", "sibling", "ceiling", "offering", "understanding", "gathering", "signing", "opening", "closing",
		"setting", "training", "dialogue", "pudding", "proceeding", "proceedings", "ruling", "swearing", "landing",
		"wellbeing", "being", "following", "including", "regarding", "concerning", "according", "notwithstanding")
	// captionFunctionWords are the lower-case words a caption made of names
	// and titles may hold ("X and Y of the Z").
	captionFunctionWords = wordSet("and", "of", "the", "for", "with", "at", "in", "on", "to", "de", "del", "la", "le", "van", "von", "bin", "al", "el", "&")
)

// captionPrefix matches a line that says it is a photo.
var captionPrefix = fastre.MustCompile(`(?i)^[\s(（\[]*` + alternation(captionPrefixes...))

// captionRules are the named tests isCaptionLine applies, in order.
var captionRules = []lineRule{
	{name: "photo-prefix", match: captionPrefix.MatchString},
	{name: "participle-scene", match: isParticipleScene},
	{name: "name-list", match: isNameList},
}

// maxCaptionWords is the most words a caption line may have.
const maxCaptionWords = 30

// isCaptionLine reports whether a cleaned line reads as a photo caption:
// it says it is a photo ("Photograph of ..."), it describes a scene with a
// participle and no finite verb ("Foreign Minister Iwaya shaking hands
// with ..."), or it is only names and titles closed by a full stop ("NATO
// Secretary General X and Prime Minister of Y, Z."). It is conservative:
// a line that could be a sentence or a heading is not a caption.
func isCaptionLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > maxFurnitureLine || len(strings.Fields(line)) > maxCaptionWords {
		return false
	}
	for _, r := range captionRules {
		if r.match(line) {
			return true
		}
	}
	return false
}

// isParticipleScene reports whether line, not ending as a sentence, has a
// capitalised word directly followed by a lower-case -ing participle
// ("Iwaya shaking hands", "Rutte holding a meeting").
func isParticipleScene(line string) bool {
	if endsSentence(line) || strings.HasSuffix(line, ":") {
		return false
	}
	words := strings.Fields(line)
	for i := 1; i < len(words); i++ {
		w := strings.TrimRight(words[i], ",;")
		if len(w) < 5 || !strings.HasSuffix(w, "ing") || ingNouns[w] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(words[i-1]); unicode.IsUpper(r) && !strings.HasSuffix(words[i-1], ",") {
			return true
		}
	}
	return false
}

// isNameList reports whether line is a list of names and titles ending in
// a full stop: every lower-case word is a function word, and it joins at
// least two parts ("X and Y", "X, Y").
func isNameList(line string) bool {
	if !strings.HasSuffix(line, ".") || strings.HasSuffix(line, "..") {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(line, "."))
	if len(words) < 5 {
		return false
	}
	joined := false
	for _, w := range words {
		w = strings.Trim(w, ",;:()“”\"'’")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			if !captionFunctionWords[w] {
				return false
			}
			joined = joined || w == "and"
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && w != "&" {
			return false
		}
	}
	return joined || strings.Contains(line, ", ")
}
