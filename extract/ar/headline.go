package ar

import (
	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/extract/text"
)

// Dates of headline facts. A news headline tells, in the present tense,
// the event its lead reports ("مقاتلات مصرية تقصف مواقع «داعش» في درنة"
// over "شنت مقاتلات مصرية فجر أمس غارات…"): an event fact of the
// headline with no time of its own takes the day the lead gives. The
// headline is read before the body, so that day is looked up first.

// headlineOK are the predicates of events a headline reports; lasting
// roles and memberships (officialOf, memberOf, locatedIn, allyOf) are no
// event of the day.
var headlineOK = map[string]bool{
	extract.Met: true, extract.Visited: true, extract.ParticipatedIn: true, extract.Gave: true,
	extract.Attacked: true, extract.Accuses: true, extract.Supports: true, extract.Opposes: true,
	extract.Controls: true, extract.ClaimedResponsibilityFor: true, extract.Supplies: true,
	extract.EasedRestrictionsOn: true, extract.CooperatesWith: true,
}

// leadDayOf returns the lead's date as the body will find it: the first
// day-precise date of the article's week among the first three sentences,
// or "".
func (d *docState) leadDayOf(sents []text.Sentence) string {
	for _, s := range sents[:min(3, len(sents))] {
		if day := d.dayOfArticle(d.dates(s)); day != "" {
			return day
		}
	}
	return ""
}
