package scorer

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Featurizer turns the facts of an extraction result into the binary
// features the model reads: the extractor's own Fact.Features (prefixed
// "x=") plus generic signals computed from the fact, its evidence sentence
// and the rest of the result (rule, predicate, argument types, catalogue or
// new entities, date, position, cue words, quotes, how many facts and
// entities share the sentence, how many rules found the same edge, whether
// the arguments are named in the sentence and how far apart).
type Featurizer struct {
	cues map[string]string
}

// NewFeaturizer returns a featurizer with the embedded cue words.
func NewFeaturizer() (*Featurizer, error) {
	cues, err := loadCues(cuesTSV)
	if err != nil {
		return nil, err
	}
	return &Featurizer{cues: cues}, nil
}

// sentInfo is what the features need of one evidence sentence.
type sentInfo struct {
	toks   []text.Token
	cues   []string // cue classes present, sorted
	quote  bool
	ask    bool
	facts  int
	ents   map[string]bool
	posBin string
}

// edgeInfo is what the features need of one direct edge of the result.
type edgeInfo struct {
	facts int
	rules map[string]bool
	sents map[int]bool
}

// Result returns the features of each fact of r, in order.
func (fz *Featurizer) Result(r *extract.Result) [][]string {
	ents := make(map[string]*extract.Entity, len(r.Entities))
	for i := range r.Entities {
		ents[r.Entities[i].Key] = &r.Entities[i]
	}
	sents := map[int]*sentInfo{}
	sentOf := make([]int, len(r.Facts))
	edges := map[string]*edgeInfo{}
	for i, f := range r.Facts {
		k := sentKey(f)
		sentOf[i] = k
		si := sents[k]
		if si == nil {
			si = fz.sentence(r, f)
			sents[k] = si
		}
		si.facts++
		si.ents[f.Subject] = true
		if f.Object != "" {
			si.ents[f.Object] = true
		}
		e := edges[edgeKey(f)]
		if e == nil {
			e = &edgeInfo{rules: map[string]bool{}, sents: map[int]bool{}}
			edges[edgeKey(f)] = e
		}
		e.facts++
		e.rules[f.Rule] = true
		for _, x := range f.Features {
			if r, ok := strings.CutPrefix(x, "also="); ok {
				e.rules[r] = true
				e.facts++
			}
		}
		e.sents[k] = true
	}
	labels := map[string][][]string{}
	out := make([][]string, len(r.Facts))
	for i, f := range r.Facts {
		si := sents[sentOf[i]]
		e := edges[edgeKey(f)]
		var fs []string
		add := func(s ...string) { fs = append(fs, strings.Join(s, "")) }
		rule := f.Rule
		add("rule=", rule)
		add("pred=", f.Predicate)
		if j := strings.LastIndexByte(rule, '-'); j >= 0 {
			add("form=", rule[j+1:])
		}
		st, ot := typeOf(ents, f.Subject), typeOf(ents, f.Object)
		if f.Predicate == extract.Deaths {
			ot = "value"
		}
		add("stype=", st)
		add("otype=", ot)
		add("types=", f.Predicate, ":", st, ">", ot)
		add("scat=", origin(ents[f.Subject]))
		if f.Object != "" {
			add("ocat=", origin(ents[f.Object]))
		}
		add("date=", dateKind(f.Date))
		add("pdate=", f.Predicate, ":", dateKind(f.Date))
		add("pos=", si.posBin)
		add("len=", bin(len(si.toks), 12, 25, 40, 60))
		for _, c := range si.cues {
			add("cue=", c)
			add("pcue=", f.Predicate, ":", c)
		}
		if si.quote {
			add("quote")
		}
		if si.ask {
			add("question")
		}
		add("nents=", bin(len(si.ents), 3, 4, 6))
		add("nfacts=", bin(si.facts, 2, 3, 5))
		add("dup=", bin(e.facts, 2, 3))
		add("rules=", bin(len(e.rules), 2, 3))
		add("sents=", bin(len(e.sents), 2, 3))
		if !extract.IsSymmetric(f.Predicate) && f.Object != "" && edges[f.Predicate+"\x00"+f.Object+"\x00"+f.Subject] != nil {
			add("reverse")
		}
		sPos := fz.find(si.toks, ents[f.Subject], labels)
		add("smention=", found(sPos))
		add("sprev=", fz.before(si.toks, sPos))
		if f.Object != "" {
			oPos := fz.find(si.toks, ents[f.Object], labels)
			add("omention=", found(oPos))
			if sPos >= 0 && oPos >= 0 {
				if sPos < oPos {
					add("order=so")
				} else {
					add("order=os")
				}
				add("dist=", bin(abs(oPos-sPos), 3, 6, 11, 20))
				for _, c := range fz.between(si.toks, sPos, oPos) {
					add("between=", c)
				}
			}
			add("oprev=", fz.before(si.toks, oPos))
		}
		add("prior=", strconv.FormatFloat(float64(int(f.Confidence*10+0.5))/10, 'f', 1, 64))
		for _, x := range f.Features {
			if !strings.HasPrefix(x, "also=") { // counted in dup= and rules=
				add("x=", x)
			}
		}
		out[i] = dedupe(fs)
	}
	return out
}

// sentKey identifies a fact's sentence: its start offset, or -1 for the
// headline (evidence without offsets).
func sentKey(f extract.Fact) int {
	if f.Start == f.End {
		return -1
	}
	return f.Start
}

// edgeKey identifies the direct edge a fact gives (subject, predicate,
// object or value; symmetric predicates in a canonical order).
func edgeKey(f extract.Fact) string {
	s, o := f.Subject, f.Object+f.Value
	if extract.IsSymmetric(f.Predicate) && o < s {
		s, o = o, s
	}
	return f.Predicate + "\x00" + s + "\x00" + o
}

// sentence computes the per-sentence signals of a fact's evidence.
func (fz *Featurizer) sentence(r *extract.Result, f extract.Fact) *sentInfo {
	si := &sentInfo{toks: text.Tokenize(f.Evidence, 0), ents: map[string]bool{}}
	seen := map[string]bool{}
	for _, t := range si.toks {
		for _, w := range []string{t.Norm, t.Bare} {
			if c, ok := fz.cues[w]; ok && !seen[c] {
				seen[c] = true
				si.cues = append(si.cues, c)
			}
		}
		switch t.Norm {
		case "«", "»", "\"", "“", "”":
			si.quote = true
		case "؟", "?":
			si.ask = true
		}
	}
	sort.Strings(si.cues)
	switch n := len(r.Doc.Text); {
	case f.Start == f.End:
		si.posBin = "head"
	case f.Start < 20 || n == 0:
		si.posBin = "lead"
	default:
		si.posBin = "p" + strconv.Itoa(min(3, 4*f.Start/n))
	}
	return si
}

// find returns the first token of the sentence where one of the entity's
// Arabic labels is written (with or without proclitics), or -1. labels
// caches each entity's normalised labels as word lists.
func (fz *Featurizer) find(toks []text.Token, e *extract.Entity, labels map[string][][]string) int {
	if e == nil {
		return -1
	}
	ls, ok := labels[e.Key]
	if !ok {
		add := func(s string) {
			if w := strings.Fields(text.Normalize(s)); len(w) > 0 {
				ls = append(ls, w)
			}
		}
		if l, ok := e.Labels["ar"]; ok {
			add(l)
		}
		for _, a := range e.AltLabels {
			if a.Lang == "ar" {
				add(a.Text)
			}
		}
		labels[e.Key] = ls
	}
	best := -1
	for _, words := range ls {
		for i := 0; i+len(words) <= len(toks) && (best < 0 || i < best); i++ {
			if wordIs(toks[i], words[0]) && phraseAt(toks, i+1, words[1:]) {
				best = i
				break
			}
		}
	}
	return best
}

// between returns the cue classes of the words strictly between two
// mentions (each mention's first token), sorted.
func (fz *Featurizer) between(toks []text.Token, a, b int) []string {
	if a > b {
		a, b = b, a
	}
	var out []string
	for k := a + 1; k < b; k++ {
		for _, w := range []string{toks[k].Norm, toks[k].Bare} {
			if c, ok := fz.cues[w]; ok {
				out = append(out, c)
			}
		}
	}
	return dedupe(out)
}

// before names what precedes a mention at token k: "start", "prep" for a
// preposition or a proclitic preposition on the word itself, "comma",
// "title" for an office word, or "word".
func (fz *Featurizer) before(toks []text.Token, k int) string {
	switch {
	case k < 0:
		return "none"
	case strings.ContainsAny(toks[k].Prefix, "بلك"):
		return "prep"
	case k == 0:
		return "start"
	}
	t := toks[k-1]
	switch {
	case t.Norm == "،" || t.Norm == ",":
		return "comma"
	case fz.cues[t.Norm] == "prep" || fz.cues[t.Bare] == "prep":
		return "prep"
	case fz.cues[t.Norm] == "office" || fz.cues[t.Bare] == "office":
		return "title"
	case !t.IsWord():
		return "punct"
	}
	return "word"
}

func wordIs(t text.Token, w string) bool {
	return t.Norm == w || t.Bare == w || text.StripArticle(t.Bare) == text.StripArticle(w)
}

func phraseAt(toks []text.Token, i int, words []string) bool {
	for k, w := range words {
		if !wordIs(toks[i+k], w) {
			return false
		}
	}
	return true
}

func typeOf(ents map[string]*extract.Entity, key string) string {
	if e := ents[key]; e != nil {
		return e.Type
	}
	return "none"
}

// origin tells a catalogue entity (confidence 1 or a Wikidata id) from one
// the extractor created from the text, by its confidence.
func origin(e *extract.Entity) string {
	switch {
	case e == nil:
		return "none"
	case e.Confidence >= 1 || e.Wikidata != "":
		return "catalogue"
	case e.Confidence >= 0.8:
		return "new-high"
	}
	return "new-low"
}

func dateKind(d string) string {
	switch utf8.RuneCountInString(d) {
	case 0:
		return "none"
	case 4:
		return "year"
	case 7:
		return "month"
	}
	return "day"
}

func found(pos int) string {
	if pos < 0 {
		return "no"
	}
	return "yes"
}

// bin names the bucket of n among the upper bounds (exclusive): "<b" or
// "≥last".
func bin(n int, bounds ...int) string {
	for _, b := range bounds {
		if n < b {
			return "<" + strconv.Itoa(b)
		}
	}
	return ">=" + strconv.Itoa(bounds[len(bounds)-1])
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func dedupe(fs []string) []string {
	sort.Strings(fs)
	out := fs[:0]
	for i, f := range fs {
		if i == 0 || f != fs[i-1] {
			out = append(out, f)
		}
	}
	return out
}
