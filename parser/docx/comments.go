package docx

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gwlint/gwlint/parser/source"
)

// readComments returns the text of each Word comment (批注) by w:id, its
// paragraphs joined with "\n". Comment text is read with the same rules as
// document text, so a tracked deletion inside a comment is left out too.
func readComments(p *pkg, name string) (map[string]string, error) {
	data, found, err := p.read(name)
	if err != nil || !found {
		return nil, err
	}
	st, err := walkStory(data)
	if err != nil {
		return nil, fmt.Errorf("malformed %s: %w", name, err)
	}
	paragraphs := map[string][]string{}
	for _, para := range st.paragraphs {
		if para.commentID != "" {
			paragraphs[para.commentID] = append(paragraphs[para.commentID], string(para.text))
		}
	}
	texts := make(map[string]string, len(paragraphs))
	for id, lines := range paragraphs {
		texts[id] = strings.Join(lines, "\n")
	}
	return texts, nil
}

// resolveComments turns the anchors found in the document into comments
// positioned in Source.Text, ordered by where they attach. Comments that
// are not anchored anywhere, and anchors of comments that do not exist,
// are left out: neither can be shown to a reader of the document.
func resolveComments(body *story, texts map[string]string) []source.Comment {
	var out []source.Comment
	for _, id := range body.anchorOrder {
		text, ok := texts[id]
		if !ok {
			continue
		}
		start, end, ok := body.anchors[id].span()
		if !ok {
			continue
		}
		out = append(out, source.Comment{Start: start, End: end, Text: text, AnchorStart: start, AnchorEnd: end})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].AnchorStart < out[j].AnchorStart })
	return out
}
