package ar

import (
	"testing"

	"github.com/newskg/kg/extract/text"
)

// descriptionKey returns the key of the mention covering the last token
// whose bare form without the article is head ("" when none covers it).
func descriptionKey(t *testing.T, body, head string) string {
	t.Helper()
	_, sts := mentionPass(t, body)
	key, found := "", false
	for _, st := range sts {
		for k, tk := range st.toks {
			if tk.IsArabic() && text.HasArticle(tk.Bare) && text.StripArticle(tk.Bare) == text.Normalize(head) {
				found, key = true, ""
				if m := st.mentionAt(k); m != nil {
					key = m.key
				}
			}
		}
	}
	if !found {
		t.Fatalf("no «ال%s» in %q", head, body)
	}
	return key
}

// TestCoalitionCoref: «التحالف» alone is the coalition named last, the one
// its leader names, or the coalition of the document's war; a verbal noun
// (بالتحالف مع) or a coalition with its own adjective is none. Sentences
// written for the test.
func TestCoalitionCoref(t *testing.T) {
	const saudi, us = "saudi-led-coalition", "combined-joint-task-force-operation-inherent-resolve"
	cases := []struct {
		name, text, want string
	}{
		{"named before", "وأعلن التحالف العربي بدء عملية جديدة. وقصفت طائرات التحالف مخازن سلاح قرب المطار.", saudi},
		{"named before, the international one", "وقال التحالف الدولي إن طائراته نفذت عشر ضربات. وأضاف أن التحالف سيواصل عملياته.", us},
		{"led by a country", "وشنت طائرات التحالف الذي تقوده الولايات المتحدة غارات ليلية.", us},
		{"led by, with بقيادة", "وقصفت مقاتلات التحالف بقيادة السعودية معسكرا قرب المدينة.", saudi},
		{"the war the document is about", "وتواصل القتال في اليمن منذ أشهر. وقال سكان في اليمن إن طائرات التحالف قصفت الجسر.", saudi},
		{"the war in Iraq and Syria", "وتقدمت القوات العراقية في العراق نحو الموصل. وقالت بغداد إن العراق طلب من التحالف مزيدا من الضربات في سوريا.", us},
		{"the last coalition wins over the theatre", "وقال التحالف الدولي إن العراق واليمن وسوريا ساحات للتنظيم. وأكد التحالف أن الضربات مستمرة في اليمن.", us},
		{"a verbal noun: allying with", "وتتهم الحكومة في اليمن الحزب بالتحالف مع المتمردين في اليمن.", ""},
		{"a coalition of its own", "وأعلن التحالف العربي وقف الغارات. وقال قادة التحالف الجديد في العراق إنهم سيخوضون الانتخابات.", ""},
		{"an unknown leader", "وقال التحالف العربي إنه رصد تحركات. وشكلت الأحزاب التحالف الذي يقوده حزب الأمل.", ""},
		{"no coalition and no war", "وقال المحلل إن التحالف لم يعد قائما بعد الانتخابات.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := descriptionKey(t, c.text, "تحالف"); got != c.want {
				t.Errorf("«التحالف» = %q, want %q", got, c.want)
			}
		})
	}
}
