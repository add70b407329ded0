package gwlint.rules.wording["repeated-char_test"]

import data.gwlint.rules.wording["repeated-char"] as repeated
import data.gwlint.testutil

findings(text) := fs if {
	fs := repeated.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_office_suffix_before_punctuation if {
	flagged_in("加强与县人力资源和社会保障局局、县经济和商务局的联系。") == {"局局"}
	flagged_in("县人社局局对辖区企业开展检查。") == {"局局"}
}

test_office_suffix_before_a_title_is_fine if {
	count(findings("社会保障局局长、宣传部部长和县委委员到会。")) == 0
}

test_function_word_doubles if {
	flagged_in("切实维护好职工的的合法权益，完成了了全年任务。") == {"的的", "了了"}
}

test_second_copy_starting_a_word_is_fine if {
	count(findings("为了了解情况，有的的确困难，不了了之的问题。")) == 0
}

test_reduplication_patterns_are_fine if {
	count(findings("的的确确解决了问题，实实在在，县县、乡乡都建立了工会。")) == 0
}

test_word_joins_from_the_clean_corpus if {
	count(findings("职工工作、工会会员、每年年底、本校校务、账账相符、常常、人人、件件。")) == 0
}

test_legitimate_word_ending_plus_function_word if {
	count(findings("实现目的的手段，现在在岗职工，参与与配合。")) == 0
}
