package parser

// Document is a parsed file: its decoded text and the section tree built from
// it. All byte offsets refer to Text.
type Document struct {
	// Path is the file name as given on the command line.
	Path     string `json:"path"`
	Format   string `json:"format"`   // txt, md, html, docx
	Encoding string `json:"encoding"` // utf-8, utf-16le, utf-16be, gb18030, big5
	// BOM is set when the file started with a byte-order mark (kept so
	// that `gwlint fix` writes the file back as it was).
	BOM bool `json:"-"`

	Text  string     `json:"-"`
	Lines *LineIndex `json:"-"`

	// Title is the document title, nil when the file has none.
	Title *Title `json:"title"`
	// Kind is the document kind read from the title (see kind.go).
	Kind string `json:"kind"`

	// Paragraphs lists every paragraph in reading order, headings and the
	// title included. Other nodes refer to paragraphs by index.
	Paragraphs []*Paragraph `json:"paragraphs"`
	// Headings lists every heading in reading order.
	Headings []*Heading `json:"headings"`
	// Sections is the tree as a flat list in reading order, one section per
	// heading (Sections[i] is opened by Headings[i]); top-level sections
	// have Parent -1 and Children link the rest. Text before the first
	// heading belongs to no section (Paragraph.Section is -1).
	Sections []*Section `json:"sections"`
	// Enumerations are run-in series (一是…二是…, 首先…其次…, 第一，…第二，…).
	Enumerations []*Enumeration `json:"enumerations"`
	// Comments are markup or Word comments that may hold directives.
	Comments []Comment `json:"comments"`
	// PageMarkers are page numbers left in text extracted from a PDF: the
	// N、 at the start of each page line, and whole lines such as — 2 —
	// or 第2页 共5页. They are not part of any paragraph's text (see
	// pagemarker.go).
	PageMarkers []Span `json:"page_markers"`
}

// Title is the document title: one or more lines joined when the title was
// hard-wrapped.
type Title struct {
	Text      string `json:"text"`
	Span      Span   `json:"span"`
	Paragraph int    `json:"paragraph"`
}

// Role says what a paragraph is in the document.
type Role string

const (
	RoleTitle     Role = "title"
	RoleHeading   Role = "heading"
	RoleBody      Role = "body"
	RoleListItem  Role = "list_item"
	RoleTableCell Role = "table_cell"
	// RolePreamble marks lines before the title that are not document
	// text: site names, breadcrumbs, markup debris.
	RolePreamble Role = "preamble"
)

// Paragraph is a block of text as a reader sees it. Hard-wrapped lines of a
// plain-text file are joined into one paragraph; Breaks records where.
type Paragraph struct {
	Index int  `json:"index"`
	Role  Role `json:"role"`
	// Text is the visible text, with joined line breaks removed.
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Line is the 1-based line the paragraph starts on, for messages that
	// name a line (spans in the rule input are byte offsets only).
	Line int `json:"line"`
	// Map relates offsets in Text to offsets in Document.Text (see
	// offsetmap.go). Facts computed on Text are mapped through it.
	Map OffsetMap `json:"-"`
	// Breaks are the line breaks inside the paragraph that were joined, as
	// spans of Document.Text covering the newline (and any \r).
	Breaks []Span `json:"breaks,omitempty"`
	// Heading is the index into Document.Headings when Role is heading,
	// -1 otherwise.
	Heading int `json:"heading"`
	// Section is the index into the flat section list of the innermost
	// section holding the paragraph; -1 before the first heading.
	Section int `json:"section"`
	// Sentences split Text at 。！？； and the paragraph end.
	Sentences []Sentence `json:"sentences"`
}

// Sentence is a stretch of a paragraph ending at 。！？； (kept in the
// sentence) or at the paragraph end.
type Sentence struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Heading is a numbered or unnumbered heading line.
type Heading struct {
	Index     int `json:"index"`
	Paragraph int `json:"paragraph"`
	// Level is the nesting depth, 1 for the outermost headings. Levels come
	// from the order in which marker families open in this document.
	Level int `json:"level"`
	// Family names the numbering convention (see marker.go), "" for an
	// unnumbered heading.
	Family string `json:"family"`
	// Ordinal is the numeric value of the marker (十二 → 12); 0 when the
	// marker has no numeral or the heading is unnumbered.
	Ordinal int `json:"ordinal"`
	// Marker is the marker text as written (一、, （一）, 1.), "" if none.
	Marker     string `json:"marker"`
	MarkerSpan Span   `json:"marker_span"`
	// Text is the heading text after the marker. For a run-in heading
	// (marker, title and body in one paragraph) it is the first sentence,
	// or up to a space between Chinese characters when PDF extraction
	// turned the line break after the heading into one (see heading.go).
	Text string `json:"text"`
	Span Span   `json:"span"`
	// MissingNumeral is set for a marker whose numeral is missing, such as
	// 、县总工会的基本情况 (the family is taken from its siblings).
	MissingNumeral bool `json:"missing_numeral"`
	// Unnumbered is set for a short heading line with no marker at all.
	Unnumbered bool `json:"unnumbered"`
	// Auto is set when the marker came from automatic numbering (docx).
	Auto bool `json:"auto"`
	// FromMarkup is set when the markup (Markdown #, h1–h6, a docx heading
	// style) declared the paragraph a heading.
	FromMarkup bool `json:"from_markup"`
	// Parent is the index of the enclosing heading, -1 at the top.
	Parent int `json:"parent"`
	// Section is the index of the section this heading opens.
	Section int `json:"section"`
}

// Section is a heading and everything up to the next heading of the same or
// a higher level.
type Section struct {
	Index   int `json:"index"`
	Heading int `json:"heading"`
	Level   int `json:"level"`
	Parent  int `json:"parent"` // section index, -1 at the top
	// Path is the chain of heading texts from the top, for messages and
	// baseline fingerprints.
	Path     []string `json:"path"`
	Children []int    `json:"children"`
	// Paragraphs are the paragraphs directly in the section: its heading's
	// own paragraph and the body up to the first sub-section or the next
	// heading. Sub-sections list theirs.
	Paragraphs []int `json:"paragraphs"`
	// Span runs from the heading to the end of the section's last
	// paragraph, sub-sections included.
	Span Span `json:"span"`
}

// Enumeration is a run-in series of ordinal markers inside paragraphs:
// 一是…二是…, 首先…其次…, 第一，…第二，… (see enum.go).
type Enumeration struct {
	// Index is the enumeration's position in Document.Enumerations.
	Index int `json:"index"`
	// Style names the marker pattern most items use: shi (一是, 其一),
	// first (首先/其次/再次/最后), di (第一，), circled (① inside text) or
	// paren (（1）, (一) inside text). A series whose items differ in style
	// (首先…二是…三是) is still one enumeration: compare Items[i].Style.
	Style string `json:"style"`
	// Items are the markers in order.
	Items []EnumerationItem `json:"items"`
	// Span runs from the first marker to the end of the last item.
	Span Span `json:"span"`
}

// EnumerationItem is one marker of a run-in series.
type EnumerationItem struct {
	Paragraph int    `json:"paragraph"`
	Marker    string `json:"marker"`
	Ordinal   int    `json:"ordinal"`
	// Style is this item's own marker pattern (see Enumeration.Style).
	Style string `json:"style"`
	// Broken is set for a marker that lost part of its form, such as 三加大
	// in a 一是/二是 series (三是 expected).
	Broken bool `json:"broken"`
	// Span covers the marker.
	Span Span `json:"span"`
	// Text and TextSpan cover the item after its marker, up to the next
	// marker of the series in the same paragraph; the last item of a
	// paragraph ends with its sentence, so that a closing remark after a
	// list (针对以上问题，…) is not counted as part of the last item.
	Text     string `json:"text"`
	TextSpan Span   `json:"text_span"`
}

// Comment is a markup or Word comment, positioned in Document.Text.
type Comment struct {
	// Text is the comment body, without <!-- --> delimiters.
	Text string `json:"text"`
	// Span covers the comment in the text (for a Word comment, which is not
	// part of the text, it equals the anchor).
	Span Span `json:"span"`
	// Anchor is the text a Word comment is attached to; absent for markup
	// comments.
	Anchor *Span `json:"anchor,omitempty"`
}
