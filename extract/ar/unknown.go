package ar

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// LangRomanised is the language tag of the Latin label of a name the
// catalogue lacks: a romanisation of the Arabic, never an English name.
const LangRomanised = "ar-Latn"

// newKey returns the key of an entity the catalogue lacks: its type, an
// ASCII slug of the letter-rule romanisation and a short hash of the
// normalised Arabic name, so that the same name of the same type is the
// same entity in every document ("person-adel-al-hilu-3f2a9c1e").
func newKey(typ, norm string) string {
	h := sha256.Sum256([]byte(norm))
	slug := asciiSlug(Transliterate(norm), 40)
	p := keyPrefix[typ]
	if p == "" {
		p = strings.ToLower(typ)
	}
	if slug == "" {
		return p + "-" + hex.EncodeToString(h[:4])
	}
	return p + "-" + slug + "-" + hex.EncodeToString(h[:4])
}

// keyPrefix is the first part of a new entity's key, by type.
var keyPrefix = map[string]string{extract.Person: "person", extract.Place: "place", extract.Organization: "org",
	extract.Group: "group", extract.Facility: "facility", extract.Event: "event"}

// asciiSlug lower-cases s and keeps ASCII letters and digits, with single
// hyphens between runs, cut to at most n bytes at a hyphen.
func asciiSlug(s string, n int) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if len(out) > n {
		out = out[:n]
		if i := strings.LastIndexByte(out, '-'); i > 0 {
			out = out[:i]
		}
	}
	return out
}

// createEntity makes (or finds) an entity the catalogue lacks from the
// Arabic name as written (clitics removed): the full name as its Arabic
// label, a romanised label tagged ar-Latn, and the given confidence.
func (d *docState) createEntity(typ, surface string, conf float64) string {
	surface = strings.Join(strings.Fields(surface), " ")
	n := text.Normalize(surface)
	key := newKey(typ, n)
	if e, ok := d.created[key]; ok {
		if conf > e.Confidence {
			e.Confidence = conf
		}
		return key
	}
	rom := d.x.roman.Name(surface)
	e := &extract.Entity{
		Key: key, Type: typ,
		Labels:     map[string]string{"ar": surface, LangRomanised: rom},
		Confidence: conf,
	}
	if typ != extract.Person {
		// place and group names are often written without the article
		if f := strings.Fields(rom); len(f) > 0 && strings.HasPrefix(f[0], "al-") {
			f[0] = capitalize(strings.TrimPrefix(f[0], "al-"))
			e.AltLabels = append(e.AltLabels, extract.Label{Text: strings.Join(f, " "), Lang: LangRomanised})
		}
	}
	d.created[key] = e
	return key
}

// createPerson makes a new Person from its Arabic name and remembers its
// family name (and first two words) for later mentions.
func (d *docState) createPerson(surface string, conf float64) string {
	key := d.createEntity(extract.Person, surface, conf)
	e := d.created[key]
	f := strings.Fields(text.Normalize(surface))
	if len(f) > 1 {
		last := f[len(f)-1]
		d.surnames[last] = key
		d.surnames[text.StripArticle(last)] = key
		if len(e.AltLabels) == 0 {
			e.AltLabels = append(e.AltLabels, extract.Label{Text: lastField(surface), Lang: "ar"})
		}
	}
	return key
}

// createNamed makes a new Place, Organization, Group or Facility from its
// Arabic name.
func (d *docState) createNamed(typ, surface string, conf float64) string {
	return d.createEntity(typ, surface, conf)
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}
