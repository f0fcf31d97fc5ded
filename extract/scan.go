package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/zhmetrics/zhmetrics/timex"
)

// candidate is a number with its unit (or a range of two, or a fraction) found
// at one place of a sentence, before the context rules look at it.
type candidate struct {
	start, end  int // the surface: number(s), 多/余, unit
	numEnd      int // end of the first number
	value       float64
	low, high   float64
	isRange     bool
	unit        *Unit
	unitWritten string // trailing scale characters + unit: 亿元
	inner       string // 多 / 余 between number and unit
	allChinese  bool   // written in Chinese numerals only
	scaleOnly   bool   // only scale characters: 千项, 百个
	fraction    bool   // 三分之一, 百分之五十
	weak        bool   // written in a way that is a figure only in Arabic digits (一角 alone)
	bare        bool   // an amount with a scale and no unit (营收8628.61亿): a figure only after a money noun
	compound    bool   // a smaller unit's amount was added (3元2角, 1个小时30分钟): no small count of prose
	textPassed  bool   // rejectByText found no reason (set by ExtractWithUnit, which asks first)
	unitAfter   int    // > 0: where the unit of a bare amount stands after a short noun (4,100万访港旅客人次: 人次), the end of the metric after it
}

// numeralRunEnd returns the end of the longest run of numeral characters at i:
// digits with thousands separators and a decimal point, Chinese digits, scale
// characters, and 点 between digits.
func numeralRunEnd(rs []rune, i int) int {
	j := i
	for j < len(rs) {
		r := rs[j]
		if j > i && apartFromArabic(rs[j-1], r) {
			return j // 大陸33.5%: 陸 ends here
		}
		switch {
		case isASCIIDigit(r), isCnDigit(r), isScale(r), isCnTens(r), capitalThreeAt(rs, j):
			j++
		case r == ',' && j > i && isASCIIDigit(rs[j-1]) && isGroup(rs, j+1):
			j++
		case r == '.' && (j > i && isASCIIDigit(rs[j-1]) && j+1 < len(rs) && isASCIIDigit(rs[j+1]) || j == i && leadingPoint(rs, j)):
			j++
		case isPointAt(rs, j) && j > i && (isCnDigit(rs[j-1]) || isScale(rs[j-1])) && j+1 < len(rs) && isCnDigit(rs[j+1]) && !isLiang(rs[j+1]):
			j++
		case isGroupSpace(r) && j > i && isASCIIDigit(rs[j-1]) && spaceGroupAt(rs, i, j):
			j += 4 // 5 221万吨, 194 044.56亿
		case (r == ' ' || r == '个') && j > i && j+1 < len(rs) && (isASCIIDigit(rs[j-1]) || isCnDigit(rs[j-1])) &&
			(rs[j+1] == '亿' || r == ' ' && isCnBig(rs[j+1])):
			j++ // 两个亿, 150 亿元: the scale after a space or 个
		default:
			return j
		}
	}
	return j
}

// isGroupSpace reports whether r may separate digit groups in a table: a
// space, a thin or no-break space.
func isGroupSpace(r rune) bool {
	return r == ' ' || r == '\u2009' || r == '\u202f' || r == '\u00a0' || r == '，'
}

// spaceGroupAt reports whether the space at j separates digit groups of one
// number written in [i, …): one to three digits before it since i or the last
// such space, exactly three after it, and the whole number, with its decimals
// and scale, followed by a unit (5 221万吨, 2 520个; a row of numbers of a
// table, 12 345 678, is three numbers).
func spaceGroupAt(rs []rune, i, j int) bool {
	n := 0
	for k := j - 1; k >= i && isASCIIDigit(rs[k]); k-- {
		n++
	}
	if n > 3 || j-n > i && !isGroupSpace(rs[j-n-1]) && rs[j-n-1] != ',' || !isGroup(rs, j+1) {
		return false
	}
	for k := i; k < j; k++ {
		if !isASCIIDigit(rs[k]) && !isGroupSpace(rs[k]) && rs[k] != ',' {
			return false
		}
	}
	// A full-width comma separates groups only in a number that shows it is
	// one by a comma or a decimal part (82，225.00元); else it parts a list
	// ($20，300美圆).
	shown := rs[j] != '，' || strings.ContainsRune(string(rs[i:j]), ',')
	k := j + 4
	for k < len(rs) && (isGroupSpace(rs[k]) || rs[k] == ',') && isGroup(rs, k+1) {
		shown = shown || rs[k] == ','
		k += 4
	}
	if k+1 < len(rs) && rs[k] == '.' && isASCIIDigit(rs[k+1]) {
		shown = true
		for k++; k < len(rs) && isASCIIDigit(rs[k]); k++ {
		}
	}
	if !shown {
		return false
	}
	if w, _ := lexInner.startingAt(rs, k); w != "" {
		k += len([]rune(w)) // 2 000多家
	}
	for k < len(rs) && isScale(rs[k]) {
		k++
	}
	if k < len(rs) && rs[k] == ' ' {
		k++
	}
	return unitAt(rs, k)
}

// leadingPoint reports whether rs[k] is the decimal point of a number written
// without its zero (价格为.77元 is 0.77 元): a '.' before a digit, after a
// rune that cannot end or continue an ASCII word or number. After a digit,
// letter, another point or ASCII punctuation it is something else: a part of
// 1.2.77 or v2.77, an ellipsis (..77), a full stop (5%.77) — and the digits
// after it start no number at all (startsNumber), never 77.
func leadingPoint(rs []rune, k int) bool {
	if rs[k] != '.' || k+1 >= len(rs) || !isASCIIDigit(rs[k+1]) {
		return false
	}
	if k == 0 {
		return true
	}
	p := rs[k-1]
	if p < 0x80 {
		return p == ' ' || p == '(' || p == ':' || p == ',' || p == ';' // 为 (.5元), 单价: .5元
	}
	return !isNumeral(p) && !isPointAt(rs, k-1) // 三.5 is no number
}

// startsNumber reports whether a number can start at rs[i]: a numeral not
// continuing one just before it, or a leading decimal point (.77).
func startsNumber(rs []rune, i int) bool {
	if rs[i] == '.' {
		return leadingPoint(rs, i)
	}
	if !isNumeral(rs[i]) && !capitalThreeAt(rs, i) {
		return false
	}
	if rs[i] == '0' && i+1 < len(rs) && isASCIIDigit(rs[i+1]) {
		return false // 000, 0591: a number never starts with a zero before a digit
	}
	if i == 0 {
		return true
	}
	p := rs[i-1]
	if (isNumeral(p) || capitalThreeAt(rs, i-1)) && !apartFromArabic(p, rs[i]) || isPointAt(rs, i-1) && i > 1 && isCnDigit(rs[i-2]) {
		return false
	}
	if insideCapitalAmount(rs, i) {
		return false
	}
	if p == '.' && isASCIIDigit(rs[i]) {
		return false // 1.5, .77, v2.77, ..77: the digits after a point never start a number
	}
	return !((p == '.' || p == ',') && i > 1 && isASCIIDigit(rs[i-2]))
}

// insideCapitalAmount reports whether a capital numeral at rs[i] continues a
// capital amount across a character that was not read as a numeral (贰万X仟贰佰):
// a capital numeral, or a big scale, two runes before, and between them a
// Han character that is neither a numeral nor a unit of money (叁佰元伍角
// has its 伍 after 元). A number never starts there: it would be the tail
// of the amount (拾貳點零零伍壹捌元 of 貳萬參仟貳佰參拾貳點零零伍壹捌元 was 12.00518).
func insideCapitalAmount(rs []rune, i int) bool {
	if i < 2 || !isCapitalOnly(rs[i]) {
		return false
	}
	p, q := rs[i-1], rs[i-2]
	if !isHan(p) || isNumeral(p) || strings.ContainsRune("元圆圓角毛分整", p) {
		return false
	}
	return isCapitalOnly(q) || isCnBig(q)
}

// prefixFirst are the first runes of the currency signs (lexicon kind prefix).
var prefixFirst = newRuneFilter(lex.first["prefix"])

// isMinus reports whether rs[i] is a minus sign of the number after it: - or
// 负 before a digit, not after a digit or letter (1-7月, B2-2005 are no signs).
func isMinus(rs []rune, i int) bool {
	if i+1 >= len(rs) || !(rs[i] == '-' || rs[i] == '−' || rs[i] == '负' || rs[i] == '負') || !isNumeral(rs[i+1]) {
		return false
	}
	if i == 0 {
		return true
	}
	p := rs[i-1]
	if p == '正' && (rs[i] == '负' || rs[i] == '負') {
		return false // 正负4.3%: plus or minus, a margin
	}
	if isASCIIDigit(p) && rs[i] == '-' && gluedMinus(rs, i) {
		return true // 2,071,488,667.07-7.25%: two table cells run together, the second negative
	}
	return !(isNumeral(p) || isASCIIDigit(p) || isASCIILetter(p) || p == '%' || p == '-' || p == '.')
}

// gluedMinus reports whether the '-' at rs[i], between two Arabic numbers,
// joins two table cells whose text ran together rather than the ends of a
// range: the number before it is written as a table amount (thousands
// separators, or three or more decimals) or is not smaller than the one after
// (0.0647-30.36%, 164,473,351.60-30.38%); 5-8% and 1.05-1.25% stay ranges.
func gluedMinus(rs []rune, i int) bool {
	j := i
	for j > 0 && (isASCIIDigit(rs[j-1]) || rs[j-1] == '.' || rs[j-1] == ',') {
		j--
	}
	e := numeralRunEnd(rs, i+1)
	if j == i || e == i+1 || !isASCIIDigit(rs[i+1]) {
		return false
	}
	left := string(rs[j:i])
	if k := strings.LastIndexByte(left, ','); k >= 0 && !groupedNumber(left) {
		// 2.5ml,2-3岁, 用量：5,2-3岁: a comma of a list before the number, no
		// thousands separator; the number is what follows it
		left = left[k+1:]
		if left == "" {
			return false
		}
	}
	if strings.Contains(left, ",") && !strings.Contains(string(rs[i+1:e]), ",") {
		return true
	}
	if d := strings.IndexByte(left, '.'); d >= 0 && len(left)-d-1 >= 3 {
		return true
	}
	a, errA := strconv.ParseFloat(strings.ReplaceAll(left, ",", ""), 64)
	b, errB := strconv.ParseFloat(strings.ReplaceAll(string(rs[i+1:e]), ",", ""), 64)
	return errA == nil && errB == nil && a >= b
}

// groupedNumber reports whether s, ASCII digits with commas and a point, is
// written with thousands separators: one to three digits, then groups of a
// comma and three digits (164,473,351.60), the point only after the last.
func groupedNumber(s string) bool {
	intPart, _, _ := strings.Cut(s, ".")
	groups := strings.Split(intPart, ",")
	if len(groups[0]) < 1 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// scanFigure finds a figure starting at rs[i]: a fraction, a range, or a
// number with its unit.
func scanFigure(rs []rune, i int, blocked []bool) (candidate, bool) {
	c, ok := scanFigureAt(rs, i, blocked)
	if ok && (c.unit.Surface == "度" || c.unit.Surface == "°") {
		w := temperatureWordBefore(rs, c.start)
		if w == "" {
			w, _ = lexBelowzero.startingAt(rs, c.start) // 零下十五度: its sign names the temperature
		}
		if w != "" {
			unit := "摄氏度" // 气温25至30度, 摄氏30度, 气温37°: degrees, not kilowatt-hours nor an angle
			if strings.HasPrefix(w, "华氏") {
				unit = "华氏度"
			}
			if u, found := DefaultUnits().Lookup(unit); found {
				c.unit = u
			}
		}
	}
	return c, ok
}

// temperatureWordBefore returns a word of temperature (lexicon kind
// temperature: 气温, 温度, 摄氏, 华氏 …) standing before rs[i] in its clause, or "".
func temperatureWordBefore(rs []rune, i int) string {
	return lexTemperature.endingInClause(rs, i, 16)
}

func scanFigureAt(rs []rune, i int, blocked []bool) (candidate, bool) {
	if blocked[i] {
		return candidate{}, false
	}
	if isMinus(rs, i) {
		c, ok := scanFigureAt(rs, i+1, blocked)
		if ok && !c.isRange {
			c.start, c.value = i, -c.value // 增长-3.5%, 负0.2千米
			if r, ok := scanRange(rs, i, i+1, numeralRunEnd(rs, i+1), c, true, blocked); ok {
				return r, true // -12.5%至-8.3%
			}
			return c, true
		}
		if ok && c.isRange && c.start == i+1 {
			// -3至5%, -3%到5%: the sign is the first end's
			a, aOK := scanNumberUnit(rs, i+1)
			a.start, a.value = i, -a.value
			if r, ok := scanRange(rs, i, i+1, numeralRunEnd(rs, i+1), a, aOK, blocked); ok {
				return r, true
			}
		}
	}
	if c, ok := scanBelowZero(rs, i, blocked); ok {
		return c, true
	}
	if !startsNumber(rs, i) {
		return scanPrefixed(rs, i, blocked)
	}
	e := numeralRunEnd(rs, i) // the scanners below all start with it
	// Most numbers are read by scanNumberUnitTo alone: the other scanners
	// are called only where the runes around the number pass the first test
	// each makes (分 or / after it, a numeral it starts with, a list
	// separator before or after it), which spares most numbers the calls
	// and the candidates they copy back.
	next := rune(0) // the rune after the numerals
	if e < len(rs) {
		next = rs[e]
	}
	if next == '分' {
		if c, ok := scanFractionTo(rs, i, e); ok {
			return c, true
		}
	}
	if prefixFirst.has(rs[i]) {
		if c, ok := scanPrefixed(rs, i, blocked); ok {
			return c, true
		}
	}
	if isCnDigit(rs[i]) || isScale(rs[i]) {
		if c, ok := scanAdjacentDigitsTo(rs, i, e); ok {
			return c, true
		}
	}
	if next == '/' {
		if c, ok := scanSlashedTo(rs, i, e); ok {
			return c, true
		}
	}
	if i > 0 && listSeparatorLast.has(rs[i-1]) {
		if c, ok := scanPercentListTail(rs, i, e); ok {
			return c, true
		}
	}
	a, aOK := scanNumberUnitTo(rs, i, e)
	if r, ok := scanRange(rs, i, i, e, a, aOK, blocked); ok {
		return r, true
	}
	if next == '个' || listSeparatorFirst.has(next) {
		if m, ok := scanListMember(rs, i, e, blocked); ok && (!aOK || m.end >= a.end) {
			return m, true
		}
	}
	return a, aOK
}

// perBase reports whether the runes after a slash are a round base written
// with a Chinese scale: 10万, 万, 100万, 千 (1, 10, 100 or 1000 before it, or nothing).
func perBase(den []rune) bool {
	k := 0
	if k < len(den) && den[k] == '1' {
		for k++; k < len(den) && k < 4 && den[k] == '0'; k++ {
		}
	}
	if k == len(den) {
		return false // no scale: 1/3, 1/100
	}
	for _, r := range den[k:] {
		if r != '十' && r != '百' && r != '千' && r != '万' && r != '亿' {
			return false
		}
	}
	return true
}

// scanBelowZero reads a temperature written with 零下 (lexicon kind
// belowzero) as its minus sign: 零下4℃, 零下十五度, 零下四摄氏度 are -4 and -15
// degrees (they were +4 and +15: 零 is a numeral, and alone no number), and
// 零下5至10℃ is -5 to 10. The figure starts at the word, as at a minus sign;
// before a unit that is no temperature (nor 度) the word is not read.
func scanBelowZero(rs []rune, i int, blocked []bool) (candidate, bool) {
	w, _ := lexBelowzero.startingAt(rs, i)
	if w == "" || !startsNumber(rs, i) {
		return candidate{}, false
	}
	j := i + len([]rune(w))
	if j >= len(rs) || !startsNumber(rs, j) || isMinus(rs, j) {
		return candidate{}, false
	}
	c, ok := scanFigureAt(rs, j, blocked)
	if !ok || c.start != j || c.unit.Dimension != "temperature" && c.unit.Surface != "度" {
		return candidate{}, false
	}
	if c.isRange {
		c.low = -c.low
	} else {
		c.value = -c.value
	}
	c.start = i
	return c, true
}

// scanSlashedTo reads a fraction written with a slash: before a unit, in that
// unit (1/2kg → 0.5 千克, 3/4英里); alone, as a share in percent (1/3 → 33.3 %).
//
// The numerals at i end at e.
func scanSlashedTo(rs []rune, i, e int) (candidate, bool) {
	if e == i || e+1 >= len(rs) || rs[e] != '/' || !isASCIIDigit(rs[i]) || !isASCIIDigit(rs[e+1]) && rs[e+1] != '万' && rs[e+1] != '千' {
		return candidate{}, false
	}
	f := numeralRunEnd(rs, e+1)
	n, err1 := parseNumber(rs[i:e])
	d, err2 := parseNumber(rs[e+1 : f])
	if err1 != nil || err2 != nil || d == 0 || strings.ContainsFunc(string(rs[i:e]), isScale) {
		return candidate{}, false
	}
	if perBase(rs[e+1 : f]) {
		// 孕产妇死亡率15.1/10万, 发病率8.3/万: a rate per a round base
		// written with its scale, the value as written, the base its unit.
		if u, _ := DefaultUnits().Match(rs, f); u != nil || f < len(rs) && (rs[f] == '/' || isASCIILetter(rs[f])) {
			return candidate{}, false
		}
		per := "/" + string(rs[e+1:f])
		return candidate{start: i, end: f, numEnd: f, value: n, unit: &Unit{Surface: per, Canonical: per, Dimension: "rate", Scale: 1}, unitWritten: per}, true
	}
	if strings.ContainsFunc(string(rs[e+1:f]), isScale) {
		return candidate{}, false
	}
	if u, un := DefaultUnits().Match(rs, f); u != nil {
		return candidate{start: i, end: f + un, numEnd: f, value: n / d * u.Scale, unit: u, unitWritten: u.Surface}, true
	}
	// 1/3的用户, 概率是1/2: a proper fraction alone is a share, in percent
	// (not a part of a date or a path: 2024/1/2, 1/2/3).
	if i > 0 && (rs[i-1] == '/' || rs[i-1] == '-' || rs[i-1] == '.' || isASCIILetter(rs[i-1])) ||
		f < len(rs) && (rs[f] == '/' || rs[f] == '-' || isASCIILetter(rs[f])) || !(n > 0 && n < d && d <= 1000) ||
		timex.MonthDayClock(rs, i) > 0 {
		return candidate{}, false
	}
	pct, _ := DefaultUnits().Lookup("%")
	return candidate{start: i, end: f, numEnd: f, value: n * 100 / d, unit: pct, unitWritten: "/", fraction: true}, true
}

// scanPercentListTail reads the later members of a list of percents written
// once with 百分之 (百分之三十一点二和七点三: 7.3 %): a bare number after a list
// separator that follows a 百分之 fraction. The numerals at i end at e.
func scanPercentListTail(rs []rune, i, e int) (candidate, bool) {
	p := i
	if p == 0 || !listSeparatorLast.has(rs[p-1]) {
		return candidate{}, false
	}
	sepLen := 0
	for _, w := range listSeparatorRunes {
		if n := len(w); p >= n && slices.Equal(rs[p-n:p], w) {
			sepLen = n
		}
	}
	if sepLen == 0 {
		return candidate{}, false
	}
	p -= sepLen
	k := p
	for k > 0 && (isNumeral(rs[k-1]) || isPointAt(rs, k-1) || rs[k-1] == '.') {
		k--
	}
	if k == p || k < 3 || !hasAt(rs, k-3, "百分之") {
		if prev, ok := scanPercentListTail(rs, k, numeralRunEnd(rs, k)); !ok || prev.end != p {
			return candidate{}, false // 百分之十、二十和三十: a longer list
		}
	}
	for e > i && isPointAt(rs, e-1) {
		e--
	}
	if e == i || e < len(rs) && (unitAt(rs, e) || rs[e] == '分' || isCnPoint(rs[e]) || rs[e] == '.') {
		return candidate{}, false
	}
	v, err := parseNumber(rs[i:e])
	if err != nil {
		return candidate{}, false
	}
	pct, _ := DefaultUnits().Lookup("%")
	c := candidate{start: i, end: e, numEnd: e, value: v, unit: pct, unitWritten: "分之", fraction: true}
	c.allChinese, _ = writtenIn(rs[i:e])
	return c, true
}

// listSeparators join the numbers of a list that share the unit written after
// the last: 4665、2611亿千瓦时, 3.2个和1.5个百分点, 5、6、7万元.
var listSeparators = []string{"、", "和", "及", "与", "或"}

var listSeparatorRunes = func() (out [][]rune) {
	for _, w := range listSeparators {
		out = append(out, []rune(w))
	}
	return out
}()

// listSeparatorFirst and listSeparatorLast hold the first and the last runes
// of listSeparators:
// after most numbers stands none, and the scanners look no further.
var listSeparatorFirst, listSeparatorLast = func() (runeFilter, runeFilter) {
	first, last := map[rune]bool{}, map[rune]bool{}
	for _, w := range listSeparatorRunes {
		first[w[0]], last[w[len(w)-1]] = true, true
	}
	return newRuneFilter(first), newRuneFilter(last)
}()

// scanListMember reads a number at rs[i] that is a member of a list whose
// unit (and scale, where the member has none) is written after its last
// member. A member may repeat the head of a longer unit (3.2个和1.5个百分点).
// Both are written the same way (Arabic or Chinese numerals); the figure is the
// member alone, in the unit of the last. The numerals at i end at e.
func scanListMember(rs []rune, i, e int, blocked []bool) (candidate, bool) {
	p := e
	head := ""
	if p < len(rs) && rs[p] == '个' {
		head, p = "个", p+1
	}
	if p >= len(rs) || !listSeparatorFirst.has(rs[p]) {
		return candidate{}, false
	}
	sepLen := 0
	for _, w := range listSeparatorRunes {
		if n := len(w); p+n <= len(rs) && slices.Equal(rs[p:p+n], w) {
			sepLen = n
		}
	}
	j := p + sepLen
	if sepLen == 0 || j >= len(rs) || blocked[j] || !isNumeral(rs[j]) || isASCIIDigit(rs[i]) != isASCIIDigit(rs[j]) {
		return candidate{}, false
	}
	v, err := parseNumber(rs[i:e]) // after the separator: most numbers are in no list
	if err != nil {
		return candidate{}, false
	}
	ej := numeralRunEnd(rs, j)
	last, ok := scanNumberUnitTo(rs, j, ej)
	if !ok || last.inner != "" || last.unitWritten == "" {
		if last, ok = scanListMember(rs, j, ej, blocked); !ok {
			return candidate{}, false
		}
	}
	if head != "" && !strings.HasPrefix(last.unit.Surface, head) ||
		head == "" && strings.HasPrefix(last.unit.Surface, "个") && len([]rune(last.unit.Surface)) > 1 && last.unit.Dimension != "percentage_point" && last.unit.Dimension != "basis_point" {
		// 3和5个月 is no list of 个月 figures; 0.3和0.5个百分点 (和5个基点) is one of points
		return candidate{}, false
	}
	if !strings.ContainsFunc(string(rs[i:e]), isScale) {
		bNum := []rune(last.unitWritten)
		bNum = bNum[:len(bNum)-len([]rune(last.unit.Surface))]
		if m, err := parseNumber(bNum); err == nil && len(bNum) > 0 {
			v *= m // 4665、2611亿千瓦时: 4665亿
		}
	}
	c := candidate{start: i, end: p, numEnd: e, value: v * last.unit.Scale, unit: last.unit, unitWritten: last.unitWritten}
	c.allChinese, c.scaleOnly = writtenIn(rs[i:e])
	return c, true
}

// scanNumberUnit reads a number, an optional 多/余 and a unit at rs[i]. Where a
// scale character could belong to the number or the unit (926万千瓦时, 5千米), the
// reading that covers most text wins, then the one with the longer unit.
func scanNumberUnit(rs []rune, i int) (candidate, bool) {
	return scanNumberUnitTo(rs, i, numeralRunEnd(rs, i))
}

// scanNumberUnitTo is scanNumberUnit where the numerals at i end at e.
func scanNumberUnitTo(rs []rune, i, e int) (candidate, bool) {
	if e == i {
		return candidate{}, false
	}
	var best candidate
	found := false
	for k := e; k > i; k-- {
		if k < e && !isScale(rs[k]) && !isCnDigit(rs[k]) {
			continue // never split an Arabic literal
		}
		p := k
		inner := ""
		afterScale, scaleWritten := 1.0, "" // a scale after 多/余: 1000多万元, 50余万平方米
		if p < len(rs) {
			if w, _ := lexInner.startingAt(rs, p); w != "" {
				inner = w
				p += len([]rune(w))
				q := p
				for q < len(rs) && isScale(rs[q]) {
					q++
				}
				if q > p {
					if m, err := parseNumber(rs[p:q]); err == nil {
						if u, _ := DefaultUnits().Match(rs, q); u != nil {
							afterScale, scaleWritten, p = m, string(rs[p:q]), q
						}
					}
				}
			}
		}
		if p+1 < len(rs) && rs[p] == ' ' && !isNumeral(rs[p+1]) {
			if u, _ := DefaultUnits().Match(rs, p+1); u != nil {
				p++ // one space between number and unit: 50 元
			}
		}
		u, n := DefaultUnits().Match(rs, p)
		if u == nil && inner != "" {
			// 多 may start the unit's word instead (多个 is not 多 + 个 here): try without it
			inner, p, afterScale, scaleWritten = "", k, 1, ""
			u, n = DefaultUnits().Match(rs, p)
		}
		geHalf := false
		if inner == "" && p < len(rs) && rs[p] == '个' {
			if gu, gn, w, h := unitAfterGe(rs, p); gu != nil {
				u, n, inner, geHalf = gu, gn, w, h // 17个多月, 1个半小时: not 17个, 1个半
			}
		}
		if u == nil {
			continue
		}
		v, err := parseNumber(rs[i:k]) // after the unit: most runs of numerals have none
		if err != nil {
			continue
		}
		if u.Surface == "两" && (unitAt(rs, p+n) || isLiang(rs[k-1])) {
			continue // 三两个人: a rough count (two or three), not 3 两; 两两: in pairs
		}
		if end2, u2, per := perUnit(rs, p+n); u2 != nil && u.Dimension != "percent" {
			// 元/人, 元/吨, 美元/桶, 公里/万平方公里: a rate, one unit per another
			u = &Unit{Surface: string(rs[p:end2]), Canonical: u.Canonical + "/" + per + u2.Canonical, Dimension: "rate", Scale: u.Scale}
			n = end2 - p
		} else if end2, t := timeAbbrPer(rs, p+n, u); t != "" {
			// 4次/d, 3g/d, 10mg/h: a Latin abbreviation of a time (lexicon kind timeabbr)
			u = &Unit{Surface: string(rs[p:end2]), Canonical: u.Canonical + "/" + t, Dimension: "rate", Scale: u.Scale}
			n = end2 - p
		} else if end2, u2 := productUnit(rs, p+n); u2 != nil {
			// 吨·公里, 人·km: a product of two units
			u = &Unit{Surface: string(rs[p:end2]), Canonical: u.Canonical + u2.Canonical, Dimension: "product", Scale: u.Scale}
			n = end2 - p
		}
		end := p + n
		half := geHalf && v == float64(int64(v))
		if geHalf && !half {
			continue // 1.5个半小时 is no number
		}
		if !half && end < len(rs) && rs[end] == '半' && u.Dimension != "currency" && v == float64(int64(v)) {
			half = true // 三斤半, 一年半: and a half
			end++
		}
		if found && (end < best.end || end == best.end && n <= len([]rune(best.unit.Surface))) {
			continue
		}
		if half {
			v += 0.5
		}
		scale := u.Scale
		if u.Surface == "折" && v > 10 && v < 100 && v == math.Trunc(v) && math.Mod(v, 10) != 0 && afterScale == 1 && !strings.ContainsFunc(string(rs[i:k]), isScale) {
			scale = 1 // 75折, 五五折: two digits are the percent itself (8折 is 80%)
		}
		if u.Dimension == "length" {
			if w, per := lexPertime.endingAt(rs, i); w != "" {
				// 每小时80公里: a speed (lexicon kind pertime)
				u = &Unit{Surface: u.Surface, Canonical: u.Canonical + "/" + per, Dimension: "speed", Scale: u.Scale}
			}
		}
		c := candidate{start: i, end: end, numEnd: k, value: v * afterScale * scale, unit: u, inner: inner}
		if scaleWritten == "" {
			scaleWritten = trailingScale(rs[i:k])
		}
		c.unitWritten = u.Surface
		if scaleWritten != "" {
			c.unitWritten = scaleWritten + u.Surface // no concatenation for the usual unit without a scale
		}
		c.allChinese, c.scaleOnly = writtenIn(rs[i:k])
		best, found = c, true
	}
	if !found && e == i+2 && isCnDigit(rs[i]) && isCnDigit(rs[i+1]) && e < len(rs) && rs[e] == '折' && !isLiang(rs[i+1]) {
		// 五五折, 三八折: two digits before 折 are the percent of the price
		if u, ok := DefaultUnits().Lookup("折"); ok && cnDigits[rs[i]] != 0 {
			best = candidate{start: i, end: e + 1, numEnd: e, value: cnDigits[rs[i]]*10 + cnDigits[rs[i+1]], unit: u, unitWritten: "折", allChinese: true}
			found = true
		}
	}
	if found {
		spokenAmount(rs, &best)
	}
	return best, found
}

// tenthsNextPlace extends a figure in 成 (tenths, 10 %) with one digit after
// it, the next place: 一成四 is 14 %, 二成三 23 %, 七成六 76 % (they gave 10, 20
// and 70); after Arabic digits an Arabic one, 8成7 87 %. The digit is one of 一 … 九 and stands alone: what follows it is no
// numeral, point or unit (三成五年内 stays 三成), and it is a word of its own
// to the segmenter (三成一线城市, 三成一致: 一线 and 一致 are words); without
// tokens only where the amount ends after it (一成四。, 七成六的).
// A vague word of lexicon kind inner in place of the digit (三成几, 三成多)
// joins the surface and gives its qualifier, where it is a token of its own.
func (s *sentence) tenthsNextPlace(c candidate) candidate {
	rs, p := s.rs, c.end
	if c.isRange || c.unit.Surface != "成" || c.value != math.Trunc(c.value) || p >= len(rs) {
		return c
	}
	if w, _ := lexInner.startingAt(rs, p); w != "" && c.inner == "" && s.tokens != nil {
		// 三成几, 三成多: the next place is not said, the share is over the tenths
		// (Cantonese 三成幾); the word stands alone, no part of 多为, 几乎
		q := p + len([]rune(w))
		if t, ok := s.tokenAt(p); ok && t.Start == p && t.End == q {
			c.end, c.inner = q, w
		}
		return c
	}
	chinese := c.allChinese && isCnDigit(rs[p]) && !isLiang(rs[p]) && cnDigits[rs[p]] != 0
	arabic := !c.allChinese && rs[p] >= '1' && rs[p] <= '9' // 8成7: 87 %
	if !chinese && !arabic {
		return c
	}
	q := p + 1
	if q < len(rs) && (isNumeral(rs[q]) || isPointAt(rs, q) || rs[q] == '.' || rs[q] == '分' || unitAt(rs, q)) {
		return c
	}
	if s.tokens != nil {
		if t, ok := s.tokenAt(p); !ok || t.Start != p || t.End != q {
			return c
		}
	} else if !amountEnds(rs, q) {
		return c
	}
	c.value += cnDigitValue(rs[p]) * c.unit.Scale / 10
	c.end = q
	return c
}

// unitAfterGe reads a unit written with the classifier 个 (个月, 个小时,
// 个星期, 个百分点) whose 个 stands apart from the rest by a qualifier of the
// number (lexicon kind inner: 17个多月, 3个多小时, 两个来月) or by 半 (1个半小时,
// 十五个半月: and a half) at rs[p]. It returns the unit, the runes read from p,
// the qualifier word ("" for 半) and whether 半 was read; a nil unit where no
// such unit stands (3个多人: 个人 is no unit; 3个半苹果 stays 3.5 个).
func unitAfterGe(rs []rune, p int) (*Unit, int, string, bool) {
	if p+2 >= len(rs) || rs[p] != '个' {
		return nil, 0, "", false
	}
	w, _ := lexInner.startingAt(rs, p+1)
	m := len([]rune(w))
	if w == "" {
		if rs[p+1] != '半' {
			return nil, 0, "", false
		}
		m = 1
	}
	q := p + 1 + m
	t := DefaultUnits()
	probe := append([]rune{'个'}, rs[q:min(len(rs), q+t.maxRunes-1)]...)
	u, n := t.Match(probe, 0)
	if u == nil || n < 2 {
		return nil, 0, "", false
	}
	return u, 1 + m + n - 1, w, w == ""
}

// moneyHintBefore reports whether the clause before rune k speaks of money
// (lexicon kinds moneyhint and moneynoun: 花了300块, 票价80块) or says
// nothing at all (7块): a whole amount in Arabic digits with a bare 块 at its
// end is money only then (净增银幕数2312块, is a count of screens), as 三五百块
// in Chinese or 3.04块 is money anyway.
func moneyHintBefore(rs []rune, k int) bool {
	if lexMoneyhint.endingInClause(rs, k, 24) != "" || lexMoneynoun.endingInClause(rs, k, 24) != "" {
		return true
	}
	// A clause with no words before the amount (7块) says nothing against money.
	for j := k; j > 0 && k-j < 24 && !clauseMark(rs[j-1]); j-- {
		if isHan(rs[j-1]) {
			return false
		}
	}
	return true
}

// spokenAmount extends a figure with what a spoken amount puts after its unit:
// smaller units (5元3角, 3元2角5分, 2美元又3美分, 3斤5两), one more digit for the
// next smaller place (八块五, 两毛五, 三块零四, 三米六; after Arabic digits one
// or two, 1米75, 9秒83: nextPlacesASCII), and 钱/整 (三块五毛钱,
// 肆佰圆整). 块 is money, not a classifier, when such an amount follows or
// nothing does (十块三毛, 五块钱, 花了三五百块。).
func spokenAmount(rs []rune, c *candidate) {
	block := c.unit.Surface == "块"
	if block {
		u := *c.unit
		u.Canonical, u.Dimension = "元", "currency"
		c.unit = &u
	}
	level := c.unit.Scale // the place of the unit written last: 元 1, 毛 0.1
	grew := false
	for addSubunit(rs, c, &level) {
		grew = true
	}
	if f, ok := lexNextdigit.runeWord(rs[c.end-1]); ok || grew && level > 0.01 && c.unit.Dimension == "currency" {
		factor, _ := strconv.ParseFloat(f, 64)
		if !ok {
			factor = level / 10
		}
		p := c.end
		if p < len(rs) && rs[p] == '零' && c.unit.Dimension == "currency" {
			p, factor = p+1, factor/10 // 三块零四: 3.04
		}
		money := c.unit.Dimension == "currency"
		if p < len(rs) && (isCnDigit(rs[p]) || block && isASCIIDigit(rs[p])) && !isLiang(rs[p]) || p < len(rs) && rs[p] == '两' && money {
			q := p + 1
			if q == len(rs) || !isNumeral(rs[q]) && !isCnPoint(rs[q]) && rs[q] != '.' && !unitAt(rs, q) && (money || amountEnds(rs, q)) {
				c.value += cnDigitValue(rs[p]) * factor
				c.end, grew = q, true
			}
		} else if v, q := nextPlacesASCII(rs, p, c); q > p && (money || amountEnds(rs, q)) {
			c.value += v * factor
			c.end, grew = q, true
		}
	}
	if c.unit.Dimension == "currency" {
		if w, _ := lexMoneyend.startingAt(rs, c.end); w != "" && (block || grew || c.unit.Canonical == "元") {
			c.end += len([]rune(w))
			grew = true
		}
	}
	if block && !grew && (!amountEnds(rs, c.end) || numberAfterBlock(rs, c.end) || c.value == math.Trunc(c.value) && slices.ContainsFunc(rs[c.start:c.end], isASCIIDigit) && !moneyHintBefore(rs, c.start)) {
		c.unit = defaultUnits.bySurface["块"] // 3块土地, 净增银幕2312块，: a classifier
	}
	if c.unit.Dimension == "currency" && c.unit.Scale < 1 && !grew && !amountEnds(rs, c.end) {
		c.weak = true // 房间一角有…, 一毛不拔: 角 and 毛 alone are money only where an amount ends
	}
}

// numberAfterBlock reports whether a number stands right after a bare 块,
// or after a qualifier before the number (一块5厘米的木板, 内置一块8300mAh电池,
// 切一块约200克的肉): 块 is then the measure word of a piece, no money, which
// would have taken the digit as its next place (一块5, 三块五) or a smaller
// unit (一块5毛) before this is asked.
func numberAfterBlock(rs []rune, p int) bool {
	if w, _ := lexBefore.startingAt(rs, p); w != "" {
		p += len([]rune(w))
	}
	return p < len(rs) && (isASCIIDigit(rs[p]) || isCnDigit(rs[p]) && p+1 < len(rs) && unitAt(rs, p+1))
}

// clockBefore reports whether the number at rs[k] follows the hour of a
// time of day, a number and 点 or 时 (10点30分, 3时9分53秒): its minutes.
func clockBefore(rs []rune, k int) bool {
	if k < 2 || rs[k-1] != '点' && rs[k-1] != '时' {
		return false
	}
	return isNumeral(rs[k-2])
}

// nextPlacesASCII reads the next smaller places written in Arabic digits
// after the unit of a number in Arabic digits (9秒83 is 9.83 秒, 1米75 1.75
// 米, 9秒8 9.8 秒): one or two digits that end the amount, no numeral,
// point or unit after them. It returns them as a fraction of the first
// place (83 → 8.3, so that v × the place's factor is the value) and where
// they end, or p where none stand there.
func nextPlacesASCII(rs []rune, p int, c *candidate) (float64, int) {
	if c.allChinese || p >= len(rs) || !isASCIIDigit(rs[p]) {
		return 0, p
	}
	q := p
	for q < len(rs) && q-p < 3 && isASCIIDigit(rs[q]) {
		q++
	}
	if q-p > 2 || q < len(rs) && (isNumeral(rs[q]) || isCnPoint(rs[q]) || rs[q] == '.' || rs[q] == ',' || unitAt(rs, q)) {
		return 0, p
	}
	v := cnDigitValue(rs[p])
	if q-p == 2 {
		v += cnDigitValue(rs[p+1]) / 10
	}
	return v, q
}

// amountEnds reports whether an amount may end before rs[q]: at the end, before
// a mark or a qualifier (左右, 以上), or before 的.
func amountEnds(rs []rune, q int) bool {
	if q >= len(rs) || !isHan(rs[q]) || rs[q] == '的' {
		return true
	}
	w, _ := lexAfter.startingAt(rs, q)
	return w != ""
}

// unitAt reports whether a unit starts at rs[q].
func unitAt(rs []rune, q int) bool {
	u, _ := DefaultUnits().Match(rs, q)
	return u != nil
}

// cnDigitValue is the value of one digit, Chinese or Arabic.
func cnDigitValue(r rune) float64 {
	if isASCIIDigit(r) {
		return float64(r - '0')
	}
	return cnDigits[r]
}

// addSubunit extends a figure with one smaller unit after it (5元3角 → 5.3 元;
// lexicon kind subunit), smaller than the place written last; it reports
// whether it did.
// subunitFactor reads a subunit's spec (lexicon kind subunit: 元=0.1, or
// several parents, 小时=0.0166…|个小时=0.0166…) for the figure's unit: the
// part of that unit the subunit is, and whether the figure is then given in
// the subunit (a factor ending in >: 分=1/60> for 9分53秒, 593 秒, as a bare
// 分 is no unit of time of its own).
func subunitFactor(spec, unit string) (factor float64, into, ok bool) {
	for _, one := range strings.Split(spec, "|") {
		u, f, ok := strings.Cut(one, "=")
		if !ok || u != unit {
			continue
		}
		f, into = strings.CutSuffix(f, ">")
		if n, d, frac := strings.Cut(f, "/"); frac { // 1/60: a minute of an hour
			nv, err1 := strconv.ParseFloat(n, 64)
			dv, err2 := strconv.ParseFloat(d, 64)
			if err1 != nil || err2 != nil || dv == 0 {
				return 0, false, false
			}
			return nv / dv, into, true
		}
		factor, err := strconv.ParseFloat(f, 64)
		return factor, into, err == nil
	}
	return 0, false, false
}

func addSubunit(rs []rune, c *candidate, level *float64) bool {
	p := c.end
	if p < len(rs) && (rs[p] == '又' || rs[p] == '零') {
		p++
	}
	if p >= len(rs) || !isNumeral(rs[p]) {
		return false
	}
	for e := numeralRunEnd(rs, p); e > p; e-- {
		v, err := parseNumber(rs[p:e])
		if err != nil {
			continue
		}
		w, spec := lexSubunit.startingAt(rs, e)
		if w == "" {
			return false
		}
		if _, n := DefaultUnits().Match(rs, e); n > len([]rune(w)) {
			return false // 3分钟 is minutes, not 3 分
		}
		factor, into, ok := subunitFactor(spec, c.unit.Canonical)
		if !ok || factor >= *level || v*factor >= *level {
			return false
		}
		if into {
			u, ok := DefaultUnits().Lookup(w)
			if !ok || clockBefore(rs, c.start) {
				return false // 10点30分20秒: a time of day
			}
			c.value, c.unit, c.unitWritten = c.value/factor+v, u, w
			*level = u.Scale
		} else {
			c.value += v * factor
			*level = factor
		}
		c.end = e + len([]rune(w))
		c.compound = true
		return true
	}
	return false
}

// scanPrefixed reads a number after a currency sign or name: $20, ¥300,
// HK$1.5亿, US$ 12, 港币30, 人民币 2.5亿元, $100-500. Where a currency unit
// follows the number (港币两千九百六十元, 新台币 150 亿元), the figure is the
// number and that unit, in the currency named before it, and a range of two
// such amounts is one figure (人民币2.5亿元至3亿元), as without the name.
func scanPrefixed(rs []rune, i int, blocked []bool) (candidate, bool) {
	if !prefixFirst.has(rs[i]) {
		return candidate{}, false
	}
	w, surface := lexPrefix.startingAt(rs, i)
	if w == "" {
		return candidate{}, false
	}
	u, ok := DefaultUnits().Lookup(surface)
	if !ok {
		return candidate{}, false
	}
	word := isHan([]rune(w)[0])
	if word && i > 0 && (isNumeral(rs[i-1]) || isASCIIDigit(rs[i-1])) {
		return candidate{}, false // 100亿美元20家: the unit of the number before
	}
	j := i + len([]rune(w))
	for j < len(rs) && rs[j] == ' ' {
		j++
	}
	if j >= len(rs) || !isASCIIDigit(rs[j]) && !(word && isNumeral(rs[j])) {
		return candidate{}, false
	}
	c, ok := scanNumberUnit(rs, j)
	money := ok && c.unit.Dimension == "currency"
	if ok && (c.unit.Dimension == "rate" || c.unit.Dimension == "score") {
		c, money = moneyAfterName(c, u)
	}
	if money {
		// The range is read from the currency's start, so that a change
		// word before it is seen (增加人民币96亿元至22509亿元: no range).
		if r, ok := scanRange(rs, i, j, numeralRunEnd(rs, j), c, true, blocked); ok {
			c = r
		}
		if c.unit.Canonical == "元" {
			c.unit = u
		}
		c.start = j
		if !word {
			c.start = i
		}
		return c, true
	}
	if word { // 港币100至200元: the first end takes the second's unit
		if r, ok := scanRange(rs, j, j, numeralRunEnd(rs, j), candidate{}, false, blocked); ok && r.unit.Dimension == "currency" {
			if r.unit.Canonical == "元" {
				r.unit = u
			}
			return r, true
		}
	}
	e := numeralRunEnd(rs, j)
	for e > j && !isASCIIDigit(rs[e-1]) && !isScale(rs[e-1]) && !isCnDigit(rs[e-1]) {
		e--
	}
	v, err := parseNumber(rs[j:e])
	if err != nil {
		return candidate{}, false
	}
	c = candidate{start: i, end: e, numEnd: e, value: v * u.Scale, unit: u, unitWritten: w + trailingScale(rs[j:e])}
	c.allChinese, _ = writtenIn(rs[j:e])
	if e+1 < len(rs) && isRangeConnector(rs[e]) && isASCIIDigit(rs[e+1]) == isASCIIDigit(rs[j]) {
		// $100-500, £100到300: the second end in the same currency
		f := numeralRunEnd(rs, e+1)
		if hi, err := parseNumber(rs[e+1 : f]); err == nil {
			lo := carryScale(rs[j:e], rs[e+1:f], v, hi) * u.Scale
			if hi *= u.Scale; lo < hi && !unitAt(rs, f) {
				c.isRange, c.low, c.high, c.end, c.numEnd = true, lo, hi, f, f
			}
		}
	}
	return c, true
}

// moneyAfterName reads the unit of an amount after a currency's name u that
// is no currency unit itself: a rate of money (人民币28元/股 is 28 元/股, in
// the named currency where its numerator is the plain 元: 港币3元/股 is
// 港元/股), or a smaller unit of money (lexicon kind subunit: 人民币31.79分 is
// 0.3179 元; 分 alone stays a score). It reports false for any other unit.
func moneyAfterName(c candidate, u *Unit) (candidate, bool) {
	if c.unit.Dimension == "rate" {
		num, per, _ := strings.Cut(c.unit.Canonical, "/")
		nu, ok := DefaultUnits().Lookup(num)
		if !ok || nu.Dimension != "currency" || c.isRange {
			return c, false
		}
		if num == "元" && u.Canonical != "元" {
			r := *c.unit
			r.Canonical = u.Canonical + "/" + per
			c.unit = &r
		}
		return c, true
	}
	w, spec := lexSubunit.startingAt([]rune(c.unit.Surface), 0)
	if w != c.unit.Surface || c.isRange || c.inner != "" {
		return c, false
	}
	factor, into, ok := subunitFactor(spec, u.Canonical)
	if !ok || into {
		return c, false
	}
	cu := *u
	cu.Scale = factor
	c.value, c.unit = c.value*factor, &cu
	return c, true
}

// perUnit reads "/unit" at i: the denominator of a rate (元/人), which may
// carry a scale (公里/万平方公里). It returns where it ends, the unit, and the
// scale as written; a nil unit when there is none.
func perUnit(rs []rune, i int) (int, *Unit, string) {
	if i+2 < len(rs) && rs[i] == ' ' && rs[i+1] == '/' {
		i++ // 9.5 km /万km2
	}
	if i+1 >= len(rs) || rs[i] != '/' {
		return 0, nil, ""
	}
	j := i + 1
	for j < len(rs) && isScale(rs[j]) && j < i+3 {
		j++
	}
	u, n := DefaultUnits().Match(rs, j)
	if u == nil || strings.Contains(u.Surface, "/") {
		return 0, nil, ""
	}
	// A time after a person or household is part of the basis: 元/人月,
	// 元/人·年, 元/户月 (per person and month), unless the time opens a word
	// of its own (元/人年均…, 元/人月份).
	if k := j + n; (u.Dimension == "people" || u.Dimension == "count") && k < len(rs) {
		if rs[k] == '·' && k+1 < len(rs) {
			k++
		}
		if strings.ContainsRune("月年日天", rs[k]) && (k+1 == len(rs) || !strings.ContainsRune("份度初末底均中内里以来前后", rs[k+1])) {
			t := string(rs[j+n : k+1])
			return k + 1, &Unit{Surface: u.Surface + t, Canonical: u.Canonical + t, Dimension: u.Dimension, Scale: u.Scale}, string(rs[i+1 : j])
		}
	}
	if end, u2 := productUnit(rs, j+n); u2 != nil {
		// 元/吨·公里, 元/人·公里: the denominator is a product of two units
		return end, &Unit{Surface: string(rs[j:end]), Canonical: u.Canonical + u2.Canonical, Dimension: "product", Scale: u.Scale}, string(rs[i+1 : j])
	}
	return j + n, u, string(rs[i+1 : j])
}

// timeAbbrPer reads "/d", "/h" or "/min" at i after a unit of a count, a
// mass or a volume (4次/d, 3g/d, 10mg/h): the Latin abbreviation of a time
// (lexicon kind timeabbr) as the denominator of a dose or a frequency. The
// abbreviation is a run of letters of its own (no letter or digit after it:
// 2次/day, 3g/dL stay what they were). It returns where it ends and the unit
// of time, or "".
func timeAbbrPer(rs []rune, i int, u *Unit) (int, string) {
	if i+1 >= len(rs) || rs[i] != '/' || !isASCIILetter(rs[i+1]) {
		return 0, ""
	}
	if u.Dimension != "count" && u.Dimension != "mass" && u.Dimension != "volume" {
		return 0, ""
	}
	j := i + 1
	for j < len(rs) && isASCIILetter(rs[j]) {
		j++
	}
	if j < len(rs) && (isASCIIDigit(rs[j]) || rs[j] == '_' || rs[j] == '/') {
		return 0, ""
	}
	if t, ok := lexTimeabbr.words[string(rs[i+1:j])]; ok {
		return j, t
	}
	return 0, ""
}

// productUnit reads "·unit" at i: the second factor of a product unit
// (吨·公里, 人·km). It returns where it ends, or a nil unit.
func productUnit(rs []rune, i int) (int, *Unit) {
	if i+1 >= len(rs) || rs[i] != '·' && rs[i] != '•' {
		return 0, nil
	}
	u, n := DefaultUnits().Match(rs, i+1)
	if u == nil || strings.ContainsAny(u.Surface, "/·") || u.Dimension == "currency" || u.Dimension == "percent" {
		return 0, nil
	}
	return i + 1 + n, u
}

// trailingScale returns the scale characters after the last digit: 8.58亿 → 亿.
func trailingScale(num []rune) string {
	j := len(num)
	for j > 0 && isScale(num[j-1]) {
		j--
	}
	if j == 0 {
		return ""
	}
	return string(num[j:])
}

// writtenIn tells whether a number uses Chinese numerals only, and whether it
// is only scale characters other than 十 (千, 百, 万).
func writtenIn(num []rune) (allChinese, scaleOnly bool) {
	allChinese, scaleOnly = true, true
	for _, r := range num {
		if isASCIIDigit(r) {
			allChinese = false
		}
		if !isScale(r) || r == '十' || r == '拾' {
			scaleOnly = false // 十项 is ten; a bare 百 or 千 is vaguer
		}
	}
	return
}

// isRangeConnector reports whether r joins the two ends of a range: 1天到2天,
// 3至5年, 20%-30%.
func isRangeConnector(r rune) bool {
	return r == '到' || r == '至' || r == '-' || r == '~' || r == '—'
}

// inclusiveMark is written after an end of a range or a bound: 2万(含)-8万元,
// 50万元(含)以上.
const inclusiveMark = "(含)"

// skipInclusive returns the position after "(含)" at j, or j.
func skipInclusive(rs []rune, j int) int {
	if hasAt(rs, j, inclusiveMark) {
		return j + len([]rune(inclusiveMark))
	}
	return j
}

// hasAt reports whether rs holds w at j.
func hasAt(rs []rune, j int, w string) bool {
	if j < 0 {
		return false
	}
	for _, r := range w {
		if j >= len(rs) || rs[j] != r {
			return false
		}
		j++
	}
	return true
}

// scanRange reads "A connector B unit" or "A unit connector B unit" at rs[i],
// where A's number starts at numStart (after a minus sign: -12.5%至-8.3%) and
// its numerals end at aNumEnd.
// A without a unit takes B's unit and B's scale where A has none of its own
// (10-15亿元, 一百三十到一百六十万元 → 130万–160万, 六千到八千亿元); an end
// that would then pass B keeps its own value (8500到3万港元). A dash after
// an end is a range mark, never a minus sign of B (2万(含)-8万元).
func scanRange(rs []rune, i, numStart, aNumEnd int, a candidate, aOK bool, blocked []bool) (candidate, bool) {
	aEnd := aNumEnd
	if aOK {
		aEnd = a.end
	}
	aEnd = skipInclusive(rs, aEnd)
	if aEnd >= len(rs)-1 || !isRangeConnector(rs[aEnd]) {
		return candidate{}, false // checked first: most numbers end no range
	}
	var aVal float64
	if aOK {
		aVal = a.value
	} else {
		v, err := parseNumber(rs[numStart:aNumEnd])
		if err != nil {
			return candidate{}, false
		}
		aVal = v
		if i < numStart {
			aVal = -aVal
		}
	}
	dash := rs[aEnd] == '-' || rs[aEnd] == '—'
	if rs[aEnd] == '-' && aEnd > 0 && isASCIIDigit(rs[aEnd-1]) && gluedMinus(rs, aEnd) {
		return candidate{}, false
	}
	j := aEnd + 1
	for j < len(rs) && (rs[j] == '—' || dash && rs[j] == '-') { // ——, --
		j++
	}
	sign := 1.0
	if j+1 < len(rs) && !dash && isMinus(rs, j) {
		sign, j = -1, j+1 // 至-8.3%
	}
	if j >= len(rs) || blocked[j] || !isNumeral(rs[j]) {
		return candidate{}, false
	}
	b, ok := scanNumberUnit(rs, j)
	if !ok || b.inner != "" {
		return candidate{}, false
	}
	b.value *= sign
	if aOK && a.unit.Surface == "块" && b.unit.Dimension == "currency" && b.unit.Canonical == "元" {
		a.unit = b.unit // 两块到三块: money like the second end
	}
	if aOK && (a.unit.Canonical != b.unit.Canonical || a.inner != "") {
		return candidate{}, false
	}
	if !aOK {
		aVal = carryScale(rs[numStart:aNumEnd], rs[j:b.numEnd], aVal, b.value/b.unit.Scale) * b.unit.Scale
	}
	if !(aVal < b.value) {
		return candidate{}, false
	}
	if aOK && !dash && a.unit.Dimension != "percent" && b.value > 3*aVal && aVal > 0 {
		k := i
		if w, _ := lexBefore.endingAt(rs, k); w != "" {
			k -= len([]rune(w)) // 减少约1,500人至3,830,100人: a qualifier of the change's figure between
		}
		if w, _ := lexChange.endingAt(rs, k); w != "" {
			return candidate{}, false // 增加96亿港元至22509亿港元: the change, then the level it reached
		}
	}
	chA, _ := writtenIn(rs[numStart:aNumEnd])
	chB, _ := writtenIn(rs[j:b.numEnd])
	return candidate{start: i, end: b.end, numEnd: b.numEnd, low: aVal, high: b.value, isRange: true,
		unit: b.unit, unitWritten: b.unitWritten, allChinese: chA && chB}, true
}

// carryScale gives the first end of a range the scale written only after the
// second: all of B's trailing scale when A is a single digit (两~3百 → 200,
// 两到三仟 → 2000, 3-5千万 → 3千万), else B's big scale (万, 亿) when A has none
// (10-15亿 → 10亿, 十八至三十万 → 18万, 一百三十到一百六十万 → 130万). When the
// scaled end would not be below B, A stands as written (8500到3万).
func carryScale(aNum, bNum []rune, aVal, bVal float64) float64 {
	bScale := []rune(trailingScale(bNum))
	if len(bScale) == 0 || strings.ContainsFunc(string(aNum), isCnBig) {
		return aVal
	}
	carried := bScale
	if !(len(aNum) == 1 && (isCnDigit(aNum[0]) || isASCIIDigit(aNum[0]))) {
		k := len(bScale)
		for k > 0 && isCnBig(bScale[k-1]) {
			k--
		}
		carried = bScale[k:]
	}
	if len(carried) == 0 {
		return aVal
	}
	m, err := parseNumber(carried)
	if err != nil || !(aVal*m < bVal) {
		return aVal
	}
	return aVal * m
}

// scanAdjacentDigitsTo reads the Chinese way of writing a rough range: two
// digits side by side where one stands (三四百人 300–400, 十七八万 170000–180000,
// 六百七八十吨 680–690, 二三十个 20–30, 十五六卢布 15–16, 三五百公里 300–500).
// Each end is the number written with one of the two digits; the pair is two
// neighbouring digits, or 三五 and 一两 (a few).
//
// The numerals at i end at e.
func scanAdjacentDigitsTo(rs []rune, i, e int) (candidate, bool) {
	if !isCnDigit(rs[i]) && !isScale(rs[i]) {
		return candidate{}, false // the pair and what comes before it are Chinese numerals
	}
	p := i // the pair stands at p, p+1: after a scale character or at the start
	for p+1 < e && !(isCnDigit(rs[p]) && isCnDigit(rs[p+1]) && (p == i || isScale(rs[p-1]))) {
		if !isCnDigit(rs[p]) && !isScale(rs[p]) {
			return candidate{}, false
		}
		p++
	}
	if p+1 >= e || !adjacentPair(rs[p], rs[p+1]) {
		return candidate{}, false
	}
	k := p + 2
	for k < e && isScale(rs[k]) {
		k++
	}
	if k != e {
		return candidate{}, false // more digits follow: 一二三四, 二〇一九
	}
	lowNum := append(append([]rune{}, rs[i:p+1]...), rs[p+2:k]...)
	highNum := append([]rune{}, rs[i:p]...)
	highNum = append(highNum, rs[p+1:k]...)
	lo, err1 := parseNumber(lowNum)
	hi, err2 := parseNumber(highNum)
	if err1 != nil || err2 != nil || !(lo < hi) {
		return candidate{}, false
	}
	u, n := DefaultUnits().Match(rs, k)
	if u == nil {
		return candidate{}, false
	}
	tail := candidate{end: k + n, unit: u}
	spokenAmount(rs, &tail) // 三五百块: money
	if tail.value != 0 {
		return candidate{}, false // 两三块五: no rough range
	}
	return candidate{start: i, end: tail.end, numEnd: k, low: lo * u.Scale, high: hi * u.Scale, isRange: true,
		unit: tail.unit, unitWritten: string(rs[p+2:k]) + u.Surface, allChinese: true}, true
}

// adjacentPair reports whether two digits written side by side name a rough
// range: neighbours (七八, 二三), or 三五 and 一两.
func adjacentPair(a, b rune) bool {
	d1, d2 := cnDigits[a], cnDigits[b]
	if d1 == 0 {
		return false
	}
	return d2 == d1+1 || d1 == 3 && d2 == 5 && !isLiang(b)
}

// scanFractionTo reads a written fraction or percent: 三分之一, 百分之五十, 千分之三,
// and the spoken 百分百, 百分三十.
//
// The numerals at i end at d.
func scanFractionTo(rs []rune, i, d int) (candidate, bool) {
	if d == i || d+1 >= len(rs) || rs[d] != '分' {
		return candidate{}, false
	}
	j := d + 2
	if rs[d+1] != '之' {
		if d != i+1 || rs[i] != '百' || !isNumeral(rs[d+1]) {
			return candidate{}, false
		}
		j = d + 1 // 百分三十: 之 left out
	}
	e := numeralRunEnd(rs, j)
	if e == j {
		return candidate{}, false
	}
	v, err := ParseFraction(string(rs[i:d]) + "分之" + string(rs[j:e]))
	if err != nil {
		return candidate{}, false
	}
	pct, _ := DefaultUnits().Lookup("%")
	chinese, _ := writtenIn(rs[i:d])
	return candidate{start: i, end: e, numEnd: e, value: v, unit: pct, unitWritten: "分之", allChinese: chinese, fraction: true}, true
}

// figureIn turns a candidate into a Figure (the context fields are set
// later), its surface taken from the sentence's text without a copy and its
// values stored in vals.
func (c candidate) figureIn(s *sentence, vals *[2]float64) Figure {
	return c.figureWith(s.substring(c.start, c.end), vals)
}

// figureWith is figureIn with the given surface. The figure's value
// pointers point into vals: its two values (a range's ends, or a value and
// its base value), the figure's own.
func (c candidate) figureWith(surface string, vals *[2]float64) Figure {
	f := Figure{Start: c.start, End: c.end, Surface: surface,
		Unit: c.unit.Canonical, UnitWritten: c.unitWritten, Dimension: c.unit.Dimension}
	if c.isRange {
		vals[0], vals[1] = c.low, c.high
		f.Low, f.High = &vals[0], &vals[1]
	} else {
		vals[0] = c.value
		f.Value = &vals[0]
		if c.unit.BaseUnit != "" {
			vals[1] = c.value * c.unit.BaseFactor
			f.BaseValue, f.BaseUnit = &vals[1], c.unit.BaseUnit
		}
	}
	return f
}

// scanBareScale reads an amount written in Arabic digits with a large scale
// and no unit after it (营收8628.61亿, 达2.6兆): the unit is the one the
// document declared for such amounts (（台币，下同）), else 元. Whether it is a
// figure at all is decided by rejectFigure, which wants a money noun before it.
func scanBareScale(rs []rune, i int, blocked []bool, unit *Unit) (candidate, bool) {
	if unit == nil || blocked[i] || !isASCIIDigit(rs[i]) && rs[i] != '.' || !startsNumber(rs, i) {
		return candidate{}, false // the 77 of ..77亿 or v2.77亿, the 7 of 77亿, is no amount
	}
	e := numeralRunEnd(rs, i)
	if e-i < 2 || !isCnBig(rs[e-1]) {
		return candidate{}, false
	}
	if e < len(rs) && (isNumeral(rs[e]) || strings.ContainsRune("多余几", rs[e])) {
		return candidate{}, false
	}
	if u, n := DefaultUnits().Match(rs, e); u != nil && !priceFrom(rs, i, e, n) {
		return candidate{}, false // a unit follows: scanNumberUnit's reading
	}
	k := e
	for k > i && isScale(rs[k-1]) {
		k--
	}
	for _, r := range rs[i:k] {
		if !isASCIIDigit(r) && r != '.' && r != ',' {
			return candidate{}, false // 3万5千, 一亿: not the written form of a reported amount
		}
	}
	v, err := parseNumber(rs[i:e])
	if err != nil {
		return candidate{}, false
	}
	return candidate{start: i, end: e, numEnd: e, value: v * unit.Scale, unit: unit, unitWritten: string(rs[k:e]), bare: true}, true
}

// priceFrom reports whether the unit of n runes at e after a bare amount
// from i is 起 "from" closing a price (售价12.98万起, 总价80万起。), not a
// count of incidents (事故1.2万起): 起 ends its clause and a noun of money
// (lexicon kind moneynoun) stands before the amount in it.
func priceFrom(rs []rune, i, e, n int) bool {
	if n != 1 || rs[e] != '起' || e+1 < len(rs) && isHan(rs[e+1]) {
		return false
	}
	return lexMoneynoun.endingInClause(rs, i, 12) != ""
}

// DeclaredUnit finds a declaration of the unit of the amounts that follow, a
// currency in parentheses with 下同 (（台币，下同）, (港元, 下同)), and returns
// that unit, or nil.
func DeclaredUnit(rs []rune) *Unit {
	for i, r := range rs[:max(len(rs)-2, 0)] {
		if r != '(' && r != '（' {
			continue
		}
		u, n := DefaultUnits().Match(rs, i+1)
		if u == nil || u.Dimension != "currency" {
			continue
		}
		j := i + 1 + n
		for j < len(rs) && (rs[j] == ' ' || rs[j] == ',' || rs[j] == '，' || rs[j] == '、' || rs[j] == ';' || rs[j] == '；') {
			j++
		}
		if hasAt(rs, j, "下同") {
			return u
		}
	}
	return nil
}

// rowLabelUnit reads the start of a table row flattened to one line: its label
// and the unit of its cells in parentheses, then the cells (营业收入(元)2,071,488,667.07…,
// 总资产（万元） 12,345.60). It returns the unit, the scale written before it
// (万元: 1e4) and where the cells start; nil when the line does not start so.
func rowLabelUnit(rs []rune) (*Unit, float64, int) {
	open := -1
	for i, r := range rs {
		if i > 40 || isASCIIDigit(r) || clauseMark(r) {
			break
		}
		if r == '(' || r == '（' {
			open = i
			break
		}
	}
	if open < 1 || !isHan(rs[open-1]) && rs[open-1] != ' ' {
		return nil, 0, 0
	}
	j, scale := open+1, 1.0
	for j < len(rs) && isCnBig(rs[j]) || j < len(rs) && strings.ContainsRune("千百", rs[j]) && j+1 < len(rs) && isCnBig(rs[j+1]) {
		j++
	}
	if j > open+1 {
		m, err := parseNumber(rs[open+1 : j])
		if err != nil {
			return nil, 0, 0
		}
		scale = m
	}
	u, n := DefaultUnits().Match(rs, j)
	if u == nil || u.Dimension == "percent" {
		return nil, 0, 0
	}
	k := j + n
	if end, u2, per := perUnit(rs, k); u2 != nil { // 元/股
		u = &Unit{Surface: string(rs[j:end]), Canonical: u.Canonical + "/" + per + u2.Canonical, Dimension: "rate", Scale: u.Scale}
		k = end
	}
	if k >= len(rs) || rs[k] != ')' && rs[k] != '）' {
		return nil, 0, 0
	}
	k++
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	if k >= len(rs) || !isASCIIDigit(rs[k]) {
		return nil, 0, 0
	}
	return u, scale, k
}

// scanRowCell reads a cell of a flattened table row: an Arabic number with no
// unit of its own, in the unit of the row's label.
func scanRowCell(rs []rune, i int, blocked []bool, u *Unit, scale float64) (candidate, bool) {
	if u == nil || blocked[i] || !isASCIIDigit(rs[i]) || !startsNumber(rs, i) && !(i > 0 && rs[i-1] == '-') {
		return candidate{}, false
	}
	e := i
	for e < len(rs) && (isASCIIDigit(rs[e]) || rs[e] == ',' || rs[e] == '.' && e+1 < len(rs) && isASCIIDigit(rs[e+1])) {
		e++
	}
	if e < len(rs) && (rs[e] == '%' || rs[e] == '％' || isNumeral(rs[e])) {
		return candidate{}, false
	}
	if v, _ := DefaultUnits().Match(rs, e); v != nil {
		return candidate{}, false
	}
	v, err := parseNumber(rs[i:e])
	if err != nil {
		return candidate{}, false
	}
	return candidate{start: i, end: e, numEnd: e, value: v * scale * u.Scale, unit: u, unitWritten: u.Surface}, true
}
