#!/usr/bin/env bash
# Regenerates the cross-format fixtures in this folder from report.txt.
#
# report.txt is the one hand-written source: a 工作总结 in plain UTF-8 text.
# Everything else here is made from it, so that parser/formats_test.go can
# check that every encoding and every input format yields the same tree:
#
#   report-traditional.txt       report.txt in traditional script (opencc s2tw)
#   report.gb18030.txt           report.txt re-encoded as GB18030
#   report.utf16le-bom.txt       report.txt as UTF-16LE with a byte order mark
#   report.utf16le.txt           report.txt as UTF-16LE without one
#   report-traditional.big5.txt  report-traditional.txt re-encoded as Big5
#   report.md                    Markdown: # title, ## 一、, ### （一）
#   report.html                  HTML: h1 title, h2 一、, h3 （一）, p
#   report.fodt                  flat ODF whose headings carry no numbers:
#                                一、 （一） 1. come from a list style
#   report.docx                  report.fodt saved by LibreOffice as Word 2007 XML
#   report-listtab.fodt/.docx    the same with a tab after each label, as in
#                                Word's default multi-level list
#   *.docx.lo.txt                LibreOffice's own plain-text rendering of each
#                                .docx, kept to show the labels it computes
#
# Choices that keep the trees identical:
#   - Traditional script uses opencc's s2tw (Taiwan variants: 為 群 眾), not
#     s2t: s2t writes the OpenCC standard forms 爲 羣 衆, which Big5 cannot
#     encode, and the Big5 copy must be a byte-for-byte re-encoding.
#   - The 1. items are run-in headings (1.开展专题宣讲。组建…). In Markdown
#     they stay plain paragraphs: without a space after "1." CommonMark does
#     not start an ordered list, so the paragraph text is the same as in
#     report.txt. An ordered list ("1. 开展…") would insert that space into
#     the paragraph text.
#   - In report.fodt the list labels are followed by nothing (no tab, no
#     space), as in a 公文 set in Word with 编号之后：不特别标注, so the label
#     and the heading text join exactly as typed in report.txt. In
#     report-listtab.fodt a tab follows, which a reader must not put into
#     the heading text.
#
# The script is idempotent: it overwrites every generated file, leaves
# report.txt alone, and a second run reproduces the same bytes. LibreOffice
# stamps the conversion time on every entry of the .docx zip, so the script
# repacks each .docx with a fixed time (the parts inside are untouched).
#
# Needs: bash, iconv (libc-bin), mawk or gawk, zip, unzip, opencc and
# LibreOffice:
#   apt-get install -y --no-install-recommends opencc zip unzip libreoffice-writer-nogui
set -euo pipefail

cd "$(dirname "$0")"
for tool in iconv awk zip unzip opencc soffice; do
	command -v "$tool" >/dev/null || {
		echo "$tool not found: apt-get install -y --no-install-recommends opencc zip unzip libreoffice-writer-nogui" >&2
		exit 1
	}
done

# awk reads bytes here; the patterns below are spelled out as alternations
# of whole characters so that they hold under mawk and gawk alike.
awk() { LC_ALL=C command awk "$@"; }

# --- encodings -------------------------------------------------------------

opencc -c s2tw -i report.txt -o report-traditional.txt
iconv -f UTF-8 -t GB18030 report.txt >report.gb18030.txt
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE report.txt; } >report.utf16le-bom.txt
iconv -f UTF-8 -t UTF-16LE report.txt >report.utf16le.txt
iconv -f UTF-8 -t BIG5 report-traditional.txt >report-traditional.big5.txt

# Each copy must decode back to its source exactly.
roundTrip() {
	iconv -f "$1" -t UTF-8 "$2" | cmp -s - "$3" || {
		echo "$2 does not decode from $1 back to $3" >&2
		exit 1
	}
}
roundTrip GB18030 report.gb18030.txt report.txt
roundTrip UTF-16LE report.utf16le.txt report.txt
roundTrip BIG5 report-traditional.big5.txt report-traditional.txt

# --- markup ----------------------------------------------------------------

# classify prints each non-blank line of report.txt as KIND<TAB>TEXT, KIND
# being title (the first line), h1 (一、), h2 （一）, item (1.) or p, and
# TEXT the line without its marker for h1/h2/item (the markup supplies the
# number) and the whole line otherwise.
classify() {
	awk '
	BEGIN { cn = "(一|二|三|四|五|六|七|八|九|十)+" }
	NF == 0 { next }
	NR == 1 { print "title\t" $0; next }
	match($0, "^" cn "、") { print "h1\t" substr($0, RLENGTH + 1); next }
	match($0, "^（" cn "）") { print "h2\t" substr($0, RLENGTH + 1); next }
	match($0, /^[0-9]+\./) { print "item\t" substr($0, RLENGTH + 1); next }
	{ print "p\t" $0 }
	' report.txt
}

# withMarkers re-attaches the numbers for the formats that have no
# automatic numbering (Markdown, HTML), counting per level like a reader.
withMarkers() {
	classify | awk -F '\t' '
	BEGIN { split("一 二 三 四 五 六 七 八 九 十", cn, " ") }
	$1 == "h1" { n1++; n2 = 0; n3 = 0; print "h1\t" cn[n1] "、" $2; next }
	$1 == "h2" { n2++; n3 = 0; print "h2\t（" cn[n2] "）" $2; next }
	$1 == "item" { n3++; print "item\t" n3 "." $2; next }
	{ print }
	'
}

withMarkers | awk -F '\t' '
	$1 == "title" { print "# " $2 }
	$1 == "h1" { print "## " $2 }
	$1 == "h2" { print "### " $2 }
	$1 == "item" || $1 == "p" { print $2 }
	{ print "" }
' >report.md.tmp
# Drop the blank line after the last paragraph.
sed -e '${/^$/d;}' report.md.tmp >report.md
rm report.md.tmp

withMarkers | awk -F '\t' '
	function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
	BEGIN { print "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>" }
	$1 == "title" { print "<h1>" esc($2) "</h1>" }
	$1 == "h1" { print "<h2>" esc($2) "</h2>" }
	$1 == "h2" { print "<h3>" esc($2) "</h3>" }
	$1 == "item" || $1 == "p" { print "<p>" esc($2) "</p>" }
	END { print "</body>\n</html>" }
' >report.html

# --- flat ODF with automatic numbering ---------------------------------------

# One list, GongwenList, numbers all headings: level 1 一、, level 2 （一）,
# level 3 1. Body paragraphs between headings end the list block, and the
# next block continues the same list (text:continue-list), so the counters
# run on as in a Word multi-level list. The sign-off lines (the last two)
# are right-aligned as in a printed 公文.
#
# writeFodt prints the document; $1 is what follows each label: nothing, or
# listtab (then a tab stop 1.5 cm from the margin).
writeFodt() {
	classify | awk -F '\t' -v follow="$1" '
	function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
	function closeList() { for (; depth > 0; depth--) print "   </text:list-item></text:list>" }
	# openItem puts a paragraph at list level want, opening or closing
	# nested lists around it.
	function openItem(want, text) {
		if (depth == 0) {
			if (started) print "   <text:list text:continue-list=\"outline\" text:style-name=\"GongwenList\">"
			else print "   <text:list xml:id=\"outline\" text:style-name=\"GongwenList\">"
			started = 1
			print "   <text:list-item>"
			depth = 1
		} else if (want <= depth) {
			for (; depth > want; depth--) print "   </text:list-item></text:list>"
			print "   </text:list-item><text:list-item>"
		}
		for (; depth < want; depth++) print "   <text:list><text:list-item>"
		print "    <text:p text:style-name=\"Standard\">" esc(text) "</text:p>"
	}
	{ kind[NR] = $1; text[NR] = $2 }
	END {
		print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
		print "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
		print " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
		print " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
		print " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
		print " xmlns:xml=\"http://www.w3.org/XML/1998/namespace\""
		print " office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">"
		print " <office:styles>"
		print "  <style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
		print "  <text:list-style style:name=\"GongwenList\">"
		lvl[1] = "style:num-suffix=\"、\" style:num-format=\"一, 二, 三, ...\""
		lvl[2] = "style:num-prefix=\"（\" style:num-suffix=\"）\" style:num-format=\"一, 二, 三, ...\""
		lvl[3] = "style:num-suffix=\".\" style:num-format=\"1\""
		for (i = 1; i <= 3; i++) {
			print "   <text:list-level-style-number text:level=\"" i "\" " lvl[i] ">"
			print "    <style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
			tab = follow == "listtab" ? " text:list-tab-stop-position=\"1.5cm\"" : ""
			print "     <style:list-level-label-alignment text:label-followed-by=\"" follow "\"" tab " fo:text-indent=\"0cm\" fo:margin-left=\"0cm\"/>"
			print "    </style:list-level-properties>"
			print "   </text:list-level-style-number>"
		}
		print "  </text:list-style>"
		print " </office:styles>"
		print " <office:automatic-styles>"
		print "  <style:style style:name=\"Centered\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:text-align=\"center\"/></style:style>"
		print "  <style:style style:name=\"Right\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:text-align=\"end\"/></style:style>"
		print " </office:automatic-styles>"
		print " <office:body>"
		print "  <office:text>"
		level["h1"] = 1; level["h2"] = 2; level["item"] = 3
		for (i = 1; i <= NR; i++) {
			if (kind[i] in level) { openItem(level[kind[i]], text[i]); continue }
			closeList()
			style = kind[i] == "title" ? "Centered" : (i > NR - 2 ? "Right" : "Standard")
			print "   <text:p text:style-name=\"" style "\">" esc(text[i]) "</text:p>"
		}
		closeList()
		print "  </office:text>"
		print " </office:body>"
		print "</office:document>"
	}
	'
}
writeFodt nothing >report.fodt
writeFodt listtab >report-listtab.fodt

# --- LibreOffice -------------------------------------------------------------

# LibreOffice in a private profile (lo) and reproducible repacking (repack).
# shellcheck source=../lib/libreoffice.sh
source ../lib/libreoffice.sh

for name in report report-listtab; do
	lo --convert-to 'docx:MS Word 2007 XML' --outdir "$profile/out" "$name.fodt"
	repack "$profile/out/$name.docx" "$name.docx"
	# Render the produced .docx, not the source: the labels must be the
	# ones LibreOffice reads back from word/numbering.xml.
	lo --convert-to 'txt:Text (encoded):UTF8' --outdir "$profile/out" "$name.docx"
	# Drop the byte order mark LibreOffice puts in front of its text export.
	sed -e '1s/^\xef\xbb\xbf//' "$profile/out/$name.txt" >"$name.docx.lo.txt"

	# The numbers must exist only as numbering: absent from the fodt text,
	# present in LibreOffice's rendering of the docx.
	for label in 一、 二、 三、 四、 （一） （二） 1. 2. 3.; do
		if grep -qF ">$label" "$name.fodt"; then
			echo "$name.fodt: a paragraph starts with the literal label $label" >&2
			exit 1
		fi
		grep -q "^[[:space:]]*${label//./\\.}" "$name.docx.lo.txt" || {
			echo "$name.docx.lo.txt: LibreOffice rendered no $label label" >&2
			exit 1
		}
	done
done
echo "regenerated the fixtures in $(pwd)"
