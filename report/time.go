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
// It is the figure's own period_start when it has one, else its document's
// date.
func figureTime(f *schema.FigureRow, docDate *time.Time) (t time.Time, from string, ok bool) {
	return periodStartOr(f.PeriodStart, docDate)
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
