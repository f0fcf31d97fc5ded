package pipeline

import (
	"strings"
	"time"

	"github.com/zhmetrics/zhmetrics/extract"
	"github.com/zhmetrics/zhmetrics/timex"
)

// Meta is what a document says about itself.
type Meta struct {
	Title string
	Date  time.Time // zero when unknown
	URL   string
	// Frame is the document's frame (timescope.FrameOf of its first chunk:
	// 2024年) for a chunk that starts mid-document; "" for a whole document.
	Frame string
	// Continues is set for a chunk after a document's first (streaming): its
	// first line is no headline.
	Continues bool
	// Bare is, for a chunk after a document's first, the unit an earlier
	// chunk declared for the amounts with a scale and no unit that follow
	// (（台币，下同）: extract.DeclaredUnit); nil for a whole document.
	Bare *extract.Unit
}

// headerKeys are the keys of a leading metadata block (Title: … / Date: … / URL: …).
var headerKeys = map[string]string{"title": "title", "标题": "title", "date": "date", "日期": "date",
	"url": "url", "链接": "url", "source": "", "来源": "", "author": "", "作者": ""}

// maxHeaderKey bounds the bytes of a key that strings.ToLower can make one
// of headerKeys: four times the longest (a character lowered is at least a
// quarter as long as it was), so that a first line of text is not lowered
// whole.
var maxHeaderKey = func() int {
	n := 0
	for k := range headerKeys {
		n = max(n, 4*len(k))
	}
	return n
}()

// dateLines is how many lines after the header are searched for a date.
const dateLines = 5

// ParseHeader reads a leading block of "Key: value" lines (Title, Date, URL)
// into Meta; without a Date there, the first date in the next lines is taken
// (2025年01月17日来源：南方日报, 发布时间:2025-01-20). The text is not changed:
// header lines are text too, and figures in a title are figures.
func ParseHeader(text string) Meta {
	var m Meta
	var lines []string // the lines read so far (only the first few are ever read)
	rest, ended := text, false
	line := func(k int) (string, bool) {
		for len(lines) <= k && !ended {
			var l string
			l, rest, ended = strings.Cut(rest, "\n")
			lines = append(lines, l)
			ended = !ended
		}
		if k < len(lines) {
			return lines[k], true
		}
		return "", false
	}
	i := 0
	for ; ; i++ {
		l, ok := line(i)
		if !ok {
			break
		}
		field, value, ok := headerField(l)
		if !ok {
			break
		}
		value = strings.TrimSpace(value)
		if strings.EqualFold(value, "none") || strings.EqualFold(value, "null") {
			value = ""
		}
		switch field {
		case "title":
			m.Title = value
		case "url":
			m.URL = value
		case "date":
			m.Date = findDate(value)
		}
	}
	for j := i; m.Date.IsZero() && j < i+dateLines; j++ {
		l, ok := line(j)
		if !ok {
			break
		}
		m.Date = findDate(l)
	}
	for j := i; m.Date.IsZero() && j < i+dateLines; j++ {
		l, ok := line(j)
		if !ok {
			break
		}
		m.Date = dateline(l, m.URL) // 新华社北京3月5日电, the year from the URL
	}
	return m
}

// headerField reads a line of a metadata block: the field its key names
// (headerKeys) and its value; ok is false for any other line. A key longer
// than maxHeaderKey names none: the first line of a text is not lowered
// whole.
func headerField(l string) (field, value string, ok bool) {
	key, value, ok := strings.Cut(l, ":")
	if !ok {
		key, value, ok = strings.Cut(l, "：")
	}
	if key = strings.TrimSpace(key); !ok || len(key) > maxHeaderKey {
		return "", "", false
	}
	if field, ok = headerKeys[strings.ToLower(key)]; !ok {
		return "", "", false
	}
	return field, value, true
}

// dateline returns the date of a news dateline whose year the URL gives
// (新华社北京3月5日电, 中新网1月18日电; a year in the URL's path: /2023/0110/,
// /202301/, /2023-01-10/); the zero time when either is missing (a year
// guessed from the text would be wrong for January's reports on the year
// before).
func dateline(line, url string) time.Time {
	month, day, ok := datelineDay(line)
	if !ok {
		return time.Time{}
	}
	year, ok := urlYear(url)
	if !ok {
		return time.Time{}
	}
	return findDate(year + "年" + month + "月" + day + "日")
}

// datelineDay finds the first news dateline without its year, 3月5日电 or
// 1月18日讯: its month and day as written (the regular expression
// (\d{1,2})月(\d{1,2})日(?:电|讯), read by hand).
func datelineDay(s string) (month, day string, ok bool) {
	for at := 0; ; {
		k := strings.Index(s[at:], "月")
		if k < 0 {
			return "", "", false
		}
		k += at
		at = k + len("月")
		m0 := k // the month: the last one or two digits before 月
		for m0 > 0 && k-m0 < 2 && isDigit(s[m0-1]) {
			m0--
		}
		if m0 == k {
			continue
		}
		d1 := at // the day: one or two digits, then 日 and 电 or 讯
		for d1 < len(s) && d1-at < 2 && isDigit(s[d1]) {
			d1++
		}
		if d1 == at {
			continue
		}
		rest := s[d1:]
		if !strings.HasPrefix(rest, "日") {
			continue // (with two digits not followed by 日, one is not either)
		}
		if rest = rest[len("日"):]; strings.HasPrefix(rest, "电") || strings.HasPrefix(rest, "讯") {
			return s[m0:k], s[at:d1], true
		}
	}
}

// urlYear finds the first year in a URL's path, /2023/0110/, /202301/,
// /2023-01-10/, /20230110.html (the regular expression
// /((?:19|20)\d{2})(?:/|-|\d{2,4}/|\d{4}\D), read by hand).
func urlYear(url string) (string, bool) {
	for p := strings.IndexByte(url, '/'); p >= 0; {
		if y := url[p+1:]; len(y) >= 4 && (y[:2] == "19" || y[:2] == "20") && isDigit(y[2]) && isDigit(y[3]) {
			rest := y[4:]
			digits := 0
			for digits < len(rest) && isDigit(rest[digits]) {
				digits++
			}
			switch {
			case rest != "" && (rest[0] == '/' || rest[0] == '-'),
				digits >= 2 && digits <= 4 && digits < len(rest) && rest[digits] == '/',
				digits >= 4 && len(rest) > 4 && !isDigit(rest[4]):
				return y[:4], true
			}
		}
		k := strings.IndexByte(url[p+1:], '/')
		if k < 0 {
			break
		}
		p += 1 + k
	}
	return "", false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// findDate returns the first valid calendar date in s, or the zero time:
// 2025年01月17日, 2025-01-20, (2024-03-05), and days the time normaliser
// reads with their year (二〇二四年三月五日, ROC 113年3月5日, and eight
// digits standing alone: a line 20250101, not 编号20250101).
func findDate(s string) time.Time {
	if t := findDigitDate(s); !t.IsZero() {
		return t
	}
	if (!strings.Contains(s, "月") || !strings.Contains(s, "日") && !strings.Contains(s, "号")) && !hasEightDigits(s) {
		// timex reads a day only after its month (timex's months), and
		// only before 日 or 号, or in eight digits (20250101, standing
		// alone): a line without them has no date, and timex need not
		// read it (a long first paragraph, say).
		return time.Time{}
	}
	for _, e := range timex.FindString(s) {
		if e.Year > 0 && e.Day > 0 {
			if iv := timex.Resolve(e, timex.Context{}); !iv.Start.IsZero() {
				return iv.Start
			}
		}
	}
	return time.Time{}
}

// hasEightDigits reports whether s holds a run of exactly eight digits,
// the only other shape of a day timex reads with its year (20250101).
func hasEightDigits(s string) bool {
	n := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isDigit(s[i]) {
			n++
			continue
		}
		if n == 8 {
			return true
		}
		n = 0
	}
	return false
}

// findDigitDate finds dates written as 2025年01月17日, 2025-01-20, 2025/1/20
// or 2025.01.20: the first valid one of the matches, left to right and not
// overlapping, of the regular expression
// ((?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2}), read
// by hand.
func findDigitDate(s string) time.Time {
	for p := 0; p+4 <= len(s); {
		if c := s[p]; c != '1' && c != '2' {
			p++
			continue
		}
		y, mo, d, end, ok := digitDateAt(s, p)
		if !ok {
			p++
			continue
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Year() == y && int(t.Month()) == mo && t.Day() == d {
			return t
		}
		p = end
	}
	return time.Time{}
}

// digitDateAt matches findDigitDate's expression at byte p of s: the year,
// month and day, and where the match ends.
func digitDateAt(s string, p int) (y, mo, d, end int, ok bool) {
	if !(s[p] == '1' && s[p+1] == '9' || s[p] == '2' && s[p+1] == '0') || !isDigit(s[p+2]) || !isDigit(s[p+3]) {
		return 0, 0, 0, 0, false
	}
	y = int(s[p]-'0')*1000 + int(s[p+1]-'0')*100 + int(s[p+2]-'0')*10 + int(s[p+3]-'0')
	i := skipSpace(s, p+4)
	if i = dateSep(s, i, "年"); i < 0 {
		return 0, 0, 0, 0, false
	}
	i = skipSpace(s, i)
	// The month: one or two digits (greedy, and with two digits the next
	// character is a digit, which neither space nor a separator is).
	if mo, i = oneOrTwoDigits(s, i); i < 0 {
		return 0, 0, 0, 0, false
	}
	i = skipSpace(s, i)
	if i = dateSep(s, i, "月"); i < 0 {
		return 0, 0, 0, 0, false
	}
	i = skipSpace(s, i)
	if d, i = oneOrTwoDigits(s, i); i < 0 {
		return 0, 0, 0, 0, false
	}
	return y, mo, d, i, true
}

// oneOrTwoDigits reads one or two ASCII digits at byte i of s (greedy): their
// value and where they end; end -1 when s has no digit at i.
func oneOrTwoDigits(s string, i int) (v, end int) {
	j := i
	for j < len(s) && j-i < 2 && isDigit(s[j]) {
		j++
	}
	if j == i {
		return 0, -1
	}
	return atoiDigits(s[i:j]), j
}

// skipSpace skips the regular expressions' \s: tab, LF, FF, CR and space.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// dateSep skips one separator of a date at byte i of s: word (年 or 月),
// '-', '/' or '.'; -1 if there is none.
func dateSep(s string, i int, word string) int {
	switch {
	case i < len(s) && (s[i] == '-' || s[i] == '/' || s[i] == '.'):
		return i + 1
	case strings.HasPrefix(s[i:], word):
		return i + len(word)
	}
	return -1
}

func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
