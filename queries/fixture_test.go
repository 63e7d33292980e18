package queries

import (
	"testing"

	"github.com/newskg/kg/graph"
	"github.com/newskg/kg/queries/querytest"
)

const weirdName = querytest.WeirdName

func fixtureStore(t testing.TB) *graph.Store { return querytest.Store(t) }
