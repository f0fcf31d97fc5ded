package report

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
)

// The page's skeleton, style and script: hand-written, embedded, inlined.
var (
	//go:embed assets/page.html
	pageHTML string
	//go:embed assets/report.css
	pageCSS string
	//go:embed assets/report.js
	pageJS string
)

// Write renders the page as one self-contained HTML document: the style,
// the script and the data are inline, and nothing refers to the network.
func (p *Page) Write(w io.Writer) error {
	data, err := json.Marshal(p.Data) // escapes <, > and &: the data cannot close its script element
	if err != nil {
		return err
	}
	parts := map[string]string{
		"TITLE": html.EscapeString(p.Title),
		"CSS":   pageCSS,
		"JS":    pageJS,
	}
	rest := pageHTML
	for rest != "" {
		i := strings.Index(rest, "{{")
		if i < 0 {
			_, err = io.WriteString(w, rest)
			return err
		}
		j := strings.Index(rest[i:], "}}")
		if j < 0 {
			return fmt.Errorf("report: unclosed placeholder in page.html")
		}
		name := rest[i+2 : i+j]
		if _, err = io.WriteString(w, rest[:i]); err != nil {
			return err
		}
		if name == "DATA" {
			_, err = w.Write(data)
		} else if v, ok := parts[name]; ok {
			_, err = io.WriteString(w, v)
		} else {
			return fmt.Errorf("report: unknown placeholder {{%s}} in page.html", name)
		}
		if err != nil {
			return err
		}
		rest = rest[i+j+2:]
	}
	return nil
}
