package pipeline

import (
	"math/rand"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/timex"
)

// The regular expressions the header's scanners were written from: the
// scanners must find what these find.
var (
	dateInTextRef   = regexp.MustCompile(`((?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})`)
	datelineDayRef  = regexp.MustCompile(`(\d{1,2})月(\d{1,2})日(?:电|讯)`)
	urlYearRef      = regexp.MustCompile(`/((?:19|20)\d{2})(?:/|-|\d{2,4}/|\d{4}\D)`)
	headerScanCases = []string{
		"", "2025年01月17日来源：南方日报", "发布时间:2025-01-20", "(2024-03-05)", "2025/1/20", "2025.01.20", "2025 年 1 月 2 日",
		"2025\t-\n1\r/\f2", "2025-13-45 2025-01-02", "2025-02-30-2025-03-01", "12025-01-02", "2019-2020-01-02", "2025-1-2", "2025-01-123",
		"2025-001-02", "1999.12.31", "2100-01-01", "20250101", "2025年1月", "2025-1-", "2025年2月29日 2024年2月29日", "2025－01－02",
		"新华社北京3月5日电", "中新网1月18日电", "123月5日电", "3月115日电", "3月15日讯", "3月1日", "12月31日电 1月1日电", "月5日电", "3月日电",
		"/2023/0110/", "/202301/", "/2023-01-10/", "/20230110.html", "/20230110", "/2023", "/2023x", "/19991/", "/1999123456/",
		"https://www.example.com/news/2024/0305/c1.html", "http://a.b/c/d202403/05/", "/20231", "/2023年", "/2023\n", "//2023/",
	}
)

func findDigitDateRef(s string) time.Time {
	for _, g := range dateInTextRef.FindAllStringSubmatch(s, -1) {
		y, _ := strconv.Atoi(g[1])
		mo, _ := strconv.Atoi(g[2])
		d, _ := strconv.Atoi(g[3])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Year() == y && int(t.Month()) == mo && t.Day() == d {
			return t
		}
	}
	return time.Time{}
}

// headerScanTexts are the cases, every line of the dev texts and strings
// made at random of the characters the expressions read.
func headerScanTexts(t *testing.T) []string {
	texts := append([]string(nil), headerScanCases...)
	for _, text := range normalizeTexts(t) {
		texts = append(texts, strings.Split(text, "\n")...)
	}
	pieces := []string{"1", "2", "0", "9", "19", "20", "年", "月", "日", "号", "三", "十", "〇", "电", "讯", "-", "/", ".", " ", "\t", "x", "新", "\xff"}
	rng := rand.New(rand.NewSource(17))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(14); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// findDateRef is findDate as it was: the regular expression, then timex on
// any text.
func findDateRef(s string) time.Time {
	if t := findDigitDateRef(s); !t.IsZero() {
		return t
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

// headerFieldRef is headerField as it was: any key lowered and looked up.
func headerFieldRef(l string) (field, value string, ok bool) {
	key, value, ok := strings.Cut(l, ":")
	if !ok {
		key, value, ok = strings.Cut(l, "：")
	}
	field, known := headerKeys[strings.ToLower(strings.TrimSpace(key))]
	if !ok || !known {
		return "", "", false
	}
	return field, value, true
}

// headerField, which lowers no long key, is headerFieldRef on every line of
// the dev texts, generated lines and keys that lowering shortens (the
// Kelvin sign is three bytes, its lower case k one).
func TestHeaderFieldSameAsReference(t *testing.T) {
	lines := append(headerScanTexts(t), "Title: 标题", " TITLE ：标题", "标题:x", "URL:", "\u212Aey: x", "DATE\u212A: x",
		strings.Repeat("\u212A", 30)+": x", "T\u0130TLE: 标题", strings.Repeat("长", 30)+"：x", "Source: 新华社", "作者：某人")
	fields := 0
	for _, l := range lines {
		field, value, ok := headerField(l)
		wf, wv, wok := headerFieldRef(l)
		require.Equal(t, []any{wf, wv, wok}, []any{field, value, ok}, "%q", l)
		if ok {
			fields++
		}
	}
	require.Greater(t, fields, 5)
}

func TestHeaderScannersSameAsRegexps(t *testing.T) {
	for _, s := range append(headerScanTexts(t), "二〇二四年三月五日", "113年3月5日", "2024年三月五号", "二〇二四年五日") {
		require.Equal(t, findDigitDateRef(s), findDigitDate(s), "findDigitDate(%q)", s)
		require.Equal(t, findDateRef(s), findDate(s), "findDate(%q)", s)
		month, day, ok := datelineDay(s)
		if g := datelineDayRef.FindStringSubmatch(s); g != nil {
			require.True(t, ok, "datelineDay(%q)", s)
			require.Equal(t, []string{g[1], g[2]}, []string{month, day}, "datelineDay(%q)", s)
		} else {
			require.False(t, ok, "datelineDay(%q)", s)
		}
		year, ok := urlYear(s)
		if g := urlYearRef.FindStringSubmatch(s); g != nil {
			require.True(t, ok, "urlYear(%q)", s)
			require.Equal(t, g[1], year, "urlYear(%q)", s)
		} else {
			require.False(t, ok, "urlYear(%q)", s)
		}
	}
}

// ParseHeader reads only the first lines: what it finds does not depend on
// what follows them, nor on how the text ends.
func TestParseHeaderLines(t *testing.T) {
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	assert.Equal(t, Meta{}, ParseHeader(""))
	assert.Equal(t, Meta{Title: "标题"}, ParseHeader("Title: 标题"))
	assert.Equal(t, Meta{Title: "标题"}, ParseHeader("Title: 标题\n"))
	assert.Equal(t, d(2024, 3, 5), ParseHeader("Title: 标题\n\n\n\n\n2024-03-05").Date, "the fifth line after the header")
	assert.True(t, ParseHeader("Title: 标题\n\n\n\n\n\n2024-03-05").Date.IsZero(), "the sixth is not read")
	assert.Equal(t, d(2023, 3, 5), ParseHeader("URL: https://x.cn/2023/0305/a.html\n新华社北京3月5日电 正文\n2024年").Date)
	assert.Equal(t, d(2023, 3, 5), ParseHeader("url: https://x.cn/2023/0305/a.html\r\n\n新华社北京3月5日电").Date)
	long := "Date: none\n" + strings.Repeat("正文没有日期。\n", 10000)
	assert.Equal(t, Meta{}, ParseHeader(long))
}
