package markdown

import "strings"

// hiddenHTMLBlocks are the HTML elements whose content, in a Markdown HTML
// block, is not text a reader sees: the block runs from the line that opens
// one to the line that closes it (CommonMark's HTML block type 1).
var hiddenHTMLBlocks = []string{"script", "style"}

// hiddenBlockEnd returns the end tag ("</style>") that closes a hidden HTML
// block opened at text[p:e], or "" when the line opens none.
func hiddenBlockEnd(text string, p, e int) string {
	for _, name := range hiddenHTMLBlocks {
		open := "<" + name
		if e-p < len(open) || !strings.EqualFold(text[p:p+len(open)], open) {
			continue
		}
		if rest := text[p+len(open) : e]; rest == "" || rest[0] == '>' || isSpaceOrTab(rest[0]) {
			return "</" + name + ">"
		}
	}
	return ""
}

// containsFold reports whether s contains the lower-case ASCII substr in
// any letter case.
func containsFold(s, substr string) bool {
	return strings.Contains(strings.ToLower(s), substr)
}
