# METADATA
# description: |
#   Builders for findings. Every rule reports through these functions so the
#   shape of a finding is defined once: the rule id comes from the package
#   path of the calling rule (so it cannot drift from the folder), positions
#   are byte offsets into the document text, and the engine adds line,
#   column, severity and section.
package gwlint.result

# fail builds a finding for the rule whose metadata chain is given, covering
# the byte range of span: a tree span, a match or a fact, which all carry
# start and end byte offsets.
fail(chain, span, message) := {
	"rule": rule_id(chain),
	"message": message,
	"start": span.start,
	"end": span.end,
}

# fix is fail with a suggested replacement of the span. safe marks a
# replacement that `gwlint fix` may apply without review.
# It writes the finding out rather than adding to fail's with object.union:
# object.union merges recursively, and a document with many findings pays
# for it on each.
fix(chain, span, message, replacement, description, safe) := {
	"rule": rule_id(chain),
	"message": message,
	"start": span.start,
	"end": span.end,
	"suggestions": [{"replacement": replacement, "description": description, "safe": safe}],
}

# with_severity overrides the rule's default severity for one finding (for
# word-list entries that carry their own severity). Config still wins.
with_severity(finding, severity) := object.union(finding, {"severity": severity})

# at_document builds a document-level finding, placed on the title when the
# document has one and on the first paragraph otherwise.
at_document(chain, doc, message) := fail(chain, doc.title.span, message) if {
	doc.title != null
} else := fail(chain, doc.paragraphs[0].span, message) if {
	# Not count(doc.paragraphs) > 0: that reads every paragraph whole, and
	# the engine builds only the parts of the input that rules read (see
	# lint/inputuse.go).
	doc.paragraphs[0].span
} else := fail(chain, {"start": 0, "end": 0}, message)

# rule_id is "category/name", read from the package path of the rule.
rule_id(chain) := id if {
	some link in chain
	link.annotations.scope == "package"
	id := concat("/", [link.path[2], link.path[3]])
}
