package queries

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

// doc builds one document from sentences written for these tests: each
// sentence states one fact, given as subject, predicate, object, date and
// optional qualifiers ("role=president", "mode=phone").
type factSpec struct {
	s       string
	p       extract.Predicate
	o, date string
	quals   []string
}

func buildDoc(t testing.TB, id, day string, ents []extract.Entity, facts []factSpec) *extract.Result {
	t.Helper()
	var sents []string
	for _, f := range facts {
		sents = append(sents, fmt.Sprintf("%s %s %s.", f.s, f.p, f.o))
	}
	text := strings.Join(sents, "\n")
	r := &extract.Result{Doc: extract.Document{ID: id, Lang: "en", Text: text, Title: id}, Entities: ents}
	if day != "" {
		d, err := time.Parse("2006-01-02", day)
		if err != nil {
			t.Fatal(err)
		}
		r.Doc.Date = d
	}
	off := 0
	for i, f := range facts {
		x := extract.Fact{Subject: f.s, Predicate: f.p, Object: f.o, Date: f.date, Evidence: sents[i],
			Start: off, End: off + len(sents[i]), Rule: "test/hand", Confidence: 0.9}
		off += len(sents[i]) + 1
		for _, q := range f.quals {
			k, v, _ := strings.Cut(q, "=")
			switch k {
			case "role":
				x.Role = v
			case "mode":
				x.Mode = v
			case "place":
				x.Place = v
			}
		}
		r.Facts = append(r.Facts, x)
	}
	return r
}

func entity(key string, typ extract.EntityType, en, ar string) extract.Entity {
	e := extract.Entity{Key: key, Type: typ, Labels: map[string]string{"en": en}, Confidence: 1}
	if ar != "" {
		e.Labels["ar"] = ar
	}
	return e
}

// linkStore holds facts about Syria, its government and its presidents in
// 2015 and in 2025, about a made-up country whose president the store
// alone names, and routes through actors, events and places.
func linkStore(t testing.TB) *graph.Store {
	ents := []extract.Entity{
		entity("bashar-al-assad", extract.Person, "Bashar al-Assad", "بشار الأسد"),
		entity("ahmed-al-sharaa", extract.Person, "Ahmed al-Sharaa", "أحمد الشرع"),
		entity("syrian-government", extract.Organization, "Syrian government", "الحكومة السورية"),
		entity("syria", extract.Country, "Syria", "سوريا"),
		entity("russia", extract.Country, "Russia", "روسيا"),
		entity("iran", extract.Country, "Iran", "إيران"),
		entity("turkey", extract.Country, "Turkey", "تركيا"),
		entity("qatar", extract.Country, "Qatar", "قطر"),
		entity("united-states", extract.Country, "United States", "الولايات المتحدة"),
		entity("france", extract.Country, "France", "فرنسا"),
		entity("vladimir-putin", extract.Person, "Vladimir Putin", "فلاديمير بوتين"),
		entity("person/zork", extract.Person, "Zork Blint", ""),
		entity("country/zorkland", extract.Country, "Zorkland", ""),
		entity("person/a", extract.Person, "Anna Alpha", ""),
		entity("person/b", extract.Person, "Boris Beta", ""),
		entity("person/c", extract.Person, "Carla Gamma", ""),
		entity("person/d", extract.Person, "Dan Delta", ""),
		entity("place/p", extract.Place, "Plaza", ""),
		entity("event/e", extract.Event, "Summit", ""),
	}
	s := querytest.Empty(t)
	ctx := context.Background()
	for _, r := range []*extract.Result{
		buildDoc(t, "y2015", "2015-11-23", ents, []factSpec{
			{"russia", extract.Supports, "syrian-government", "2015-10", nil},
			{"iran", extract.Supports, "syrian-government", "", nil}, // undated: the document's 2015
			{"united-states", extract.Opposes, "bashar-al-assad", "", nil},
			{"person/zork", extract.OfficialOf, "country/zorkland", "", []string{"role=president"}},
			{"france", extract.Supports, "country/zorkland", "", nil},
			{"syrian-government", extract.AllyOf, "vladimir-putin", "2015-11", nil},
			{"russia", extract.Attacked, "syria", "2015-09-30", nil},
			// Routes from Anna to Dan: through a place (2 hops), an event
			// (2 hops) and actors (3 hops).
			{"person/a", extract.Controls, "place/p", "", nil},
			{"person/d", extract.Controls, "place/p", "", nil},
			{"person/a", extract.ParticipatedIn, "event/e", "", nil},
			{"person/d", extract.ParticipatedIn, "event/e", "", nil},
			{"person/a", extract.Met, "person/b", "2015-11-02", []string{"mode=phone"}},
			{"person/b", extract.Supports, "person/c", "", nil},
			{"person/c", extract.Met, "person/d", "2015-11-03", []string{"mode=in person", "place=place/p"}},
		}),
		buildDoc(t, "y2025", "2025-03-01", ents, []factSpec{
			{"turkey", extract.Supports, "syrian-government", "", nil},          // undated: 2025
			{"qatar", extract.Supports, "syrian-government", "2024-12-20", nil}, // after Assad, before al-Sharaa
		}),
	} {
		if _, err := s.Write(ctx, r); err != nil {
			t.Fatalf("write %s: %v", r.Doc.ID, err)
		}
	}
	return s
}

// TestLeadsLink: questions naming a leader are answered through facts about
// what they lead, and the other way round, at the dates the link holds,
// and each such row says through what.
func TestLeadsLink(t *testing.T) {
	s := linkStore(t)
	ctx := context.Background()
	type row = map[string]any
	cases := []struct {
		query string
		args  map[string]string
		want  []row // rows that must be there
		not   []row // rows that must not
	}{
		{"supporters-of", map[string]string{"entity": "Bashar al-Assad"},
			[]row{{"entity": ent + "bashar-al-assad", "actor": ent + "russia", "via": ent + "syrian-government"},
				{"actor": ent + "iran", "via": ent + "syrian-government"}},
			// Turkey in 2025 and Qatar on 2024-12-20 supported the
			// government after Assad's fall: not Assad.
			[]row{{"actor": ent + "turkey"}, {"actor": ent + "qatar"}}},
		{"supporters-of", map[string]string{"entity": "Ahmed al-Sharaa"},
			[]row{{"actor": ent + "turkey", "via": ent + "syrian-government", "actor_en": "Turkey", "actor_ar": "تركيا", "via_en": "Syrian government"}},
			[]row{{"actor": ent + "russia"}, {"actor": ent + "qatar"}}},
		{"supporters-of", map[string]string{"entity": "Bashar al-Assad", "links": "false"}, nil,
			[]row{{"actor": ent + "russia"}}},
		{"supporters-of", map[string]string{"entity": "Syria"},
			// A country and its government: always linked.
			[]row{{"actor": ent + "turkey", "via": ent + "syrian-government"}, {"actor": ent + "russia", "via": ent + "syrian-government"}}, nil},
		{"supporters-of", map[string]string{"entity": "Syrian government"},
			// Facts about the government itself come without via.
			[]row{{"actor": ent + "russia", "entity": ent + "syrian-government"}}, []row{{"actor": ent + "russia", "via": ent + "syrian-government"}}},
		{"supporters-of", map[string]string{"entity": "Zork Blint"},
			// The store alone says Zork is president of Zorkland.
			[]row{{"actor": ent + "france", "via": ent + "country-zorkland"}}, nil},
		{"opponents-of", map[string]string{"entity": "Syrian government"},
			[]row{{"actor": ent + "united-states", "via": ent + "bashar-al-assad"}}, nil},
		{"allies-of", map[string]string{"entity": "Russia"},
			[]row{{"entity": ent + "russia", "ally": ent + "syrian-government", "via": ent + "vladimir-putin"}}, nil},
		{"attacks-on", map[string]string{"entity": "Bashar al-Assad"},
			[]row{{"attacker": ent + "russia", "via": ent + "syria"}}, nil},
		{"between", map[string]string{"from": "Russia", "to": "Bashar al-Assad"},
			[]row{{"subject": ent + "russia", "predicate": "supports", "object": ent + "syrian-government"},
				{"subject": ent + "syrian-government", "predicate": "allyOf", "object": ent + "vladimir-putin"}},
			[]row{{"object": ent + "syria", "predicate": "attacked", "via": nil}}},
	}
	for _, c := range cases {
		t.Run(c.query+" "+fmt.Sprint(c.args), func(t *testing.T) {
			r, err := Run(ctx, s, c.query, c.args, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !querytest.HasRow(r.Rows, w) {
					t.Errorf("no row %v in %v", w, r.Rows)
				}
			}
			for _, w := range c.not {
				if querytest.HasRow(r.Rows, w) {
					t.Errorf("row %v should not be in %v", w, r.Rows)
				}
			}
		})
	}
	// The between row through two links names both.
	r, err := Run(ctx, s, "between", map[string]string{"from": "Russia", "to": "Bashar al-Assad"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range r.Rows {
		if row["predicate"] == "allyOf" && fmt.Sprint(row["via"]) != fmt.Sprint([]any{ent + "syrian-government", ent + "vladimir-putin"}) {
			t.Errorf("allyOf row via %v, want the Syrian government and Putin", row["via"])
		}
	}
	// The result says what each link is.
	r, err = Run(ctx, s, "supporters-of", map[string]string{"entity": "Bashar al-Assad"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var why []string
	for _, k := range r.Links["entity"] {
		why = append(why, k.Why)
		if k.IRI == ent+"syrian-government" && (len(k.Periods) != 1 || k.Periods[0].From != "2000-07-17") {
			t.Errorf("link to the Syrian government holds %v, want Assad's presidency", k.Periods)
		}
	}
	if !strings.Contains(strings.Join(why, "|"), "Bashar al-Assad is president of Syria") {
		t.Errorf("links say %q", why)
	}
	var b strings.Builder
	if err := r.WriteTableWith(&b, TableOptions{Width: 200}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "via") || !strings.Contains(b.String(), "Syrian government") {
		t.Errorf("table does not say via what:\n%s", b.String())
	}
}

// TestPathRanks: a route through actors beats shorter ones through an event
// or a place; each route is explained; alternatives come after.
func TestPathRanks(t *testing.T) {
	s := linkStore(t)
	r, err := Run(context.Background(), s, "path", map[string]string{"from": "Anna Alpha", "to": "Dan Delta", "routes": "3"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for n := 1; n <= 3; n++ {
		rows := routeRows(r.Rows, n)
		var preds []string
		for _, h := range rows {
			preds = append(preds, fmt.Sprint(h["predicate"]))
		}
		why := ""
		if len(rows) > 0 {
			why = fmt.Sprint(rows[0]["why"])
		}
		got = append(got, strings.Join(preds, " ")+" | "+why)
	}
	want := []string{
		"met supports met | 3 hops through actors",
		"participatedIn participatedIn | 2 hops, through a shared event (participatedIn): ranked after the routes through actors",
		"controls controls | 2 hops, through territory (controls): ranked after the routes through actors",
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("route %d: %q, want %q", i+1, got[i], want[i])
		}
	}
	// With routes=1 the best route only.
	r, err = Run(context.Background(), s, "path", map[string]string{"from": "Anna Alpha", "to": "Dan Delta", "routes": "1"}, Options{})
	if err != nil || len(r.Rows) != 3 {
		t.Errorf("routes=1: %d rows (%v), want the 3 hops of the actors' route", len(r.Rows), err)
	}
	// Within 2 hops there is no route through actors: the event wins and
	// the explanation says why.
	r, err = Run(context.Background(), s, "path", map[string]string{"from": "Anna Alpha", "to": "Dan Delta", "hops": "2", "routes": "1"}, Options{})
	if err != nil || len(r.Rows) != 2 || r.Rows[0]["predicate"] != "participatedIn" ||
		!strings.Contains(fmt.Sprint(r.Rows[0]["why"]), "no route through actors within 2 hops") {
		t.Errorf("hops=2: %v (%v)", r.Rows, err)
	}
}

// TestMeetingMode: the mode of a meeting is a qualifier of its statement,
// shown by who-met, entity and evidence.
func TestMeetingMode(t *testing.T) {
	s := linkStore(t)
	ctx := context.Background()
	r, err := Run(ctx, s, "who-met", map[string]string{"entity": "Boris Beta"}, Options{})
	if err != nil || !querytest.HasRow(r.Rows, map[string]any{"other": ent + "person-a", "mode": "phone"}) {
		t.Errorf("who-met Boris: %v (%v), want the phone call with Anna", r.Rows, err)
	}
	r, err = Run(ctx, s, "who-met", map[string]string{"entity": "Dan Delta"}, Options{})
	if err != nil || !querytest.HasRow(r.Rows, map[string]any{"other": ent + "person-c", "mode": "in person", "place": ent + "place-p"}) {
		t.Errorf("who-met Dan: %v (%v), want the meeting in person at the Plaza", r.Rows, err)
	}
	r, err = Run(ctx, s, "evidence", map[string]string{"from": "Anna Alpha", "predicate": "met", "to": "Boris Beta"}, Options{})
	if err != nil || len(r.Rows) != 1 || r.Rows[0]["mode"] != "phone" {
		t.Errorf("evidence: %v (%v)", r.Rows, err)
	}
	r, err = Run(ctx, s, "entity", map[string]string{"entity": "Anna Alpha"}, Options{})
	if err != nil || !querytest.HasRow(r.Rows, map[string]any{"kind": "mutual", "predicate": "met", "mode": "phone"}) {
		t.Errorf("entity: %v (%v), want a mutual met row with its mode", r.Rows, err)
	}
	var b strings.Builder
	if err := r.WriteTableWith(&b, TableOptions{Width: 200}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "phone") || strings.Contains(b.String(), "← met") || strings.Contains(b.String(), "met →") {
		t.Errorf("entity table:\n%s", b.String())
	}
}
