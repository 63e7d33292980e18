package ar

import "testing"

// TestPossessiveTitleNegative: a title with a possessive pronoun before a
// name does not go to an organisation named before when a country that
// agrees with the pronoun stands nearer, nor to one whose gender the
// pronoun does not share. Sentences written for the test.
func TestPossessiveTitleNegative(t *testing.T) {
	runCases(t, []cxCase{
		{"a country that agrees stands nearer", "وزار وفد من حزب الوفد لبنان حيث التقى رئيسه سامي فرحات.",
			nil, []want{{"*", "officialOf", "wafd-party", ""}}},
		{"a feminine pronoun is no masculine party", "وانتقد حزب الوفد الحكومة المصرية في القاهرة، وقال زعيمها سامي فرحات إن الأزمة طويلة.",
			nil, []want{{"*", "officialOf", "wafd-party", ""}}},
	})
}

// TestPairWordNegative: "البلدان" goes to no pair of states that merely
// stand side by side in a list of three, nor over a pair that met just
// before; the generic plural "الأطراف" is no pair. Sentences written for
// the test.
func TestPairWordNegative(t *testing.T) {
	runCases(t, []cxCase{
		{"a list of three makes no pair", "وتتقاسم تركيا وإيران وسوريا حدودا طويلة مع العراق. واتفق البلدان على تعزيز التعاون الأمني.",
			nil, []want{{"turkey", "cooperatesWith", "iran", ""}, {"iran", "cooperatesWith", "syria", ""}}},
		{"the pair that met stays", "والتقى الرئيس المصري عبد الفتاح السيسي العاهل السعودي الملك سلمان بن عبد العزيز في الرياض، وبحثا الأوضاع في سوريا والعراق. واتفق البلدان على تعزيز التعاون.",
			[]want{{"egypt", "cooperatesWith", "saudi-arabia", ""}}, []want{{"syria", "cooperatesWith", "iraq", ""}}},
		{"the generic plural is no pair", "وتتقاسم تركيا وإيران حدودا طويلة مع العراق. واتفقت الأطراف على تعزيز التعاون الأمني.",
			nil, []want{{"turkey", "cooperatesWith", "iran", ""}}},
	})
}
