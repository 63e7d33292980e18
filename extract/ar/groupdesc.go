package ar

import (
	"cmp"
	"strings"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// «التنظيم», «الجماعة» alone. News name an armed group once with its head
// noun or without it («داعش», «تنظيم الدولة») and then call it by the head
// alone. The description goes to the group named last that the catalogue
// names with that head (تنظيم الدولة, جماعة الحوثي), else with another of
// the heads news use by turns (list "kindsyn": حركة, جماعة, تنظيم, فصيل);
// not to any group (الأكراد, الحشد الشعبي), and to none when two groups of
// the sentence fit. A relational adjective after the head other than one
// that describes ("التنظيم المتطرف") makes a name of its own ("التنظيم
// الوحدوي الناصري").

// groupHeads are the heads, without the article, this file resolves.
var groupHeads = map[string]bool{"تنظيم": true, "جماعه": true}

// groupNameAfter reports whether the word at token j is a relational
// adjective (ending in ي or يه) that is no describing adjective of
// data/descriptions.tsv: the head and it are a name.
func (d *docState) groupNameAfter(st *sentState, j int) bool {
	if j >= len(st.toks) {
		return false
	}
	t := st.toks[j]
	if !t.IsArabic() || !text.HasArticle(t.Bare) || t.Prefix != "" {
		return false
	}
	w, err := coalitionLists()
	if err != nil || w.describing[t.Bare] {
		return false
	}
	a := text.StripArticle(t.Bare)
	return len([]rune(a)) >= 3 && (strings.HasSuffix(a, "ي") || strings.HasSuffix(a, "يه"))
}

// groupDescription returns the group «التنظيم»/«الجماعة» (head h, without
// the article) at token i stands for, or "": the entity last named with
// the head (named, a group the catalogue lacks) counts as a group of that
// head.
func (d *docState) groupDescription(st *sentState, i int, h, named string) string {
	if k := d.groupByHead(st, i, named, func(hs string) bool { return hs == h }); k != "" {
		return k
	}
	return d.groupByHead(st, i, named, func(hs string) bool { return d.in("kindsyn", hs) })
}

// groupByHead returns the group named last before token i whose catalogue
// names start with a head that ok accepts, or that is named: in the
// sentence (none when two different ones fit there), else named, else in
// the sentences before, latest first.
func (d *docState) groupByHead(st *sentState, i int, named string, ok func(string) bool) string {
	fits := func(k string) bool {
		if k == named {
			return true
		}
		e, found := d.cat.Get(k)
		if !found || (e.Type != extract.Organization && e.Type != extract.Group) {
			return false
		}
		for _, a := range e.Arabic {
			first, _, _ := strings.Cut(text.Normalize(strings.TrimPrefix(a, "=")), " ")
			if ok(text.StripArticle(first)) {
				return true
			}
		}
		return false
	}
	found := ""
	for n := len(st.ments) - 1; n >= 0; n-- {
		m := st.ments[n]
		if m.s >= i || m.key == "" || m.adj || !fits(m.key) {
			continue
		}
		if found != "" && found != m.key {
			return "" // two groups of the sentence fit: ambiguous
		}
		found = m.key
	}
	if found != "" || named != "" {
		return cmp.Or(found, named)
	}
	for n := len(d.recentOrgs) - 1; n >= 0; n-- {
		if k := d.recentOrgs[n]; fits(k) {
			return k
		}
	}
	for n := len(d.mentioned) - 1; n >= 0; n-- {
		if k := d.mentioned[n]; fits(k) {
			return k
		}
	}
	return ""
}
