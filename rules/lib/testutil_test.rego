# METADATA
# description: |
#   Helpers for rule tests (loaded only by `gwlint test`). Use with the
#   gwlint.input built-in, which parses a document given as text.
package gwlint.testutil

# flagged returns the texts of the pattern matches the findings point at.
flagged(findings, doc) := {m.text |
	some f in findings
	some ms in doc.matches
	some m in ms
	m.start == f.start
	m.end == f.end
}

# rules returns the rule ids of the findings.
rules(findings) := {f.rule | some f in findings}
