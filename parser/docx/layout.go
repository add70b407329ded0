package docx

import "github.com/gwlint/gwlint/parser/source"

// layout builds the Source: one line per w:p, joined with "\n", each line
// the paragraph's numbering label followed by its text.
//
// Every paragraph gets a line, empty ones included, so that line N is
// paragraph N as Word counts paragraphs; an empty line (no text, no label)
// yields no Block, since there is nothing in it to check.
func layout(body *story, styles *styleSheet, lists *listDefs, comments map[string]string) *source.Source {
	numbers := newNumberer(lists, styles)
	var text []byte
	var blocks []source.Block
	for i, p := range body.paragraphs {
		if i > 0 {
			text = append(text, '\n')
		}
		label, ilvl, numbered := numbers.label(p.num, p.styleID)
		p.lineStart = len(text)
		p.labelLen = len(label)
		text = append(text, label...)
		text = append(text, p.text...)
		p.lineEnd = len(text)
		if p.lineEnd == p.lineStart {
			continue
		}
		kind, level := classify(p, styles, numbered && label != "", ilvl)
		blocks = append(blocks, source.Block{
			Kind:      kind,
			Level:     level,
			Segments:  []source.Segment{{Start: p.lineStart, End: p.lineEnd}},
			AutoLabel: len(label),
		})
	}
	src := &source.Source{Text: string(text), Blocks: blocks}
	for i := range blocks {
		seg := &blocks[i].Segments[0]
		seg.Text = src.Text[seg.Start:seg.End]
	}
	src.Comments = resolveComments(body, comments)
	return src
}

// classify decides a paragraph's block kind. Table cells come first: a
// heading-styled paragraph inside a table is table text, not the start of
// a section. Text boxes never hold headings for the same reason.
func classify(p *paragraph, styles *styleSheet, numbered bool, ilvl int) (source.BlockKind, int) {
	if p.container == inTableCell {
		return source.TableCell, 0
	}
	if p.container == inBody {
		if level := styles.headingLevel(p.styleID, p.outline); level > 0 {
			return source.Heading, level
		}
	}
	if numbered {
		return source.ListItem, ilvl + 1
	}
	return source.Paragraph, 0
}
