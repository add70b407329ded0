package gwlint.rules.placeholder.unfilled_prompts_test

import data.gwlint.rules.placeholder.unfilled
import data.gwlint.testutil

findings(text) := fs if {
	fs := unfilled.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_bracketed_slot_names if {
	flagged_in("【单位名称】工会委员会于〔填写日期〕召开会员大会，由【主席姓名】主持。") == {"【单位名称】", "〔填写日期〕", "【主席姓名】"}
}

test_parenthesised_prompts if {
	flagged_in("一是加强组织领导（此处填写具体做法）；二是完善制度（根据本单位实际填写）。") == {"（此处填写具体做法）", "（根据本单位实际填写）"}
}

test_square_brackets_and_half_width if {
	flagged_in("全年共发放慰问金[请输入金额]元，慰问职工(请输入人数)人。") == {"[请输入金额]", "(请输入人数)"}
}

test_ordinary_brackets_pass if {
	count(findings("根据柳工发〔2024〕15号文件和《工会法》（试行）精神，活动时间（待定）另行通知。")) == 0
	count(findings("【典型案例】某企业工会开展集体协商的做法。【工作动态】县总工会召开全委会。")) == 0
}

test_labels_with_values_pass if {
	count(findings("【活动日期】：2024年5月6日，【联系电话】：0771-1234567。")) == 0
}

test_prompt_message_asks_to_remove_it if {
	some f in findings("【单位名称】工会委员会")
	contains(f.message, "删去")
}
