package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
)

// Table tests per construction family of data/constructions.tsv and per
// modality marker, with sentences written for them (none comes from the
// example or evaluation articles). Each row names what must be found and
// what must not.

type cxCase struct {
	name, text string
	want, not  []want
}

func runCases(t *testing.T, cases []cxCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2016-02-10")
			checkFacts(t, r, c.want, c.not)
		})
	}
}

func TestConstructionVerb(t *testing.T) {
	runCases(t, []cxCase{
		{"VSO verb with a direct object", "واستقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية الإيراني محمد جواد ظريف.",
			[]want{{"recep-tayyip-erdogan", "met", "mohammad-javad-zarif", ""}}, nil},
		{"SVO verb", "وقال مسؤول إن إيران تدعم حزب الله بالسلاح.",
			[]want{{"iran", "supports", "hezbollah", ""}}, nil},
		{"a verb with مع, a place after في is no party", "واجتمع لافروف مع كيري في جنيف أمس.",
			[]want{{"sergei-lavrov", "met", "john-kerry", ""}}, []want{{"sergei-lavrov", "met", "switzerland", ""}, {"john-kerry", "met", "switzerland", ""}}},
		{"talked with, first person in reported speech", "وقال لافروف: تحدثنا مع إيران طويلا.",
			[]want{{"sergei-lavrov", "met", "iran", ""}}, nil},
		{"first person present in a quotation belongs to the speaker", "وقال أردوغان: «نحن ندعم المعارضة السورية».",
			[]want{{"recep-tayyip-erdogan", "supports", "syrian-opposition", ""}}, nil},
		{"a pledge to support them: the pronoun is the one supported", "ورد أوباما على مخاوف دول الخليج، متعهدا بدعمها ضد أي خطر.",
			[]want{{"barack-obama", "supports", "gulf-cooperation-council", ""}}, []want{{"gulf-cooperation-council", "supports", "*", ""}}},
		{"the organiser of a meeting between two parties is none of them", "ونظمت باكستان اللقاء الأول بين قياديين من طالبان وممثلين عن حكومة كابل.",
			[]want{{"taliban", "met", "afghanistan", ""}}, []want{{"pakistan", "met", "*", ""}}},
		{"our friends in a country are allies of the speaker's side", "وقال كيري: «عملت مع أصدقائنا في المملكة العربية السعودية».",
			[]want{{"united-states", "allyOf", "saudi-arabia", ""}}, nil},
		{"a third person in a quotation is not the speaker", "وقال أردوغان: «تدعم إيران نظام الأسد».",
			[]want{{"iran", "supports", "*", ""}}, []want{{"recep-tayyip-erdogan", "supports", "*", ""}}},
		{"a relative clause's subject is its antecedent", "وكان تنظيم داعش الذي يسيطر على الرقة قد هاجم بلدة كوباني.",
			[]want{{"islamic-state", "controls", "raqqa", ""}}, nil},
		{"an antecedent that names nobody gives no subject", "والتقى كيري بالأمين العام للحزب الذي يؤيد الأسد.",
			nil, []want{{"john-kerry", "supports", "*", ""}}},
		{"the main verb after a relative clause has the main subject", "وقالت إن حزب الله الذي تدعمه إيران هاجم مواقع داعش.",
			[]want{{"hezbollah", "attacked", "islamic-state", ""}, {"iran", "supports", "hezbollah", ""}}, []want{{"iran", "attacked", "*", ""}}},
		{"coordinated subjects, pairwise with no object", "والتقى بوتين وأردوغان وروحاني في طهران.",
			[]want{{"vladimir-putin", "met", "recep-tayyip-erdogan", ""}, {"vladimir-putin", "met", "hassan-rouhani", ""}, {"recep-tayyip-erdogan", "met", "hassan-rouhani", ""}}, nil},
		{"a verbal noun after a verb is no verb", "وتتضمن الخطة رفع العقوبات عن إيران.",
			nil, []want{{"*", "easedRestrictionsOn", "iran", ""}}},
		{"a killing with a count is an attack", "وقالت إن القوات العراقية قتلت 30 عنصرا من تنظيم داعش.",
			[]want{{"iraqi-army", "attacked", "islamic-state", ""}}, nil},
		{"a passive killing names no attacker", "وقتل 30 عنصرا من تنظيم داعش في الموصل.",
			nil, []want{{"*", "attacked", "islamic-state", ""}}},
		{"an object pronoun after مع refers back by gender", "وقال كيري عن إيران: «تفاوضنا معها على الملف النووي فقط».",
			[]want{{"john-kerry", "met", "iran", ""}}, nil},
		{"casting doubt is accusing", "وشككت الخارجية السورية في جهود تركيا لقتال تنظيم داعش.",
			[]want{{"syrian-government", "accuses", "turkey", ""}}, nil},
		{"a pronoun after a complementiser with no speaker refers back", "وتخوض حركة طالبان محادثات، كما أنها تواجه هجمات يشنها تنظيم داعش.",
			[]want{{"islamic-state", "attacked", "taliban", ""}}, nil},
		{"a gathering verb joins its objects", "وعقد لقاء جمع بوتين وأردوغان في موسكو.",
			[]want{{"vladimir-putin", "met", "recep-tayyip-erdogan", ""}}, nil},
	})
}

func TestConstructionLight(t *testing.T) {
	runCases(t, []cxCase{
		{"held a meeting with", "وعقد وزير الخارجية السعودي عادل الجبير اجتماعا مع نظيره الأمريكي جون كيري.",
			[]want{{"adel-al-jubeir", "met", "john-kerry", ""}}, nil},
		{"conducted talks with", "وأجرى بوتين محادثات مطولة مع روحاني.",
			[]want{{"vladimir-putin", "met", "hassan-rouhani", ""}}, nil},
		{"launched strikes against", "وشنت الطائرات التركية غارات على مواقع حزب العمال الكردستاني.",
			[]want{{"turkey", "attacked", "kurdistan-workers-party", ""}}, nil},
		{"launched attacks, ضد", "وتشن حركة طالبان هجمات ضد القوات الأفغانية.",
			[]want{{"taliban", "attacked", "afghan-national-army", ""}}, nil},
		{"paid a visit to", "وقام الرئيس المصري عبد الفتاح السيسي بزيارة إلى روسيا.",
			[]want{{"abdel-fattah-el-sisi", "visited", "russia", ""}}, nil},
		{"lifted sanctions on", "ورفع الاتحاد الأوروبي العقوبات عن إيران.",
			[]want{{"european-union", "easedRestrictionsOn", "iran", ""}}, nil},
		{"imposed sanctions on", "وفرضت الولايات المتحدة عقوبات جديدة على إيران.",
			[]want{{"united-states", "opposes", "iran", ""}}, nil},
		{"cut ties with", "وقطعت السعودية علاقاتها الدبلوماسية مع إيران.",
			[]want{{"saudi-arabia", "opposes", "iran", ""}}, nil},
		{"blamed", "وألقت الحكومة العراقية باللوم على تنظيم داعش في التفجير.",
			[]want{{"iraq", "accuses", "islamic-state", ""}}, nil},
		{"directed accusations at", "ووجهت إيران اتهامات للسعودية بدعم الإرهاب.",
			[]want{{"iran", "accuses", "saudi-arabia", ""}}, nil},
		{"declared support", "وأعربت قطر عن تأييدها للمعارضة السورية.",
			[]want{{"qatar", "supports", "syrian-opposition", ""}}, nil},
	})
}

func TestConstructionNouns(t *testing.T) {
	runCases(t, []cxCase{
		{"verbal noun: genitive agent, ل patient (direction)", "وانتقد الوزير دعم روسيا للأسد.",
			[]want{{"russia", "supports", "bashar-al-assad", ""}}, []want{{"bashar-al-assad", "supports", "russia", ""}}},
		{"verbal noun after a control verb takes its subject", "وأكدت إيران أنها ستواصل دعم حزب الله.",
			[]want{{"iran", "supports", "hezbollah", ""}}, nil},
		{"verbal noun with a nationality adjective as agent", "وتواصلت الغارات التركية على مواقع داعش.",
			[]want{{"turkey", "attacked", "islamic-state", ""}}, nil},
		{"event noun with مع", "وخلال لقاء أردوغان مع بوتين بحث الطرفان الأزمة.",
			[]want{{"recep-tayyip-erdogan", "met", "vladimir-putin", ""}}, nil},
		{"event noun with بين", "وجرت محادثات بين إيران والسعودية في مسقط.",
			[]want{{"iran", "met", "saudi-arabia", ""}}, nil},
		{"a noun's subject is not that of the verb it completes", "وانتقد أردوغان اتهام بلاده بالتعاون مع داعش.",
			nil, []want{{"recep-tayyip-erdogan", "accuses", "islamic-state", ""}, {"*", "cooperatesWith", "islamic-state", ""}}},
		{"a first-person pledge to go on supporting, in a quotation", "وقال الرئيس الأسد: سنواصل دعم حزب الله.",
			[]want{{"bashar-al-assad", "supports", "hezbollah", ""}}, nil},
		{"handing over: the genitive supplies the ل recipient", "وأكدت موسكو تسليم روسيا طائرات مقاتلة لإيران.",
			[]want{{"russia", "supplies", "iran", ""}}, []want{{"iran", "supplies", "*", ""}}},
		{"means: بدعم من", "وتقدمت المعارضة السورية بدعم من تركيا.",
			[]want{{"turkey", "supports", "syrian-opposition", ""}}, nil},
		{"means read as the verb's act after a participle (accused of supporting)", "وتقول واشنطن إن إيران متهمة بدعم الحوثيين.",
			nil, []want{{"houthis", "supports", "iran", ""}, {"iran", "supports", "houthis", ""}}},
		{"attacks suffered: the agent after من", "وتتعرض حركة طالبان لهجمات من تنظيم داعش.",
			[]want{{"islamic-state", "attacked", "taliban", ""}}, nil},
		{"a war against: the belligerent attacks", "وكينيا حليف مهم للغرب في حربها ضد حركة الشباب الصومالية.",
			[]want{{"kenya", "attacked", "al-shabaab", ""}}, nil},
		{"a call for someone's departure is opposition", "ودعت تركيا إلى رحيل الأسد.",
			[]want{{"turkey", "opposes", "bashar-al-assad", ""}}, nil},
		{"clashes between two sides", "ودارت اشتباكات عنيفة بين القوات العراقية وتنظيم داعش.",
			[]want{{"iraqi-army", "attacked", "islamic-state", ""}, {"islamic-state", "attacked", "iraqi-army", ""}}, nil},
	})
}

func TestConstructionDescriptions(t *testing.T) {
	runCases(t, []cxCase{
		{"passive participle", "ووصل وفد من المعارضة السورية المدعومة من السعودية إلى موسكو.",
			[]want{{"saudi-arabia", "supports", "syrian-opposition", ""}}, nil},
		{"active participle after the one it describes", "وقاتل الحرس الثوري الإيراني الموالي للأسد في حلب.",
			[]want{{"islamic-revolutionary-guard-corps", "supports", "bashar-al-assad", ""}}, nil},
		{"noun of relation, coordinated subjects as predicate", "والقاهرة وموسكو حليفتان منذ عقود.",
			[]want{{"egypt", "allyOf", "russia", ""}}, nil},
		{"noun of relation in apposition after a comma", "وقال الأسد، حليف إيران، إن الحرب طويلة.",
			[]want{{"bashar-al-assad", "allyOf", "iran", ""}}, nil},
		{"member after the name", "وقالت قطر العضو في مجلس التعاون الخليجي إنها ترفض القرار.",
			[]want{{"qatar", "memberOf", "gulf-cooperation-council", ""}}, nil},
		{"a former member is none", "وقال خالد مشعل، العضو السابق في حركة حماس، إن الوضع صعب.",
			nil, []want{{"khaled-mashal", "memberOf", "hamas", ""}}},
		{"enemy: opposes", "وقال إن إيران العدو الأول للسعودية في المنطقة.",
			[]want{{"iran", "opposes", "saudi-arabia", ""}}, nil},
		{"a description holds whatever its clause doubts", "وربما يكون الأسد حليف إيران قد خسر.",
			[]want{{"bashar-al-assad", "allyOf", "iran", ""}}, nil},
		{"object relative with a resumptive pronoun", "وانتقد الوزير حركة حماس التي تمولها قطر، والمدينة التي يسيطر عليها داعش.",
			[]want{{"qatar", "supports", "hamas", ""}}, []want{{"islamic-state", "controls", "*", ""}, {"hamas", "supports", "*", ""}}},
		{"under the control of", "وسقطت مدينة الرقة تحت سيطرة تنظيم داعش.",
			[]want{{"islamic-state", "controls", "raqqa", ""}}, nil},
	})
}

func TestArgumentsFromStructure(t *testing.T) {
	runCases(t, []cxCase{
		{"an apposition between dashes is not the subject", "وقالت إن حزب الله - حليف إيران في المنطقة - هاجم مواقع داعش.",
			[]want{{"hezbollah", "attacked", "islamic-state", ""}}, []want{{"iran", "attacked", "*", ""}}},
		{"the foreign minister of a country is not the country", "وهاجم وزير خارجية مصر تركيا بشدة.",
			nil, []want{{"egypt", "opposes", "turkey", ""}, {"egypt", "attacked", "turkey", ""}}},
		{"an unnamed subject right before the verb is not carried over", "وقال مسؤولون إن آلاف اللاجئين وصلوا إلى ألمانيا.",
			nil, []want{{"*", "visited", "germany", ""}}},
		{"a subject is not carried over into a sentence that names another", "وزار كيري الدوحة. وتسيطر كل من الحكومتين على أجزاء من ليبيا.",
			[]want{{"john-kerry", "visited", "doha", ""}}, []want{{"john-kerry", "controls", "*", ""}}},
		{"the two sides are the last two parties", "والتقى بوتين أردوغان في موسكو. ووقع الجانبان اتفاقية تعاون.",
			[]want{{"vladimir-putin", "cooperatesWith", "recep-tayyip-erdogan", ""}}, nil},
	})
}

func TestModalityBlocks(t *testing.T) {
	runCases(t, []cxCase{
		{"negation", "ولم يلتق بوتين أردوغان خلال الزيارة.", nil, []want{{"vladimir-putin", "met", "*", ""}}},
		{"future", "وسيلتقي بوتين أردوغان الأسبوع المقبل.", nil, []want{{"vladimir-putin", "met", "*", ""}}},
		{"plan", "ومن المقرر أن يزور كيري القاهرة.", nil, []want{{"john-kerry", "visited", "*", ""}}},
		{"expectation (adjective after the event noun)", "وتحدث عن اللقاء المرتقب بين بوتين وأردوغان.", nil, []want{{"vladimir-putin", "met", "*", ""}}},
		{"possibility", "وعقد الاجتماع ربما بمشاركة روسيا.", nil, []want{{"russia", "participatedIn", "*", ""}}},
		{"demand", "ودعا بان كي مون إلى انسحاب الحوثيين من صنعاء وإلى لقاء بين الحوثيين والحكومة.", nil, []want{{"houthis", "met", "*", ""}}},
		{"rumour denied", "ونفى الكرملين ما يقال عن لقاء بين بوتين والأسد.", nil, []want{{"vladimir-putin", "met", "*", ""}}},
		{"denial of an accusation", "ونفى أردوغان الاتهامات بأن تركيا تساعد داعش.", nil, []want{{"turkey", "supports", "*", ""}}},
		{"the content of an accusation", "واتهمت واشنطن موسكو بدعم الأسد.",
			[]want{{"united-states", "accuses", "russia", ""}}, []want{{"russia", "supports", "*", ""}}},
		{"condition", "وقال إنه إذا هاجمت إسرائيل إيران فإن المنطقة ستشتعل.", nil, []want{{"israel", "attacked", "*", ""}}},
		{"purpose", "ووافقت تركيا على استخدام القاعدة لشن غارات ضد داعش.", nil, []want{{"*", "attacked", "islamic-state", ""}}},
		{"a pledge states a lasting stance", "وتعهدت السعودية بدعم الحكومة اليمنية.", []want{{"saudi-arabia", "supports", "*", ""}}, nil},
		{"a pledge does not state an event", "وتعهد كيري بزيارة القاهرة.", nil, []want{{"john-kerry", "visited", "*", ""}}},
		{"لا يزال is no negation", "ولا يزال تنظيم داعش يسيطر على الموصل.", []want{{"islamic-state", "controls", "mosul", ""}}, nil},
		{"سرعان ما is no negation", "وسرعان ما انتقدت تركيا روسيا.", []want{{"turkey", "opposes", "russia", ""}}, nil},
		{"negation does not reach a later adjunct", "وقال بوتين إنه لا يخون شركاءه في إشارة إلى حليفته إيران.", []want{{"vladimir-putin", "allyOf", "iran", ""}}, nil},
	})
}

func TestFactDates(t *testing.T) {
	runCases(t, []cxCase{
		{"the clause's own date", "والتقى بوتين أردوغان يوم الاثنين، وكان قد التقاه في مارس.",
			[]want{{"vladimir-putin", "met", "recep-tayyip-erdogan", "2016-02-08"}}, nil},
		{"a background meeting is undated", "وأشار كيري إلى محادثات سابقة مع لافروف.",
			nil, []want{{"john-kerry", "met", "sergei-lavrov", "2016-02-10"}, {"john-kerry", "met", "sergei-lavrov", "2016-02-08"}}},
		{"the date of the reporting clause", "وقال لافروف أمس إن روسيا تدعم الأسد.",
			[]want{{"russia", "supports", "bashar-al-assad", "2016-02-09"}}, nil},
		{"a date of another subordinate clause dates nothing", "والتقى كيري لافروف، بعدما وصل إلى جنيف يوم الأحد.",
			nil, []want{{"john-kerry", "met", "sergei-lavrov", "2016-02-07"}}},
		{"a speaker's dated statement dates the stance that follows", "وقالت حماس في بيان أصدرته أمس إن الوضع خطير.\nواتهمت حماس إسرائيل بالتصعيد.",
			[]want{{"hamas", "accuses", "israel", "2016-02-09"}}, nil},
	})
}

func TestFactFeatures(t *testing.T) {
	r := run(t, "وعقد وزير الخارجية السعودي عادل الجبير اجتماعا مع نظيره الأمريكي جون كيري في الدوحة.", "2016-02-10")
	for _, f := range r.Facts {
		if f.Predicate != extract.Met {
			continue
		}
		got := strings.Join(f.Features, " ")
		for _, w := range []string{"cx=light", "trig=عقد * اجتماعا", "mod=none", "quote=0", "subj=vso", "obj=prep:مع", "types=Person-Person"} {
			if !strings.Contains(got, w) {
				t.Errorf("features %q lack %q", got, w)
			}
		}
		return
	}
	t.Fatalf("no met fact:%s", dump(r))
}
