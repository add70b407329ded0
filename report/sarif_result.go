package report

import (
	"fmt"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/gwlint/gwlint/finding"
)

// fingerprintKey versions the fingerprint scheme so that a future change
// of the fingerprint does not match old results as the same ones.
const fingerprintKey = "gwlintFingerprint/v1"

// result converts one finding. Findings from rules missing in Meta.Rules
// (such as gwlint/unused-directive) get a descriptor on first sight, so
// every ruleIndex points at a real rule.
func (s *sarifReporter) result(fd finding.Finding, where *sarif.ArtifactLocation) *sarif.Result {
	index := s.addRule(finding.Rule{ID: fd.Rule, Category: fd.Category, Severity: fd.Severity})
	res := sarif.NewRuleResult(fd.Rule).
		WithRuleIndex(index).
		WithLevel(sarifLevel(fd.Severity)).
		WithMessage(sarif.NewTextMessage(firstNonEmpty(fd.Message, fd.Rule)))
	location := sarif.NewPhysicalLocation().WithArtifactLocation(where)
	if region := findingRegion(fd); region != nil {
		if fd.Text != "" {
			region.WithSnippet(sarif.NewArtifactContent().WithText(fd.Text))
		}
		location.WithRegion(region)
	}
	res.AddLocation(sarif.NewLocationWithPhysicalLocation(location))
	if fd.Fingerprint != "" {
		res.WithPartialFingerPrints(map[string]interface{}{fingerprintKey: fd.Fingerprint})
	}
	if findingRegion(fd) != nil {
		for _, sg := range fd.Suggestions {
			res.AddFix(suggestionFix(fd, sg, where))
		}
	}
	return res
}

// findingRegion is the finding's span as a SARIF region, or nil for a
// finding about the whole file.
func findingRegion(fd finding.Finding) *sarif.Region {
	s, ok := findingSpan(fd)
	if !ok {
		return nil
	}
	return sarif.NewRegion().
		WithStartLine(s.startLine).WithStartColumn(s.startColumn).
		WithEndLine(s.endLine).WithEndColumn(s.endColumn)
}

// suggestionFix turns a suggestion into a SARIF fix replacing the finding's
// region, so it is only called for findings that have one. An empty
// replacement is a deletion, which SARIF expresses by leaving
// insertedContent out.
func suggestionFix(fd finding.Finding, sg finding.Suggestion, where *sarif.ArtifactLocation) *sarif.Fix {
	replacement := sarif.NewReplacement(findingRegion(fd))
	if sg.Replacement != "" {
		replacement.WithInsertedContent(sarif.NewArtifactContent().WithText(sg.Replacement))
	}
	fix := sarif.NewFix().WithArtifactChanges([]*sarif.ArtifactChange{
		sarif.NewArtifactChange(where).WithReplacement(replacement),
	})
	if sg.Description != "" {
		fix.WithDescriptionText(sg.Description)
	}
	return fix
}

// artifactLocation points at a file, relative to %SRCROOT% when possible.
func artifactLocation(uri string, relative bool) *sarif.ArtifactLocation {
	loc := sarif.NewSimpleArtifactLocation(uri)
	if relative {
		loc.WithUriBaseId(srcRootBaseID)
	}
	return loc
}

// fileNotification reports a file gwlint could not read or parse.
func fileNotification(uri string, relative bool, f finding.File) *sarif.Notification {
	n := sarif.NewNotification().
		WithLevel("error").
		WithTextMessage(fmt.Sprintf("%s: %s", f.Path, f.Error))
	n.AddLocation(sarif.NewLocationWithPhysicalLocation(
		sarif.NewPhysicalLocation().WithArtifactLocation(artifactLocation(uri, relative))))
	return n
}
