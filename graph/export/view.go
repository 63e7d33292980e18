package export

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
)

// view is the graph the graph formats draw: entities as nodes, direct edges
// as edges, each edge carrying what its statement nodes say.
type view struct {
	Nodes []*vnode // sorted by ID
	Edges []*vedge // sorted by source, target, predicate
}

// vnode is an entity.
type vnode struct {
	ID      string // the entity IRI
	Type    string // class local name ("Person"); "" when unknown
	Label   string // English label, else "romanised (romanised)", else Arabic, else the IRI's last segment
	LabelEn string
	LabelAr string
	// LabelLatn is the romanised label (ar-Latn) of a name the catalogue
	// lacks: a transliteration, not an English name.
	LabelLatn string
	Wikidata  string // "Q7747"
	Deaths    string // the largest deaths count stated for an event
}

// vedge is one direct edge, folded over the documents that state it.
type vedge struct {
	ID           string // "e0", "e1", … in sorted order
	Source       string
	Target       string
	Predicate    string // local name ("met")
	Symmetric    bool
	Dates        []string // distinct statement dates, sorted
	Confidence   float64  // the highest statement confidence
	Documents    int      // documents stating the edge
	Statements   int      // statement nodes of the edge
	Evidence     string   // the first evidence sentence (earliest date, then document)
	EvidenceLang string
}

// Date returns the earliest date of the edge, or "".
func (e *vedge) Date() string {
	if len(e.Dates) == 0 {
		return ""
	}
	return e.Dates[0]
}

// vstmt is a statement node as read from the quads.
type vstmt struct {
	s, p, o    quad.Value
	date, conf string
	evidence   quad.Value
	doc        string
	start      int
}

// buildView reads the chosen quads and folds them into a view.
func buildView(ctx context.Context, s *source) (*view, error) {
	v := s.v
	vocabNS := v.Base + "vocab/"
	classes := map[quad.Value]string{}
	for _, c := range extract.EntityTypes {
		classes[v.Class(c)] = string(c)
	}
	var (
		tSubj, tPred, tObj = v.Term(graph.TermSubject), v.Term(graph.TermPredicate), v.Term(graph.TermObject)
		tDate, tConf       = v.Term(graph.TermDate), v.Term(graph.TermConfidence)
		tEvid, tSource     = v.Term(graph.TermEvidence), v.Term(graph.TermSource)
		tStart, tDeaths    = v.Term(graph.TermStart), v.Term(extract.Deaths)
	)
	type nodeAcc struct {
		typ    string
		labels map[string]map[string]int // lang → label → count
		wd     string
		deaths int
		hasDth bool
	}
	nodes := map[string]*nodeAcc{}
	node := func(iri string) *nodeAcc {
		n := nodes[iri]
		if n == nil {
			n = &nodeAcc{labels: map[string]map[string]int{}}
			nodes[iri] = n
		}
		return n
	}
	type ekey struct{ s, p, o string }
	edgeDocs := map[ekey]map[string]bool{}
	stmts := map[string]*vstmt{}
	st := func(q quad.Quad) *vstmt {
		k := string(q.Subject.(quad.IRI))
		x := stmts[k]
		if x == nil {
			x = &vstmt{start: -1}
			stmts[k] = x
		}
		return x
	}
	err := s.eachAsync(ctx, func(q quad.Quad) error {
		subj, ok := q.Subject.(quad.IRI)
		if !ok {
			return nil
		}
		switch q.Predicate {
		case graph.RDFType:
			if c, ok := classes[q.Object]; ok {
				n := node(string(subj))
				if n.typ == "" || c < n.typ {
					n.typ = c
				}
			}
			return nil
		case graph.RDFSLabel:
			if l, ok := q.Object.(quad.LangString); ok {
				n := node(string(subj))
				m := n.labels[l.Lang]
				if m == nil {
					m = map[string]int{}
					n.labels[l.Lang] = m
				}
				m[string(l.Value)]++
			}
			return nil
		case graph.OWLSameAs:
			if o, ok := q.Object.(quad.IRI); ok && strings.HasPrefix(string(o), graph.WD) {
				n := node(string(subj))
				if id := strings.TrimPrefix(string(o), graph.WD); n.wd == "" || id < n.wd {
					n.wd = id
				}
			}
			return nil
		case tSubj:
			st(q).s = q.Object
			return nil
		case tPred:
			st(q).p = q.Object
			return nil
		case tObj:
			st(q).o = q.Object
			return nil
		case tDate:
			st(q).date = graph.Text(q.Object)
			return nil
		case tConf:
			st(q).conf = graph.Text(q.Object)
			return nil
		case tEvid:
			st(q).evidence = q.Object
			return nil
		case tSource:
			st(q).doc = graph.Text(q.Object)
			return nil
		case tStart:
			if n, err := strconv.Atoi(graph.Text(q.Object)); err == nil {
				st(q).start = n
			}
			return nil
		}
		if s.modelPreds[q.Predicate] {
			if q.Predicate == tDeaths {
				if n, err := strconv.Atoi(graph.Text(q.Object)); err == nil {
					a := node(string(subj))
					if !a.hasDth || n > a.deaths {
						a.deaths, a.hasDth = n, true
					}
				}
				return nil
			}
			o, ok := q.Object.(quad.IRI)
			if !ok {
				return nil
			}
			k := ekey{string(subj), string(q.Predicate.(quad.IRI)), string(o)}
			d := edgeDocs[k]
			if d == nil {
				d = map[string]bool{}
				edgeDocs[k] = d
			}
			d[labelKey(q.Label)] = true
			node(string(subj))
			node(string(o))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	out := &view{}
	for iri, n := range nodes {
		vn := &vnode{ID: iri, Type: n.typ, Wikidata: n.wd,
			LabelEn: preferred(n.labels["en"]), LabelAr: preferred(n.labels["ar"]), LabelLatn: preferred(n.labels[RomanisedLang])}
		if n.hasDth {
			vn.Deaths = strconv.Itoa(n.deaths)
		}
		vn.Label = vn.LabelEn
		if vn.Label == "" && vn.LabelLatn != "" {
			vn.Label = RomanisedLabel(vn.LabelLatn)
		}
		if vn.Label == "" {
			vn.Label = vn.LabelAr
		}
		if vn.Label == "" {
			for _, l := range sortedKeys(n.labels) {
				if vn.Label = preferred(n.labels[l]); vn.Label != "" {
					break
				}
			}
		}
		if vn.Label == "" {
			vn.Label = lastSegment(iri)
		}
		out.Nodes = append(out.Nodes, vn)
	}
	sort.Slice(out.Nodes, func(i, j int) bool { return out.Nodes[i].ID < out.Nodes[j].ID })

	// Fold statements into their edges.
	byEdge := map[ekey][]*vstmt{}
	for _, x := range stmts {
		si, ok1 := x.s.(quad.IRI)
		pi, ok2 := x.p.(quad.IRI)
		oi, ok3 := x.o.(quad.IRI)
		if ok1 && ok2 && ok3 {
			k := ekey{string(si), string(pi), string(oi)}
			if _, ok := edgeDocs[k]; ok {
				byEdge[k] = append(byEdge[k], x)
			}
		}
	}
	for k, docs := range edgeDocs {
		e := &vedge{Source: k.s, Target: k.o, Predicate: strings.TrimPrefix(k.p, vocabNS), Documents: len(docs)}
		e.Symmetric = extract.Predicate(e.Predicate).Symmetric()
		xs := byEdge[k]
		sort.Slice(xs, func(i, j int) bool {
			a, b := xs[i], xs[j]
			if (a.date == "") != (b.date == "") {
				return a.date != ""
			}
			if a.date != b.date {
				return a.date < b.date
			}
			if a.doc != b.doc {
				return a.doc < b.doc
			}
			return a.start < b.start
		})
		dates := map[string]bool{}
		for _, x := range xs {
			e.Statements++
			if x.date != "" && !dates[x.date] {
				dates[x.date] = true
				e.Dates = append(e.Dates, x.date)
			}
			if c, err := strconv.ParseFloat(x.conf, 64); err == nil && c > e.Confidence {
				e.Confidence = c
			}
			if e.Evidence == "" && x.evidence != nil {
				e.Evidence = graph.Text(x.evidence)
				if l, ok := x.evidence.(quad.LangString); ok {
					e.EvidenceLang = l.Lang
				}
			}
		}
		sort.Strings(e.Dates)
		out.Edges = append(out.Edges, e)
	}
	sort.Slice(out.Edges, func(i, j int) bool {
		a, b := out.Edges[i], out.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Predicate < b.Predicate
	})
	for i, e := range out.Edges {
		e.ID = "e" + strconv.Itoa(i)
	}
	return out, nil
}

// preferred returns the most frequent label, the smallest among equals.
func preferred(m map[string]int) string {
	best, n := "", 0
	for l, c := range m {
		if c > n || c == n && l < best {
			best, n = l, c
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func lastSegment(iri string) string {
	if i := strings.LastIndexAny(iri, "/#"); i >= 0 && i < len(iri)-1 {
		return iri[i+1:]
	}
	return iri
}

// formatConf writes a confidence without trailing zeros ("0.9").
func formatConf(c float64) string { return strconv.FormatFloat(c, 'f', -1, 64) }

// RomanisedLang is the language tag of a romanised label: the Latin
// spelling of an Arabic name the catalogue lacks, which is no English name.
const RomanisedLang = "ar-Latn"

// RomanisedLabel marks a romanised label for display: "Adel al-Halu
// (romanised)".
func RomanisedLabel(s string) string { return s + " (romanised)" }
