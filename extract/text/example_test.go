package text_test

import (
	"fmt"

	"github.com/newskg/kg/extract/text"
)

func ExampleToken_Forms() {
	for _, t := range text.Tokenize("وبوتين للرياض", 0) {
		fmt.Println(t.Text, t.Prefix, t.Bare, t.Forms())
	}
	// Output:
	// وبوتين و بوتين [وبوتين بوتين وتين]
	// للرياض ل الرياض [للرياض لرياض الرياض]
}

func ExampleSentences() {
	doc := "لقاء في طهران\nالتقى بوتين خامنئي. وقال د. بيسكوف إن \"المحادثات جيدة.\""
	for _, s := range text.Sentences(doc) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// 0-24 لقاء في طهران
	// 25-60 التقى بوتين خامنئي.
	// 61-122 وقال د. بيسكوف إن "المحادثات جيدة."
}
