package timex

import "time"

// Interval is a span of days, both ends inclusive. A zero end is unknown or
// open: 截至2024年11月 has no start.
type Interval struct {
	Start, End time.Time
}

// IsZero reports whether neither end is known.
func (iv Interval) IsZero() bool { return iv.Start.IsZero() && iv.End.IsZero() }

// Years is the number of calendar years the interval touches (0 when an
// end is unknown).
func (iv Interval) Years() int {
	if iv.Start.IsZero() || iv.End.IsZero() {
		return 0
	}
	return iv.End.Year() - iv.Start.Year() + 1
}

// Context is what an expression is resolved against.
type Context struct {
	// DocDate is the document's date: the reference of 今年, 本月, 目前 and
	// the end of 以来. Zero when the document has none.
	DocDate time.Time
	// RefYear stands in for DocDate's year for relative years (今年) when
	// the document has no date but names its year elsewhere; 0 when unknown.
	RefYear int
	// Scope is the interval of the expression that governs this one: the
	// year of 全年, 上半年, 8月 and the period of 同期 come from it.
	Scope Interval
	// Span is the latest interval of several years in force (十五, 过去的五年):
	// 五年来 and 5年内 resolve to it when the counts agree.
	Span Interval
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// lastDay is the last day of month m of year y (the day before the first
// of the next month), counted without normalising a date twice.
func lastDay(y, m int) time.Time {
	if m < 1 || m > 12 {
		return day(y, m+1, 1).AddDate(0, 0, -1)
	}
	return day(y, m, daysIn(y, m))
}

// daysIn is the number of days of month m (1-12) of year y.
func daysIn(y, m int) int {
	switch {
	case m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0):
		return 29
	case m == 2:
		return 28
	case m == 4 || m == 6 || m == 9 || m == 11:
		return 30
	}
	return 31
}

// refYear is the year relative words count from.
func (c Context) refYear() int {
	if !c.DocDate.IsZero() {
		return c.DocDate.Year()
	}
	return c.RefYear
}

// scopeYear is the year a partial expression (全年, 一季度, 8月) takes from
// the expression that governs it: the year its interval ends in.
func (c Context) scopeYear() int {
	switch {
	case !c.Scope.End.IsZero():
		return c.Scope.End.Year()
	case !c.Scope.Start.IsZero():
		return c.Scope.Start.Year()
	}
	return 0
}

// Resolve returns the interval e denotes in c; the zero Interval when it
// cannot be resolved (近年来, a month of an unknown year).
func Resolve(e Expr, c Context) Interval {
	switch e.Kind {
	case Vague, Event:
		return Interval{}
	case Now:
		return Interval{End: c.DocDate}
	case Same:
		return c.Scope
	case Years:
		if c.Span.Years() == e.N {
			return c.Span
		}
		if e.Past && !c.DocDate.IsZero() {
			y := c.DocDate.Year()
			return Interval{day(y-e.N, 1, 1), day(y-1, 12, 31)}
		}
		return Interval{}
	}
	if e.YearUnread || e.Unread {
		return Interval{}
	}
	if e.ShortYear {
		if ref := c.refYear(); ref == 0 || e.Year > ref+shortYearAhead {
			return Interval{}
		}
	}
	iv, ok := calendar(e, c)
	if !ok {
		return Interval{}
	}
	switch {
	case e.AsOf && e.Months > 0 && !iv.End.IsZero():
		iv.Start = monthsBefore(iv.End, e.Months) // 截至2023年6月30日止六个月
	case e.AsOf:
		iv.Start = time.Time{}
	}
	if e.From { // 自2019年10月1日起: from its first day on, open at the end
		iv.End = time.Time{}
	}
	if e.Since {
		if e.HasRel && c.DocDate.IsZero() {
			return Interval{} // 去年以来 needs the document's date, not a year guessed from its text
		}
		iv.End = c.DocDate
		if iv.Start.IsZero() {
			return Interval{}
		}
	}
	return iv
}

// shortYearAhead is how many years after the reference year a year written
// with two digits (15年) may be: 24年 in a document of 2021 is 2024.
const shortYearAhead = 5

// monthsBefore is the first day of the n months that end on end: the
// first of a month when end is the last day of one (2023-06-30, 6 →
// 2023-01-01), else the day after the same day n months before.
func monthsBefore(end time.Time, n int) time.Time {
	if end.Day() == daysIn(end.Year(), int(end.Month())) {
		return day(end.Year(), int(end.Month())-n+1, 1)
	}
	return end.AddDate(0, -n, 1)
}

// calendar resolves a calendar expression, before 截至 and 以来 apply.
func calendar(e Expr, c Context) (Interval, bool) {
	if e.Plan != "" && !e.partial() {
		p := plans[e.Plan]
		if e.YearEdge == 'e' || e.Edge == 'e' {
			return Interval{day(p.last, 12, 31), day(p.last, 12, 31)}, true
		}
		return Interval{day(p.first, 1, 1), day(p.last, 12, 31)}, true
	}
	if e.Split != "" { // 2010/2011学年: from its first day in the first year to the day before it in the second
		a, err := time.Parse(time.DateOnly, itoa(e.Year)+"-"+e.Split)
		if err != nil {
			return Interval{}, false
		}
		b := a.AddDate(1, 0, -1)
		switch e.YearEdge {
		case 'e':
			a = b
		case 'b':
			b = a
		}
		return Interval{a, b}, true
	}
	if e.SameAs && e.HasRel && !c.Scope.End.IsZero() { // 去年同期: the governing period, a year back
		return shift(c.Scope, e.RelYear), true
	}
	if e.Week > 0 && e.WeekDays[0][0] > 0 { // 第34周(2021年8月23日-2021年8月29日)
		return bracketWeek(e, e.WeekDays[0][0])
	}
	y1, y2 := e.Year, max(e.Year2, e.Year)
	switch {
	case e.Year > 0:
	case e.HasRel:
		ref := c.refYear()
		if ref == 0 {
			return Interval{}, false
		}
		y1, y2 = ref+e.RelYear, ref+e.RelYear
	case e.Plan != "":
		y1, y2 = plans[e.Plan].last, plans[e.Plan].last
	case e.HasRelMon:
		if c.DocDate.IsZero() {
			return Interval{}, false
		}
		t := day(c.DocDate.Year(), int(c.DocDate.Month())+e.RelMonth, 1)
		return validMonthSpan(e, t.Year(), int(t.Month()), int(t.Month()))
	case e.DocMonth: // 5日, 今(14)日: a day of the document's month, of the month before when later than its day
		d := c.DocDate
		if d.IsZero() {
			return Interval{}, false
		}
		y, m := d.Year(), int(d.Month())
		if e.Day > d.Day() {
			if m--; m == 0 {
				y, m = y-1, 12
			}
		}
		if e.Day > daysIn(y, m) {
			return Interval{}, false
		}
		return Interval{day(y, m, e.Day), day(y, m, e.Day)}, true
	case e.HasRelDay:
		if c.DocDate.IsZero() {
			return Interval{}, false
		}
		d := c.DocDate.AddDate(0, 0, e.RelDay)
		return Interval{d, d}, true
	case e.ScopeEnd: // 报告期末: the last day of the period reported on; 年初至报告期末 from its year's first day
		d := c.Scope.End
		if d.IsZero() || !c.Scope.Start.Before(d) {
			return Interval{}, false // no period (a day is none)
		}
		if e.YearToEnd {
			return Interval{day(d.Year(), 1, 1), d}, true
		}
		return Interval{d, d}, true
	case e.ScopeDay: // 当日: the governing expression's day, when it is one
		d := c.Scope.Start
		if d.IsZero() || !d.Equal(c.Scope.End) {
			return Interval{}, false
		}
		return Interval{d, d}, true
	case e.HasRelWeek:
		if a, b := e.WeekDays[0], e.WeekDays[1]; a[0] > 0 { // 上周(2026.03.02-03.06): the bracket's days
			return Interval{day(a[0], a[1], a[2]), day(b[0], b[1], b[2])}, true
		}
		if c.DocDate.IsZero() {
			return Interval{}, false
		}
		return weekSpan(e, c.DocDate), true
	case e.ScopeMon:
		end := c.Scope.End
		if end.IsZero() {
			return Interval{}, false
		}
		return validMonthSpan(e, end.Year(), int(end.Month()), int(end.Month()))
	case e.ScopeYearOn != 0: // 次年: the year after the governing expression's, none without one
		y := c.scopeYear()
		if y == 0 {
			return Interval{}, false
		}
		y1, y2 = y+e.ScopeYearOn, y+e.ScopeYearOn
	default: // no year written: the governing expression's, else the document's
		y := c.scopeYear()
		if y == 0 && e.Day == 0 && !c.DocDate.IsZero() {
			y = c.DocDate.Year()
			if e.M2 > int(c.DocDate.Month()) || e.Q2*3 > int(c.DocDate.Month())+2 {
				y-- // 12月 in a document of March: last December
			}
		}
		if e.Day > 0 && !c.DocDate.IsZero() {
			y = c.DocDate.Year() // a day without its year: the document's (never a governing year)
			if e.M1 > int(c.DocDate.Month()) {
				y--
			}
		} else if e.Day > 0 {
			y = 0
		}
		if y == 0 {
			return Interval{}, false
		}
		y1, y2 = y, y
	}
	if e.SameAs { // 2023年同期: the governing period moved to that year
		if c.Scope.End.IsZero() {
			return Interval{}, false
		}
		return shift(c.Scope, y2-c.Scope.End.Year()), true
	}
	if e.Holiday != "" {
		w, ok := holidayWindow(y2, e.Holiday)
		return Interval{w.start, w.end}, ok
	}
	if e.Range && e.RelEnd { // 2019年10月至今年3月: the end's year counts from the reference year
		ref := c.refYear()
		if ref == 0 {
			return Interval{}, false
		}
		e.YearsOn, e.RelEnd = ref+e.YearsOn-y2, false
		if e.YearsOn < 0 || e.YearsOn == 0 && (e.M2 < e.M1 || e.Q2 < e.Q1) {
			return Interval{}, false // an end before the start
		}
	}
	if e.Week > 0 {
		if e.WeekDays[0][1] > 0 {
			return bracketWeek(e, y2)
		}
		return isoWeek(y2, e.Week)
	}
	switch {
	case e.Q1 > 0:
		return validMonthSpan(e, y2, e.Q1*3-2, e.Q2*3)
	case e.M1 > 0:
		return validMonthSpan(e, y2, e.M1, e.M2)
	case e.YearEdge == 'e':
		return Interval{day(y2, 12, 31), day(y2, 12, 31)}, true
	case e.YearEdge == 'b':
		return Interval{day(y2, 1, 1), day(y2, 1, 1)}, true
	}
	return Interval{day(y1, 1, 1), day(y2, 12, 31)}, true
}

// weekSpan is the week of a relative week counted from the week of date
// d: Monday to Sunday (本周 is the whole week, as 本月 is the whole month,
// whatever day the document has), or its day (上周五) or its Saturday and
// Sunday (本周末).
func weekSpan(e Expr, d time.Time) Interval {
	monday := day(d.Year(), int(d.Month()), d.Day()-(int(d.Weekday())+6)%7+7*e.RelWeek)
	switch {
	case e.Weekday > 0:
		t := monday.AddDate(0, 0, e.Weekday-1)
		return Interval{t, t}
	case e.Weekend:
		return Interval{monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 6)}
	}
	return Interval{monday, monday.AddDate(0, 0, 6)}
}

// isoWeek is week w of year y as ISO 8601 counts them: Monday to Sunday,
// week 1 the one with the year's first Thursday (January 4th); none when
// the year has no such week (第53周 of a year of 52).
func isoWeek(y, w int) (Interval, bool) {
	jan4 := day(y, 1, 4)
	monday := jan4.AddDate(0, 0, -(int(jan4.Weekday())+6)%7+7*(w-1))
	if yy, ww := monday.ISOWeek(); yy != y || ww != w {
		return Interval{}, false
	}
	return Interval{monday, monday.AddDate(0, 0, 6)}, true
}

// bracketWeek is the week of e as the days in the bracket after it give
// it, in the week's year y when the bracket writes none (a start in
// December of a week 1 or 2 is in the year before, an end in January of
// a later week in the year after); ISO week e.Week of y when the days are
// not those of a week (an end before the start, more than 7 days).
func bracketWeek(e Expr, y int) (Interval, bool) {
	a, b := e.WeekDays[0], e.WeekDays[1]
	y1, y2 := a[0], b[0]
	switch {
	case y1 == 0 && y2 == 0 && b[1] < a[1] && e.Week <= 2:
		y1, y2 = y-1, y
	case y1 == 0 && y2 == 0 && b[1] < a[1]:
		y1, y2 = y, y+1
	case y1 == 0:
		y1 = y
	}
	if y2 == 0 {
		y2 = y1
		if b[1] < a[1] {
			y2++
		}
	}
	if a[2] <= daysIn(y1, a[1]) && b[2] <= daysIn(y2, b[1]) {
		s, t := day(y1, a[1], a[2]), day(y2, b[1], b[2])
		if !t.Before(s) && t.Sub(s).Hours() < 7*24 {
			return Interval{s, t}, true
		}
	}
	return isoWeek(y, e.Week)
}

// partial reports whether a plan period carries a part of a year (十四五末
// is still the plan's last day, handled by the caller).
func (e Expr) partial() bool { return e.M1 > 0 || e.Q1 > 0 || e.Holiday != "" }

// validMonthSpan is monthSpan, not ok when a day it names is not in its
// month (2月29日 of 2023, 4月31日, 2月30日): no interval rather than
// the day time.Date would roll over to (a wrong date is worse than none).
func validMonthSpan(e Expr, y, m1, m2 int) (Interval, bool) {
	if e.Day > daysIn(y, m1) || e.Day2 > daysIn(y+e.YearsOn, m2) {
		return Interval{}, false
	}
	return monthSpan(e, y, m1, m2), true
}

// monthSpan is the interval of months m1..m2 of year y (of a range, m2
// of year y+YearsOn), or of the day or month edge e names.
func monthSpan(e Expr, y, m1, m2 int) Interval {
	if e.Range {
		iv := Interval{day(y, m1, max(e.Day, 1)), lastDay(y+e.YearsOn, m2)}
		if e.Day2 > 0 {
			iv.End = day(y+e.YearsOn, m2, e.Day2)
		}
		return iv
	}
	switch {
	case e.Dekad > 0: // 上旬 1-10, 中旬 11-20, 下旬 21 to the last
		iv := Interval{day(y, m1, e.Dekad*10-9), day(y, m1, e.Dekad*10)}
		if e.Dekad == 3 {
			iv.End = lastDay(y, m1)
		}
		return iv
	case e.Day > 0:
		return Interval{day(y, m1, e.Day), day(y, m1, e.Day)}
	case e.Edge == 'e':
		return Interval{lastDay(y, m2), lastDay(y, m2)}
	case e.Edge == 'b':
		return Interval{day(y, m1, 1), day(y, m1, 1)}
	}
	return Interval{day(y, m1, 1), lastDay(y, m2)}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// shift moves an interval by whole years, keeping month ends at month ends
// (2024-02-29 a year back is 2023-02-28).
func shift(iv Interval, years int) Interval {
	mv := func(t time.Time, end bool) time.Time {
		if t.IsZero() {
			return t
		}
		if end && t.Day() == lastDay(t.Year(), int(t.Month())).Day() {
			return lastDay(t.Year()+years, int(t.Month()))
		}
		return day(t.Year()+years, int(t.Month()), min(t.Day(), 28))
	}
	return Interval{mv(iv.Start, false), mv(iv.End, true)}
}
