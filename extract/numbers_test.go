package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"0", 0},
		{"1234", 1234},
		{"1,234.5", 1234.5},
		{"10,000,000", 1e7},
		{"0.3", 0.3},
		{".77", 0.77}, // a leading point: the zero left out
		{".5万", 5000},
		{"8.58亿", 8.58e8},
		{"1.08万", 10800},
		{"3千万", 3e7},
		{"4500亿", 4.5e11},
		{"795.3亿", 7.953e10},
		{"十", 10},
		{"十二", 12},
		{"二十", 20},
		{"一百零一", 101},
		{"两千三百万", 2.3e7},
		{"一亿零五百万", 1.05e8},
		{"三点五", 3.5},
		{"零点五", 0.5},
		{"四百", 400},
		{"千", 1000},
		{"百", 100},
		{"千亿", 1e11},
		{"万", 1e4},
		{"二〇二四", 2024},
		{"六二八億", 6.28e10},
		{"一一○億", 1.1e10},
		{"五二六一·八億", 5.2618e11},
		{"卅七‧九", 37.9},
		{"七二九.二億", 7.292e10},
		{"十五.八", 15.8},
		{"十八・八", 18.8},
		{"三千五", 3500},
		{"一万二", 12000},
		{"九百九", 990},
		{"一千零五", 1005},
		{"四亿五千六百四十二万零一十五", 456420015},
		{"萬", 1e4},
		{"貳萬", 2e4},
		{"兩千", 2000},
		{"參拾", 30},
		{"壹佰伍拾", 150},
		{"三點五", 3.5},
		{"十萬柒仟捌佰伍拾肆", 107854},
		{"4.78万亿", 4.78e12},
		{"四万万", 4e8},
		{"三○五二点四亿", 3.0524e11},
		{"二〇一九", 2019},
		{"一九九八", 1998},
		{"廿三", 23},
		{"卅", 30},
		{"三百卌", 340},
		{"5 221万", 5.221e7},
		{"1 033.23万", 10332300},
		{"两个亿", 2e8},
		{"150 亿", 1.5e10},
		{"233,333，333,434.344", 233333333434.344},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseNumber(tt.in)
			require.NoError(t, err)
			assert.InDelta(t, tt.want, got, 1e-9*max(1, tt.want))
		})
	}
}

func TestParseNumberErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrSyntax},
		{"abc", ErrSyntax},
		{"1.2.3", ErrSyntax},
		{"..77", ErrSyntax},
		{".", ErrSyntax},
		{"12三", ErrSyntax},
		{"点", ErrSyntax},
		{"三点", ErrSyntax},
		{strings.Repeat("9", 400), ErrRange},
		{"九九九九九九亿亿", ErrSyntax},
		{"二〇二四万亿", ErrSyntax}, // positional digits take one multiplier, the last (六二八億 is 628亿)
		{"1" + strings.Repeat("0", 25), ErrRange},
		{"一万亿亿亿", ErrRange},
		{"三两", ErrSyntax}, // two or three, never 32
		{"两三", ErrSyntax},
		{"五一", ErrSyntax}, // May Day, not 51
		{"三八", ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.in[:min(len(tt.in), 20)], func(t *testing.T) {
			_, err := ParseNumber(tt.in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.want), "got %v, want %v", err, tt.want)
			var ne *NumError
			require.ErrorAs(t, err, &ne)
			assert.Equal(t, "ParseNumber", ne.Func)
			assert.Contains(t, err.Error(), "extract.ParseNumber: parsing")
		})
	}
}

func TestParseFraction(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"三分之一", 100.0 / 3},
		{"四分之一", 25},
		{"百分之五十", 50},
		{"百分之零点五", 0.5},
		{"百分之百", 100},
		{"千分之三", 0.3},
		{"十分之七", 70},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseFraction(tt.in)
			require.NoError(t, err)
			assert.InDelta(t, tt.want, got, 1e-9)
		})
	}
	for _, bad := range []string{"三分", "分之一", "零分之一", "三分之"} {
		_, err := ParseFraction(bad)
		assert.Error(t, err, bad)
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"8.58亿", "两千三百万", "1,234.5", "九九九九九九亿亿", "三点五"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(s)
		if err == nil && (v != v || v > MaxValue || v < -MaxValue) {
			t.Fatalf("ParseNumber(%q) = %v without error", s, v)
		}
	})
}

// isCapitalOnly and isCapitalThree, switches on the hot path, answer as the
// maps they stand for, on every rune of the Basic Multilingual Plane.
func TestIsCapitalOnlyIsTheMap(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if isCapitalOnly(r) != capitalOnly[r] || isCapitalThree(r) != capitalThree[r] {
			t.Fatalf("%q: isCapitalOnly %v, map %v; isCapitalThree %v, map %v", r, isCapitalOnly(r), capitalOnly[r], isCapitalThree(r), capitalThree[r])
		}
	}
}
