// Package timex finds date expressions and numbers in news sentences and
// resolves dates against the article's date (the anchor).
//
// Find reads the original text (any spelling: Arabic-Indic digits,
// hamza forms, diacritics, proclitics such as وأمس or بنوفمبر) and returns
// Matches with byte offsets, the resolved Date (day, month or year
// precision) and a Kind:
//
//   - date: "23 نوفمبر/تشرين الثاني 2015", "الاثنين 23 نوفمبر", "الأول من
//     يناير", "في الثالث والعشرين من نوفمبر", "العام 2007", "في 2007",
//     "منتصف نوفمبر" (month only), "23/11/2015", "November 23, 2015".
//     Both month-name systems (يناير … and كانون الثاني …, plus the Maghreb
//     جانفي …) are known, alone or joined with a slash or brackets.
//   - weekday: "الاثنين", "يوم الخميس", "on Monday": the most recent such
//     day at or before the anchor (the anchor itself on the same weekday);
//     with المقبل/القادم the next one, with الماضي the previous one.
//   - relative: أمس، أول أمس، اليوم، غدا (Future), الأسبوع الماضي (the
//     month of anchor−7 days), الشهر الماضي، العام الماضي، هذا الأسبوع،
//     "قبل يومين" (anchor−2), "قبل ثلاثة أعوام", "yesterday", "3 days ago".
//   - since: a date or year after منذ/since ("منذ 30 سبتمبر", "منذ 2011").
//     "منذ 8 سنوات" is a duration and yields nothing.
//   - range: "من 12 إلى 13 أغسطس", "بين 12 و13 أغسطس", "2011-2014",
//     "من 30 سبتمبر إلى 23 نوفمبر": Date is the start, Until the end.
//   - hijri: "1436 هـ", "11 صفر 1437": recognised so that the numbers are
//     not read as Gregorian years; Date is zero.
//
// Year inference. A month (and day) written without a year takes, of the
// anchor's year and the years around it, the one that puts it nearest the
// anchor, a date after the anchor counting twice as far as one before it:
// news mostly reports the past, yet "بحلول الأول من يناير" in a November
// article is the coming January. المقبل forces the future, الماضي the
// past, منذ a date at or before the anchor.
//
// Numbers returns numbers written in digits or words, with scale words
// ("250 ألف" → 250000, "1.5 مليون" → 1500000, "ثلاثة آلاف" → 3000) and a
// flag for approximation words (نحو، حوالي).
//
// The vocabulary (month, weekday, ordinal, number and function words,
// relative phrases) is in data/*.tsv, embedded; the grammar is in Go.
package timex
