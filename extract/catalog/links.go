package catalog

import (
	"fmt"
	"io/fs"
	"sort"
	"sync"
)

// Offices and governments are what the queries need of the catalogue to
// answer a question about a leader through what they lead (queries'
// leads link). OfficeTable reads just those from the embedded data,
// without the name index Default builds: about a tenth of its time, paid
// by every kg query that follows links.

// OfficeTable is the catalogue's dated offices and government entities.
type OfficeTable struct {
	// Offices lists every office (Person, Role, Of, From, To, Note), in
	// data order; their dates are checked by Load, not here.
	Offices []Office
	// Government maps a country's key to its government entity's key
	// (syria → syrian-government).
	Government map[string]string
}

var (
	officesOnce  sync.Once
	officesTable *OfficeTable
)

// DefaultOffices returns the offices and governments of the embedded data,
// read once. It panics if the embedded data is corrupt; the catalogue's
// tests guard against that.
func DefaultOffices() *OfficeTable {
	officesOnce.Do(func() {
		sub, err := fs.Sub(embedded, "data")
		if err == nil {
			officesTable, err = LoadOffices(sub)
		}
		if err != nil {
			panic(fmt.Sprintf("catalog: embedded data: %v", err))
		}
	})
	return officesTable
}

// LoadOffices reads the office tables (offices.tsv, offices-*.tsv) and the
// government column of the entity files at the root of fsys.
func LoadOffices(fsys fs.FS) (*OfficeTable, error) {
	names, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return nil, fmt.Errorf("list data files: %w", err)
	}
	sort.Strings(names)
	t := &OfficeTable{Government: map[string]string{}}
	for _, n := range names {
		if n == rolesFile {
			continue
		}
		rows, err := readRows(fsys, n)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			f := r.fields
			switch {
			case isOfficesFile(n):
				for len(f) < 6 {
					f = append(f, "")
				}
				t.Offices = append(t.Offices, Office{Person: f[0], Role: f[1], Of: f[2], From: f[3], To: f[4], Note: f[5]})
			case len(f) > colGovernment && f[colGovernment] != "":
				t.Government[f[colKey]] = f[colGovernment]
			}
		}
	}
	return t, nil
}
