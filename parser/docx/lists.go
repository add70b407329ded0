package docx

import "strings"

// listState is the counters of one list instance.
type listState struct {
	count   [levelCount]int
	started [levelCount]bool
}

// numberer renders numbering labels paragraph by paragraph, in document
// order, keeping counters the way Word does.
type numberer struct {
	defs   *listDefs
	styles *styleSheet
	states map[string]*listState
}

func newNumberer(defs *listDefs, styles *styleSheet) *numberer {
	return &numberer{defs: defs, styles: styles, states: map[string]*listState{}}
}

// resolvedList is a w:num with its level definitions found.
type resolvedList struct {
	num *numDef
	abs *abstractNum
	// key names the counters the list uses. Several w:num sharing one
	// abstract list continue one another in Word, unless a num overrides a
	// level (Word's "restart numbering"), which makes it a list of its own.
	key string
}

// label advances the counters for one paragraph and returns its label and
// list level. ok is false when the paragraph is not numbered.
func (n *numberer) label(direct numPr, styleID string) (label string, ilvl int, ok bool) {
	numID, ilvl, ok := n.effectiveNumbering(direct, styleID)
	if !ok {
		return "", 0, false
	}
	list, ok := n.resolve(numID)
	if !ok || list.level(ilvl) == nil {
		return "", 0, false
	}
	state := n.states[list.key]
	if state == nil {
		state = &listState{}
		n.states[list.key] = state
	}
	list.advance(state, ilvl)
	return list.render(state, ilvl), ilvl, true
}

// effectiveNumbering merges the paragraph's own w:numPr with the one its
// style gives. w:numId 0 means "not numbered" and cancels the style's list.
func (n *numberer) effectiveNumbering(direct numPr, styleID string) (numID string, ilvl int, ok bool) {
	fromStyle, carrier := n.styles.styleNumbering(styleID)
	numID, hasNum := fromStyle.numID, fromStyle.hasNumID
	if direct.hasNumID {
		numID, hasNum = direct.numID, true
	}
	if !hasNum || numID == "" || numID == "0" {
		return "", 0, false
	}
	switch {
	case direct.hasIlvl:
		ilvl = direct.ilvl
	case fromStyle.hasIlvl:
		ilvl = fromStyle.ilvl
	case !direct.hasNumID:
		// A style-borne list without w:ilvl: the level is the one linked to
		// the style through w:lvl/w:pStyle (how Word ties Heading 1–9 to
		// the levels of a chapter list).
		ilvl = n.linkedLevel(numID, carrier)
	}
	return numID, ilvl, true
}

func (n *numberer) linkedLevel(numID, styleID string) int {
	list, ok := n.resolve(numID)
	if !ok {
		return 0
	}
	for i := range levelCount {
		if l := list.level(i); l != nil && l.pStyle == styleID {
			return i
		}
	}
	return 0
}

// resolve finds the level definitions of a w:num, following
// w:numStyleLink to the abstract list that a numbering style defines.
func (n *numberer) resolve(numID string) (resolvedList, bool) {
	num := n.defs.nums[numID]
	if num == nil {
		return resolvedList{}, false
	}
	absID := num.abstractID
	abs := n.defs.abstracts[absID]
	for hop := 0; hop < maxStyleChain && abs != nil && abs.numStyleLink != ""; hop++ {
		st := n.styles.byID[abs.numStyleLink]
		if st == nil || !st.num.hasNumID {
			break
		}
		linked := n.defs.nums[st.num.numID]
		if linked == nil {
			break
		}
		absID = linked.abstractID
		abs = n.defs.abstracts[absID]
	}
	if abs == nil {
		return resolvedList{}, false
	}
	key := "abstract:" + absID
	if num.restarts {
		key = "num:" + numID
	}
	return resolvedList{num: num, abs: abs, key: key}, true
}

func (l resolvedList) level(i int) *levelDef {
	if o := l.num.overrides[i].lvl; o != nil {
		return o
	}
	return l.abs.levels[i]
}

func (l resolvedList) start(i int) int {
	if o := l.num.overrides[i]; o.hasStart {
		return o.start
	}
	if def := l.level(i); def != nil {
		return def.start
	}
	return 0
}

// advance counts one paragraph at level ilvl and resets the deeper levels
// that restart after it.
func (l resolvedList) advance(state *listState, ilvl int) {
	if state.started[ilvl] {
		state.count[ilvl] = min(state.count[ilvl]+1, maxCount)
	} else {
		state.count[ilvl] = l.start(ilvl)
		state.started[ilvl] = true
	}
	for deeper := ilvl + 1; deeper < levelCount; deeper++ {
		if l.restartsAfter(deeper, ilvl) {
			state.started[deeper] = false
		}
	}
}

// restartsAfter reports whether level deeper starts over when level used is
// counted. By default any shallower level restarts it; w:lvlRestart names
// (one-based) the deepest level that does, and 0 means "never".
func (l resolvedList) restartsAfter(deeper, used int) bool {
	def := l.level(deeper)
	if def == nil || !def.hasRestart {
		return true
	}
	if def.restart == 0 {
		return false
	}
	if def.restart-1 >= deeper {
		return true // a restart level not above this one is ignored
	}
	return used <= def.restart-1
}

// render expands the level's w:lvlText: %1–%9 stand for the counters of
// levels 1–9, each in its own level's number format (or decimal for a
// w:isLgl level).
func (l resolvedList) render(state *listState, ilvl int) string {
	def := l.level(ilvl)
	if def.format.kind == "bullet" {
		return singleLine(bulletGlyph(def.text))
	}
	var b strings.Builder
	text := def.text
	for i := 0; i < len(text); i++ {
		if text[i] == '%' && i+1 < len(text) && text[i+1] >= '1' && text[i+1] <= '9' {
			b.WriteString(l.counterText(state, int(text[i+1]-'1'), def.isLgl))
			i++
			continue
		}
		b.WriteByte(text[i])
	}
	return singleLine(b.String())
}

// counterText renders one level's counter inside a label. A level not yet
// counted shows its start value, as in Word.
func (l resolvedList) counterText(state *listState, level int, legal bool) string {
	value := state.count[level]
	if !state.started[level] {
		value = l.start(level)
	}
	format := numFormat{kind: "decimal"}
	if def := l.level(level); def != nil && !legal {
		format = def.format
	}
	return formatCounter(format, value)
}

// singleLine keeps a label from breaking the one-line-per-paragraph text.
func singleLine(s string) string {
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
}

// symbolFontBullets maps the private-use code points that Word stores for
// bullets drawn from the Symbol and Wingdings fonts to the Unicode
// characters those glyphs show.
var symbolFontBullets = map[rune]rune{
	0xF0B7: '•', // Symbol bullet
	0xF06C: '●', // Wingdings l
	0xF06E: '■', // Wingdings n
	0xF0A7: '▪', // Wingdings §
	0xF071: '❑', // Wingdings q
	0xF076: '❖', // Wingdings v
	0xF0D8: '➢', // Wingdings Ø
	0xF0FC: '✓', // Wingdings ü
}

func bulletGlyph(text string) string {
	return strings.Map(func(r rune) rune {
		if u, ok := symbolFontBullets[r]; ok {
			return u
		}
		return r
	}, text)
}
