#!/usr/bin/env bash
# Regenerates the LibreOffice-made fixtures under testdata/lo/.
#
# LibreOffice is the oracle: it writes each source (HTML with nested <ol>,
# flat ODF with Chinese list and outline numbering, flat ODF with a comment,
# tables and a text box) as .docx, then renders that .docx back to plain
# text with its own numbering engine. The tests read the .docx files and
# compare the labels gwlint renders with the ones in the .txt files, so
# soffice is needed only here, not when the tests run.
#
# Needs: apt-get install -y --no-install-recommends libreoffice-writer-nogui
set -euo pipefail

cd "$(dirname "$0")/lo"
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-writer-nogui" >&2; exit 1; }

# A private profile keeps the run independent of any user settings.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
lo() { soffice -env:UserInstallation="file://$profile" --headless "$@" >/dev/null 2>&1; }

for src in list.html chinese.fodt features.fodt; do
	name="${src%.*}"
	lo --convert-to 'docx:MS Word 2007 XML' "$src"
	# Render the produced .docx, not the source: the labels must be the
	# ones LibreOffice reads back from numbering.xml.
	mkdir -p "$profile/txt"
	lo --convert-to txt:Text --outdir "$profile/txt" "$name.docx"
	mv "$profile/txt/$name.txt" "$name.lo.txt"
	echo "wrote lo/$name.docx and lo/$name.lo.txt"
done
