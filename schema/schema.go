// Package schema defines the two tables of a zhmetrics dataset, figures and
// documents, as Arrow schemas with documented columns, and writes and reads
// them as Parquet (zstd) and Arrow IPC files.
package schema

import (
	"time"
	"unsafe"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
)

// Version is the schema version, written into every file's metadata. It
// changes when a column is added, removed, renamed or changes type.
const Version = "2"

// Version history: 1 — the first schema; 2 — figures gain period_start and
// period_end (date32, nullable), the interval of period. A dataset of another
// version is never appended to: its manifest's fingerprint differs, so the
// next run reprocesses every document and writes version-2 parts.

// Metadata keys written into every file.
const (
	MetaSchemaVersion = "zhmetrics.schema_version"
	MetaVersion       = "zhmetrics.version"
	MetaTable         = "zhmetrics.table"
)

// FigureRow is one row of the figures table.
type FigureRow struct {
	DocID         string
	SentenceIndex int32
	Start, End    int32
	Surface       string
	Value         *float64
	Low, High     *float64
	Unit          string
	UnitWritten   string
	Dimension     string
	BaseValue     *float64
	BaseUnit      string
	Qualifier     string
	Change        string
	Compare       string
	Metric        string
	Period        string
	PeriodStart   *time.Time // first day of the period's interval; nil when open or unknown
	PeriodEnd     *time.Time // last day, inclusive; nil when unknown
	Sentence      string
}

// DocumentRow is one row of the documents table.
type DocumentRow struct {
	DocID       string
	Path        string
	SHA256      string
	Bytes       int64
	Encoding    string
	Title       string
	Date        *time.Time // the document's date, if it states one
	URL         string
	Sentences   int32
	Figures     int32
	Status      string // ok, error, skipped
	Error       string
	ProcessedAt time.Time // UTC
}

// Column describes one column: its name, Arrow type, whether it can be null,
// and what it means (printed by `zhmetrics schema` and in README).
type Column[R any] struct {
	Name     string
	Type     arrow.DataType
	Nullable bool
	Doc      string
	append   func(b array.Builder, r *R)
	get      func(a arrow.Array, i int, r *R)
	text     func(r *R) *string // plain string columns: the field, to reserve their bytes at once
	value    func(r *R) any     // the field as a JSON value (string, number, "YYYY-MM-DD" or nil)
	pq       pqIO[R]            // the column in Parquet
	noStats  bool               // free text: no Parquet statistics (see freeText)
	pqDict   bool               // a plain string column with dictionary pages in Parquet (see runText)
}

// dictString is the type of low-cardinality string columns.
var dictString = &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}

var timestampUTC = &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}

// FigureColumns are the columns of the figures table, in order.
var FigureColumns = []Column[FigureRow]{
	str("doc_id", dictString, "document id: path relative to the input argument (a file argument: its base name)", func(r *FigureRow) *string { return &r.DocID }),
	i32("sentence_index", "index of the sentence in the document, from 0", func(r *FigureRow) *int32 { return &r.SentenceIndex }),
	i32("start", "start of the figure in the decoded document text, in Unicode code points", func(r *FigureRow) *int32 { return &r.Start }),
	i32("end", "end of the figure (exclusive), in code points", func(r *FigureRow) *int32 { return &r.End }),
	freeText(str("surface", arrow.BinaryTypes.String, "the figure as written: number, scale, 多/余, unit (8.58亿元, 1天到2天)", func(r *FigureRow) *string { return &r.Surface })),
	f64("value", "value in the canonical unit, scale applied (8.58亿元 → 858000000); null for a range", func(r *FigureRow) **float64 { return &r.Value }),
	f64("low", "low end of a range in the canonical unit; null when not a range", func(r *FigureRow) **float64 { return &r.Low }),
	f64("high", "high end of a range in the canonical unit; null when not a range", func(r *FigureRow) **float64 { return &r.High }),
	str("unit", dictString, "canonical unit, scale removed: 元, 美元, 人, 家, %, 个百分点, 平方米, 亩 …", func(r *FigureRow) *string { return &r.Unit }),
	str("unit_written", dictString, "the unit as written, with its scale: 亿元, 万人次", func(r *FigureRow) *string { return &r.UnitWritten }),
	str("dimension", dictString, "currency, count, people, percent, permille, percentage_point, permille_point, basis_point, ratio, index, area, length, mass, volume, energy, power, apparent_power, voltage, charge, current, frequency, luminance, data_rate, flow, duration, age, temperature, speed, concentration, data, compute, score, level, rate (元/人: one unit per another), product (吨公里: one unit times another)", func(r *FigureRow) *string { return &r.Dimension }),
	f64("base_value", "value converted to base_unit where a conversion exists (亩, 公顷 → 平方米; 公里 → 米; 吨 → 千克); else null", func(r *FigureRow) **float64 { return &r.BaseValue }),
	str("base_unit", dictString, "unit of base_value, or empty", func(r *FigureRow) *string { return &r.BaseUnit }),
	str("qualifier", dictString, "exact, approx (约, 左右), over (超过, 多, 余, 以上), nearly (近, 接近), under (不到, 以下, 以内)", func(r *FigureRow) *string { return &r.Qualifier }),
	str("change", dictString, "increase or decrease when the figure is a change (增长, 下降 …), else none", func(r *FigureRow) *string { return &r.Change }),
	str("compare", dictString, "base of a change: yoy (同比), mom (环比), or empty", func(r *FigureRow) *string { return &r.Compare }),
	freeText(str("metric", arrow.BinaryTypes.String, "what is measured, copied from the text (地区生产总值), or empty", func(r *FigureRow) *string { return &r.Metric })),
	str("period", dictString, "the time expression that governs the figure, as written: in its clause, else its sentence, else the nearest earlier sentence, heading or title that still governs it (2024年, 上半年, 1-7月, 截至2024年11月, 112年); empty when the document says none", func(r *FigureRow) *string { return &r.Period }),
	date32("period_start", "first day of the period's interval, resolved with the document's date and earlier sentences (2024年上半年 → 2024-01-01; 去年 in a 2013 document → 2012-01-01; ROC 112年 → 2023-01-01); null when open (截至2024年11月) or unresolved (近年来, a month of an unknown year)", func(r *FigureRow) **time.Time { return &r.PeriodStart }),
	date32("period_end", "last day of the period's interval, inclusive (2024年上半年 → 2024-06-30; 年末 of 2019 → 2019-12-31; 以来 → the document's date); null when unresolved", func(r *FigureRow) **time.Time { return &r.PeriodEnd }),
	runText("sentence", "the sentence as written in the source", func(r *FigureRow) *string { return &r.Sentence }),
}

// DocumentColumns are the columns of the documents table, in order.
var DocumentColumns = []Column[DocumentRow]{
	str("doc_id", arrow.BinaryTypes.String, "document id, as in figures.doc_id", func(r *DocumentRow) *string { return &r.DocID }),
	str("path", arrow.BinaryTypes.String, "file the document was read from", func(r *DocumentRow) *string { return &r.Path }),
	str("sha256", arrow.BinaryTypes.String, "SHA-256 of the document's bytes, hex", func(r *DocumentRow) *string { return &r.SHA256 }),
	i64("bytes", "size in bytes", func(r *DocumentRow) *int64 { return &r.Bytes }),
	str("encoding", dictString, "detected encoding: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030; empty when undecodable", func(r *DocumentRow) *string { return &r.Encoding }),
	freeText(str("title", arrow.BinaryTypes.String, "title from the header block or the HTML page, or empty", func(r *DocumentRow) *string { return &r.Title })),
	date32("date", "the document's date (header Date:, HTML meta, JSONL date, or a dateline in its first lines); null when none", func(r *DocumentRow) **time.Time { return &r.Date }),
	str("url", arrow.BinaryTypes.String, "URL from the header block, or empty", func(r *DocumentRow) *string { return &r.URL }),
	count("sentences", "number of sentences", func(r *DocumentRow) *int32 { return &r.Sentences }),
	count("figures", "number of figures (rows in the figures table)", func(r *DocumentRow) *int32 { return &r.Figures }),
	str("status", dictString, "ok, error (undecodable, binary, failed) or skipped (empty, over --max-bytes)", func(r *DocumentRow) *string { return &r.Status }),
	freeText(str("error", arrow.BinaryTypes.String, "why the document is not ok, or empty", func(r *DocumentRow) *string { return &r.Error })),
	timestamp("processed_at", "when the document was processed (UTC)", func(r *DocumentRow) *time.Time { return &r.ProcessedAt }),
}

func str[R any](name string, t arrow.DataType, doc string, field func(*R) *string) Column[R] {
	_, dict := t.(*arrow.DictionaryType)
	c := Column[R]{Name: name, Type: t, Doc: doc, value: func(r *R) any { return *field(r) }, pq: pqString(field, dict)}
	if dict {
		c.append = func(b array.Builder, r *R) { _ = b.(*array.BinaryDictionaryBuilder).Append(stringBytes(*field(r))) }
		c.get = func(a arrow.Array, i int, r *R) {
			d := a.(*array.Dictionary)
			*field(r) = d.Dictionary().(*array.String).Value(d.GetValueIndex(i))
		}
	} else {
		c.append = func(b array.Builder, r *R) { b.(*array.StringBuilder).Append(*field(r)) }
		c.text = field
		c.get = func(a arrow.Array, i int, r *R) { *field(r) = a.(*array.String).Value(i) }
	}
	return c
}

// stringBytes views s as bytes without copying, for BinaryDictionaryBuilder:
// its AppendString copies every value to the heap first ([]byte(s) escapes),
// though the dictionary's memo table copies the bytes it keeps and never
// changes them (arrow-go itself views strings so, hashing.strToBytes). An
// empty string gives an empty, non-nil slice: nil would append a null.
func stringBytes(s string) []byte {
	if s == "" {
		return []byte{}
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// freeText marks a column of free text (a sentence, a surface, a title):
// its Parquet column chunks and pages get no statistics. Their min and max
// (two strings of prose, compared byte by byte over every value of every
// page) help no reader skip a row group, and computing them was a twentieth
// of writing a part; the columns analysts filter on (numbers, dates, ids,
// units, periods) keep theirs.
func freeText[R any](c Column[R]) Column[R] {
	c.noStats = true
	return c
}

// runText is a column of free text (freeText) whose values come in runs of
// rows (the sentence, repeated on every figure found in it): in Parquet its
// pages are dictionary-encoded, each distinct value written once per row
// group and the rows as indices, while its type stays a plain string (a
// reader sees strings; dictionary is an encoding in Parquet, not a type).
// Written plain, the sentences of the figures were seven tenths of a figures
// part's bytes before compression and about three times the distinct
// sentences' bytes, all copied into pages and compressed by the writer.
func runText[R any](name, doc string, field func(*R) *string) Column[R] {
	c := freeText(str(name, arrow.BinaryTypes.String, doc, field))
	c.pq = pqString(field, true)
	c.pqDict = true
	return c
}

func i32[R any](name, doc string, field func(*R) *int32) Column[R] {
	c := count(name, doc, field)
	c.value = func(r *R) any { return *field(r) }
	return c
}

// count is an int32 column with no JSON view.
func count[R any](name, doc string, field func(*R) *int32) Column[R] {
	return Column[R]{Name: name, Type: arrow.PrimitiveTypes.Int32, Doc: doc,
		append: func(b array.Builder, r *R) { b.(*array.Int32Builder).Append(*field(r)) },
		get:    func(a arrow.Array, i int, r *R) { *field(r) = a.(*array.Int32).Value(i) },
		pq:     pqField(field)}
}

func i64[R any](name, doc string, field func(*R) *int64) Column[R] {
	return Column[R]{Name: name, Type: arrow.PrimitiveTypes.Int64, Doc: doc,
		append: func(b array.Builder, r *R) { b.(*array.Int64Builder).Append(*field(r)) },
		get:    func(a arrow.Array, i int, r *R) { *field(r) = a.(*array.Int64).Value(i) },
		pq:     pqField(field)}
}

// timestamp is a UTC timestamp column in microseconds.
func timestamp[R any](name, doc string, field func(*R) *time.Time) Column[R] {
	return Column[R]{Name: name, Type: timestampUTC, Doc: doc,
		append: func(b array.Builder, r *R) {
			b.(*array.TimestampBuilder).Append(arrow.Timestamp(field(r).UTC().UnixMicro()))
		},
		get: func(a arrow.Array, i int, r *R) {
			*field(r) = time.UnixMicro(int64(a.(*array.Timestamp).Value(i))).UTC()
		},
		pq: pqRequired(func(r *R) int64 { return field(r).UTC().UnixMicro() },
			func(r *R, v int64) { *field(r) = time.UnixMicro(v).UTC() })}
}

func f64[R any](name, doc string, field func(*R) **float64) Column[R] {
	return Column[R]{Name: name, Type: arrow.PrimitiveTypes.Float64, Nullable: true, Doc: doc, value: func(r *R) any { return *field(r) },
		append: func(b array.Builder, r *R) {
			if v := *field(r); v != nil {
				b.(*array.Float64Builder).Append(*v)
			} else {
				b.AppendNull()
			}
		},
		get: func(a arrow.Array, i int, r *R) {
			if !a.IsNull(i) {
				v := a.(*array.Float64).Value(i)
				*field(r) = &v
			}
		},
		pq: pqNullable(field, func(v *float64) float64 { return *v }, func(r *R, v float64) { *field(r) = &v })}
}

// date32 is a nullable calendar date column (Arrow date32: days since
// 1970-01-01); a nil field is null.
func date32[R any](name, doc string, field func(*R) **time.Time) Column[R] {
	return Column[R]{Name: name, Type: arrow.FixedWidthTypes.Date32, Nullable: true, Doc: doc,
		value: func(r *R) any {
			if t := *field(r); t != nil {
				return t.Format(time.DateOnly)
			}
			return nil
		},
		append: func(b array.Builder, r *R) {
			if t := *field(r); t != nil {
				b.(*array.Date32Builder).Append(arrow.Date32(date32Of(*t)))
			} else {
				b.AppendNull()
			}
		},
		get: func(a arrow.Array, i int, r *R) {
			if !a.IsNull(i) {
				t := a.(*array.Date32).Value(i).ToTime().UTC()
				*field(r) = &t
			}
		},
		pq: pqNullable(field, func(t *time.Time) int32 { return date32Of(*t) },
			func(r *R, v int32) { t := arrow.Date32(v).ToTime().UTC(); *field(r) = &t })}
}

// date32Of is t's day as a date32 value: the days from 1970-01-01 to t's
// instant, rounded down. It is arrow.Date32FromTime (TestDate32Of) without
// its time arithmetic (a Truncate to the day, then Unix), a fiftieth of
// writing a part of figures, which have two dates a row.
func date32Of(t time.Time) int32 {
	const day = 24 * 60 * 60
	s := t.Unix()
	d := s / day
	if s%day < 0 { // before 1970, division rounds toward zero: down instead
		d--
	}
	return int32(d)
}

// Schema builds the Arrow schema of a table from its columns.
func Schema[R any](table string, cols []Column[R], version string) *arrow.Schema {
	fields := make([]arrow.Field, len(cols))
	for i, c := range cols {
		fields[i] = arrow.Field{Name: c.Name, Type: c.Type, Nullable: c.Nullable,
			Metadata: arrow.NewMetadata([]string{"description"}, []string{c.Doc})}
	}
	meta := arrow.NewMetadata([]string{MetaSchemaVersion, MetaVersion, MetaTable}, []string{Version, version, table})
	return arrow.NewSchema(fields, &meta)
}
