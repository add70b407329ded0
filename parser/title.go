package parser

import (
	"regexp"
	"strings"

	"github.com/gwlint/gwlint/parser/source"
)

// The title is the first line of document text. Pages saved from 范文 sites
// put debris before it, which must not become the title:
//
//	靈感範文站                       site name       → preamble
//	位置:首頁 > 公文 > 工會社團       breadcrumb      → preamble
//	<?xml:namespace … />            markup          → preamble
//	3                               page number     → preamble
//	總工會爭先創優工作總結             the title
//
// A title is short and carries no sentence punctuation; a long first line
// with 。 or ， is body text and the document has no title (003 starts with
// its first paragraph). Three special shapes:
//
//   - a title hard-wrapped over two lines (…工作情 / 况自查报告) is joined
//     when the first line alone does not end like a title and the two
//     together do;
//   - a title run into the body on one line, as PDF text layers of 范文
//     compilations have it (县总工会半年工作总结篇一:…), is cut off its
//     line when a title-like prefix ending in a title word (总结, 报告 …) is
//     followed by 篇一, a colon or a space;
//   - a page number 1、 at the very start was already cut (pagemarker.go).

// maxPreambleLines bounds the search for debris before the title.
const maxPreambleLines = 8

// maxTitleRunes is the longest a one-line title may be; markup headings
// (an h1, a docx Title) are trusted a little further.
const (
	maxTitleRunes       = 40
	maxMarkupTitleRunes = 60
	// maxTitleTailRunes bounds the second line of a hard-wrapped title.
	maxTitleTailRunes = 20
	// minRunInTitleRunes is the shortest title cut from a run-in line.
	minRunInTitleRunes = 4
)

// titleWords end titles of the documents gwlint reads (simplified forms;
// traditional titles are mapped first).
var titleWords = []string{
	"总结", "报告", "评价", "鉴定", "汇报", "计划", "打算", "要点", "方案",
	"意见", "通知", "讲话", "发言", "材料", "情况", "总结范文",
}

// markTitle classifies the units at the start of the document as preamble
// and title. It may split the first unit (a run-in title) and so returns
// the new unit list, with the indexes of the first and last title unit
// (-1 when there is no title).
func markTitle(units []*unit, src string) (out []*unit, first, last int) {
	i := 0
	for i < len(units) && i < maxPreambleLines && isPreamble(units[i]) {
		if units[i].text != "" { // a page line emptied by its marker stays one
			units[i].role = RolePreamble
			units[i].pageLine = false // a page number before the title is debris, not a page break
		}
		i++
	}
	if i >= len(units) {
		return units, -1, -1
	}
	u := units[i]
	if isTitleLike(u) {
		u.role = RoleTitle
		if i+1 < len(units) && continuesTitle(u, units[i+1]) {
			units[i+1].role = RoleTitle
			return units, i, i + 1
		}
		return units, i, i
	}
	if k := runInTitleEnd(u); k > 0 {
		rest := u.splitAt(k, src)
		u.role = RoleTitle
		out = append(append(append(make([]*unit, 0, len(units)+1), units[:i+1]...), rest), units[i+1:]...)
		return out, i, i
	}
	return units, -1, -1
}

// isPreamble reports what comes before the title and is not part of it:
// the debris of a saved web page or PDF (site names, breadcrumbs, markup,
// addresses, page numbers, article metadata lines such as 来源： 作者：
// 发布时间：) and the attachment label of a 公文 (附件2).
func isPreamble(u *unit) bool {
	if u.kind == source.TableCell {
		return false
	}
	t := toSimplified(u.text)
	switch {
	case u.pageLine, isBreadcrumb(t), isMarkupLine(t), hasAddress(t), isMetadataLine(t), attachmentLabel.MatchString(t):
		return true
	}
	return isSiteName(t)
}

// attachmentLabel matches the label above an attached document: 附件,
// 附件2, 附件：.
var attachmentLabel = regexp.MustCompile(`^附件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?$`)

// breadcrumbSeparators sit between the levels of a breadcrumb.
const breadcrumbSeparators = ">＞»›→"

// isBreadcrumb reports 位置:首页 > 公文 > 工会社团 and its variants: a line
// holding a breadcrumb separator (no title contains one), or opening with
// a location word and a colon.
func isBreadcrumb(t string) bool {
	if strings.ContainsAny(t, breadcrumbSeparators) {
		return true
	}
	for _, w := range []string{"位置", "当前位置", "您的位置", "您现在的位置", "你的位置", "你现在的位置", "所在位置"} {
		if rest, ok := strings.CutPrefix(t, w); ok && isColon(firstRune(rest)) {
			return true
		}
	}
	return false
}

// isMarkupLine reports a line that is a tag: <?xml:namespace … />, <p>.
func isMarkupLine(t string) bool {
	return strings.HasPrefix(t, "<") && strings.HasSuffix(t, ">")
}

// hasAddress reports a web address.
func hasAddress(t string) bool {
	l := strings.ToLower(t)
	for _, w := range []string{"http://", "https://", "www."} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// isMetadataLine reports 来源：… 作者：… 发布时间：… 浏览次数：… lines of a
// saved article: a metadata word at the start and a colon within a few
// characters of it.
func isMetadataLine(t string) bool {
	for _, w := range []string{"来源", "作者", "发布", "更新", "时间", "日期", "浏览", "点击", "阅读", "字号", "责任编辑", "编辑"} {
		rest, ok := strings.CutPrefix(t, w)
		if !ok {
			continue
		}
		n := 0
		for _, r := range rest {
			if isColon(r) {
				return true
			}
			if n++; n > maxMetadataLabelRunes {
				break
			}
		}
	}
	return false
}

// maxMetadataLabelRunes is how far the colon of a metadata line may follow
// its word (浏览 + 次数 + ：).
const maxMetadataLabelRunes = 3

// isSiteName reports a short line naming a website: …范文站, …网, …文库.
func isSiteName(t string) bool {
	if !runesAtMost(t, 20) || strings.ContainsFunc(t, isSentencePunct) {
		return false
	}
	for _, w := range []string{"站", "网", "文库", "频道", "论坛", "首页"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// isSentencePunct reports the marks a title does not contain: sentence
// ends, commas and colons.
func isSentencePunct(r rune) bool {
	return isSentenceEnd(r) || isColon(r) || r == '，' || r == ','
}

// isTitleLike reports a line that can be a title: short, at least two
// Chinese characters, no sentence punctuation, and not a numbered heading
// or list item (一、基本情况 is the first heading of a document without a
// title).
func isTitleLike(u *unit) bool {
	switch u.kind {
	case source.TableCell, source.ListItem:
		return false
	}
	limit := maxTitleRunes
	if u.kind == source.Heading {
		limit = maxMarkupTitleRunes
	}
	if !runesAtMost(u.text, limit) || strings.ContainsFunc(u.text, isSentencePunct) || hanCount(u.text) < 2 {
		return false
	}
	if _, ok := parseHeadingMarker(u.text); ok {
		return false
	}
	if _, ok := parseEnumMarker(u.text); ok {
		return false
	}
	return true
}

// continuesTitle reports whether line v is the rest of a title hard-wrapped
// after line u: u does not end like a title, u+v does, and v is short.
func continuesTitle(u, v *unit) bool {
	if u.kind != source.Line || v.kind != source.Line || v.blankBefore || v.pageLine || v.pageBefore {
		return false
	}
	if !runesAtMost(v.text, maxTitleTailRunes) || !isTitleLike(v) {
		return false
	}
	return !endsWithTitleWord(u.text) && endsWithTitleWord(u.text+v.text)
}

// endsWithTitleWord reports a text ending in a title word (总结, 报告 …),
// traditional forms included.
func endsWithTitleWord(s string) bool {
	t := toSimplified(s)
	for _, w := range titleWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// runInTitleEnd finds a title at the start of a line that runs on into the
// body: a prefix of at least minRunInTitleRunes characters without
// punctuation, ending in a title word, and followed by an article label
// (篇一), a colon or white space. It returns the prefix length in bytes, or
// 0 when there is none.
func runInTitleEnd(u *unit) int {
	if u.kind == source.TableCell || u.kind == source.ListItem {
		return 0
	}
	t := u.text
	runes := 0
	for i, r := range t {
		if runes > maxTitleRunes || isSentencePunct(r) && !isColon(r) {
			return 0
		}
		boundary := isSpace(r) || isColon(r)
		if !boundary {
			if m, ok := readArticleMarker(t[i:]); ok && m.length > 0 {
				boundary = true
			}
		}
		if boundary && runes >= minRunInTitleRunes && endsWithTitleWord(t[:i]) && hanCount(t[:i]) >= minRunInTitleRunes {
			return i
		}
		if isColon(r) {
			return 0
		}
		runes++
	}
	return 0
}

// hanCount counts Chinese characters.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if isHan(r) {
			n++
		}
	}
	return n
}
