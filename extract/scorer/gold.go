package scorer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/internal/tsv"
)

// Gold is a gold set read the way ../shared/eval/score.py reads it,
// restricted to the documents of one part: the gold facts of those
// documents and the entities those facts name.
type Gold struct {
	// Docs are the ids of the documents of the part.
	Docs map[string]bool
	// Facts are the gold facts, by document id.
	Facts map[string][]GoldFact

	names map[string]map[string]bool // gold entity name → normalised names
	qids  map[string]string          // gold entity name → Wikidata id
}

// GoldFact is one row of facts.tsv: each slot lists its alternatives (a
// literal object keeps its quotes: "\"250\"").
type GoldFact struct {
	Subject   []string
	Predicate extract.Predicate
	Object    []string
}

// LoadGold reads dir/entities.tsv, dir/facts.tsv and dir/SPLIT.tsv and keeps
// the facts of the documents SPLIT.tsv puts in part, with the entities they
// name; the rows of other parts are skipped unread. An empty part keeps
// every document of facts.tsv.
func LoadGold(dir, part string) (*Gold, error) {
	g := &Gold{Docs: map[string]bool{}, Facts: map[string][]GoldFact{},
		names: map[string]map[string]bool{}, qids: map[string]string{}}
	if part != "" {
		rows, err := readTSV(filepath.Join(dir, "SPLIT.tsv"), 3)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if strings.TrimSpace(r.Fields[1]) == part {
				g.Docs[strings.TrimSpace(r.Fields[0])] = true
			}
		}
		if len(g.Docs) == 0 {
			return nil, fmt.Errorf("gold %s: SPLIT.tsv has no document in part %q", dir, part)
		}
	}
	rows, err := readTSV(filepath.Join(dir, "facts.tsv"), 7)
	if err != nil {
		return nil, err
	}
	used := map[string]bool{}
	for _, row := range rows {
		r := row.Fields
		doc := strings.TrimSpace(r[6])
		if part != "" && !g.Docs[doc] {
			continue
		}
		if part == "" {
			g.Docs[doc] = true
		}
		p, err := extract.ParsePredicate(strings.TrimSpace(r[1]))
		if err != nil {
			return nil, fmt.Errorf("gold: %w", row.Errorf("%w", err))
		}
		f := GoldFact{Subject: Alternatives(r[0]), Predicate: p, Object: Alternatives(r[2])}
		for _, a := range append(append([]string{}, f.Subject...), f.Object...) {
			used[a] = true
		}
		g.Facts[doc] = append(g.Facts[doc], f)
	}
	if rows, err = readTSV(filepath.Join(dir, "entities.tsv"), 4); err != nil {
		return nil, err
	}
	for _, row := range rows {
		r := row.Fields
		if !used[r[0]] {
			continue // an entity of another part's facts: not read
		}
		ns := map[string]bool{Norm(r[0]): true}
		for _, a := range Alternatives(r[2]) {
			ns[Norm(a)] = true
		}
		g.names[r[0]] = ns
		g.qids[r[0]] = strings.TrimSpace(r[3])
	}
	for a := range used {
		if _, ok := g.names[a]; !ok && !strings.HasPrefix(a, `"`) {
			return nil, fmt.Errorf("gold %s: facts.tsv names %q, missing from entities.tsv", dir, a)
		}
	}
	return g, nil
}

// readTSV reads the rows of a tab-separated file, skipping blank lines and
// # comments, each padded to width fields.
func readTSV(path string, width int) ([]tsv.Row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	rows := tsv.Parse(path, string(data))
	for i := range rows {
		rows[i].Fields = append(rows[i].Fields, make([]string, width)...)[:width]
	}
	return rows, nil
}

// Alternatives splits a gold slot at "|" into its trimmed alternatives.
func Alternatives(slot string) []string {
	var out []string
	for _, a := range strings.Split(slot, "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

var folder = cases.Fold()

// Norm normalises a name as score.py does: case folded, NFKD without
// combining marks, the characters -'’‘`_.,() turned into spaces, spaces
// collapsed.
func Norm(s string) string {
	s = norm.NFKD.String(folder.String(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case strings.ContainsRune("-'’‘`_.,()", r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// matches reports whether an extracted entity matches a gold entity name:
// one of its labels equals a name or alias after normalisation, or its
// Wikidata id is the gold entity's.
func (g *Gold) matches(e extract.Entity, name string) bool {
	ns, ok := g.names[name]
	if !ok {
		return false
	}
	if q := g.qids[name]; q != "" && q == e.Wikidata {
		return true
	}
	for _, l := range e.Labels {
		if ns[Norm(l)] {
			return true
		}
	}
	for _, l := range e.AltLabels {
		if ns[Norm(l.Text)] {
			return true
		}
	}
	return false
}

func (g *Gold) matchesAny(e extract.Entity, alts []string) bool {
	for _, a := range alts {
		if g.matches(e, a) {
			return true
		}
	}
	return false
}

// Holds reports whether fact f of document doc is one of that document's
// gold facts: same predicate, subject and object matching one alternative
// each (either way round for symmetric predicates); a deaths fact matches
// on its value. ents are the result's entities by key.
func (g *Gold) Holds(doc string, f extract.Fact, ents map[string]extract.Entity) bool {
	for _, gf := range g.Facts[doc] {
		if g.holdsFact(gf, f, ents) {
			return true
		}
	}
	return false
}

func (g *Gold) holdsFact(gf GoldFact, f extract.Fact, ents map[string]extract.Entity) bool {
	if gf.Predicate != f.Predicate {
		return false
	}
	s, o := ents[f.Subject], ents[f.Object]
	if f.Predicate == extract.Deaths {
		for _, a := range gf.Object {
			if a == `"`+f.Value+`"` && g.matchesAny(s, gf.Subject) {
				return true
			}
		}
		return false
	}
	return g.matchesAny(s, gf.Subject) && g.matchesAny(o, gf.Object) ||
		f.Predicate.Symmetric() && g.matchesAny(o, gf.Subject) && g.matchesAny(s, gf.Object)
}

// Matches returns the indices in g.Facts[doc] of the gold facts that fact f
// of document doc matches (see Holds).
func (g *Gold) Matches(doc string, f extract.Fact, ents map[string]extract.Entity) []int {
	var out []int
	for i := range g.Facts[doc] {
		if g.holdsFact(g.Facts[doc][i], f, ents) {
			out = append(out, i)
		}
	}
	return out
}
