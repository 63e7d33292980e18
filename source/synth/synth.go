// Package synth generates synthetic but realistic Arabic news articles, for
// benchmarks: sentences built from templates, actor names and places in an
// embedded lexicon (data/lexicon.tsv). The same seed and index always give
// the same article.
package synth

import (
	_ "embed"
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"sync"
	"time"

	"github.com/newskg/kg/extract"
	"github.com/newskg/kg/internal/tsv"
)

//go:embed data/lexicon.tsv
var lexiconTSV string

type actor struct{ title, full, short string }

type lexicon struct {
	actors                                           []actor
	countries, cities, orgs, days, months, templates []string
}

var (
	lexOnce sync.Once
	lex     lexicon
	lexErr  error
)

func load() (*lexicon, error) {
	lexOnce.Do(func() {
		for _, r := range tsv.Parse("data/lexicon.tsv", lexiconTSV) {
			f := r.Fields
			switch f[0] {
			case "actor":
				lexErr = r.Want(4, 4)
				if lexErr == nil {
					lex.actors = append(lex.actors, actor{f[1], f[2], f[3]})
				}
			case "country", "city", "org", "day", "month", "sentence":
				lexErr = r.Want(2, 2)
				if lexErr == nil {
					dst := map[string]*[]string{"country": &lex.countries, "city": &lex.cities, "org": &lex.orgs,
						"day": &lex.days, "month": &lex.months, "sentence": &lex.templates}[f[0]]
					*dst = append(*dst, f[1])
				}
			default:
				lexErr = r.Errorf("unknown kind %q", f[0])
			}
			if lexErr != nil {
				lexErr = fmt.Errorf("synth: %w", lexErr)
				return
			}
		}
		if len(lex.actors) < 2 || len(lex.countries) < 2 || len(lex.cities) == 0 || len(lex.orgs) == 0 ||
			len(lex.days) == 0 || len(lex.months) != 12 || len(lex.templates) == 0 {
			lexErr = fmt.Errorf("synth: data/lexicon.tsv lacks entries (need 2 actors, 2 countries, 12 months, and cities, organisations, days, sentences)")
		}
	})
	return &lex, lexErr
}

// Article returns synthetic article i of the given seed: 8 to 16 sentences
// (about 1–2 KB of text) about two to four actors, dated between 2013 and
// 2016, with id "synth-<seed>-<i>".
func Article(seed uint64, i int) (extract.Document, error) {
	l, err := load()
	if err != nil {
		return extract.Document{}, err
	}
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	date := time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(4*365))
	dateText := func() string {
		d := date.AddDate(0, 0, -r.IntN(20))
		return fmt.Sprintf("%d %s %d", d.Day(), l.months[d.Month()-1], d.Year())
	}
	// The article's cast: a few actors, countries and places that recur.
	cast := r.Perm(len(l.actors))[:2+r.IntN(3)]
	countries := r.Perm(len(l.countries))[:2+r.IntN(3)]
	var sb strings.Builder
	n := 8 + r.IntN(9)
	for s := range n {
		a := l.actors[cast[r.IntN(len(cast))]]
		b := l.actors[cast[r.IntN(len(cast))]]
		for b == a {
			b = l.actors[r.IntN(len(l.actors))]
		}
		c := l.countries[countries[r.IntN(len(countries))]]
		d := l.countries[countries[r.IntN(len(countries))]]
		for d == c {
			d = l.countries[r.IntN(len(l.countries))]
		}
		tpl := l.templates[r.IntN(len(l.templates))]
		if s == 0 {
			tpl = l.templates[r.IntN(2)] // open with a meeting
		}
		text := strings.NewReplacer(
			"{A}", a.title+" "+a.full, "{B}", b.title+" "+b.full,
			"{a}", a.short, "{b}", b.short,
			"{C}", c, "{D}", d,
			"{P}", pick(l.cities), "{O}", pick(l.orgs), "{W}", pick(l.days),
			"{T}", dateText(), "{N}", fmt.Sprint(3+r.IntN(60)),
		).Replace(tpl)
		sb.WriteString(text)
		if s%3 == 2 || s == n-1 {
			sb.WriteString("\n")
		} else {
			sb.WriteString(" ")
		}
	}
	first := l.actors[cast[0]]
	return extract.Document{
		ID:     fmt.Sprintf("synth-%d-%05d", seed, i),
		Title:  fmt.Sprintf("%s يبحث مع %s الأوضاع في المنطقة", first.short, l.actors[cast[1]].short),
		Date:   date,
		Lang:   "ar",
		Text:   sb.String(),
		Origin: fmt.Sprintf("synth:%d", i),
	}, nil
}

// Articles yields n synthetic articles of the given seed, in order.
func Articles(seed uint64, n int) iter.Seq2[extract.Document, error] {
	return func(yield func(extract.Document, error) bool) {
		for i := range n {
			if !yield(Article(seed, i)) {
				return
			}
		}
	}
}
