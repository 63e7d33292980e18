package ar

import "github.com/newskg/kg/extract"

// The members of a body named by its meeting: "اجتماع لجنة متابعة مبادرة
// السلام العربية" names the committee inside the event, and "الاجتماع
// الذي يضم تونس والأردن" (the meeting, named again later) lists the
// committee's members. noteEventBodies remembers each event's body, so
// that a later mention of the event by its head noun can give it back.

// noteEventBodies records the body inside each event mention of the
// sentence.
func (d *docState) noteEventBodies(st *sentState) {
	for _, m := range st.ments {
		if m.inner == "" || m.typ != extract.Event {
			continue
		}
		if d.eventBody == nil {
			d.eventBody = map[string]string{}
		}
		d.eventBody[m.key] = m.inner
	}
}

// meetingBody returns the mention of the body whose meeting m names (the
// committee of "اجتماع اللجنة"), as a mention over m's tokens, or m itself
// (nil stays nil).
func (d *docState) meetingBody(m *mention) *mention {
	if m == nil || m.typ != extract.Event {
		return m
	}
	body := m.inner
	if body == "" {
		body = d.eventBody[m.key]
	}
	if body == "" {
		return m
	}
	return &mention{s: m.s, e: m.e, key: body, typ: d.typeOf(body)}
}
