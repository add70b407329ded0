package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/gwlint/gwlint/internal/testenv"
)

// TestSeedsSARIFValidates lints the reference documents and validates the
// SARIF log against the OASIS SARIF 2.1.0 schema.
func TestSeedsSARIFValidates(t *testing.T) {
	schemaPath := filepath.Join(testenv.Shared(t, "schemas"), "sarif-schema-2.1.0.json")
	seeds := testenv.SeedFiles(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "seeds.sarif")
	r := gw(t, dir, "", append([]string{"lint", "--format", "sarif=" + out}, seeds...)...)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 (the seeds have errors)\n%s", r.code, r.stderr)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	inst, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("SARIF output is not valid:\n%v", err)
	}
	b, _ := os.ReadFile(out)
	for _, want := range []string{`"columnKind": "utf16CodeUnits"`, `"ruleId": "placeholder/unfilled"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("SARIF lacks %s", want)
		}
	}
}
