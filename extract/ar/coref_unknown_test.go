package ar

import (
	"strings"
	"testing"
)

// TestCorefUnknown: names the catalogue lacks are named again by a
// family name, their first two words, or a definite head noun (الحركة،
// الحزب، التنظيم، الجماعة، المدينة), and a head noun goes to no entity of
// another type. Sentences written for the test.
func TestCorefUnknown(t *testing.T) {
	cases := []struct {
		name, text string
		first      string // the Arabic label of the entity named first
		want       int    // mentions of it wanted (at least); -1: exactly one
	}{
		{"family name after a preposition", "وقال الطبيب السوري ماهر القباني إن المستشفى قصف. ونقلت الوكالة عن القباني أن الجرحى بالعشرات.", "ماهر القباني", 2},
		{"family name before a speech verb", "وصرح المحامي نبيل الزعبي بأن المحكمة أجلت القضية. الزعبي قال أيضا إن موكله بريء.", "نبيل الزعبي", 2},
		{"first two words of three", "وقال الناشط حسام الدين فؤاد الرفاعي إن القصف لم يتوقف. وأضاف حسام الدين فؤاد أن السكان نزحوا.", "حسام الدين فؤاد الرفاعي", 2},
		{"a movement by its head noun", "وأعلنت حركة « شباب الوادي » مسؤوليتها عن الهجوم. وقالت الحركة في بيان إن مقاتليها عادوا إلى مواقعهم.", "حركة شباب الوادي", 2},
		{"a party by its head noun", "وفاز حزب « الغد الجديد » بعشرة مقاعد. وقال الحزب إنه سيدخل الحكومة.", "حزب الغد الجديد", 2},
		{"an organisation by its head noun", "وتبنى تنظيم « أنصار الجبل » التفجير. وكان التنظيم قد هدد بشن هجمات.", "تنظيم أنصار الجبل", 2},
		{"a town by its head noun", "وقصفت المدفعية بلدة الصفصافة بريف حماة. وقال سكان إن البلدة تعرضت لقصف عنيف.", "الصفصافة", 2},
		{"no movement for a party", "وفاز حزب « الغد الجديد » بعشرة مقاعد. وقالت الحركة إنها ستقاطع الجلسة.", "حزب الغد الجديد", -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, sts := mentionPass(t, c.text)
			key := ""
			for k, e := range d.created {
				if e.Labels["ar"] == c.first {
					key = k
				}
			}
			if key == "" {
				for k, e := range d.created {
					if strings.HasSuffix(e.Labels["ar"], c.first) {
						key = k
					}
				}
			}
			n := 0
			var all []string
			for _, st := range sts {
				for _, m := range st.ments {
					if m.key == key {
						n++
					}
					var w []string
					for k := m.s; k < m.e; k++ {
						w = append(w, st.toks[k].Bare)
					}
					all = append(all, m.key+" "+strings.Join(w, " "))
				}
			}
			if c.want < 0 {
				if key == "" || n != 1 {
					t.Errorf("want %s (%q) named once, got %d; mentions:\n  %s", c.first, key, n, strings.Join(all, "\n  "))
				}
				return
			}
			if key == "" || n < c.want {
				t.Errorf("want %s (%q) named %d times, got %d; mentions:\n  %s", c.first, key, c.want, n, strings.Join(all, "\n  "))
			}
		})
	}
}
