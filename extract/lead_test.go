package extract

import "strings"

// The lead's corpus: documents (paragraphs separated by a blank line)
// grouped by the paragraph that must be taken as the lead, the one that
// states the encounter.

// paragraphsDoc returns a document holding a dateline of refDate and the
// paragraphs of text, separated by blank lines.
func paragraphsDoc(text string) *Document {
	var b DocBuilder
	b.SetMeta(Meta{Format: "text"})
	b.Add(Dateline, "", 0, 0, refDate.Time().Format("January 2, 2006"))
	for _, p := range strings.Split(text, "\n\n") {
		b.Add(Paragraph, "", 0, 0, p)
	}
	return b.Document()
}

func init() {
	register("lead", corpus{
		probe: func(p string) (string, bool) {
			r := Extract(paragraphsDoc(p), Options{})
			if r.Summary == nil {
				return "", false
			}
			return *r.Summary, true
		},
		examples: []example{
			// a first paragraph that frames the encounter with its sides and
			// dates it, though no verb reports it (US Commerce, Iceland MFA,
			// the White House)
			{"On June 3, 2019, Secretary of Commerce Wilbur Ross released the following statement following his meeting with Mexico's Secretary of Economy Graciela Márquez Colín at the U.S. Department of Commerce in Washington, D.C.:", []string{
				"On June 3, 2019, Secretary of Commerce Wilbur Ross released the following statement following his meeting with Mexico's Secretary of Economy Graciela Márquez Colín at the U.S. Department of Commerce in Washington, D.C.:\n\nToday, I met with Mexico’s Minister of Economy, Graciela Marquez, to discuss bilateral trade.",
			}},
			{"Trade, bilateral relations and human rights were the main topics at the meeting of Gudlaugur Thór Thórdarson, the Minister for Foreign Affairs, and Russian Foreign Minister Sergei Lavrov today in Harpa.", []string{
				"Trade, bilateral relations and human rights were the main topics at the meeting of Gudlaugur Thór Thórdarson, the Minister for Foreign Affairs, and Russian Foreign Minister Sergei Lavrov today in Harpa.\n\nForeign Minister Lavrov arrived in Iceland yesterday to attend the ministerial meeting of the Arctic Council held in Reykjavík this morning.",
			}},
			{"Senior Advisor Tom Perez travelled to the Dominican Republic January 8-10. During their meeting with President Abinader, Senior Advisor Perez reiterated the United States’ commitment to regional economic cooperation.", []string{
				"Senior Advisor Tom Perez travelled to the Dominican Republic January 8-10. During their meeting with President Abinader, Senior Advisor Perez reiterated the United States’ commitment to regional economic cooperation.\n\nSenior Advisor Perez also visited one of the forty Dominican clinics.",
			}},
			// a later paragraph looking back at another encounter, dated,
			// is no lead (President of Russia)
			{"Vladimir Putin had a telephone conversation with Federal Chancellor of the Republic of Austria Sebastian Kurz.", []string{
				"Vladimir Putin had a telephone conversation with Federal Chancellor of the Republic of Austria Sebastian Kurz.\n\nOther topics of discussion included implementation of the agreements reached during the talks between Vladimir Putin and Sebastian Kurz on February 28 in Moscow.",
			}},
			// a verb that reports the encounter wins over a frame in a
			// paragraph that is not the first (Indonesia Cabinet Secretariat)
			{"Prime Minister (PM) Tony Abbott met President Jokowi on Monday for 30 minutes.", []string{
				"Prime Minister (PM) Tony Abbott met President Jokowi on Monday for 30 minutes.\n\nIn the meeting with President Jokowi on Monday, PM Najib congratulated President Jokowi.",
			}},
		},
	})
}
