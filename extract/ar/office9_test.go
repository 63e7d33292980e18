package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
)

// hasRelation reports whether r holds a fact pred from an entity whose key
// is subj or whose Arabic label contains it, to an entity whose key is
// obj (keyIs: a trailing "*" matches a created key's prefix).
func hasRelation(r *extract.Result, subj string, pred extract.Predicate, obj string) bool {
	ar := map[string]string{}
	for _, e := range r.Entities {
		ar[e.Key] = e.Labels["ar"]
	}
	for _, f := range r.Facts {
		if f.Predicate != pred || !keyIs(f.Object, obj) {
			continue
		}
		if f.Subject == subj || strings.Contains(ar[f.Subject], subj) {
			return true
		}
	}
	return false
}

// TestOffice9Forms: the office and membership forms of office9.go and its
// title rows, with look-alikes that must give nothing (want false).
func TestOffice9Forms(t *testing.T) {
	cases := []struct {
		name, text, subj string
		pred             extract.Predicate
		obj              string
		want             bool
	}{
		// one of the leaders / members of a body; activists
		{"one of the leaders, in apposition",
			"وقال مروان القصاب ، أحد قادة حركة حماس ، إن الحركة لن توقع الاتفاق.", "مروان القصاب", extract.OfficialOf, "hamas", true},
		{"one of the leaders, after وهو and a comma",
			"وقال مروان القصاب ، وهو أحد قادة حركة حماس ، إن الحركة لن توقع الاتفاق.", "مروان القصاب", extract.OfficialOf, "hamas", true},
		{"one of the leaders, before the name",
			"وأكد أحد قادة حركة حماس مروان القصاب أن الحركة لن توقع الاتفاق.", "مروان القصاب", extract.OfficialOf, "hamas", true},
		{"one of the members is a membership",
			"وقال مروان القصاب ، أحد أعضاء حزب الوفد ، إن الحزب سيخوض الانتخابات.", "مروان القصاب", extract.MemberOf, "wafd-party", true},
		{"an activist is a member",
			"واستهدفت الغارة منزل مروان القصاب الناشط في حركة الجهاد الإسلامي شرق غزة.", "مروان القصاب", extract.MemberOf, "palestinian-islamic-jihad", true},
		{"one of the leaders of the army is no body named",
			"وكان مروان القصاب أحد قادة الجيش في تلك الحرب.", "مروان القصاب", extract.OfficialOf, "*", false},
		{"a leader unnamed: nobody holds the office",
			"وقال مروان القصاب إن أحد قادة حماس اعتقل فجر اليوم.", "مروان القصاب", extract.OfficialOf, "hamas", false},
		// sports offices and memberships
		{"a club's coach before his name, his nationality between",
			"وقال مدرب نادي برشلونة الهولندي فرانك ريكارد إن فريقه جاهز للمباراة.", "فرانك ريكارد", extract.OfficialOf, "fc-barcelona", true},
		{"a national team's coach",
			"وقال مدرب منتخب فرنسا رامي دوفال إن التشكيلة اكتملت.", "رامي دوفال", extract.OfficialOf, "france", true},
		{"a goalkeeper of a club is its member",
			"وأنقذ إيكر كاسياس حارس مرمى ريال مدريد فريقه من الخسارة.", "iker-casillas", extract.MemberOf, "real-madrid", true},
		{"a player's nationality is no membership",
			"وسجل اللاعب البرتغالي كريستيانو رونالدو هدفين.", "cristiano-ronaldo", extract.MemberOf, "portugal", false},
		{"a player of a city's club names no country",
			"وسجل لاعب مانشستر هدف الفوز في الدقيقة الأخيرة.", "*", extract.MemberOf, "united-kingdom", false},
		{"a coach's nationality names no office",
			"وقال المدرب الفرنسي رامي دوفال إن التشكيلة اكتملت.", "رامي دوفال", extract.OfficialOf, "france", false},
		// the holder's nationality after an organisation
		{"the head of an organisation, his nationality between",
			"وقال رئيس الفيفا السويسري جوزيف بلاتر إن البطولة نجحت.", "sepp-blatter", extract.OfficialOf, "fifa", true},
		// passive appointments and becoming
		{"elected, the appointee before the verb",
			"يذكر أن سليم الحداد انتخب رئيسا للصومال في العام الماضي.", "سليم الحداد", extract.OfficialOf, "somalia", true},
		{"chosen, after a relative pronoun",
			"وقال مروان القصاب الذي اختير أمينا عاما لحزب الوفد إن الحزب سيشارك.", "مروان القصاب", extract.OfficialOf, "wafd-party", true},
		{"became the leader of a party",
			"وأصبح سليم الحداد زعيما لحزب الوفد بعد المؤتمر.", "سليم الحداد", extract.OfficialOf, "wafd-party", true},
		{"a hope to become is no office",
			"وكان مروان القصاب يأمل أن يصبح رئيسا لمصر.", "مروان القصاب", extract.OfficialOf, "egypt", false},
		{"elected with no body named gives nothing",
			"وقالت حركة حماس إن مروان القصاب انتخب رئيسا.", "مروان القصاب", extract.OfficialOf, "hamas", false},
		// joining a body
		{"joined a body, the member before the verb",
			"وكان سليم الحداد قد انضم إلى حركة حماس في شبابه.", "سليم الحداد", extract.MemberOf, "hamas", true},
		{"joined the ranks of a group, the member after the verb",
			"وانضم سليم الحداد إلى صفوف تنظيم داعش قبل عامين.", "سليم الحداد", extract.MemberOf, "islamic-state", true},
		{"a refusal to join is no membership",
			"ورفض سليم الحداد أن ينضم إلى حركة حماس.", "سليم الحداد", extract.MemberOf, "hamas", false},
		{"a negated joining is no membership",
			"ولم ينضم سليم الحداد إلى حركة حماس.", "سليم الحداد", extract.MemberOf, "hamas", false},
		{"seeking to join (a verbal noun) is no membership",
			"وقالت تركيا إنها تسعى للانضمام إلى الاتحاد الأوروبي.", "turkey", extract.MemberOf, "european-union", false},
		// a body part of another
		{"a wing in apposition after a comma",
			"وقالت كتائب القسام ، الجناح العسكري لحركة حماس ، إنها قصفت المستوطنات.", "izz-ad-din-al-qassam-brigades", extract.MemberOf, "hamas", true},
		{"a body affiliated to a group",
			"وقالت اللجنة الثورية العليا التابعة لجماعة الحوثي إنها ترفض القرار.", "revolutionary-committee-yemen", extract.MemberOf, "houthis", true},
		{"a town belonging to a region is no membership",
			"وسقطت قذيفة على بلدة عرسال التابعة لمحافظة بعلبك.", "arsal", extract.MemberOf, "*", false},
		{"a wing with no body named gives nothing",
			"وقال حزب الله إن الجناح العسكري سيرد.", "hezbollah", extract.MemberOf, "*", false},
		// membership lists after كلا من
		{"a membership list after كلا من",
			"وتضم منظمة شنغهاي للتعاون كلا من الصين وروسيا وكازاخستان.", "kazakhstan", extract.MemberOf, "shanghai-cooperation-organisation", true},
		{"a list after a comma and والتي",
			"وعقدت منظمة شنغهاي للتعاون ، والتي تضم كلا من الصين وروسيا ، قمتها أمس.", "russia", extract.MemberOf, "shanghai-cooperation-organisation", true},
		{"a list of places a visit covered is no membership",
			"وشملت جولة الوزير كلا من الصين وروسيا.", "russia", extract.MemberOf, "*", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-08-01")
			got := false
			if c.subj == "*" {
				for _, f := range r.Facts {
					got = got || f.Predicate == c.pred && keyIs(f.Object, c.obj)
				}
			} else {
				got = hasRelation(r, c.subj, c.pred, c.obj)
			}
			if got != c.want {
				var fs []string
				for _, f := range r.Facts {
					fs = append(fs, f.Subject+" "+string(f.Predicate)+" "+f.Object)
				}
				t.Errorf("%s %s %s: got %v, want %v; facts %v", c.subj, c.pred, c.obj, got, c.want, fs)
			}
		})
	}
}
