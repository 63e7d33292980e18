package timex_test

import (
	"fmt"
	"time"

	"github.com/newskg/kg/extract/timex"
)

func ExampleFind() {
	anchor := time.Date(2015, 11, 23, 0, 0, 0, 0, time.UTC)
	s := "التقى الرئيسان الاثنين بعد غارات بدأت منذ 30 سبتمبر/أيلول، ويعود لقاؤهما السابق إلى العام 2007."
	for _, m := range timex.Find(s, anchor) {
		fmt.Printf("%s %s %q\n", m.Kind, m.Date, m.Text)
	}
	// Output:
	// weekday 2015-11-23 "الاثنين"
	// since 2015-09-30 "منذ 30 سبتمبر/أيلول"
	// date 2007 "العام 2007"
}

func ExampleNumbers() {
	for _, n := range timex.Numbers("نزح نحو 1.5 مليون شخص وقتل 250 ألفا") {
		fmt.Println(n.Value, n.Approx)
	}
	// Output:
	// 1500000 true
	// 250000 false
}
