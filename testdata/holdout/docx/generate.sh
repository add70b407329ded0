#!/usr/bin/env bash
# Regenerates the held-out Word documents in this folder.
#
# Each NN-name.src is the one hand-written source: a compact line format
# that keeps the Chinese text readable and reviewable in a diff. This
# script turns it into a flat ODF document (NN-name.fodt) whose headings
# carry REAL automatic numbering, as a clerk's Word template does, and has
# LibreOffice save that as NN-name.docx. gwlint never sees the numbers as
# typed text in those headings: it must render them from numbering.xml.
#
# Source lines (a blank line is ignored):
#   T text      title, centred
#   1 text      level-1 heading, numbered 一、 by the list style
#   2 text      level-2 heading, numbered （一）
#   3 text      level-3 item, numbered 1.
#   P text      body paragraph (run-in 一是/二是 are typed, as clerks do)
#   R text      right-aligned sign-off line
#   | a | b     table row; consecutive rows form one table, the first
#               row being the header
# All numbered paragraphs belong to one list that continues across the
# body text between them, so the counters run on as in a Word multi-level
# list. A heading whose number is typed by hand (the defect in 08) is
# written as a P line.
#
# The script is idempotent: LibreOffice stamps the conversion time on every
# zip entry, so each .docx is repacked with a fixed date.
#
# Needs: python3, zip, unzip and LibreOffice:
#   apt-get install -y --no-install-recommends zip unzip libreoffice-writer-nogui
set -euo pipefail

cd "$(dirname "$0")"
for tool in python3 zip unzip soffice; do
	command -v "$tool" >/dev/null || {
		echo "$tool not found: apt-get install -y --no-install-recommends zip unzip libreoffice-writer-nogui" >&2
		exit 1
	}
done

# writeFodt prints the flat ODF document for the source file $1.
writeFodt() {
	python3 - "$1" <<'PY'
import sys
from xml.sax.saxutils import escape

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xml="http://www.w3.org/XML/1998/namespace"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"/>
  <text:list-style style:name="GongwenList">
"""
LEVELS = [
    'style:num-suffix="、" style:num-format="一, 二, 三, ..."',
    'style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."',
    'style:num-suffix="." style:num-format="1"',
]
TAIL_STYLES = """  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Centered" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:text>
"""
out = [HEAD]
for i, attrs in enumerate(LEVELS, 1):
    out.append(f'   <text:list-level-style-number text:level="{i}" {attrs}>\n'
               '    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">\n'
               '     <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/>\n'
               '    </style:list-level-properties>\n'
               '   </text:list-level-style-number>\n')
out.append(TAIL_STYLES)

depth, started, rows = 0, False, []

def close_list():
    global depth
    while depth > 0:
        out.append("   </text:list-item></text:list>\n")
        depth -= 1

def flush_table():
    if not rows:
        return
    cols = max(len(r) for r in rows)
    out.append(f'   <table:table table:name="Table{len(out)}">\n')
    out.append(f'    <table:table-column table:number-columns-repeated="{cols}"/>\n')
    for r in rows:
        out.append("    <table:table-row>")
        for c in r + [""] * (cols - len(r)):
            out.append(f'<table:table-cell office:value-type="string"><text:p text:style-name="Standard">{escape(c)}</text:p></table:table-cell>')
        out.append("</table:table-row>\n")
    out.append("   </table:table>\n")
    rows.clear()

def open_item(want, text):
    global depth, started
    if depth == 0:
        attr = 'text:continue-list="outline"' if started else 'xml:id="outline"'
        out.append(f'   <text:list {attr} text:style-name="GongwenList">\n   <text:list-item>\n')
        started, depth = True, 1
    elif want <= depth:
        while depth > want:
            out.append("   </text:list-item></text:list>\n")
            depth -= 1
        out.append("   </text:list-item><text:list-item>\n")
    while depth < want:
        out.append("   <text:list><text:list-item>\n")
        depth += 1
    out.append(f'    <text:p text:style-name="Standard">{escape(text)}</text:p>\n')

with open(sys.argv[1], encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        kind, _, text = line.partition(" ")
        if kind == "|":
            close_list()
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if kind in ("1", "2", "3"):
            open_item(int(kind), text)
            continue
        close_list()
        style = {"T": "Centered", "P": "Standard", "R": "Right"}.get(kind)
        if style is None:
            sys.exit(f"{sys.argv[1]}:{n}: unknown line kind {kind!r}")
        out.append(f'   <text:p text:style-name="{style}">{escape(text)}</text:p>\n')
flush_table()
close_list()
out.append("  </office:text>\n </office:body>\n</office:document>\n")
sys.stdout.write("".join(out))
PY
}

# LibreOffice in a private profile (lo) and reproducible repacking (repack).
# shellcheck source=../../lib/libreoffice.sh
source ../../lib/libreoffice.sh

for src in *.src; do
	name="${src%.src}"
	writeFodt "$src" >"$name.fodt"
	lo --convert-to 'docx:MS Word 2007 XML' --outdir "$profile/out" "$name.fodt"
	repack "$profile/out/$name.docx" "$name.docx"
	echo "wrote $name.fodt and $name.docx"
done
