package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/internal/testenv"
)

// sarifLog is the part of a SARIF log the assertions below read.
type sarifLog struct {
	Runs []struct {
		ColumnKind         string `json:"columnKind"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		Tool struct {
			Driver struct {
				Name    string `json:"name"`
				Version string `json:"version"`
				Rules   []struct {
					ID               string `json:"id"`
					Name             string `json:"name"`
					HelpURI          string `json:"helpUri"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
					FullDescription struct {
						Text string `json:"text"`
					} `json:"fullDescription"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					Properties struct {
						Tags []string `json:"tags"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful        bool `json:"executionSuccessful"`
			ToolExecutionNotifications []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []sarifLocation `json:"locations"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex int    `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations           []sarifLocation   `json:"locations"`
			PartialFingerprints map[string]string `json:"partialFingerprints"`
			Fixes               []struct {
				Description struct {
					Text string `json:"text"`
				} `json:"description"`
				ArtifactChanges []struct {
					ArtifactLocation sarifArtifact `json:"artifactLocation"`
					Replacements     []struct {
						DeletedRegion   sarifRegion `json:"deletedRegion"`
						InsertedContent *struct {
							Text string `json:"text"`
						} `json:"insertedContent"`
					} `json:"replacements"`
				} `json:"artifactChanges"`
			} `json:"fixes"`
		} `json:"results"`
	} `json:"runs"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
	Snippet     *struct {
		Text string `json:"text"`
	} `json:"snippet"`
}

type sarifLocation struct {
	PhysicalLocation struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region"`
	} `json:"physicalLocation"`
}

func renderFixtureSARIF(t *testing.T) (string, sarifLog) {
	t.Helper()
	out, _ := newFixtureRun(t).render(t, "sarif", Options{})
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("got %d runs, want 1", len(log.Runs))
	}
	return out, log
}

func TestSARIFValidatesAgainstOASISSchema(t *testing.T) {
	schemaPath := testenv.Shared(t, "schemas/sarif-schema-2.1.0.json")
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile(schemaPath)
	if err != nil {
		t.Fatalf("compile SARIF schema: %v", err)
	}
	out, _ := renderFixtureSARIF(t)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("SARIF output fails the schema: %v", err)
	}
	// The validator must be able to fail: a null shortDescription (go-sarif's
	// default) is a known schema error.
	broken := strings.Replace(out, `"shortDescription": {
                "text": "模板占位符未填写"
              }`, `"shortDescription": null`, 1)
	if broken == out {
		t.Fatal("could not inject the broken shortDescription")
	}
	inst, err = jsonschema.UnmarshalJSON(strings.NewReader(broken))
	if err != nil {
		t.Fatal(err)
	}
	if schema.Validate(inst) == nil {
		t.Error("schema accepted a null shortDescription; the validation proves nothing")
	}
	if dir := os.Getenv("GWLINT_SARIF_OUT"); dir != "" {
		// Lets .ci/validate-sarif check the same log with the SARIF Multitool.
		if err := os.WriteFile(filepath.Join(dir, "fixture.sarif"), []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestSARIFLocationsUseEncodedURIsAndUTF16Columns(t *testing.T) {
	_, log := renderFixtureSARIF(t)
	run := log.Runs[0]
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind = %q, want utf16CodeUnits", run.ColumnKind)
	}
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///srv/gwlint-fixture/" {
		t.Errorf("%%SRCROOT%% = %q", got)
	}
	byRule := map[string]int{}
	for i, r := range run.Results {
		byRule[r.RuleID] = i
	}
	repeated := run.Results[byRule["punct/repeated"]]
	loc := repeated.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "docs/%E6%8A%A5%E5%91%8A%201.txt" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifact location = %+v", loc.ArtifactLocation)
	}
	// 𠀋 is one rune but two UTF-16 units: "，，" starts at rune column 14
	// and UTF-16 column 15 of "𠀋县总工会坚持以职工为中心，，…".
	want := sarifRegion{StartLine: 3, StartColumn: 15, EndLine: 3, EndColumn: 17}
	got := *loc.Region
	got.Snippet = nil
	if got != want {
		t.Errorf("region = %+v, want %+v", got, want)
	}
	if loc.Region.Snippet == nil || loc.Region.Snippet.Text != "，，" {
		t.Errorf("snippet = %+v, want the span text", loc.Region.Snippet)
	}
	if got := repeated.PartialFingerprints["gwlintFingerprint/v1"]; got != "fp-punct/repeated-，，" {
		t.Errorf("fingerprint = %q", got)
	}
	notice := run.Results[byRule["debris/invisible-char"]].Locations[0].PhysicalLocation.ArtifactLocation
	if notice.URI != "./a:b/%E9%80%9A%E7%9F%A5.txt" {
		t.Errorf("colon in first segment: uri = %q, want a ./ prefix", notice.URI)
	}
	heading := run.Results[byRule["structure/heading-split"]].Locations[0].PhysicalLocation.Region
	if heading.StartLine != 3 || heading.EndLine != 4 || heading.EndColumn != 3 {
		t.Errorf("multi-line region = %+v", *heading)
	}
}

func TestSARIFRulesAndResults(t *testing.T) {
	_, log := renderFixtureSARIF(t)
	run := log.Runs[0]
	driver := run.Tool.Driver
	if driver.Name != "gwlint" || driver.Version != "0.1.0-test" {
		t.Errorf("driver = %s %s", driver.Name, driver.Version)
	}
	metaRules := fixtureRules()
	if len(driver.Rules) != len(metaRules)+1 {
		t.Fatalf("got %d rules, want every Meta rule plus gwlint/unused-directive", len(driver.Rules))
	}
	for i, r := range metaRules {
		if driver.Rules[i].ID != r.ID {
			t.Errorf("rule %d = %s, want %s (Meta order)", i, driver.Rules[i].ID, r.ID)
		}
	}
	extra := driver.Rules[len(metaRules)]
	if extra.ID != "gwlint/unused-directive" || extra.Name != "UnusedDirective" || extra.ShortDescription.Text == "" ||
		extra.DefaultConfiguration.Level != "warning" || len(extra.Properties.Tags) != 1 || extra.Properties.Tags[0] != "gwlint" {
		t.Errorf("rule for a finding outside Meta = %+v", extra)
	}
	missing := driver.Rules[1]
	if n := len([]rune(missing.FullDescription.Text)); n > maxFullDescription {
		t.Errorf("fullDescription has %d runes, GitHub allows %d", n, maxFullDescription)
	}
	if missing.Name != "MissingAmount" || missing.HelpURI != rulesDocURL+"#numbermissing-amount" {
		t.Errorf("name/helpUri = %s %s", missing.Name, missing.HelpURI)
	}
	if driver.Rules[3].HelpURI != "https://example.org/gwlint/punct-halfwidth" {
		t.Errorf("a rule's own HelpURI was not kept: %s", driver.Rules[3].HelpURI)
	}
	if driver.Rules[4].DefaultConfiguration.Level != "note" {
		t.Errorf("info severity maps to %q, want note", driver.Rules[4].DefaultConfiguration.Level)
	}
	for _, r := range run.Results {
		if driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s has ruleIndex %d pointing at %s", r.RuleID, r.RuleIndex, driver.Rules[r.RuleIndex].ID)
		}
	}
}

func TestSARIFFixesAndFileErrors(t *testing.T) {
	_, log := renderFixtureSARIF(t)
	run := log.Runs[0]
	fixesOf := map[string]int{}
	for _, r := range run.Results {
		fixesOf[r.RuleID] = len(r.Fixes)
		if r.RuleID == "punct/repeated" {
			change := r.Fixes[0].ArtifactChanges[0]
			repl := change.Replacements[0]
			if r.Fixes[0].Description.Text != "保留一个逗号" || repl.InsertedContent == nil || repl.InsertedContent.Text != "，" {
				t.Errorf("fix = %+v", r.Fixes[0])
			}
			if repl.DeletedRegion != (sarifRegion{StartLine: 3, StartColumn: 15, EndLine: 3, EndColumn: 17}) {
				t.Errorf("deletedRegion = %+v, want the finding's region", repl.DeletedRegion)
			}
			if change.ArtifactLocation.URI != "docs/%E6%8A%A5%E5%91%8A%201.txt" {
				t.Errorf("fix artifact = %+v", change.ArtifactLocation)
			}
		}
		if r.RuleID == "debris/invisible-char" && r.Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent != nil {
			t.Error("a deletion must leave insertedContent out")
		}
	}
	if fixesOf["punct/repeated"] != 1 || fixesOf["placeholder/unfilled"] != 1 || fixesOf["number/missing-amount"] != 0 {
		t.Errorf("fixes per rule = %v", fixesOf)
	}
	if len(run.Invocations) != 1 {
		t.Fatalf("got %d invocations", len(run.Invocations))
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful {
		t.Error("executionSuccessful is true although a file could not be linted")
	}
	if len(inv.ToolExecutionNotifications) != 1 {
		t.Fatalf("got %d notifications, want 1", len(inv.ToolExecutionNotifications))
	}
	n := inv.ToolExecutionNotifications[0]
	if n.Level != "error" || !strings.Contains(n.Message.Text, "not a valid zip file") ||
		n.Locations[0].PhysicalLocation.ArtifactLocation.URI != "%E6%8D%9F%E5%9D%8F.docx" {
		t.Errorf("notification = %+v", n)
	}
}

func TestSARIFCleanRunSucceedsWithoutBase(t *testing.T) {
	var buf bytes.Buffer
	rep, err := New("sarif", &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Start(Meta{ToolName: "gwlint", ToolVersion: "1"}); err != nil {
		t.Fatal(err)
	}
	doc := "总结\n无问题。\n"
	fd := at(t, "docs/总结.txt", doc, "无", finding.Finding{Rule: "x/y", Severity: finding.SeverityInfo, Message: "m"})
	fd.Start.Line = 0 // about the whole file: no region, and no fix without one
	fd.Suggestions = []finding.Suggestion{{Replacement: "有"}}
	if err := rep.File(finding.File{Path: "docs/总结.txt", Kind: "text"}, []finding.Finding{fd}); err != nil {
		t.Fatal(err)
	}
	if err := rep.Finish(Summary{Files: 1, Infos: 1}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`"executionSuccessful": true`, `"uri": "docs/%E6%80%BB%E7%BB%93.txt"`, `"uriBaseId": "%SRCROOT%"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s", want)
		}
	}
	for _, unwanted := range []string{"originalUriBaseIds", `"region"`, `"fixes"`} {
		if strings.Contains(out, unwanted) {
			t.Errorf("output has %s", unwanted)
		}
	}
}
