package catalog

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Special file names; every other *.tsv file holds entities.
const (
	officesFile = "offices.tsv"
	rolesFile   = "roles.tsv"
)

// Entity file columns, in order. Trailing empty columns may be omitted.
const (
	colKey = iota
	colType
	colName
	colArabic
	colAliases
	colWikidata
	colAdjectives
	colCapital
	colLocatedIn
	colGovernment
	numEntityCols
)

// maxErrors bounds how many problems Load reports at once.
const maxErrors = 20

// loader accumulates problems with their file:line positions.
type loader struct {
	errs []error
}

func (l *loader) errorf(file string, line int, format string, args ...any) {
	if len(l.errs) < maxErrors {
		l.errs = append(l.errs, fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...)))
	}
}

// row is one data line split into tab-separated fields.
type row struct {
	file   string
	line   int
	fields []string
}

// readRows reads a TSV file: blank lines and lines starting with '#' are
// skipped; fields are trimmed of surrounding spaces.
func readRows(fsys fs.FS, name string) ([]row, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var rows []row
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		rows = append(rows, row{file: name, line: n, fields: fields})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return rows, nil
}

// splitList splits a " | "-separated list, dropping empty items.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Load reads a catalogue from the *.tsv files at the root of fsys: entity
// files (any name), roles.tsv and the office tables (offices.tsv and
// offices-*.tsv). Errors name file:line and
// the problem; up to 20 problems are reported together.
func Load(fsys fs.FS) (*Catalog, error) {
	names, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return nil, fmt.Errorf("list data files: %w", err)
	}
	if len(names) == 0 {
		return nil, errors.New("no *.tsv data files")
	}
	sort.Strings(names)
	c := &Catalog{
		byKey:     map[string]*Entry{},
		names:     newIndex(1 << 14),
		adjs:      newIndex(1 << 11),
		byPerson:  map[string][]int{},
		byRoleOf:  map[string][]int{},
		roleNames: map[string][]string{},
		roleIndex: map[string][]string{},
		roleOf:    map[string]string{},
	}
	l := &loader{}
	files := map[string][]row{}
	for _, n := range names {
		rows, err := readRows(fsys, n)
		if err != nil {
			return nil, err
		}
		files[n] = rows
	}
	pendingRoles := c.loadRoles(l, files[rolesFile])
	pos := map[*Entry]row{}
	for _, n := range names {
		if n == rolesFile || isOfficesFile(n) || isVariantsFile(n) {
			continue
		}
		for _, r := range files[n] {
			if e := c.parseEntry(l, r); e != nil {
				pos[e] = r
			}
		}
	}
	for _, n := range names {
		if isVariantsFile(n) {
			c.loadVariants(l, files[n])
		}
	}
	// References between entries, checked once every file is read.
	c.capitalOf = map[string]*Entry{}
	for _, e := range c.entries {
		if e.Capital != "" {
			c.capitalOf[e.Capital] = e
		}
		r := pos[e]
		for _, ref := range []struct{ col, key string }{
			{"capital", e.Capital}, {"located-in", e.LocatedIn}, {"government", e.Government},
		} {
			if ref.key == "" {
				continue
			}
			if _, ok := c.byKey[ref.key]; !ok {
				l.errorf(r.file, r.line, "%s: unknown key %q referenced as %s", e.Key, ref.key, ref.col)
			}
		}
	}
	for _, p := range pendingRoles {
		if _, ok := c.byKey[p.of]; !ok {
			l.errorf(p.r.file, p.r.line, "unknown key %q after @ in a role phrase", p.of)
			continue
		}
		c.roleOf[p.norm] = p.of
	}
	for _, n := range names {
		if isOfficesFile(n) {
			c.loadOffices(l, files[n])
		}
	}
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	c.names.build()
	c.adjs.build()
	return c, nil
}

// isOfficesFile tells the office tables (offices.tsv, offices-*.tsv) from
// entity files.
func isOfficesFile(name string) bool {
	return name == officesFile || strings.HasPrefix(name, "offices-")
}

// isVariantsFile tells the tables of extra names for existing entries
// (variants-*.tsv) from entity files.
func isVariantsFile(name string) bool { return strings.HasPrefix(name, "variants-") }

// loadVariants reads a variants table: key, Arabic names, English aliases
// (lists " | "-separated), each adding names to an entry defined in an
// entity file, so that spellings can be added without editing its row.
func (c *Catalog) loadVariants(l *loader, rows []row) {
	for _, r := range rows {
		f := r.fields
		if len(f) < 2 || len(f) > 3 {
			l.errorf(r.file, r.line, "%d columns, want key, Arabic names and English aliases", len(f))
			continue
		}
		e, ok := c.byKey[f[0]]
		if !ok {
			l.errorf(r.file, r.line, "unknown key %q", f[0])
			continue
		}
		var aliases []string
		if len(f) == 3 {
			aliases = splitList(f[2])
			e.Aliases = append(e.Aliases, aliases...)
		}
		c.addNames(e, splitList(f[1]), aliases)
	}
}

func validKey(k string) bool {
	if k == "" || k[0] == '-' || k[len(k)-1] == '-' {
		return false
	}
	for i := 0; i < len(k); i++ {
		b := k[i]
		if !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-') {
			return false
		}
	}
	return true
}

func validWikidata(q string) bool {
	if len(q) < 2 || q[0] != 'Q' || q[1] == '0' {
		return false
	}
	for i := 1; i < len(q); i++ {
		if q[i] < '0' || q[i] > '9' {
			return false
		}
	}
	return true
}

// parseEntry parses one entity row and indexes it; nil on error.
func (c *Catalog) parseEntry(l *loader, r row) *Entry {
	f := r.fields
	if len(f) > numEntityCols {
		l.errorf(r.file, r.line, "%d columns, want at most %d (key type name arabic aliases wikidata adjectives capital located-in government)", len(f), numEntityCols)
		return nil
	}
	if len(f) < colName+1 {
		l.errorf(r.file, r.line, "%d columns, want at least key, type and name", len(f))
		return nil
	}
	for len(f) < numEntityCols {
		f = append(f, "")
	}
	e := &Entry{
		Key:        f[colKey],
		Type:       extract.EntityType(f[colType]),
		Name:       f[colName],
		Aliases:    splitList(f[colAliases]),
		Wikidata:   f[colWikidata],
		Adjectives: splitList(f[colAdjectives]),
		Capital:    f[colCapital],
		LocatedIn:  f[colLocatedIn],
		Government: f[colGovernment],
	}
	ok := true
	if !validKey(e.Key) {
		l.errorf(r.file, r.line, "bad key %q: want lower-case ASCII letters, digits and '-'", e.Key)
		ok = false
	} else if _, dup := c.byKey[e.Key]; dup {
		l.errorf(r.file, r.line, "duplicate key %q", e.Key)
		ok = false
	}
	if _, err := extract.ParseEntityType(f[colType]); err != nil {
		l.errorf(r.file, r.line, "%s: %v", e.Key, err)
		ok = false
	}
	if e.Name == "" {
		l.errorf(r.file, r.line, "%s: empty name", e.Key)
		ok = false
	}
	if e.Wikidata != "" && !validWikidata(e.Wikidata) {
		l.errorf(r.file, r.line, "%s: bad Wikidata id %q", e.Key, e.Wikidata)
		ok = false
	}
	if !ok {
		return nil
	}
	c.entries = append(c.entries, e)
	c.byKey[e.Key] = e
	c.names.add(text.Normalize(e.Name), e, false)
	c.addNames(e, splitList(f[colArabic]), e.Aliases)
	for _, a := range e.Adjectives {
		for _, form := range adjectiveForms(text.Normalize(a), radicalAlif(a)) {
			c.adjs.add(form, e, false)
		}
	}
	return e
}

// addNames indexes Arabic names (a leading '=' means "index exactly, no
// form without ال") and English aliases of e, appending the Arabic names
// to e.Arabic.
func (c *Catalog) addNames(e *Entry, arabic, aliases []string) {
	for _, a := range aliases {
		n := text.Normalize(a)
		if englishStopword[n] {
			continue // "IS", "US": lower-cased they are English words
		}
		c.names.add(n, e, false)
	}
	for _, a := range arabic {
		exactOnly := strings.HasPrefix(a, "=")
		a = strings.TrimSpace(strings.TrimPrefix(a, "="))
		if a == "" {
			continue
		}
		e.Arabic = append(e.Arabic, a)
		variants := spellingVariants(text.Normalize(a))
		if e.Type == extract.Person {
			variants = withHardG(variants)
		}
		if e.Type == extract.Place {
			variants = withProvinceHeads(variants)
		}
		for _, n := range variants {
			c.names.add(n, e, false)
			if !exactOnly {
				for _, d := range withoutArticle(n) {
					c.names.add(d, e, true)
				}
			}
		}
	}
}

// spellingVariants returns a normalised Arabic name with the spellings
// news use interchangeably: "عبد الله" and "عبدالله" (either way round), and
// "بن" and "ابن" inside a name. The name itself comes first.
func spellingVariants(n string) []string {
	out := []string{n}
	if !strings.Contains(n, "عبد") && !strings.Contains(n, "بن") && !strings.Contains(n, "ابو ") {
		return out // the common case: nothing to vary
	}
	toks := strings.Split(n, " ")
	// عبد الله ↔ عبدالله
	var joined, split []string
	changedJ, changedS := false, false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == "عبد" && i+1 < len(toks) {
			joined = append(joined, t+toks[i+1])
			split = append(split, t, toks[i+1])
			i++
			changedJ = true
			continue
		}
		if strings.HasPrefix(t, "عبد") && len([]rune(t)) > 4 {
			split = append(split, "عبد", strings.TrimPrefix(t, "عبد"))
			joined = append(joined, t)
			changedS = true
			continue
		}
		joined = append(joined, t)
		split = append(split, t)
	}
	if changedJ {
		out = append(out, strings.Join(joined, " "))
	}
	if changedS {
		out = append(out, strings.Join(split, " "))
	}
	// أبو مازن → أبومازن (news join the kunya too; the split form of a
	// joined word is not generated: ابواب is no أبو)
	for _, v := range out {
		if j := joinAbu(v); j != v {
			out = append(out, j)
		}
	}
	// محمد بن سلمان ↔ محمد ابن سلمان
	for _, v := range out {
		vt := strings.Split(v, " ")
		changed := false
		for i := 1; i < len(vt)-1; i++ {
			switch vt[i] {
			case "بن":
				vt[i], changed = "ابن", true
			case "ابن":
				vt[i], changed = "بن", true
			}
		}
		if changed {
			out = append(out, strings.Join(vt, " "))
		}
	}
	return out
}

// joinAbu writes every "ابو X" of a normalised name as one word (ابوX).
func joinAbu(n string) string {
	toks := strings.Split(n, " ")
	out := toks[:0:0]
	for i := 0; i < len(toks); i++ {
		if toks[i] == "ابو" && i+1 < len(toks) {
			out = append(out, "ابو"+toks[i+1])
			i++
			continue
		}
		out = append(out, toks[i])
	}
	return strings.Join(out, " ")
}

// withHardG adds, for people's names, the spelling with ج for the hard g
// that most transliterations write غ (سيرغي → سيرجي, غوتيريس → جوتيريس), as
// Egyptian and some Gulf papers do. Only names of two or more words, or
// single words of five letters or more, vary, to keep short common words out.
func withHardG(names []string) []string {
	out := names
	for _, n := range names {
		if !strings.Contains(n, "غ") {
			continue
		}
		if !strings.Contains(n, " ") && len([]rune(n)) < 5 {
			continue
		}
		out = append(out, strings.ReplaceAll(n, "غ", "ج"))
	}
	return out
}

// provinceHeads are the head nouns Arabic news use interchangeably for a
// first-level province of a foreign country (ولاية/إقليم/محافظة أغري);
// the last, مقاطعة, is also "boycott" and is only read, never generated.
var provinceHeads = []string{"ولايه", "اقليم", "محافظه", "مقاطعه"}

// withProvinceHeads adds, for a place named with a province head noun and
// one or two more words (ولاية أغري), the same name with each other head.
func withProvinceHeads(names []string) []string {
	out := names
	for _, n := range names {
		head, rest, ok := strings.Cut(n, " ")
		if !ok || strings.Count(rest, " ") > 1 || !slices.Contains(provinceHeads, head) {
			continue
		}
		for _, h := range provinceHeads[:3] { // not مقاطعة: also "boycott"
			if h != head {
				out = append(out, h+" "+rest)
			}
		}
	}
	return out
}

// englishStopword lists lower-cased English words that some upper-case
// aliases collide with; such aliases stay on the entry but are not indexed.
var englishStopword = map[string]bool{
	"is": true, "us": true, "it": true, "as": true, "at": true, "in": true, "on": true,
	"or": true, "an": true, "a": true, "to": true, "of": true, "be": true, "we": true,
	"he": true, "me": true, "my": true, "no": true, "so": true, "up": true, "am": true,
	"do": true, "go": true, "if": true, "by": true, "the": true, "and": true, "for": true,
	"may": true, "can": true, "will": true, "who": true, "all": true, "one": true,
}

const article = "ال"

// stripArticle removes a leading ال from one normalised token when at least
// three letters remain ("الله" keeps its article).
func stripArticle(tok string) (string, bool) {
	if !strings.HasPrefix(tok, article) {
		return tok, false
	}
	rest := tok[len(article):]
	if len([]rune(rest)) < 3 {
		return tok, false
	}
	return rest, true
}

// withoutArticle returns the derived forms of a normalised name: without
// the article on its first token, and without it on every token.
func withoutArticle(n string) []string {
	toks := strings.Split(n, " ")
	first, ok := stripArticle(toks[0])
	if !ok && len(toks) == 1 {
		return nil
	}
	var out []string
	if ok {
		out = append(out, strings.Join(append([]string{first}, toks[1:]...), " "))
	}
	all := make([]string, len(toks))
	changed := false
	for i, t := range toks {
		s, ok := stripArticle(t)
		all[i] = s
		changed = changed || ok
	}
	if changed {
		if a := strings.Join(all, " "); len(out) == 0 || a != out[0] {
			out = append(out, a)
		}
	}
	return out
}

// radicalAlif reports whether an adjective as written begins with a
// hamzated alif and lam that belong to the word (ألماني، ألباني,
// إلى…), not the article ال, which news write without hamza.
func radicalAlif(written string) bool {
	return strings.HasPrefix(written, "أل") || strings.HasPrefix(written, "إل") || strings.HasPrefix(written, "آل")
}

// adjectiveForms expands one normalised adjective: with and without ال on
// every token; for nisba adjectives (every token ending in ي) the feminine
// (…يه, the normalised …ية); for one-token nisba adjectives the sound
// plurals …يون and …يين. With radical, the first token's leading ال is
// part of the word (ألماني normalises to الماني), never the article: the
// definite forms add one (الالماني).
func adjectiveForms(a string, radical bool) []string {
	toks := strings.Split(a, " ")
	bare := make([]string, len(toks))
	nisba := true
	for i, t := range toks {
		s := t
		if i > 0 || !radical {
			s, _ = stripArticle(t)
		}
		bare[i] = s
		if !strings.HasSuffix(s, "ي") {
			nisba = false
		}
	}
	variants := [][]string{bare}
	if nisba {
		fem := make([]string, len(bare))
		for i, t := range bare {
			fem[i] = t + "ه"
		}
		variants = append(variants, fem)
		if len(bare) == 1 {
			variants = append(variants, []string{bare[0] + "ون"}, []string{bare[0] + "ين"})
		}
	}
	seen := map[string]bool{a: true}
	out := []string{a}
	for _, v := range variants {
		def := make([]string, len(v))
		for i, t := range v {
			def[i] = article + t
		}
		for _, s := range []string{strings.Join(v, " "), strings.Join(def, " ")} {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// loadRoles reads roles.tsv: role, Arabic phrases (" | "-separated).
// roleOf is a role phrase that implies whose office it is, checked once
// every entity is loaded.
type roleOf struct {
	r        row
	norm, of string
}

func (c *Catalog) loadRoles(l *loader, rows []row) (pending []roleOf) {
	if rows == nil {
		l.errorf(rolesFile, 0, "missing (the closed list of office roles)")
		return nil
	}
	for _, r := range rows {
		if len(r.fields) > 2 {
			l.errorf(r.file, r.line, "%d columns, want role and Arabic phrases", len(r.fields))
			continue
		}
		role := r.fields[0]
		if _, dup := c.roleNames[role]; dup {
			l.errorf(r.file, r.line, "duplicate role %q", role)
			continue
		}
		var phrases []string
		if len(r.fields) == 2 {
			phrases = splitList(r.fields[1])
		}
		c.roles = append(c.roles, role)
		for i, p := range phrases {
			// "خادم الحرمين الشريفين@saudi-arabia": the phrase implies whose office it is.
			if at := strings.LastIndexByte(p, '@'); at >= 0 {
				of := strings.TrimSpace(p[at+1:])
				p = strings.TrimSpace(p[:at])
				phrases[i] = p
				pending = append(pending, roleOf{r, text.Normalize(p), of})
			}
		}
		c.roleNames[role] = phrases
		for _, p := range phrases {
			n := text.Normalize(p)
			if !slices.Contains(c.roleIndex[n], role) {
				c.roleIndex[n] = append(c.roleIndex[n], role)
			}
			if k := strings.Count(n, " ") + 1; k > c.roleMax {
				c.roleMax = k
			}
		}
	}
	return pending
}

// loadOffices reads offices.tsv: person, role, of, from, to, note.
func (c *Catalog) loadOffices(l *loader, rows []row) {
	for _, r := range rows {
		f := r.fields
		if len(f) < 3 || len(f) > 6 {
			l.errorf(r.file, r.line, "%d columns, want person, role, of, from, to, note", len(f))
			continue
		}
		for len(f) < 6 {
			f = append(f, "")
		}
		o := Office{Person: f[0], Role: f[1], Of: f[2], From: f[3], To: f[4], Note: f[5]}
		ok := true
		if p, found := c.byKey[o.Person]; !found {
			l.errorf(r.file, r.line, "unknown person key %q", o.Person)
			ok = false
		} else if p.Type != extract.Person {
			l.errorf(r.file, r.line, "%q is a %s, not a Person", o.Person, p.Type)
			ok = false
		}
		if _, found := c.roleNames[o.Role]; !found {
			l.errorf(r.file, r.line, "unknown role %q (see %s)", o.Role, rolesFile)
			ok = false
		}
		if _, found := c.byKey[o.Of]; !found {
			l.errorf(r.file, r.line, "unknown key %q in column of", o.Of)
			ok = false
		}
		var err error
		if o.from, err = parseDay(o.From); err != nil {
			l.errorf(r.file, r.line, "from: %v", err)
			ok = false
		}
		if o.until, err = parseDay(o.To); err != nil {
			l.errorf(r.file, r.line, "to: %v", err)
			ok = false
		}
		if ok && o.From != "" && o.To != "" && !o.from.lo.Before(o.until.end()) {
			l.errorf(r.file, r.line, "from %s is not before to %s", o.From, o.To)
			ok = false
		}
		if !ok {
			continue
		}
		i := len(c.offices)
		c.offices = append(c.offices, o)
		c.byPerson[o.Person] = append(c.byPerson[o.Person], i)
		k := o.Role + "\x00" + o.Of
		c.byRoleOf[k] = append(c.byRoleOf[k], i)
	}
}
