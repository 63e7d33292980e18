package ar

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
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
	if typ == extract.Person {
		surface = d.dropConjunction(surface)
	}
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
		Key: key, Type: extract.EntityType(typ),
		Labels:     map[string]string{"ar": surface, LangRomanised: rom},
		Confidence: conf,
	}
	// English news often drop the article (al-Saqlawiya → Saqlawiya,
	// Masoud al-Barzani → Masoud Barzani) and spell names in more ways
	// than one: the other plausible spellings are alternative labels
	for _, alt := range d.x.romanAltsOf(surface, rom) {
		e.AltLabels = append(e.AltLabels, extract.Label{Text: alt, Lang: LangRomanised})
	}
	d.created[key] = e
	return key
}

// createPerson makes a new Person from its Arabic name and remembers its
// family name (and first two words) for later mentions.
func (d *docState) createPerson(surface string, conf float64) string {
	if e := d.skeletonEntry(extract.Person, d.dropConjunction(surface)); e != nil {
		return e.Key // "فيتالي نومكين": the catalogue's Vitaly Naumkin
	}
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
	if e := d.skeletonEntry(typ, surface); e != nil {
		return e.Key
	}
	return d.createEntity(typ, surface, conf)
}

// skeletonEntry returns the catalogue person or place a new name of that
// type is another spelling of (catalog.LookupSkeleton: vowel letters, غ/ج),
// the words of data/names.tsv kept exact; nil if none.
func (d *docState) skeletonEntry(typ, surface string) *catalog.Entry {
	if typ != extract.Person && typ != extract.Place {
		return nil
	}
	return d.cat.LookupSkeleton(text.Normalize(surface), extract.EntityType(typ), d.x.roman.IsCurated)
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

// withoutArticles drops "al-" from every word of a romanised name.
func withoutArticles(rom string) string {
	f := strings.Fields(rom)
	for i, w := range f {
		if rest, ok := strings.CutPrefix(w, "al-"); ok && rest != "" {
			f[i] = capitalize(rest)
		}
	}
	return strings.Join(f, " ")
}

// dropConjunction removes a و left on the first word of a person's name
// ("وعبد الله إسحق" → "عبد الله إسحق") when the rest is a given name.
func (d *docState) dropConjunction(surface string) string {
	first, _, _ := strings.Cut(surface, " ")
	n := text.Normalize(first)
	rest, ok := strings.CutPrefix(n, "و")
	if !ok || d.x.roman.IsGiven(n) || !(d.x.roman.IsGiven(rest) || compoundHeads[rest]) {
		return surface // وليد, وائل: the و is the name's
	}
	return dropProclitics(surface, 1, false)
}
