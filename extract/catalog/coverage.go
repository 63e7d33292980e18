package catalog

import (
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/newskg/kg/extract"
)

//go:embed regions.tsv
var regionsTSV string

// Region names of the coverage report for entities with no country and
// for countries regions.tsv does not list.
const (
	RegionInternational = "international"
	RegionOther         = "other"
)

// headRoles are the roles of heads of state and government.
var headRoles = map[string]bool{"president": true, "prime minister": true, "king": true, "emir": true,
	"sultan": true, "supreme leader": true, "chancellor": true}

// singleRoles are roles one person holds at a time for a country or body.
// (emir, sultan and secretary-general are left out: the data gives the
// rulers of the UAE's emirates and party leaders those roles of the
// country; the report notes them.)
var singleRoles = map[string]bool{"president": true, "prime minister": true, "king": true,
	"supreme leader": true, "chancellor": true, "foreign minister": true, "defence minister": true}

// notedRoles are single-holder roles whose crowding is noted, not failed.
var notedRoles = map[string]bool{"emir": true, "sultan": true, "secretary-general": true}

// Coverage is what the catalogue covers, per type and region.
type Coverage struct {
	Entries   int
	ByType    map[extract.EntityType]int            // type → entries
	ByRegion  map[string]map[extract.EntityType]int // region → type → entries
	Offices   int
	ByRole    map[string]int // role → offices
	OfficesIn map[string]int // region → offices
	Wikidata  int            // entries with a Wikidata id
	Arabic    int            // Arabic names over all entries
	Aliases   int            // English aliases over all entries
	// Scope lists the countries the catalogue must cover (regions.tsv),
	// each with its count of dated head-of-state/government offices.
	Scope map[string]int
	// Problems are violated invariants, one line each.
	Problems []string
	// Notes are doubtful data that violate no invariant.
	Notes []string
}

// regions returns country key → region, and the countries in scope.
func regions() (map[string]string, []string) {
	out := map[string]string{}
	var scope []string
	for _, line := range strings.Split(regionsTSV, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		out[f[0]] = f[1]
		if len(f) > 2 && f[2] == "scope" {
			scope = append(scope, f[0])
		}
	}
	return out, scope
}

// RegionOf returns the region of an entry: that of its country (a
// person's: the country of their first office), or international.
func (c *Catalog) RegionOf(e *Entry) string {
	reg, _ := regions()
	country := ""
	if co, ok := c.CountryOf(e.Key); ok {
		country = co.Key
	} else if e.Type == extract.Person {
		for _, o := range c.Offices(e.Key, time.Time{}) {
			if co, ok := c.CountryOf(o.Of); ok {
				country = co.Key
				break
			}
		}
	}
	if country == "" {
		return RegionInternational
	}
	if r, ok := reg[country]; ok {
		return r
	}
	return RegionOther
}

// Coverage counts the catalogue by type and region and checks its
// invariants: every country in scope is an entry with at least one head
// of state or government office; no single-holder role (president, prime
// minister, foreign minister…) has more than two holders on the same day
// (two: a hand-over within a year- or month-precise date). (Load already
// rejects an office that ends before it starts.)
func (c *Catalog) Coverage() *Coverage {
	cv := &Coverage{ByType: map[extract.EntityType]int{}, ByRegion: map[string]map[extract.EntityType]int{}, ByRole: map[string]int{},
		OfficesIn: map[string]int{}, Scope: map[string]int{}}
	for _, e := range c.entries {
		cv.Entries++
		cv.ByType[e.Type]++
		r := c.RegionOf(e)
		if cv.ByRegion[r] == nil {
			cv.ByRegion[r] = map[extract.EntityType]int{}
		}
		cv.ByRegion[r][e.Type]++
		if e.Wikidata != "" {
			cv.Wikidata++
		}
		cv.Arabic += len(e.Arabic)
		cv.Aliases += len(e.Aliases)
	}
	_, scope := regions()
	for _, k := range scope {
		if _, ok := c.byKey[k]; !ok {
			cv.Problems = append(cv.Problems, fmt.Sprintf("country in scope %q is no entry", k))
		}
		cv.Scope[k] = 0
	}
	for _, o := range c.offices {
		cv.Offices++
		cv.ByRole[o.Role]++
		region := RegionInternational
		if of, ok := c.byKey[o.Of]; ok {
			region = c.RegionOf(of)
		}
		cv.OfficesIn[region]++
		if _, ok := cv.Scope[o.Of]; ok && headRoles[o.Role] {
			cv.Scope[o.Of]++
		}
	}
	for k, n := range cv.Scope {
		if n == 0 {
			cv.Problems = append(cv.Problems, fmt.Sprintf("country in scope %q has no head of state or government office", k))
		}
	}
	cv.Problems = append(cv.Problems, c.crowdedOffices(singleRoles)...)
	cv.Notes = c.crowdedOffices(notedRoles)
	sort.Strings(cv.Problems)
	sort.Strings(cv.Notes)
	return cv
}

// crowdedOffices reports roles held by more than two people on a day
// (checked on the 1st of January and July, 2000–2025).
func (c *Catalog) crowdedOffices(roles map[string]bool) []string {
	var out []string
	seen := map[string]bool{}
	for key, idx := range c.byRoleOf {
		role, of, _ := strings.Cut(key, "\x00")
		if !roles[role] || len(idx) < 3 {
			continue
		}
		for y := 2000; y <= 2025; y++ {
			for _, m := range []time.Month{time.January, time.July} {
				at := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
				if hs := c.Holders(role, of, at); len(hs) > 2 && !seen[key] {
					seen[key] = true
					var names []string
					for _, h := range hs {
						names = append(names, h.Key)
					}
					out = append(out, fmt.Sprintf("%s of %s has %d holders on %s: %s", role, of, len(hs), at.Format("2006-01-02"), strings.Join(names, ", ")))
				}
			}
		}
	}
	return out
}

// Write prints the report as tables.
func (cv *Coverage) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "entries\t%d\toffices\t%d\twikidata\t%d\tarabic names\t%d\tenglish aliases\t%d\t\n", cv.Entries, cv.Offices, cv.Wikidata, cv.Arabic, cv.Aliases)
	fmt.Fprintln(tw)
	regions := sortedKeys(cv.ByRegion)
	fmt.Fprint(tw, "type\t")
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t", r)
	}
	fmt.Fprintln(tw, "all\t")
	for _, typ := range extract.EntityTypes {
		fmt.Fprintf(tw, "%s\t", typ)
		for _, r := range regions {
			fmt.Fprintf(tw, "%d\t", cv.ByRegion[r][typ])
		}
		fmt.Fprintf(tw, "%d\t\n", cv.ByType[typ])
	}
	fmt.Fprint(tw, "offices\t")
	for _, r := range regions {
		fmt.Fprintf(tw, "%d\t", cv.OfficesIn[r])
	}
	fmt.Fprintf(tw, "%d\t\n\n", cv.Offices)
	for _, role := range sortedKeys(cv.ByRole) {
		fmt.Fprintf(tw, "%s\t%d\t\n", role, cv.ByRole[role])
	}
	fmt.Fprintln(tw)
	for _, k := range sortedKeys(cv.Scope) {
		fmt.Fprintf(tw, "%s\t%d heads of state/government\t\n", k, cv.Scope[k])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, p := range cv.Problems {
		if _, err := fmt.Fprintln(w, "problem: "+p); err != nil {
			return err
		}
	}
	for _, p := range cv.Notes {
		if _, err := fmt.Fprintln(w, "note: "+p); err != nil {
			return err
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// GapRoles are the roles every country in scope has a holder of on any
// day (heads of state and government are checked apart, as one).
var GapRoles = []string{"foreign minister", "defence minister", "interior minister", "finance minister",
	"chief of staff", "intelligence chief", "central bank governor", "speaker"}

// Gaps lists, for each country in scope, the roles of GapRoles (and a head
// of state or government) with no holder on the given day: "country: role".
// An office of a body located in the country (its central bank, parliament,
// army) counts for the country. A gap may be real (a role a country does
// not have); the list is for the editor to check.
func (c *Catalog) Gaps(at time.Time) []string {
	_, scope := regions()
	held := map[string]bool{} // country + "\x00" + role
	for _, o := range c.offices {
		if !o.HeldAt(at) {
			continue
		}
		country := o.Of
		if of, ok := c.byKey[o.Of]; ok && of.Type != extract.Country && of.LocatedIn != "" {
			country = of.LocatedIn
		}
		role := o.Role
		if headRoles[role] {
			role = "head of state or government"
		}
		held[country+"\x00"+role] = true
	}
	var out []string
	for _, k := range scope {
		for _, r := range append([]string{"head of state or government"}, GapRoles...) {
			if !held[k+"\x00"+r] {
				out = append(out, k+": "+r)
			}
		}
	}
	return out
}
