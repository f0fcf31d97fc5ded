package pipeline

import (
	"regexp"
	"strconv"
	"strings"
	"time"

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
}

// headerKeys are the keys of a leading metadata block (Title: … / Date: … / URL: …).
var headerKeys = map[string]string{"title": "title", "标题": "title", "date": "date", "日期": "date",
	"url": "url", "链接": "url", "source": "", "来源": "", "author": "", "作者": ""}

// dateInText finds dates written as 2025年01月17日, 2025-01-20, 2025/1/20 or 2025.01.20.
var dateInText = regexp.MustCompile(`((?:19|20)\d{2})\s*(?:年|-|/|\.)\s*(\d{1,2})\s*(?:月|-|/|\.)\s*(\d{1,2})`)

// dateLines is how many lines after the header are searched for a date.
const dateLines = 5

// ParseHeader reads a leading block of "Key: value" lines (Title, Date, URL)
// into Meta; without a Date there, the first date in the next lines is taken
// (2025年01月17日来源：南方日报, 发布时间:2025-01-20). The text is not changed:
// header lines are text too, and figures in a title are figures.
func ParseHeader(text string) Meta {
	var m Meta
	lines := strings.Split(text, "\n")
	i := 0
	for ; i < len(lines); i++ {
		key, value, ok := strings.Cut(lines[i], ":")
		if !ok {
			key, value, ok = strings.Cut(lines[i], "：")
		}
		field, known := headerKeys[strings.ToLower(strings.TrimSpace(key))]
		if !ok || !known {
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
	for j := i; m.Date.IsZero() && j < len(lines) && j < i+dateLines; j++ {
		m.Date = findDate(lines[j])
	}
	for j := i; m.Date.IsZero() && j < len(lines) && j < i+dateLines; j++ {
		m.Date = dateline(lines[j], m.URL) // 新华社北京3月5日电, the year from the URL
	}
	return m
}

// datelineDay is a news dateline without its year: 新华社北京3月5日电, 中新网1月18日电.
var datelineDay = regexp.MustCompile(`(\d{1,2})月(\d{1,2})日(?:电|讯)`)

// urlYear is a year in a URL's path: /2023/0110/, /202301/, /2023-01-10/.
var urlYear = regexp.MustCompile(`/((?:19|20)\d{2})(?:/|-|\d{2,4}/|\d{4}\D)`)

// dateline returns the date of a news dateline whose year the URL gives;
// the zero time when either is missing (a year guessed from the text would
// be wrong for January's reports on the year before).
func dateline(line, url string) time.Time {
	g := datelineDay.FindStringSubmatch(line)
	y := urlYear.FindStringSubmatch(url)
	if g == nil || y == nil {
		return time.Time{}
	}
	return findDate(y[1] + "年" + g[1] + "月" + g[2] + "日")
}

// findDate returns the first valid calendar date in s, or the zero time:
// 2025年01月17日, 2025-01-20, (2024-03-05), and days the time normaliser
// reads with their year (二〇二四年三月五日, ROC 113年3月5日).
func findDate(s string) time.Time {
	if t := findDigitDate(s); !t.IsZero() {
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

func findDigitDate(s string) time.Time {
	for _, g := range dateInText.FindAllStringSubmatch(s, -1) {
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
