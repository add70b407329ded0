package htmltext

// asciiSpace is HTML's ASCII whitespace, the characters browsers collapse.
const asciiSpace = " \t\n\r\f"

// set builds a lookup table from names.
func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// blockElements delimit blocks: text on either side of their tags never
// shares a block. They are also the elements the open-element stack tracks.
var blockElements = set(
	"address", "article", "aside", "blockquote", "caption", "center",
	"dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
	"figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
	"h6", "header", "hgroup", "legend", "li", "listing", "main", "menu",
	"nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
	"tfoot", "th", "thead", "tr", "ul", "xmp", "plaintext",
)

// breakElements end the current block without opening an element that
// matters for the block's kind.
var breakElements = set("br", "hr", "html", "body")

// hiddenElements have content a browser does not show as text. <xml> is a
// data island of Word-exported HTML; <title> shows in the tab, not the page.
var hiddenElements = set(
	"script", "style", "noscript", "template", "svg", "object", "title",
	"xml", "iframe", "noembed", "noframes",
)

// headElements may appear inside <head>; any other start tag makes a browser
// close the head and open the body.
var headElements = set(
	"base", "basefont", "bgsound", "link", "meta", "noscript", "script",
	"style", "template", "title",
)

// voidElements never have an end tag, so they cannot hide content.
var voidElements = set(
	"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
	"meta", "param", "source", "track", "wbr",
)

// headingLevel returns 1–6 for h1–h6 and 0 for any other element.
func headingLevel(name string) int {
	if len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' {
		return int(name[1] - '0')
	}
	return 0
}

// isListContainer reports whether items inside name are list items.
func isListContainer(name string) bool {
	switch name {
	case "ul", "ol", "menu", "dir":
		return true
	}
	return false
}
