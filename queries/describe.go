package queries

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/kg/graph"
)

// EntityInfo is what a front-end needs to draw an entity: its preferred
// labels by language, its type and its Wikidata id.
type EntityInfo struct {
	IRI string `json:"iri"`
	// Label is the English label when there is one, else the Arabic one,
	// else any label, else the IRI's last segment.
	Label     string            `json:"label"`
	Labels    map[string]string `json:"labels,omitempty"`
	AltLabels []string          `json:"altLabels,omitempty"`
	Type      string            `json:"type,omitempty"`
	Wikidata  string            `json:"wikidata,omitempty"`
}

// maxDescribed bounds how many entities one result describes.
const maxDescribed = 2000

// Describe returns the labels, type and Wikidata id of an entity; ok is
// false when the store holds nothing about it.
func Describe(ctx context.Context, s *graph.Store, iri string) (EntityInfo, bool) {
	d := newDescriber(s)
	return d.describe(ctx, quad.IRI(iri))
}

type describer struct {
	s *graph.Store
	v graph.Vocab
}

func newDescriber(s *graph.Store) *describer {
	return &describer{s: s, v: s.Vocab()}
}

// values returns up to max objects of (iri, pred), read through the
// store's subject-predicate index. Every document repeats an entity's
// labels, so the first few quads hold them all; the cap keeps the cost
// independent of how many documents mention the entity.
func (d *describer) values(ctx context.Context, iri quad.IRI, pred quad.IRI, max int) []quad.Value {
	return d.s.Objects(ctx, iri, pred, max)
}

func (d *describer) describe(ctx context.Context, iri quad.IRI) (EntityInfo, bool) {
	info := EntityInfo{IRI: string(iri)}
	any := false
	for _, t := range d.values(ctx, iri, graph.RDFType, 1) {
		any = true
		if t, ok := t.(quad.IRI); ok && strings.HasPrefix(string(t), d.v.Base+"vocab/") {
			info.Type = strings.TrimPrefix(string(t), d.v.Base+"vocab/")
		}
	}
	for _, l := range d.values(ctx, iri, graph.RDFSLabel, 8) {
		any = true
		lang := ""
		if ls, ok := l.(quad.LangString); ok {
			lang = ls.Lang
		}
		if info.Labels == nil {
			info.Labels = map[string]string{}
		}
		if s, ok := cleanValue(l).(string); ok {
			info.Labels[lang] = s
		}
	}
	seen := map[string]bool{}
	for _, a := range d.values(ctx, iri, graph.SKOSAltLabel, 16) {
		any = true
		if s, ok := cleanValue(a).(string); ok && !seen[s] {
			seen[s] = true
			info.AltLabels = append(info.AltLabels, s)
		}
	}
	for _, w := range d.values(ctx, iri, graph.OWLSameAs, 1) {
		any = true
		if w, ok := w.(quad.IRI); ok && strings.HasPrefix(string(w), graph.WD) {
			info.Wikidata = strings.TrimPrefix(string(w), graph.WD)
		}
	}
	sort.Strings(info.AltLabels)
	info.Label = pickLabel(info.Labels, string(iri))
	return info, any
}

func pickLabel(labels map[string]string, iri string) string {
	if s := labels["en"]; s != "" {
		return s
	}
	if s := labels[romanisedLang]; s != "" {
		return s + " (romanised)" // a transliteration, not an English name
	}
	for _, l := range []string{"ar", ""} {
		if s := labels[l]; s != "" {
			return s
		}
	}
	keys := make([]string, 0, len(labels))
	for k := range labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) > 0 {
		return labels[keys[0]]
	}
	return lastSegment(iri)
}

// romanisedLang tags the romanised label of a name the catalogue lacks.
const romanisedLang = "ar-Latn"

func lastSegment(iri string) string {
	if i := strings.LastIndexAny(iri, "/#"); i >= 0 && i < len(iri)-1 {
		return iri[i+1:]
	}
	return iri
}

// describeRows describes every entity IRI that appears as a value in rows.
func describeRows(ctx context.Context, e *env, rows []map[string]any) map[string]EntityInfo {
	prefix := e.vocab.Base + "entity/"
	d := newDescriber(e.store)
	out := map[string]EntityInfo{}
	see := func(v any) {
		s, ok := v.(string)
		if !ok || !strings.HasPrefix(s, prefix) {
			return
		}
		if _, done := out[s]; done || len(out) >= maxDescribed {
			return
		}
		info, _ := d.describe(ctx, quad.IRI(s))
		out[s] = info
	}
	for _, r := range rows {
		for _, v := range r {
			if list, ok := v.([]any); ok {
				for _, x := range list {
					see(x)
				}
				continue
			}
			see(v)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// labelRows puts the labels of the entities a row names beside their IRIs:
// for a column c holding an entity, c_en and c_ar (lists for a list of
// entities), so that JSON rows read without the entities table.
func labelRows(rows []map[string]any, entities map[string]EntityInfo) {
	label := func(v any, lang string) (string, bool) {
		s, ok := v.(string)
		if !ok {
			return "", false
		}
		info, ok := entities[s]
		if !ok {
			return "", false
		}
		return info.Labels[lang], true
	}
	for _, r := range rows {
		cols := make([]string, 0, len(r))
		for c := range r {
			cols = append(cols, c)
		}
		for _, c := range cols {
			for _, lang := range []string{"en", "ar"} {
				switch v := r[c].(type) {
				case []any:
					var ls []string
					for _, x := range v {
						if l, ok := label(x, lang); ok {
							ls = append(ls, l)
						}
					}
					if len(ls) == len(v) && len(ls) > 0 {
						r[c+"_"+lang] = ls
					}
				default:
					if l, ok := label(v, lang); ok && l != "" {
						r[c+"_"+lang] = l
					}
				}
			}
		}
	}
}
