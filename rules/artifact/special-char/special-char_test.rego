package gwlint.rules.artifact["special-char_test"]

import data.gwlint.rules.artifact["special-char"] as rule
import data.gwlint.testutil

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_zero_width_characters if {
	flagged_in("全县新建基层工会\u200b12家，发展\u200c\u200d会员\ufeff860名。") == {"\u200b", "\u200c\u200d", "\ufeff"}
}

test_control_characters if {
	flagged_in("全县新建基层工会\f12家，发展\u0001会员860名。") == {"\f", "\u0001"}
}

test_invisible_fix_is_safe_deletion if {
	some f in findings("全县新建基层工会\u200b12家。")
	f.suggestions[0].replacement == ""
	f.suggestions[0].safe == true
	f.message == "“全县新建基层工会▯12家。”中有1个零宽或方向控制等不可见字符：请删除"
}

test_lost_characters_have_no_fix if {
	fs := findings("慰问困难职工\ufffd\ufffd户，由\ue000同志负责。")
	count(fs) == 2
	every f in fs {
		not f.suggestions
		contains(f.message, "请对照原文补上")
	}
}

test_tabs_and_ideographic_spaces_are_text if {
	count(findings("一、主要工作\n\t全县新建基层工会12家。\n\u3000\u3000发展会员860名。")) == 0
}

test_c1_characters_inside_mojibake_are_left_to_mojibake if {
	count(findings("工作总结å·¥ä½\u009cæ\u0080»ç»\u0093")) == 0
}
