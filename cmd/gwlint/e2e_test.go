package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// These tests run the built binary, as users and CI do: exit codes, output
// streams and files written are checked end to end.

var gwlintBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gwlint-e2e-")
	if err != nil {
		panic(err)
	}
	gwlintBin = filepath.Join(dir, "gwlint")
	if runtime.GOOS == "windows" {
		gwlintBin += ".exe"
	}
	build := exec.Command("go", "build", "-o", gwlintBin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building gwlint: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// gw runs the binary in dir with args and optional standard input.
func gw(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(gwlintBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "GITHUB_STEP_SUMMARY=")
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{out.String(), errb.String(), code}
}

// writeFiles creates files (name → content) under a new temporary dir.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const cleanDoc = "县总工会关于开展职工书屋建设的通知\n各基层工会：为丰富职工文化生活，现就有关事项通知如下。\n"
const placeholderDoc = "县总工会关于开展职工书屋建设的通知\n各基层工会：XX年职工书屋建设工作由副主席___负责。\n"

func TestExitCodes(t *testing.T) {
	dir := writeFiles(t, map[string]string{"clean.txt": cleanDoc, "bad.txt": placeholderDoc})
	if r := gw(t, dir, "", "lint", "clean.txt"); r.code != 0 {
		t.Errorf("clean document: exit %d, want 0\n%s%s", r.code, r.stdout, r.stderr)
	}
	r := gw(t, dir, "", "lint", "bad.txt")
	if r.code != 1 {
		t.Errorf("placeholder: exit %d, want 1\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "bad.txt:2:") || !strings.Contains(r.stdout, "placeholder/unfilled") {
		t.Errorf("text output lacks path:line and rule id:\n%s", r.stdout)
	}
	if r := gw(t, dir, "", "lint", "--fail-level", "none", "bad.txt"); r.code != 0 {
		t.Errorf("--fail-level none: exit %d, want 0", r.code)
	}
	if r := gw(t, dir, "", "lint", "--no-such-flag", "bad.txt"); r.code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", r.code)
	}
	if r := gw(t, dir, "", "lint", "--format", "yaml", "bad.txt"); r.code != 2 {
		t.Errorf("unknown format: exit %d, want 2", r.code)
	}
}

func TestUnreadableFileIsReportedAndOthersLinted(t *testing.T) {
	dir := writeFiles(t, map[string]string{"bad.txt": placeholderDoc, "empty.txt": "", "doc.pdf": "%PDF"})
	r := gw(t, dir, "", "lint", "bad.txt", "missing.txt", "empty.txt", "doc.pdf")
	if r.code != 2 {
		t.Errorf("exit %d, want 2 for unreadable files", r.code)
	}
	for _, want := range []string{"missing.txt", "empty.txt", "doc.pdf", "unsupported format", "placeholder/unfilled"} {
		if !strings.Contains(r.stdout+r.stderr, want) {
			t.Errorf("output lacks %q:\n%s\n%s", want, r.stdout, r.stderr)
		}
	}
}

func TestBadInputsGiveOneLineErrorsNamingTheFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"broken.docx": "PK\x03\x04 this is not really a zip archive",
		"image.txt":   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
		"empty.txt":   "",
	})
	for _, name := range []string{"broken.docx", "image.txt", "empty.txt"} {
		r := gw(t, dir, "", "lint", name)
		if r.code != 2 {
			t.Errorf("%s: exit %d, want 2", name, r.code)
		}
		var errLines []string
		for _, l := range strings.Split(r.stdout+r.stderr, "\n") {
			if strings.Contains(l, name) && strings.Contains(l, "error") {
				errLines = append(errLines, l)
			}
		}
		if len(errLines) != 1 {
			t.Errorf("%s: want one error line naming the file, got:\n%s%s", name, r.stdout, r.stderr)
		}
		if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine") {
			t.Errorf("%s: panicked:\n%s", name, r.stderr)
		}
		if r := gw(t, dir, "", "parse", name); r.code != 2 || !strings.Contains(r.stderr, name) {
			t.Errorf("parse %s: exit %d, stderr %q", name, r.code, r.stderr)
		}
	}
}

func TestStdinWithFilename(t *testing.T) {
	r := gw(t, t.TempDir(), placeholderDoc, "lint", "--stdin-filename", "通知.txt", "-")
	if r.code != 1 || !strings.Contains(r.stdout, "通知.txt:2:") {
		t.Errorf("exit %d, output:\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestSeveralFormatsInOneRun(t *testing.T) {
	dir := writeFiles(t, map[string]string{"bad.txt": placeholderDoc})
	r := gw(t, dir, "", "lint", "--format", "text", "--format", "json=out.json", "--format", "sarif=out.sarif", "bad.txt")
	if r.code != 1 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	for _, f := range []string{"out.json", "out.sarif"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil || !bytes.Contains(b, []byte("placeholder/unfilled")) {
			t.Errorf("%s: %v\n%s", f, err, b)
		}
	}
	if r := gw(t, dir, "", "lint", "--format", "json", "--format", "sarif", "bad.txt"); r.code != 2 {
		t.Errorf("two formats on stdout: exit %d, want 2", r.code)
	}
}

func TestRulesExplainAndTest(t *testing.T) {
	dir := t.TempDir()
	r := gw(t, dir, "", "rules")
	if r.code != 0 || !strings.Contains(r.stdout, "placeholder/unfilled") || !strings.Contains(r.stdout, "structure/missing-plan-section") {
		t.Errorf("rules: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = gw(t, dir, "", "explain", "placeholder/unfilled")
	if r.code != 0 || !strings.Contains(r.stdout, "Bad:") || !strings.Contains(r.stdout, "Good:") {
		t.Errorf("explain: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := gw(t, dir, "", "explain", "no/such-rule"); r.code != 2 {
		t.Errorf("explain unknown rule: exit %d, want 2", r.code)
	}
	r = gw(t, dir, "", "test")
	if r.code != 0 || !strings.Contains(r.stdout, "passed, 0 failed") {
		t.Errorf("test: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestStatsReportPhasesAndRules(t *testing.T) {
	dir := writeFiles(t, map[string]string{"bad.txt": placeholderDoc})
	r := gw(t, dir, "", "lint", "--stats", "-q", "bad.txt")
	for _, want := range []string{"setup", "parse", "facts", "evaluate", "evaluation time per rule", "placeholder/unfilled"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("--stats output lacks %q:\n%s", want, r.stderr)
		}
	}
}

func TestCPUProfileIsWritten(t *testing.T) {
	dir := writeFiles(t, map[string]string{"bad.txt": placeholderDoc})
	gw(t, dir, "", "lint", "-q", "--cpuprofile", "cpu.prof", "bad.txt")
	if info, err := os.Stat(filepath.Join(dir, "cpu.prof")); err != nil || info.Size() == 0 {
		t.Errorf("no CPU profile written: %v", err)
	}
}

func TestVersion(t *testing.T) {
	if r := gw(t, t.TempDir(), "", "version"); r.code != 0 || !strings.HasPrefix(r.stdout, "gwlint ") {
		t.Errorf("version: %d %q", r.code, r.stdout)
	}
}
