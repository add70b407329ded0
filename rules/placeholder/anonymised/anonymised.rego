# METADATA
# title: 匿名化的名称（某省、某县、某某同志）
# description: |
#   Flags 某 standing in for a name the document should state: a place
#   (某省, 某县总工会), a unit (某单位, 某公司), a person (某某同志, 某主席) or
#   a date (某年上半年, 某年某月某日). Copies of reports published on 范文
#   sites, and redacted copies passed around as models, replace real names
#   this way; a report submitted with them still in place has been copied,
#   not written, and names nobody. It is an info finding because a writer
#   may anonymise on purpose, for example in a case study.
#
#   The class is a closed list of what 某 replaces, never 某 alone, so the
#   ordinary words 某些, 某种, 某一, 某个, 某项 (某项工作), 某方面, 某类,
#   某次, 某人 and 某位 are not flagged, and exclusions keep out words that
#   merely start like an entry (某市场, 某区域, 某省份, 某年级, 某校区).
#   Masks written with X, * or _ are placeholder/unfilled's. The list is
#   data (rules/data/anonymised.yaml, patterns.anonymised); add entries with
#   a data file of your own.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#placeholderanonymised
# custom:
#   id: placeholder/anonymised
#   category: placeholder
#   severity: info
#   needs: [matches.anonymised]  # reports only when one of these is non-empty
#   bad:
#     - text: 某年上半年，某县总工会认真贯彻落实上级工会的部署。
#       note: 某年 and 某县 hide the year and the county
#     - text: 推荐某省省劳动模范某某同志参加全国评选。
#   good:
#     - text: 某些企业工会作用发挥还不够明显，某项工作还有差距。
#       note: 某些 and 某项 are ordinary words
#     - text: 在某种程度上，市场经济对某一类企业影响较大。
package gwlint.rules.placeholder.anonymised

import data.gwlint.match
import data.gwlint.result

report contains finding if {
	some [m, entry] in match.kept("anonymised")
	finding := result.fail(
		rego.metadata.chain(),
		m,
		sprintf("“%s”是匿名化的写法，像是范文或脱敏稿隐去了%s：请写明实际的%s", [m.text, entry.what, entry.what]),
	)
}
