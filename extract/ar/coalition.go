package ar

import (
	"sort"
	"strings"
	"sync"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// «التحالف» alone. Arabic news of a war name the coalition that wages it
// once, if at all ("التحالف الذي تقوده السعودية", "التحالف الدولي"), then
// call it «التحالف»: the coalition named last in the document, the one
// led by the country after "الذي تقوده"/"بقيادة", else the coalition of
// the war the document is about (data/descriptions.tsv: Yemen's, or Iraq's
// and Syria's). A head followed by its own complement ("التحالف الجديد")
// or by مع ("بالتحالف مع": allying with) is no description.

// coalitionWords holds the lists of data/descriptions.tsv.
type coalitionWords struct {
	head, with, adjective, relative, leadVerb, ledBy map[string]bool
	describing                                       map[string]bool     // adjectives that describe a group named before
	led                                              map[string]string   // leader key → coalition key
	theatre                                          map[string][]string // coalition key → countries
	coalitions                                       []string            // coalitions with a theatre, sorted
}

var coalitionLists = sync.OnceValues(func() (*coalitionWords, error) {
	l, err := wordLists("descriptions.tsv", "head", "with", "adjective", "relative", "leadverb", "ledby", "led:", "theatre:", "describing")
	if err != nil {
		return nil, err
	}
	w := &coalitionWords{head: l["head"], with: l["with"], adjective: l["adjective"], relative: l["relative"],
		leadVerb: l["leadverb"], ledBy: l["ledby"], describing: l["describing"], led: map[string]string{}, theatre: map[string][]string{}}
	for name, set := range l {
		if k, ok := strings.CutPrefix(name, "led:"); ok {
			for leader := range set {
				w.led[leader] = k
			}
		}
		if k, ok := strings.CutPrefix(name, "theatre:"); ok {
			for c := range set {
				w.theatre[k] = append(w.theatre[k], c)
			}
			w.coalitions = append(w.coalitions, k)
		}
	}
	sort.Strings(w.coalitions)
	return w, nil
})

// coalitionCoref resolves «التحالف» at token i, which no catalogue name
// starting there explains (nameEnd <= i), to the coalition it stands for;
// it returns the mention (through the leader's name after "بقيادة X") or
// nil.
func (d *docState) coalitionCoref(st *sentState, i, nameEnd int) *mention {
	t := st.toks[i]
	if nameEnd > i || !t.IsArabic() || !text.HasArticle(t.Bare) {
		return nil
	}
	w, err := coalitionLists()
	if err != nil || !w.head[text.StripArticle(t.Bare)] {
		return nil
	}
	if i+1 < len(st.toks) {
		n := st.toks[i+1]
		if w.with[n.Norm] || w.adjective[n.Norm] || d.adjective(st, i+1) != "" {
			return nil
		}
	}
	key, end := d.coalitionLeader(st, i+1, w)
	switch {
	case end > i+1 && key == "":
		return nil // "التحالف الذي يقوده X": a coalition we do not know
	case key == "":
		key = d.coalition
	}
	if key == "" {
		key = d.coalitionOfTheatre(w)
	}
	if key == "" {
		return nil
	}
	return &mention{s: i, e: max(end, i+1), key: key, typ: d.typeOf(key), prefix: t.Prefix}
}

// coalitionLeader reads "الذي تقوده X" or "بقيادة X" at token j and
// returns the coalition X leads and the token after X; "", j when no
// leader is named there; "" and a token past j when the leader is
// unknown or leads no coalition of the data file.
func (d *docState) coalitionLeader(st *sentState, j int, w *coalitionWords) (string, int) {
	k := j
	switch {
	case k+1 < len(st.toks) && w.relative[st.toks[k].Norm] && w.leadVerb[st.toks[k+1].Norm]:
		k += 2
	case k < len(st.toks) && w.ledBy[st.toks[k].Norm]:
		k++
	default:
		return "", j
	}
	e, es, _ := d.matchName(st, k)
	if e <= k {
		return "", k // a leader the catalogue does not know
	}
	en := d.choose(st, k, e, es)
	if en == nil {
		return "", k
	}
	return w.led[en.Key], e
}

// coalitionOfTheatre returns the coalition whose war the document is
// about: the one whose theatre countries the document names most, at
// least twice and more than any other's; else "".
func (d *docState) coalitionOfTheatre(w *coalitionWords) string {
	p := d.profile()
	counts := make(map[string]int, len(w.coalitions))
	for _, k := range w.coalitions {
		for _, country := range w.theatre[k] {
			counts[k] += p[country]
		}
	}
	return soleMost(counts)
}

// noteCoalition remembers a coalition named in the document (a catalogue
// organisation named with the head "تحالف", or one of the data file) for
// a later «التحالف».
func (d *docState) noteCoalition(m *mention) {
	if m.key == "" || m.adj || (m.typ != extract.Organization && m.typ != extract.Group) {
		return
	}
	w, err := coalitionLists()
	if err != nil {
		return
	}
	if _, ok := w.theatre[m.key]; ok {
		d.coalition = m.key
		return
	}
	if e, ok := d.cat.Get(m.key); ok {
		for h := range w.head {
			if namedWithHead(e, h) {
				d.coalition = m.key
				return
			}
		}
	}
}
