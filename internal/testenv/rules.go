package testenv

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// SlowRule is a user rule (wording/slow) that cannot finish within a short
// timeout: for tests of the evaluation timeout.
const SlowRule = `# METADATA
# title: 慢规则
# description: A rule that never finishes in time, to test the timeout.
# custom:
#   id: wording/slow
#   category: wording
#   severity: warning
#   bad: [x]
#   good: [y]
package gwlint.rules.wording.slow

import data.gwlint.result

report contains finding if {
	n := count([i | some i in numbers.range(1, 200000000); i % 7 == 0])
	n < 0
	finding := result.fail(rego.metadata.chain(), {"start": 0, "end": 0}, "never")
}
`

// WriteRule writes a user rule's source as <dir>/<category>/<name>/<name>.rego
// in a new temporary directory, for id "category/name", and returns the
// directory (a rule path).
func WriteRule(t testing.TB, id, src string) string {
	t.Helper()
	category, name, ok := strings.Cut(id, "/")
	if !ok {
		t.Fatalf("rule id %q is not category/name", id)
	}
	dir := t.TempDir()
	folder := filepath.Join(dir, category, name)
	if err := os.MkdirAll(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(folder, name+".rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}
