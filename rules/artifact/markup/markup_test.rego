package gwlint.rules.artifact.markup_test

import data.gwlint.rules.artifact.markup as rule
import data.gwlint.testutil

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

office_ns := `<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />`

test_office_namespace_declaration if {
	text := sprintf("现将有关情况总结如下:%s", [office_ns])
	flagged_in(text) == {office_ns}
	some f in findings(text)
	f.suggestions[0].safe == true
}

test_office_and_html_tags if {
	flagged_in("慰问困难职工120户<o:p></o:p>，<span style=\"font-size:14pt\">发放慰问金</span>6万元。<br>") == {"<o:p>", "</o:p>", "<span style=\"font-size:14pt\">", "</span>", "<br>"}
}

test_entities_are_replaced_by_their_character if {
	text := "开展“送温暖”&nbsp;活动，慰问&ldquo;两癌&rdquo;患者&amp;困难职工。"
	flagged_in(text) == {"&nbsp;", "&ldquo;", "&rdquo;", "&amp;"}
	{[f.suggestions[0].replacement, f.suggestions[0].safe] | some f in findings(text)} == {["", false], ["“", true], ["”", true], ["&", true]}
}

test_style_code if {
	flagged_in("全年举办培训班6期mso-bidi-font-size:10.5pt;，参训职工600人。") == {"mso-bidi-font-size:10.5pt;"}
}

test_conditional_comments if {
	flagged_in("<!--[if gte mso 9]>全年举办培训班6期<![endif]-->") == {"<!--[if gte mso 9]>", "<![endif]-->"}
}

test_angle_bracket_book_titles_are_not_markup if {
	count(findings("认真学习<<工会法>>和<<劳动法>>，做到a<b时及时报告。")) == 0
}

test_markdown_entities_are_markup_of_the_format if {
	count(findings("# 工作总结\n\n开展“送温暖”&nbsp;活动。\n")) == 1
	count(rule.report) == 0 with input as gwlint.input("t.md", "# 工作总结\n\n开展“送温暖”&nbsp;活动。\n")
}
