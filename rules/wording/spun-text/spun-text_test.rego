package gwlint.rules.wording["spun-text_test"]

import data.gwlint.rules.wording["spun-text"] as spun

findings(text) := fs if {
	fs := spun.report with input as gwlint.input("t.txt", text)
}

spun_doc := concat("\n", [
	"关于创先争优活动的自我评价",
	"现将有关情景报告如下。一、基本情景。全体党员进取主动参与，构成了浓厚氛围，推动发展的本事进一步提升，取得了必须成效。",
])

test_spun_document_is_reported_once_on_the_title if {
	fs := findings(spun_doc)
	count(fs) == 1
	some f in fs
	f.start == 0
	contains(f.message, "伪原创")
}

test_clean_document_is_not_reported if {
	count(findings(concat("\n", [
		"关于创先争优活动的自我评价",
		"现将有关情况报告如下。一、基本情况。全体党员积极主动参与，形成了浓厚氛围，推动发展的能力进一步提升，取得了一定成效。",
	]))) == 0
}

test_one_kind_of_hit_is_not_spinning if {
	count(findings(concat("\n", [
		"工资集体协商工作总结",
		"团体协商、团体合同、团体谈判、团体协商、团体合同、团体谈判。",
	]))) == 0
}

test_thresholds_come_from_options if {
	count(spun.report) == 0 with input as gwlint.input("t.txt", spun_doc)
		with data.gwlint.settings.options.wording["spun-text"].min_hits as 50
}
