package pipeline

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/simplifiedchinese"
	utf16 "golang.org/x/text/encoding/unicode"
)

// Encodings reported in the documents table.
const (
	EncUTF8    = "utf-8"
	EncUTF8BOM = "utf-8-bom"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
	EncGB18030 = "gb18030"
)

// DecodeError says why a document's bytes are not text we read.
type DecodeError struct {
	Reason string
	Offset int // byte offset of the first bad byte, -1 when not about one place
}

func (e *DecodeError) Error() string {
	if e.Offset >= 0 {
		return fmt.Sprintf("%s at byte %d", e.Reason, e.Offset)
	}
	return e.Reason
}

// Decode turns a document's bytes into text: UTF-8 with or without a BOM,
// UTF-16 with a BOM, or GB18030 (a superset of GBK and GB2312). Binary data,
// UTF-8 with broken sequences and bytes that decode to no Chinese text are
// errors.
func Decode(raw []byte) (text, encoding string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xef, 0xbb, 0xbf}):
		raw, encoding = raw[3:], EncUTF8BOM
	case bytes.HasPrefix(raw, []byte{0xff, 0xfe}), bytes.HasPrefix(raw, []byte{0xfe, 0xff}):
		return decodeUTF16(raw)
	default:
		encoding = EncUTF8
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return "", "", &DecodeError{Reason: "binary data (NUL byte)", Offset: i}
	}
	if valid, runes, controls, first := scanUTF8(raw); valid {
		if binaryControls(controls, runes) {
			return "", "", &DecodeError{Reason: "binary data (control characters)", Offset: first}
		}
		return string(raw), encoding, nil
	}
	bad, first := invalidUTF8(raw)
	// UTF-8 that breaks after some good Chinese (a truncated or damaged file)
	// is broken UTF-8, not GBK: GBK is invalid UTF-8 from its first character.
	if encoding == EncUTF8BOM || bad*20 < nonASCII(raw) || multiByteRunes(raw[:first]) >= 3 {
		return "", "", &DecodeError{Reason: fmt.Sprintf("invalid UTF-8 (%d bad byte(s))", bad), Offset: first}
	}
	s, derr := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if derr != nil || !looksChinese(string(s)) {
		return "", "", &DecodeError{Reason: "neither UTF-8 nor GB18030 Chinese text", Offset: first}
	}
	text = string(s)
	if i := controlAt(text); i >= 0 {
		return "", "", &DecodeError{Reason: "binary data (control characters)", Offset: -1}
	}
	return text, EncGB18030, nil
}

// decodeSource is Decode that also reads the text as runes (readSource).
// UTF-8 is checked by the pass that reads its runes (Decode's scanUTF8
// would read it once more); anything else (a UTF-16 BOM, a NUL byte, a
// broken byte, which stops that pass) is left to Decode.
func decodeSource(raw []byte) (sourceText, string, error) { return new(scratch).decodeSource(raw) }

// decodeSource is decodeSource that reads the runes into the scratch.
// The text of UTF-8 bytes is raw itself, not a copy (a copy of every
// document was a tenth of the bytes Process allocated): the caller must not
// let it outlive raw, nor change raw while it is read (Process copies the
// strings a document keeps).
func (sc *scratch) decodeSource(raw []byte) (sourceText, string, error) {
	body, encoding := raw, EncUTF8
	if rest, ok := bytes.CutPrefix(raw, []byte{0xef, 0xbb, 0xbf}); ok {
		body, encoding = rest, EncUTF8BOM
	}
	utf16BOM := bytes.HasPrefix(raw, []byte{0xff, 0xfe}) || bytes.HasPrefix(raw, []byte{0xfe, 0xff})
	if !utf16BOM && bytes.IndexByte(body, 0) < 0 {
		text := unsafe.String(unsafe.SliceData(body), len(body))
		if rs, at, valid, ctl := decodeRunes(text, false, sc.runes, sc.at); valid {
			sc.runes, sc.at = rs, at
			if binaryControls(ctl.count, len(rs)) {
				return sourceText{}, "", &DecodeError{Reason: "binary data (control characters)", Offset: ctl.first}
			}
			return sourceText{text: text, runes: rs, at: at}, encoding, nil
		}
	}
	text, encoding, err := Decode(raw)
	if err != nil {
		return sourceText{}, "", err
	}
	return sc.readSource(text), encoding, nil
}

func decodeUTF16(raw []byte) (string, string, error) {
	enc, name := utf16.UTF16(utf16.LittleEndian, utf16.ExpectBOM), EncUTF16LE
	if raw[0] == 0xfe {
		enc, name = utf16.UTF16(utf16.BigEndian, utf16.ExpectBOM), EncUTF16BE
	}
	s, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", "", &DecodeError{Reason: "invalid " + name + ": " + err.Error(), Offset: -1}
	}
	return string(s), name, nil
}

// invalidUTF8 counts broken UTF-8 sequences and returns where the first one is.
func invalidUTF8(raw []byte) (count, first int) {
	first = -1
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n <= 1 {
			count++
			if first < 0 {
				first = i
			}
		}
		i += max(n, 1)
	}
	return
}

func multiByteRunes(b []byte) int {
	n := 0
	for _, r := range string(b) {
		if r >= 0x80 {
			n++
		}
	}
	return n
}

func nonASCII(raw []byte) int {
	n := 0
	for _, b := range raw {
		if b >= 0x80 {
			n++
		}
	}
	return n
}

// looksChinese reports whether decoded text is mostly Han and common
// punctuation among its non-ASCII characters, as real GBK text is.
func looksChinese(s string) bool {
	han, other := 0, 0
	for _, r := range s {
		switch {
		case r < 0x80:
		case r == utf8.RuneError:
			return false
		case unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef:
			han++
		default:
			other++
		}
	}
	return han > 0 && other*5 <= han
}

// controlAt returns the byte offset of the first control character that text
// does not have (anything but tab, LF, CR, FF), or -1. A few are tolerated
// only when they are rare (binaryControls).
func controlAt(s string) int {
	if count, first := countControls(s); binaryControls(count, utf8.RuneCountInString(s)) {
		return first
	}
	return -1
}

// countControls counts the control characters of s (isControl, single
// bytes, never inside a character) and finds the first (-1: none); eight
// bytes without one are passed at once.
func countControls(s string) (count, first int) {
	first = -1
	for i := 0; i < len(s); {
		if i+8 <= len(s) && noControl(le64(s[i:])) {
			i += 8
			continue
		}
		for end := min(i+8, len(s)); i < end; i++ {
			if isControl(s[i]) {
				count++
				if first < 0 {
					first = i
				}
			}
		}
	}
	return count, first
}

// noControl tells whether none of the eight bytes of w is a control
// character other than tab, LF, CR and FF: no byte below 0x20 and no DEL
// (the tests for a byte below n and for a zero byte, exact as yes or no
// whatever the other bytes).
func noControl(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below20 := (w - 0x20*ones) &^ w & highs
	v := w ^ 0x7f*ones // a zero byte for each DEL
	return below20 == 0 && (v-ones)&^v&highs == 0
}

// isControl tells the control characters text does not have: all but tab,
// LF, CR and FF.
func isControl(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f
}

// binaryControls tells whether count control characters among runes
// characters make binary data: more than one in a thousand.
func binaryControls(count, runes int) bool { return count > 0 && count*1000 > runes }

// scanUTF8 reads raw once for Decode: whether it is valid UTF-8 and, if
// it is, its number of runes and its control characters (isControl), and
// where the first of them is (-1: none). It is utf8.Valid, utf8.RuneCount
// and controlAt in one pass: eight ASCII bytes without a control
// character are passed at once, and characters of three bytes (Chinese)
// are checked inline (as in decodeRunes).
func scanUTF8(raw []byte) (valid bool, runes, controls, first int) {
	first = -1
	for i := 0; i < len(raw); runes++ {
		x := raw[i]
		if x < utf8.RuneSelf && i+8 <= len(raw) {
			if w := binary.LittleEndian.Uint64(raw[i:]); w&0x8080808080808080 == 0 && noControl(w) { // eight plain ASCII bytes
				runes, i = runes+7, i+8
				continue
			}
		}
		switch {
		case x < utf8.RuneSelf:
			if isControl(x) {
				controls++
				if first < 0 {
					first = i
				}
			}
			i++
		case len(raw)-i >= 3 && threeBytes(x, raw[i+1], raw[i+2]):
			i += 3
		default:
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 {
				return false, 0, 0, -1
			}
			i += size
		}
	}
	return true, runes, controls, first
}
