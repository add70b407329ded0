package gwlint.rules.artifact["hard-wrap_test"]

import data.gwlint.rules.artifact["hard-wrap"] as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

wrapped_title := "乡镇机关工会委员会开展会员评家工作情\n况自查报告\n根据上级通知要求，现将有关情况报告如下。"

test_break_inside_the_title if {
	fs := findings(wrapped_title)
	count(fs) == 1
	some f in fs
	f.message == "“展会员评家工作情⏎况自查报告”中间有硬换行，把一句话断成了两行：请把两行接上"
}

test_fix_joins_the_lines if {
	some f in findings(wrapped_title)
	f.suggestions[0].replacement == ""
	f.suggestions[0].safe == true
}

test_break_inside_a_sentence if {
	count(findings("工作总结\n我们始终把会员群众的满意度作为\n评判工会工作的标准，认真开展测评。")) == 1
}

test_breaks_after_a_pause if {
	count(findings("工作总结\n我们认真贯彻上级文件精神，健全各项组织制度，\n大力宣传会员评家工作的重要意义。")) == 1
}

test_separate_lines_are_not_wraps if {
	count(findings("工作总结\n一、主要工作\n全年新建基层工会12家，发展会员860名。\n二、存在的问题\n活动形式还不够丰富。")) == 0
	count(findings("工作总结\n加强组织领导,提高认识\n认真贯彻落实上级文件精神。")) == 0
}
