package relclf

import (
	"slices"
	"strconv"
)

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
	f := make([]string, 0, 48)
	emitFeatures(s, p, func(b []byte) { f = append(f, string(b)) })
	return f
}

// emitter builds features in one buffer and hands each to emit, which must
// not keep the bytes.
type emitter struct {
	buf  []byte
	emit func([]byte)
}

// add emits the feature made of the parts joined.
func (e *emitter) add(parts ...string) {
	e.buf = e.buf[:0]
	for _, p := range parts {
		e.buf = append(e.buf, p...)
	}
	e.emit(e.buf)
}

// emitFeatures hands each feature of the pair p of sentence s to emit
// (Features in order), building them in one buffer.
func emitFeatures(s *Sentence, p Pair, emit func([]byte)) {
	e := emitter{buf: make([]byte, 0, 96), emit: emit}
	a, b := s.Mentions[p.A], s.Mentions[p.B]
	types := a.Type + ">" + b.Type
	gap := b.Start - a.End
	e.add("t=", types)
	e.add("ta=", a.Type)
	e.add("tb=", b.Type)
	e.add("d=", bucket(gap))
	e.add("td=", types, "|", bucket(gap))
	if p.A == 0 {
		e.add("first=1")
	}
	// words between, from both ends
	if gap == 0 {
		e.add("b=none")
	}
	for k := a.End; k < b.Start; k++ {
		if k-a.End >= betweenMax && b.Start-k > betweenMax {
			continue
		}
		e.add("b=", s.Tokens[k].Stem)
	}
	if gap > 0 {
		e.add("bf=", s.Tokens[a.End].Stem)
		e.add("bl=", s.Tokens[b.Start-1].Stem)
		if gap > 1 {
			e.add("bf2=", s.Tokens[a.End].Stem, "_", s.Tokens[a.End+1].Stem)
		}
	}
	// words around
	if k := a.Start - 1; k >= 0 {
		e.add("l1=", s.Tokens[k].Stem)
		if k > 0 {
			e.add("l2=", s.Tokens[k-1].Stem)
		}
	} else {
		e.add("l1=^")
	}
	if k := b.End; k < len(s.Tokens) {
		e.add("r1=", s.Tokens[k].Stem)
	} else {
		e.add("r1=$")
	}
	// mentions in between
	n := 0
	for m := p.A + 1; m < p.B; m++ {
		if s.Mentions[m].Start >= a.End {
			n++
			e.add("mt=", s.Mentions[m].Type)
		}
	}
	e.add("m=", strconv.Itoa(min(n, 2)))
	// speech and quotes between
	speech, quote := false, false
	for k := a.End; k < b.Start; k++ {
		w := s.Tokens[k]
		speech = speech || speechWords[w.Word] || speechWords[w.Stem]
		quote = quote || quoteMarks[w.Word]
	}
	if speech {
		e.add("say=1")
		e.add("say=", types)
	}
	if quote {
		e.add("quote=1")
	}
	// trigger classes between, before the first mention and after the second
	var seen []string
	trig := func(prefix string, lo, hi int) {
		for k := max(lo, 0); k < min(hi, len(s.Tokens)); k++ {
			for _, t := range s.Tokens[k].Triggers {
				if !slices.Contains(seen, prefix+t) {
					seen = append(seen, prefix+t)
					e.add(prefix, t)
					e.add(prefix, t, "|", types)
				}
			}
		}
	}
	trig("bt=", a.End, b.Start)
	trig("lt=", a.Start-4, a.Start)
	trig("rt=", b.End, b.End+3)
	if len(seen) == 0 {
		e.add("notrig=", types)
	}
	// modality in scope at each mention
	for _, m := range s.Tokens[a.Start].Mods {
		e.add("moda=", m)
	}
	for _, m := range s.Tokens[b.Start].Mods {
		e.add("modb=", m)
	}
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
