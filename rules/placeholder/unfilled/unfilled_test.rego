package gwlint.rules.placeholder.unfilled_test

import data.gwlint.rules.placeholder.unfilled
import data.gwlint.testutil

findings(text) := fs if {
	fs := unfilled.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_letter_runs if {
	flagged_in("XX县总工会认真贯彻落实xx大精神，会员××名。") == {"XX", "xx", "××"}
}

test_year_and_date_masks if {
	flagged_in("自20__年开展活动以来，****年*月**日召开动员会，X月X日完成验收。") == {"20__年", "****年*月**日", "X月X日"}
}

test_year_mask_variants if {
	flagged_in("20XX年上半年和20xx年度的工作。") == {"20XX年", "20xx年"}
}

test_stars_and_underscores if {
	flagged_in("党组书记***担任组长，副主席___任副组长，全县****余名职工参加。") == {"***", "___", "****"}
}

test_single_star_mask if {
	text := "到*月底，县内*个地区完成组建。"
	flagged_in(text) == {"*"}
	count(findings(text)) == 2
}

test_boxes_and_circles if {
	flagged_in("由○○同志负责，联系电话□□□□。") == {"○○", "□□□□"}
}

test_words_are_not_slots if {
	count(findings("为职工免费进行X光检查和X射线透视，宣传栏规格为3×4米。")) == 0
	count(findings("本次采购XXL码工作服一百套，参照ISO 9001标准，纪念XXI届运动会。")) == 0
}

test_chinese_numeral_zero_is_not_a_slot if {
	count(findings("本方案自二○○三年起施行。")) == 0
}

test_snake_case_and_bullets_are_not_slots if {
	count(findings("配置项 max_count 设为10。")) == 0
	count(findings("* 加强组织领导\n* 完善工作机制")) == 0
}

test_multiplication_is_not_a_slot if {
	count(findings("宣传栏面积为3*4平方米。")) == 0
}

test_message_names_the_slot if {
	some f in findings("XX县总工会")
	contains(f.message, "“XX”")
	f.rule == "placeholder/unfilled"
}
