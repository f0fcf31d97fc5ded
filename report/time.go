package report

import (
	"time"

	"github.com/zhmetrics/zhmetrics/schema"
)

// Where the time of a figure on the chart over time comes from.
const (
	FromPeriodStart  = "period_start"
	FromDocumentDate = "document date"
)

// figureTime is the time a figure is drawn at on the chart of a metric over
// time, and where that time comes from; ok is false when it has none.
//
// MERGE(issue 12): this is the one place to switch to the figure's own
// period_start once schema.FigureRow has it: pass f.PeriodStart (or, when it
// is a time.Time with zero meaning null, a pointer to it when not zero)
// instead of nil. Everything else in the report already handles both sources.
func figureTime(f *schema.FigureRow, docDate *time.Time) (t time.Time, from string, ok bool) {
	return periodStartOr(nil, docDate)
}

// periodStartOr is a figure's period start when it has one, else its
// document's date, else nothing.
func periodStartOr(periodStart, docDate *time.Time) (t time.Time, from string, ok bool) {
	switch {
	case periodStart != nil && !periodStart.IsZero():
		return *periodStart, FromPeriodStart, true
	case docDate != nil && !docDate.IsZero():
		return *docDate, FromDocumentDate, true
	}
	return time.Time{}, "", false
}
