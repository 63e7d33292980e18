package relclf

import "strconv"

// speechWords are the words of reported speech between two mentions: a
// speech verb or the complementizer أن/إن (normal forms).
var speechWords = map[string]bool{
	"قال": true, "قالت": true, "يقول": true, "تقول": true, "اعلن": true, "اعلنت": true,
	"اكد": true, "اكدت": true, "اضاف": true, "اضافت": true, "ان": true, "بان": true,
}

// quoteMarks are the quotation and bracket marks that set off speech or an
// aside between two mentions.
var quoteMarks = map[string]bool{"«": true, "»": true, "\"": true, "(": true, ")": true, "-": true, "–": true}

// betweenMax is how many words between the mentions (from each end) give
// word features; a long gap adds its middle as nothing.
const betweenMax = 8

// Features returns the binary features of the pair p of sentence s.
func Features(s *Sentence, p Pair) []string {
	a, b := s.Mentions[p.A], s.Mentions[p.B]
	f := make([]string, 0, 48)
	types := a.Type + ">" + b.Type
	gap := b.Start - a.End
	f = append(f, "t="+types, "ta="+a.Type, "tb="+b.Type, "d="+bucket(gap), "td="+types+"|"+bucket(gap))
	if p.A == 0 {
		f = append(f, "first=1")
	}
	// words between, from both ends
	if gap == 0 {
		f = append(f, "b=none")
	}
	for k := a.End; k < b.Start; k++ {
		if k-a.End >= betweenMax && b.Start-k > betweenMax {
			continue
		}
		f = append(f, "b="+s.Tokens[k].Stem)
	}
	if gap > 0 {
		f = append(f, "bf="+s.Tokens[a.End].Stem, "bl="+s.Tokens[b.Start-1].Stem)
		if gap > 1 {
			f = append(f, "bf2="+s.Tokens[a.End].Stem+"_"+s.Tokens[a.End+1].Stem)
		}
	}
	// words around
	if k := a.Start - 1; k >= 0 {
		f = append(f, "l1="+s.Tokens[k].Stem)
		if k > 0 {
			f = append(f, "l2="+s.Tokens[k-1].Stem)
		}
	} else {
		f = append(f, "l1=^")
	}
	if k := b.End; k < len(s.Tokens) {
		f = append(f, "r1="+s.Tokens[k].Stem)
	} else {
		f = append(f, "r1=$")
	}
	// mentions in between
	n := 0
	for m := p.A + 1; m < p.B; m++ {
		if s.Mentions[m].Start >= a.End {
			n++
			f = append(f, "mt="+s.Mentions[m].Type)
		}
	}
	f = append(f, "m="+strconv.Itoa(min(n, 2)))
	// speech and quotes between
	speech, quote := false, false
	for k := a.End; k < b.Start; k++ {
		w := s.Tokens[k]
		speech = speech || speechWords[w.Word] || speechWords[w.Stem]
		quote = quote || quoteMarks[w.Word]
	}
	if speech {
		f = append(f, "say=1", "say="+types)
	}
	if quote {
		f = append(f, "quote=1")
	}
	// trigger classes between, before the first mention and after the second
	seen := map[string]bool{}
	trig := func(prefix string, lo, hi int) {
		for k := max(lo, 0); k < min(hi, len(s.Tokens)); k++ {
			for _, t := range s.Tokens[k].Triggers {
				if key := prefix + t; !seen[key] {
					seen[key] = true
					f = append(f, key, key+"|"+types)
				}
			}
		}
	}
	trig("bt=", a.End, b.Start)
	trig("lt=", a.Start-4, a.Start)
	trig("rt=", b.End, b.End+3)
	if len(seen) == 0 {
		f = append(f, "notrig="+types)
	}
	// modality in scope at each mention
	for _, m := range s.Tokens[a.Start].Mods {
		f = append(f, "moda="+m)
	}
	for _, m := range s.Tokens[b.Start].Mods {
		f = append(f, "modb="+m)
	}
	return f
}

// bucket names a token distance by a coarse range.
func bucket(d int) string {
	switch {
	case d <= 3:
		return strconv.Itoa(d)
	case d <= 5:
		return "4-5"
	case d <= 8:
		return "6-8"
	case d <= 12:
		return "9-12"
	case d <= 20:
		return "13-20"
	}
	return "21+"
}
