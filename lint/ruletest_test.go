package lint

import (
	"bytes"
	"context"
	"testing"
)

// TestRegoRuleTests runs every *_test.rego of the built-in rules, so
// `go test ./...` covers the Rego tests as `gwlint test` does.
func TestRegoRuleTests(t *testing.T) {
	e, err := New(context.Background(), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sum, err := e.RunTests(context.Background(), &out, "", false)
	if err != nil {
		t.Fatal(err)
	}
	if !sum.OK() {
		t.Fatalf("Rego tests failed:\n%s", out.String())
	}
	if sum.Passed == 0 {
		t.Fatal("no Rego test ran")
	}
	t.Logf("%d Rego tests passed", sum.Passed)
}
