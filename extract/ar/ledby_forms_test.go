package ar

import (
	"testing"

	"github.com/newskg/kg/extract"
)

// TestLedByForms: a leader clause after a comma, and a rank between the
// verb of leading and the name (ledby_forms.go).
func TestLedByForms(t *testing.T) {
	cases := []officeCase{
		{"comma before the relative clause",
			"وأعلن حزب الله، الذي يتزعمه حسن نصر الله، رفضه للقرار الجديد.", "نصر الله", "hezbollah", "leader"},
		{"comma, feminine antecedent",
			"وهاجمت حركة طالبان، التي يقودها الملا أختر منصور، مواقع للشرطة.", "منصور", "taliban", "leader"},
		{"rank after بقيادة",
			"وتقدمت قوات الجيش السوري بقيادة العميد سهيل الحسن نحو البلدة.", "الحسن", "syrian-arab-army", "leader"},
		{"two rank words after يقوده",
			"وسيطرت قوات الجيش الليبي، الذي يقوده الفريق أول خليفة حفتر، على الميناء.", "حفتر", "libyan-national-army", "leader"},
		{"an organisation's adjective inside a title",
			"وحذر المبعوث الأممي ستافان دي ميستورا من انهيار الهدنة.", "دي ميستورا", "united-nations", "envoy"},
	}
	checkOffices(t, cases)
}

// TestLedByFormsGuards: look-alikes that name no leader.
func TestLedByFormsGuards(t *testing.T) {
	cases := []struct{ name, text, notOf string }{
		{"a rank and no name",
			"وأعلن حزب الله، الذي يتزعمه منذ سنوات رجل دين، رفضه للقرار.", "hezbollah"},
		{"a verb of support, not of leading",
			"وتقدم الجيش اللبناني، الذي تدعمه الولايات المتحدة، نحو الجرود.", "lebanese-armed-forces"},
		{"a rank with a conjunction starts another phrase",
			"وتقدمت قوات الجيش السوري بقيادة ضباط والعميد سهيل الحسن في الخلف.", "syrian-arab-army"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-08-01")
			for _, f := range r.Facts {
				if (f.Predicate == extract.OfficialOf || f.Predicate == extract.MemberOf) && f.Object == c.notOf {
					t.Errorf("got %s %s %s", f.Subject, f.Predicate, f.Object)
				}
			}
		})
	}
}
