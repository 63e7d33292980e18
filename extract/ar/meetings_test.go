package ar

import "testing"

// Meetings and visits (meetings.go, data/constructions.tsv rows met/visited).
func TestMeetingConstructions(t *testing.T) {
	runCases(t, []cxCase{
		{"during his meeting X: a direct object", "وأكد أردوغان، أمس، أثناء لقائه وزير الخارجية الأمريكي جون كيري، أن الوضع خطير.",
			[]want{{"recep-tayyip-erdogan", "met", "john-kerry", "2016-02-09"}}, nil},
		{"during his reception of X", "وقال بوتين خلال استقباله الرئيس السوري بشار الأسد إن روسيا مستعدة.",
			[]want{{"vladimir-putin", "met", "bashar-al-assad", ""}}, nil},
		{"his meeting with X still reads مع", "وأكد أردوغان خلال لقائه مع كيري أن الوضع خطير.",
			[]want{{"recep-tayyip-erdogan", "met", "john-kerry", ""}}, nil},
		{"the host receives the guest after a place phrase", "وفي تطور آخر، قال أوباما إن الوضع صعب.\nواستقبل الملك سلمان في الرياض الرئيس الفرنسي فرانسوا هولاند.",
			[]want{{"salman-of-saudi-arabia", "met", "francois-hollande", ""}}, []want{{"barack-obama", "met", "*", ""}}},
		{"the partner after an adjunct is no reason to take the topic", "وقال أوباما إن الوضع صعب.\nوالتقى ظريف على هامش الاجتماع نظيره الروسي سيرغي لافروف.",
			[]want{{"mohammad-javad-zarif", "met", "sergei-lavrov", ""}}, []want{{"barack-obama", "met", "*", ""}}},
		{"a visit in a fronted phrase: the subject after the verb", "وخلال زيارة إلى إندونيسيا، قال أردوغان إن بلاده ستواصل القتال.",
			[]want{{"recep-tayyip-erdogan", "visited", "indonesia", ""}}, nil},
		{"a visit in a phrase inside the clause is not the subject's", "وقال أردوغان إن بلاده ستواصل القتال خلال زيارة وفد إلى إندونيسيا.",
			nil, []want{{"recep-tayyip-erdogan", "visited", "*", ""}}},
		{"a form of address before the name is passed over", "وقام صاحب السمو الملكي الأمير محمد بن سلمان بزيارة إلى الأردن يوم الخميس.",
			[]want{{"mohammed-bin-salman", "visited", "jordan", "2016-02-04"}}, nil},
		{"a present-tense visit with a time to come is a plan", "ويزور الرئيس التركي رجب طيب أردوغان الرياض الأسبوع المقبل.",
			nil, []want{{"recep-tayyip-erdogan", "visited", "*", ""}}},
		{"arriving tomorrow is a plan", "ويصل الرئيس الأمريكي باراك أوباما إلى كينيا غدا.",
			nil, []want{{"barack-obama", "visited", "*", ""}}},
		{"a present-tense visit of the day is an event", "ويزور الرئيس التركي رجب طيب أردوغان الرياض اليوم.",
			[]want{{"recep-tayyip-erdogan", "visited", "riyadh", "2016-02-10"}}, nil},
	})
}

// A separated لـ after a filler noun is a genitive, like the clitic.
func TestSeparatedLamGenitive(t *testing.T) {
	runCases(t, []cxCase{
		{"targets of IS, with the لـ written apart", "وقصفت طائرات حربية روسية أهدافا لـ \"داعش\" في العراق أمس.",
			[]want{{"russia", "attacked", "islamic-state", "2016-02-09"}}, nil},
		{"a separated لـ after a verb still governs its object", "وقدمت روسيا أسلحة لـ \"حزب الله\" في لبنان.",
			[]want{{"russia", "supports", "hezbollah", ""}}, nil},
	})
}

// Meetings of several parties, partners named by a form of address,
// visits read from a "حيث" clause (meet.go).
func TestMeetParties(t *testing.T) {
	runCases(t, []cxCase{
		{"two subjects and a partner: a three-way meeting", "وعقد كيري ولافروف اجتماعا مع الجبير في الرياض أمس.",
			[]want{{"john-kerry", "met", "adel-al-jubeir", "2016-02-09"}, {"sergei-lavrov", "met", "adel-al-jubeir", "2016-02-09"}, {"john-kerry", "met", "sergei-lavrov", "2016-02-09"}}, nil},
		{"the partners of one subject did not all meet each other", "والتقى ظريف بكيري ثم بلافروف في فيينا.",
			[]want{{"mohammad-javad-zarif", "met", "john-kerry", ""}}, []want{{"john-kerry", "met", "sergei-lavrov", ""}}},
		{"each foreign party at a meeting place visited it", "وعقد كيري ولافروف اجتماعا مع الجبير في الرياض أمس.",
			[]want{{"john-kerry", "visited", "riyadh", ""}, {"sergei-lavrov", "visited", "riyadh", ""}}, []want{{"adel-al-jubeir", "visited", "*", ""}}},
		{"a meeting noun opening its sentence continues the parties before", "ويشارك كيري ولافروف في مؤتمر للمانحين. وكان اجتماعا عقد يوم الاثنين في الدوحة مع وزير الخارجية السعودي عادل الجبير.",
			[]want{{"john-kerry", "met", "adel-al-jubeir", "2016-02-08"}, {"sergei-lavrov", "met", "adel-al-jubeir", "2016-02-08"}, {"john-kerry", "met", "sergei-lavrov", "2016-02-08"}}, nil},
		{"a meeting noun after a named party takes none from before", "ويشارك كيري ولافروف في مؤتمر للمانحين. وقال هولاند إن اجتماعا عقد مع الجبير.",
			nil, []want{{"john-kerry", "met", "adel-al-jubeir", ""}, {"sergei-lavrov", "met", "adel-al-jubeir", ""}}},
		{"a meeting noun two sentences on takes no parties", "ويشارك كيري ولافروف في مؤتمر للمانحين. وتتواصل المعارك في حلب. وكان اجتماعا عقد مع الجبير.",
			nil, []want{{"john-kerry", "met", "adel-al-jubeir", ""}}},
		{"with his highness: the last person named", "ووصل الأمير محمد بن سلمان إلى القاهرة.\nوعقد السيسي اجتماعا مع سموه.",
			[]want{{"abdel-fattah-el-sisi", "met", "mohammed-bin-salman", ""}}, nil},
		{"a form of address with ب on it", "ووصل الأمير محمد بن سلمان إلى القاهرة.\nواجتمع السيسي بسموه.",
			[]want{{"abdel-fattah-el-sisi", "met", "mohammed-bin-salman", ""}}, nil},
		{"a form of address that is no partner gives none", "ووصل الأمير محمد بن سلمان إلى القاهرة.\nوأشاد السيسي بجهود سموه.",
			nil, []want{{"abdel-fattah-el-sisi", "met", "*", ""}}},
		{"a meeting in a حيث clause: a visit to the place before", "وتوجه كيري إلى مسقط حيث التقى بممثلين عن الحوثيين.",
			[]want{{"john-kerry", "met", "houthis", ""}, {"john-kerry", "visited", "muscat", ""}}, nil},
		{"a حيث clause of talking is no visit", "وقال كيري في مسقط حيث يعيش آلاف اليمنيين إن الحل سياسي.",
			nil, []want{{"john-kerry", "visited", "muscat", ""}}},
	})
}

// A speech given at a place, in a phrase that opens its clause (meet.go
// speechPlace): the speaker visited the place.
func TestMeetSpeechPlace(t *testing.T) {
	runCases(t, []cxCase{
		{"a speech in a country: the speaker visited it", "وفي كلمة بمصر أمس قال كيري إن الاتفاق جيد.",
			[]want{{"john-kerry", "visited", "egypt", "2016-02-09"}}, nil},
		{"a press conference in a city", "وخلال مؤتمر صحفي في باريس قال لافروف إن الحل سياسي.",
			[]want{{"sergei-lavrov", "visited", "paris", ""}}, nil},
		{"a speech in the speaker's own country is no visit", "وفي كلمة بالقاهرة أمس قال السيسي إن الوضع صعب.",
			nil, []want{{"abdel-fattah-el-sisi", "visited", "*", ""}}},
		{"a speech about a country is no visit", "وفي كلمة عن مصر قال كيري إن الاتفاق جيد.",
			nil, []want{{"john-kerry", "visited", "*", ""}}},
		{"a speech phrase inside the clause is not the subject's", "وقال كيري إن الاتفاق جيد في كلمة بمصر ألقاها السيسي.",
			nil, []want{{"john-kerry", "visited", "*", ""}}},
	})
}

// The envoy of a body of no country visits every country he meets in
// (meet.go foreignTo).
func TestMeetForeignTo(t *testing.T) {
	runCases(t, []cxCase{
		{"a UN envoy meeting in a حيث clause visited the place", "وسيتوجه إسماعيل ولد الشيخ أحمد إلى سلطنة عمان حيث التقى بممثلين عن الحوثيين.",
			[]want{{"ismail-ould-cheikh-ahmed", "visited", "oman", ""}}, nil},
		{"a person of no known office visits nowhere by a meeting", "وأشاد الكاتب ناصر الحربي بمسقط حيث التقى بممثلين عن الحوثيين.",
			nil, []want{{"*", "visited", "muscat", ""}}},
	})
}

// Meetings told in a phrase of time, interviews, visits home (meet.go:
// adjunctTime, interview, visitsHome).
func TestMeetAdjuncts(t *testing.T) {
	runCases(t, []cxCase{
		{"a demand does not reach the meeting after which it was made", "ودعا الأمين العام للأمم المتحدة بان كي مون بعد لقاء مع الرئيس اليمني عبد ربه منصور هادي إلى هدنة إنسانية.",
			[]want{{"ban-ki-moon", "met", "abdrabbuh-mansur-hadi", ""}}, nil},
		{"consultations, then a demand, with a counterpart", "وطالب وزير الخارجية الأردني ناصر جودة عقب مشاورات مع نظيره المصري سامح شكري بوقف القتال.",
			[]want{{"nasser-judeh", "met", "sameh-shoukry", ""}}, nil},
		{"a series of talks, then a statement about the future", "وقال الرئيس الكيني أوهورو كينياتا بعد سلسلة من المحادثات مع الرئيس الصومالي حسن شيخ محمود إن القوات ستبقى حتى نهاية المهمة.",
			[]want{{"uhuru-kenyatta", "met", "hassan-sheikh-mohamud", ""}}, nil},
		{"a meeting demanded is no meeting", "ودعا بان كي مون إلى عقد لقاء مع الرئيس اليمني عبد ربه منصور هادي.",
			nil, []want{{"ban-ki-moon", "met", "*", ""}}},
		{"a press conference to come after a meeting: both to come", "وسيعقد كينياتا مؤتمرا صحفيا بعد لقائه مع الرئيس الصومالي حسن شيخ محمود.",
			nil, []want{{"uhuru-kenyatta", "met", "*", ""}}},
		{"an interview with a channel is no meeting", "وقال الرئيس الصومالي حسن شيخ محمود في لقاء مع قناة الجزيرة إن الحكومة ستواصل الحرب.",
			nil, []want{{"hassan-sheikh-mohamud", "met", "*", ""}}},
		{"an interview with a channel's reporter is no meeting", "وقال الرئيس الكيني أوهورو كينياتا في لقاء مع مراسل الجزيرة إن الوضع هادئ.",
			nil, []want{{"uhuru-kenyatta", "met", "*", ""}}},
		{"a leader does not visit the country he serves", "وأكد الملك في بيان بمناسبة زيارته للأردن أن العلاقات متينة، وأشاد بالعاهل الأردني الملك عبد الله الثاني.",
			nil, []want{{"abdullah-ii-of-jordan", "visited", "jordan", ""}}},
	})
}

// Meetings inside a visit (خلالها), delegations and their heads, titles
// the catalogue does not resolve and envoys' destinations before a name
// (meet.go: visitSubject, duringIt, delegationHead; titled.go).
func TestMeetVisitsAndDelegations(t *testing.T) {
	runCases(t, []cxCase{
		{"a meeting during a visit, after a duration", "وقام الرئيس السوداني عمر البشير بزيارة قصيرة إلى الرياض اجتمع خلالها لمدة ساعتين مع العاهل السعودي الملك سلمان.",
			[]want{{"omar-al-bashir", "met", "salman-of-saudi-arabia", ""}, {"omar-al-bashir", "visited", "riyadh", ""}}, nil},
		{"talks during a visit: the visitor is the subject", "بدأ أمير قطر الشيخ تميم بن حمد أمس زيارة إلى السودان يبحث خلالها مع الرئيس عمر البشير العلاقات الثنائية.",
			[]want{{"tamim-bin-hamad-al-thani", "met", "omar-al-bashir", ""}}, nil},
		{"a light verb during a visit", "ووصل الرئيس التونسي الباجي قائد السبسي أمس إلى الجزائر في زيارة أجرى خلالها مباحثات مع الرئيس عبد العزيز بوتفليقة.",
			[]want{{"beji-caid-essebsi", "met", "abdelaziz-bouteflika", ""}}, nil},
		{"no visitor named before خلالها: no subject", "وتستمر الزيارة يومين يجري خلالها مباحثات مع الرئيس عبد العزيز بوتفليقة.",
			nil, []want{{"*", "met", "abdelaziz-bouteflika", ""}}},
		{"the head of a delegation received", "واستقبل الرئيس السوداني عمر البشير في قصر الضيافة بالخرطوم أمس وفدا من المعارضة برئاسة مالك عقار.",
			[]want{{"omar-al-bashir", "met", "malik-agar", ""}}, nil},
		{"a delegation and its head: both met", "واستقبل الرئيس الفلسطيني محمود عباس في رام الله وفد حركة حماس برئاسة خالد مشعل.",
			[]want{{"mahmoud-abbas", "met", "hamas", ""}, {"mahmoud-abbas", "met", "khaled-mashal", ""}}, nil},
		{"a head named in another clause is no delegation's", "واستقبل الرئيس السوداني عمر البشير وفدا من المعارضة، فيما وصل وفد آخر برئاسة مالك عقار إلى أديس أبابا.",
			nil, []want{{"omar-al-bashir", "met", "malik-agar", ""}}},
		{"a title that resolves to no one before the name", "والتقى رئيس الحكومة الليبية المؤقتة عبد الله الثني في القاهرة وزير الخارجية المصري سامح شكري.",
			[]want{{"abdullah-al-thani", "met", "sameh-shoukry", ""}}, nil},
		{"an envoy's destination before his name", "التقى المبعوث الأممي إلى سوريا ستافان دي ميستورا في دمشق وزير الخارجية السوري وليد المعلم.",
			[]want{{"staffan-de-mistura", "met", "walid-muallem", ""}}, []want{{"*", "met", "syria", ""}}},
	})
}

// Talks held by a relative light verb, talks "between" after place and
// time, delegations and teams as visitors, envoys' briefs (meet.go).
func TestMeetRelativeAndTeams(t *testing.T) {
	runCases(t, []cxCase{
		{"talks that X held with Y", "جاء ذلك خلال مباحثات أجراها الرئيس الجزائري عبد العزيز بوتفليقة في الجزائر أمس مع رئيس الوزراء التونسي الحبيب الصيد.",
			[]want{{"abdelaziz-bouteflika", "met", "habib-essid", "2016-02-09"}}, nil},
		{"a meeting to be held is no meeting", "وتحدث الوزير عن الاجتماع المقرر عقده مع رئيس الوزراء التونسي الحبيب الصيد.",
			nil, []want{{"*", "met", "habib-essid", ""}}},
		{"talks between two, after the time and the place", "وجرت مباحثات أمس في الدوحة بين وزير الخارجية القطري خالد العطية ونظيره التركي مولود جاويش أوغلو.",
			[]want{{"khalid-al-attiyah", "met", "mevlut-cavusoglu", "2016-02-09"}}, nil},
		{"a delegation of a movement visits: the verb agrees with the delegation", "وزار وفد من حركة حماس القاهرة أمس.",
			[]want{{"hamas", "visited", "cairo", "2016-02-09"}}, nil},
		{"a relief team arrives at an airport: a visit to its city", "ووصل فريق من مركز الملك سلمان للإغاثة إلى مطار عدن أمس.",
			[]want{{"king-salman-humanitarian-aid-and-relief-centre", "visited", "aden", "2016-02-09"}}, nil},
		{"a visit, then a meeting with no partner after it: the visitor met him", "وكان وزير الخارجية الإيراني محمد جواد ظريف قد زار مسقط الشهر الماضي والتقى السلطان قابوس.",
			[]want{{"mohammad-javad-zarif", "met", "qaboos-bin-said", ""}}, nil},
		{"a visit to a city, then a partner named with ب after it", "وقال المتحدث إن المبعوث الأممي إسماعيل ولد الشيخ أحمد التقى خلال زيارة إلى القاهرة بالأمين العام لجامعة الدول العربية نبيل العربي.",
			[]want{{"ismail-ould-cheikh-ahmed", "visited", "cairo", ""}}, nil},
		{"an envoy's brief is not where he went", "وتوجه المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد إلى الرياض للقاء الرئيس هادي.",
			nil, []want{{"ismail-ould-cheikh-ahmed", "visited", "yemen", ""}}},
	})
}
