package schema

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/apache/arrow-go/v18/parquet/compress"
)

// TestZstdPagesAsArrow holds the registered zstd codec's pages to arrow-go's
// own codec (the oracle, kept inside zstdPages): the same bytes but for the
// content checksum (its flag in the frame header, its four bytes at the
// end), for pages of one block and of several, text and noise, at the levels
// a writer may ask, one encoder compressing page after page; and arrow-go
// decodes them.
func TestZstdPagesAsArrow(t *testing.T) {
	c, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		t.Fatal(err)
	}
	z, ok := c.(zstdPages)
	if !ok {
		t.Fatalf("zstd codec is %T, not zstdPages", c)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var text bytes.Buffer
	for i := 0; text.Len() < 1<<20; i++ {
		fmt.Fprintf(&text, "上半年全区实现地区生产总值%d亿元，同比增长%d.%d%%。", rng.IntN(5000), i%13, i%7)
	}
	noise := make([]byte, 300<<10)
	for i := range noise {
		noise[i] = byte(rng.Uint32())
	}
	for _, level := range []int{zstdLevel, 3, compress.DefaultCompressionLevel} {
		for _, n := range []int{1, 100, 4 << 10, 128 << 10, 128<<10 + 1, 700 << 10, 1 << 20} {
			for _, src := range [][]byte{text.Bytes()[:n], noise[:min(n, len(noise))]} {
				want := withoutChecksum(t, z.zstdCodec.EncodeLevel(nil, src, level))
				dst := make([]byte, 0, c.CompressBound(int64(len(src))))
				got := c.EncodeLevel(dst, src, level)
				if !bytes.Equal(got, want) {
					t.Fatalf("level %d, %d bytes: %d bytes compressed, arrow-go's %d without its checksum", level, len(src), len(got), len(want))
				}
				if back := c.Decode(nil, got); !bytes.Equal(back, src) {
					t.Fatalf("level %d, %d bytes: decoded %d bytes, not the page", level, len(src), len(back))
				}
			}
		}
	}
}

// withoutChecksum is a zstd frame with its content checksum taken out: the
// flag in the frame header descriptor (after the 4-byte magic number), and
// the 4 bytes that end the frame.
func withoutChecksum(t *testing.T, frame []byte) []byte {
	const checksumFlag = 1 << 2
	if len(frame) < 9 || frame[4]&checksumFlag == 0 {
		t.Fatalf("arrow-go's frame has no checksum: % x", frame[:min(len(frame), 9)])
	}
	out := bytes.Clone(frame[:len(frame)-4])
	out[4] &^= checksumFlag
	return out
}

// TestZstdEncodersKept checks that the encoders outlive a collection: a
// page compressed after runtime.GC allocates almost nothing (a new encoder
// allocates its tables and history, thousands of bytes in many objects).
func TestZstdEncodersKept(t *testing.T) {
	c, _ := compress.GetCodec(compress.Codecs.Zstd)
	src := bytes.Repeat([]byte("地区生产总值 512.6亿元 "), 20000)
	dst := make([]byte, 0, c.CompressBound(int64(len(src))))
	c.EncodeLevel(dst, src, zstdLevel)
	allocs := testing.AllocsPerRun(5, func() {
		runtime.GC()
		runtime.GC()
		c.EncodeLevel(dst, src, zstdLevel)
	})
	if allocs > 2 {
		t.Errorf("%.0f allocations a page after a collection", allocs)
	}
}
