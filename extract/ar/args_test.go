package ar

import "testing"

// Arguments found by args.go: object pronouns on verbs, a dual noun of
// office before the names it sums up, a verb hung on a visit by a
// resumptive "during". Sentences written for these tests.
func TestArgsObjectPronoun(t *testing.T) {
	runCases(t, []cxCase{
		{"received him: the one who arrived", "وصل وزير الخارجية العماني يوسف بن علوي إلى صنعاء أمس واستقبله الرئيس اليمني علي عبد الله صالح.",
			[]want{{"ali-abdullah-saleh", "met", "yusuf-bin-alawi-bin-abdullah", ""}}, []want{{"yusuf-bin-alawi-bin-abdullah", "met", "yusuf-bin-alawi-bin-abdullah", ""}}},
		{"met him: a defective verb writes its ى as ا before the pronoun", "وزار الرئيس السنغالي عبد الله واد موريتانيا أمس والتقاه الرئيس الموريتاني محمد ولد عبد العزيز.",
			[]want{{"mohamed-ould-abdel-aziz", "met", "abdoulaye-wade", ""}}, nil},
		{"a plural pronoun names nobody in particular", "وصل وزراء الخارجية العرب إلى صنعاء أمس واستقبلهم الرئيس اليمني علي عبد الله صالح.",
			nil, []want{{"ali-abdullah-saleh", "met", "*", ""}}},
		{"a masculine pronoun is not the feminine country before it", "وصلت بعثة الأمم المتحدة إلى السودان أمس وانتقدها الرئيس السوداني عمر البشير.",
			nil, []want{{"omar-al-bashir", "opposes", "sudan", ""}}},
		{"his support: a noun, not a verb with a pronoun", "وأكد الرئيس اليمني علي عبد الله صالح دعمه للحكومة الصومالية.",
			nil, []want{{"ali-abdullah-saleh", "supports", "ali-abdullah-saleh", ""}}},
	})
}

func TestArgsDualHead(t *testing.T) {
	runCases(t, []cxCase{
		{"the two presidents X and Y met", "التقى الرئيسان عمر البشير وإدريس ديبي في الخرطوم أمس.",
			[]want{{"omar-al-bashir", "met", "idriss-deby", ""}}, nil},
		{"the two ministers X and Y held talks", "وعقد الوزيران هوشيار زيباري ومنوشهر متكي محادثات في بغداد أمس.",
			[]want{{"hoshyar-zebari", "met", "manouchehr-mottaki", ""}}, nil},
		{"a dual noun with no names after it gives no subject", "والتقى الرئيسان في الخرطوم أمس الرئيس التشادي إدريس ديبي.",
			nil, []want{{"*", "met", "*", ""}}},
	})
}

func TestArgsDuring(t *testing.T) {
	runCases(t, []cxCase{
		{"a tour during which he met X", "وقام الرئيس الفنزويلي هوغو شافيز بجولة في أفريقيا التقى خلالها رئيس جنوب أفريقيا ثابو مبيكي.",
			[]want{{"*", "met", "thabo-mbeki", ""}}, []want{{"thabo-mbeki", "met", "thabo-mbeki", ""}}},
		{"a visit during which he met with X", "وقام رئيس الوزراء البريطاني توني بلير بزيارة خاطفة إلى واشنطن اجتمع خلالها مع الرئيس الأميركي جورج بوش.",
			[]want{{"tony-blair", "met", "george-w-bush", ""}}, nil},
		{"a visit during which he held talks with X", "ووصل رئيس الوزراء العراقي نوري المالكي إلى طهران في زيارة أجرى خلالها محادثات مع الرئيس الإيراني محمود أحمدي نجاد.",
			[]want{{"nouri-al-maliki", "met", "mahmoud-ahmadinejad", ""}}, nil},
		{"clashes during which: no visit, no visitor", "واندلعت اشتباكات في مقديشو هاجمت خلالها حركة الشباب القوات الإثيوبية.",
			nil, []want{{"somalia", "attacked", "*", ""}}},
	})
}

func TestArgsReception(t *testing.T) {
	runCases(t, []cxCase{
		{"was there to receive him: the host after the noun", "ووصل الرئيس السوداني عمر البشير إلى الدوحة أمس وكان في استقباله أمير قطر الشيخ حمد بن خليفة آل ثاني.",
			[]want{{"hamad-bin-khalifa-al-thani", "met", "omar-al-bashir", ""}}, []want{{"qatar", "met", "*", ""}}},
		{"during his reception of X keeps its reading", "وقال الرئيس السوداني عمر البشير خلال استقباله أمير قطر الشيخ حمد بن خليفة آل ثاني إن بلاده تدعم السلام.",
			[]want{{"omar-al-bashir", "met", "hamad-bin-khalifa-al-thani", ""}}, nil},
	})
}

func TestArgsTitles(t *testing.T) {
	runCases(t, []cxCase{
		{"her president X: the office is in the country the pronoun names", "وتوجه الرئيس الفنزويلي هوغو شافيز إلى بيلاروسيا حيث التقى رئيسها ألكسندر لوكاشينكو.",
			[]want{{"alexander-lukashenko", "officialOf", "belarus", ""}}, nil},
		{"its head: a masculine pronoun is no feminine country", "وتوجه وفد إلى سوريا حيث التقى رئيسه سمير الخطيب.",
			nil, []want{{"*", "officialOf", "syria", ""}}},
		{"a title, then a name joined by و: two people", "وكان المسؤول السوداني وخافيير سولانا قد أعلنا عن تقدم في المحادثات.",
			nil, []want{{"javier-solana", "officialOf", "sudan", ""}}},
		{"a title, then the name, then و and another: the first holds it", "وأعلن وزير الخارجية السوداني لام أكول وخافيير سولانا عن تقدم.",
			[]want{{"lam-akol", "officialOf", "sudan", ""}}, []want{{"javier-solana", "officialOf", "sudan", ""}}},
	})
}

func TestArgsLedBy(t *testing.T) {
	runCases(t, []cxCase{
		{"a movement that X leads: feminine antecedent", "وقالت حركة فتح التي يتزعمها الرئيس الفلسطيني محمود عباس إنها ترفض الاتفاق.",
			[]want{{"mahmoud-abbas", "officialOf", "fatah", ""}}, nil},
		{"a party that X heads", "وقال حزب المؤتمر الشعبي الذي يرأسه حسن الترابي إن الحكومة فشلت.",
			[]want{{"hassan-al-turabi", "officialOf", "popular-congress-party", ""}}, nil},
		{"the government X heads is no body named before it", "وانتقد مجلس الأمن الحكومة التي يرأسها إسماعيل هنية.",
			nil, []want{{"ismail-haniyeh", "officialOf", "united-nations-security-council", ""}}},
		{"a meeting chaired by X is no body X leads", "وعقد اجتماع برئاسة حسن الترابي في الخرطوم.",
			nil, []want{{"hassan-al-turabi", "officialOf", "*", ""}}},
	})
}

func TestArgsAppositionSubject(t *testing.T) {
	runCases(t, []cxCase{
		{"a name, its title between commas, then the verb: SVO", "وقال المسؤول إن يوسف بن علوي، وزير خارجية سلطنة عمان، التقى أمس الرئيس اليمني علي عبد الله صالح.",
			[]want{{"yusuf-bin-alawi-bin-abdullah", "met", "ali-abdullah-saleh", ""}}, nil},
		{"the same with a stance verb: the name after the verb is its object", "وقال المسؤول إن يوسف بن علوي، وزير خارجية سلطنة عمان، انتقد أمس الرئيس اليمني علي عبد الله صالح.",
			[]want{{"yusuf-bin-alawi-bin-abdullah", "opposes", "ali-abdullah-saleh", ""}}, []want{{"ali-abdullah-saleh", "opposes", "*", ""}}},
		{"a verb after a comma with no apposition before it keeps VSO", "وفي صنعاء، التقى الرئيس اليمني علي عبد الله صالح وزير الخارجية العماني يوسف بن علوي.",
			[]want{{"ali-abdullah-saleh", "met", "yusuf-bin-alawi-bin-abdullah", ""}}, nil},
	})
}
