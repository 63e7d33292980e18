package ar

import "testing"

// Table tests of ownerplaces.go, with sentences written for them.

func TestOwnerPlaces(t *testing.T) {
	runCases(t, []cxCase{
		{"raids on the positions of a side in two towns", "وشنت مقاتلات التحالف العربي بقيادة السعودية أمس غارات على مواقع للحوثيين في صنعاء وصعدة.",
			[]want{{"saudi-led-coalition", "attacked", "houthis", ""}, {"saudi-led-coalition", "attacked", "sanaa", ""}, {"saudi-led-coalition", "attacked", "saada", ""}}, nil},
		{"the positions of a side in a city with its head noun", "وقصفت طائرات أمريكية مواقع تنظيم القاعدة في مدينة المكلا.",
			[]want{{"united-states", "attacked", "mukalla", ""}}, nil},
		{"the positions of a side in a country: the theatre, not a place struck", "وشنت مقاتلات التحالف العربي بقيادة السعودية غارات على مواقع الحوثيين في اليمن.",
			[]want{{"saudi-led-coalition", "attacked", "houthis", ""}}, []want{{"*", "attacked", "yemen", ""}}},
		{"a visit to the positions of a side is no attack", "وزار وفد من الأمم المتحدة مواقع الحوثيين في صعدة.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestRepeatedOn(t *testing.T) {
	runCases(t, []cxCase{
		{"a second place after a date and a repeated على", "ويسيطر تنظيم داعش على الفلوجة منذ يناير 2014، وعلى الرمادي منذ مايو الماضي.",
			[]want{{"islamic-state", "controls", "fallujah", ""}, {"islamic-state", "controls", "ramadi", ""}}, nil},
		{"a second place after a repeated على and a place-head noun", "واستولى مسلحو تنظيم داعش على مدينة الرمادي في مايو وعلى مدينة تدمر بعد أيام.",
			[]want{{"islamic-state", "controls", "ramadi", ""}, {"islamic-state", "controls", "palmyra", ""}}, nil},
		{"a repeated على after another verb belongs to that verb", "ويسيطر تنظيم داعش على الفلوجة، بينما يعتمد الجيش على الرمادي.",
			[]want{{"islamic-state", "controls", "fallujah", ""}}, []want{{"*", "controls", "ramadi", ""}}},
	})
}
