package catalog

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// GoldSpan is one named-entity span of a CoNLL file: its tag type (PERS,
// LOC, ORG, MISC) and its tokens as written.
type GoldSpan struct {
	Type   string
	Tokens []string
}

// ReadConll reads the gold spans of a CoNLL file (`token TAG` a line, BIO
// tags, a blank line between sentences). An I-X tag after O or another
// type begins a new X span, as CoNLL readers do.
func ReadConll(r io.Reader) ([]GoldSpan, error) {
	var spans []GoldSpan
	open := -1 // index in spans of the span the previous token belongs to
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			open = -1
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("conll line %d: want `token TAG`, got %q", n, sc.Text())
		}
		tok, tag := f[0], f[len(f)-1]
		bio, typ, _ := strings.Cut(tag, "-")
		switch {
		case tag == "O" || typ == "":
			open = -1
		case bio == "I" && open >= 0 && spans[open].Type == typ:
			spans[open].Tokens = append(spans[open].Tokens, tok)
		default:
			spans = append(spans, GoldSpan{Type: typ, Tokens: []string{tok}})
			open = len(spans) - 1
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading conll: %w", err)
	}
	return spans, nil
}

// skeletonTypes maps a CoNLL tag type to the entity type whose skeleton
// lookup the extractor would try for an unknown name of that type.
var skeletonTypes = map[string]extract.EntityType{"PERS": extract.Person, "LOC": extract.Place}

// LinkSpan returns the catalogue entry a name written as tokens links to
// the way the extractor finds it: the whole name, its first word with or
// without its clitics (text.Forms: و، ب، ل، ال…), through the index with
// its spelling variants; then, for people and places of two words or
// more, the consonant skeleton; a one-word person by the family name of
// a catalogue office holder (officeBearer); an organisation named
// without its head noun (LookupHeaded). typ is the CoNLL tag type; nil
// when nothing links.
func (c *Catalog) LinkSpan(tokens []string, typ string) *Entry {
	if len(tokens) == 0 {
		return nil
	}
	norms := normalizeAll(tokens)
	names := cliticReadings(norms)
	for _, name := range names {
		if hits := c.LookupHits(name); len(hits) > 0 {
			return hits[0].Entry
		}
		if st, ok := skeletonTypes[typ]; ok && len(norms) > 1 {
			if e := c.LookupSkeleton(name, st, nil); e != nil {
				return e
			}
		}
	}
	switch {
	case typ == "PERS" && len(norms) == 1:
		return c.officeBearer(norms[0])
	case typ == "ORG":
		for _, name := range names {
			if e := c.LookupHeaded(name); e != nil {
				return e // الوفاق: جمعية الوفاق
			}
		}
	}
	return nil
}

// officeBearer returns the bearer of a family name (Bearers, the word as
// written: a clitic reading of one word is too loose a cue) who held the
// most offices, unless the word is also a given name (GivenName), as the extractor links a one-word person name the
// tagger finds to the bearer active at the document's date (CoNLL
// sentences are undated: any office counts); nil when none.
func (c *Catalog) officeBearer(norm string) *Entry {
	if c.GivenName(norm) {
		return nil // محمد، علي: anyone's given name
	}
	var best *Entry
	for _, b := range c.Bearers(norm) {
		if c.Active(b.Key, time.Time{}) && (best == nil || len(c.byPerson[b.Key]) > len(c.byPerson[best.Key])) {
			best = b
		}
	}
	return best
}

// SpanCoverage is how many gold spans of each type the catalogue links,
// with the names it misses and how often each occurs.
type SpanCoverage struct {
	Total, Linked map[string]int
	// Misses[type][name] counts the unlinked spans of that surface.
	Misses map[string]map[string]int
	// Kind[type][name] is the miss kind of that surface (MissKind).
	Kind map[string]map[string]string
}

// ConllCoverage links every gold span with LinkSpan and counts the result
// per type.
func (c *Catalog) ConllCoverage(spans []GoldSpan) *SpanCoverage {
	cv := &SpanCoverage{Total: map[string]int{}, Linked: map[string]int{}, Misses: map[string]map[string]int{}, Kind: map[string]map[string]string{}}
	for _, s := range spans {
		cv.Total[s.Type]++
		if c.LinkSpan(s.Tokens, s.Type) != nil {
			cv.Linked[s.Type]++
			continue
		}
		if cv.Misses[s.Type] == nil {
			cv.Misses[s.Type] = map[string]int{}
			cv.Kind[s.Type] = map[string]string{}
		}
		n := strings.Join(s.Tokens, " ")
		if cv.Misses[s.Type][n] == 0 {
			cv.Kind[s.Type][n] = c.MissKind(s.Tokens, s.Type)
		}
		cv.Misses[s.Type][n]++
	}
	return cv
}

// Write prints the linked fraction per type and, per type, the top most
// frequent missed names.
func (cv *SpanCoverage) Write(w io.Writer, top int) error {
	var b strings.Builder
	types := sortedKeys(cv.Total)
	all, linked := 0, 0
	for _, t := range types {
		all += cv.Total[t]
		linked += cv.Linked[t]
		fmt.Fprintf(&b, "%-5s linked %5d of %5d (%.3f)\n", t, cv.Linked[t], cv.Total[t], ratio(cv.Linked[t], cv.Total[t]))
	}
	fmt.Fprintf(&b, "all   linked %5d of %5d (%.3f)\n", linked, all, ratio(linked, all))
	for _, t := range types {
		if top <= 0 || len(cv.Misses[t]) == 0 {
			continue
		}
		for _, kind := range []string{MissFamily, MissPartial, MissAbsent} {
			var names []string
			spans := 0
			for n, k := range cv.Kind[t] {
				if k == kind {
					names = append(names, n)
					spans += cv.Misses[t][n]
				}
			}
			sort.Strings(names)
			sort.SliceStable(names, func(i, j int) bool { return cv.Misses[t][names[i]] > cv.Misses[t][names[j]] })
			fmt.Fprintf(&b, "%s misses, %s (%d names, %d spans):", t, kind, len(names), spans)
			for _, n := range names[:min(top, len(names))] {
				fmt.Fprintf(&b, " %s×%d", n, cv.Misses[t][n])
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Miss kinds: why the catalogue links no entry to a gold span.
const (
	// MissAbsent: no catalogue name holds the span's words; the catalogue
	// lacks the entity (or knows it under another name).
	MissAbsent = "absent"
	// MissFamily: a person's name the catalogue knows as the family name
	// (or the first words) of people none of whom held an office.
	MissFamily = "family"
	// MissPartial: the span's words are a whole-word part of a catalogue
	// name of an entry of that kind (بوش of جورج دبليو بوش): the entity is
	// likely present but the short form is not linked.
	MissPartial = "partial"
)

// partsIndex maps every run of whole words of every indexed name (two
// words or more) to the types of the entries so named.
func (c *Catalog) partsIndex() map[string]map[extract.EntityType]bool {
	c.partsOnce.Do(func() {
		m := map[string]map[extract.EntityType]bool{}
		for name, hits := range c.names.m {
			words := strings.Split(name, " ")
			if len(words) < 2 {
				continue
			}
			for a := 0; a < len(words); a++ {
				for b := a + 1; b <= len(words); b++ {
					if b-a == len(words) {
						continue
					}
					k := strings.Join(words[a:b], " ")
					if m[k] == nil {
						m[k] = map[extract.EntityType]bool{}
					}
					for _, h := range hits {
						m[k][h.Entry.Type] = true
					}
				}
			}
		}
		c.parts = m
	})
	return c.parts
}

// conllTypes maps a CoNLL tag type to the entity types it may link to.
var conllTypes = map[string][]extract.EntityType{
	"PERS": {extract.Person},
	"LOC":  {extract.Country, extract.Place, extract.Facility},
	"ORG":  {extract.Organization, extract.Group, extract.Facility},
	"MISC": {extract.Event, extract.Agreement, extract.Work, extract.Weapon},
}

// MissKind classifies a gold span LinkSpan does not link: MissFamily for
// a person named by the family name of catalogue people; MissPartial
// when its words, with the first word in any clitic reading, are a
// whole-word part of a longer catalogue name of a type the tag allows,
// else MissAbsent.
func (c *Catalog) MissKind(tokens []string, typ string) string {
	if len(tokens) == 0 {
		return MissAbsent
	}
	parts := c.partsIndex()
	for _, name := range cliticReadings(normalizeAll(tokens)) {
		if typ == "PERS" && len(c.Bearers(name)) > 0 {
			return MissFamily
		}
		for _, et := range conllTypes[typ] {
			if parts[name][et] {
				return MissPartial
			}
		}
	}
	return MissAbsent
}

// normalizeAll returns the tokens normalised (text.Normalize).
func normalizeAll(tokens []string) []string {
	norms := make([]string, len(tokens))
	for i, t := range tokens {
		norms[i] = text.Normalize(t)
	}
	return norms
}

// cliticReadings returns a name of normalised words with its first word
// in each clitic reading (text.Forms: و، ب، ل، ال…), the rest as written.
func cliticReadings(norms []string) []string {
	rest := strings.Join(norms[1:], " ")
	var names []string
	for _, f := range text.Forms(norms[0]) {
		if rest != "" {
			f += " " + rest
		}
		names = append(names, f)
	}
	return names
}
