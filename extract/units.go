package extract

import (
	_ "embed"
	"fmt"
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
	return t, nil
}

// Lookup returns the unit with exactly this surface form.
func (t *Units) Lookup(surface string) (*Unit, bool) {
	u, ok := t.bySurface[surface]
	return u, ok
}

// Match returns the longest unit that starts at rs[i], and its length in runes.
func (t *Units) Match(rs []rune, i int) (*Unit, int) {
	if i < 0 || i >= len(rs) || !t.first[rs[i]] {
		return nil, 0
	}
	var buf [64]byte
	for n := min(t.maxRunes, len(rs)-i); n > 0; n-- {
		if u, ok := t.bySurface[string(appendRunes(buf[:0], rs[i:i+n]))]; ok {
			if i+n < len(rs) && isASCIILetter(rs[i+n-1]) && (isASCIILetter(rs[i+n]) || isASCIIDigit(rs[i+n])) {
				continue // 12min is no 12 m, 3GBps no 3 GB: a symbol ends where the letters do
			}
			return u, n
		}
	}
	return nil, 0
}

// All lists the units in table order.
func (t *Units) All() []*Unit { return t.list }
