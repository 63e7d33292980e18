package ar

import (
	"testing"

	"github.com/newskg/kg/extract"
)

// TestOffice10HeadBody: titles whose body is a head noun referring back
// (office10.go, headBodyOffices), with look-alikes that must give
// nothing. Sentences written for the test.
func TestOffice10HeadBody(t *testing.T) {
	cases := []struct {
		name, text, subj string
		obj              string
		want             bool
	}{
		{"the party's head, a rank before the name",
			"أعلن الحزب التقدمي الاشتراكي موقفه من الحوار. وقال رئيس الحزب النائب وليد جنبلاط إن الحوار ضروري.", "walid-jumblatt", "progressive-socialist-party", true},
		{"a spokesman in the guard's name",
			"هدد الحرس الثوري الإيراني بالرد، وقال المتحدث باسم الحرس العميد رمضان شريف إن الرد سيكون قاسيا.", "ramazan-sharif", "islamic-revolutionary-guard-corps", true},
		{"two parties of that head: which one is unclear",
			"اجتمع حزب الوفد وحزب التجمع أمس. وقال رئيس الحزب مروان القصاب إن الاجتماع كان مثمرا.", "مروان القصاب", "*", false},
		{"no body of that head named",
			"وصل الوزير إلى القاهرة أمس. وقال رئيس الحزب مروان القصاب إن الزيارة مهمة.", "مروان القصاب", "*", false},
		{"a former head gives nothing",
			"أعلن الحزب التقدمي الاشتراكي موقفه. وقال رئيس الحزب السابق مروان القصاب إن الحوار ضروري.", "مروان القصاب", "progressive-socialist-party", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-08-01")
			var own []extract.Fact
			for _, f := range r.Facts {
				if f.Rule == "ar/office-head" || c.want {
					own = append(own, f) // the look-alikes: this rule's facts only
				}
			}
			r.Facts = own
			if got := hasRelation(r, c.subj, extract.OfficialOf, c.obj); got != c.want {
				var fs []string
				for _, f := range r.Facts {
					fs = append(fs, f.Subject+" "+string(f.Predicate)+" "+f.Object+" "+f.Rule)
				}
				t.Errorf("%s officialOf %s: got %v, want %v; facts %v", c.subj, c.obj, got, c.want, fs)
			}
		})
	}
}
