package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Unit is one surface form of the unit table (data/units.tsv).
type Unit struct {
	Surface    string  // as written after the number: 亩, 千瓦时, 港币
	Canonical  string  // the unit the value is given in: 亩, 千瓦时, 港元
	Dimension  string  // currency, count, people, percent, area, ...
	Scale      float64 // canonical value = written number * Scale (成 → 10)
	BaseUnit   string  // where a conversion exists: 平方米, 米, 千克, 千瓦时
	BaseFactor float64 // base value = value * BaseFactor; 0 when BaseUnit is empty
}

//go:embed data/units.tsv
var unitsTSV string

// Units is the unit table, parsed once at start-up.
type Units struct {
	bySurface map[string]*Unit
	first     map[rune]bool // first runes of the surface forms
	maxRunes  int
	list      []*Unit
	byFirst   map[rune][]unitEntry // by first rune, longest first
	firstSet  runeFilter           // first, as a bitmap: most runes asked about start no unit
}

type unitEntry struct {
	rs []rune
	u  *Unit
}

var defaultUnits = mustParseUnits(unitsTSV)

// DefaultUnits returns the embedded unit table.
func DefaultUnits() *Units { return defaultUnits }

func mustParseUnits(src string) *Units {
	u, err := ParseUnits(src)
	if err != nil {
		panic(err)
	}
	return u
}

// ParseUnits reads a unit table in the format of data/units.tsv.
func ParseUnits(src string) (*Units, error) {
	t := &Units{bySurface: map[string]*Unit{}, first: map[rune]bool{}}
	for i, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("units.tsv:%d: want 6 tab-separated fields, got %d", i+1, len(f))
		}
		scale, err := strconv.ParseFloat(f[3], 64)
		if err != nil || scale <= 0 {
			return nil, fmt.Errorf("units.tsv:%d: bad scale %q", i+1, f[3])
		}
		u := &Unit{Surface: f[0], Canonical: f[1], Dimension: f[2], Scale: scale}
		if f[4] != "-" {
			u.BaseUnit = f[4]
			if u.BaseFactor, err = strconv.ParseFloat(f[5], 64); err != nil || u.BaseFactor <= 0 {
				return nil, fmt.Errorf("units.tsv:%d: bad base factor %q", i+1, f[5])
			}
		}
		if _, dup := t.bySurface[u.Surface]; dup {
			return nil, fmt.Errorf("units.tsv:%d: surface %q listed twice", i+1, u.Surface)
		}
		t.bySurface[u.Surface] = u
		t.list = append(t.list, u)
		t.first[[]rune(u.Surface)[0]] = true
		if n := len([]rune(u.Surface)); n > t.maxRunes {
			t.maxRunes = n
		}
	}
	if len(t.list) == 0 {
		return nil, fmt.Errorf("units.tsv: no units")
	}
	t.byFirst = map[rune][]unitEntry{}
	for _, u := range t.list {
		rs := []rune(u.Surface)
		t.byFirst[rs[0]] = append(t.byFirst[rs[0]], unitEntry{rs, u})
	}
	for _, es := range t.byFirst {
		slices.SortStableFunc(es, func(a, b unitEntry) int { return len(b.rs) - len(a.rs) })
	}
	t.firstSet = newRuneFilter(t.first)
	return t, nil
}

// Lookup returns the unit with exactly this surface form.
func (t *Units) Lookup(surface string) (*Unit, bool) {
	u, ok := t.bySurface[surface]
	return u, ok
}

// Match returns the longest unit that starts at rs[i], and its length in runes.
func (t *Units) Match(rs []rune, i int) (*Unit, int) {
	if i < 0 || i >= len(rs) || !t.firstSet.has(rs[i]) {
		return nil, 0
	}
	for _, e := range t.byFirst[rs[i]] {
		n := len(e.rs)
		if i+n > len(rs) || !slices.Equal(rs[i:i+n], e.rs) {
			continue
		}
		if i+n < len(rs) && isASCIILetter(rs[i+n-1]) && (isASCIILetter(rs[i+n]) || isASCIIDigit(rs[i+n])) {
			continue // 12min is no 12 m, 3GBps no 3 GB: a symbol ends where the letters do
		}
		return e.u, n
	}
	return nil, 0
}

// lookupRunes is Lookup of a surface given as runes.
func (t *Units) lookupRunes(rs []rune) (*Unit, bool) {
	if len(rs) == 0 || !t.firstSet.has(rs[0]) {
		return nil, false
	}
	for _, e := range t.byFirst[rs[0]] {
		if slices.Equal(rs, e.rs) {
			return e.u, true
		}
	}
	return nil, false
}

// All lists the units in table order.
func (t *Units) All() []*Unit { return t.list }
