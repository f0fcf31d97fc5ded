package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestDecode(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("南沙区地区生产总值795.3亿元")
	require.NoError(t, err)
	tests := []struct {
		name, in, text, enc, err string
	}{
		{"utf-8", "营收8.58亿元", "营收8.58亿元", EncUTF8, ""},
		{"utf-8 with BOM", "\xef\xbb\xbf营收", "营收", EncUTF8BOM, ""},
		{"gbk", gbk, "南沙区地区生产总值795.3亿元", EncGB18030, ""},
		{"utf-16le", "\xff\xfe\x25\x84\x36\x65", "营收", EncUTF16LE, ""},
		{"nul bytes", "abc\x00def", "", "", "binary data (NUL byte) at byte 3"},
		{"truncated utf-8", "营收8.58亿元" + "\xe5\x85", "", "", "invalid UTF-8 (2 bad byte(s)) at byte 16"},
		{"control characters", strings.Repeat("\x01\x02", 50), "", "", "binary data (control characters) at byte 0"},
		{"latin-1 junk", "caf\xe9 na\xefve \xe0 la cr\xe8me", "", "", "neither UTF-8 nor GB18030 Chinese text at byte 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, enc, err := Decode([]byte(tt.in))
			if tt.err != "" {
				require.Error(t, err)
				assert.Equal(t, tt.err, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.text, text)
			assert.Equal(t, tt.enc, enc)
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"８．５８亿元", "8.58亿元"},
		{"增长１２％", "增长12%"},
		{"ＧＤＰ", "GDP"},
		{"20%—30%", "20%-30%"},
		{"1～2天", "1~2天"},
		{"（一）", "(一)"},
		{"100，200", "100，200"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"零\u200b宽", "零宽"},
		{"全角\u3000空格", "全角 空格"},
	}
	for _, tt := range tests {
		n := Normalize(tt.in)
		assert.Equal(t, tt.want, n.Text, tt.in)
		assert.Equal(t, len([]rune(n.Text))+1, len(n.Orig), "map length for %q", tt.in)
	}
}

func TestNormalizeKeepsOffsets(t *testing.T) {
	src := "前言\r\n营收\u200b８．５８亿元，增长１２％。"
	n := Normalize(src)
	rs := []rune(n.Text)
	i := strings.Index(n.Text, "8.58亿元")
	start := len([]rune(n.Text[:i]))
	end := start + len([]rune("8.58亿元"))
	s, e := n.SourceSpan(start, end)
	assert.Equal(t, "８．５８亿元", string([]rune(src)[s:e]))
	assert.Equal(t, "8.58亿元", string(rs[start:end]))
}

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name, in   string
		title, url string
		date       string
	}{
		{"header block", "Title: 南沙成绩单\nDate: 2025-01-17\nURL: https://example.com/a.html\n\n正文", "南沙成绩单", "https://example.com/a.html", "2025-01-17"},
		{"date none, date in text", "Title: 标题\nDate: None\nURL: https://e.com\n\n2025年01月17日来源：南方日报\n正文", "标题", "https://e.com", "2025-01-17"},
		{"publication line", "广州党建\n您当前的位置:\n发布时间:2025-01-20\n正文", "", "", "2025-01-20"},
		{"no date", "正文里没有日期。\n2024年增长5%", "", "", ""},
		{"invalid date skipped", "2025年13月45日\n2024年2月29日", "", "", "2024-02-29"},
		{"date in brackets", "某市统计公报\n(2024-03-05)\n正文", "", "", "2024-03-05"},
		{"Chinese numerals", "标题\n二〇二四年三月五日\n正文", "", "", "2024-03-05"},
		{"ROC date", "標題\n113年3月5日 臺北市政府\n正文", "", "", "2024-03-05"},
		{"dateline, year from the URL", "URL: http://m.example.cn/cj/2023/0110/61705.html\n\n新华财经北京1月10日电 人民银行10日发布数据。", "", "http://m.example.cn/cj/2023/0110/61705.html", "2023-01-10"},
		{"dateline without a year", "中新网1月18日电 国务院新闻办公室举行发布会。\n2022年粮食产量创新高。", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ParseHeader(tt.in)
			assert.Equal(t, tt.title, m.Title)
			assert.Equal(t, tt.url, m.URL)
			if tt.date == "" {
				assert.True(t, m.Date.IsZero(), "date %v", m.Date)
			} else {
				assert.Equal(t, tt.date, m.Date.Format(time.DateOnly))
			}
		})
	}
}

func TestSentences(t *testing.T) {
	text := "第一句。第二句！“第三句？”\n\n  第四句；第五句!last"
	var got []string
	rs := []rune(text)
	for _, s := range Sentences(text) {
		got = append(got, string(rs[s.Start:s.End]))
	}
	assert.Equal(t, []string{"第一句。", "第二句！", "“第三句？”", "第四句；", "第五句!", "last"}, got)
	assert.Empty(t, Sentences(" \n\n "))

	long := strings.Repeat("新增企业12家，", 500) // 4000 runes, no sentence end
	spans := Sentences(long)
	require.Greater(t, len(spans), 3)
	end := 0
	for _, s := range spans {
		assert.LessOrEqual(t, s.End-s.Start, MaxSentenceRunes)
		assert.Equal(t, end, s.Start, "no text lost between pieces")
		assert.Equal(t, '，', []rune(long)[s.End-1], "cut after a clause mark")
		end = s.End
	}
	assert.Equal(t, len([]rune(long)), end)
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.md", "sub/c.txt", "sub/skip.pdf", ".hidden/d.txt", ".e.txt"} {
		p := filepath.Join(dir, f)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("x"), 0o644))
	}
	got, err := Discover([]string{dir, filepath.Join(dir, "sub", "skip.pdf")})
	require.NoError(t, err)
	var ids []string
	for _, in := range got {
		ids = append(ids, in.DocID)
	}
	assert.Equal(t, []string{"a.md", "b.txt", "sub/c.txt", "skip.pdf"}, ids)
	_, err = Discover([]string{filepath.Join(dir, "missing")})
	assert.ErrorContains(t, err, "missing")
}

func TestSegmenterTokens(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	s := "全区GDP增长0.3个百分点，新增44家长者饭堂"
	rs := []rune(s)
	toks := seg.Tokens(s)
	require.NotEmpty(t, toks)
	var texts []string
	for _, tk := range toks {
		assert.Equal(t, tk.Text, string(rs[tk.Start:tk.End]), "offsets of %q", tk.Text)
		texts = append(texts, tk.Text)
	}
	assert.Contains(t, texts, "GDP", "Latin words keep their case and offsets")
	again, err := LoadSegmenter()
	require.NoError(t, err)
	assert.Same(t, seg, again, "the dictionary is loaded once per process")
}

// One segmenter serves all workers: the same sentence cut concurrently gives
// the same tokens (run with -race to check for data races).
func TestSegmenterConcurrent(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	s := "上半年实现地区生产总值795.3亿元、同比增长0.3%"
	want := seg.Tokens(s)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				assert.Equal(t, want, seg.Tokens(s))
			}
		}()
	}
	wg.Wait()
}

func TestProcessBadInputs(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	tests := []struct {
		file, status, enc, errPart string
		figures                    bool
	}{
		{"gbk.txt", StatusOK, EncGB18030, "", true},
		{"utf8bom.txt", StatusOK, EncUTF8BOM, "", true},
		{"binary.txt", StatusError, "", "binary data", false},
		{"empty.txt", StatusSkipped, "", "empty file", false},
		{"truncated.txt", StatusError, "", "invalid UTF-8", false},
		{"longline.txt", StatusOK, EncUTF8, "", true},
		{"digits.txt", StatusOK, EncUTF8, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in := Input{Path: filepath.Join("..", "testdata", "inputs", tt.file), DocID: tt.file}
			d := ReadAndProcess(seg, in, 1<<20)
			assert.Equal(t, tt.status, d.Status, d.Error)
			assert.Equal(t, tt.enc, d.Encoding)
			if tt.errPart != "" {
				assert.Contains(t, d.Error, tt.errPart)
			}
			assert.Equal(t, tt.figures, len(d.Figures) > 0, "figures: %d", len(d.Figures))
		})
	}
	d := ReadAndProcess(seg, Input{Path: "../testdata/inputs/longline.txt", DocID: "l"}, 1000)
	assert.Equal(t, StatusSkipped, d.Status)
	assert.Contains(t, d.Error, "over --max-bytes 1000")
}

func TestProcessGBKValues(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	d := ReadAndProcess(seg, Input{Path: "../testdata/inputs/gbk.txt", DocID: "gbk.txt"}, 0)
	require.Equal(t, StatusOK, d.Status)
	require.NotEmpty(t, d.Figures)
	f := d.Figures[0]
	assert.Equal(t, "1.2万亿元", f.Surface)
	assert.InDelta(t, 1.2e12, *f.Value, 1)
	assert.Equal(t, "地区生产总值", f.Metric)
	assert.Equal(t, "GBK编码的文件", d.Meta.Title)
}

func TestProcessFullWidthOffsets(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	raw := []byte("营业收入８．５８亿元，增长１２％。")
	d := Process(seg, Input{DocID: "fw"}, raw)
	require.Len(t, d.Figures, 2)
	src := []rune(string(raw))
	assert.Equal(t, "８．５８亿元", string(src[d.Figures[0].Start:d.Figures[0].End]))
	assert.Equal(t, "８．５８亿元", d.Figures[0].Surface, "surface is the source text")
	assert.InDelta(t, 8.58e8, *d.Figures[0].Value, 1e-3)
	assert.Equal(t, "１２％", d.Figures[1].Surface)
	assert.Equal(t, "increase", d.Figures[1].Change)
	assert.Equal(t, string(raw), d.Figures[0].Sentence)
}

// A panic inside a stage becomes the document's error, not the run's end.
func TestProcessRecoversPanic(t *testing.T) {
	defer func(f func(*Segmenter, *scratch, sourceText, Meta) (int, []Figure)) { extractText = f }(extractText)
	extractText = func(*Segmenter, *scratch, sourceText, Meta) (int, []Figure) { panic("rule failed") }
	d := Process(nil, Input{DocID: "p"}, []byte("营收8.58亿元"))
	assert.Equal(t, StatusError, d.Status)
	assert.Contains(t, d.Error, "panic while processing: rule failed")
	assert.Empty(t, d.Figures)
}

func TestSimplify(t *testing.T) {
	n := Normalize("全年實現地區生產總值1.2萬億元，增長5.1個百分點。")
	require.True(t, Simplify(&n))
	assert.Equal(t, "全年实现地区生产总值1.2万亿元，增长5.1个百分点。", n.Text)
	assert.Len(t, n.Orig, len([]rune(n.Text))+1, "one character for one")

	simplified := Normalize("南沙区今年以来经济企稳回升，上半年实现地区生产总值795.3亿元，同比增长0.3%，新设企业2.4万家，位於全市前列。")
	before := simplified.Text
	assert.False(t, Simplify(&simplified), "simplified text with a stray traditional character stays")
	assert.Equal(t, before, simplified.Text)
}

func TestProcessTraditional(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	raw := []byte("上半年，全市實現地區生產總值795.3億元，同比增長0.3個百分點；新設企業2.4萬家。")
	d := Process(seg, Input{DocID: "t"}, raw)
	require.Len(t, d.Figures, 3)
	assert.Equal(t, "795.3億元", d.Figures[0].Surface)
	assert.InDelta(t, 7.953e10, *d.Figures[0].Value, 1)
	assert.Equal(t, "元", d.Figures[0].Unit)
	assert.Equal(t, "地區生產總值", d.Figures[0].Metric, "metric as written in the source")
	assert.Equal(t, "个百分点", d.Figures[1].Unit)
	assert.Equal(t, "increase", d.Figures[1].Change)
	assert.Equal(t, "新設企業", d.Figures[2].Metric)
	assert.InDelta(t, 24000, *d.Figures[2].Value, 1e-9)
}

func TestProcessTraditionalFinance(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	raw := []byte("台積電第三季營收新台幣7,596.9億元，年增36.5%；公司預估第四季營收介於261億至269億美元之間。零售業總銷貨價值約為322億港元，按年減少7.3%。")
	d := Process(seg, Input{DocID: "tw"}, raw)
	require.Len(t, d.Figures, 5)
	f := d.Figures
	assert.Equal(t, "7,596.9億元", f[0].Surface)
	assert.Equal(t, "新台币", f[0].Unit, "the currency named before the number")
	assert.InDelta(t, 7.5969e11, *f[0].Value, 1)
	assert.Equal(t, "increase", f[1].Change, "年增")
	assert.Equal(t, "261億至269億美元", f[2].Surface)
	assert.InDelta(t, 2.61e10, *f[2].Low, 1)
	assert.InDelta(t, 2.69e10, *f[2].High, 1)
	assert.Equal(t, "港元", f[3].Unit)
	assert.Equal(t, "approx", f[3].Qualifier)
	assert.Equal(t, "decrease", f[4].Change)
	assert.Equal(t, "yoy", f[4].Compare, "按年")
}

// A chunk that starts mid-document takes the document's frame from
// Meta.Frame (timescope.FrameOf of the first chunk): its figures get the
// period they have in the whole document.
func TestExtractTextChunkFrame(t *testing.T) {
	_, figs := ExtractText(nil, "二、学前教育\n幼儿园300所，比上年增加12所。", Meta{Frame: "2018年"})
	require.NotEmpty(t, figs)
	assert.Equal(t, "2018年", figs[0].Period)
	assert.Equal(t, "2018-01-01", figs[0].PeriodStart.Format(time.DateOnly))
	assert.Equal(t, "2018-12-31", figs[0].PeriodEnd.Format(time.DateOnly))
	_, figs = ExtractText(nil, "二、学前教育\n幼儿园300所。", Meta{})
	require.NotEmpty(t, figs)
	assert.Equal(t, "", figs[0].Period)
}

// A range of months across years is the period of its figures as written,
// with the dashes and tildes the normaliser folds (—— to --, ～ to ~), and
// its interval runs from the first month to the last.
func TestExtractTextRangeAcrossYears(t *testing.T) {
	for _, c := range []struct{ text, period, start, end string }{
		{"2019年10月——2020年3月，PM2.5平均浓度同比下降14.9%。", "2019年10月——2020年3月", "2019-10-01", "2020-03-31"},
		{"2019年10月～2020年3月，PM2.5平均浓度同比下降14.9%。", "2019年10月～2020年3月", "2019-10-01", "2020-03-31"},
		{"2019年10月　至　2020年3月，PM2.5平均浓度同比下降14.9%。", "2019年10月　至　2020年3月", "2019-10-01", "2020-03-31"},
		{"2023年12月1日至2024年2月29日，全市接待游客1200万人次。", "2023年12月1日至2024年2月29日", "2023-12-01", "2024-02-29"},
		{"2023年3月至6月，全市接待游客1200万人次。", "2023年3月至6月", "2023-03-01", "2023-06-30"},
		{"2023年10月至次年3月，全市接待游客1200万人次。", "2023年10月至次年3月", "2023-10-01", "2024-03-31"},
		{"112年10月至113年3月，出口金額增長12.5%。", "112年10月至113年3月", "2023-10-01", "2024-03-31"},
		{"2019年10月—12月，PM2.5平均浓度同比下降14.9%。", "2019年10月—12月", "2019-10-01", "2019-12-31"},
	} {
		_, figs := ExtractText(nil, c.text, Meta{})
		require.NotEmpty(t, figs, "%q", c.text)
		f := figs[len(figs)-1]
		assert.Equal(t, c.period, f.Period, "%q", c.text)
		if assert.NotNil(t, f.PeriodStart, "%q", c.text) && assert.NotNil(t, f.PeriodEnd, "%q", c.text) {
			assert.Equal(t, c.start+".."+c.end, f.PeriodStart.Format(time.DateOnly)+".."+f.PeriodEnd.Format(time.DateOnly), "%q", c.text)
		}
	}
}

// Relative days and weeks take the document's date, here from its first
// line (ParseHeader): 今日 is that day, 上周五 the Friday of the week before.
func TestExtractTextRelativeDays(t *testing.T) {
	text := "2024-09-21\n两市收评\n沪深两市主力资金今日净流出40.45亿元。\n本周沪指累计上涨2.3%，上周五收报3000点。"
	meta := ParseHeader(text)
	require.Equal(t, "2024-09-21", meta.Date.Format(time.DateOnly))
	_, figs := ExtractText(nil, text, meta)
	want := map[string][3]string{
		"40.45亿元": {"今日", "2024-09-21", "2024-09-21"},
		"2.3%":    {"本周", "2024-09-16", "2024-09-22"},
		"3000点":   {"上周五", "2024-09-13", "2024-09-13"},
	}
	seen := 0
	for _, f := range figs {
		w, ok := want[f.Surface]
		if !ok {
			continue
		}
		seen++
		assert.Equal(t, w[0], f.Period, "%s", f.Surface)
		if assert.NotNil(t, f.PeriodStart, "%s", f.Surface) && assert.NotNil(t, f.PeriodEnd, "%s", f.Surface) {
			assert.Equal(t, w[1]+".."+w[2], f.PeriodStart.Format(time.DateOnly)+".."+f.PeriodEnd.Format(time.DateOnly), "%s", f.Surface)
		}
	}
	assert.Equal(t, len(want), seen)
}
