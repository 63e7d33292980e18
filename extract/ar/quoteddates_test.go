package ar

import "testing"

// A time word alone between quotation marks is a name (quoteddates.go):
// the dateline's newspaper «اليوم» is no lead's day. The article is dated
// Wednesday 2016-02-10.
func TestQuotedDates(t *testing.T) {
	runCases(t, []cxCase{
		{"a dateline's «اليوم» does not hide the lead's yesterday",
			"طهران - «اليوم»، وكالات\n\nأعاد وزير الخارجية البريطاني فيليب هاموند أمس الثلاثاء افتتاح سفارة بلاده في طهران.\n\nوعقد هاموند محادثات مع نظيره الإيراني محمد جواد ظريف.",
			[]want{{"philip-hammond", "met", "mohammad-javad-zarif", "2016-02-09"}}, []want{{"philip-hammond", "met", "mohammad-javad-zarif", "2016-02-10"}}},
		{"today unquoted is the article's day",
			"طهران - وكالات\n\nأعاد وزير الخارجية البريطاني فيليب هاموند اليوم افتتاح سفارة بلاده في طهران.\n\nوعقد هاموند محادثات مع نظيره الإيراني محمد جواد ظريف.",
			[]want{{"philip-hammond", "met", "mohammad-javad-zarif", "2016-02-10"}}, nil},
		{"a quoted day-word inside a longer quotation still counts",
			"وقال المتحدث إن كيري التقى لافروف في جنيف «في السابع من فبراير»، بحسب البيان.",
			[]want{{"john-kerry", "met", "sergei-lavrov", "2016-02-07"}}, nil},
	})
}
