package markdown

import (
	"strings"
	"testing"
)

// TestReadIsLinearOnPathologicalInput feeds 20–200 KB of openers that never
// close, deep nesting and long delimiter runs. A quadratic scan takes
// seconds to minutes on these (a regexp per '<' took four minutes on the
// CDATA case).
func TestReadIsLinearOnPathologicalInput(t *testing.T) {
	const n = 20000
	lines := func(count int, line func(i int) string) string {
		var b strings.Builder
		for i := range count {
			b.WriteString(line(i))
		}
		return b.String()
	}
	cases := map[string]string{
		"open brackets":       strings.Repeat("[", n),
		"images without end":  strings.Repeat("![", n),
		"links without end":   strings.Repeat("[a](", n),
		"nested destinations": strings.Repeat("[a](", n) + strings.Repeat(")", n),
		"nested link texts":   strings.Repeat("[", n) + "a" + strings.Repeat("](u)", n),
		"reference links":     "[a]: b\n" + strings.Repeat("[a][a]", n),
		"processing instr":    strings.Repeat("<?", n),
		"CDATA":               strings.Repeat("<![CDATA[", n),
		"declarations":        strings.Repeat("<!A", n),
		"open tags":           strings.Repeat("<a b='", n),
		"autolinks":           strings.Repeat("<a:", n),
		"emails":              strings.Repeat("<a@", n),
		"inline comments":     "|a|\n|-|\n|" + strings.Repeat("a<!--", n),
		"comment lines":       strings.Repeat("<!--\n", n),
		"backtick runs":       lines(600, func(i int) string { return strings.Repeat("`", i+1) + " " }),
		"stars":               strings.Repeat("*a", n),
		"quote markers":       strings.Repeat(">", n),
		"indented items":      lines(2000, func(i int) string { return strings.Repeat(" ", i) + "- a\n" }),
		"table pipes":         "a|b\n-|-\n" + strings.Repeat("|", n),
		"fences":              strings.Repeat("```\n", n),
	}
	markdownReader.CheckLinear(t, cases)
}
