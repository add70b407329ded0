package docx

import "strings"

// openParagraph starts a w:p. A paragraph opened while another is open is
// a text-box paragraph inside a run of the outer one.
func (w *walker) openParagraph() {
	p := &paragraph{outline: noOutline}
	if f := w.top(); f != nil {
		p.container, p.commentID = f.container, f.commentID
	}
	for _, pos := range w.pendingStarts {
		pos.para = p
	}
	w.pendingStarts = nil
	w.open = append(w.open, p)
	w.push(frameParagraph)
}

// closeParagraph ends the innermost w:p. A text-box paragraph waits for its
// anchoring paragraph; a top-level one goes to the output with the text-box
// paragraphs it anchors.
func (w *walker) closeParagraph() {
	n := len(w.open)
	p := w.open[n-1]
	w.open = w.open[:n-1]
	w.lastClosed = p
	w.dropOpenInstructions()
	if n > 1 {
		parent := w.open[n-2]
		parent.deferred = append(parent.deferred, p)
		return
	}
	w.out.paragraphs = append(w.out.paragraphs, flatten(p)...)
}

// flatten lists a paragraph followed by its text-box paragraphs (and
// theirs), in reading order.
func flatten(p *paragraph) []*paragraph {
	var out []*paragraph
	stack := []*paragraph{p}
	for len(stack) > 0 {
		q := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		out = append(out, q)
		for i := len(q.deferred) - 1; i >= 0; i-- {
			stack = append(stack, q.deferred[i])
		}
		q.deferred = nil
	}
	return out
}

// emit appends visible text to the innermost open paragraph.
func (w *walker) emit(s string) {
	if len(w.open) == 0 || s == "" || !w.visible() {
		return
	}
	p := w.open[len(w.open)-1]
	if strings.ContainsAny(s, "\r\n") {
		// Word shows a raw line feed inside w:t as a space; keeping it would
		// break the one-line-per-paragraph text.
		s = strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
	}
	p.text = append(p.text, s...)
}

// visible reports whether text at this point is shown: not a field
// instruction, not a hidden (w:vanish) run.
func (w *walker) visible() bool {
	f := w.top()
	return w.inInstruction == 0 && (f == nil || !f.hidden)
}
