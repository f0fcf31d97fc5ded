package extract

import (
	"math"
	"strconv"
	"strings"
)

// Number is a number found in running text by FindNumbers, with or without a
// unit: rune offsets into the text, End exclusive.
type Number struct {
	Start, End int
	Text       string
	Value      float64
}

// FindNumbers lists every number written in a (normalised) text, the way a
// general number recogniser does (it is what the peer's NumberModel spec
// checks): Chinese and Arabic numbers with spaces inside (一百 五 十 二), signs
// (负三十二, -2.5), exponents (2e5, 2^-1), suffixes (40k, 2.5 M), vague
// digits before a scale (十余万, 二十几万), dozens (一打), written and slashed
// fractions and mixed numbers (三百五又三分之一, 1 3/5). Unlike Extract it
// needs no unit. tokens, when given, keep numerals inside words (四川, 陆地,
// 收拾) from counting as numbers.
func FindNumbers(text string, tokens []Token) []Number {
	var s sentence
	s.init(text, tokens)
	var out []Number
	for i := 0; i < len(s.rs); {
		n, ok := s.numberAt(i)
		if !ok {
			i++
			continue
		}
		out = append(out, n)
		i = n.End
	}
	return out
}

func isLiang(r rune) bool { return r == '两' || r == '兩' || r == '倆' || r == '俩' }

func isSign(r rune) bool { return r == '-' || r == '负' || r == '負' }

// numberAt reads the longest number at rune i.
func (s *sentence) numberAt(i int) (Number, bool) {
	rs := s.rs
	if i > 0 && (isNumeral(rs[i-1]) || capitalThreeAt(rs, i-1)) && !apartFromArabic(rs[i-1], rs[i]) || insideCapitalAmount(rs, i) {
		return Number{}, false
	}
	if i > 0 && (isSign(rs[i-1]) || rs[i-1] == '.') && !isASCIIDigit(rs[i]) {
		return Number{}, false // --9, ...9: the sign or point is not the number's
	}
	start, sign := i, 1.0
	if isSign(rs[i]) {
		sign = -1
		i++
	}
	if i >= len(rs) || isSign(rs[i]) {
		return Number{}, false
	}
	if i+1 < len(rs) && isLiang(rs[i]) && isLiang(rs[i+1]) {
		return Number{}, false // 两两: in pairs
	}
	if string(rs[i:min(i+2, len(rs))]) == "半百" {
		return s.num(start, i+2, 50*sign), true
	}
	if v, end, ok := s.arabicAt(i); ok {
		return s.afterArabic(start, i, end, v, sign)
	}
	if !isNumeral(rs[i]) && !capitalThreeAt(rs, i) || !s.wordOK(i) {
		return Number{}, false
	}
	end, v, ok := s.chineseAt(i)
	if !ok {
		return Number{}, false
	}
	if f, fend, ok := s.fractionAt(i, end); ok { // 五分之一
		return s.num(start, fend, sign*f), true
	}
	v, end = s.dozen(v, end)
	if wholeEnd, frac, ok := s.mixedAt(end); ok { // 三百五又三分之一
		return s.num(start, wholeEnd, sign*(v+frac)), true
	}
	return s.num(start, end, sign*v), true
}

func (s *sentence) num(start, end int, v float64) Number {
	return Number{Start: start, End: end, Text: string(s.rs[start:end]), Value: v}
}

// wordOK reports whether a Chinese numeral at i stands as a number, not as a
// character of a word (四川, 一切, 收拾): the token covering it must be a
// numeral (POS m) or start with it and hold nothing but numerals.
func (s *sentence) wordOK(i int) bool {
	t, ok := s.tokenAt(i)
	if !ok || t.End-t.Start == 1 || t.Pos == "m" || t.Pos == "mq" {
		return true
	}
	rest := []rune(t.Text)
	for len(rest) > 0 && (isNumeral(rest[0]) || isCnPoint(rest[0]) || isSign(rest[0]) || strings.ContainsRune("余多几幾又分之", rest[0])) {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return true
	}
	_, isUnit := DefaultUnits().Lookup(string(rest)) // 九年, 十个
	return isUnit && !wordClass(t.Pos)
}

// wordClass reports whether a part-of-speech tag makes a numeral and the
// classifier after it one word of its own: a verb, adverb, conjunction or
// preposition (拾起, 一并), never a number with its unit.
func wordClass(pos string) bool { return pos != "" && strings.ContainsRune("vdcp", rune(pos[0])) }

// skipSpaces returns the first position at or after j that is not a space.
func (s *sentence) skipSpaces(j int) int {
	for j < len(s.rs) && s.rs[j] == ' ' {
		j++
	}
	return j
}

// chineseAt reads a Chinese (or mixed) number at i whose characters may be
// separated by spaces, with 余/多/几 before a scale character; it backs off to
// the longest prefix that parses (五十千 → 五十).
func (s *sentence) chineseAt(i int) (end int, v float64, ok bool) {
	rs := s.rs
	var clean []rune
	var ends []int // ends[k]: rune end in the text of clean[:k+1]
	j := i
	for j < len(rs) {
		r := rs[j]
		switch {
		case (isNumeral(r) || capitalThreeAt(rs, j)) && !(len(clean) > 0 && apartFromArabic(clean[len(clean)-1], r)):
			if len(clean) > 0 && isCnDigit(r) && isCnDigit(clean[len(clean)-1]) && (isLiang(r) || isLiang(clean[len(clean)-1])) {
				goto done // 两两 is no number
			}
			clean = append(clean, r)
			ends = append(ends, j+1)
			j++
			if isASCIIDigit(r) {
				for j < len(rs) && (isASCIIDigit(rs[j]) || (rs[j] == '.' || rs[j] == ',') && j+1 < len(rs) && isASCIIDigit(rs[j+1]) && !(rs[j] == ',' && !isGroup(rs, j+1))) {
					clean = append(clean, rs[j])
					ends = append(ends, j+1)
					j++
				}
			}
		case isCnPoint(r) && len(clean) > 0:
			k := s.skipSpaces(j + 1)
			if k >= len(rs) || !isCnDigit(rs[k]) || rs[k] == '两' || rs[k] == '兩' {
				goto done
			}
			clean = append(clean, '点')
			ends = append(ends, j+1)
			j = k
		case isDigitPoint(r) && len(clean) > 0 && (isCnDigit(clean[len(clean)-1]) || isCnTens(clean[len(clean)-1]) || isCnSmall(clean[len(clean)-1])):
			// a middle dot or full stop between Chinese digits is their decimal point (四·七%, 十五.八%)
			if j+1 >= len(rs) || !isCnDigit(rs[j+1]) || isLiang(rs[j+1]) {
				goto done
			}
			clean = append(clean, '点')
			ends = append(ends, j+1)
			j++
		case (r == '余' || r == '多' || r == '几' || r == '幾') && len(clean) > 0:
			k := s.skipSpaces(j + 1)
			if k >= len(rs) || !isCnBig(rs[k]) && !isCnSmall(rs[k]) {
				goto done // 四百多 is 四百
			}
			j = k // the vague part adds nothing: 十余万 = 10万
		case r == ' ' && len(clean) > 0:
			k := s.skipSpaces(j)
			if k >= len(rs) || !(isNumeral(rs[k]) || isCnPoint(rs[k]) || rs[k] == '余' || rs[k] == '多' || rs[k] == '几' || rs[k] == '幾') {
				goto done
			}
			if isASCIIDigit(rs[k]) && isASCIIDigit(clean[len(clean)-1]) {
				goto done // 1 234 are two numbers
			}
			j = k
		default:
			goto done
		}
	}
done:
	for k := len(clean); k > 0; k-- {
		for k > 0 && clean[k-1] == '点' {
			k--
		}
		if k == 0 {
			break
		}
		if onlyBig(clean[:k]) {
			continue // 万, 万万 alone are no numbers
		}
		if k == 1 && isCnSmall(clean[0]) && ends[0] < len(rs) && rs[ends[0]] == '分' {
			continue // the 百 of 百分点
		}
		if v, err := parseNumber(abbreviateBeforePoint(clean[:k])); err == nil {
			return ends[k-1], v, true
		}
	}
	return 0, 0, false
}

// abbreviateBeforePoint spells out 两千三点一 as 两千三百点一, the way 两千三 is 2300.
func abbreviateBeforePoint(num []rune) []rune {
	p := -1
	for k, r := range num {
		if r == '点' {
			p = k
			break
		}
	}
	if p < 2 || !isCnDigit(num[p-1]) || !isCnSmall(num[p-2]) || cnSmall[num[p-2]] < 100 {
		return num
	}
	unit := map[float64]rune{100: '十', 1000: '百'}[cnSmall[num[p-2]]]
	out := append([]rune{}, num[:p]...)
	out = append(out, unit)
	return append(out, num[p:]...)
}

// dozen reads 打 (a dozen) after a number: 十打 = 120.
func (s *sentence) dozen(v float64, end int) (float64, int) {
	if end < len(s.rs) && s.rs[end] == '打' {
		return v * 12, end + 1
	}
	return v, end
}

// fractionAt reads "分之 numerator" after a denominator [i, end): 五 分之 一, 3分之负157.
func (s *sentence) fractionAt(i, end int) (float64, int, bool) {
	rs := s.rs
	j := s.skipSpaces(end)
	if j+1 >= len(rs) || rs[j] != '分' {
		return 0, 0, false
	}
	j = s.skipSpaces(j + 1)
	if j >= len(rs) || rs[j] != '之' {
		return 0, 0, false
	}
	j = s.skipSpaces(j + 1)
	sign := 1.0
	if j < len(rs) && isSign(rs[j]) {
		sign, j = -1, j+1
	}
	if j >= len(rs) {
		return 0, 0, false
	}
	nend, n, ok := s.chineseAt(j)
	if !ok {
		return 0, 0, false
	}
	den := 0.0
	if dend, d, ok := s.chineseAt(i); ok && dend == end {
		den = d
	} else if v, aend, ok := s.arabicAt(i); ok && aend == end {
		den = v
	}
	if den == 0 {
		return 0, 0, false
	}
	return sign * n / den, nend, true
}

// mixedAt reads "又 fraction" after a whole number: 又三分之一.
func (s *sentence) mixedAt(end int) (int, float64, bool) {
	rs := s.rs
	j := s.skipSpaces(end)
	if j >= len(rs) || rs[j] != '又' {
		return 0, 0, false
	}
	j = s.skipSpaces(j + 1)
	if j >= len(rs) {
		return 0, 0, false
	}
	var dend int
	var ok bool
	if e, _, cok := s.chineseAt(j); cok {
		dend, ok = e, true
	}
	if !ok {
		return 0, 0, false
	}
	f, fend, ok := s.fractionAt(j, dend)
	if !ok {
		return 0, 0, false
	}
	return fend, f, true
}

// arabicAt reads an Arabic number at i: 1,234.5, .5, 2e5, 21.2E0.
func (s *sentence) arabicAt(i int) (float64, int, bool) {
	rs := s.rs
	lead := ""
	j := i
	if rs[i] == '.' && i+1 < len(rs) && isASCIIDigit(rs[i+1]) {
		lead, j = "0.", i+1 // .5
	}
	if !isASCIIDigit(rs[j]) {
		return 0, 0, false
	}
	end, _, err := scanArabic(rs, j)
	if err != nil {
		return 0, 0, false
	}
	if lead != "" && strings.ContainsRune(string(rs[j:end]), '.') {
		return 0, 0, false
	}
	num := lead + strings.ReplaceAll(string(rs[j:end]), ",", "")
	if end+1 < len(rs) && (rs[end] == 'e' || rs[end] == 'E') { // exponent: 2e5, 2.789e-1
		k := end + 1
		if rs[k] == '+' || rs[k] == '-' {
			k++
		}
		if k < len(rs) && isASCIIDigit(rs[k]) {
			e := k
			for e < len(rs) && isASCIIDigit(rs[e]) {
				e++
			}
			num += "e" + string(rs[end+1:e])
			end = e
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, 0, false
	}
	return v, end, true
}

// afterArabic reads what may follow an Arabic number: a power (2^5), a
// suffix (40k, 2.5 M), a slashed fraction (3/5, 1 3/5), a scale (1.08万), 分之.
func (s *sentence) afterArabic(start, i, end int, v, sign float64) (Number, bool) {
	rs := s.rs
	// power: 2^5, 2^-1, 1.1^+23
	if end < len(rs) && rs[end] == '^' {
		k, esign := end+1, 1.0
		for k < len(rs) && (rs[k] == '+' || rs[k] == '-') {
			if rs[k] == '-' {
				esign = -esign
			}
			k++
		}
		if e, eend, ok := s.arabicAt(k); ok && k < len(rs) {
			if esign < 0 && strings.Count(string(rs[end+1:k]), "-") == 2 {
				esign = 1
			}
			return s.num(start, eend, sign*math.Pow(v, esign*e)), true
		}
	}
	// suffix: 40k, 2.5 M
	k := end
	if k < len(rs) && rs[k] == ' ' {
		k++
	}
	if k < len(rs) && (rs[k] == 'k' || rs[k] == 'K' || rs[k] == 'M') && (k+1 == len(rs) || !isASCIILetter(rs[k+1])) {
		m := map[rune]float64{'k': 1e3, 'K': 1e3, 'M': 1e6}[rs[k]]
		return s.num(start, k+1, sign*v*m), true
	}
	// slashed fraction: 3/5, and a mixed number: 1 3/5
	if d, fend, ok := s.slash(end); ok {
		return s.num(start, fend, sign*v/d), true
	}
	if end < len(rs) && rs[end] == ' ' && end+1 < len(rs) {
		if w, wend, ok := s.arabicAt(end + 1); ok {
			if d, fend, ok := s.slash(wend); ok {
				return s.num(start, fend, sign*(v+w/d)), true
			}
		}
	}
	// Chinese scale and digits after: 1.08万, 3万4000, 2千零30万
	if cend, cv, ok := s.chineseAt(i); ok && cend > end {
		if f, fend, ok := s.fractionAt(i, cend); ok {
			return s.num(start, fend, sign*f), true
		}
		cv, cend = s.dozen(cv, cend)
		if wholeEnd, frac, ok := s.mixedAt(cend); ok {
			return s.num(start, wholeEnd, sign*(cv+frac)), true
		}
		return s.num(start, cend, sign*cv), true
	}
	if f, fend, ok := s.fractionAt(i, end); ok {
		return s.num(start, fend, sign*f), true
	}
	if wholeEnd, frac, ok := s.mixedAt(end); ok {
		return s.num(start, wholeEnd, sign*(v+frac)), true
	}
	v, end = s.dozen(v, end)
	return s.num(start, end, sign*v), true
}

// slash reads "/denominator" at end: the 5 of 3/5.
func (s *sentence) slash(end int) (d float64, dend int, ok bool) {
	if end+1 >= len(s.rs) || s.rs[end] != '/' {
		return 0, 0, false
	}
	d, dend, ok = s.arabicAt(end + 1)
	if !ok || d == 0 {
		return 0, 0, false
	}
	return d, dend, true
}

// onlyBig reports whether a number is written with 万/亿/兆 alone.
func onlyBig(num []rune) bool {
	for _, r := range num {
		if !isCnBig(r) {
			return false
		}
	}
	return true
}
