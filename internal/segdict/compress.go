package segdict

import (
	"fmt"
	"unsafe"

	"github.com/klauspost/compress/zstd"
)

// The binary embeds the dictionary compressed with zstd (the codec the
// Parquet writer links anyway): 6.7 MiB become 2.1 MiB of binary. Opening it
// decompresses it once into one allocation, a few milliseconds, and reads
// that in place as Open does.

// Compress gives the embedded form of a dictionary made by Build.
func Compress(blob []byte) ([]byte, error) {
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithEncoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer enc.Close()
	return enc.EncodeAll(blob, nil), nil
}

// Decompress gives back the dictionary of Compress, in one allocation.
func Decompress(z string) ([]byte, error) {
	src := unsafe.Slice(unsafe.StringData(z), len(z)) // read only
	var h zstd.Header
	if err := h.Decode(src); err != nil {
		return nil, fmt.Errorf("segmentation dictionary: %w", err)
	}
	if !h.HasFCS || h.FrameContentSize > 1<<30 {
		return nil, fmt.Errorf("segmentation dictionary: compressed without its size")
	}
	dec, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer dec.Close()
	b, err := dec.DecodeAll(src, make([]byte, 0, h.FrameContentSize))
	if err != nil {
		return nil, fmt.Errorf("segmentation dictionary: %w", err)
	}
	return b, nil
}

// OpenCompressed opens the embedded form of a dictionary.
func OpenCompressed(z string) (*Dict, error) {
	b, err := Decompress(z)
	if err != nil {
		return nil, err
	}
	return Open(unsafe.String(unsafe.SliceData(b), len(b))) // b is never written again
}
