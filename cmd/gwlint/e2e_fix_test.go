package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gwlint/gwlint/parser/charset"
)

func TestFixWritesOnlyWhenAskedAndKeepsTheEncoding(t *testing.T) {
	text := "县总工会2024年工作总结\n今年,我们开展了帮扶活动。存在的问题是宣传不够。下一步将继续加强宣传。\n"
	gbk, err := charset.Encode(text, charset.GB18030, false)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "总结.txt")
	if err := os.WriteFile(p, gbk, 0o644); err != nil {
		t.Fatal(err)
	}
	// lint never writes.
	gw(t, dir, "", "lint", "总结.txt")
	if b, _ := os.ReadFile(p); string(b) != string(gbk) {
		t.Fatal("lint modified the file")
	}
	r := gw(t, dir, "", "fix", "--dry-run", "--diff", "总结.txt")
	if r.code != 0 || !strings.Contains(r.stdout, "+今年，我们") || !strings.Contains(r.stdout, "would fix") {
		t.Fatalf("dry run: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if b, _ := os.ReadFile(p); string(b) != string(gbk) {
		t.Fatal("--dry-run modified the file")
	}
	if r := gw(t, dir, "", "fix", "总结.txt"); r.code != 0 || !strings.Contains(r.stdout, "fixed") {
		t.Fatalf("fix: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	b, _ := os.ReadFile(p)
	back, err := charset.Decode(b, "")
	if err != nil || back.Encoding != charset.GB18030 || !strings.Contains(back.Text, "今年，我们") {
		t.Errorf("fixed file: %v %q %q", err, back.Encoding, back.Text)
	}
}

func TestFixStdinWritesToStdout(t *testing.T) {
	r := gw(t, t.TempDir(), "各基层工会要认真落实,确保实效。\n", "fix", "-")
	if r.code != 0 || r.stdout != "各基层工会要认真落实，确保实效。\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
