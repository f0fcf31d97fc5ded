// Package extract finds the figures of a Chinese sentence: a number with its
// unit, qualifier, range, change, metric and period.
//
// The rules are small and named, one kind a file, each with its table of
// examples in the _test.go file beside it:
//
//	numbers.go    ParseNumber, ParseFraction: written numbers to values
//	units.go      the unit table (data/units.tsv)
//	scan.go       where a number and its unit stand in a sentence; ranges; fractions
//	exclude.go    what is not a figure: dates, ordinals, identifiers, URLs, idioms
//	context.go    qualifier (约, 超过, 左右 …) and change (增长, 下降 …)
//	metric.go     the phrase a figure measures
//	period.go     the time a figure refers to
//
// Extract runs them in that order on one sentence; it is a pure function of the
// sentence and its tokens.
package extract

// Token is one word of the sentence as a segmenter cut it, with its
// part-of-speech tag; Start and End are rune offsets into the sentence.
type Token struct {
	Text       string
	Pos        string
	Start, End int
}

// Figure is one figure of a sentence. Start and End are rune offsets into the
// sentence, End exclusive. Value is nil for a range, Low and High nil otherwise.
type Figure struct {
	Start, End  int
	Surface     string
	Value       *float64
	Low, High   *float64
	Unit        string // canonical unit, scale removed: 元, 人, %, 亩
	UnitWritten string // as written: 亿元, 万人次
	Dimension   string
	BaseValue   *float64 // value (or low..high midpoint never: see BaseLow/BaseHigh) in BaseUnit
	BaseUnit    string
	Qualifier   string // exact, approx, over, nearly, under
	Change      string // none, increase, decrease
	Compare     string // yoy (同比), mom (环比) or empty
	Metric      string
	Period      string
}

// Qualifier and change values.
const (
	Exact    = "exact"
	Approx   = "approx"
	Over     = "over"
	Nearly   = "nearly"
	Under    = "under"
	NoChange = "none"
	Increase = "increase"
	Decrease = "decrease"
)

// Extract returns the figures of one sentence, in order of position. tokens
// may be nil; then the word-boundary rules and the metric are skipped.
func Extract(sentence string, tokens []Token) []Figure {
	rs := []rune(sentence)
	blocked := notFigureSpans(rs)
	var out []Figure
	for i := 0; i < len(rs); {
		c, ok := scanFigure(rs, i, blocked)
		if !ok {
			i++
			continue
		}
		if reason := rejectFigure(rs, c, tokens, blocked); reason != "" {
			i = c.numEnd
			continue
		}
		f := c.figure(rs)
		var qStart int
		f.Qualifier, qStart = qualifierOf(rs, c, tokens)
		var metricStart int
		f.Metric, metricStart = metricOf(rs, c, qStart, tokens)
		f.Change, f.Compare = changeOf(rs, qStart, metricStart)
		f.Period = periodOf(rs, c.start)
		out = append(out, f)
		i = c.end
	}
	return out
}

func ptr(v float64) *float64 { return &v }
