package ar

import "testing"

// TestTitleOwner: a title with a possessive pronoun before a name belongs
// to the organisation the pronoun refers to, unless a country that agrees
// with the pronoun stands nearer. Sentences written for the test.
func TestTitleOwner(t *testing.T) {
	runCases(t, []cxCase{
		{"his president: the party named before", "وأعلن حزب الوفد مقاطعة الانتخابات، وقال رئيسه سامي فرحات إن القرار نهائي.",
			[]want{{"*", "officialOf", "wafd-party", ""}}, nil},
		{"a country that agrees stands nearer", "وزار وفد من حزب الوفد لبنان حيث التقى رئيسه سامي فرحات.",
			nil, []want{{"*", "officialOf", "wafd-party", ""}}},
		{"a feminine pronoun is no masculine party", "وانتقد حزب الوفد الحكومة المصرية في القاهرة، وقال زعيمها سامي فرحات إن الأزمة طويلة.",
			nil, []want{{"*", "officialOf", "wafd-party", ""}}},
	})
}

// TestCoordinatedPair: "البلدان" after two states named together by و is
// both of them; a list of three, a meeting pair named just before, or the
// generic plural "الأطراف" give no such pair. Sentences written for the
// test.
func TestCoordinatedPair(t *testing.T) {
	runCases(t, []cxCase{
		{"two states joined by و", "وتتقاسم تركيا وإيران حدودا طويلة مع العراق. واتفق البلدان على تعزيز التعاون الأمني.",
			[]want{{"turkey", "cooperatesWith", "iran", ""}}, nil},
		{"a list of three makes no pair", "وتتقاسم تركيا وإيران وسوريا حدودا طويلة مع العراق. واتفق البلدان على تعزيز التعاون الأمني.",
			nil, []want{{"turkey", "cooperatesWith", "iran", ""}, {"iran", "cooperatesWith", "syria", ""}}},
		{"the pair that met stays", "والتقى الرئيس المصري عبد الفتاح السيسي العاهل السعودي الملك سلمان بن عبد العزيز في الرياض، وبحثا الأوضاع في سوريا والعراق. واتفق البلدان على تعزيز التعاون.",
			[]want{{"egypt", "cooperatesWith", "saudi-arabia", ""}}, []want{{"syria", "cooperatesWith", "iraq", ""}}},
		{"the generic plural is no pair", "وتتقاسم تركيا وإيران حدودا طويلة مع العراق. واتفقت الأطراف على تعزيز التعاون الأمني.",
			nil, []want{{"turkey", "cooperatesWith", "iran", ""}}},
	})
}
