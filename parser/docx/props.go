package docx

import "encoding/xml"

// paragraphPropsXML is the part of a w:pPr the reader needs. Decoding only
// direct children leaves out w:pPrChange, whose nested w:pPr holds the
// properties before a tracked change.
type paragraphPropsXML struct {
	PStyle     *valElem  `xml:"pStyle"`
	NumPr      *numPrXML `xml:"numPr"`
	OutlineLvl *valElem  `xml:"outlineLvl"`
}

// readParagraphProps reads a w:pPr into the innermost open paragraph. A
// w:pPr elsewhere (none is expected) is skipped.
func (w *walker) readParagraphProps(se xml.StartElement) error {
	if f := w.top(); f == nil || f.kind != frameParagraph || len(w.open) == 0 {
		return w.dec.Skip()
	}
	var x paragraphPropsXML
	if err := w.dec.DecodeElement(&x, &se); err != nil {
		return err
	}
	p := w.open[len(w.open)-1]
	if x.PStyle != nil {
		p.styleID = x.PStyle.Val
	}
	p.num = x.NumPr.toNumPr()
	p.outline = parseOutline(x.OutlineLvl)
	return nil
}

type runPropsXML struct {
	Vanish *valElem `xml:"vanish"`
}

// readRunProps notes whether the current run is hidden text (w:vanish),
// which Word does not show or print.
func (w *walker) readRunProps(se xml.StartElement) error {
	run := w.top()
	if run == nil || run.kind != frameRun {
		return w.dec.Skip()
	}
	var x runPropsXML
	if err := w.dec.DecodeElement(&x, &se); err != nil {
		return err
	}
	// A run inside a hidden run (a text box in a hidden run) stays hidden.
	run.hidden = run.hidden || x.Vanish != nil && onOff(x.Vanish.Val)
	return nil
}
