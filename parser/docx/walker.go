package docx

import (
	"encoding/xml"
	"errors"
	"io"
)

type frameKind uint8

const (
	frameOther     frameKind = iota
	frameParagraph           // w:p
	frameRun                 // w:r
	frameText                // w:t, m:t: character data inside is document text
	frameCell                // w:tc
	frameTextBox             // w:txbxContent
	frameAlternate           // mc:AlternateContent
	frameComment             // w:comment (comments.xml)
)

// frame is one open element. The walker keeps its own element stack rather
// than recursing, so deeply nested input cannot exhaust the Go stack.
//
// hidden, container and commentID are inherited from the parent frame when
// a frame is pushed, so that asking about them costs the same at any depth.
type frame struct {
	kind      frameKind
	taken     bool          // frameAlternate: a choice or the fallback has been read
	hidden    bool          // inside a w:vanish run
	container containerKind // nearest table cell or text box
	commentID string        // nearest w:comment
}

// walker reads one WordprocessingML part (document.xml, comments.xml) with a
// streaming decoder.
type walker struct {
	dec    *xml.Decoder
	frames []frame
	open   []*paragraph // paragraphs being read, innermost last
	// fields holds the open complex fields (w:fldChar begin … end), each
	// true once past its separator: only a field's result is visible text,
	// not its instruction. inInstruction counts the false entries;
	// untrackedFields counts fields nested past maxFieldDepth.
	fields          []bool
	inInstruction   int
	untrackedFields int
	// pendingStarts are comment ranges that start between paragraphs; they
	// start at the beginning of the next paragraph.
	pendingStarts []*position
	lastClosed    *paragraph
	out           story
}

// skippedElements hold no visible text: deletions, field instructions,
// property blocks, note references and ruby pronunciation guides.
var skippedElements = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "delInstrText": true, "instrText": true,
	"sdtPr": true, "sdtEndPr": true, "customXmlPr": true, "smartTagPr": true, "sectPr": true,
	"tblPr": true, "tblGrid": true, "trPr": true, "tcPr": true, "tblPrEx": true,
	"footnoteReference": true, "endnoteReference": true, "annotationRef": true,
	"fldData": true, "rt": true, "sym": true, "softHyphen": true, "lastRenderedPageBreak": true,
}

// walkStory reads the paragraphs and comment anchors of one part. Errors
// are the decoder's, one line each.
func walkStory(data []byte) (*story, error) {
	w := &walker{dec: newDecoder(data), out: story{anchors: map[string]*anchor{}}}
	for {
		tok, err := w.dec.Token()
		if errors.Is(err, io.EOF) {
			return &w.out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			err = w.start(t)
		case xml.EndElement:
			w.end()
		case xml.CharData:
			if f := w.top(); f != nil && f.kind == frameText {
				w.emit(string(t))
			}
		}
		if err != nil {
			return nil, err
		}
	}
}

// push opens a frame that inherits its parent's context.
func (w *walker) push(kind frameKind) *frame {
	f := frame{kind: kind}
	if n := len(w.frames); n > 0 {
		parent := &w.frames[n-1]
		f.hidden, f.container, f.commentID = parent.hidden, parent.container, parent.commentID
	}
	switch kind {
	case frameCell:
		f.container = inTableCell
	case frameTextBox:
		f.container = inTextBox
	}
	w.frames = append(w.frames, f)
	return &w.frames[len(w.frames)-1]
}

func (w *walker) top() *frame {
	if len(w.frames) == 0 {
		return nil
	}
	return &w.frames[len(w.frames)-1]
}

// start handles an element's start tag: it opens a frame, or reads or
// skips the whole element.
func (w *walker) start(se xml.StartElement) error {
	switch {
	case isMC(se.Name):
		return w.startAlternate(se)
	case isMath(se.Name) && se.Name.Local == "t":
		w.push(frameText)
		return nil
	case !isW(se.Name):
		w.push(frameOther)
		return nil
	}
	local := se.Name.Local
	if skippedElements[local] {
		return w.dec.Skip()
	}
	switch local {
	case "p":
		w.openParagraph()
	case "pPr":
		return w.readParagraphProps(se)
	case "r":
		w.push(frameRun)
	case "rPr":
		return w.readRunProps(se)
	case "t":
		w.push(frameText)
	case "tc":
		w.push(frameCell)
	case "txbxContent":
		w.push(frameTextBox)
	case "comment":
		w.push(frameComment).commentID = attr(se, "id")
	case "tab", "ptab":
		w.emit("\t")
		return w.dec.Skip()
	case "br", "cr":
		w.emit(breakText(se))
		return w.dec.Skip()
	case "noBreakHyphen":
		w.emit("-")
		return w.dec.Skip()
	case "fldChar":
		w.fieldChar(attr(se, "fldCharType"))
		return w.dec.Skip()
	case "commentRangeStart", "commentRangeEnd", "commentReference":
		w.commentMark(local, attr(se, "id"))
		return w.dec.Skip()
	default:
		// Containers (body, hyperlink, ins, sdt, sdtContent, smartTag,
		// fldSimple, tbl, drawing, …) and unknown elements: read what is
		// inside.
		w.push(frameOther)
	}
	return nil
}

// breakText is what a break inside a paragraph becomes. A text-wrapping
// break (w:br, w:cr) becomes a space: a newline would split the paragraph's
// line and shift every later line number away from the paragraph number,
// and in the text a break separates what is on either side as a space
// does. A page or column break is layout only and becomes nothing, so a
// heading pushed to a new page does not start with a space.
func breakText(se xml.StartElement) string {
	switch attr(se, "type") {
	case "page", "column":
		return ""
	}
	return " "
}

// startAlternate handles mc:AlternateContent, which offers the same content
// in several forms (a DrawingML text box and its VML fallback): only the
// first choice is read, or the fallback when there is no choice, so a text
// box is not read twice.
func (w *walker) startAlternate(se xml.StartElement) error {
	switch se.Name.Local {
	case "AlternateContent":
		w.push(frameAlternate)
		return nil
	case "Choice", "Fallback":
		if f := w.top(); f != nil && f.kind == frameAlternate {
			if f.taken {
				return w.dec.Skip()
			}
			f.taken = true
		}
	}
	w.push(frameOther)
	return nil
}

// end handles an end tag. The decoder has already checked that it matches
// the innermost open element.
func (w *walker) end() {
	n := len(w.frames)
	if n == 0 {
		return
	}
	closed := w.frames[n-1]
	w.frames = w.frames[:n-1]
	if closed.kind == frameParagraph {
		w.closeParagraph()
	}
}
