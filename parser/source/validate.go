package source

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Validate checks the promises every reader makes to the tree builder, and
// returns a descriptive error for the first one broken. The tree builder
// slices Text with these offsets and reports them to users, so a reader bug
// here becomes a wrong position or a panic far from its cause; the readers'
// tests and fuzzers call Validate on every result to catch it at the source.
//
// The invariants, checked in this order:
//
//  1. Text is valid UTF-8: every position is a byte offset into decoded
//     text, and a column count needs whole characters.
//  2. Every block has a known Kind, a Level of zero or more, and at least
//     one segment (a block without text would have no position).
//  3. Every segment lies within Text (0 ≤ Start ≤ End ≤ len(Text)) and its
//     ends fall on character boundaries, so slicing Text never splits a
//     character.
//  4. Segments are in source order and never overlap, across blocks too:
//     each starts at or after the end of the one before it.
//  5. Every segment's Text is non-empty valid UTF-8. (An empty source range
//     is allowed: a generated label such as an HTML list counter covers no
//     source bytes.)
//  6. A block's AutoLabel is between zero and the length of its text.
//  7. Every comment lies within Text. A markup comment (anchor -1, -1)
//     covers at least its delimiters, so it is not empty; a Word comment's
//     Start and End equal its anchor, which lies within Text.
//
// What a segment's text may be besides the source it covers (an HTML
// character reference decoded, a docx label) depends on the format, so the
// readers check that themselves.
func (s *Source) Validate() error {
	if !utf8.ValidString(s.Text) {
		return errors.New("source text is not valid UTF-8")
	}
	prevEnd := 0
	for bi, b := range s.Blocks {
		if err := validateBlockShape(b); err != nil {
			return fmt.Errorf("block %d: %w", bi, err)
		}
		for si, seg := range b.Segments {
			if err := s.validateSegment(seg, prevEnd); err != nil {
				return fmt.Errorf("block %d segment %d %+v: %w", bi, si, seg, err)
			}
			prevEnd = seg.End
		}
	}
	for ci, c := range s.Comments {
		if err := s.validateComment(c); err != nil {
			return fmt.Errorf("comment %d %+v: %w", ci, c, err)
		}
	}
	return nil
}

// knownKinds are the BlockKinds the tree builder understands.
var knownKinds = map[BlockKind]bool{Line: true, Paragraph: true, Heading: true, ListItem: true, TableCell: true}

// validateBlockShape checks invariants 2 and 6.
func validateBlockShape(b Block) error {
	switch {
	case !knownKinds[b.Kind]:
		return fmt.Errorf("unknown kind %q", b.Kind)
	case b.Level < 0:
		return fmt.Errorf("negative level %d", b.Level)
	case len(b.Segments) == 0:
		return errors.New("no segments")
	case b.AutoLabel < 0 || b.AutoLabel > len(b.Text()):
		return fmt.Errorf("AutoLabel %d outside its text of %d bytes", b.AutoLabel, len(b.Text()))
	}
	return nil
}

// validateSegment checks invariants 3 to 5 for a segment that follows one
// ending at prevEnd.
func (s *Source) validateSegment(seg Segment, prevEnd int) error {
	switch {
	case seg.Start < 0 || seg.End < seg.Start || seg.End > len(s.Text):
		return fmt.Errorf("out of bounds (the source text has %d bytes)", len(s.Text))
	case !s.isBoundary(seg.Start) || !s.isBoundary(seg.End):
		return errors.New("splits a character of the source text")
	case seg.Start < prevEnd:
		return fmt.Errorf("starts before the previous segment ends at %d", prevEnd)
	case seg.Text == "":
		return errors.New("empty text")
	case !utf8.ValidString(seg.Text):
		return errors.New("text is not valid UTF-8")
	}
	return nil
}

// validateComment checks invariant 7.
func (s *Source) validateComment(c Comment) error {
	if c.Start < 0 || c.End < c.Start || c.End > len(s.Text) {
		return fmt.Errorf("out of bounds (the source text has %d bytes)", len(s.Text))
	}
	if c.AnchorStart == -1 && c.AnchorEnd == -1 {
		if c.Start == c.End {
			return errors.New("markup comment covers no text")
		}
		return nil
	}
	if c.AnchorStart < 0 || c.AnchorEnd < c.AnchorStart || c.AnchorEnd > len(s.Text) {
		return fmt.Errorf("anchor out of bounds (the source text has %d bytes)", len(s.Text))
	}
	if c.Start != c.AnchorStart || c.End != c.AnchorEnd {
		return errors.New("anchored (Word) comment does not sit on its anchor")
	}
	return nil
}

// isBoundary reports whether offset i, already known to be within Text,
// starts a character or ends Text.
func (s *Source) isBoundary(i int) bool {
	return i == len(s.Text) || utf8.RuneStart(s.Text[i])
}
