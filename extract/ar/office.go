package ar

import (
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Office chains: the genitive chain of an office that the complement loop
// of title (mentions.go) does not read by itself — units and services
// between the title and its body (قائد شرطة قندهار، رئيس لجنة الأمن
// والدفاع في البرلمان العراقي، قائد فوج المغاوير في الجيش اللبناني),
// another office holder's title (مستشار رئيس الوزراء الليبي، كبيرة
// مستشاري أوباما), an organisation named by a head noun after ل (الأمين
// العام لمنظمة «أطباء عبر القارات»), and "the country" (أمير البلاد).
// Titles are grammar, not topic: the chain is read the same way before a
// name and in apposition after one.

// officeWords holds the word lists of data/office_words.tsv.
var officeWords map[string]map[string]bool

func init() {
	var err error
	if officeWords, err = wordLists("office_words.tsv", "unit", "home", "appoint", "officeacc", "unreal", "become", "join", "joinunit", "affiliated", "wing"); err != nil {
		panic(err) // embedded data: a broken file fails every test
	}
}

// inOffice reports whether a token (by its Norm or Bare form) is in the
// office word list.
func inOffice(list string, t text.Token) bool {
	return inEither(officeWords[list], t)
}

// officeChainMax is how many tokens an office chain may span.
const officeChainMax = 8

// officeChain reads an office's genitive chain from token j (after the
// title's own words) up to the body, country or place it belongs to. It
// returns the entity the office is of, the token after it and the rule
// ("ar/office-chain", "ar/office-place" when a place gave its country),
// or "" and j. started says that words of the complement come before j
// (فوج المغاوير في الجيش اللبناني), so that the chain may start with في.
// Unit nouns (list unit), a title of another person, "في"
// and quotation marks may come before the body (clauses are not
// analysed yet: a verb ends the chain as a word outside the lists); another
// preposition, a word outside the lists or a person's name (unless the
// office is a post at a catalogue person's side: كبيرة مستشاري أوباما)
// end the chain with nothing.
func (d *docState) officeChain(st *sentState, j int, role string, started bool) (of string, end int, rule string) {
	toks := st.toks
	for q := j; q < len(toks) && q < j+officeChainMax; q++ {
		t := toks[q]
		if quoteMark(t.Norm) || t.Norm == "(" || t.Norm == ")" {
			continue
		}
		if !t.IsWord() {
			break
		}
		if strings.HasPrefix(t.Prefix, "و") && !(q > j && text.HasArticle(t.Bare) && inOffice("unit", t)) {
			break // "وزير الداخلية ومدير الأمن": a second office
		}
		if t.Norm == "في" && (q > j || started) {
			continue // "رئيس لجنة الأمن في البرلمان العراقي"
		}
		if inOffice("home", t) && t.Prefix == "" {
			if c := d.topCountry(); c != nil {
				return c.Key, q + 1, "ar/office-chain"
			}
			break
		}
		if key, e, r := d.chainEntity(st, q, role); key != "" {
			return key, e, r
		} else if e < 0 {
			break
		}
		if _, _, te := d.matchTitle(st, q); te > q {
			if !d.lex.posts[role] {
				break // "ولي ولي العهد وزير الخارجية المصري": a second person's title
			}
			q = te - 1 // "مستشار رئيس الوزراء الليبي": a post at another office
			continue
		}
		if inOffice("unit", t) || d.in("titleskip", t.Norm) || d.in("titleskip", t.Bare) {
			continue
		}
		break
	}
	return "", j, ""
}

// chainEntity reads an entity at token q of an office chain: a country
// by its adjective (no group: الشؤون العربية), a national body, a
// catalogue country, organisation or group, a place (its country), an
// organisation named by a head noun, or the body of a catalogue person
// when the office is a post at his side or speaks in his name (المتحدث
// باسم خليفة حفتر). It returns "" and q when nothing
// is named there, and "" and -1 when what is named ends the chain.
func (d *docState) chainEntity(st *sentState, q int, role string) (key string, end int, rule string) {
	if st.mentionAt(q) != nil {
		return "", -1, ""
	}
	if c := d.adjective(st, q); c != "" {
		if d.typeOf(c) != extract.Country || sportsRole(role) && (q == 0 || !inOffice("unit", st.toks[q-1])) {
			return "", -1, "" // "الشؤون العربية": no body
		}
		return c, q + 1, "ar/office-chain"
	}
	ne, es, _ := d.matchName(st, q)
	if m := d.nationalBody(st, q, ne); m != nil {
		d.noteNested(m.key)
		return m.key, m.e, "ar/office-chain"
	}
	if ne > q {
		en := d.choose(st, q, ne, es)
		if en == nil {
			return "", -1, ""
		}
		switch en.Type {
		case extract.Country, extract.Organization, extract.Group:
			return en.Key, ne, "ar/office-chain"
		case extract.Place:
			if c := d.countryOf(en.Key); c != "" {
				return c, ne, "ar/office-place"
			}
		case extract.Person:
			if d.lex.posts[role] || q > 0 && st.toks[q-1].Norm == "باسم" {
				if o := d.sideOffice(en.Key); o != "" {
					d.addMention(st, &mention{s: q, e: ne, key: en.Key, typ: extract.Person})
					return o, ne, "ar/office-aide" // "كبيرة مستشاري أوباما"
				}
			}
		}
		return "", -1, ""
	}
	if h := d.headOf(st.toks[q]); h != nil && (h.typ == extract.Organization || h.typ == extract.Group) {
		if ms := d.headMentions(st, q, q); len(ms) == 1 && (ms[0].typ == extract.Organization || ms[0].typ == extract.Group) {
			d.noteNested(ms[0].key)
			return ms[0].key, ms[0].e, "ar/office-chain"
		}
	}
	return "", q, ""
}

// placeOrCatalogue returns the office a person holds when a title's
// chain named its body (قائد عمليات الأنبار → Iraq): the catalogue's
// office of that role at the document's date when it knows one (the
// Iraqi army), else the body as read; nothing for a former office of a
// place.
func (d *docState) placeOrCatalogue(person, role, of, rule string, former bool) (string, string) {
	if !strings.HasPrefix(rule, "ar/office-") {
		return of, rule
	}
	if former && rule == "ar/office-place" {
		return "", rule // "محافظ البصرة السابق عادل الحلو": a person, no office
	}
	if o := d.catalogueOffice(person, role); o != "" {
		return o, "ar/title-office"
	}
	return of, rule
}

// sideOffice returns the body a catalogue person holds office in at the
// document's date, for the aides, advisers and spokesmen at his side
// (المتحدث باسم خليفة حفتر → the Libyan National Army): the first office
// of a country, organisation or group, else "".
func (d *docState) sideOffice(person string) string {
	for _, o := range d.cat.Offices(person, d.at) {
		switch d.typeOf(o.Of) {
		case extract.Country, extract.Organization, extract.Group:
			return o.Of
		}
	}
	return ""
}

// destinationAfterBody returns the token after an envoy's destination at
// j, between his body and his name ("مبعوث الأمم المتحدة إلى اليمن
// إسماعيل ولد الشيخ أحمد"): إلى and a country or place named right after
// it; j else. (لدى + an organisation is a membership: title, mentions.go.)
func (d *docState) destinationAfterBody(st *sentState, j int) int {
	if j+1 >= len(st.toks) || st.toks[j].Norm != "الي" && st.toks[j].Norm != "إلى" {
		return j
	}
	e, es, _ := d.matchName(st, j+1)
	if e <= j+1 {
		return j
	}
	if en := d.choose(st, j+1, e, es); en == nil || en.Type != extract.Country && en.Type != extract.Place {
		return j
	}
	return e
}
