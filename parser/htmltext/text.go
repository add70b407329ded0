package htmltext

// scanText turns the text token text[start:end] into segments of the
// current block: verbatim runs, decoded character references and collapsed
// whitespace (or, inside <pre>, kept whitespace and a block per line).
func (r *reader) scanText(start, end int) {
	pre := r.open.inPre()
	for i := start; i < end; {
		c := r.text[i]
		switch {
		case c == '&' && !r.rawText:
			if n, decoded := decodeReference(r.text[i:end]); n > 0 {
				r.emitReference(i, i+n, decoded, pre)
				i += n
				continue
			}
			r.emitSource(i, i+1)
			i++
		case pre && isLineBreak(c):
			r.flush()
			i++
		case !pre && isASCIISpace(c):
			j, hasBreak := i, false
			for ; j < end && isASCIISpace(r.text[j]); j++ {
				hasBreak = hasBreak || isLineBreak(r.text[j])
			}
			r.block.addSpace(i, j, hasBreak)
			i = j
		default:
			j := i + 1
			for j < end && !r.endsRun(r.text[j], pre) {
				j++
			}
			r.emitSource(i, j)
			i = j
		}
	}
}

// endsRun reports whether c ends a run of verbatim text.
func (r *reader) endsRun(c byte, pre bool) bool {
	switch {
	case c == '&':
		return !r.rawText
	case pre:
		return isLineBreak(c)
	default:
		return isASCIISpace(c)
	}
}

// emitReference adds a decoded character reference. A reference to an
// ASCII whitespace character (&#32;, &#10;) is whitespace like any other.
func (r *reader) emitReference(start, end int, decoded string, pre bool) {
	if len(decoded) == 1 && isASCIISpace(decoded[0]) {
		switch {
		case pre && isLineBreak(decoded[0]):
			r.flush()
			return
		case !pre:
			r.block.addSpace(start, end, isLineBreak(decoded[0]))
			return
		}
	}
	r.beginBlock(start)
	r.block.addDecoded(start, end, decoded)
}

// emitSource adds the verbatim text text[start:end].
func (r *reader) emitSource(start, end int) {
	r.beginBlock(start)
	r.block.addSource(start, end)
}

// beginBlock starts a block at offset at unless one is under way, taking
// its kind, level and generated label from the open elements.
func (r *reader) beginBlock(at int) {
	if r.block.started {
		return
	}
	kind, level, label := r.open.blockContext()
	r.block.begin(kind, level, label, at)
}

func isASCIISpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}

func isLineBreak(c byte) bool { return c == '\n' || c == '\r' }
