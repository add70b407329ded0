# METADATA
# title: 残留的网页标记代码
# description: |
#   Flags markup left in the text when a page was copied from its source or
#   from a Word-generated web page: the Office namespace declaration
#   <?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />,
#   Office tags (<o:p></o:p>), HTML tags (<br>, <p>, <span style="…">),
#   conditional comments (<!--[if gte mso 9]>), character entities (&nbsp;,
#   &amp;, &#12288;) and style code (mso-bidi-font-size:10.5pt;). A reader
#   of the printed report sees them as garbage.
#
#   Tag names are a closed list of HTML and Office tags, so a book title
#   typed with angle brackets (<<工会法>>, a punctuation error left to the
#   punctuation rules) and comparisons (a<b) are not markup. Entities and
#   inline tags are legitimate in Markdown files and are not flagged there.
#   Deleting the Office declaration, Office tags and conditional comments
#   is always right (safe fix); an entity is replaced by its character.
#   Patterns: rules/data/artifact.yaml, list patterns.artifact_markup, and
#   the entity table artifact_entities.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifactmarkup
# custom:
#   id: artifact/markup
#   category: artifact
#   severity: error
#   needs: [matches.artifact_markup]  # reports only when one of these is non-empty
#   bad:
#     - text: '具体如下:<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />'
#       note: the namespace declaration of a Word-generated page
#     - text: 全年共慰问困难职工120户<o:p></o:p>
#     - text: 开展“送温暖”&nbsp;活动
#   good:
#     - text: 认真学习<<工会法>>和<<劳动法>>。
#       note: angle brackets used as book-title marks are a punctuation error, not markup
#     - text: 会员人数由原来的不足500人增加到800人以上。
package gwlint.rules.artifact.markup

import data.gwlint.artifact
import data.gwlint.result

report contains finding if {
	some [m, entry] in artifact.kept("artifact_markup")
	not data.gwlint.artifact_entities[m.text]
	finding := artifact.report(rego.metadata.chain(), m, entry, _message(m, entry))
}

# A named entity is replaced by the character it stands for; the
# replacement of a spacing entity is nothing, since Chinese text has no
# spaces, and is left for review.
report contains finding if {
	some [m, entry] in artifact.kept("artifact_markup")
	replacement := data.gwlint.artifact_entities[m.text]
	finding := result.fix(
		rego.metadata.chain(),
		m,
		_message(m, entry),
		replacement,
		_entity_fix(replacement),
		replacement != "",
	)
}

_message(m, entry) := sprintf("残留的%s“%s”：这是网页代码，不是文档内容，请删除", [entry.what, artifact.quote(m.text)])

_entity_fix("") := "删除"

_entity_fix(replacement) := sprintf("改为“%s”", [replacement]) if replacement != ""
