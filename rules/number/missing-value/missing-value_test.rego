package gwlint.rules.number["missing-value_test"]

import data.gwlint.rules.number["missing-value"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

# texts are the flagged texts, read back from the facts the findings cover.
texts(text) := {g.text |
	some f in findings(text)
	some g in gwlint.input("t.txt", text).facts.missing_numbers
	g.start == f.start
	g.end == f.end
}

test_amount_deleted_before_yuanzheng if {
	texts("我镇工会共支出元整，无账外账。") == {"支出元整"}
}

test_count_after_counting_verb if {
	texts("两年共完成组建家，发展会员4186人。") == {"组建家"}
}

test_percent_without_value if {
	texts("受理案件38件，处理率达%。") == {"达%"}
}

test_list_of_amounts if {
	count(findings("两次慰问活动经费分别为元，元。")) == 2
}

test_month_and_year if {
	texts("今年的月份是安全生产月，在年的基础上再上台阶。") == {"今年的月份", "在年"}
}

test_words_with_unit_characters_are_not_gaps if {
	count(findings("帮助青年职工组建家庭，人人参与，慰问残疾人，建立职工之家。")) == 0
}

test_vague_counts_supply_a_number if {
	count(findings("为职工送上百部影片，已巡回放映多场，参训人员若干名。")) == 0
}

test_complete_figures if {
	count(findings("共支出经费12.6万元，处理率达98%，今年6月份开展宣传。")) == 0
}

test_message_names_text_and_unit if {
	some f in findings("我镇工会共支出元整。")
	contains(f.message, "“支出元整”")
	contains(f.message, "“元整”前")
	f.rule == "number/missing-value"
}

test_percent_message if {
	some f in findings("处理率达%。")
	contains(f.message, "百分比数值")
}

test_message_for_a_unit_standing_alone if {
	msgs := {f.message | some f in findings("两次慰问活动经费分别为元，元。")}
	"“元”前缺少数字，请补上具体数字" in msgs
}

test_points_value_and_ten_thousands if {
	texts("入会率较去年同期提高了个百分点。") == {"提高了个百分点"}
	texts("送去防暑降温物品，价值元。") == {"价值元"}
	texts("全年服务职工力争突破万人次。") == {"突破万人次"}
}

test_unit_closing_a_visiting_clause if {
	texts("分组走访慰问困难职工户，发放慰问金5万元。") == {"困难职工户"}
	count(findings("分组走访慰问困难户、贫困户和个体户，发放慰问金5万元。")) == 0
}

test_vague_counts_of_points_and_ten_thousands if {
	count(findings("入会率提高了几个百分点，满意率提高了一个百分点，覆盖率提高了3个百分点。")) == 0
	count(findings("全年服务职工上万人次，培训数万人次，接待近万人次。")) == 0
}
