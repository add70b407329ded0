package report

import (
	"fmt"
	"net/url"
	"strings"
)

// srcRootBaseID names the directory SARIF artifact URIs are relative to.
// GitHub code scanning and the SARIF viewers resolve it against the
// checkout, which is why relative URIs are preferred over file URIs.
const srcRootBaseID = "%SRCROOT%"

// encodeRelativeURI percent-encodes a slash-separated relative path as an
// RFC 3986 relative reference: "docs/报告 1.txt" becomes
// "docs/%E6%8A%A5%E5%91%8A%201.txt". A colon in the first segment would
// read as a URI scheme, so such paths get a "./" prefix (net/url does that).
func encodeRelativeURI(slashPath string) string {
	return (&url.URL{Path: slashPath}).String()
}

// fileURI returns the file URI of path p (made absolute); withSlash adds a
// trailing slash, which SARIF requires of base URIs so that relative
// references resolve inside the directory rather than beside it.
func fileURI(p string, withSlash bool) (string, error) {
	abs, err := absoluteSlashPath(p)
	if err != nil {
		return "", fmt.Errorf("file URI for %q: %w", p, err)
	}
	if withSlash && !strings.HasSuffix(abs, "/") {
		abs += "/"
	}
	return (&url.URL{Scheme: "file", Path: abs}).String(), nil
}

// artifactURI returns the URI SARIF uses for path p and whether it is
// relative to srcRootBaseID. Paths outside base fall back to absolute file
// URIs, which stay valid though not portable.
func artifactURI(base, p string) (uri string, relative bool, err error) {
	if rel, ok := relativeTo(base, p); ok {
		return encodeRelativeURI(rel), true, nil
	}
	uri, err = fileURI(p, false)
	return uri, false, err
}
