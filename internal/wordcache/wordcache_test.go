package wordcache

import (
	"fmt"
	"testing"
)

func TestCache(t *testing.T) {
	var c Cache[int]
	if _, ok := c.Get("وزير"); ok {
		t.Fatal("empty cache has a value")
	}
	cases := []struct {
		key string
		v   int
	}{{"وزير", 1}, {"الرئيس", 2}, {"", 3}, {"Putin", 4}}
	for _, tc := range cases {
		c.Put(tc.key, tc.v)
	}
	for _, tc := range cases {
		if v, ok := c.Get(tc.key); !ok || v != tc.v {
			t.Errorf("Get(%q) = %d, %v; want %d", tc.key, v, ok, tc.v)
		}
		if v, ok := c.GetBytes([]byte(tc.key)); !ok || v != tc.v {
			t.Errorf("GetBytes(%q) = %d, %v; want %d", tc.key, v, ok, tc.v)
		}
	}
	c.Put("وزير", 5)
	if v, _ := c.Get("وزير"); v != 5 {
		t.Errorf("Put did not replace: %d", v)
	}
}

func TestCacheMax(t *testing.T) {
	c := Cache[int]{Max: 1}
	for i := 0; i < 200; i++ {
		c.Put(fmt.Sprint("w", i), i)
	}
	kept := 0
	for i := 0; i < 200; i++ {
		if v, ok := c.Get(fmt.Sprint("w", i)); ok {
			kept++
			if v != i {
				t.Errorf("w%d = %d", i, v)
			}
		}
	}
	if kept == 0 || kept > shards {
		t.Errorf("kept %d words with Max 1; want 1..%d", kept, shards)
	}
}
