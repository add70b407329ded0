# Shared by the fixture generators (testdata/formats/generate.sh and
# testdata/holdout/docx/generate.sh): LibreOffice in a private profile and
# a reproducible repacking of the .docx files it writes. Source it after
# `cd` into the generator's folder; it sets an EXIT trap that removes the
# profile.

# A private profile keeps the run independent of any user settings.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# Under a non-UTF-8 locale LibreOffice would write its text export in ASCII.
lo() { LC_ALL=C.UTF-8 soffice -env:UserInstallation="file://$profile/user" --headless "$@" >/dev/null 2>&1; }

# repack rewrites the zip $1 as $2 with every entry dated 2025-12-28 00:00
# UTC, in a fixed order with [Content_Types].xml first as Word writes it.
repack() {
	local dir="$profile/repack"
	rm -rf "$dir" && mkdir -p "$dir"
	unzip -q "$1" -d "$dir"
	find "$dir" -exec touch -d '2025-12-28 00:00:00 UTC' {} +
	rm -f "$2"
	(cd "$dir" && { echo '[Content_Types].xml'; find . -type f ! -name '[[]Content_Types].xml' | sed 's|^\./||' | LC_ALL=C sort; } |
		TZ=UTC zip -q -X -D -@ "$OLDPWD/$2")
}
