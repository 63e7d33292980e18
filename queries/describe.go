package queries

import (
	"context"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
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
	d := newDescriber(s.QuadStore(), s.Vocab())
	return d.describe(ctx, quad.IRI(iri))
}

type describer struct {
	qs                    cgraph.QuadStore
	v                     graph.Vocab
	typ, label, alt, same interface{}
}

func newDescriber(qs cgraph.QuadStore, v graph.Vocab) *describer {
	d := &describer{qs: qs, v: v}
	key := func(iri quad.IRI) interface{} {
		r, err := qs.ValueOf(iri)
		if err != nil || r == nil {
			return nil
		}
		return r.Key()
	}
	d.typ, d.label, d.alt, d.same = key(graph.RDFType), key(graph.RDFSLabel), key(graph.SKOSAltLabel), key(graph.OWLSameAs)
	return d
}

func (d *describer) describe(ctx context.Context, iri quad.IRI) (EntityInfo, bool) {
	info := EntityInfo{IRI: string(iri)}
	ref, err := d.qs.ValueOf(iri)
	if err != nil || ref == nil {
		info.Label = lastSegment(string(iri))
		return info, false
	}
	it := d.qs.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	any := false
	for it.Next(ctx) {
		q := it.Result()
		p, err := d.qs.QuadDirection(q, quad.Predicate)
		if err != nil || p == nil {
			continue
		}
		k := p.Key()
		if k != d.typ && k != d.label && k != d.alt && k != d.same {
			continue
		}
		o, err := d.qs.QuadDirection(q, quad.Object)
		if err != nil || o == nil {
			continue
		}
		ov, err := d.qs.NameOf(o)
		if err != nil || ov == nil {
			continue
		}
		any = true
		switch k {
		case d.typ:
			if t, ok := ov.(quad.IRI); ok && strings.HasPrefix(string(t), d.v.Base+"vocab/") {
				info.Type = strings.TrimPrefix(string(t), d.v.Base+"vocab/")
			}
		case d.label:
			lang := ""
			if ls, ok := ov.(quad.LangString); ok {
				lang = ls.Lang
			}
			if info.Labels == nil {
				info.Labels = map[string]string{}
			}
			info.Labels[lang] = cleanValue(ov).(string)
		case d.alt:
			if s, ok := cleanValue(ov).(string); ok {
				info.AltLabels = append(info.AltLabels, s)
			}
		case d.same:
			if w, ok := ov.(quad.IRI); ok && strings.HasPrefix(string(w), graph.WD) {
				info.Wikidata = strings.TrimPrefix(string(w), graph.WD)
			}
		}
	}
	sort.Strings(info.AltLabels)
	info.Label = pickLabel(info.Labels, string(iri))
	return info, any
}

func pickLabel(labels map[string]string, iri string) string {
	for _, l := range []string{"en", "ar", ""} {
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

func lastSegment(iri string) string {
	if i := strings.LastIndexAny(iri, "/#"); i >= 0 && i < len(iri)-1 {
		return iri[i+1:]
	}
	return iri
}

// describeRows describes every entity IRI that appears as a value in rows.
func describeRows(ctx context.Context, e *env, rows []map[string]any) map[string]EntityInfo {
	prefix := e.vocab.Base + "entity/"
	d := newDescriber(e.qs, e.vocab)
	out := map[string]EntityInfo{}
	for _, r := range rows {
		for _, v := range r {
			s, ok := v.(string)
			if !ok || !strings.HasPrefix(s, prefix) {
				continue
			}
			if _, done := out[s]; done || len(out) >= maxDescribed {
				continue
			}
			info, _ := d.describe(ctx, quad.IRI(s))
			out[s] = info
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
