package ar

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/catalog"
)

// Linking tests (issue 10): sentences written for them.

// TestLinkingSpellings: a foreign name spelt another way than the
// catalogue's (vowel letters, غ/ج) links to the catalogue entry; a province
// named with another head noun links too; an Arab name that differs only
// by the article stays a new person.
func TestLinkingSpellings(t *testing.T) {
	cases := []entityCase{
		{"vowel letters of a Russian name", "وقال المستشرق الروسي فيتالي ناومكين إن المحادثات ستستمر.", "2015-09-01", "vitaly-naumkin", ""},
		{"Barzani without the alef", "واستقبل رئيس الإقليم مسعود البرزاني وفدا تركيا في أربيل.", "2015-09-01", "masoud-barzani", ""},
		{"province with another head", "وقال مكتب حاكم إقليم أغري إن الانفجار وقع ليلا.", "2015-09-01", "agri-province", ""},
		{"the article alone makes no match", "وقال محمد الحجازي المتحدث باسم الجيش إن القوات تقدمت.", "2015-09-01", "", "mohammad-hejazi"},
		{"a common family name after two other names", "وأكد المحامي عثمان سعيد القحطاني أن القضية معقدة.", "2015-09-01", "", "abu-maria-al-qahtani"},
		{"a family name after another given name", "وأكد المهندس يوسف مصطفى الهاشمي أن المشروع تأخر.", "2015-09-01", "", "tariq-al-hashimi"},
		{"a compound given name before a common family name", "وأكد المحامي عبد الرحيم الشمري أن القضية معقدة.", "2015-09-01", "", "abdul-amir-al-shammari"},
		{"three names before a common family name", "وقال الطبيب أحمد عبد الرحمن الكعبي إن الجرحى بخير.", "2015-09-01", "", "akram-al-kaabi"},
		{"a foreign first name spelt otherwise", "وقالت مندوبة الولايات المتحدة لدى الأمم المتحدة سمانثا باور إن الوضع مقلق.", "2015-09-01", "samantha-power", ""},
		{"the catalogue's first name with a middle name", "وقال الوزير جون فوربس كيري إن الاتفاق جيد.", "2015-09-01", "john-kerry", ""},
	}
	checkEntityCases(t, cases)
}

// TestLinkingContext: names that are also words or generic descriptions
// link only where the document supports them; an organisation named inside
// a meeting is a node; an event whose English name carries a later year is
// not linked in an earlier document.
func TestLinkingContext(t *testing.T) {
	cases := []entityCase{
		{"Karmah in an Anbar story", "وتقدمت القوات نحو الكرمة شرق الفلوجة بعد معارك عنيفة.", "2015-09-01", "al-karmah", ""},
		{"the vine elsewhere", "وزرع الفلاح الكرمة في حديقة منزله.", "2015-09-01", "", "al-karmah"},
		{"popular resistance in Yemen", "وأعلنت المقاومة الشعبية في تعز السيطرة على مواقع للحوثيين في اليمن.", "2015-09-01", "popular-resistance-yemen", ""},
		{"popular resistance in a Palestinian story", "ودعا الفلسطينيون إلى تعزيز المقاومة الشعبية ضد الجدار في الضفة الغربية.", "2015-09-01", "", "popular-resistance-yemen"},
		{"committee inside a meeting", "ويعقد اجتماع للجنة متابعة مبادرة السلام العربية في القاهرة الأسبوع المقبل.", "2015-09-01", "arab-peace-initiative-committee", ""},
		{"a 2025 event in a 2015 story", "وتوقع الدبلوماسي استئناف محادثات مسقط قريبا.", "2015-09-01", "", "muscat-talks-2025"},
		{"the capital Amman", "ووصل الوزير إلى العاصمة عمان أمس للقاء المسؤولين.", "2015-09-01", "amman", "oman"},
		{"Oman with its sultan", "ووصل الوزير إلى عمان أمس للقاء السلطان قابوس.", "2015-09-01", "oman", "amman"},
		{"talks in Amman with the Jordanian king", "وعقد الاجتماع في عمان بحضور العاهل الأردني.", "2015-09-01", "event-talks-amman-talks", ""},
		{"the capital of Oman", "وقال إن عاصمة عمان مسقط مدينة هادئة.", "2015-09-01", "oman", "amman"},
		{"the peace process with the PKK", "ودعا زعيم الحزب إلى العودة لعملية السلام مع حزب العمال الكردستاني.", "2015-09-01", "solution-process", ""},
	}
	checkEntityCases(t, cases)
}

// TestEventYear: the first year of an event's English name, none for a
// resolution number.
func TestEventYear(t *testing.T) {
	cases := []struct {
		typ  extract.EntityType
		name string
		want int
	}{
		{extract.Event, "2015 Suruç bombing", 2015},
		{extract.Event, "Battle of Ramadi (2015–2016)", 2015},
		{extract.Agreement, "United Nations Security Council Resolution 2042", 0},
		{extract.Event, "Siege of Kobani", 0},
		{extract.Person, "Event 2020 person", 0},
		{extract.Event, "Flight 12015 crash", 0},
	}
	for _, c := range cases {
		if got := eventYear(&catalog.Entry{Type: c.typ, Name: c.name}); got != c.want {
			t.Errorf("eventYear(%s %q) = %d, want %d", c.typ, c.name, got, c.want)
		}
	}
}

// TestBattleEvents: a battle or siege of a catalogue place is an event
// named the way English sources title it.
func TestBattleEvents(t *testing.T) {
	r := run(t, "واحتدمت معركة الرمادي بين القوات العراقية ومسلحي التنظيم.", "2015-09-01")
	found := false
	for _, e := range r.Entities {
		if e.Type == extract.Event && (e.Labels["en"] == "Battle of Ramadi" || hasAlt(e, "Battle of Ramadi")) {
			found = true
		}
	}
	if !found && !hasEntity(r, "battle-of-ramadi*") {
		t.Errorf("no battle of Ramadi; entities:%s", entityList(r))
	}
	r = run(t, "واستمر حصار مدينة تعز أشهرا طويلة.", "2015-09-01")
	found = false
	for _, e := range r.Entities {
		if e.Type == extract.Event && (e.Labels["en"] == "Siege of Taiz" || hasAlt(e, "Siege of Taiz")) {
			found = true
		}
	}
	if !found {
		t.Errorf("no siege of Taiz; entities:%s", entityList(r))
	}
}

func hasAlt(e extract.Entity, s string) bool {
	for _, a := range e.AltLabels {
		if a.Text == s {
			return true
		}
	}
	return false
}

// TestEnglishCompounds: English name words that spell one Arabic compound
// unit stay together, so that learnt spellings align word by word.
func TestEnglishCompounds(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Abu Hafs al-Hashimi", "Abu Hafs|al-Hashimi"},
		{"Abdul Rahman al-Kaabi", "Abdul Rahman|al-Kaabi"},
		{"Salah ad-Din Bitar", "Salah ad-Din|Bitar"},
		{"Tariq al-Hashimi", "Tariq|al-Hashimi"},
	}
	for _, c := range cases {
		if got := strings.Join(joinCompounds(strings.Fields(c.in)), "|"); got != c.want {
			t.Errorf("joinCompounds(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDescriptionCoref: an organisation head with the article refers back
// to the last organisation or group the catalogue names with that head,
// even when the text named it without the head.
func TestDescriptionCoref(t *testing.T) {
	cases := []struct {
		name, text, subj, obj string
	}{
		{"the movement for Hamas", "وقالت حماس إنها سترد. واتهمت الحركة إسرائيل بالعدوان.", "hamas", "israel"},
		{"the party for Hezbollah", "وقال حزب الله إنه سيرد. واتهم الحزب إسرائيل بالعدوان.", "hezbollah", "israel"},
		{"the movement for the Taliban", "وقالت طالبان إنها سترد. واتهمت الحركة الولايات المتحدة بالخيانة.", "taliban", "united-states"},
		{"the group for the Houthis", "وأعلن الحوثيون رفضهم للهدنة. واتهمت الجماعة الرئيس هادي بالخيانة.", "houthis", "abdrabbuh-mansur-hadi"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := run(t, c.text, "2015-09-01")
			for _, f := range r.Facts {
				if f.Predicate == extract.Accuses && f.Subject == c.subj && f.Object == c.obj {
					return
				}
			}
			t.Errorf("no accuses %s → %s; facts: %v", c.subj, c.obj, r.Facts)
		})
	}
	r := run(t, "وقالت حماس إنها سترد. وأعلنت الحركة الإسلامية في الداخل تأييدها.", "2015-09-01")
	for _, f := range r.Facts {
		if f.Subject == "hamas" && f.Predicate == extract.Supports {
			t.Errorf("الحركة الإسلامية resolved to Hamas: %v", f)
		}
	}
}
