package ar

import (
	"strings"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/extract/ner"
	"github.com/newskg/kg/extract/relclf"
	"github.com/newskg/kg/extract/syntax"
	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/extract/timex"
)

// newEntity is an entity the catalogue does not know.
type newEntity struct {
	ent extract.Entity
}

// docState is what the extractor remembers while reading one document.
type docState struct {
	memo listMemo // the lists of the words d.in looked up last
	bufs sentBufs // the sentences' per-token slices
	// sufMemo holds the suffix forms of the tokens suffixForms was asked
	// about last.
	sufMemo [128]sufEntry
	// synWords is the clause analysis's words of the sentence read last
	// (clauses), a buffer for the document.
	synWords []syntax.Word
	synBufs  syntax.Buffers // the clause analyses' slices
	// collect receives each sentence as the relation proposer reads it
	// (ExtractPairs), nil when no caller asks; learned are the proposer's
	// candidates (learned.go) and probBuf its buffer.
	collect *[]PairSentence
	learned []extract.Fact
	probBuf []float64
	relToks []relclf.Token // the proposer's tokens of the sentence read last
	// nameFirst holds the first words of each entity's Arabic labels
	// (pairs.go: nameStart).
	nameFirst map[string][]string
	x         *Extractor
	cat       *catalog.Catalog
	lex       *lexicon
	doc       extract.Document
	at        time.Time

	facts []extract.Fact
	seen  map[string]int // fact identity → index in facts
	// bodyCites holds the body's sentence for headline facts the body
	// states again (bodyevidence.go)
	bodyCites map[int]bodyEvidence
	created   map[string]*extract.Entity
	// mentioned holds every entity a mention links to or creates, in
	// order of first mention: each becomes a node of the graph.
	mentioned  []string
	isMention  map[string]bool
	nested     []string          // entities named inside other names (the place of a port)
	headKey    map[string]string // head noun → last entity named with it (coreference)
	familyOf   map[string]string // family name of a person named in full → key
	firstTwo   map[string]string // first two words of a person named in full → key
	firstOfTwo map[string]bool   // the first words of firstTwo
	lastOfType map[string]string // type → last entity of it in the sentences before
	lastNamed  string            // the last entity named in the sentences before
	recentOrgs []string          // organisations and groups of the sentences before, latest last
	coalition  string            // the coalition named last (coalition.go)

	sents     []text.Sentence // the document's sentences (for document-wide context)
	countries map[string]int  // country key → words naming it (profile, lazily)

	roleOf      map[string]string // person key → role named or known
	byRole      map[string]string // role → last person named with it
	lastRole    string            // last person mentioned who has a role
	surnames    map[string]string // normalised last name of a new person → key
	eventHeads  map[string]string // event head word (without ال) → event key
	orgHeadKey  map[string]string // organisation head word (without ال) → last such organisation
	lastSubj    []string          // last explicit subject (for pronoun subjects)
	lastSubjAt  int               // the sentence lastSubj was set in (setLast)
	topic       topic             // the discourse topic (topic.go)
	prevTopic   topic             // the topic before the one named in the current sentence
	lastSpeaker []string          // last named speaker (for "وأضاف:")
	lastPerson  string            // last person mentioned
	recent      []string          // people named in earlier sentences, oldest first
	leadDate    string            // the first day-precise date of the lead
	headDate    string            // the lead's date, known before the headline is read (headline.go)
	lastDay     timex.Date        // the last day-precise date of the body so far (sameday.go)

	insts []instRec // institutions named by translation (institutions.go), for short forms

	scratch []byte // reused buffer for n-gram look-ups
	// hitEntries is a reused buffer for a name's entries (matchNameAt).
	hitEntries []*catalog.Entry
	key        []byte // reused buffer for cache keys
	// reused space for the name tagger's input (names.go learnedSpans)
	tagRefs  []ner.WordRef
	tagWords []string
	tagging  docTagging // the document as the name tagger reads it (names_doc.go)

	lastNoun   nounAct         // the last verbal noun given a subject (constructions.go)
	objEnd     int             // the token after the last object list found (arguments.go)
	strict     bool            // objects take the trigger's own prepositions only (arguments.go)
	how        how             // how the current construction found its arguments (features.go)
	lastPair   []string        // the last two parties that met or worked together (الطرفان، الجانبان)
	claimant   string          // the last actor that claimed an attack (stance8.go)
	lastPairAt int             // the sentence they were named in
	sentIdx    int             // the sentence being read
	female     map[string]bool // people a feminine verb says are women (relations.go)
	spoke      speechDate      // the last dated statement of a named speaker (dates.go)

	honored map[string]honoree // honorific (سمو، فخامة) → the last person named with it (discourse.go)

	placeRecs []placeRec        // sentences naming places (located_doc.go)
	namedIn   map[string][]int  // entity → sentences naming it
	eventBody map[string]string // event → the body whose meeting it is (struct_meeting.go)
	evDate    map[string]string // event noun → the date it was last given (eventdates.go)
}

// forms returns t.Forms(), computed once per distinct word and shared by
// all documents.
func (d *docState) forms(t text.Token) []string { return d.word(t).forms }

// suffixForms returns t.SuffixForms(), computed once per distinct word
// (as written, and with its proclitics) and shared by all documents.
func (d *docState) suffixForms(t text.Token) []string {
	if !maySuffix(t.Norm) && (t.Bare == t.Norm || !maySuffix(t.Bare)) {
		return nil // what SuffixForms returns, without a look-up
	}
	m := &d.sufMemo[slot(t.Text, uintptr(len(d.sufMemo)-1))]
	if same(m.text, t.Text) && m.bare == t.Bare {
		return m.forms // the same token asked again
	}
	key := append(append(append(d.key[:0], t.Text...), 0), t.Bare...)
	d.key = key
	f, ok := d.x.suffixCache.GetBytes(key)
	if !ok {
		f = t.SuffixForms()
		for i := range f {
			f[i] = strings.Clone(f[i])
		}
		d.x.suffixCache.Put(string(key), f)
	}
	*m = sufEntry{t.Text, t.Bare, f}
	return f
}

// sufEntry remembers the suffix forms of one token of the document, found
// by where its text is (slot, same): the rules ask about the same tokens
// again and again.
type sufEntry struct {
	text, bare string
	forms      []string
}

// maySuffix reports whether Token.SuffixForms may find a pronoun suffix on
// the normalised word w: four Arabic letters or more, the last that of a
// suffix (ه م ن ا).
func maySuffix(w string) bool {
	n := len(w)
	if n < 8 || w[0] < 0xD8 {
		return false
	}
	a, b := w[n-2], w[n-1]
	return a == 0xD9 && (b == 0x87 || b == 0x85 || b == 0x86) || a == 0xD8 && b == 0xA7
}

func newDocState(x *Extractor, doc extract.Document) *docState {
	return &docState{
		x: x, cat: x.cat, lex: x.lex, doc: doc, at: anchor(doc),
		lastSubjAt: -2,
		seen:       map[string]int{},
		created:    map[string]*extract.Entity{},
		isMention:  map[string]bool{},
		headKey:    map[string]string{},
		familyOf:   map[string]string{},
		firstTwo:   map[string]string{},
		firstOfTwo: map[string]bool{},
		lastOfType: map[string]string{},
		roleOf:     map[string]string{},
		byRole:     map[string]string{},
		surnames:   map[string]string{},
		eventHeads: map[string]string{},
		orgHeadKey: map[string]string{},
	}
}

// entity returns the graph entity of a key: a catalogue entry or an entity
// created from the text. A catalogue entity is converted once per
// extractor: results share its label maps, which are read-only.
func (d *docState) entity(key string) extract.Entity {
	if e, ok := d.created[key]; ok {
		return *e
	}
	if e, ok := d.x.entityCache.Get(key); ok {
		return e
	}
	if e, ok := d.cat.Get(key); ok {
		ent := e.Entity(1)
		d.x.entityCache.Put(e.Key, ent)
		return ent
	}
	return extract.Entity{Key: key, Type: extract.Event, Labels: map[string]string{"en": key}, Confidence: 0.5}
}

// typeOf returns the entity type of a key.
func (d *docState) typeOf(key string) string {
	if e, ok := d.created[key]; ok {
		return string(e.Type)
	}
	if e, ok := d.cat.Get(key); ok {
		return string(e.Type)
	}
	return ""
}

// englishName returns the English name of a key.
func (d *docState) englishName(key string) string {
	if e, ok := d.created[key]; ok {
		if en := e.Labels["en"]; en != "" {
			return en
		}
		return e.Labels[LangRomanised]
	}
	if e, ok := d.cat.Get(key); ok {
		return e.Name
	}
	return key
}

// createEvent makes (or finds) an Event entity named by English names (the
// first is its label, the others alternative labels); an event the
// catalogue knows under one of those names is reused.
func (d *docState) createEvent(kind string, names []string, surface string) string {
	for _, e := range d.notYet(d.cat.Lookup(text.Normalize(surface))) {
		if e.Type == extract.Event || e.Type == extract.Agreement {
			return e.Key // the Arabic as written is the catalogue event's name
		}
	}
	for _, name := range names {
		for _, e := range d.notYet(d.cat.Lookup(text.Normalize(name))) {
			if (e.Type == extract.Event || e.Type == extract.Agreement) && d.eventFits(e) {
				return e.Key
			}
		}
	}
	key := "event-" + kind + "-" + strings.ToLower(strings.ReplaceAll(names[0], " ", "-"))
	if _, ok := d.created[key]; !ok {
		typ := extract.Event
		if kind == "agreement" || kind == "declaration" {
			typ = extract.Agreement
		}
		e := &extract.Entity{
			Key: key, Type: extract.EntityType(typ),
			Labels:     map[string]string{"en": names[0], "ar": surface},
			Confidence: 0.6,
		}
		for _, n := range names[1:] {
			e.AltLabels = append(e.AltLabels, extract.Label{Text: n, Lang: "en"})
		}
		d.created[key] = e
	}
	return key
}

// eventNames fills an event template with every English name of an
// entry; a template may list alternatives (" | "): the first with the
// entry's name is the label, the others are alternative labels.
// {demonym} takes the English adjective of a country (demonyms.tsv);
// templates with it are skipped for other entries.
func (d *docState) eventNames(template string, en *catalog.Entry) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	dem := d.lex.demonyms[en.Key]
	for _, t := range strings.Split(template, " | ") {
		t, ok := d.yearOf(strings.TrimSpace(t))
		if !ok {
			continue
		}
		if strings.Contains(t, "{demonym}") {
			if dem != "" {
				add(strings.ReplaceAll(t, "{demonym}", dem))
			}
			continue
		}
		add(strings.ReplaceAll(t, "{name}", en.Name))
		for _, a := range en.Aliases {
			if len(a) > 1 {
				add(strings.ReplaceAll(t, "{name}", a))
			}
		}
	}
	return out
}

// addFact records a fact once per (subject, predicate, object, value, date).
func (d *docState) addFact(f extract.Fact) {
	if f.Subject == "" || (f.Object == "" && f.Value == "") || f.Subject == f.Object {
		return
	}
	if f.Confidence == 0 {
		f.Confidence = d.lex.conf(f.Rule)
	}
	s, o := f.Subject, f.Object
	if extract.IsSymmetric(f.Predicate) && o < s {
		s, o = o, s
	}
	id := s + "\x00" + string(f.Predicate) + "\x00" + o + "\x00" + f.Value + "\x00" + f.Date
	if i, ok := d.seen[id]; ok {
		// the fact scorer counts the rules that found the same fact
		if f.Confidence > d.facts[i].Confidence {
			old := d.facts[i]
			f.Features = append(f.Features, "also="+old.Rule)
			f.Features = append(f.Features, old.Features...)
			d.facts[i] = f
			d.noteBodyEvidence(i, old)
		} else {
			d.facts[i].Features = append(d.facts[i].Features, "also="+f.Rule)
			d.noteBodyEvidence(i, f)
		}
		return
	}
	d.seen[id] = len(d.facts)
	d.facts = append(d.facts, f)
}

// addPairwise records pred between every two of keys (a symmetric
// predicate: a three-way meeting is three facts), citing the sentence.
func (d *docState) addPairwise(st *sentState, keys []string, pred extract.Predicate, date, rule string) {
	for x := 0; x < len(keys); x++ {
		for y := x + 1; y < len(keys); y++ {
			d.addFact(extract.Fact{Subject: keys[x], Predicate: pred, Object: keys[y], Date: date,
				Evidence: st.s.Text, Start: st.s.Start, End: st.s.End, Rule: rule})
		}
	}
}

// dates finds the date expressions of a sentence, with offsets into the
// document. Without a document date only absolute dates count.
func (d *docState) dates(s text.Sentence) []timex.Match {
	src := d.doc.Text
	if s.Start == s.End { // the title: offsets are relative to its text
		src = s.Text
	}
	if d.doc.Date.IsZero() {
		return absoluteDates(timex.FindTokens(src, s.Tokens, undatedAnchor), src)
	}
	return dropQuotedNames(timex.FindTokens(src, s.Tokens, d.at), src)
}
