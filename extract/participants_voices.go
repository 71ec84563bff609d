package extract

import (
	"strings"

	"github.com/readout/readout/internal/fastre"
)

// Officials who speak in the encounter: a readout's body often reports
// what a titled official said in the meeting ("Chief Officer for North
// America Roberto Velasco added that ...", "María de Haas, Director
// General of Special Affairs, discussed the progress made ..."); such an
// official took part. A spokesperson, who only reports, does not.

// speechVerbList holds the past-tense verbs with which a readout reports
// what someone said in the encounter.
const speechVerbList = `said added noted stressed emphasized emphasised underlined underscored
highlighted explained discussed briefed informed presented outlined expressed reiterated
reaffirmed shared pointed`

var speechVerbs = newLexicon(speechVerbList)

// speechVerbKeys are the verbs as they stand in a lower-cased paragraph:
// a paragraph holding none is not read further.
var speechVerbKeys = func() *fastre.Set {
	var out []string
	for _, v := range strings.Fields(speechVerbList) {
		out = append(out, " "+v+" ")
	}
	return fastre.NewSet(out)
}()

// speechVerbWords are the verbs alone, for a sentence's test before it is
// tokenized: the verb may stand before a comma or at a line's end.
var speechVerbWords = fastre.NewSet(strings.Fields(speechVerbList))

// speakerReach is how far into a sentence its speech verb may stand: an
// official's title and name before it ("Deputy Prime Minister and
// Minister of Foreign Affairs ... Demeke Mekonnen stressed") fit.
const speakerReach = 240

// elsewhereWords, right after a speech verb, say the words were spoken
// somewhere other than the encounter: "said in a statement", "told
// reporters", "said on Twitter", "said last week".
var elsewhereWords = newLexicon(`in on at to earlier last previously yesterday recently later afterwards after`)

// speakingOfficials returns the officials named with a title who open a
// sentence of the lead paragraph or the paragraphs after it as the subject
// of a speech verb: "Chief Officer for North America Roberto Velasco
// added that ...". A sentence opening on another time, or a verb followed
// by another place or time ("said in a statement", "said last week"),
// gives none.
func (x *reader) speakingOfficials(stmt Span) []mention {
	if x.lead < 0 {
		return nil
	}
	var out []mention
	for _, b := range x.leadOnward() {
		if !speechVerbKeys.In(b.Body.In(x.lower)) {
			continue
		}
		for _, s := range x.sentences(x.window(b.Body)) {
			if s.Start < stmt.End && stmt.Start < s.End {
				continue
			}
			// the verb follows the opening official: near the start
			if o := (Span{s.Start, min(s.End, s.Start+speakerReach)}); !speechVerbWords.In(o.In(x.lower)) {
				continue
			}
			if m, ok := speakerOpening(x.words(s)); ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// speakerOpening returns the titled official the sentence ws opens with,
// when a speech verb follows them.
func speakerOpening(ws []word) (mention, bool) {
	if len(ws) < 4 || !ws[0].cap || backgroundOpening(ws) {
		return mention{}, false
	}
	m, end, ok := mentionAt(ws, 0, false)
	if !ok || m.unnamed || m.excluded || m.title.Len() == 0 || len(m.key) == 0 {
		return mention{}, false
	}
	k := end
	if k < len(ws) && ws[k].text == "," {
		k++
	}
	if k < len(ws) && ws[k].is("also") {
		k++
	}
	if k+1 >= len(ws) || !speechVerbs[ws[k].norm] || elsewhereWords[ws[k+1].norm] {
		return mention{}, false
	}
	if ws[k].is("pointed") && !ws[k+1].is("out") {
		return mention{}, false
	}
	for _, w := range ws[k+1:] {
		if personalPronouns[w.norm] {
			// a speech's own words ("President Erdogan said that you were
			// coming to Moscow", Kremlin): someone it tells of
			return mention{}, false
		}
	}
	return m, true
}

// personalPronouns are the first- and second-person words of a speech.
var personalPronouns = newLexicon(`i me my we us our you your`)
