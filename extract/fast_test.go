package extract

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestExactDecimal checks the shortcut of scanArabic and parseScaledDecimal
// against strconv.ParseFloat, which they used before, bit for bit.
func TestExactDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []string{"0", "0.3", "1", "9.29", "8.58", "36.02", "4503599627370495", "4503599627370496", "123456789012345678901", "0.000001", "1.0000000000000002"}
	for range 20000 {
		n := 1 + r.IntN(18)
		b := make([]byte, 0, n+1)
		for k := range n {
			b = append(b, byte('0'+r.IntN(10)))
			if k < n-1 && r.IntN(6) == 0 && !containsPoint(b) {
				b = append(b, '.')
			}
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		for exp := -25; exp <= 25; exp++ {
			v, ok := exactDecimal([]byte(c), exp)
			if !ok {
				continue
			}
			want, err := strconv.ParseFloat(c+"e"+strconv.Itoa(exp), 64)
			if err != nil || v != want {
				t.Fatalf("exactDecimal(%q, %d) = %v, strconv %v (%v)", c, exp, v, want, err)
			}
		}
	}
}

func containsPoint(b []byte) bool { return bytesIndexPoint(b) >= 0 }
