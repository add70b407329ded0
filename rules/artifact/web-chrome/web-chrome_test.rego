package gwlint.rules.artifact["web-chrome_test"]

import data.gwlint.rules.artifact["web-chrome"] as rule
import data.gwlint.testutil

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

test_site_name_and_breadcrumb_before_the_title if {
	text := "灵感范文站\n\n位置:首页\u00a0>\u00a0公文\u00a0>\u00a0工会社团\n\n县总工会创先争优工作总结\n\n一年来，县总工会认真开展各项工作。"
	flagged_in(text) == {"灵感范文站", "位置:首页\u00a0>\u00a0公文\u00a0>\u00a0工会社团"}
}

test_traditional_page if {
	text := "靈感範文站\n\n當前位置：首頁 > 範文 > 工作總結\n\n縣總工會工作總結\n\n一年來，縣總工會認真開展各項工作。"
	flagged_in(text) == {"靈感範文站", "當前位置：首頁 > 範文 > 工作總結"}
}

test_generic_site_name_only_before_the_title if {
	count(findings("百度文库\n\n县总工会工作总结\n\n一年来，县总工会认真开展各项工作。")) == 1
	count(findings("县总工会工作总结\n\n一年来，县职工服务网\n\n建成了。")) == 0
	count(findings("南湖街道户外劳动者服务站\n\n2024年工作总结\n\n一年来，服务站为户外劳动者提供休息场所。")) == 0
}

test_editor_blurb_and_metadata if {
	text := "县总工会半年工作总结\n\n下面是小编整理的县总工会半年工作总结，希望对大家有所帮助。\n\n发布时间：2023-07-05 09:14:55\n\n半年来，我县各级工会认真开展工作。"
	flagged_in(text) == {"下面是小编整理的县总工会半年工作总结，希望对大家有所帮助。", "发布时间：2023-07-05 09:14:55"}
}

test_links_paywall_and_footer if {
	text := concat("\n", [
		"县总工会工作总结",
		"一年来，县总工会认真开展各项工作。（想阅读完全部内容，您需要支付10元）",
		"上一篇：县总工会上半年工作总结",
		"相关推荐",
		"版权所有：某某文秘网",
	])
	flagged_in(text) == {"（想阅读完全部内容，您需要支付10元）", "上一篇：县总工会上半年工作总结", "相关推荐", "版权所有：某某文秘网"}
}

test_title_suffix_of_the_site if {
	flagged_in("县总工会半年工作总结范文 半年来，我县各级工会认真开展工作。") == {"总结范文"}
	count(findings("组织学习优秀总结范文写作方法。")) == 0
}

test_words_inside_sentences_are_not_chrome if {
	count(findings("县总工会工作总结\n\n各基层工会要做好相关推荐工作，推荐阅读书目见附件。本文件仅供参考，现将学习资料印发给你们，供大家学习参考。")) == 0
}

test_address_in_the_body_is_not_chrome if {
	count(findings("县总工会工作总结\n\n报名请登录 https://www.example.gov.cn 填写信息。")) == 0
}

test_message_quotes_and_fix_deletes if {
	some f in findings("当前位置：首页 > 范文 > 工作总结\n\n县总工会工作总结\n\n一年来，县总工会认真开展各项工作。")
	contains(f.message, "“当前位置：首页 > 范文 > 工作总结”")
	f.suggestions[0].replacement == ""
	f.suggestions[0].safe == false
}

test_byline_only_before_the_title if {
	flagged_in("作者：佚名\n\n县总工会工作总结\n\n一年来，县总工会认真开展各项工作。") == {"作者：佚名"}
	count(findings("学习心得\n\n读了这篇文章，我深受教育。\n\n作者：县总工会办公室 王明")) == 0
}

test_address_lines_and_copyright_owners_are_not_chrome if {
	count(findings("工作总结\n\n位置：县职工服务中心三楼\n\n要保护版权所有者的合法权益。")) == 0
}
