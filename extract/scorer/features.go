package scorer

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
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
// the arguments are named in the sentence, how far apart and what lies
// between and before them). It is safe for concurrent use.
type Featurizer struct {
	cues   map[string]string
	labels sync.Map // catalogue entity key → [][]string, its Arabic labels as normalised words
}

// NewFeaturizer returns a featurizer with the embedded cue words.
func NewFeaturizer() (*Featurizer, error) {
	cues, err := loadCues(cuesTSV)
	if err != nil {
		return nil, err
	}
	return &Featurizer{cues: cues}, nil
}

// sink receives the features of one fact: as strings (training), or as
// the sum of their weights (scoring, without building strings).
type sink struct {
	buf     []byte
	out     []string           // collected features, when weights is nil
	weights map[string]float64 // when set: z accumulates the weights
	z       float64
}

func (s *sink) add(parts ...string) {
	s.buf = s.buf[:0]
	for _, p := range parts {
		s.buf = append(s.buf, p...)
	}
	if s.weights != nil {
		s.z += s.weights[string(s.buf)] // no allocation for the look-up
		return
	}
	s.out = append(s.out, string(s.buf))
}

// sentInfo is what the features need of one evidence sentence.
type sentInfo struct {
	toks   []text.Token
	bare   []string // each token's Bare without the article
	cues   []string // cue classes present, sorted
	quote  bool
	ask    bool
	facts  int
	ents   []string // distinct entity keys of its facts
	posBin string
}

// edge identifies a direct edge of the result (symmetric predicates with
// their ends in a canonical order).
type edge struct {
	pred extract.Predicate
	s, o string
}

func edgeOf(f extract.Fact) edge {
	s, o := f.Subject, f.Object+f.Value
	if f.Predicate.Symmetric() && o < s {
		s, o = o, s
	}
	return edge{f.Predicate, s, o}
}

// edgeInfo is what the features need of one direct edge of the result.
type edgeInfo struct {
	facts int
	rules []string
	sents []int
}

// docInfo holds the per-document tables of one result.
type docInfo struct {
	ents   map[string]*extract.Entity
	sents  map[int]*sentInfo
	edges  map[edge]*edgeInfo
	labels map[string][][]string // entity key → its Arabic labels, for this result
	doc    *extract.Document
	text   *docText     // tokenized on first use
	body   []text.Token // the text's tokens when the caller has them, else nil
	// salience of each argument, measured on first use
	salience map[string]salience
	// involved counts the facts each entity takes part in
	involved map[string]int
	// brief marks a text too short for anything to recur in it (see
	// briefText): its facts get no repetition or salience features.
	brief bool
}

// briefText is the length, in characters, under which a text is a brief:
// one to three sentences, where no entity or fact has room to recur. The
// model learns what repetition and salience say from whole articles (the
// shortest training article has 881 characters), where a fact stated once
// about an entity named once is doubtful; in a brief everything is stated
// once, so those features would turn every fact of a pasted sentence or a
// news flash into a doubt. A brief's facts are scored without them, as if
// that evidence were unknown.
const briefText = 600

// Result returns the features of each fact of r, in order, each list
// sorted and without repeats.
func (fz *Featurizer) Result(r *extract.Result) [][]string {
	d := fz.doc(r, nil)
	out := make([][]string, len(r.Facts))
	var s sink
	for i, f := range r.Facts {
		s.out = nil
		fz.fact(d, f, &s)
		out[i] = dedupe(s.out)
	}
	return out
}

// scores returns σ-arguments (bias plus the weights of the features) of
// each fact of r under the weights.
func (fz *Featurizer) scores(r *extract.Result, body []text.Token, bias float64, weights map[string]float64) []float64 {
	d := fz.doc(r, body)
	out := make([]float64, len(r.Facts))
	s := sink{weights: weights}
	for i, f := range r.Facts {
		s.z = bias
		fz.fact(d, f, &s)
		out[i] = s.z
	}
	if d.text != nil { // nothing refers to the document's words any more
		d.text.title.release()
		d.text.body.release()
	}
	return out
}

// doc gathers the sentences and edges of a result.
func (fz *Featurizer) doc(r *extract.Result, body []text.Token) *docInfo {
	d := &docInfo{body: body, ents: make(map[string]*extract.Entity, len(r.Entities)), sents: map[int]*sentInfo{},
		edges: map[edge]*edgeInfo{}, labels: map[string][][]string{}, doc: &r.Doc,
		salience: map[string]salience{}, involved: involvement(r.Facts),
		brief: utf8.RuneCountInString(r.Doc.Text)+utf8.RuneCountInString(r.Doc.Title) < briefText}
	for i := range r.Entities {
		d.ents[r.Entities[i].Key] = &r.Entities[i]
	}
	for _, f := range r.Facts {
		k := sentKey(f)
		si := d.sents[k]
		if si == nil {
			si = fz.sentence(r, f, d.body)
			d.sents[k] = si
		}
		si.facts++
		si.ents = addOnce(si.ents, f.Subject)
		if f.Object != "" {
			si.ents = addOnce(si.ents, f.Object)
		}
		e := d.edges[edgeOf(f)]
		if e == nil {
			e = &edgeInfo{}
			d.edges[edgeOf(f)] = e
		}
		e.facts++
		e.rules = addOnce(e.rules, f.Rule)
		for _, x := range f.Features {
			if r, ok := strings.CutPrefix(x, "also="); ok {
				e.rules = addOnce(e.rules, r)
				e.facts++
			}
		}
		if !slices.Contains(e.sents, k) {
			e.sents = append(e.sents, k)
		}
	}
	return d
}

// fact emits the features of one fact.
func (fz *Featurizer) fact(d *docInfo, f extract.Fact, s *sink) {
	si := d.sents[sentKey(f)]
	e := d.edges[edgeOf(f)]
	if e == nil { // a corrupted candidate (training only)
		e = &edgeInfo{}
	}
	s.add("rule=", f.Rule)
	s.add("pred=", string(f.Predicate))
	if j := strings.LastIndexByte(f.Rule, '-'); j >= 0 {
		s.add("form=", f.Rule[j+1:])
		s.add("pform=", string(f.Predicate), ":", f.Rule[j+1:])
	}
	st, ot := typeOf(d.ents, f.Subject), typeOf(d.ents, f.Object)
	if f.Predicate == extract.Deaths {
		ot = "value"
	}
	s.add("stype=", st)
	s.add("otype=", ot)
	s.add("types=", string(f.Predicate), ":", st, ">", ot)
	s.add("scat=", origin(d.ents[f.Subject]))
	if !d.brief {
		fz.salienceFeatures(d, "s", f.Subject, s)
		s.add("sfacts=", bin(d.involved[f.Subject], 2, 3, 5))
	}
	if f.Object != "" {
		s.add("ocat=", origin(d.ents[f.Object]))
		s.add("cats=", origin(d.ents[f.Subject]), ">", origin(d.ents[f.Object]))
		if !d.brief {
			fz.salienceFeatures(d, "o", f.Object, s)
			s.add("ofacts=", bin(d.involved[f.Object], 2, 3, 5))
		}
	}
	dk := dateKind(f.Date)
	s.add("date=", dk)
	s.add("pdate=", string(f.Predicate), ":", dk)
	s.add("pos=", si.posBin)
	s.add("len=", bin(len(si.toks), 12, 25, 40, 60))
	for _, c := range si.cues {
		s.add("cue=", c)
		s.add("pcue=", string(f.Predicate), ":", c)
	}
	if si.quote {
		s.add("quote")
	}
	if si.ask {
		s.add("question")
	}
	s.add("nents=", bin(len(si.ents), 3, 4, 6))
	s.add("nfacts=", bin(si.facts, 2, 3, 5))
	if !d.brief {
		s.add("dup=", bin(e.facts, 2, 3))
		s.add("rules=", bin(len(e.rules), 2, 3))
		s.add("sents=", bin(len(e.sents), 2, 3))
	}
	if !f.Predicate.Symmetric() && f.Object != "" && d.edges[edge{f.Predicate, f.Object, f.Subject}] != nil {
		s.add("reverse")
	}
	sPos := fz.find(si, d, f.Subject)
	s.add("smention=", found(sPos))
	s.add("sprev=", fz.before(si.toks, sPos))
	tPos := trigger(si, f.Features)
	triggerDistance("strig=", tPos, sPos, s)
	if f.Object != "" {
		oPos := fz.find(si, d, f.Object)
		triggerDistance("otrig=", tPos, oPos, s)
		if tPos >= 0 && sPos >= 0 && oPos >= 0 && (sPos < tPos) == (tPos < oPos) {
			s.add("trig=between")
		}
		s.add("omention=", found(oPos))
		if sPos >= 0 && oPos >= 0 {
			if sPos < oPos {
				s.add("order=so")
			} else {
				s.add("order=os")
			}
			s.add("dist=", bin(abs(oPos-sPos), 3, 6, 11, 20))
			fz.between(si.toks, sPos, oPos, s)
		}
		s.add("oprev=", fz.before(si.toks, oPos))
	}
	s.add("prior=", priorBin(f.Confidence))
	for i, x := range f.Features {
		if strings.HasPrefix(x, "also=") || slices.Contains(f.Features[:i], x) {
			continue // counted in dup= and rules=; or a repeat
		}
		s.add("x=", x)
		if cx, ok := strings.CutPrefix(x, "cx="); ok {
			s.add("pcx=", string(f.Predicate), ":", cx)
		}
	}
}

// sentKey identifies a fact's sentence: its start offset, or -1 for the
// headline (evidence without offsets).
func sentKey(f extract.Fact) int {
	if f.Start == f.End {
		return -1
	}
	return f.Start
}

// edgeKey names the direct edge a fact gives, for Example.Edge.
func edgeKey(f extract.Fact) string {
	e := edgeOf(f)
	return string(e.pred) + "\x00" + e.s + "\x00" + e.o
}

var posBins = [...]string{"p0", "p1", "p2", "p3"}

// sentence computes the per-sentence signals of a fact's evidence.
func (fz *Featurizer) sentence(r *extract.Result, f extract.Fact, body []text.Token) *sentInfo {
	si := &sentInfo{toks: evidenceTokens(r, f, body)}
	si.bare = make([]string, len(si.toks))
	for i, t := range si.toks {
		si.bare[i] = text.StripArticle(t.Bare)
		for _, w := range [2]string{t.Norm, t.Bare} {
			if c, ok := fz.cues[w]; ok && !slices.Contains(si.cues, c) {
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
		si.posBin = posBins[min(3, 4*f.Start/n)]
	}
	return si
}

// find returns the first token of the sentence where one of the entity's
// Arabic labels is written (with or without proclitics and article), or -1.
func (fz *Featurizer) find(si *sentInfo, d *docInfo, key string) int {
	e := d.ents[key]
	if e == nil {
		return -1
	}
	best := -1
	for _, words := range fz.arabicLabels(d, e) {
		for i := 0; i+len(words) <= len(si.toks) && (best < 0 || i < best); i++ {
			if phraseAt(si, i, words) {
				best = i
				break
			}
		}
	}
	return best
}

// arabicLabels returns an entity's Arabic labels as normalised words
// without the article, cached across documents for catalogue entities.
func (fz *Featurizer) arabicLabels(d *docInfo, e *extract.Entity) [][]string {
	if ls, ok := d.labels[e.Key]; ok {
		return ls
	}
	catalogued := origin(e) == "catalogue"
	if catalogued {
		if ls, ok := fz.labels.Load(e.Key); ok {
			d.labels[e.Key] = ls.([][]string)
			return d.labels[e.Key]
		}
	}
	var ls [][]string
	add := func(s string) {
		w := strings.Fields(text.Normalize(s))
		for i := range w {
			w[i] = text.StripArticle(w[i])
		}
		if len(w) > 0 {
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
	if catalogued {
		fz.labels.Store(e.Key, ls)
	}
	d.labels[e.Key] = ls
	return ls
}

// phraseAt reports whether the label words (without article) are written
// from token i, the first word possibly with proclitics.
func phraseAt(si *sentInfo, i int, words []string) bool {
	if w := words[0]; si.bare[i] != w {
		// StripArticle(norm) is norm or norm without the article
		norm := si.toks[i].Norm
		if n := len(norm); n != len(w) && n != len(w)+len(text.Article) || text.StripArticle(norm) != w {
			return false
		}
	}
	for k, w := range words[1:] {
		if si.bare[i+1+k] != w {
			return false
		}
	}
	return true
}

// between emits the cue classes of the words strictly between two
// mentions (each mention's first token), once each.
func (fz *Featurizer) between(toks []text.Token, a, b int, s *sink) {
	if a > b {
		a, b = b, a
	}
	var seen [16]string // more than the cue classes
	n := 0
	for k := a + 1; k < b; k++ {
		for _, w := range [2]string{toks[k].Norm, toks[k].Bare} {
			if c, ok := fz.cues[w]; ok && !slices.Contains(seen[:n], c) {
				if n < len(seen) {
					seen[n] = c
					n++
				}
				s.add("between=", c)
			}
		}
	}
}

// before names what precedes a mention at token k: "start", "prep" for a
// preposition or a proclitic preposition on the word itself, "comma",
// "title" for an office word, "punct" or "word"; "none" without a mention.
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

func typeOf(ents map[string]*extract.Entity, key string) string {
	if e := ents[key]; e != nil {
		return string(e.Type)
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

// bin names the bucket of n among the upper bounds (exclusive, below 100):
// "<b" or ">=last", from a table (no allocation).
func bin(n int, bounds ...int) string {
	for _, b := range bounds {
		if n < b {
			return lessThan[b]
		}
	}
	return atLeast[bounds[len(bounds)-1]]
}

var lessThan, atLeast [100]string

var priorBins [11]string

func init() {
	for i := range lessThan {
		lessThan[i] = "<" + strconv.Itoa(i)
		atLeast[i] = ">=" + strconv.Itoa(i)
	}
	for i := range priorBins {
		priorBins[i] = strconv.FormatFloat(float64(i)/10, 'f', 1, 64)
	}
}

// priorBin is a confidence rounded to a tenth, as text.
func priorBin(c float64) string {
	return priorBins[max(0, min(10, int(c*10+0.5)))]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func addOnce(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
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
