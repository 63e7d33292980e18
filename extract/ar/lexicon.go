package ar

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"unsafe"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/internal/tsv"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Construction families of data/constructions.tsv.
const (
	cxVerb     = "verb"
	cxLight    = "light"
	cxVNoun    = "vnoun"
	cxEvent    = "event"
	cxMeans    = "means"
	cxActive   = "active"
	cxPassive  = "passive"
	cxRelNoun  = "relnoun"
	cxRelative = "relative"
	cxJudge    = "judge"
	cxAgent    = "agent"
	cxMutual   = "mutual"
)

var cxFamilies = map[string]bool{cxVerb: true, cxLight: true, cxVNoun: true, cxEvent: true, cxMeans: true,
	cxActive: true, cxPassive: true, cxRelNoun: true, cxRelative: true, cxJudge: true, cxAgent: true, cxMutual: true,
	cxDeed: true, cxHeld: true, cxExpel: true, cxStronghold: true} // the last four: conflict.go

// constructionFiles are the tables of trigger phrases, read in this order
// (same columns): the constructions written with the rules, then the broad
// lexicon of event and stance triggers (data/triggers.tsv), then the conflict
// constructions (data/conflict.tsv, conflict.go) and the stance constructions
// (data/stance.tsv, stance.go). For phrases of the same length the earlier row
// wins.
var constructionFiles = []string{"constructions.tsv", "triggers.tsv", "conflict.tsv", "stance.tsv", "stance9.tsv", "events9.tsv"}

// trigger is one phrase of data/constructions.tsv.
type trigger struct {
	pred, rule string
	cx         string          // construction family
	phrase     string          // the phrase as written in the table
	verb       bool            // a finite verb (verb, light, relative)
	toks       []string        // normalised tokens of the phrase
	objType    string          // "actor", "place", "event", "org" or "stance" (an actor or an agreement)
	preps      map[string]bool // prepositions that may govern the object
	inv        bool            // means: the actor after the trigger is the subject
	pair       bool            // coordinated subjects relate pairwise when no object
	needSubj   bool            // a named subject is required
	adjSubj    bool            // the subject may come from a nationality adjective after the trigger
	objPron    bool            // the phrase ends in an object pronoun (قدم له)
	need       []string        // one of these words must follow in the clause
	threat     bool            // judge: the clause's speaker accuses the clause's subject
	speakerSub bool            // judge: the speaker is the subject, the actor after the phrase the object
	wildcard   bool            // the phrase has a "*" gap
	possessive bool            // the first word carries a possessive pronoun (زيارته)
	agent      bool            // agent: the actor right after the noun is its subject
	passive    bool            // passive: "X المدعومة من Y"
	gapObj     bool            // the object stands in the gap after the subject
	objRel     bool            // relative: the verb carries a resumptive object pronoun (تديره)
	mutual     bool            // mutual: "X وY" after بين act on each other
	gather     bool            // the verb brings its objects together: "لقاء جمع X وY"
	count      bool            // a number stands before the object: "قتلت 23 عنصرا من داعش"
	attackOnly bool            // the event object must be an attack ("تبنى الهجوم", not "تبنى القرار")
}

// title is one title phrase of data/titles.tsv.
type title struct {
	role        string
	counterpart bool
}

// eventPattern is one line of data/events.tsv.
type eventPattern struct {
	kind     string
	heads    [][]string // normalised head phrases
	follows  string
	template string
}

// lexicon is the loaded data of the package.
type lexicon struct {
	triggers   map[string][]*trigger // first token → triggers, longest first
	titles     map[string]title      // normalised phrase → title
	posts      map[string]bool       // roles of kind "post" in titles.tsv (القيادي في): never resolved to a holder
	titleMax   int
	words      map[string]map[string]bool
	listBit    map[string]uint64 // list name → its bit
	wordLists  map[string]uint64 // word → bits of the lists it is in
	demonyms   map[string]string
	events     []eventPattern
	eventFirst map[string]bool    // first words of event heads
	confidence map[string]float64 // rule id → measured precision
	evDates    *eventWords        // words that carry dates between event mentions (eventdates.go)
}

// in reports whether the normalised word is in the named list of
// data/words.tsv.
func (l *lexicon) in(list, norm string) bool {
	lists := l.wordLists[norm]
	if lists == 0 { // most words are in no list: no need to look the list up
		return false
	}
	return lists&l.listBit[list] != 0 // an unknown list has no bit
}

// in is d.lex.in with a cache of the words and list names it looked up,
// found by where their bytes are rather than by hashing them: the rules
// ask about the same token fields (Norm, Bare) and the same list names
// again and again, and those strings keep their memory for the whole
// document.
func (d *docState) in(list, norm string) bool {
	lists := d.memo.lists(d.lex, norm)
	return lists != 0 && lists&d.memo.bit(d.lex, list) != 0
}

// listMemo caches lexicon.wordLists and lexicon.listBit by the address
// and length of the string looked up. An entry holds its string, so the
// memory it names cannot be reused for another string while cached: equal
// address and length mean equal contents.
type listMemo struct {
	words [512]memoEntry
	names [64]memoEntry
}

type memoEntry struct {
	s    string
	bits uint64
}

// slot is where string s goes in a cache of mask+1 entries.
func slot(s string, mask uintptr) uintptr {
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return (p ^ p>>9 ^ uintptr(len(s))<<3) & mask
}

// same reports whether a and b are the same bytes in memory.
func same(a, b string) bool {
	return unsafe.StringData(a) == unsafe.StringData(b) && len(a) == len(b)
}

// lists returns l.wordLists[norm].
func (m *listMemo) lists(l *lexicon, norm string) uint64 {
	e := &m.words[slot(norm, uintptr(len(m.words)-1))]
	if !same(e.s, norm) {
		e.s, e.bits = norm, l.wordLists[norm]
	}
	return e.bits
}

// put records that norm is in the lists of bits (l.wordLists[norm]).
func (m *listMemo) put(norm string, bits uint64) {
	m.words[slot(norm, uintptr(len(m.words)-1))] = memoEntry{norm, bits}
}

// bit returns l.listBit[list].
func (m *listMemo) bit(l *lexicon, list string) uint64 {
	e := &m.names[slot(list, uintptr(len(m.names)-1))]
	if !same(e.s, list) {
		e.s, e.bits = list, l.listBit[list]
	}
	return e.bits
}

// readTSV reads a data file as rows of tab-separated fields, skipping
// comments and blank lines (internal/tsv); a row with fewer than minCols
// fields is an error naming the file and line.
func readTSV(name string, minCols int) ([][]string, error) {
	rs, err := tsv.Load(dataFS, "data/"+name)
	if err != nil {
		return nil, fmt.Errorf("ar: %w", err)
	}
	rows := make([][]string, 0, len(rs))
	for _, r := range rs {
		if err := r.Want(minCols, -1); err != nil {
			return nil, fmt.Errorf("ar: %w", err)
		}
		rows = append(rows, r.Fields)
	}
	return rows, nil
}

func splitAlts(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" && p != "-" {
			out = append(out, p)
		}
	}
	return out
}

func normToks(s string) []string { return strings.Fields(text.Normalize(s)) }

// loadLexicon reads every data file.
func loadLexicon() (*lexicon, error) {
	l := &lexicon{
		triggers:   map[string][]*trigger{},
		titles:     map[string]title{},
		posts:      map[string]bool{},
		words:      map[string]map[string]bool{},
		demonyms:   map[string]string{},
		confidence: map[string]float64{},
	}
	for _, name := range constructionFiles {
		rows, err := readTSV(name, 5)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			ts, err := parseConstruction(r)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			for _, t := range ts {
				l.triggers[t.toks[0]] = append(l.triggers[t.toks[0]], t)
			}
		}
	}
	for k, ts := range l.triggers {
		// longest first, stable
		for i := 1; i < len(ts); i++ {
			for j := i; j > 0 && len(ts[j].toks) > len(ts[j-1].toks); j-- {
				ts[j], ts[j-1] = ts[j-1], ts[j]
			}
		}
		l.triggers[k] = ts
	}

	rows, err := readTSV("titles.tsv", 3)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		n := text.Normalize(r[0])
		l.titles[n] = title{role: r[1], counterpart: r[2] == "counterpart"}
		if r[2] == "post" {
			l.posts[r[1]] = true
		}
		if k := len(strings.Fields(n)); k > l.titleMax {
			l.titleMax = k
		}
	}

	if rows, err = readTSV("words.tsv", 2); err != nil {
		return nil, err
	}
	for _, r := range rows {
		set := l.words[r[0]]
		if set == nil {
			set = map[string]bool{}
			l.words[r[0]] = set
		}
		for _, w := range splitAlts(r[1]) {
			set[text.Normalize(w)] = true
		}
	}

	l.listBit, l.wordLists = map[string]uint64{}, map[string]uint64{}
	for name, set := range l.words {
		if len(l.listBit) == 64 {
			return nil, fmt.Errorf("ar: data/words.tsv: more than 64 lists")
		}
		bit := uint64(1) << len(l.listBit)
		l.listBit[name] = bit
		for w := range set {
			l.wordLists[w] |= bit
		}
	}

	if rows, err = readTSV("demonyms.tsv", 2); err != nil {
		return nil, err
	}
	for _, r := range rows {
		l.demonyms[r[0]] = r[1]
	}

	if rows, err = readTSV("events.tsv", 4); err != nil {
		return nil, err
	}
	for _, r := range rows {
		p := eventPattern{kind: r[0], follows: r[2], template: r[3]}
		for _, h := range splitAlts(r[1]) {
			p.heads = append(p.heads, normToks(h))
			if l.eventFirst == nil {
				l.eventFirst = map[string]bool{}
			}
			l.eventFirst[p.heads[len(p.heads)-1][0]] = true
		}
		l.events = append(l.events, p)
	}

	if rows, err = readTSV("precision.tsv", 2); err != nil {
		return nil, err
	}
	for _, r := range rows {
		v, err := strconv.ParseFloat(strings.TrimSpace(r[1]), 64)
		if err != nil || v < 0 || v > 1 {
			return nil, fmt.Errorf("ar: data/precision.tsv: rule %s: precision %q is not a number in 0..1", r[0], r[1])
		}
		l.confidence[r[0]] = v
	}
	if l.evDates, err = loadEventWords(); err != nil {
		return nil, err
	}
	return l, nil
}

// parseConstruction reads one row of data/constructions.tsv: predicate,
// rule, construction family, phrases, object prepositions, flags.
func parseConstruction(r []string) ([]*trigger, error) {
	pred, rule, cx := r[0], r[1], r[2]
	if _, err := extract.ParsePredicate(pred); err != nil {
		return nil, fmt.Errorf("ar: data/constructions.tsv: rule %s: %w", rule, err)
	}
	if !cxFamilies[cx] {
		return nil, fmt.Errorf("ar: data/constructions.tsv: rule %s: unknown construction %q", rule, cx)
	}
	flags := ""
	if len(r) > 5 {
		flags = r[5]
	}
	preps := map[string]bool{}
	for _, p := range strings.Split(r[4], "|") {
		if p = strings.TrimSpace(p); p != "" {
			preps[text.Normalize(p)] = true // "-": the object may follow directly
		}
	}
	var out []*trigger
	var phrases []string
	for _, ph := range splitAlts(r[3]) {
		phrases = append(phrases, expandBraces(expandParadigms(ph))...)
	}
	for _, ph := range phrases {
		t := &trigger{pred: pred, rule: "ar/" + rule, cx: cx, phrase: ph, toks: normToks(ph), objType: "actor", preps: preps,
			verb: cx == cxVerb || cx == cxLight || cx == cxRelative || (cx == cxMeans && strings.Contains(ph, "*")),
			inv:  cx == cxMeans, passive: cx == cxPassive || cx == cxHeld || cx == cxExpel || cx == cxStronghold, agent: cx == cxAgent, mutual: cx == cxMutual, objRel: cx == cxRelative}
		// a final one-letter preposition (ب ل) is a clitic of the next word
		for len(t.toks) > 1 && len([]rune(t.toks[len(t.toks)-1])) == 1 {
			t.toks = t.toks[:len(t.toks)-1]
		}
		raw := strings.Fields(ph)[0]
		t.possessive = !t.verb && (strings.HasSuffix(raw, "ه") || strings.HasSuffix(raw, "ها") || strings.HasSuffix(raw, "هم") || strings.HasSuffix(raw, "نا"))
		t.wildcard = strings.Contains(ph, "*")
		for _, fl := range strings.Split(flags, ",") {
			fl = strings.TrimSpace(fl)
			switch {
			case fl == "":
			case fl == "pair":
				t.pair = true
			case fl == "count":
				t.count = true
			case fl == "gather":
				t.gather = true
			case fl == "needsubj":
				t.needSubj = true
			case fl == "gapobj":
				t.gapObj = true
			case fl == "threat":
				t.threat = true
			case fl == "speaker":
				t.speakerSub = true
			case fl == "adjsub":
				t.adjSubj = true
			case fl == "attack":
				t.objType, t.attackOnly = "event", true
			case fl == "actor" || fl == "place" || fl == "event" || fl == "org" || fl == "stance":
				t.objType = fl
			case strings.HasPrefix(fl, "need="):
				for _, w := range strings.Split(fl[5:], "/") {
					t.need = append(t.need, text.Normalize(w))
				}
			default:
				return nil, fmt.Errorf("ar: data/constructions.tsv: rule %s: unknown flag %q", rule, fl)
			}
		}
		if cx == cxJudge && !t.threat && !t.speakerSub {
			return nil, fmt.Errorf("ar: data/constructions.tsv: rule %s: a judge construction needs threat or speaker", rule)
		}
		last := t.toks[len(t.toks)-1]
		switch last {
		case "له", "لها", "لهم", "معه", "معها", "معهم", "معهما":
			t.objPron = len(t.toks) > 1 // "قدم له"، "تفاوضنا معها": the object is a pronoun
		}
		out = append(out, t)
	}
	return out, nil
}

// expandBraces expands the alternatives in braces of a phrase: "{شن,شنت}
// * {غارات,هجمات}" gives four phrases. An alternative may hold several
// words ("{اتصالا هاتفيا,لقاء}").
func expandBraces(ph string) []string {
	open := strings.IndexByte(ph, '{')
	if open < 0 {
		return []string{ph}
	}
	end := strings.IndexByte(ph[open:], '}')
	if end < 0 {
		return []string{ph}
	}
	end += open
	var out []string
	for _, alt := range strings.Split(ph[open+1:end], ",") {
		out = append(out, expandBraces(ph[:open]+strings.TrimSpace(alt)+ph[end+1:])...)
	}
	return out
}

// conf returns the confidence of a rule: its measured precision, or a
// default for rules not yet measured.
func (l *lexicon) conf(rule string) float64 {
	if v, ok := l.confidence[rule]; ok {
		return v
	}
	return 0.7
}

// verbForms returns the first words of the verb triggers, for the clause
// analysis to read as verbs where the context allows.
func (l *lexicon) verbForms() []string {
	var out []string
	seen := map[string]bool{}
	for first, ts := range l.triggers {
		for _, t := range ts {
			if t.verb && !seen[first] {
				seen[first] = true
				out = append(out, first)
			}
		}
	}
	for _, list := range []string{"speech", "control", "stance", "continuation"} {
		for w := range l.words[list] {
			out = append(out, w)
		}
	}
	return out
}
