package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// maxSummaryRows bounds each table of the job summary; GitHub caps a step
// summary at 1 MiB and a long table helps nobody.
const maxSummaryRows = 20

// tally counts findings by rule and by file for the job summary, so the
// github format needs no second pass over the findings.
type tally struct {
	byRule, byFile map[string]int
	failures       []failure
}

// failure is a file that could not be linted.
type failure struct{ path, reason string }

func newTally() tally {
	return tally{byRule: map[string]int{}, byFile: map[string]int{}}
}

func (t *tally) addFinding(rule, path string) {
	t.byRule[rule]++
	t.byFile[path]++
}

func (t *tally) addFailure(path, reason string) {
	t.failures = append(t.failures, failure{path: path, reason: reason})
}

// countRow is one row of a "name, count" table.
type countRow struct {
	name  string
	count int
}

// topCounts sorts counts by count descending, ties by name, so the summary
// is the same on every run.
func topCounts(counts map[string]int) []countRow {
	rows := make([]countRow, 0, len(counts))
	for name, n := range counts {
		rows = append(rows, countRow{name: name, count: n})
	}
	slices.SortFunc(rows, func(a, b countRow) int {
		return cmp.Or(cmp.Compare(b.count, a.count), strings.Compare(a.name, b.name))
	})
	return rows
}

// stepSummary renders the Markdown written to $GITHUB_STEP_SUMMARY.
func stepSummary(s Summary, t tally) string {
	var b strings.Builder
	b.WriteString("## gwlint\n\n")
	b.WriteString(markdownText(summaryLine(s)) + "\n")
	writeCountTable(&b, "Rules with the most findings", "Rule", topCounts(t.byRule))
	writeCountTable(&b, "Files with the most findings", "File", topCounts(t.byFile))
	if len(t.failures) > 0 {
		b.WriteString("\n### Files that could not be linted\n\n| File | Error |\n| --- | --- |\n")
		for i, f := range t.failures {
			if i == maxSummaryRows {
				fmt.Fprintf(&b, "| … and %d more | |\n", len(t.failures)-maxSummaryRows)
				break
			}
			fmt.Fprintf(&b, "| %s | %s |\n", markdownText(f.path), markdownText(f.reason))
		}
	}
	return b.String()
}

// writeCountTable writes a titled two-column table, at most maxSummaryRows
// rows and a closing row saying how many were left out.
func writeCountTable(b *strings.Builder, title, column string, rows []countRow) {
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(b, "\n### %s\n\n| %s | Findings |\n| --- | ---: |\n", title, column)
	for i, r := range rows {
		if i == maxSummaryRows {
			fmt.Fprintf(b, "| … and %d more | |\n", len(rows)-maxSummaryRows)
			break
		}
		fmt.Fprintf(b, "| %s | %d |\n", markdownText(r.name), r.count)
	}
}

// markdownText escapes s for a Markdown table cell: characters that would
// start emphasis, code, links or HTML, and the cell separator "|".
func markdownText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '#':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
