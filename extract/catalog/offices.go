package catalog

import (
	"fmt"
	"sort"
	"time"
)

// dayRange is a parsed office date: the calendar period it names ("2015"
// is the whole year) as [lo, hi) in UTC days, and its precision.
type dayRange struct {
	lo, hi time.Time
	day    bool // precision is one day
}

// parseDay parses "", "YYYY", "YYYY-MM" or "YYYY-MM-DD".
func parseDay(s string) (dayRange, error) {
	switch len(s) {
	case 0:
		return dayRange{}, nil
	case 4:
		t, err := time.Parse("2006", s)
		if err != nil {
			return dayRange{}, fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
		}
		return dayRange{lo: t, hi: t.AddDate(1, 0, 0)}, nil
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return dayRange{}, fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
		}
		return dayRange{lo: t, hi: t.AddDate(0, 1, 0)}, nil
	case 10:
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return dayRange{}, fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
		}
		return dayRange{lo: t, hi: t.AddDate(0, 0, 1), day: true}, nil
	}
	return dayRange{}, fmt.Errorf("bad date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
}

// end is the exclusive end of an office whose To is r: a day-precise To is
// the hand-over day, which belongs to the successor; a year or month To
// covers the whole period (the office may overlap its successor's).
func (r dayRange) end() time.Time {
	if r.lo.IsZero() {
		return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if r.day {
		return r.lo
	}
	return r.hi
}

// day truncates t to its calendar day (in t's own location) as UTC midnight.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// HeldAt reports whether the office was held on the calendar day of at; a
// zero at matches any time.
func (o Office) HeldAt(at time.Time) bool {
	if at.IsZero() {
		return true
	}
	d := day(at)
	if !o.from.lo.IsZero() && d.Before(o.from.lo) {
		return false
	}
	return d.Before(o.until.end())
}

// HolderOffices returns the offices of the given role of the entity of
// (both keys) held on the day of at (zero: at any time), oldest first.
func (c *Catalog) HolderOffices(role, of string, at time.Time) []Office {
	var out []Office
	for _, i := range c.byRoleOf[role+"\x00"+of] {
		if o := c.offices[i]; o.HeldAt(at) {
			out = append(out, o)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].from.lo.Before(out[j].from.lo) })
	return out
}

// Holders returns who held the office role of the entity of on the day of
// at (zero: at any time), oldest tenure first, each person once. Several
// holders come back when tenures overlap (a year-precise hand-over) or the
// office has several seats (spokespeople).
func (c *Catalog) Holders(role, of string, at time.Time) []*Entry {
	var out []*Entry
	seen := map[string]bool{}
	for _, o := range c.HolderOffices(role, of, at) {
		if !seen[o.Person] {
			seen[o.Person] = true
			out = append(out, c.byKey[o.Person])
		}
	}
	return out
}

// Offices returns the offices person held on the day of at (zero: every
// office ever held), in data order.
func (c *Catalog) Offices(person string, at time.Time) []Office {
	var out []Office
	for _, i := range c.byPerson[person] {
		if o := c.offices[i]; o.HeldAt(at) {
			out = append(out, o)
		}
	}
	return out
}

// AllOffices returns every office in the table, in data order.
func (c *Catalog) AllOffices() []Office { return c.offices }

// Roles returns the closed list of office roles ("president", "foreign
// minister", …), in data order.
func (c *Catalog) Roles() []string { return c.roles }

// RolePhrases returns the Arabic phrases that name a role (as written in
// roles.tsv, not normalised): "foreign minister" → وزير الخارجية, …
func (c *Catalog) RolePhrases(role string) []string { return c.roleNames[role] }

// LookupRole returns the roles a normalised Arabic phrase names
// (text.Normalize form): "وزير الخارجيه" → ["foreign minister"].
func (c *Catalog) LookupRole(norm string) []string { return c.roleIndex[norm] }

// RoleOf returns the key of the entity a normalised role phrase implies
// ("خادم الحرمين الشريفين" → "saudi-arabia", "المرشد الأعلى للثورة الإسلامية"
// → "iran"), or "" when the phrase needs a country or organisation named
// beside it.
func (c *Catalog) RoleOf(norm string) string { return c.roleOf[norm] }

// MaxRoleTokens is the length in tokens of the longest role phrase.
func (c *Catalog) MaxRoleTokens() int { return c.roleMax }
