package gwlint.rules.artifact.watermark_test

import data.gwlint.rules.artifact.watermark as rule
import data.gwlint.testutil

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_injected_manuscript_owner if {
	flagged_in("上半年，建立基层本稿件属于工会组织12个，会员达800余人。") == {"本稿件属于"}
}

test_manuscript_owner_fix_is_safe if {
	some f in findings("建立基层本稿件属于工会组织12个。")
	f.suggestions[0].replacement == ""
	f.suggestions[0].safe == true
}

test_site_attributions if {
	flagged_in("本文由第一范文网整理。更多范文请访问第一范文网。") == {"本文由第一范文网整理", "更多范文请访问第一范文网"}
}

test_reprint_notice_is_one_finding if {
	flagged_in("版权所有，转载请注明出处。") == {"版权所有，转载请注明出处"}
}

test_source_attribution if {
	flagged_in("本文来源于中国范文网，仅作学习交流之用。") == {"本文来源于中国范文网"}
}

test_ordinary_sources_are_not_watermarks if {
	count(findings("报告中的数据来源于县统计局，转载的先进事迹材料均已注明出处。")) == 0
	count(findings("本稿件经县总工会审核后印发。")) == 0
}

test_web_chrome_is_not_a_watermark if {
	count(findings("版权所有：某某文秘网")) == 0
}

test_notices_about_sources_are_not_watermarks if {
	count(findings("更多信息请登录县总工会网站查询，引用他人观点须注明出处。")) == 0
}
