package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract/text"
)

// Table tests of namequotes.go, with sentences written for them.

func TestUnquoteNames(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"a one-word name in guillemets", "سيطر «داعش» على المدينة.", "سيطر داعش على المدينة ."},
		{"a two-word name after a descriptor", "يسيطر تحالف «فجر ليبيا» على العاصمة.", "يسيطر تحالف فجر ليبيا على العاصمة ."},
		{"a name in straight quotes", "تبنت جماعة \"جيش العزة\" الهجوم.", "تبنت جماعة جيش العزة الهجوم ."},
		{"a long quotation keeps its marks", "وقال إن «الوضع في المدينة خطير جدا».", "وقال إن « الوضع في المدينة خطير جدا » ."},
		{"a quotation with a comma keeps its marks", "وقال «نعم، سنقاتل».", "وقال « نعم ، سنقاتل » ."},
		{"an unclosed mark stays", "وقال «نعم سنقاتل", "وقال « نعم سنقاتل"},
		{"empty marks stay", "وقال «» ثم سكت.", "وقال « » ثم سكت ."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks, _ := unquoteNames(text.Tokenize(c.in, 0))
			var got []string
			for _, tk := range toks {
				got = append(got, tk.Text)
			}
			if g := strings.Join(got, " "); g != c.want {
				t.Errorf("unquoteNames(%q) = %q, want %q", c.in, g, c.want)
			}
		})
	}
}

func TestQuotedNameRelations(t *testing.T) {
	runCases(t, []cxCase{
		{"control by a group whose name is in guillemets", "وسيطر تنظيم «داعش» أمس على مدينة الرمادي.",
			[]want{{"islamic-state", "controls", "ramadi", ""}}, nil},
		{"control by an alliance whose name is in guillemets", "ويسيطر تحالف «فجر ليبيا» على طرابلس منذ أشهر.",
			[]want{{"libya-dawn", "controls", "tripoli", ""}}, nil},
		{"a quoted name governed by a preposition is no subject", "وقاتلت القوات العراقية ضد «داعش» في الرمادي.",
			nil, []want{{"islamic-state", "controls", "*", ""}}},
	})
}

func TestUnquoteSurface(t *testing.T) {
	for in, want := range map[string]string{
		"تنظيم «داعش":  "تنظيم داعش",
		"لقاء \"جنيف":  "لقاء جنيف",
		"جماعة الحوثي": "جماعة الحوثي",
	} {
		if got := unquoteSurface(in); got != want {
			t.Errorf("unquoteSurface(%q) = %q, want %q", in, got, want)
		}
	}
}
