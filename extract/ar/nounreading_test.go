package ar

import "testing"

// TestNounReading: a one-word catalogue name that is also a common noun,
// followed by a common adjective, is the noun (sentences written for the
// test); the name alone, after its head noun, or after an adjective of
// its own still links.
func TestNounReading(t *testing.T) {
	cases := []entityCase{
		{name: "an air base is no al-Qaeda", text: "وهبطت الطائرة في القاعدة الجوية قرب المدينة أمس.", date: "2016-01-01", not: "al-qaeda"},
		{name: "a military base is no al-Qaeda", text: "وقال مسؤول إن القاعدة العسكرية تعرضت لهجوم.", date: "2016-01-01", not: "al-qaeda"},
		{name: "al-Qaeda alone", text: "وقال إن القاعدة مسؤولة عن الهجوم.", date: "2016-01-01", want: "al-qaeda"},
		{name: "al-Qaeda after its head noun", text: "وأعلن تنظيم القاعدة مسؤوليته عن الهجوم.", date: "2016-01-01", want: "al-qaeda"},
		{name: "a capital after its adjective", text: "وزار الوفد العاصمة الأردنية عمان أمس.", date: "2016-01-01", want: "amman"},
	}
	checkEntityCases(t, cases)
}
