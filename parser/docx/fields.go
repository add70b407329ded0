package docx

// maxFieldDepth bounds the nesting of complex fields the walker tracks.
// Real documents nest two or three deep (a PAGEREF inside a TOC); fields
// beyond the bound are counted but not tracked, which keeps the work per
// paragraph constant whatever a file contains.
const maxFieldDepth = 64

// fieldChar follows w:fldChar marks. A complex field is begin, instruction
// runs, separate, result runs, end; only the result is visible text.
func (w *walker) fieldChar(kind string) {
	n := len(w.fields)
	switch kind {
	case "begin":
		if n == maxFieldDepth {
			w.untrackedFields++
			return
		}
		w.fields = append(w.fields, false)
		w.inInstruction++
	case "separate":
		if w.untrackedFields == 0 && n > 0 && !w.fields[n-1] {
			w.fields[n-1] = true
			w.inInstruction--
		}
	case "end":
		switch {
		case w.untrackedFields > 0:
			w.untrackedFields--
		case n > 0:
			if !w.fields[n-1] {
				w.inInstruction--
			}
			w.fields = w.fields[:n-1]
		}
	}
}

// dropOpenInstructions forgets fields still in their instruction at the end
// of a paragraph. Field results may run over many paragraphs (a table of
// contents), but instructions do not, and a damaged file with a w:fldChar
// begin and no end would otherwise hide the whole rest of the document.
func (w *walker) dropOpenInstructions() {
	if w.inInstruction == 0 {
		return
	}
	kept := w.fields[:0]
	for _, separated := range w.fields {
		if separated {
			kept = append(kept, separated)
		}
	}
	w.fields = kept
	w.inInstruction = 0
	w.untrackedFields = 0
}
