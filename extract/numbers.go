package extract

import (
	"errors"
	"math"
	"slices"
	"strconv"
	"strings"
)

// MaxValue is the largest magnitude ParseNumber accepts. Nothing a text
// reports comes near it (world GDP is about 1e14 dollars; national accounts in
// the weakest currencies reach 1e17); larger values are garbage.
const MaxValue = 1e24

// ErrSyntax and ErrRange are the reasons ParseNumber fails, as in strconv.
var (
	ErrSyntax = errors.New("invalid syntax")
	ErrRange  = errors.New("value out of range")
)

// NumError records a failed conversion, like strconv.NumError.
type NumError struct {
	Func string // the failing function (ParseNumber, ParseFraction)
	Num  string // the input
	Err  error  // ErrSyntax or ErrRange
}

func (e *NumError) Error() string {
	return "extract." + e.Func + ": parsing " + strconv.Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

var cnDigits = map[rune]float64{
	'零': 0, '〇': 0, '○': 0,
	'一': 1, '壹': 1, '幺': 1,
	'二': 2, '两': 2, '兩': 2, '倆': 2, '俩': 2, '贰': 2, '貳': 2,
	'三': 3, '叁': 3, '叄': 3, // 参 and 參: capitalThreeAt
	'四': 4, '肆': 4,
	'五': 5, '伍': 5,
	'六': 6, '陆': 6, '陸': 6,
	'七': 7, '柒': 7,
	'八': 8, '捌': 8,
	'九': 9, '玖': 9,
}

// capitalThree are the forms of the capital three that are also common
// characters (参加, 参与, 人参, 參考): capitalThreeAt says where they are 3.
var capitalThree = map[rune]bool{'参': true, '參': true}

// capitalOnly are the numerals written only in capital amounts (壹 … 玖,
// 拾 佰 仟), not in running text: next to one, 参 is the capital three.
var capitalOnly = map[rune]bool{
	'壹': true, '贰': true, '貳': true, '叁': true, '叄': true, '参': true, '參': true, '肆': true, '伍': true,
	'陆': true, '陸': true, '柒': true, '捌': true, '玖': true, '拾': true, '佰': true, '仟': true,
}

// isCapitalOnly reports whether r is written only in capital amounts: the
// keys of capitalOnly, as a switch (it is asked of every rune of a number's
// run; TestIsCapitalOnlyIsTheMap holds the two together).
func isCapitalOnly(r rune) bool {
	if r < '仟' || r > '陸' {
		return false
	}
	switch r {
	case '壹', '贰', '貳', '叁', '叄', '参', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟':
		return true
	}
	return false
}

// isCapitalThree reports whether r is 参 or 參 (the keys of capitalThree).
func isCapitalThree(r rune) bool { return r == '参' || r == '參' }

// apartFromArabic reports whether the numerals a and b, side by side in
// that order, are never one number: a capital numeral never combines with
// Arabic digits (大陸33.5% is 大陸 and 33.5%; 陆3 no 63), while a capital
// multiplier after Arabic digits is their scale (5仟元).
func apartFromArabic(a, b rune) bool {
	return isCapitalOnly(a) && isASCIIDigit(b) || isASCIIDigit(a) && isCapitalOnly(b) && !isCnSmall(b)
}

// capitalThreeAt reports whether rs[k] is 参 or 參 read as 3: inside a capital
// amount, before another capital numeral or a big scale (贰万参仟, 參拾, 参万元),
// after a capital numeral (壹佰参), or between 零 or a big scale and 元 (壹萬零參元).
// Elsewhere it is the common character (参加, 人参, 万参观者, 参股).
func capitalThreeAt(rs []rune, k int) bool {
	if k < 0 || k >= len(rs) || !isCapitalThree(rs[k]) {
		return false
	}
	var prev, next rune
	if k > 0 {
		prev = rs[k-1]
	}
	if k+1 < len(rs) {
		next = rs[k+1]
	}
	switch {
	case next != 0 && (isCapitalOnly(next) && !isCapitalThree(next) || isCnBig(next)):
		return true
	case prev != 0 && isCapitalOnly(prev) && !isCapitalThree(prev):
		return true
	}
	return (prev == '零' || prev != 0 && isCnBig(prev)) && (next == '元' || next == '圆' || next == '圓')
}

// readCapitalThree writes 参 and 參 as 叁 for parseNumber, which reads only
// numbers its callers found (capitalThreeAt); rs is not changed.
func readCapitalThree(rs []rune) []rune {
	for k, r := range rs {
		if isCapitalThree(r) {
			out := append([]rune{}, rs...)
			for j := k; j < len(out); j++ {
				if isCapitalThree(out[j]) {
					out[j] = '叁'
				}
			}
			return out
		}
	}
	return rs
}

// cnTens are the single characters for twenty, thirty and forty (廿三 = 23):
// parseNumber spells them out.
var cnTens = map[rune]string{'廿': "二十", '卅': "三十", '卌': "四十"}

// cnSmall are the multipliers inside a section (十 百 千); cnBig close a section.
var cnSmall = map[rune]float64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}
var cnBig = map[rune]float64{'万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12}

// Rune classes, looked up in a table: the scanners ask for every rune.
const (
	classCnDigit = 1 << iota
	classCnSmall
	classCnBig
	classCnTens
)

var runeClass = func() map[rune]uint8 {
	m := map[rune]uint8{}
	for r := range cnDigits {
		m[r] |= classCnDigit
	}
	for r := range cnSmall {
		m[r] |= classCnSmall
	}
	for r := range cnBig {
		m[r] |= classCnBig
	}
	for r := range cnTens {
		m[r] |= classCnTens
	}
	return m
}()

// classTable holds runeClass for the Basic Multilingual Plane: the scanners
// ask for every rune, most of them not numerals (，（ and the like), and a
// table answers without a map look-up.
var classTable = func() *[0x10000]uint8 {
	var t [0x10000]uint8
	for r, c := range runeClass {
		if r >= 0 && r < 0x10000 {
			t[r] = c
		}
	}
	return &t
}()

func classOf(r rune) uint8 {
	if r >= 0 && r < 0x10000 {
		return classTable[r]
	}
	return runeClass[r]
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
func isCnDigit(r rune) bool    { return classOf(r)&classCnDigit != 0 }
func isCnSmall(r rune) bool    { return classOf(r)&classCnSmall != 0 }
func isCnBig(r rune) bool      { return classOf(r)&classCnBig != 0 }
func isCnPoint(r rune) bool    { return r == '点' || r == '點' }

// isDigitPoint reports whether r is a point that Taiwan releases write as the
// decimal point between Chinese digits: a middle dot (七四三七·三億, 卅七‧九%)
// or a full stop, the full-width ． that normalisation makes '.'
// (七二九．二億, 十五．八％ → 七二九.二億, 十五.八%). Between Chinese digits it
// is read as 点 is.
func isDigitPoint(r rune) bool { return r == '·' || r == '‧' || r == '・' || r == '.' }

// isPointAt reports whether rs[j] is a decimal point of a Chinese numeral: 点,
// 點, or a middle dot or full stop between Chinese digits (四·七, 廿四‧六,
// 七二九.二; never 吨·公里, nor the point of 三.5).
func isPointAt(rs []rune, j int) bool {
	if isCnPoint(rs[j]) {
		return true
	}
	return isDigitPoint(rs[j]) && j > 0 && (isCnDigit(rs[j-1]) || isCnTens(rs[j-1]) || isCnSmall(rs[j-1])) &&
		j+1 < len(rs) && isCnDigit(rs[j+1]) && !isLiang(rs[j+1])
}
func isCnTens(r rune) bool { return classOf(r)&classCnTens != 0 }

// isScale reports whether r multiplies the number before it (万 亿 千 百 十).
func isScale(r rune) bool { return classOf(r)&(classCnSmall|classCnBig) != 0 }

// isNumeral reports whether r can be part of a written number.
func isNumeral(r rune) bool { return isASCIIDigit(r) || classOf(r) != 0 }

// NumeralChars returns the characters other than 0-9 a number can be written
// with (零 〇 一 两 十 百 万 廿 卅 …), in code point order: what a caller that
// skips sentences without a number must look for (pipeline's hasNumeral; a
// list of its own once missed 廿 and 卅, and 廿天 went unread).
func NumeralChars() []rune {
	rs := make([]rune, 0, len(runeClass))
	for r := range runeClass {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	return rs
}

// ParseNumber converts a written number to its value: Arabic (1,234.5), Chinese
// (两千三百万, 一亿零五百万, 三点五, 十二, 二〇二四), traditional (貳萬), and mixed
// (1.08万, 3千万, 4500亿). Input must be half-width; see pipeline.Normalize.
func ParseNumber(s string) (float64, error) {
	v, err := parseNumber([]rune(s))
	if err != nil {
		return 0, &NumError{Func: "ParseNumber", Num: s, Err: err}
	}
	return v, nil
}

func parseNumber(rs []rune) (float64, error) {
	if len(rs) == 0 {
		return 0, ErrSyntax
	}
	rs = readCapitalThree(dropGaps(rs))
	if rs[0] == '.' && len(rs) > 1 && isASCIIDigit(rs[1]) {
		rs = append([]rune{'0'}, rs...) // .77 is 0.77
	}
	if v, ok := parseScaledDecimal(rs); ok {
		return v, nil
	}
	rs = spellTens(rs)
	type part struct{ v, level float64 } // a closed section: 3千万 → {3e7, 1e4}
	var (
		parts       []part
		sec, num    float64
		hasNum      bool    // num holds a digit not yet multiplied
		lastDigitCn bool    // previous token was a Chinese digit (for 二〇二四)
		lastMult    float64 // multiplier right before the current digit (for 三千五)
		afterZero   bool    // a 零 stood since the last multiplier
	)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isASCIIDigit(r):
			if hasNum {
				return 0, ErrSyntax
			}
			end, v, err := scanArabic(rs, i)
			if err != nil {
				return 0, err
			}
			num, hasNum, lastDigitCn = v, true, false
			i = end
			continue
		case isCnDigit(r):
			d := cnDigits[r]
			switch {
			case hasNum && lastDigitCn && (isLiang(r) || i > 0 && isLiang(rs[i-1])):
				return 0, ErrSyntax // 三两, 两三: a rough count, never 32 or 23
			case hasNum && lastDigitCn && num < 10 && d != 0 && !positionalRun(rs, i):
				return 0, ErrSyntax // 五一, 三八: two digits side by side are no number (五一 is May Day)
			case hasNum && lastDigitCn:
				num = num*10 + d // positional: 二〇二四, 三○五二
			case hasNum:
				return 0, ErrSyntax
			case d == 0:
				afterZero = true
				lastDigitCn = true
				hasNum = false
				i++
				continue
			default:
				num = d
			}
			hasNum, lastDigitCn = true, true
		case isPointAt(rs, i):
			if i+1 >= len(rs) {
				return 0, ErrSyntax
			}
			frac, scale := 0.0, 0.1
			j := i + 1
			for ; j < len(rs); j++ {
				var d float64
				if isASCIIDigit(rs[j]) {
					d = float64(rs[j] - '0')
				} else if v, ok := cnDigits[rs[j]]; ok && rs[j] != '两' && rs[j] != '兩' {
					d = v
				} else {
					break
				}
				frac += d * scale
				scale /= 10
			}
			if j == i+1 {
				return 0, ErrSyntax
			}
			num += frac
			hasNum, lastDigitCn = true, false
			lastMult = 0 // 三点五 is not 三.五 × 百
			i = j
			continue
		case isCnSmall(r):
			m := cnSmall[r]
			if hasNum && lastDigitCn && num >= 10 {
				return 0, ErrSyntax // 九九九九九九千: positional digits take no multiplier
			}
			if !hasNum {
				if sec != 0 && !afterZero {
					return 0, ErrSyntax // 百千
				}
				num = 1 // 十二, 百个
			}
			sec += num * m
			num, hasNum, lastDigitCn, lastMult, afterZero = 0, false, false, m, false
		case isCnBig(r):
			// A big unit multiplies what stands since the last bigger one:
			// 一亿零五百万 = 1亿 + 500万; 4.78万亿 = 4.78万 × 亿; 四万万 = 4万 × 万.
			m := cnBig[r]
			if hasNum && lastDigitCn && num >= 10 && (len(parts) > 0 || sec != 0 || i != len(rs)-1) {
				return 0, ErrSyntax // 九九九九九九亿亿: positional digits take one last multiplier (六二八億)
			}
			sum := sec + num
			empty := sum == 0 && !hasNum
			for len(parts) > 0 {
				top := parts[len(parts)-1]
				if top.level > m || top.level == m && !empty {
					break
				}
				sum += top.v
				parts = parts[:len(parts)-1]
				empty = false
			}
			if empty {
				sum = 1 // 万人, 亿元
			}
			parts = append(parts, part{sum * m, m})
			sec, num, hasNum, lastDigitCn, lastMult, afterZero = 0, 0, false, false, m, false
		default:
			return 0, ErrSyntax
		}
		i++
	}
	if hasNum && lastDigitCn && lastMult >= 100 && !afterZero && num < 10 {
		num *= lastMult / 10 // 三千五 = 3500, 一万二 = 12000
	}
	v := sec + num
	for _, p := range parts {
		v += p.v
	}
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > MaxValue {
		return 0, ErrRange
	}
	return v, nil
}

// dropGaps removes what may stand inside a written number without being part
// of it: spaces between digit groups (5 221) or before a scale (150 亿), and
// 个 before 亿 (两个亿); rs is not changed.
func dropGaps(rs []rune) []rune {
	isGap := func(k int, comma bool) bool {
		r := rs[k]
		return k > 0 && k+1 < len(rs) && isNumeral(rs[k-1]) && isNumeral(rs[k+1]) &&
			(isGroupSpace(r) || r == '个' && rs[k+1] == '亿' || comma && r == ',')
	}
	found := false
	for k := range rs {
		found = found || isGap(k, false)
	}
	if !found {
		return rs
	}
	out := make([]rune, 0, len(rs))
	for k, r := range rs {
		if !isGap(k, true) { // 233,333，333: the commas go with the spaces
			out = append(out, r)
		}
	}
	return out
}

// positionalRun reports whether the Chinese digits around rs[i] are a
// positional number: three digits or more, or one of them a zero (二〇, 一九九八).
func positionalRun(rs []rune, i int) bool {
	a, b := i, i
	for a > 0 && isCnDigit(rs[a-1]) {
		a--
	}
	for b < len(rs) && isCnDigit(rs[b]) {
		b++
	}
	if b-a >= 3 {
		return true
	}
	for _, r := range rs[a:b] {
		if cnDigits[r] == 0 {
			return true
		}
	}
	return false
}

// spellTens writes 廿, 卅 and 卌 as 二十, 三十, 四十; rs is not changed.
func spellTens(rs []rune) []rune {
	for k, r := range rs {
		if isCnTens(r) {
			out := append([]rune{}, rs[:k]...)
			for _, r := range rs[k:] {
				if t, ok := cnTens[r]; ok {
					out = append(out, []rune(t)...)
				} else {
					out = append(out, r)
				}
			}
			return out
		}
	}
	return rs
}

// parseScaledDecimal reads the common form "Arabic number, then scale
// characters" (8.58亿, 36.02万亿, 3千万) exactly: the scale goes into the
// decimal exponent, so 9.29万 is 92900, not 92899.99999999999.
func parseScaledDecimal(rs []rune) (float64, bool) {
	if !isASCIIDigit(rs[0]) {
		return 0, false
	}
	var buf [arabicMax]byte
	end, digits, n := scanArabicDigits(rs, 0, &buf)
	if n > 40 {
		return 0, false
	}
	exp := 0
	for _, r := range rs[end:] {
		var m float64
		switch {
		case isCnSmall(r):
			m = cnSmall[r]
		case isCnBig(r):
			m = cnBig[r]
		default:
			return 0, false
		}
		exp += int(math.Round(math.Log10(m)))
	}
	v, ok := exactDecimal(digits, exp)
	if !ok {
		var err error
		v, err = strconv.ParseFloat(string(digits)+"e"+strconv.Itoa(exp), 64)
		if err != nil {
			return 0, false
		}
	}
	if math.IsInf(v, 0) || v > MaxValue {
		return 0, false
	}
	return v, true
}

// arabicMax bounds the digits scanArabicDigits keeps; a longer number is out
// of range anyway (more than 40 digits).
const arabicMax = 48

// scanArabic reads 1234, 1,234.5 or 0.3 at rs[i] and returns where it ends.
func scanArabic(rs []rune, i int) (int, float64, error) {
	var buf [arabicMax]byte
	j, digits, n := scanArabicDigits(rs, i, &buf)
	if n > 40 {
		return j, 0, ErrRange
	}
	if v, ok := exactDecimal(digits, 0); ok {
		return j, v, nil
	}
	v, err := strconv.ParseFloat(string(digits), 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return j, 0, ErrRange
		}
		return j, 0, ErrSyntax
	}
	return j, v, nil
}

// scanArabicDigits reads 1234, 1,234.5 or 0.3 at rs[i] into buf, without the
// thousands separators: it returns where the number ends, its digits and
// point as kept in buf, and how many there were (more than buf holds when
// the number is longer than arabicMax).
func scanArabicDigits(rs []rune, i int, buf *[arabicMax]byte) (end int, digits []byte, n int) {
	point := false
	j := i
	add := func(c byte) {
		if n < arabicMax {
			buf[n] = c
		}
		n++
	}
loop:
	for j < len(rs) {
		r := rs[j]
		switch {
		case isASCIIDigit(r):
			add(byte(r))
		case r == ',' && isGroup(rs, j+1) && n > 0 && !point:
			// thousands separator: exactly three digits follow
		case r == '.' && j+1 < len(rs) && isASCIIDigit(rs[j+1]) && !point:
			add('.')
			point = true
		default:
			break loop
		}
		j++
	}
	return j, buf[:min(n, arabicMax)], n
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// exactDecimal is the value of digits (ASCII digits with at most one '.')
// times 10^exp when one correctly rounded operation on exact operands gives
// it (a mantissa below 2^52, a power of ten up to 1e22): then it is what
// strconv.ParseFloat returns, without building a string. ok is false
// otherwise, and the caller asks strconv.
func exactDecimal(digits []byte, exp int) (float64, bool) {
	if len(digits) == 0 {
		return 0, false
	}
	var mant uint64
	for _, c := range digits {
		if c == '.' {
			continue
		}
		mant = mant*10 + uint64(c-'0')
		if mant>>52 != 0 {
			return 0, false
		}
	}
	if d := bytesIndexPoint(digits); d >= 0 {
		exp -= len(digits) - d - 1
	}
	f := float64(mant)
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp < len(pow10):
		return f * pow10[exp], true
	case exp < 0 && -exp < len(pow10):
		return f / pow10[-exp], true
	}
	return 0, false
}

func bytesIndexPoint(b []byte) int {
	for k, c := range b {
		if c == '.' {
			return k
		}
	}
	return -1
}

// isGroup reports whether rs[j:j+3] are digits and no digit follows them.
func isGroup(rs []rune, j int) bool {
	if j+3 > len(rs) {
		return false
	}
	for k := j; k < j+3; k++ {
		if !isASCIIDigit(rs[k]) {
			return false
		}
	}
	return j+3 == len(rs) || !isASCIIDigit(rs[j+3])
}

// ParseFraction converts a written fraction or percent to a percent value:
// 三分之一 → 33.33…, 百分之五十 → 50, 百分之零点五 → 0.5, 千分之三 → 0.3.
func ParseFraction(s string) (float64, error) {
	fail := func(err error) (float64, error) {
		return 0, &NumError{Func: "ParseFraction", Num: s, Err: err}
	}
	den, numer, ok := strings.Cut(s, "分之")
	if !ok || den == "" || numer == "" {
		return fail(ErrSyntax)
	}
	d, err := parseNumber([]rune(den))
	if err != nil {
		return fail(err)
	}
	n, err := parseNumber([]rune(numer))
	if err != nil {
		return fail(err)
	}
	if d == 0 {
		return fail(ErrRange)
	}
	return n * 100 / d, nil // 百分之三点五 is 3.5, not 3.5000000000000004
}

// FormatValue prints a value the way the CLI shows it: no exponent, no trailing zeros.
func FormatValue(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
