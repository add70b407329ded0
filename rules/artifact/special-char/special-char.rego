# METADATA
# title: 不可见字符、控制字符和损坏的字符
# description: |
#   Flags characters that do not belong in a document's text: zero-width
#   and direction-control characters (U+200B–U+200F, U+2060–U+2064, U+FEFF
#   inside the text, soft hyphen U+00AD, U+202A–U+202E, U+2066–U+2069),
#   C0 and C1 control characters other than tab and line breaks (PDF text
#   layers leave form feeds and stray controls), the replacement character
#   U+FFFD (a character lost in a failed conversion) and private-use
#   characters (glyphs of a custom font that show as boxes elsewhere). They
#   break searching, word counts and comparisons, and the broken ones show
#   as boxes or question marks in print.
#
#   The byte-order mark at the very start of a file is part of its encoding
#   and never reaches the text. C1 characters next to Latin-1 letters are
#   part of mojibake and left to artifact/mojibake. Deleting invisible and
#   control characters is always right (safe fix); a replacement or
#   private-use character stands for a real character that must be
#   restored by hand. Patterns: rules/data/artifact.yaml, list
#   patterns.artifact_special.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifactspecial-char
# custom:
#   id: artifact/special-char
#   category: artifact
#   severity: error
#   needs: [matches.artifact_special]  # reports only when one of these is non-empty
#   bad:
#     - text: "全县新建基层工会\u200b12家。"
#       note: a zero-width space inside the sentence
#     - text: "慰问困难职工\ufffd\ufffd户。"
#   good:
#     - text: 全县新建基层工会12家。
#     - text: "一、主要工作\n\t全县新建基层工会12家。"
package gwlint.rules.artifact["special-char"]

import data.gwlint.artifact

report contains finding if {
	some [m, entry] in artifact.kept("artifact_special")
	finding := artifact.report(rego.metadata.chain(), m, entry, _message(m, entry))
}

# The characters cannot be shown, so the message quotes the text around
# them with ▯ in their place.
_message(m, entry) := sprintf("“%s▯%s”中有%d个%s：请删除", [m.before, m.after, count(m.text), entry.what]) if {
	entry.delete
} else := sprintf("“%s▯%s”中有%d个%s：这里原有的字已丢失，请对照原文补上", [m.before, m.after, count(m.text), entry.what])
