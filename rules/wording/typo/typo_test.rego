package gwlint.rules.wording.typo_test

import data.gwlint.rules.wording.typo
import data.gwlint.testutil

findings(text) := fs if {
	fs := typo.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_common_misspellings if {
	flagged_in("县总工会专题研究布署，经费管理帐目完整，加大办案办度。") == {"布署", "帐目", "办度"}
}

test_er_ge_only_as_a_word if {
	flagged_in("全年抓住二个重点。") == {"二个"}
	count(findings("十二个乡镇中，第二个完成换届的是城关镇，二十二个村全部达标。")) == 0
}

test_zhang_in_tent_words_is_correct if {
	count(findings("为防汛一线送去帐篷和蚊帐。")) == 0
	flagged_in("规范报帐程序。") == {"报帐"}
}

test_jiezhi_with_a_date if {
	flagged_in("截止6月底，全县建会率达到95%。") == {"截止6月"}
	count(findings("截止到目前，已有三家企业签订集体合同；报名于5月10日截止。")) == 0
}

test_de_before_a_complement if {
	flagged_in("工会活动开展的不够。") == {"开展的不够"}
	count(findings("我们所做的不够多，开展得不够深入。")) == 0
}

test_youli_conditions if {
	flagged_in("为工会工作的开展创造了有力的条件。") == {"有力的条件"}
	count(findings("提供强有力的条件保障，创造有利条件。")) == 0
}

test_suggestion_is_safe_for_fixed_pairs if {
	some f in findings("再接再励")
	f.suggestions[0].replacement == "再接再厉"
	f.suggestions[0].safe == true
	f.rule == "wording/typo"
}

test_style_entries_are_info if {
	some f in findings("其它工作")
	f.severity == "info"
}

test_words_containing_a_wrong_form_across_a_boundary if {
	count(findings("整理个人材料，签订劳动合同。")) == 0
}

test_traditional_text_gets_a_message_but_no_mixed_script_fix if {
	some f in findings("經費管理帳目完整。")
	contains(f.message, "账目")
	not f.suggestions
}
