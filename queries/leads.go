package queries

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
	"github.com/newskg/kg/graph"
)

// The leads link joins a leader to what they lead, so that a question
// naming one is answered through facts about the other: "who supports
// Assad?" finds that Russia supports the Syrian government. It is derived
// at query time, never stored:
//
//   - P leads X when the store has an officialOf statement P → X whose
//     role is a head role (data/head-roles.txt), or the catalogue has a
//     dated office of P with such a role of X; the catalogue's dates bound
//     the link (a 2025 fact about the Syrian government is not about Assad);
//   - a country's government entity (the catalogue's government column:
//     Syria → the Syrian government) is linked to the country, and whoever
//     leads the country leads its government too.
//
// A link is one level deep: a leader's links are what they lead; a country's
// or organisation's links are its government or country and its leaders.

//go:embed data/head-roles.txt
var headRolesTxt string

// headRoles is data/head-roles.txt as a set.
var headRoles = func() map[string]bool {
	m := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(headRolesTxt))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

// IsHeadRole reports whether the holder of role leads what they hold it of
// ("president", "king", "prime minister", …).
func IsHeadRole(role string) bool { return headRoles[strings.ToLower(strings.TrimSpace(role))] }

// Period is when a link holds: dates "YYYY", "YYYY-MM" or "YYYY-MM-DD"; an
// empty From or To leaves that end open. A day-precise To is the day the
// office was handed over.
type Period struct {
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
}

// Link is an entity through which a question about another is answered.
type Link struct {
	// Asked is the entity the question named; IRI the linked one, the
	// party of the facts found through the link.
	Asked string `json:"asked"`
	IRI   string `json:"iri"`
	// Relation is "leads" (Asked leads IRI), "ledBy" (IRI leads Asked),
	// "governmentOf" (Asked is the government of IRI) or "hasGovernment"
	// (IRI is the government of Asked).
	Relation string `json:"relation"`
	// Why says it in words: "Bashar al-Assad is president of Syria".
	Why string `json:"why"`
	// Periods bound the link in time; none means always.
	Periods []Period `json:"periods,omitempty"`
}

// catalogue is what links need of the entity catalogue (its dated offices
// and government entities), read on the first question that follows links.
var catalogue = sync.OnceValue(func() *linkData {
	t := catalog.DefaultOffices()
	d := &linkData{government: t.Government, governmentOf: map[string]string{}, linked: map[string]bool{},
		byPerson: map[string][]catalog.Office{}, byOf: map[string][]catalog.Office{}}
	for c, g := range t.Government {
		d.governmentOf[g] = c
		d.linked[c], d.linked[g] = true, true
	}
	for _, o := range t.Offices {
		if headRoles[o.Role] {
			d.byPerson[o.Person] = append(d.byPerson[o.Person], o)
			d.byOf[o.Of] = append(d.byOf[o.Of], o)
			d.linked[o.Person], d.linked[o.Of] = true, true
		}
	}
	return d
})

// linkData is the part of the catalogue links need, by key.
type linkData struct {
	// government maps a country to its government entity; governmentOf
	// the other way.
	government, governmentOf map[string]string
	// byPerson and byOf hold the head offices (head roles only) by holder
	// and by what they are held of.
	byPerson, byOf map[string][]catalog.Office
	// linked holds the keys of the entities the catalogue links.
	linked map[string]bool
}

// linker finds the links of entities in one store.
type linker struct {
	e     *env
	names map[string]string // IRI → label, for Why
	// noWhy leaves Why empty (a search that needs no words).
	noWhy bool
	// links caches Links by entity: a path search asks again and again.
	links map[string][]Link
}

func newLinker(e *env) *linker {
	return &linker{e: e, names: map[string]string{}, links: map[string][]Link{}}
}

// mayLink tells whether an entity can have links: the catalogue links it,
// or it has an officialOf edge in the store (sawOffice).
func (l *linker) mayLink(iri string, sawOffice bool) bool {
	return sawOffice || catalogue().linked[l.key(iri)]
}

func (l *linker) key(iri string) string {
	return strings.TrimPrefix(iri, l.e.vocab.Base+"entity/")
}

func (l *linker) iri(key string) string { return string(l.e.vocab.Entity(key)) }

// exists reports whether the store has the entity (it has a type).
func (l *linker) exists(ctx context.Context, iri string) bool {
	return len(l.e.store.Objects(ctx, quad.IRI(iri), graph.RDFType, 1)) > 0
}

func (l *linker) label(ctx context.Context, iri string) string {
	if l.noWhy {
		return ""
	}
	if s, ok := l.names[iri]; ok {
		return s
	}
	d := newDescriber(l.e.store)
	info, ok := d.describe(ctx, quad.IRI(iri))
	name := info.Label
	if !ok || len(info.Labels) == 0 {
		name = keyName(l.key(iri)) // not in the store: its key, as words
	}
	l.names[iri] = name
	return name
}

// keyName turns a catalogue key into words: united-states → United States.
func keyName(key string) string {
	words := strings.Fields(strings.ReplaceAll(key, "-", " "))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// office is one head office: person leads of, with role and periods.
type office struct {
	person, of, role string
	periods          []Period
	dated            bool // the periods come from the catalogue
}

// storeOffices returns the head offices the store states, with person or
// of fixed (the other empty): officialOf statements with a head role.
func (l *linker) storeOffices(ctx context.Context, person, of string) []office {
	q := graph.StatementQuery{Subject: quad.IRI(person), Object: quad.IRI(of), Predicate: extract.OfficialOf}
	for r := range headRoles {
		q.Roles = append(q.Roles, r)
	}
	seen := map[string]bool{}
	var out []office
	l.e.store.Statements(ctx, q, func(m graph.Statement) error {
		s, _ := cleanValue(m.Subject).(string)
		o, _ := cleanValue(m.Object).(string)
		r, _ := cleanValue(m.Role).(string)
		if k := s + "\x00" + o + "\x00" + r; s != "" && o != "" && !seen[k] {
			seen[k] = true
			out = append(out, office{person: s, of: o, role: r})
		}
		return nil
	})
	return out
}

// catalogueOffices returns the head offices the catalogue knows, with
// person or of fixed (the other empty).
func (l *linker) catalogueOffices(person, of string) []office {
	var raw []catalog.Office
	if person != "" {
		raw = catalogue().byPerson[l.key(person)]
	} else {
		raw = catalogue().byOf[l.key(of)]
	}
	out := make([]office, 0, len(raw))
	for _, o := range raw {
		out = append(out, office{person: l.iri(o.Person), of: l.iri(o.Of), role: o.Role,
			periods: []Period{{From: o.From, To: o.To}}, dated: true})
	}
	return out
}

// offices merges the store's and the catalogue's head offices, one per
// person, of and role: the catalogue's dates win; an office the catalogue
// does not know holds always.
func (l *linker) offices(ctx context.Context, person, of string) []office {
	byKey := map[string]*office{}
	var order []string
	add := func(o office) {
		k := o.person + "\x00" + o.of + "\x00" + o.role
		if x, ok := byKey[k]; ok {
			if o.dated {
				if !x.dated {
					x.periods, x.dated = nil, true
				}
				x.periods = append(x.periods, o.periods...)
			}
			return
		}
		byKey[k] = &o
		order = append(order, k)
	}
	for _, o := range l.catalogueOffices(person, of) {
		add(o)
	}
	for _, o := range l.storeOffices(ctx, person, of) {
		add(o)
	}
	out := make([]office, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	return out
}

// government returns the government entity of a country (by IRI), if the
// catalogue has one; country returns the country of a government entity.
func (l *linker) government(country string) string {
	if g := catalogue().government[l.key(country)]; g != "" {
		return l.iri(g)
	}
	return ""
}

func (l *linker) country(government string) string {
	if k, ok := catalogue().governmentOf[l.key(government)]; ok {
		return l.iri(k)
	}
	return ""
}

// Links returns the links of one entity that the store holds, sorted by
// linked IRI: what it leads (a person), or its government or country and
// its leaders (a country or organisation).
func (l *linker) Links(ctx context.Context, asked string) []Link {
	if ks, ok := l.links[asked]; ok {
		return ks
	}
	ks := l.find(ctx, asked)
	l.links[asked] = ks
	return ks
}

func (l *linker) find(ctx context.Context, asked string) []Link {
	var out []Link
	seen := map[string]int{}
	add := func(k Link) {
		if k.IRI == asked || !l.exists(ctx, k.IRI) {
			return
		}
		if i, ok := seen[k.IRI]; ok {
			x := &out[i]
			if len(x.Periods) > 0 && len(k.Periods) > 0 {
				x.Periods = append(x.Periods, k.Periods...)
			} else {
				x.Periods = nil // one link holds always
			}
			return
		}
		seen[k.IRI] = len(out)
		out = append(out, k)
	}
	// What the entity leads, and those governments.
	for _, o := range l.offices(ctx, asked, "") {
		why := fmt.Sprintf("%s is %s of %s", l.label(ctx, asked), o.role, l.label(ctx, o.of))
		add(Link{Asked: asked, IRI: o.of, Relation: "leads", Why: why, Periods: o.periods})
		if g := l.government(o.of); g != "" {
			add(Link{Asked: asked, IRI: g, Relation: "leads", Periods: o.periods,
				Why: why + fmt.Sprintf(" (government: %s)", l.label(ctx, g))})
		}
	}
	// Its government or country, and who leads either.
	led := []string{asked}
	if g := l.government(asked); g != "" {
		add(Link{Asked: asked, IRI: g, Relation: "hasGovernment", Why: fmt.Sprintf("%s is the government of %s", l.label(ctx, g), l.label(ctx, asked))})
		led = append(led, g)
	}
	if c := l.country(asked); c != "" {
		add(Link{Asked: asked, IRI: c, Relation: "governmentOf", Why: fmt.Sprintf("%s is the government of %s", l.label(ctx, asked), l.label(ctx, c))})
		led = append(led, c)
	}
	for _, x := range led {
		for _, o := range l.offices(ctx, "", x) {
			why := fmt.Sprintf("%s is %s of %s", l.label(ctx, o.person), o.role, l.label(ctx, o.of))
			if x != asked && l.government(x) == asked {
				why += fmt.Sprintf(" (government: %s)", l.label(ctx, asked))
			}
			add(Link{Asked: asked, IRI: o.person, Relation: "ledBy", Periods: o.periods, Why: why})
		}
	}
	for i := range out {
		sort.Slice(out[i].Periods, func(a, b int) bool { return out[i].Periods[a].From < out[i].Periods[b].From })
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out
}

// linksOf returns the links of every entity in asked, leaving out those
// that are themselves asked.
func (l *linker) linksOf(ctx context.Context, asked []string) []Link {
	in := map[string]bool{}
	for _, a := range asked {
		in[a] = true
	}
	var out []Link
	for _, a := range asked {
		for _, k := range l.Links(ctx, a) {
			if !in[k.IRI] {
				out = append(out, k)
			}
		}
	}
	return out
}

// linkJS is one link as a script sees it (LINKS[param][iri]).
type linkJS struct {
	Asked   string   `json:"asked"`
	Periods []Period `json:"periods"`
}

// linkTable arranges links for the scripts: parameter → linked IRI → link.
func linkTable(links map[string][]Link) map[string]map[string]linkJS {
	out := map[string]map[string]linkJS{}
	for param, ks := range links {
		m := map[string]linkJS{}
		for _, k := range ks {
			if x, ok := m[k.IRI]; ok {
				// Linked to two asked entities: the first one, at the
				// times of both links.
				if len(x.Periods) > 0 && len(k.Periods) > 0 {
					x.Periods = append(x.Periods, k.Periods...)
				} else {
					x.Periods = []Period{}
				}
				m[k.IRI] = x
				continue
			}
			p := k.Periods
			if p == nil {
				p = []Period{}
			}
			m[k.IRI] = linkJS{Asked: k.Asked, Periods: p}
		}
		out[param] = m
	}
	return out
}
