package gwlint.rules.number["count-mismatch_test"]

import data.gwlint.rules.number["count-mismatch"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

# flagged returns the count texts the findings point at.
flagged(text) := {c.text |
	some f in findings(text)
	some c in gwlint.input("t.txt", text).facts.counts
	c.start == f.start
}

test_fewer_items_than_announced if {
	flagged("标题\n园区工会从以下五个方面开展工作：\n一是推进建会入会。\n二是做好帮扶慰问。\n三是丰富文化生活。") == {"五个方面"}
}

test_more_items_than_announced if {
	flagged("标题\n存在的问题主要有两点：一是覆盖面不广；二是精准度不高；三是经费不足。") == {"两点"}
}

test_child_headings if {
	flagged("标题\n一、抓好三项重点工作\n（一）建会入会\n正文。\n（二）帮扶慰问\n正文。\n二、存在的问题\n正文。") == {"三项重点"}
}

test_partial_list_longer_than_count if {
	flagged("标题\n通过学习发动、分析评议、整改提高、巩固成果等三个阶段推进。") == {"三个阶段"}
}

test_full_list_with_size if {
	flagged("标题\n召开劳动、工会、企业、社区三方协商会议。") == {"三方协商"}
}

test_partial_list_shorter_than_count_is_fine if {
	count(findings("标题\n东河精密机械有限公司等五家企业被评为示范单位。")) == 0
	count(findings("标题\n黄永钊等7位同志获得市五一奖章。")) == 0
}

test_matching_counts if {
	count(findings("标题\n存在的问题主要有两点：一是覆盖面不广；二是精准度不高。")) == 0
	count(findings("标题\n竞赛设竹编、制茶、电焊三个比赛项目。")) == 0
}

test_more_headings_than_announced_is_fine if {
	count(findings("标题\n全年重点做好以下两个方面的工作。\n一、加强思想引领\n正文。\n二、推动建功立业\n正文。\n三、存在的问题\n正文。")) == 0
}

test_slogans_and_references_are_not_announcements if {
	count(findings("标题\n坚持“五查五看”：一是学习；二是实践。")) == 0
	count(findings("标题\n做好服务企业和维护职工合法权益这两篇文章：一是服务；二是维权；三是监督。")) == 0
}

test_joined_list_is_not_counted if {
	count(findings("标题\n联系县工业园区和城东、城西三个片区。")) == 0
}

test_message_names_items if {
	some f in findings("标题\n存在的问题主要有两点：一是覆盖面不广；二是精准度不高；三是经费不足。")
	contains(f.message, "“两点”说明有2项")
	contains(f.message, "列出了3项（一是、二是、三是）")
}
