package schema

import (
	"sync"

	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// arrow-go compresses each Parquet page with a zstd encoder from a
// sync.Pool, which the garbage collector empties: a run collects every few
// megabytes, so most parts were compressed by new encoders, each allocating
// its match table and a 1 MB history (zeroed) before its first page.
// zstdPages is arrow-go's zstd codec with page compression on encoders kept
// for good (a few, one per goroutine compressing at once). The encoders are
// made with arrow-go's options but one, and EncodeAll's output does not
// depend on what an encoder compressed before, so the pages are arrow-go's
// bytes but for that option (TestZstdPagesAsArrow); decoding and streams
// are arrow-go's.
//
// The option: frames without the content checksum (an xxhash64 of the page,
// optional in RFC 8878, a fortieth of writing a part). A file's integrity
// is the manifest's SHA-256 of its bytes (verified by `zhmetrics verify`);
// readers check the checksum only where a frame has one.
type zstdPages struct {
	zstdCodec
}

// zstdCodec is what arrow-go's zstd codec offers: block and stream
// encoding and decoding.
type zstdCodec interface {
	compress.ErrorCodec
	compress.StreamingCodec
}

func init() {
	if c, err := compress.GetCodec(compress.Codecs.Zstd); err == nil {
		if base, ok := c.(zstdCodec); ok {
			compress.RegisterCodec(compress.Codecs.Zstd, zstdPages{base})
		}
	}
}

// zstdEncoders are the idle encoders, by level.
var zstdEncoders struct {
	sync.Mutex
	idle map[zstd.EncoderLevel][]*zstd.Encoder
}

// maxIdleEncoders bounds the encoders kept per level (about 1.3 MB each).
const maxIdleEncoders = 4

// EncodeLevel is arrow-go's zstd EncodeLevel (the page compression the
// column writers call) on an encoder kept between pages (takeEncoder).
func (z zstdPages) EncodeLevel(dst, src []byte, level int) []byte {
	lvl := zstd.SpeedDefault // what arrow-go maps the default level to
	if level != compress.DefaultCompressionLevel {
		lvl = zstd.EncoderLevelFromZstd(level)
	}
	enc := takeEncoder(lvl)
	defer giveEncoder(lvl, enc)
	return enc.EncodeAll(src, dst[:0])
}

func takeEncoder(lvl zstd.EncoderLevel) *zstd.Encoder {
	e := &zstdEncoders
	e.Lock()
	if n := len(e.idle[lvl]); n > 0 {
		enc := e.idle[lvl][n-1]
		e.idle[lvl] = e.idle[lvl][:n-1]
		e.Unlock()
		return enc
	}
	e.Unlock()
	// arrow-go's options (parquet/compress/zstd.go), for the same frames,
	// and no checksum.
	enc, _ := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(lvl),
		zstd.WithEncoderConcurrency(1), zstd.WithAllLitEntropyCompression(true), zstd.WithEncoderCRC(false))
	return enc
}

func giveEncoder(lvl zstd.EncoderLevel, enc *zstd.Encoder) {
	e := &zstdEncoders
	e.Lock()
	defer e.Unlock()
	if len(e.idle[lvl]) >= maxIdleEncoders {
		return
	}
	if e.idle == nil {
		e.idle = map[zstd.EncoderLevel][]*zstd.Encoder{}
	}
	e.idle[lvl] = append(e.idle[lvl], enc)
}
