package pipeline

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements end a line of visible text, so sentences never run across them.
var blockElements = map[atom.Atom]bool{atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Section: true, atom.Article: true, atom.Table: true, atom.Ul: true, atom.Ol: true,
	atom.Header: true, atom.Footer: true, atom.Blockquote: true, atom.Pre: true, atom.Dd: true, atom.Dt: true,
	atom.Hr: true, atom.Figcaption: true, atom.Caption: true, atom.Main: true, atom.Nav: true, atom.Aside: true}

// hiddenElements hold no visible text.
var hiddenElements = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Head: true, atom.Svg: true, atom.Iframe: true, atom.Object: true}

// dateMeta are <meta> names and properties that carry a page's publication date.
var dateMeta = map[string]bool{"article:published_time": true, "pubdate": true, "publishdate": true,
	"publish-date": true, "date": true, "dc.date": true, "dc.date.issued": true, "og:published_time": true,
	"weibo:article:create_at": true}

// HTMLText extracts the visible text of an HTML page, one line per block, and
// the page's title, date and canonical URL where it states them. Figures'
// offsets in an HTML document point into this text.
func HTMLText(src string) (string, Meta, error) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return "", Meta{}, err
	}
	var b strings.Builder
	var m Meta
	var title string
	newline := func() {
		s := b.String()
		if len(s) > 0 && !strings.HasSuffix(s, "\n") {
			b.WriteByte('\n')
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if t := strings.Join(strings.Fields(n.Data), " "); t != "" {
				b.WriteString(t)
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Title:
				if title == "" && n.FirstChild != nil {
					title = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "name") + attr(n, "property") + attr(n, "itemprop"))
				switch {
				case dateMeta[key] && m.Date.IsZero():
					m.Date = findDate(attr(n, "content"))
				case key == "og:title" && title == "":
					title = strings.TrimSpace(attr(n, "content"))
				case key == "og:url" && m.URL == "":
					m.URL = attr(n, "content")
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.URL == "" {
					m.URL = attr(n, "href")
				}
			case atom.Time:
				if m.Date.IsZero() {
					m.Date = findDate(attr(n, "datetime"))
				}
			}
			if hiddenElements[n.DataAtom] {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode {
						walk(c) // <head> holds <title> and <meta>, no visible text
					}
				}
				return
			}
			if blockElements[n.DataAtom] {
				newline()
			}
			if (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && !strings.HasSuffix(b.String(), "\n") && b.Len() > 0 {
				b.WriteByte(' ') // cells of a row stay on one line, apart
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockElements[n.DataAtom] {
			newline()
		}
	}
	walk(doc)
	m.Title = title
	text := strings.TrimSpace(b.String())
	if m.Date.IsZero() {
		m.Date = ParseHeader(text).Date
	}
	return text, m, nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
