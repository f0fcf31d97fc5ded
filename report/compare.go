package report

import (
	"encoding/json"
	"sort"
	"time"

	"github.com/zhmetrics/zhmetrics/figdiff"
	"github.com/zhmetrics/zhmetrics/schema"
)

// Side is one side of a change: the figure as one run has it. Its JSON
// keys are short and empty fields left out: a page holds thousands.
type Side struct {
	Val    *float64 `json:"v,omitempty"` // value, or the low end of a range
	Hi     *float64 `json:"h,omitempty"`
	Unit   string   `json:"u,omitempty"`
	Qual   string   `json:"q,omitempty"`
	Chg    string   `json:"c,omitempty"`
	Metric string   `json:"m,omitempty"`
	Period string   `json:"p,omitempty"`
	Dim    string   `json:"d,omitempty"`
	Sent   int      `json:"s"` // index into Review.Sentences
	FO     int      `json:"fo"`
	MO     int      `json:"mo"`
}

// ChangeRow is one change of the review page (short JSON keys, as Side).
type ChangeRow struct {
	Kind    string   `json:"k"`
	Doc     int      `json:"d"` // index into Review.Docs
	Surface string   `json:"t"`
	N       int      `json:"n"`
	Fields  []string `json:"f,omitempty"`
	Old     *Side    `json:"o,omitempty"`
	New     *Side    `json:"w,omitempty"`
}

// DocChanges counts the changes of one document.
type DocChanges struct {
	Doc                     string
	Added, Removed, Changed int
}

func (d DocChanges) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{d.Doc, d.Added, d.Removed, d.Changed})
}

// Review is the data of the page that shows what changed between two runs.
type Review struct {
	Mode             string          `json:"mode"` // "review"
	Old              string          `json:"old"`
	New              string          `json:"new"`
	Generated        string          `json:"generated"`
	Summary          figdiff.Summary `json:"summary"`
	Text             string          `json:"text"` // the summary line `zhmetrics diff` prints
	Total            int             `json:"total"`
	Held             int             `json:"held"`
	MaxRows          int             `json:"maxRows"`
	MaxSentenceBytes int             `json:"maxSentenceBytes"`
	PerDoc           []DocChanges    `json:"perDoc"`      // the documents with most changes (TopN×10 at most)
	PerDocTotal      int             `json:"perDocTotal"` // documents with a change
	Docs             []Doc           `json:"docs"`
	Sentences        []string        `json:"sentences"`
	Changes          []ChangeRow     `json:"changes"`
}

// Compare builds the page that reviews what changed from the figures of one
// run to another's, as figdiff (and so `zhmetrics diff`) pairs them. docs
// describe the documents (title, date, path) when known; it may be nil.
func Compare(oldName, newName string, oldRows, newRows []schema.FigureRow, docs []schema.DocumentRow, now time.Time, opt Options) *Page {
	opt = opt.withDefaults()
	changes := figdiff.Figures(oldRows, newRows)
	sum := figdiff.Summarize(changes, len(oldRows), len(newRows))
	r := &Review{Mode: "review", Old: oldName, New: newName, Generated: now.UTC().Format(time.RFC3339),
		Summary: sum, Text: sum.String(), Total: len(changes), MaxRows: opt.MaxRows, MaxSentenceBytes: opt.MaxSentenceBytes,
		PerDoc: []DocChanges{}, Docs: []Doc{}, Sentences: []string{}, Changes: []ChangeRow{}}
	byID := map[string]*schema.DocumentRow{}
	for i := range docs {
		byID[docs[i].DocID] = &docs[i]
	}
	for _, c := range changes {
		if n := len(r.PerDoc); n == 0 || r.PerDoc[n-1].Doc != c.Doc {
			r.PerDoc = append(r.PerDoc, DocChanges{Doc: c.Doc})
		}
		d := &r.PerDoc[len(r.PerDoc)-1]
		switch c.Kind {
		case "added":
			d.Added++
		case "removed":
			d.Removed++
		case "changed":
			d.Changed++
		}
	}
	r.PerDocTotal = len(r.PerDoc)
	sort.SliceStable(r.PerDoc, func(i, j int) bool {
		a, b := r.PerDoc[i], r.PerDoc[j]
		return a.Added+a.Removed+a.Changed > b.Added+b.Removed+b.Changed
	})
	if len(r.PerDoc) > opt.TopN*10 {
		r.PerDoc = r.PerDoc[:opt.TopN*10]
	}
	held := sampleWithin(len(changes), opt, func(i int) string {
		c := changes[i]
		if c.NewRow != nil && c.OldRow != nil && c.NewRow.Sentence != c.OldRow.Sentence {
			return c.OldRow.Sentence + c.NewRow.Sentence
		}
		if c.NewRow != nil {
			return c.NewRow.Sentence
		}
		return c.OldRow.Sentence
	})
	var oldT, newT []*schema.FigureRow
	for _, k := range held {
		if c := changes[k]; c.OldRow != nil {
			oldT = append(oldT, c.OldRow)
		}
		if c := changes[k]; c.NewRow != nil {
			newT = append(newT, c.NewRow)
		}
	}
	occ := map[*schema.FigureRow]int{}
	for _, side := range []struct {
		all     []schema.FigureRow
		targets []*schema.FigureRow
	}{{oldRows, oldT}, {newRows, newT}} {
		for j, n := range occurrences(side.all, side.targets) {
			occ[side.targets[j]] = n
		}
	}
	var docIdx, sentIdx dict
	side := func(f *schema.FigureRow) *Side {
		if f == nil {
			return nil
		}
		s := &Side{Val: f.Value, Unit: f.Unit, Qual: f.Qualifier, Chg: f.Change, Metric: f.Metric, Period: f.Period,
			Dim: f.Dimension, Sent: sentIdx.id(f.Sentence)}
		if f.Value == nil {
			s.Val, s.Hi = f.Low, f.High
		}
		s.FO, s.MO = Highlight(f.Sentence, f.Surface, occ[f], f.Metric)
		return s
	}
	for _, k := range held {
		c := changes[k]
		di := docIdx.id(c.Doc)
		if di == len(r.Docs) {
			r.Docs = append(r.Docs, docOf(byID[c.Doc], c.Doc))
		}
		r.Changes = append(r.Changes, ChangeRow{Kind: c.Kind, Doc: di, Surface: c.Surface, N: c.N, Fields: c.Fields,
			Old: side(c.OldRow), New: side(c.NewRow)})
	}
	r.Held = len(r.Changes)
	r.Sentences = sentIdx.strings()
	return &Page{Title: "zhmetrics changes — " + oldName + " → " + newName, Data: r}
}
