package schema

import (
	"testing"

	"github.com/apache/arrow-go/v18/arrow/memory"
)

// TestMemset holds arrow-go's memory.Set, with the kernel replaced in
// memset.go, to what it must do: every byte of the slice set to c, zero or
// not, and nothing outside the slice.
func TestMemset(t *testing.T) {
	for _, n := range []int{0, 1, 7, 64, 1000, 1 << 20} {
		for _, c := range []byte{0, 1, 0xff} {
			buf := make([]byte, n+2)
			for i := range buf {
				buf[i] = byte(i*7 + 3)
			}
			memory.Set(buf[1:n+1], c)
			if buf[0] != 3 || buf[n+1] != byte((n+1)*7+3) {
				t.Fatalf("n=%d c=%d: a byte outside the slice changed", n, c)
			}
			for i, b := range buf[1 : n+1] {
				if b != c {
					t.Fatalf("n=%d c=%d: byte %d is %d", n, c, i, b)
				}
			}
		}
	}
}

// TestMemsetReplaced holds that memory.Set calls arrowMemset, the variable
// memset.go replaces: if the linkname named another variable, Set would
// keep arrow-go's byte loop and TestMemset would still pass.
func TestMemsetReplaced(t *testing.T) {
	saved := arrowMemset
	defer func() { arrowMemset = saved }()
	called := false
	arrowMemset = func(b []byte, c byte) { called = true }
	memory.Set(make([]byte, 8), 0)
	if !called {
		t.Fatal("memory.Set does not call arrowMemset: the go:linkname in memset.go names another variable")
	}
}
