package gwlint.rules.artifact.mojibake_test

import data.gwlint.rules.artifact.mojibake as rule

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

test_gbk_read_as_latin1 if {
	fs := findings("县总工会ÔÚÕâ¸öÐÅÏ¢时代，大力推进工会工作。")
	count(fs) == 1
	some f in fs
	f.message == "“ÔÚÕâ¸öÐÅÏ¢”是乱码：按GBK重新解码应为“在这个信息”，请从原文重新复制这段文字"
	f.suggestions[0].replacement == "在这个信息"
	f.suggestions[0].safe == false
}

test_utf8_read_as_windows_1252 if {
	some f in findings("2024å¹´å·¥ä½œæ€»ç»“")
	f.suggestions[0].replacement == "年工作总结"
}

test_undecodable_garbage_is_still_flagged if {
	fs := findings("县总工会ÿþýüûú时代。")
	count(fs) == 1
	some f in fs
	not f.suggestions
}

test_european_words_and_symbols_pass if {
	count(findings("邀请法国专家Société Générale的代表为职工讲解金融知识，德国Größe公司参加。")) == 0
	count(findings("宣传栏规格为3×4米，室温保持在26°C，参加人员有阿卜杜·热合曼等，“××”单位。")) == 0
}
