package ar

import (
	"fmt"
	"testing"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/ner"
)

var zzSents = []string{
	"التقى يوسف الحمداني مع وليد الشمري في بغداد أمس.",
	"واجتمع محمد عبد الرحيم الزبيدي بالشيخ حسان المطيري في الكويت.",
	"وزار سليم بن عاشور مدينة صفاقس التونسية.",
	"وقصف تنظيم داعش بلدة تل الورد في ريف الحسكة.",
	"وانتقد نبيل الخطيب حركة النهضة.",
	"وقالت منظمة أطباء الصحراء إن قوات حفتر قصفت مدينة درنة.",
	"وأعلن حزب الوفاق الشعبي دعمه لحكومة الوحدة الوطنية.",
	"واتهم عمر الحسيني جماعة أنصار الحق بقتل المدنيين.",
	"ووصل كريم العبيدي إلى مدينة الفلوجة.",
	"وانضم حزب النور الديمقراطي إلى ائتلاف دولة القانون.",
}

func TestZZUnknown(t *testing.T) {
	m, _ := ner.Default()
	x := New()
	for _, s := range zzSents {
		fmt.Println("==", s)
		for _, mm := range m.TagText(s) {
			fmt.Printf("  NER %s %s %.2f\n", mm.Type, mm.Text, mm.Score)
		}
		r, err := x.Extract(t.Context(), extract.Document{Text: s, Date: time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)})
		if err != nil { t.Fatal(err) }
		ents := map[string]string{}
		for _, e := range r.Entities { ents[e.Key] = e.Labels["en"] }
		for _, f := range r.Facts {
			fmt.Printf("  FACT %s %s %s%s %s\n", ents[f.Subject], f.Predicate, ents[f.Object], f.Value, f.Rule)
		}
	}
}
