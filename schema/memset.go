package schema

import (
	_ "unsafe" // go:linkname

	_ "github.com/apache/arrow-go/v18/arrow/memory" // the package whose memset is replaced
)

// arrowMemset is arrow-go's memory.Set kernel. Its Parquet writer zeroes
// every pooled buffer, whole capacity, each time one is given back (value
// and level buffers, for every column of every page), and the buffers grow
// to a page (1 MB). Built with noasm, as the binary is, the kernel is a byte
// loop: a third of the instructions of writing a part. clear is the
// runtime's memclr, the same zeros.
//
//go:linkname arrowMemset github.com/apache/arrow-go/v18/arrow/memory.memset
var arrowMemset func(b []byte, c byte)

func init() {
	set := arrowMemset // set by arrow-go's own init, which runs before this one
	if set == nil {
		// The linkname no longer names arrow-go's variable (renamed or
		// gone in a new version): it defines a variable of its own, nil,
		// and the build does not fail. Fail here, at every start.
		panic("schema: arrow-go's memory.memset not found; update the go:linkname in schema/memset.go")
	}
	arrowMemset = func(b []byte, c byte) {
		if c == 0 {
			clear(b)
			return
		}
		set(b, c)
	}
}
