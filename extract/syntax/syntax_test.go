package syntax

import (
	"strings"
	"testing"

	"github.com/newskg/kg/extract/text"
)

// The sentences below were written for these tests. Names are marked
// [like this], nationality adjectives {like this} and titles ⟨like this⟩;
// the marks are removed before tokenising and become the caller's spans.

var testAnalyzer = func() *Analyzer {
	a, err := New(Options{Verbs: []string{"التقى", "يلتقي", "يلتق", "قصف", "تقصف", "قصفت", "زار", "يزور", "سيزور",
		"هاجم", "هاجمت", "يسيطر", "دان", "دعم", "يدعم", "تدعم", "تدعمها", "تساعد", "استقبل", "اجتمع", "شارك"}})
	if err != nil {
		panic(err)
	}
	return a
}()

// parse removes the span marks of a test sentence and returns its tokens
// and spans.
func parse(marked string) ([]text.Token, []Span) {
	type rng struct {
		s, e int
		k    SpanKind
	}
	var b strings.Builder
	var rs []rng
	open := map[rune]SpanKind{'[': NameSpan, '{': AdjectiveSpan, '⟨': TitleSpan}
	closeOf := map[rune]bool{']': true, '}': true, '⟩': true}
	start := -1
	var kind SpanKind
	for _, r := range marked {
		switch {
		case open[r] != 0 || r == '[':
			start, kind = b.Len(), open[r]
		case closeOf[r]:
			rs = append(rs, rng{start, b.Len(), kind})
		default:
			b.WriteRune(r)
		}
	}
	src := b.String()
	toks := text.Tokenize(src, 0)
	var spans []Span
	for _, r := range rs {
		sp := Span{Start: -1, Kind: r.k}
		for i, t := range toks {
			if t.End > r.s && t.Start < r.e {
				if sp.Start < 0 {
					sp.Start = i
				}
				sp.End = i + 1
			}
		}
		spans = append(spans, sp)
	}
	return toks, spans
}

func analyze(marked string) *Sentence {
	toks, spans := parse(marked)
	return testAnalyzer.Analyze(toks, spans)
}

// find returns the index of the n-th token (0-based) written w.
func find(t *testing.T, s *Sentence, w string) int {
	t.Helper()
	n := 0
	if i := strings.LastIndex(w, "#"); i > 0 {
		n = int(w[i+1] - '0')
		w = w[:i]
	}
	for i, tk := range s.Toks {
		if tk.Text == w {
			if n == 0 {
				return i
			}
			n--
		}
	}
	t.Fatalf("no token %q in %s", w, s)
	return -1
}

func TestWordClass(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 Class
		feat                 Feat
	}{
		{"حل before an adjective is a noun", "واتفق الطرفان على حل سياسي للأزمة في [اليمن].", "حل", Noun, 0},
		{"حل before ضيفا is a verb", "وحل [الوزير] ضيفا على [القاهرة] أمس.", "وحل", Verb, 0},
		{"a verbal noun after a verb", "ويتضمن الاتفاق رفع العقوبات عن [إيران].", "رفع", Noun, 0},
		{"the same form heading its clause is a verb", "ورفع [الاتحاد الأوروبي] العقوبات عن [إيران].", "ورفع", Verb, 0},
		{"a verbal noun with a clitic preposition", "وتعهدت [فرنسا] بدعم [المعارضة].", "بدعم", Noun, 0},
		{"a verbal noun in construct after a noun", "وتتواصل جهود دعم [اليمن] منذ أشهر.", "دعم", Noun, 0},
		{"a bare past form after a verb and its subject is its object", "ودان [البرزاني] السبت قصف [تركيا] لقرية في الإقليم.", "قصف", Noun, 0},
		{"a past verb after a definite subject", "وقالت إن الحكومة دعم موقفها [البرلمان].", "دعم", Verb, 0},
		{"a first-person imperfect of a listed verb", "وقال: نحن ندعم [الحكومة الشرعية].", "ندعم", Verb, FirstPerson},
		{"a first-person past of a listed verb", "وأضاف: وقد التقينا [الرئيس] مرتين.", "التقينا", Verb, FirstPerson},
		{"a future verb", "وقال إن [كيري] سيلتقي [لافروف].", "سيلتقي", Verb, FutureVerb},
		{"a place name with سـ is no future verb", "وتقع القاعدة في [سوريا] قرب الحدود.", "سوريا", Name, 0},
		{"a circumstantial participle after a comma", "وانتقد [الوزير] الهجوم، مؤكدا أن الرد قادم.", "مؤكدا", Verb, 0},
		{"a relational adjective after a noun", "وقدمت [السعودية] دعما ماليا لـ[اليمن].", "ماليا", Adjective, 0},
		{"a nationality adjective span", "وقصفت الطائرات {الروسية} المدينة.", "الروسية", Adjective, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := analyze(c.sentence)
			i := find(t, s, c.word)
			if s.Class[i] != c.want {
				t.Errorf("class of %s = %s, want %s\n%s", c.word, s.Class[i], c.want, s)
			}
			if s.Feat[i]&c.feat != c.feat {
				t.Errorf("features of %s = %b, want %b", c.word, s.Feat[i], c.feat)
			}
		})
	}
}

func TestOpaqueHeads(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		opaque               bool
		kind                 HeadKind
	}{
		{"the foreign minister of a country is not the country", "وانتقد وزير خارجية [مصر] القرار.", "مصر", true, PersonHead},
		{"the vice of a president", "والتقى نائب رئيس [العراق] الوفد.", "العراق", true, PersonHead},
		{"the followers of a leader stand for him", "وقصف أنصار [صالح] المدينة.", "صالح", false, PlainHead},
		{"one official of a body is not the body", "وقال مسؤول [الخارجية] إن الوضع صعب.", "الخارجية", true, PersonHead},
		{"a university named after a province", "وسيطرت القوات على مبنى جامعة [الأنبار].", "الأنبار", true, PlaceHead},
		{"the secretary-general of a party, with لـ", "والتقى الأمين العام لـ[حزب المؤتمر] في القاهرة.", "لـحزب", true, PersonHead},
		{"positions of a group stand for the group", "وقصفت الطائرات مواقع [داعش] قرب الرقة.", "داعش", false, PlainHead},
		{"the forces of a government stand for it", "وتقدمت قوات [النظام] نحو المدينة.", "النظام", false, PlainHead},
		{"statements of a country stand for it", "وقال إن تصريحات [إيران] غير مقبولة.", "إيران", false, PlainHead},
		{"a name after a definite noun is no genitive", "وقال الوزير [لافروف] إن الوضع صعب.", "لافروف", false, PlainHead},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := analyze(c.sentence)
			i := find(t, s, c.word)
			k, ok := s.Opaque(i)
			if ok != c.opaque || (ok && k != c.kind) {
				t.Errorf("Opaque(%s) = %v %v, want %v %v\n%s", c.word, k, ok, c.kind, c.opaque, s)
			}
		})
	}
}

func TestAppositions(t *testing.T) {
	cases := []struct {
		name, sentence string
		inside         []string // tokens inside an apposition
		anchor         string   // the first token of the unit they describe
		outside        []string // tokens in no apposition
	}{
		{"between dashes", "وقالت إن [جبهة الشام] - ذراع [التنظيم] في المنطقة - هاجمت [حلب].",
			[]string{"ذراع", "التنظيم", "المنطقة"}, "جبهة", []string{"هاجمت", "حلب", "جبهة"}},
		{"after a comma", "واستقبل [بوتين] [علي لاريجاني]، رئيس مجلس الشورى، في موسكو.",
			[]string{"رئيس", "مجلس", "الشورى"}, "علي", []string{"موسكو", "بوتين"}},
		{"a person-head noun right after a name", "والتقى [لافروف] [خالد مشعل] عضو [حركة حماس] أمس.",
			[]string{"عضو", "حركة", "حماس"}, "خالد", []string{"لافروف", "أمس"}},
		{"a list after a comma is no apposition", "وقصفت [روسيا] مواقع في [حلب]، [إدلب] و[حماة].",
			nil, "", []string{"إدلب", "وحماة"}},
		{"a relative clause after a comma is no apposition", "وزار [كيري] [الدوحة]، التي تستضيف المحادثات.",
			nil, "", []string{"التي", "تستضيف", "المحادثات"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := analyze(c.sentence)
			for _, w := range c.inside {
				i := find(t, s, w)
				if a := s.InApposition(i); a < 0 || s.Toks[a].Text != c.anchor {
					t.Errorf("%s: apposition anchor %d, want %s\n%s", w, a, c.anchor, s)
				}
			}
			for _, w := range c.outside {
				if i := find(t, s, w); s.InApposition(i) >= 0 {
					t.Errorf("%s is in an apposition\n%s", w, s)
				}
			}
		})
	}
}

func TestClauses(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		kind                 ClauseKind
		speech               string // the speech verb reported, "" for none
		antecedent           string // first token of a relative clause's antecedent
	}{
		{"the complement of a speech verb", "وقال [كيري] إن [روسيا] تدعم [الأسد].", "تدعم", Complement, "وقال", ""},
		{"a long subject between the verb and إن", "وتقول [ألمانيا] وحليفتها [فرنسا] و[المعارضة] وجماعات أخرى إنه يتعين رحيل [الأسد].", "رحيل", Complement, "وتقول", ""},
		{"a relative clause inside a complement", "وقالت إن [جبهة الشام] التي تدعمها [تركيا] هاجمت [حلب].", "تدعمها", Relative, "", "جبهة"},
		{"the main verb after a relative clause is back in its clause", "وقالت إن [جبهة الشام] التي تدعمها [تركيا] هاجمت [حلب].", "هاجمت", Complement, "وقالت", ""},
		{"a relative clause after a dash hangs on the name before it", "وأبدى [أوباما] – الذي زار [كينيا] قبل سنوات – قلقه.", "زار", Relative, "", "أوباما"},
		{"a relative clause ends at a comma", "وزار [كيري] [الدوحة]، التي تستضيف المحادثات، والتقى [الأمير].", "والتقى", Main, "", ""},
		{"a relative clause between a verb's subject and its object", "ويجري [بوتين] الذي يرافقه [لافروف] محادثات مع [روحاني].", "محادثات", Main, "", ""},
		{"a quotation after a colon", "وقال [بدران]: «نحن ندعم هذه العمليات ونباركها».", "ندعم", Quote, "وقال", ""},
		{"a boundary word opens a clause of its own", "وقصفت [روسيا] [حلب]، فيما قال [الأسد] إن الوضع مستقر.", "قال", Sub, "", ""},
		{"a quotation closes before a quoted name", "وقال [كيري] \"يجب أن نغير الوضع\" للقضاء على تنظيم \"[داعش]\" الذي يسيطر على [الرقة].", "للقضاء", Sub, "", ""},
		{"a quoted name is no clause", "وقصفت الطائرات مواقع تنظيم «[داعش]» في [الرقة].", "الرقة", Main, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := analyze(c.sentence)
			i := find(t, s, c.word)
			cl := s.ClauseAt(i)
			if cl.Kind != c.kind {
				t.Errorf("clause of %s is %s, want %s\n%s", c.word, cl.Kind, c.kind, s)
			}
			sp := s.Reports(i)
			switch {
			case c.speech == "" && sp >= 0:
				t.Errorf("%s reports speech verb %s, want none\n%s", c.word, s.Toks[sp].Text, s)
			case c.speech != "" && (sp < 0 || s.Toks[sp].Text != c.speech):
				t.Errorf("%s reports speech verb %d, want %s\n%s", c.word, sp, c.speech, s)
			}
			if c.antecedent != "" {
				if cl.Antecedent < 0 || s.Toks[s.Units[cl.Antecedent].Start].Text != c.antecedent {
					t.Errorf("antecedent %d, want %s\n%s", cl.Antecedent, c.antecedent, s)
				}
			}
		})
	}
}

func TestModality(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 Mod // markers that must be in scope
		not                  Mod // markers that must not
	}{
		{"negation of a verb", "لم تقصف [روسيا] مواقع [داعش] في [الرقة].", "تقصف", Negation, 0},
		{"negation covers the verb's objects", "ولم يعقد [الوزيران] أي اجتماع مع [المعارضة].", "اجتماع", Negation, 0},
		{"لا يزال is no negation", "ولا يزال [داعش] يسيطر على [الرقة].", "يسيطر", 0, Negation},
		{"negation stops at a coordinated verb", "ولم يلتق [كيري] [ظريف]، والتقى [لافروف] أمس.", "والتقى", 0, Negation},
		{"a negated noun", "وأكد عدم مشاركة [روسيا] في الاجتماع.", "مشاركة", Negation, 0},
		{"a future verb", "وسيزور [كيري] [القاهرة] الأسبوع المقبل.", "وسيزور", Future, 0},
		{"future covers the verb's objects", "وقال إنه سيعقد اجتماعا مع [لافروف].", "اجتماعا", Future, 0},
		{"a plan", "ومن المقرر أن يلتقي [أوباما] [سلمان] في [واشنطن].", "يلتقي", Plan, 0},
		{"a plan does not reach into a relative clause", "ومن المقرر أن يزور وفد من [المعارضة] التي تدعمها [تركيا] [موسكو].", "تدعمها", 0, Plan},
		{"an expected meeting (adjective after the event noun)", "وتحدث عن اللقاء المرتقب بين [كيري] و[لافروف].", "اللقاء", Expectation, 0},
		{"expectation by verb", "ويتوقع أن يصل [الوفد] إلى [جنيف] غدا.", "يصل", Expectation, 0},
		{"possibility", "وعقد الاجتماع ربما بمشاركة [روسيا].", "بمشاركة", Possibility, 0},
		{"possibility with قد and an imperfect", "وقال إن [إيران] قد تدعم [الحوثيين].", "تدعم", Possibility, 0},
		{"قد with a past verb is no possibility", "وقد التقى [كيري] [لافروف] أمس.", "التقى", 0, Possibility},
		{"ما after سرعان is no negation", "وسرعان ما أعلن [لافروف] انتقاده للقرار.", "أعلن", 0, Negation},
		{"قد with a past verb starting like an imperfect", "وكانت الوكالة قد نقلت عن [بدر جاموس] قوله.", "نقلت", 0, Possibility},
		{"a past plural with سـ is no future", "وقال إن المسلحين الذين سيطروا على [الرقة] انسحبوا.", "سيطروا", 0, Future},
		{"a pledge inside a relative clause does not reach past its comma", "واعتبر [كيري] أن تصريحات [خامنئي]، التي أكد فيها أن [إيران] ستبقى في حرب مع [أمريكا]، مقلقة للغاية.", "مقلقة", 0, Pledge},
		{"a demand", "ودعا [بان كي مون] إلى انسحاب [الحوثيين] من [صنعاء].", "انسحاب", Demand, 0},
		{"a demand with عليه أن", "وقال إن عليه أن يلتقي [المعارضة].", "يلتقي", Demand, 0},
		{"a rumour denied", "ونفى [الكرملين] ما يقال عن لقاء [بوتين] و[الأسد].", "لقاء", Denial | Rumour, 0},
		{"a denied accusation", "ونفى [أردوغان] الاتهامات بأن [تركيا] تساعد [داعش].", "تساعد", Denial | Allegation, 0},
		{"the content of an accusation", "واتهمت [واشنطن] [موسكو] بدعم [الأسد].", "بدعم", Allegation, 0},
		{"the accusation itself is no allegation", "واتهمت [واشنطن] [موسكو] بدعم [الأسد].", "واتهمت", 0, Allegation},
		{"a condition", "وقال إنه إذا قصفت [إسرائيل] [إيران] فإن المنطقة ستشتعل.", "قصفت", Condition, 0},
		{"a purpose", "ووافقت على استخدام القاعدة لشن غارات ضد [داعش].", "غارات", Purpose, 0},
		{"a pledge is no future", "وأكدت [إيران] أنها ستواصل دعم [حزب الله].", "دعم", Pledge, Future},
		{"a purpose does not reach into an asyndetic relative clause", "ودعا إلى حملة من أجل إخراج المقاتلين من أراض يسيطرون عليها في [العراق].", "يسيطرون", 0, Purpose | Demand},
		{"a background event", "وأشار إلى محادثات سابقة بين [الطرفين].", "محادثات", Background, 0},
		{"a marker in another clause does not reach", "ودعا [بان] إلى الهدوء، فيما قصفت [روسيا] [حلب].", "قصفت", 0, Demand},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := analyze(c.sentence)
			i := find(t, s, c.word)
			m := s.ModAt(i)
			if m&c.want != c.want || m&c.not != 0 {
				t.Errorf("modality at %s = %s, want %s and not %s\n%s", c.word, m, c.want, c.not, s)
			}
		})
	}
}
