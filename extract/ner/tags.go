package ner

// Tags are the BIO labels the model predicts, in model order.
var Tags = []string{"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// Types are the entity types, in the order of Tags.
var Types = []string{"PERS", "LOC", "ORG", "MISC"}

const nTags = 9

func tagIndex(tag string) (int, bool) {
	for i, t := range Tags {
		if t == tag {
			return i, true
		}
	}
	return 0, false
}

// isB and isI report the prefix of tag index t; typeOf gives its type index
// (0..3), -1 for O.
func isB(t int) bool   { return t > 0 && t%2 == 1 }
func isI(t int) bool   { return t > 0 && t%2 == 0 }
func typeOf(t int) int { return (t - 1) / 2 }

// allowed reports whether tag b may follow tag a under BIO: I-X only after
// B-X or I-X. a == -1 means sentence start.
func allowed(a, b int) bool {
	if !isI(b) {
		return true
	}
	return a > 0 && typeOf(a) == typeOf(b)
}

// prevTags[t] and nextTags[t] list, in increasing order, the tags that may
// come before and after tag t.
var prevTags, nextTags = func() (prev, next [nTags][]int) {
	for a := 0; a < nTags; a++ {
		for b := 0; b < nTags; b++ {
			if allowed(a, b) {
				next[a] = append(next[a], b)
				prev[b] = append(prev[b], a)
			}
		}
	}
	return prev, next
}()

// repairBIO rewrites an I-X that follows O or another type as B-X (the CoNLL
// reading), so that training data obeys the decoder's constraints.
func repairBIO(tags []int) {
	prev := -1
	for i, t := range tags {
		if isI(t) && !allowed(prev, t) {
			tags[i] = t - 1
		}
		prev = tags[i]
	}
}
