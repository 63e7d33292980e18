package timex

import (
	"math"
	"strings"

	"github.com/newskg/kg/extract/text"
)

// Number is a number found in a text.
type Number struct {
	// Start and End are byte offsets in the input; they cover the digits
	// or number words and a following scale word ("250 ألف"), not an
	// approximation word before them.
	Start, End int
	// Value is the number's value, rounded to an integer.
	Value int64
	// Text is the number as written (input[Start:End]).
	Text string
	// Approx reports an approximation word before the number (نحو،
	// حوالي، قرابة، زهاء، about …).
	Approx bool
}

// Numbers returns the numbers of s: digits (ASCII or Arabic-Indic, with
// thousands and decimal separators), optionally scaled by ألف/آلاف، مليون،
// مليار (thousand, million, billion): "250 ألف" → 250000, "1.5 مليون" →
// 1500000; and number words ("ثلاثة آلاف" → 3000, "خمسة وعشرين" → 25,
// "ألف" → 1000). Numbers that are parts of dates are reported too; compare
// with Find to tell them apart.
func Numbers(s string) []Number {
	return NumbersTokens(s, text.Tokenize(s, 0))
}

// NumbersTokens is Numbers on tokens already made from doc.
func NumbersTokens(doc string, toks []text.Token) []Number {
	var out []Number
	for _, n := range numbersIn(toks) {
		n.Start, n.End = toks[n.first].Start, toks[n.last].End
		n.Text = doc[n.Start:n.End]
		out = append(out, n.Number)
	}
	return out
}

// numMatch is a Number with the indexes of its first and last token.
type numMatch struct {
	Number
	first, last int
}

// numbersIn finds numbers in toks; Start/End/Text are left for the caller.
func numbersIn(toks []text.Token) []numMatch {
	var out []numMatch
	for i := 0; i < len(toks); {
		n, end, ok := numberAt(toks, i)
		if !ok {
			i++
			continue
		}
		n.first, n.last = i, end-1
		n.Approx = approxBefore(toks, i)
		out = append(out, n)
		i = end
	}
	return out
}

// approxBefore reports an approximation word or phrase ending just before i.
func approxBefore(toks []text.Token, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if r, e := roleAt(toks, k); r&roleApprox != 0 && e == i {
			return true
		}
	}
	return false
}

// numberAt parses a number at i.
func numberAt(toks []text.Token, i int) (numMatch, int, bool) {
	t := toks[i]
	if t.IsNumber() {
		v, ok := parseDigits(t.Norm)
		if !ok {
			return numMatch{}, i, false
		}
		end := i + 1
		scale := int64(0)
		if end < len(toks) {
			if p := wordNumber(toks[end], false); p != nil && p.unit == "scale" {
				v *= float64(p.val)
				scale = p.val
				end++
			}
		}
		// "3 ملايين و500 ألف": و and a smaller scaled number add up
		for scale > 1000 && end+2 < len(toks) && toks[end].Norm == "و" && toks[end+1].IsNumber() {
			p := wordNumber(toks[end+2], false)
			if p == nil || p.unit != "scale" || p.val >= scale {
				break
			}
			w, ok := parseDigits(toks[end+1].Norm)
			if !ok {
				break
			}
			v += w * float64(p.val)
			scale = p.val
			end += 3
		}
		return numMatch{Number: Number{Value: int64(math.Round(v))}}, end, true
	}
	// number words
	var total, cur int64
	j := i
	last := ""
	for j < len(toks) {
		p := wordNumber(toks[j], j > i)
		if p == nil {
			break
		}
		switch p.unit {
		case "unit", "hundred":
			if last == "unit" || last == "ten" {
				goto done
			}
			cur += p.val
		case "teen":
			if last != "unit" {
				if last != "" {
					goto done
				}
			}
			cur += p.val
		case "ten":
			if last == "ten" || last == "teen" {
				goto done
			}
			cur += p.val
		case "scale":
			if last == "" && p.has("plural") {
				goto done // "آلاف القتلى": thousands, no number
			}
			if cur == 0 {
				cur = 1
			}
			total += cur * p.val
			cur = 0
		case "scale2":
			if cur != 0 || last != "" {
				goto done
			}
			total += p.val
		}
		last = p.unit
		j++
		if p.unit == "scale" || p.unit == "scale2" {
			// "ثلاثة آلاف و500": a scale closes the number unless و + more follows
			if j < len(toks) && !strings.HasPrefix(toks[j].Norm, "و") {
				break
			}
		}
	}
done:
	if j == i {
		return numMatch{}, i, false
	}
	return numMatch{Number: Number{Value: total + cur}}, j, true
}

// wordNumber looks a token up in the number words; after the first word a
// conjunction و may be attached ("وعشرين").
func wordNumber(t text.Token, later bool) *phrase {
	if ps := numberWords[t.Norm]; len(ps) > 0 && len(ps[0].words) == 1 {
		return ps[0]
	}
	if later && t.Prefix == "و" {
		if ps := numberWords[t.Bare]; len(ps) > 0 && len(ps[0].words) == 1 {
			return ps[0]
		}
	}
	return nil
}

// parseDigits parses a number written in ASCII digits (after
// normalisation) with thousands and decimal separators: "250", "1,000",
// "1.5", "3٫5", "1٬000". A comma followed by exactly three digits separates
// thousands; otherwise it is a decimal comma.
func parseDigits(n string) (float64, bool) {
	var intPart, frac float64
	scale := 0.0
	for i := 0; i < len(n); {
		c := n[i]
		switch {
		case c >= '0' && c <= '9':
			if scale > 0 {
				frac += float64(c-'0') * scale
				scale /= 10
			} else {
				intPart = intPart*10 + float64(c-'0')
			}
			i++
		case c == '.':
			scale = 0.1
			i++
		case c == ',':
			k := i + 1
			for k < len(n) && n[k] >= '0' && n[k] <= '9' {
				k++
			}
			if k-i-1 != 3 {
				scale = 0.1
			}
			i++
		case strings.HasPrefix(n[i:], "٫"):
			scale = 0.1
			i += len("٫")
		case strings.HasPrefix(n[i:], "٬"):
			i += len("٬")
		default:
			return 0, false
		}
	}
	return intPart + frac, true
}
