package ar

import "testing"

// TestGroupDescription: «التنظيم»/«الجماعة» alone go to the armed group the
// catalogue names with that head (or another kind head) named last, not
// to a population or a militia of another head, nor when two such groups
// of the sentence compete; a relational adjective after the head makes a
// name of its own, and a plural is generic. Sentences written for the
// test.
func TestGroupDescription(t *testing.T) {
	cases := []struct {
		name, text, head, want string
	}{
		{"named without the head", "وسيطر مسلحو « داعش » على قرية قرب الحسكة. وقال مسؤول إن التنظيم أعدم عشرة أشخاص.", "تنظيم", "islamic-state"},
		{"a population named between", "وهاجم مسلحو « داعش » قرية قرب سنجار. وقال زعماء الأكراد إن مقاتلي التنظيم خطفوا عشرات النساء.", "تنظيم", "islamic-state"},
		{"a militia of another head named between", "وتبنى « داعش » التفجير. ونفت قوات الحشد الشعبي أي صلة لها. وقالت الشرطة إن التنظيم فخخ السيارة.", "تنظيم", "islamic-state"},
		{"describing adjective", "وتبنى « داعش » التفجير. وقال الوزير إن التنظيم المتطرف يستهدف المدنيين.", "تنظيم", "islamic-state"},
		{"the group named with its head", "وسيطر مسلحو جماعة الحوثي على مطار المدينة. وقالت الجماعة إنها ستواصل التقدم.", "جماعة", "houthis"},
		{"another kind head", "وهاجم مقاتلو حركة طالبان مركزا للشرطة. وأعلن التنظيم مسؤوليته عن الهجوم.", "تنظيم", "taliban"},
		{"the same head wins over another kind head", "وتقاتل « داعش » وحركة طالبان في ننغرهار حيث خسر التنظيم مواقع عدة.", "تنظيم", "islamic-state"},
		{"two groups of the sentence: ambiguous", "وتقاتل « داعش » وتنظيم القاعدة في ريف حلب حيث خسر التنظيم مواقع عدة.", "تنظيم", ""},
		{"a name of its own", "وتبنى « داعش » التفجير. وأعلن التنظيم الوحدوي الناصري انسحابه من الحوار.", "تنظيم", ""},
		{"a movement's relational adjective: a name", "وأعلنت حركة « شباب الوادي » مسؤوليتها عن الهجوم. وقالت الحركة الشعبية إنها ترفض العنف.", "حركة", ""},
		{"a movement's describing adjective", "وأعلنت حركة « شباب الوادي » مسؤوليتها عن الهجوم. وقالت الحركة المتشددة إنها ستواصل القتال.", "حركة", "*"},
		{"only a population before", "وقال زعماء الأكراد إن الجماعة تعرضت لحملة اعتقالات.", "جماعة", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := descriptionKey(t, c.text, c.head)
			if c.want == "*" && got != "" {
				return // an entity the test names (created, its key unknown here)
			}
			if got != c.want {
				t.Errorf("«ال%s» = %q, want %q", c.head, got, c.want)
			}
		})
	}
}

// TestGroupDescriptionGeneric: a plural «الجماعات المسلحة» is no
// description of the group named before.
func TestGroupDescriptionGeneric(t *testing.T) {
	_, sts := mentionPass(t, "وتبنى « داعش » التفجير. وقال الوزير إن الجماعات المسلحة تستغل الفراغ الأمني.")
	st := sts[len(sts)-1]
	for _, m := range st.ments {
		if m.key == "islamic-state" {
			t.Errorf("«الجماعات المسلحة» linked to %s", m.key)
		}
	}
}
