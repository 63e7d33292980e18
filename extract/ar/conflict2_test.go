package ar

import "testing"

// Table tests of the second round of conflict constructions: attacks on a
// place named as the direct object, the place that suffered an attack,
// relative clauses with a resumptive attack verb, threats, armed heads in
// coordinated lists, and the place an attack described by its verb struck.
// Sentences written for them; each family has rows that must give nothing.

func TestConflictDirectPlace(t *testing.T) {
	runCases(t, []cxCase{
		{"a city as the direct object", "وقصفت روسيا مدينة حلب أمس.",
			[]want{{"russia", "attacked", "aleppo", ""}}, nil},
		{"a bare city name as the direct object", "واقتحمت القوات التركية بلدة جرابلس.",
			[]want{{"turkish-armed-forces", "attacked", "jarabulus", ""}}, nil},
		{"a place that is the genitive of another noun", "واغتال مسلحون محافظ عدن.",
			nil, []want{{"*", "attacked", "aden", ""}}},
		{"a place reached by a ship, not struck", "وقصفت روسيا سفينة متجهة إلى مدينة حلب.",
			nil, []want{{"*", "attacked", "aleppo", ""}}},
		{"condemning an attack: the speaker attacked nothing", "ودان البرزاني قصف تركيا لقرية في الإقليم.",
			nil, []want{{"*", "attacked", "turkey", ""}}},
	})
}

func TestConflictSufferedPlace(t *testing.T) {
	runCases(t, []cxCase{
		{"a city suffered shelling by an air force", "وتعرضت مدينة حلب لقصف من الطيران الروسي.",
			[]want{{"russian-aerospace-forces", "attacked", "aleppo", ""}}, nil},
		{"a city suffered raids carried out by a group", "وتعرضت مدينة تعز لهجمات شنها الحوثيون.",
			[]want{{"houthis", "attacked", "taiz", ""}}, nil},
		{"a city suffered a crisis, no attack", "وتعرضت مدينة حلب لأزمة في المياه.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictRelative(t *testing.T) {
	runCases(t, []cxCase{
		{"the city that the air force shelled", "وزار الوفد مدينة حلب التي قصفتها الطائرات الروسية.",
			[]want{{"russian-aerospace-forces", "attacked", "aleppo", ""}}, nil},
		{"the army that a group attacked", "وزار الوفد الجيش العراقي الذي هاجمه تنظيم داعش.",
			[]want{{"islamic-state", "attacked", "iraqi-army", ""}}, nil},
		{"a resumptive support verb is no attack", "وزار الوفد مدينة حلب التي تدعمها روسيا.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"a resumptive attack verb outside a relative clause", "وقال إن روسيا قصفتها مرارا.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictThreat(t *testing.T) {
	runCases(t, []cxCase{
		{"threatening to shell is no attack", "وهدد أردوغان بقصف مواقع وحدات حماية الشعب الكردية.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"vowing to launch attacks is no attack", "وتوعد تنظيم داعش بشن هجمات على الجيش العراقي.",
			nil, []want{{"*", "attacked", "*", ""}}},
		{"warning against a seizure is no control", "وحذر الوزير من سيطرة تنظيم داعش على مدينة حلب.",
			nil, []want{{"*", "controls", "*", ""}}},
		{"a seizure that happened is control", "وبعد سيطرة تنظيم داعش على مدينة الرمادي نزح الآلاف.",
			[]want{{"islamic-state", "controls", "ramadi", ""}}, nil},
		{"shelling, with a threat word after it, is an attack", "وقصف الجيش التركي مواقع وحدات حماية الشعب الكردية بعد التهديد.",
			[]want{{"*", "attacked", "people-s-protection-units", ""}}, nil},
	})
}

func TestConflictArmedHeads(t *testing.T) {
	runCases(t, []cxCase{
		{"and the militia of X continues the first side", "واندلعت اشتباكات بين الجيش العراقي ومليشيا الحشد الشعبي من جهة، وتنظيم داعش من جهة أخرى.",
			[]want{{"popular-mobilization-forces", "attacked", "islamic-state", ""}, {"islamic-state", "attacked", "iraqi-army", ""}}, nil},
		{"a nationality adjective after artillery stands for its country", "وقصفت المدفعية التركية مواقع وحدات حماية الشعب الكردية.",
			[]want{{"turkey", "attacked", "people-s-protection-units", ""}}, nil},
		{"and the fighters of no name end the list", "واندلعت اشتباكات بين الجيش العراقي ومقاتلين محليين.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictDeedPlace(t *testing.T) {
	runCases(t, []cxCase{
		{"an attack carried out by X on a city", "وقتل 38 شخصا في هجوم شنه تنظيم داعش على مدينة سوسة.",
			[]want{{"islamic-state", "attacked", "sousse", ""}}, nil},
		{"a plan carried out in a place is no attack", "وقال إن الخطة التي نفذتها الحكومة المصرية في سيناء نجحت.",
			nil, []want{{"*", "attacked", "*", ""}}},
	})
}

func TestConflictQuotedActor(t *testing.T) {
	runCases(t, []cxCase{
		{"a city falling into a quoted group's hands", "وتحقق اللجنة في سقوط مدينة الموصل بيد «داعش».",
			[]want{{"islamic-state", "controls", "mosul", ""}}, nil},
		{"taking a city back from a quoted group", "واستعاد الجيش مدينة تدمر من «داعش».",
			[]want{{"islamic-state", "controls", "palmyra", ""}}, nil},
		{"a stronghold of a quoted group", "وقصفت الطائرات مدينة الرقة، معقل «داعش»، أمس.",
			[]want{{"islamic-state", "controls", "raqqa", ""}}, nil},
		{"falling by a quoted word that names no actor", "وتحقق اللجنة في سقوط مدينة الموصل بيد «الإهمال».",
			nil, []want{{"*", "controls", "*", ""}}},
	})
}
