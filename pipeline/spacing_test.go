package pipeline

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/zhmetrics/zhmetrics/internal/devtexts"
)

// Text set with a space between every Chinese character and digit (as
// typeset text and text copied from PDFs often is) gives the figures the
// same text gives without them: value, unit, qualifier, change, metric
// (compared without its spaces, copied as written) and period interval.
// Before the normaliser dropped those spaces, 191 of the 589 figures of the
// development texts came out the same.
func TestSpacedTextSameFigures(t *testing.T) {
	seg, err := LoadSegmenter()
	require.NoError(t, err)
	texts, _, err := devtexts.Read("..")
	require.NoError(t, err)
	hanDigit := regexp.MustCompile(`(\p{Han})([0-9])`)
	digitHan := regexp.MustCompile(`([0-9])(\p{Han})`)
	rows := func(text string) []string {
		_, figs := ExtractText(seg, text, Meta{})
		out := make([]string, 0, len(figs))
		for _, f := range figs {
			v := "-"
			if f.Value != nil {
				v = fmt.Sprint(*f.Value)
			}
			out = append(out, fmt.Sprintf("%s %s %s %s %s %s..%s", v, f.Unit, f.Qualifier, f.Change,
				strings.ReplaceAll(f.Metric, " ", ""), f.PeriodStart.Format("2006-01-02"), f.PeriodEnd.Format("2006-01-02")))
		}
		slices.Sort(out)
		return out
	}
	total := 0
	for _, text := range texts {
		spaced := digitHan.ReplaceAllString(hanDigit.ReplaceAllString(text, "$1 $2"), "$1 $2")
		require.NotEqual(t, text, spaced)
		want := rows(text)
		assert.Equal(t, want, rows(spaced), "%.60q", text)
		total += len(want)
	}
	assert.Greater(t, total, 500)
}
