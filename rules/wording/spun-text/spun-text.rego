# METADATA
# title: 疑似经过“伪原创”改写的文本
# description: |
#   Reports, once per document, that the text appears to have been run
#   through a word spinner (伪原创 tool): it has many collocations in which
#   a fixed term was replaced by a near-synonym (see wording/collocation),
#   several different kinds of them, at a density that careless writing
#   does not reach. A spun 范文 is wrong in many more places than a linter
#   can name (a 政治理论 garbled into 治理论, a broken 不仅…而且), so the
#   writer should compare the whole text with its original rather than fix
#   the flagged phrases one by one.
#
#   The finding is placed on the title. It needs at least min_hits
#   collocation findings of at least min_kinds different spun words, and at
#   least min_per_thousand of them per 1,000 characters; one odd phrase in a
#   long report is not spinning.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#wordingspun-text
# custom:
#   id: wording/spun-text
#   category: wording
#   severity: info
#   needs: [matches.collocation]  # reports only when one of these is non-empty
#   bad:
#     - text: |
#         关于创先争优活动的自我评价
#         现将有关情景报告如下。一、基本情景。我会进取主动参与，构成了浓厚氛围，推动发展的本事进一步提升，取得了必须成效。
#       note: six spun collocations of five kinds in a short text
#   good:
#     - text: |
#         关于创先争优活动的自我评价
#         现将有关情况报告如下。一、基本情况。我会积极主动参与，形成了浓厚氛围，推动发展的能力进一步提升，取得了一定成效。
#   options:
#     - name: min_hits
#       description: fewest collocation findings that make a document spun
#       default: 5
#     - name: min_kinds
#       description: fewest different spun words among them
#       default: 3
#     - name: min_per_thousand
#       description: fewest findings per 1,000 characters of text
#       default: 1
package gwlint.rules.wording["spun-text"]

import data.gwlint.config
import data.gwlint.result
import data.gwlint.rules.wording.collocation

report contains finding if {
	chain := rego.metadata.chain()
	hits := count(collocation.report)
	hits >= config.option(chain, "min_hits", 5)
	kinds := count(_spun_words)
	kinds >= config.option(chain, "min_kinds", 3)
	chars := sum([count(p.text) | some p in input.paragraphs])
	chars > 0
	per_thousand := (hits * 1000) / chars
	per_thousand >= config.option(chain, "min_per_thousand", 1)
	finding := result.at_document(
		chain,
		input,
		sprintf(
			"全文有%d处固定搭配被同义词替换（%d类，每千字%.1f处），疑似经过“伪原创”改写：请找到原文逐句核对，而不要只改标出的词语",
			[hits, kinds, per_thousand],
		),
	)
}

# _spun_words are the spun words the collocation findings report, read
# back from the matches they cover. The findings' spans are collected into
# a set first, so each match is looked up once: pairing every finding with
# every match was quadratic, and a long spun text has thousands of both.
_spun_words := {entry.spun |
	spans := {[f.start, f.end] | some f in collocation.report}
	some m in input.matches.collocation
	[m.start, m.end] in spans
	entry := data.gwlint.patterns.collocation[m.entry]
}
