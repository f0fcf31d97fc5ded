package extract

// runeFilter is an exact set of runes: a bitmap for the Basic Multilingual
// Plane, where nearly all are, and a map for the rest. The scanners test
// every rune of a sentence against a few such sets.
type runeFilter struct {
	bmp   *[0x10000 / 64]uint64
	other map[rune]bool
}

func newRuneFilter(m map[rune]bool) runeFilter {
	f := runeFilter{bmp: new([0x10000 / 64]uint64), other: map[rune]bool{}}
	for r, ok := range m {
		if !ok {
			continue
		}
		if r >= 0 && r < 0x10000 {
			f.bmp[r>>6] |= 1 << (r & 63)
		} else {
			f.other[r] = true
		}
	}
	return f
}

func (f runeFilter) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return f.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return f.other[r]
}

// next returns the first offset from k on whose rune is in f, or len(rs).
// The bitmap is held in a local, so that the loop reads only the runes.
func (f runeFilter) next(rs []rune, k int) int {
	bmp := f.bmp
	for ; k < len(rs); k++ {
		if r := rs[k]; uint32(r) < 0x10000 {
			if bmp[r>>6]&(1<<(r&63)) != 0 {
				return k
			}
		} else if f.other[r] {
			return k
		}
	}
	return len(rs)
}

// runeBloom is a small filter of runes: no rune added is ever reported
// absent; a few others may be reported present (then the caller's map says
// no). It spares a map look-up for most runes of running text.
type runeBloom [16]uint64

func (b *runeBloom) add(r rune) { b[(r>>6)&15] |= 1 << (r & 63) }

func (b *runeBloom) mayHave(r rune) bool { return b[(r>>6)&15]&(1<<(r&63)) != 0 }
