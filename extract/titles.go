package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the vocabulary of official positions: the words a title
// is made of ("Minister", "Prime", "Foreign", "Affairs") and the rules that
// tell a title word from a name word. Lists are written once as word lists
// and turned into sets at package initialisation.

// lexicon is a set of lower-case words.
type lexicon map[string]bool

// newLexicon builds a set from a space-separated word list.
func newLexicon(lists ...string) lexicon {
	s := lexicon{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			s[w] = true
		}
	}
	return s
}

// titleHeadList names the positions a title is built around: the word a
// pre-name title ends with ("French Foreign Minister", "Secretary of State")
// and a post-name title starts from.
const titleHeadList = `president minister secretary chancellor king queen emperor empress
emir amir sultan prince princess duke duchess premier taoiseach tánaiste tanaiste
governor ambassador envoy representative commissioner director administrator
chair chairman chairwoman chairperson speaker senator congressman congresswoman
leader mayor pope advisor adviser counselor counsellor coordinator head chief
commander general admiral spokesperson spokesman spokeswoman attorney
secretary-general director-general governor-general vice-president vice-minister
vice-chairman vice-chair vice-premier president-elect administrator-general
chargé rapporteur ceo czar marshal cardinal archbishop patriarch
sherpa assistant member officer official economist liaison counsel lady gentleman
councilor councillor undersecretary under-secretary minister-president
chairman-in-office chairperson-in-office chair-in-office mufti rabbi imam editor
physician coach justice`

// abbrevHeadList holds heads written as abbreviations; they are heads
// only with their dot ("Sen. Warner", not "Hun Sen").
const abbrevHeadList = `sen rep gov amb gen adm`

// capsHeadList holds heads written as capital initials in headlines ("PM
// Zaev Speaks on Phone with Bulgarian PM Borissov", "Vice FM receives ...");
// they are heads only in capitals and not after a number ("5 PM").
const capsHeadList = `pm fm dpm`

// titleModifierList holds words that qualify a head inside a title ("Prime",
// "Deputy", "Acting") without being one.
const titleModifierList = `prime vice deputy senior chief crown first federal grand special high
permanent acting coordinating executive managing parliamentary under assistant
principal supreme lord interim honorary resident royal presidential lieutenant
elect designate co associate state national cabinet apostolic ranking majority
minority lead chief-of-staff united major colonel brigadier captain
sergeant rear extraordinary plenipotentiary second personal caretaker`

// postHeadModifierList holds words that qualify a head written after it
// ("Ambassador Extraordinary and Plenipotentiary of Sweden", Kremlin,
// President of Ukraine, Barbados GIS, Japan MOFA).
const postHeadModifierList = `extraordinary plenipotentiary`

// inPlaceHeadList holds the heads whose post is "in" a country, as the
// United Nations system writes its country posts ("UNHCR Representative
// in Ukraine", President of Ukraine; "the PAHO/WHO Representative in
// Brazil", PAHO).
const inPlaceHeadList = `representative coordinator`

// portfolioList holds the subject words of a portfolio: what a minister is
// minister of ("Foreign Affairs", "National Security", "Veterans Affairs").
// They may stand inside a title and never start a name.
const portfolioList = `affairs foreign state defense defence trade industry commerce finance
economy economic home interior justice health education energy environment
agriculture transport transportation labour labor security homeland development
international cooperation treasury exchequer culture science
technology tourism investment planning external relations communications
information digital climate immigration public works infrastructure housing
women youth sports sport veterans intelligence policy strategic legal worship
emergency disaster management overseas territories fisheries food water
resources natural mines mining petroleum oil gas power electricity social
welfare family children religious regional rural urban staff europe european
arms control nonproliferation non-proliferation disarmament human rights
humanitarian global multilateral consular protocol services budget revenue
taxation customs maritime aviation space research innovation enterprise
employment equality aid land forestry wildlife heritage arts media local
constitutional procurement operations army navy air force forces military
armed police logistics reconstruction peace counterterrorism monetary fiscal
competition consumer cyber cybersecurity oceans ocean migration refugees
relief unification reunification engagement outreach communication personnel
marine internal north-east northeast economics businesses business
enterprises small medium industries commerce cooperatives tribal indigenous
territorial diaspora nationals abroad compatriots expatriate reform reforms integration
election elections medical diplomatic war mobility implementation
programs transformation football protection change efficiency initiatives
technologies highways activities registration`

// orgList holds words that name bodies and institutions; like portfolio
// words they may stand inside a title and never in a name.
const orgList = `assembly council commission committee bureau agency organization
organisation union nations states republic kingdom federation office house
senate parliament congress court bank fund department ministry government
cabinet administration delegation presidency secretariat conference treaty
alliance institute authority board group forum association community league
party partnership program programme initiative centre center corporation
caucus session chamber roundtable corps foundation white tribunal emirates sultanate principality confederation
commonwealth islands region territory area oblast province county district krai prefecture
municipality governorate canton service academy duchy mission authorities company hospital utilities`

// nonNameList holds capitalized words that open a sentence or name an
// event rather than a person; they never belong to a name.
const nonNameList = `readout readouts statement statements call calls meeting meetings talk
talks telephone phone conversation conversations conference videoconference
teleconference video virtual summit dinner lunch luncheon breakfast banquet
visit visits courtesy working bilateral trilateral joint press release releases
relations overview summary provisional translation remarks message letter
the a an and or of on in at for with to from by today yesterday tonight this
that these those he she they we i it his her their our its both two three
all during following after before while when also as upon under over about
leaders ministers meet meets met spoke speaks held holds hosted hosts
received receives welcomed welcomes readout photo reception ceremony
dialogue consultations consultation exchange signing luncheon audience
january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday
tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
morning afternoon evening night week weekend today's tomorrow
tribal tribes colleges universities schools organizations organisations
associations communities advocates historically
but if then there here what which who whom whose where why how not no yes
at-a-glance fact sheet background briefing transcript travel leading hosting welcoming
convening discussing announcing marking traveling travelling visiting attending
joining regarding including honoring honouring celebrating launching
commemorating congratulating condemning act plan`

// postNominalList holds letters written after a name that are not part of
// it (honours, degrees, membership of a parliament).
const postNominalList = `mp mep msp mla mna mha td kbe dbe cbe obe mbe gbe kcmg gcmg cmg qc kc
sc pc ao ac am oam ch kg kt frs phd mbbs gcb kcb cb lvo cvo kcvo gcvo
dsc mc mvo dcmg dcvo om iso qso onzm cnzm knzm mnzm psm apm csc dsm frsa freng
fba llb lld mba kstj gbe`

// nameParticleList holds the lower-case words that join the parts of a
// name ("Ursula von der Leyen", "Tamim bin Hamad").
const nameParticleList = `von van der den de del della da di du dos das la le bin binti bint
ibn al el ben y ter zu af e`

// nameSuffixList holds generational suffixes that belong to a name
// ("Joseph R. Biden, Jr.").
const nameSuffixList = `jr sr ii iii iv`

// spokesHeadList holds the titles of the people a readout is attributed
// to, who report a meeting rather than take part in it.
const spokesHeadList = `spokesperson spokesman spokeswoman`

var (
	titleHeads    = newLexicon(titleHeadList)
	abbrevHeads   = newLexicon(abbrevHeadList)
	capsHeads     = newLexicon(capsHeadList)
	titleMods     = newLexicon(titleModifierList)
	postHeadMods  = newLexicon(postHeadModifierList)
	inPlaceHeads  = newLexicon(inPlaceHeadList)
	portfolio     = newLexicon(portfolioList)
	orgWords      = newLexicon(orgList)
	nonName       = newLexicon(nonNameList)
	postNominals  = newLexicon(postNominalList)
	nameParticles = newLexicon(nameParticleList)
	nameSuffixes  = newLexicon(nameSuffixList)
	spokesHeads   = newLexicon(spokesHeadList)
)

// isHead reports whether w is a singular title head: "Minister",
// "Secretary-General", "Vice-Minister", "President-elect".
func isHead(w word) bool {
	if !w.cap {
		return false
	}
	if abbrevHeads[w.norm] {
		return strings.HasSuffix(w.text, ".")
	}
	if capsHeads[w.norm] {
		return w.allCaps()
	}
	return isHeadWord(w.norm)
}

// isHeadWord reports whether the lower-case word s is a title head, alone
// or joined with other title words by hyphens and slashes
// ("secretary-general", "representative/vice-president").
func isHeadWord(s string) bool {
	if titleHeads[s] {
		return true
	}
	if strings.IndexByte(s, '/') > 0 {
		for _, p := range strings.Split(s, "/") {
			if !isHeadWord(p) {
				return false
			}
		}
		return true
	}
	// Hyphenated forms: every part a title word and one part a head.
	if strings.IndexByte(s, '-') > 0 {
		head := false
		for _, p := range strings.Split(s, "-") {
			switch {
			case titleHeads[p]:
				head = true
			case titleMods[p]:
			default:
				return false
			}
		}
		return head
	}
	return false
}

// isTitleWord reports whether w may stand inside a title before its head:
// a modifier, a portfolio word, an institution, a head.
func isTitleWord(w word) bool {
	if !w.cap {
		return false
	}
	return isHead(w) || titleMods[w.norm] || portfolio[w.norm] || orgWords[w.norm] || isPluralHead(w.norm)
}

// isPluralHead reports whether s is the plural of a title head
// ("advisers", "secretaries"): a body of such people, never a name.
func isPluralHead(s string) bool {
	sg := singularOf(s)
	return sg != s && isHeadWord(sg)
}

// singularText returns the plural word text in the singular, as written
// ("Co-Chairs" -> "Co-Chair", "Secretaries" -> "Secretary").
func singularText(text string) string {
	sg := singularOf(strings.ToLower(text))
	if sg == strings.ToLower(text) {
		return text
	}
	n := len(sg)
	if strings.HasSuffix(sg, "y") && strings.HasSuffix(strings.ToLower(text), "ies") {
		return text[:n-1] + "y"
	}
	return text[:n]
}

// singularOf returns the singular of the plural word s ("ministers",
// "secretaries", "Co-Chairs"), or s when it is not written as a plural.
func singularOf(s string) string {
	switch {
	case strings.HasSuffix(s, "ies"):
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return s[:len(s)-1]
	}
	return s
}

// isSpokesTitle reports whether the title words ws name a spokesperson or a
// press secretary.
func isSpokesTitle(ws []word) bool {
	for i, w := range ws {
		if spokesHeads[w.norm] {
			return true
		}
		if w.norm == "press" && i+1 < len(ws) && ws[i+1].norm == "secretary" {
			return true
		}
	}
	return false
}

// isAcronymWord reports whether w is written like an acronym of a body or a
// country ("NATO", "EU", "U.S.", "UK"): 2 to 6 capitals, dots allowed.
func isAcronymWord(w word) bool {
	if i := strings.IndexAny(w.text, "/-"); i > 0 {
		// two bodies' acronyms joined: "PAHO/WHO", "AUDA-NEPAD"
		return isAcronymWord(word{text: w.text[:i]}) && isAcronymWord(word{text: w.text[i+1:]})
	}
	n := 0
	for _, r := range w.text {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// demonymEndings are the endings of nationality adjectives ("Canadian",
// "Japanese", "British", "Israeli", "French", "Greek"), used when the
// gazetteer does not know the word.
var demonymEndings = []string{"ian", "ean", "an", "ese", "ish", "i", "ch", "ic", "ine", "ek", "ai", "iss"}

// regionAdjectives are adjectives of a region or a people that stand
// before a body's title as a nationality does ("Arab League Secretary
// General"), but belong to no one country the gazetteer lists.
var regionAdjectives = newLexicon(`arab nordic baltic asian african european pacific caribbean latin`)

// isDemonymWord reports whether w reads as a nationality adjective or a country
// placed before a title ("Canadian Prime Minister", "Japan's Ambassador").
// The gazetteer decides when it knows the word; otherwise its ending does.
func isDemonymWord(w word) bool {
	if !w.cap || w.allCaps() {
		return false
	}
	if p, ok := LookupPlace(w.text); ok && p.Kind == "country" || regionAdjectives[w.norm] {
		return true
	}
	for _, e := range demonymEndings {
		if strings.HasSuffix(w.norm, e) && len(w.norm) > len(e)+2 {
			return true
		}
	}
	return false
}

// isKnownDemonym reports whether w is a nationality the gazetteer or the
// region adjectives know. A name's first word is tested with it, not with
// isDemonymWord, whose endings also fit given names ("Ayman", "Sergei",
// "Christian", "Luigi").
func isKnownDemonym(w word) bool {
	if !w.cap || w.allCaps() {
		return false
	}
	p, ok := LookupPlace(w.text)
	return ok && p.Kind == "country" || regionAdjectives[w.norm]
}

// affiliationOf returns the country a demonym or acronym modifier stands
// for, when the gazetteer knows it; an acronym it does not know (a body such
// as "NATO") stands for itself.
func affiliationOf(w word) (string, bool) {
	if p, ok := LookupPlace(w.text); ok {
		if p.Country != "" {
			return p.Country, true
		}
		return p.Name, true
	}
	if isAcronymWord(w) {
		return w.text, true
	}
	return "", false
}

// isOrdinalWord reports whether s is written like "79th", "1st", "22nd".
func isOrdinalWord(s string) bool {
	if len(s) < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsDigit(r) {
		return false
	}
	suf := strings.ToLower(s[len(s)-2:])
	return suf == "st" || suf == "nd" || suf == "rd" || suf == "th"
}
