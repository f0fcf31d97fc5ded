// Package corpus writes a large, realistic, deterministic corpus for
// benchmarks and batch tests: the sentences of the seed documents with their
// numbers varied, and sentences built from templates with varied numbers,
// units, qualifiers and ranges.
package corpus

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Options of a corpus.
type Options struct {
	Dir      string // written into Dir/NNN/doc-NNNNNN.txt
	Bytes    int64  // total size to write, roughly
	DocBytes int    // size of one document, roughly
	Seed     int64  // same seed, same corpus
	SeedDocs string // directory of seed documents (seeds/)
}

var (
	metrics    = []string{"地区生产总值", "固定资产投资", "社会消费品零售总额", "进出口总值", "一般公共预算收入", "规模以上工业增加值", "新设企业", "实际使用外资", "城镇新增就业", "旅游总收入", "高新技术企业", "研发投入", "安置房", "绿化面积"}
	units      = []string{"亿元", "万元", "元", "家", "个", "项", "万人", "人次", "%", "个百分点", "万平方米", "亩", "公顷", "公里", "万吨", "万千瓦时", "亿美元", "倍", "天", "个月"}
	before     = []string{"", "", "", "约", "近", "超过", "逾", "不到"}
	after      = []string{"", "", "", "左右", "以上", "多"}
	changes    = []string{"", "同比增长", "增长", "下降", "比上年增加", "减少", "提高"}
	periods    = []string{"", "2023年", "上半年", "1-9月", "今年以来", "2024年1至10月", "全年"}
	places     = []string{"南沙区", "黄埔区", "全市", "全省", "开发区", "自贸片区"}
	numberLike = regexp.MustCompile(`\d+(?:\.\d+)?`)
)

// Generate writes the corpus and returns how many files and bytes it wrote.
func Generate(o Options) (files int, written int64, err error) {
	if o.DocBytes <= 0 {
		o.DocBytes = 16 << 10
	}
	seedSentences, err := readSeedSentences(o.SeedDocs)
	if err != nil {
		return 0, 0, err
	}
	rng := rand.New(rand.NewSource(o.Seed))
	for written < o.Bytes {
		var b strings.Builder
		fmt.Fprintf(&b, "Title: %s%s情况通报（第%d期）\nDate: 2024-%02d-%02d\n\n", pick(rng, places), pick(rng, metrics), files+1, 1+rng.Intn(12), 1+rng.Intn(28))
		for b.Len() < o.DocBytes {
			if len(seedSentences) > 0 && rng.Intn(10) < 6 {
				b.WriteString(vary(rng, seedSentences[rng.Intn(len(seedSentences))]))
			} else {
				b.WriteString(template(rng))
			}
			if rng.Intn(4) == 0 {
				b.WriteByte('\n')
			}
		}
		dir := filepath.Join(o.Dir, fmt.Sprintf("%03d", files/1000))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return files, written, err
		}
		path := filepath.Join(dir, fmt.Sprintf("doc-%06d.txt", files))
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			return files, written, err
		}
		files++
		written += int64(b.Len())
	}
	return files, written, nil
}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.Intn(len(xs))] }

// vary replaces the Arabic numbers of a seed sentence by others of a similar size.
func vary(rng *rand.Rand, s string) string {
	return numberLike.ReplaceAllStringFunc(s, func(n string) string {
		if len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
			return n // years stay years
		}
		scale := 1.0
		for range len(strings.Split(n, ".")[0]) {
			scale *= 10
		}
		v := rng.Float64() * scale
		if strings.Contains(n, ".") {
			return fmt.Sprintf("%.*f", len(n)-strings.Index(n, ".")-1, v)
		}
		return fmt.Sprint(int(v) + 1)
	})
}

// template builds one sentence: period, place, metric, change, qualifier, number or range, unit.
func template(rng *rand.Rand) string {
	num := func() string {
		switch rng.Intn(4) {
		case 0:
			return fmt.Sprintf("%.1f", rng.Float64()*1000)
		case 1:
			return fmt.Sprint(1 + rng.Intn(99999))
		case 2:
			return fmt.Sprintf("%.2f", rng.Float64()*100)
		}
		return []string{"三", "十二", "二十五", "四百", "两千三百", "一万"}[rng.Intn(6)]
	}
	value := num()
	if rng.Intn(8) == 0 {
		lo := 1 + rng.Intn(50)
		value = fmt.Sprintf("%d至%d", lo, lo+1+rng.Intn(50))
	}
	return pick(rng, periods) + "，" + pick(rng, places) + pick(rng, metrics) + pick(rng, changes) +
		pick(rng, before) + value + pick(rng, units) + pick(rng, after) + "。"
}

func readSeedSentences(dir string) ([]string, error) {
	if dir == "" {
		return nil, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		for _, s := range strings.SplitAfter(string(b), "。") {
			s = strings.TrimSpace(s)
			if numberLike.MatchString(s) && !strings.Contains(s, ":") {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

// Doc is a source document for GenerateReal: its text (UTF-8) and the
// extension its copies are written with (".txt", ".html").
type Doc struct {
	Text, Ext string
}

// GenerateReal writes a corpus of real documents repeated and varied: each
// document is one of docs, drawn at random, whole (header, headings,
// paragraphs in order), with its Arabic numbers varied (see varyReal), so
// that no two copies are the same bytes. Options.DocBytes and SeedDocs are
// not used.
func GenerateReal(o Options, docs []Doc) (files int, written int64, err error) {
	if len(docs) == 0 {
		return 0, 0, fmt.Errorf("corpus: no source documents")
	}
	rng := rand.New(rand.NewSource(o.Seed))
	for written < o.Bytes {
		d := docs[rng.Intn(len(docs))]
		text := varyReal(rng, d.Text)
		dir := filepath.Join(o.Dir, fmt.Sprintf("%03d", files/1000))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return files, written, err
		}
		path := filepath.Join(dir, fmt.Sprintf("doc-%06d%s", files, d.Ext))
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return files, written, err
		}
		files++
		written += int64(len(text))
	}
	return files, written, nil
}

var (
	// headerLine is a line of a leading metadata block (Title: …, Date: …).
	headerLine = regexp.MustCompile(`(?m)^[A-Za-z-]+:.*$`)
	// dateTime is a date or a time written with digits (2025-01-06, 2024.7.20, 10:30).
	dateTime = regexp.MustCompile(`(?:19|20)\d\d(?:[-/]\d{1,2}(?:[-/]\d{1,2})?|\.\d{1,2}\.\d{1,2})|\d{1,2}:\d{2}(?::\d{2})?`)
)

// varyReal varies the numbers of a real document as vary does, except those
// that are part of a date, a time or an ordinal (2024年, 7月, 20日,
// 2025-01-06, 10:30, 第3, 1季度) and those in header lines, so the document
// keeps its dates.
func varyReal(rng *rand.Rand, text string) string {
	keep := map[int]bool{}
	for _, re := range []*regexp.Regexp{headerLine, dateTime} {
		for _, h := range re.FindAllStringIndex(text, -1) {
			for _, n := range numberLike.FindAllStringIndex(text[h[0]:h[1]], -1) {
				keep[h[0]+n[0]] = true
			}
		}
	}
	var b strings.Builder
	last := 0
	for _, n := range numberLike.FindAllStringIndex(text, -1) {
		b.WriteString(text[last:n[0]])
		num := text[n[0]:n[1]]
		after, before := text[n[1]:], text[:n[0]]
		dated := strings.HasSuffix(before, "第")
		for _, unit := range []string{"年", "月", "日", "号", "季度", "时", "-", "/"} {
			dated = dated || strings.HasPrefix(after, unit)
		}
		if keep[n[0]] || dated {
			b.WriteString(num)
		} else {
			b.WriteString(vary(rng, num))
		}
		last = n[1]
	}
	b.WriteString(text[last:])
	return b.String()
}
