package report

import "testing"

func TestEncodeRelativeURI(t *testing.T) {
	cases := map[string]string{
		"docs/报告 1.txt":  "docs/%E6%8A%A5%E5%91%8A%201.txt",
		"a:b/通知.txt":     "./a:b/%E9%80%9A%E7%9F%A5.txt",
		"docs/a:b.txt":   "docs/a:b.txt",
		"100%#?.txt":     "100%25%23%3F.txt",
		"自查报告（2024）.txt": "%E8%87%AA%E6%9F%A5%E6%8A%A5%E5%91%8A%EF%BC%882024%EF%BC%89.txt",
	}
	for in, want := range cases {
		if got := encodeRelativeURI(in); got != want {
			t.Errorf("encodeRelativeURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestArtifactURI(t *testing.T) {
	cases := []struct {
		base, path string
		uri        string
		relative   bool
	}{
		{"/srv/repo", "/srv/repo/docs/报告 1.txt", "docs/%E6%8A%A5%E5%91%8A%201.txt", true},
		{"/srv/repo/", "/srv/repo/总结.txt", "%E6%80%BB%E7%BB%93.txt", true},
		{"/srv/repo", "/srv/other/总结.txt", "file:///srv/other/%E6%80%BB%E7%BB%93.txt", false},
		{"/srv/repo", "/srv/repository/a.txt", "file:///srv/repository/a.txt", false},
		{"", "docs/a b.txt", "docs/a%20b.txt", true},
		{"", "/tmp/a.txt", "file:///tmp/a.txt", false},
	}
	for _, c := range cases {
		uri, relative, err := artifactURI(c.base, c.path)
		if err != nil || uri != c.uri || relative != c.relative {
			t.Errorf("artifactURI(%q, %q) = %q, %v, %v; want %q, %v", c.base, c.path, uri, relative, err, c.uri, c.relative)
		}
	}
}

func TestBaseFileURIEndsWithSlash(t *testing.T) {
	for _, base := range []string{"/srv/工作 区", "/srv/工作 区/"} {
		got, err := fileURI(base, true)
		if want := "file:///srv/%E5%B7%A5%E4%BD%9C%20%E5%8C%BA/"; err != nil || got != want {
			t.Errorf("fileURI(%q) = %q, %v; want %q", base, got, err, want)
		}
	}
}

func TestDisplayPath(t *testing.T) {
	cases := []struct{ base, path, want string }{
		{"/srv/repo", "/srv/repo/docs/总结.txt", "docs/总结.txt"},
		{"/srv/repo", "/elsewhere/总结.txt", "/elsewhere/总结.txt"},
		{"", "docs/./总结.txt", "docs/总结.txt"},
		{"", "../总结.txt", "../总结.txt"},
	}
	for _, c := range cases {
		if got := displayPath(c.base, c.path); got != c.want {
			t.Errorf("displayPath(%q, %q) = %q, want %q", c.base, c.path, got, c.want)
		}
	}
}
