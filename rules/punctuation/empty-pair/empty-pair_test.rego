package gwlint.rules.punctuation["empty-pair_test"]

import data.gwlint.rules.punctuation["empty-pair"] as rule
import data.gwlint.testutil

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_empty_quotes if {
	flagged_in("认真做好“ ”海峡两岸职工交流，开展“”主题活动。") == {"“ ”", "“”"}
}

test_empty_book_title_and_brackets if {
	flagged_in("根据《》精神，成立（）领导小组，参照【】执行。") == {"《》", "（）", "【】"}
}

test_filled_pairs_pass if {
	count(findings("认真做好“6·18”活动，根据《工会法》精神，成立（县级）领导小组。")) == 0
}

test_code_parens_pass if {
	count(findings("调用 count() 函数统计人数。")) == 0
}

test_message if {
	some f in findings("开展“”主题活动")
	contains(f.message, "引号")
}
