package timex

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newskg/kg/extract/text"
	"github.com/newskg/kg/internal/cputime"
)

var (
	mon2015 = time.Date(2015, 11, 23, 9, 30, 0, 0, time.UTC) // a Monday
	thu2019 = time.Date(2019, 3, 7, 0, 0, 0, 0, time.UTC)    // a Thursday
	wed2016 = time.Date(2016, 1, 6, 0, 0, 0, 0, time.UTC)    // a Wednesday, early in the year
)

// one describes the single match expected in a sentence.
type one struct {
	anchor time.Time
	s      string
	text   string // expected matched text
	date   string // expected Date.String()
	kind   string
	until  string // expected Until.String()
	future bool
}

func TestFind(t *testing.T) {
	cases := []one{
		// full dates, slash-joined month names, digits of both kinds
		{mon2015, "التقى الرئيسان الاثنين 23 نوفمبر/تشرين الثاني 2015 في طهران", "الاثنين 23 نوفمبر/تشرين الثاني 2015", "2015-11-23", KindDate, "", false},
		{mon2015, "وقعت الهجمات في 13 نوفمبر/ تشرين الثاني وأوقعت قتلى", "13 نوفمبر/ تشرين الثاني", "2015-11-13", KindDate, "", false},
		{mon2015, "سقطت الطائرة في 31 أكتوبر/تشرين الأول فوق سيناء", "31 أكتوبر/تشرين الأول", "2015-10-31", KindDate, "", false},
		{mon2015, "صدر القرار في ٢٣ نوفمبر ٢٠١٥ بالإجماع", "٢٣ نوفمبر ٢٠١٥", "2015-11-23", KindDate, "", false},
		{mon2015, "أعلن ذلك في 5 تشرين الأول (أكتوبر) الماضي", "5 تشرين الأول (أكتوبر) الماضي", "2015-10-05", KindDate, "", false},
		{mon2015, "وجرت الانتخابات في 7 حزيران 2015", "7 حزيران 2015", "2015-06-07", KindDate, "", false},
		{mon2015, "الاتفاق الموقع في يوليو/ تموز بين الطرفين", "يوليو/ تموز", "2015-07", KindDate, "", false},
		{mon2015, "ويعود الاتفاق إلى الرابع من آب", "الرابع من آب", "2015-08-04", KindDate, "", false},
		{mon2015, "وصل المبعوث في الثالث والعشرين من نوفمبر", "الثالث والعشرين من نوفمبر", "2015-11-23", KindDate, "", false},
		{mon2015, "ويعقد لقاء بحلول الأول من يناير/ كانون الثاني", "الأول من يناير/ كانون الثاني", "2016-01-01", KindDate, "", true},
		{thu2019, "أعلنت الحكومة في 23 كانون الثاني خطة جديدة", "23 كانون الثاني", "2019-01-23", KindDate, "", false},
		{thu2019, "وستجرى الانتخابات في ديسمبر المقبل", "ديسمبر المقبل", "2019-12", KindDate, "", true},
		{wed2016, "تنتهي المهلة في 30 يناير الجاري", "30 يناير الجاري", "2016-01-30", KindDate, "", true},
		{wed2016, "وقع الهجوم في 30 ديسمبر", "30 ديسمبر", "2015-12-30", KindDate, "", false},
		{mon2015, "صدر في الـ23 من نوفمبر بيان", "23 من نوفمبر", "2015-11-23", KindDate, "", false},
		{mon2015, "صدر في 2015/11/21 بيان", "2015/11/21", "2015-11-21", KindDate, "", false},
		{thu2019, "وجرت الانتخابات في ديسمبر", "ديسمبر", "2018-12", KindDate, "", false},
		{mon2015, "بدأت الحملة في مارس", "مارس", "2015-03", KindDate, "", false},
		{mon2015, "وزار بنوفمبر العاصمة", "بنوفمبر", "2015-11", KindDate, "", false},
		{mon2015, "صدر في 23/11/2015 بيان", "23/11/2015", "2015-11-23", KindDate, "", false},
		{mon2015, "صدر في 2015-11-20 بيان", "2015-11-20", "2015-11-20", KindDate, "", false},
		// years
		{mon2015, "آخر لقاء بينهما يعود إلى العام 2007.", "العام 2007", "2007", KindDate, "", false},
		{mon2015, "زار البلاد عام 2001 للمرة الأولى", "عام 2001", "2001", KindDate, "", false},
		{mon2015, "وقد زارها في 2007 مرة واحدة", "2007", "2007", KindDate, "", false},
		{mon2015, "ستجرى الانتخابات سنة 2017", "سنة 2017", "2017", KindDate, "", true},
		{mon2015, "استمرت الحرب بين عامي 2011 و2014 دون توقف", "بين عامي 2011 و2014", "2011", KindRange, "2014", false},
		// since
		{mon2015, "وتشن روسيا منذ 30 سبتمبر/أيلول غارات", "منذ 30 سبتمبر/أيلول", "2015-09-30", KindSince, "", false},
		{mon2015, "في النزاع الجاري منذ 2011 في البلاد", "منذ 2011", "2011", KindSince, "", false},
		{mon2015, "يعيش هناك منذ أغسطس", "منذ أغسطس", "2015-08", KindSince, "", false},
		// part of a month or year: month precision
		{mon2015, "اتفقوا خلال اجتماع في منتصف نوفمبر/ تشرين الثاني على جدول", "منتصف نوفمبر/ تشرين الثاني", "2015-11", KindDate, "", false},
		{mon2015, "تنتهي المهلة أواخر ديسمبر", "أواخر ديسمبر", "2015-12", KindDate, "", true},
		{mon2015, "وصلت التعزيزات مطلع الشهر الماضي", "مطلع الشهر الماضي", "2015-10", KindRelative, "", false},
		{mon2015, "أعلن ذلك في منتصف الشهر", "منتصف الشهر", "2015-11", KindRelative, "", false},
		{mon2015, "بدأت الأزمة مطلع العام", "مطلع العام", "2015", KindRelative, "", false},
		{mon2015, "سينسحب الجنود بحلول نهاية العام المقبل", "نهاية العام المقبل", "2016", KindRelative, "", true},
		// weekdays: the most recent such day at or before the article
		{mon2015, "اجتمع المجلس الاثنين في جلسة طارئة", "الاثنين", "2015-11-23", KindWeekday, "", false},
		{mon2015, "وصل الوفد يوم الخميس إلى جنيف", "يوم الخميس", "2015-11-19", KindWeekday, "", false},
		{mon2015, "وكان قد التقاه السبت في موسكو", "السبت", "2015-11-21", KindWeekday, "", false},
		{mon2015, "وقال مساء الأحد إن", "الأحد", "2015-11-22", KindWeekday, "", false},
		{mon2015, "ذكرت الوكالة الإثنين الماضي", "الإثنين الماضي", "2015-11-16", KindWeekday, "", false},
		{mon2015, "يصل الوزير الأربعاء المقبل", "الأربعاء المقبل", "2015-11-25", KindWeekday, "", true},
		{mon2015, "وبدأت المحادثات والثلاثاء", "والثلاثاء", "2015-11-17", KindWeekday, "", false},
		{thu2019, "اجتمع المجلس الاثنين", "الاثنين", "2019-03-04", KindWeekday, "", false},
		{thu2019, "اجتمع المجلس يوم الخميس", "يوم الخميس", "2019-03-07", KindWeekday, "", false},
		{thu2019, "وكانت قد وصلت الجمعة", "الجمعة", "2019-03-01", KindWeekday, "", false},
		{mon2015, "Talks resumed last Friday in Geneva.", "last Friday", "2015-11-20", KindWeekday, "", false},
		{mon2015, "The envoy arrives next Monday.", "next Monday", "2015-11-30", KindWeekday, "", true},
		{mon2015, "They met on Thursday, November 19.", "on Thursday, November 19", "2015-11-19", KindDate, "", false},
		{mon2015, "منذ هجمات 13 نوفمبر", "13 نوفمبر", "2015-11-13", KindDate, "", false},
		{mon2015, "انتهت المهلة في الأول من الشهر الجاري", "الأول من الشهر الجاري", "2015-11-01", KindRelative, "", false},
		{mon2015, "بدأ الهجوم في 15 من الشهر الماضي", "15 من الشهر الماضي", "2015-10-15", KindRelative, "", false},
		// a day word and the weekday together
		{mon2015, "أعلن الوزير أمس الأحد أن", "أمس الأحد", "2015-11-22", KindRelative, "", false},
		{mon2015, "تبدأ المحادثات اليوم (الاثنين) في جنيف", "اليوم (الاثنين)", "2015-11-23", KindRelative, "", false},
		{mon2015, "نقلت الصحف البارحة الأولى عن مسؤول", "البارحة الأولى", "2015-11-21", KindRelative, "", false},
		// two month names side by side, parts of a month
		{mon2015, "بلغ الإنتاج في يوليو تموز ذروته", "يوليو تموز", "2015-07", KindDate, "", false},
		{mon2015, "جرت الزيارة في النصف الثاني من يوليو.", "النصف الثاني من يوليو", "2015-07", KindDate, "", false},
		// relative days, weeks, months, years
		{mon2015, "أعلن الجيش أمس سيطرته على البلدة", "أمس", "2015-11-22", KindRelative, "", false},
		{mon2015, "وأعلن الجيش امس سيطرته", "امس", "2015-11-22", KindRelative, "", false},
		{mon2015, "قالت الوزارة يوم أمس إن", "يوم أمس", "2015-11-22", KindRelative, "", false},
		{mon2015, "وقعت الاشتباكات أول من أمس", "أول من أمس", "2015-11-21", KindRelative, "", false},
		{mon2015, "وقعت الاشتباكات أول أمس", "أول أمس", "2015-11-21", KindRelative, "", false},
		{mon2015, "التقى الوزيران أمس الأول في القاهرة", "أمس الأول", "2015-11-21", KindRelative, "", false},
		{mon2015, "وصل الوفد يوم أمس الأول إلى جنيف", "يوم أمس الأول", "2015-11-21", KindRelative, "", false},
		{mon2015, "انسحبت القوات البارحة من المدينة", "البارحة", "2015-11-22", KindRelative, "", false},
		{mon2015, "يلتقي الوزيران اليوم في فيينا", "اليوم", "2015-11-23", KindRelative, "", false},
		{mon2015, "يلتقي الوزيران غداً في فيينا", "غداً", "2015-11-24", KindRelative, "", true},
		{mon2015, "وقع الهجوم الأسبوع الماضي", "الأسبوع الماضي", "2015-11", KindRelative, "", false},
		{time.Date(2015, 12, 3, 0, 0, 0, 0, time.UTC), "وقع الهجوم الأسبوع الماضي", "الأسبوع الماضي", "2015-11", KindRelative, "", false},
		{wed2016, "وقع الاتفاق الشهر الماضي", "الشهر الماضي", "2015-12", KindRelative, "", false},
		{mon2015, "وقع الاتفاق العام الماضي", "العام الماضي", "2014", KindRelative, "", false},
		{mon2015, "يزور الرئيس المنطقة هذا الأسبوع", "هذا الأسبوع", "2015-11", KindRelative, "", false},
		{mon2015, "أفرج عنه قبل يومين", "قبل يومين", "2015-11-21", KindRelative, "", false},
		{mon2015, "أفرج عنه قبل ثلاثة أيام", "قبل ثلاثة أيام", "2015-11-20", KindRelative, "", false},
		{mon2015, "أفرج عنه قبل 3 أعوام", "قبل 3 أعوام", "2012", KindRelative, "", false},
		// ranges
		{mon2015, "تعقد القمة من 12 إلى 13 أغسطس في الدوحة", "من 12 إلى 13 أغسطس", "2015-08-12", KindRange, "2015-08-13", false},
		{mon2015, "تعقد القمة بين 12 و13 أغسطس 2016 في الدوحة", "بين 12 و13 أغسطس 2016", "2016-08-12", KindRange, "2016-08-13", true},
		{mon2015, "تعقد القمة 12-13 أغسطس 2014 في الدوحة", "12-13 أغسطس 2014", "2014-08-12", KindRange, "2014-08-13", false},
		{mon2015, "استمر القصف من 30 سبتمبر إلى 23 نوفمبر", "من 30 سبتمبر إلى 23 نوفمبر", "2015-09-30", KindRange, "2015-11-23", false},
		// English
		{mon2015, "Putin met Khamenei on Monday in Tehran.", "on Monday", "2015-11-23", KindWeekday, "", false},
		{mon2015, "The talks began on November 20, 2015 in Vienna.", "November 20, 2015", "2015-11-20", KindDate, "", false},
		{mon2015, "It was signed on 14 July 2015.", "14 July 2015", "2015-07-14", KindDate, "", false},
		{mon2015, "Strikes began Sept. 30 in Syria.", "Sept. 30", "2015-09-30", KindDate, "", false},
		{mon2015, "The ministers met yesterday.", "yesterday", "2015-11-22", KindRelative, "", false},
		{mon2015, "The war has raged since 2011.", "since 2011", "2011", KindSince, "", false},
		{mon2015, "He was released 3 days ago.", "3 days ago", "2015-11-20", KindRelative, "", false},
		{mon2015, "Fighting intensified in mid-October.", "mid-October", "2015-10", KindDate, "", false},
		{mon2015, "It was agreed in early-2014 already.", "early-2014", "2014", KindDate, "", false},
		{mon2015, "Elections are due in May.", "May", "2015-05", KindDate, "", false},
	}
	for _, c := range cases {
		ms := Find(c.s, c.anchor)
		if len(ms) != 1 {
			t.Errorf("%s: %d matches %v, want 1", c.s, len(ms), describe(ms))
			continue
		}
		m := ms[0]
		if m.Text != c.text || m.Date.String() != c.date || m.Kind != c.kind || m.Until.String() != c.until || m.Future != c.future {
			t.Errorf("%s:\n got  %s\n want %q %s %s until=%q future=%v", c.s, describe(ms), c.text, c.date, c.kind, c.until, c.future)
		}
		if c.s[m.Start:m.End] != m.Text {
			t.Errorf("%s: offsets [%d:%d] do not give %q", c.s, m.Start, m.End, m.Text)
		}
	}
}

func describe(ms []Match) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "[%q %s %s until=%q future=%v] ", m.Text, m.Date, m.Kind, m.Until.String(), m.Future)
	}
	return b.String()
}

// TestFindNone lists text that must not yield dates: durations, Hijri
// dates, month names that are ordinary words, numbers that are not years.
func TestFindNone(t *testing.T) {
	cases := []string{
		"في زيارته الأولى لإيران منذ 8 سنوات",
		"قتل منهم نحو 50 منذ أكثر من شهر",
		"يعيش هناك منذ عامين",
		"تشكيل حكومة انتقالية خلال 6 أشهر وإجراء انتخابات خلال 18 شهرا",
		"مارس الضغط على الحكومة",
		"زار آب الكنيسة مع ابنه",
		"وقال الأمين العام للأمم المتحدة",
		"سيارة نيسان بيضاء",
		"You may go now.",
		"أسفر عن سقوط حوالي 250 ألف قتيل",
		"قتل 2000 شخص",
		"في السنوات الأخيرة",
		"الفرق بين الاثنين كبير",
		"وفي اليوم التالي غادر",
		"في ذلك اليوم غادر",
		"وفي اليوم نفسه هاجم المسلحون البلدة",
		"وفي اليوم ذاته أعلن الجيش",
		"منذ ثورة 25 يناير",
		"بعد هجمات 11 سبتمبر",
	}
	for _, s := range cases {
		if ms := Find(s, mon2015); len(ms) != 0 {
			t.Errorf("%s: got %s, want no date", s, describe(ms))
		}
	}
}

func TestFindHijri(t *testing.T) {
	cases := []struct {
		s     string
		hijri string
		dates []string
	}{
		{"وفي 11 صفر 1437 هـ الموافق 23 نوفمبر 2015 م أعلن", "11 صفر 1437 هـ", []string{"2015-11-23"}},
		{"تأسست الجمعية عام 1436 هـ", "1436 هـ", nil},
		{"صدر القرار في ١٤٣٦هـ", "١٤٣٦هـ", nil},
		{"في الأول من رمضان 1436 بدأ الصيام", "رمضان 1436", nil},
		{"وصل يوم 5/2/1437هـ الموافق 17/11/2015م", "5/2/1437هـ", []string{"2015-11-17"}},
		{"صدر في 20 / 3 / 1436 هـ", "20 / 3 / 1436 هـ", nil},
	}
	for _, c := range cases {
		ms := Find(c.s, mon2015)
		var hijri string
		var dates []string
		for _, m := range ms {
			if m.Kind == KindHijri {
				if !m.Date.IsZero() {
					t.Errorf("%s: Hijri match with date %s", c.s, m.Date)
				}
				hijri = m.Text
			} else {
				dates = append(dates, m.Date.String())
			}
		}
		if !strings.Contains(hijri, c.hijri) || fmt.Sprint(dates) != fmt.Sprint(c.dates) {
			t.Errorf("%s: got %s, want Hijri %q and dates %v", c.s, describe(ms), c.hijri, c.dates)
		}
	}
}

func TestFindSeveral(t *testing.T) {
	s := "التقى الوزير نظيره أمس بعد زيارة 12 أكتوبر، ويعود الخميس المقبل."
	ms := Find(s, mon2015)
	var got []string
	for _, m := range ms {
		got = append(got, m.Date.String())
	}
	want := []string{"2015-11-22", "2015-10-12", "2015-11-26"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %s, want %v", describe(ms), want)
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			t.Errorf("matches overlap: %s", describe(ms))
		}
	}
}

func TestFindTokensOffsets(t *testing.T) {
	doc := "عنوان الخبر\nوصل الوزير الاثنين 23 نوفمبر 2015 إلى طهران. وغادر أمس."
	var got []string
	for _, s := range text.Sentences(doc) {
		for _, m := range FindTokens(doc, s.Tokens, mon2015) {
			if doc[m.Start:m.End] != m.Text {
				t.Errorf("match %q: doc[%d:%d] = %q", m.Text, m.Start, m.End, doc[m.Start:m.End])
			}
			got = append(got, m.Date.String())
		}
	}
	if fmt.Sprint(got) != "[2015-11-23 2015-11-22]" {
		t.Errorf("got %v", got)
	}
}

func TestDate(t *testing.T) {
	cases := []struct {
		d    Date
		want string
	}{
		{Date{2015, 11, 23}, "2015-11-23"},
		{Date{2015, 11, 0}, "2015-11"},
		{Date{2015, 0, 0}, "2015"},
		{Date{}, ""},
	}
	for _, c := range cases {
		if got := c.d.String(); got != c.want {
			t.Errorf("%#v.String() = %q, want %q", c.d, got, c.want)
		}
		if c.d.IsZero() != (c.want == "") {
			t.Errorf("%#v.IsZero() = %v", c.d, c.d.IsZero())
		}
		if c.want != "" {
			p, err := ParseDate(c.want)
			if err != nil || p != c.d {
				t.Errorf("ParseDate(%q) = %v, %v", c.want, p, err)
			}
		}
	}
	for _, bad := range []string{"2015-13", "2015-02-30", "15-11-23", "x"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) succeeded, want error", bad)
		}
	}
}

func TestNumbers(t *testing.T) {
	cases := []struct {
		s      string
		text   string
		value  int64
		approx bool
	}{
		{"سقوط حوالي 250 ألف قتيل", "250 ألف", 250000, true},
		{"نزوح 1.5 مليون شخص", "1.5 مليون", 1500000, false},
		{"بكلفة ٣ مليارات دولار", "٣ مليارات", 3000000000, false},
		{"قتل منهم نحو 50", "50", 50, true},
		{"وصل قرابة ٢٠٠ ألف لاجئ", "٢٠٠ ألف", 200000, true},
		{"اعتقل ثلاثة آلاف شخص", "ثلاثة آلاف", 3000, false},
		{"قتل خمسة وعشرين جنديا", "خمسة وعشرين", 25, false},
		{"سقط ألف قتيل", "ألف", 1000, false},
		{"دفع 1,000 دولار", "1,000", 1000, false},
		{"أرسل عشرة مستشارين", "عشرة", 10, false},
		{"أرسل أحد عشر مستشارا", "أحد عشر", 11, false},
		{"أرسل ثلاثمائة جندي", "ثلاثمائة", 300, false},
		{"جرح مئتي شخص", "مئتي", 200, false},
		{"اعتقل ألفين", "ألفين", 2000, false},
		{"نزوح 3 ملايين و500 ألف شخص", "3 ملايين و500 ألف", 3500000, false},
		{"growth of 2.5 billion", "2.5 billion", 2500000000, false},
		{"about 40 people", "40", 40, true},
		{"نسبة ٣٫٥ في المئة", "٣٫٥", 4, false},
	}
	for _, s := range []string{"قتل آلاف المدنيين", "نزح ملايين السوريين", "thousands fled"} {
		if ns := Numbers(s); len(ns) != 0 {
			t.Errorf("%s: got %+v, want no number", s, ns)
		}
	}
	for _, c := range cases {
		ns := Numbers(c.s)
		if len(ns) != 1 {
			t.Errorf("%s: %d numbers %+v, want 1", c.s, len(ns), ns)
			continue
		}
		n := ns[0]
		if n.Text != c.text || n.Value != c.value || n.Approx != c.approx || c.s[n.Start:n.End] != n.Text {
			t.Errorf("%s: got %+v, want %q = %d approx=%v", c.s, n, c.text, c.value, c.approx)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	doc, err := os.ReadFile("../../examples/putin-khamenei-2015-11-23.ar.txt")
	if err != nil {
		b.Skipf("seed article: %v", err)
	}
	s := string(doc)
	sents := text.Sentences(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := cputime.Now()
	for b.Loop() {
		for _, st := range sents {
			FindTokens(s, st.Tokens, mon2015)
		}
	}
	cputime.ReportMBps(b, start, int64(len(s)))
}

func BenchmarkFindString(b *testing.B) {
	doc, err := os.ReadFile("../../examples/putin-khamenei-2015-11-23.ar.txt")
	if err != nil {
		b.Skipf("seed article: %v", err)
	}
	s := string(doc)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Find(s, mon2015)
	}
}
