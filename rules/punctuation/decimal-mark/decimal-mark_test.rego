package gwlint.rules.punctuation["decimal-mark_test"]

import data.gwlint.rules.punctuation["decimal-mark"] as rule
import data.gwlint.testutil

doc(text) := gwlint.input("t.txt", text)

findings(text) := fs if {
	fs := rule.report with input as doc(text)
}

flagged_in(text) := testutil.flagged(findings(text), doc(text))

test_full_stop_as_decimal_point if {
	flagged_in("帮扶款物金额5。3万元，增长12。5%。") == {"5。3", "12。5"}
	some f in findings("金额5。3万元")
	f.suggestions[0].replacement == "5.3"
	f.suggestions[0].safe
}

test_comma_before_a_unit if {
	flagged_in("投入资金3，5万元，覆盖率达98，6%。") == {"3，5万", "98，6%"}
}

test_festival_split_by_full_stop if {
	flagged_in("三。八期间开展慰问，五。一劳动节表彰劳模，七。一前夕重温誓词。") == {"三。八期间", "五。一劳动节", "七。一前夕"}
	some f in findings("三。八期间")
	f.suggestions[0].replacement == "三八期间"
}

test_lists_and_sentence_ends_pass if {
	count(findings("1、2月份共组织培训3期，分获一、二等奖，数量为3、12、5%，全年接待300。10月份以来，投入3，5个项目，分别投入3，5万元，覆盖率达98、6%。")) == 0
}
