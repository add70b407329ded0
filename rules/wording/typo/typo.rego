# METADATA
# title: 错别字与不规范词形
# description: |
#   Flags misspellings and non-standard word forms from a curated list of
#   confusion pairs: 布署→部署, 帐目→账目, 再接再励→再接再厉, 二个→两个,
#   截止6月底→截至6月底, 开展的不够→开展得不够, 有力的条件→有利的条件, and the
#   non-recommended forms of 《第一批异形词整理表》. A 公文 with a wrong
#   character reads as careless and can change meaning (权力/权利), and
#   offices that receive reports send them back for it.
#
#   Every pair is data (rules/data/typo.yaml), with the standard or usage
#   guide it comes from (typo_sources). Precision comes first, so the list
#   only holds forms that are wrong wherever they occur as a word:
#   two-character forms are checked against the word boundaries of the
#   segmented paragraph (二个 in 十二个 or 第二个, 人材 in 个人材料 are not
#   flagged), 帐 is correct in 帐篷 and 蚊帐, and 截止到目前 is correct (only
#   截止 directly followed by a date is the 截至 error). Context-dependent
#   pairs (反映/反应, 权力/权利 outside 权利和义务, 做/作 outside a few fixed
#   phrases) are not listed. Entries may carry their own severity: style
#   preferences such as 其它→其他 and 做出决定→作出决定 are info.
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#wordingtypo
# custom:
#   id: wording/typo
#   category: wording
#   severity: error
#   needs: [matches.typo]  # reports only when one of these is non-empty
#   bad:
#     - text: 县总工会党组专题研究布署，经费管理帐目完整。
#       note: 布署 should be 部署, 帐目 should be 账目
#     - text: 全年抓住二个重点，加大办案办度。
#       note: 两个 before a measure word; 办 for 力
#     - text: 截止6月底，工会活动开展的不够。
#   good:
#     - text: 县总工会党组专题研究部署，经费管理账目完整，并为防汛一线送去帐篷。
#     - text: 十二个乡镇中，第二个完成换届的是城关镇。
#     - text: 截止到目前，已有三家企业签订集体合同；截至6月底，工作开展得较好。
package gwlint.rules.wording.typo

import data.gwlint.match
import data.gwlint.wording

report contains finding if {
	some [m, entry] in match.kept("typo")
	wording.at_word(m)
	finding := wording.report(
		rego.metadata.chain(),
		m,
		entry,
		sprintf("“%s”应为“%s”%s", [m.text, wording.intended(m, entry), wording.note(entry)]),
	)
}
