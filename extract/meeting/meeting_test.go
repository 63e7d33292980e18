package meeting

import (
	"testing"

	"github.com/newskg/kg/extract"
)

// Sentences written for this test.
func TestMode(t *testing.T) {
	for _, c := range []struct{ lang, sentence, want string }{
		{"ar", "أجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي مساء الأحد.", extract.MeetingPhone},
		{"ar", "وبحث الوزيران هاتفيا تطورات الأزمة.", extract.MeetingPhone},
		{"ar", "وتلقى الأمير مكالمة من الرئيس التركي.", extract.MeetingPhone},
		{"ar", "واستقبل الملك في قصره وزير الخارجية الزائر.", extract.MeetingInPerson},
		{"ar", "وفي زيارته الأولى للعاصمة التقى رئيس الحكومة.", extract.MeetingInPerson},
		{"ar", "وعقد الزعيمان قمة افتراضية بحثا فيها التجارة.", extract.MeetingVideo},
		{"ar", "وتحدث الرئيسان عبر تقنية الفيديو لمدة ساعة.", extract.MeetingVideo},
		// A received call is a call.
		{"ar", "واستقبل الرئيس اتصالا هاتفيا من رئيس الوزراء.", extract.MeetingPhone},
		// وزارة is not زار: words, not letters, are compared.
		{"ar", "والتقى ممثل وزارة الخارجية نظيره في جنيف.", ""},
		{"ar", "وبحث الجانبان العلاقات الثنائية.", ""},
		{"en", "The two leaders spoke by phone on Sunday.", extract.MeetingPhone},
		{"en", "The president received the envoy at the palace.", extract.MeetingInPerson},
		{"en", "They held a video conference with the ministers.", extract.MeetingVideo},
		{"en", "The ministers discussed trade.", ""},
		{"fr", "Les deux présidents se sont parlé au téléphone.", ""}, // no cues for French
	} {
		if got := Mode(c.lang, c.sentence); got != c.want {
			t.Errorf("Mode(%s, %q) = %q, want %q", c.lang, c.sentence, got, c.want)
		}
	}
}

func TestFill(t *testing.T) {
	r := &extract.Result{Doc: extract.Document{Lang: "ar"}, Facts: []extract.Fact{
		{Predicate: extract.Met, Evidence: "أجرى الرئيس اتصالا هاتفيا مع نظيره."},
		{Predicate: extract.Met, Evidence: "والتقى الوزيران في العاصمة.", Place: "x"},
		{Predicate: extract.Met, Evidence: "وبحث الجانبان العلاقات."},
		{Predicate: extract.Met, Evidence: "أجرى الرئيس اتصالا هاتفيا مع نظيره.", Mode: extract.MeetingVideo},
		{Predicate: extract.Visited, Evidence: "وزار الرئيس العاصمة."},
	}}
	Fill(r)
	want := []string{extract.MeetingPhone, extract.MeetingInPerson, "", extract.MeetingVideo, ""}
	for i, w := range want {
		if r.Facts[i].Mode != w {
			t.Errorf("fact %d: mode %q, want %q", i, r.Facts[i].Mode, w)
		}
	}
	Fill(nil) // no panic
}
