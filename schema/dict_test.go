package schema

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oracleDictionary is the dictionary as it was built before the address
// cache (dictScratch.lookUp): every value hashed, in a map.
func oracleDictionary(vals []string) (dict []string, idx []int32) {
	index := map[string]int32{}
	for _, s := range vals {
		k, ok := index[s]
		if !ok {
			k = int32(len(dict))
			index[s] = k
			dict = append(dict, s)
		}
		idx = append(idx, k)
	}
	return dict, idx
}

// lookUp gives the indices and dictionary of a map alone, for values that
// share their bytes' address (prefixes of one string: same address, other
// lengths), equal values at other addresses, empty strings, and more
// distinct addresses than the cache has slots (so slots are overwritten).
func TestDictLookUpAsMap(t *testing.T) {
	text := strings.Repeat("上半年全区实现地区生产总值亿元同比增长", 4)
	units := []string{"元", "亿元", "万人", "%", "", "平方米"}
	rng := rand.New(rand.NewPCG(3, 4))
	var vals []string
	for i := 0; i < 20000; i++ {
		switch rng.IntN(5) {
		case 0: // a prefix of the text: one address, many lengths
			vals = append(vals, text[:rng.IntN(len(text))])
		case 1: // a unit, one string each
			vals = append(vals, units[rng.IntN(len(units))])
		case 2: // a unit's copy, at its own address
			vals = append(vals, strings.Clone(units[rng.IntN(len(units))]))
		case 3: // one of many distinct strings
			vals = append(vals, fmt.Sprint("期间", rng.IntN(300)))
		default: // a substring from anywhere in the text
			a := rng.IntN(len(text))
			vals = append(vals, text[a:a+rng.IntN(len(text)-a)])
		}
	}
	wantDict, wantIdx := oracleDictionary(vals)
	ds := &dictScratch{index: map[string]int32{}}
	idx := make([]int32, len(vals))
	for i, s := range vals {
		idx[i] = ds.lookUp(s)
	}
	require.Equal(t, wantIdx, idx)
	dict := make([]string, len(ds.values))
	for i, v := range ds.values {
		dict[i] = string(v)
	}
	assert.Equal(t, wantDict, dict)
	assert.Greater(t, len(dict), 300) // the test can fail: many distinct values
}
