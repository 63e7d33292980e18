package ar

import (
	"context"
	"testing"

	"github.com/newskg/kg/extract"
)

// A headline's event fact with no time of its own takes the day the lead
// gives (headline.go); the article is dated Wednesday 2016-02-10.
func TestHeadlineDates(t *testing.T) {
	cases := []struct {
		name, title, text string
		want, not         []want
	}{
		{"yesterday in the lead dates the headline's accusation",
			"أردوغان يتهم إسرائيل بقتل المدنيين", "قال مسؤولون أتراك أمس إن المعارك تواصلت في حلب.",
			[]want{{"recep-tayyip-erdogan", "accuses", "israel", "2016-02-09"}}, nil},
		{"a weekday of the lead dates the headline's attack",
			"طائرات روسية تقصف مواقع داعش في الرقة", "قالت وزارة الدفاع الروسية الاثنين إن الغارات استمرت ثلاث ساعات.",
			[]want{{"russian-aerospace-forces", "attacked", "islamic-state", "2016-02-08"}}, nil},
		{"the day before yesterday in the lead",
			"كيري يلتقي لافروف في جنيف", "وقال دبلوماسيون أمس الأول إن المحادثات كانت صعبة.",
			[]want{{"john-kerry", "met", "sergei-lavrov", "2016-02-08"}}, nil},
		{"a lead with no day leaves the headline undated",
			"أردوغان يتهم إسرائيل بقتل المدنيين", "قال مسؤولون أتراك إن المعارك تواصلت في حلب.",
			[]want{{"recep-tayyip-erdogan", "accuses", "israel", "-"}}, nil},
		{"a day far from the article's date is no lead's day",
			"أردوغان يتهم إسرائيل بقتل المدنيين", "قال مسؤولون أتراك إن المعارك بدأت في 3 يناير.",
			[]want{{"recep-tayyip-erdogan", "accuses", "israel", "-"}}, nil},
		{"the headline's own date wins",
			"كيري التقى لافروف في جنيف في يناير", "وقال دبلوماسيون أمس إن المحادثات كانت صعبة.",
			[]want{{"john-kerry", "met", "sergei-lavrov", "2016-01"}}, []want{{"john-kerry", "met", "sergei-lavrov", "2016-02-09"}}},
		{"an office is no event of the day",
			"وزير الخارجية الروسي سيرغي لافروف: الحل في سوريا سياسي", "وقال دبلوماسيون أمس إن المحادثات كانت صعبة.",
			[]want{{"sergei-lavrov", "officialOf", "russia", "-"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := extract.Document{ID: "t", Lang: "ar", Title: c.title, Text: c.text, Date: day("2016-02-10")}
			r, err := New().Extract(context.Background(), doc)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			checkFacts(t, r, c.want, c.not)
		})
	}
}

// A headline fact the body states again on the same day cites the body's
// sentence, with its offsets into the text.
func TestHeadlineFactCitesBody(t *testing.T) {
	body := "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف أمس في جنيف."
	doc := extract.Document{ID: "t", Lang: "ar", Title: "كيري يلتقي لافروف في جنيف", Text: body, Date: day("2016-02-10")}
	r, err := New().Extract(context.Background(), doc)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	n := 0
	for _, f := range r.Facts {
		if f.Predicate != extract.Met {
			continue
		}
		n++
		if f.Start == f.End || body[f.Start:f.End] != f.Evidence {
			t.Errorf("met %s–%s on %s cites %q [%d,%d), want the body's sentence", f.Subject, f.Object, f.Date, f.Evidence, f.Start, f.End)
		}
	}
	if n != 1 {
		t.Errorf("got %d meetings, want 1:%s", n, dump(r))
	}
}
