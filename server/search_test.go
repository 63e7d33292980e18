package server

import (
	"net/url"
	"testing"
)

type searchBody struct {
	Results []struct {
		IRI   string `json:"iri"`
		Name  string `json:"name"`
		Label string `json:"label"`
	} `json:"results"`
	Suggestions []struct {
		IRI   string `json:"iri"`
		Label string `json:"label"`
	} `json:"suggestions"`
}

// TestSearchAsTheCLI: search finds what the CLI resolves — Wikidata ids,
// IRIs, keys, any alias — first, then names by prefix, and suggests
// entities when nothing matches.
func TestSearchAsTheCLI(t *testing.T) {
	ts, _ := newTestServer(t, Config{})
	for _, c := range []struct {
		q, first, suggestion string
		none                 bool
	}{
		{q: "Q7747", first: ent + "vladimir-putin"},
		{q: "q57336", first: ent + "ali-khamenei"},
		{q: ent + "hassan-rouhani", first: ent + "hassan-rouhani"},
		{q: "sergey-lavrov", first: ent + "sergey-lavrov"},     // a key
		{q: "النظام السوري", first: ent + "syrian-government"}, // an alias
		{q: "Putin", first: ent + "vladimir-putin"},
		{q: "الرئيس بوتين", none: true, suggestion: ent + "vladimir-putin"},
		{q: "President Putin", none: true, suggestion: ent + "vladimir-putin"},
		{q: "Nobody Whatsoever", none: true},
	} {
		var b searchBody
		code, _ := call(t, "GET", ts.URL+"/api/search?q="+url.QueryEscape(c.q), "", "", &b)
		if code != 200 {
			t.Fatalf("search %q: %d", c.q, code)
		}
		switch {
		case c.none && len(b.Results) != 0:
			t.Errorf("search %q: results %v, want none", c.q, b.Results)
		case !c.none && (len(b.Results) == 0 || b.Results[0].IRI != c.first):
			t.Errorf("search %q: results %v, want %s first", c.q, b.Results, c.first)
		}
		if c.suggestion != "" && (len(b.Suggestions) == 0 || b.Suggestions[0].IRI != c.suggestion || b.Suggestions[0].Label == "") {
			t.Errorf("search %q: suggestions %v, want %s", c.q, b.Suggestions, c.suggestion)
		}
		if c.suggestion == "" && len(b.Suggestions) != 0 {
			t.Errorf("search %q: suggestions %v, want none", c.q, b.Suggestions)
		}
	}
}
