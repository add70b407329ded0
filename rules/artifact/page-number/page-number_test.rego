package gwlint.rules.artifact["page-number_test"]

import data.gwlint.rules.artifact["page-number"] as rule
import data.gwlint.testutil

findings(text) := fs if {
	fs := rule.report with input as gwlint.input("t.txt", text)
}

flagged_in(text) := testutil.flagged(findings(text), gwlint.input("t.txt", text))

# Three page lines of a PDF text layer, each starting with its page number
# and cut in mid-word.
pdf_pages := concat("\n", [
	concat("", ["1、县总工会半年工作总结 半年来，我县各级工会在县委、县政府和上级工会的坚强领导下，", _filler, "团结动员全县职工在实施“十"]),
	concat("", ["2、一五”规划中充分发挥主力军作用。", _filler, "进一步发挥工人阶级在推动经济社会发展中的主力军作用，深刻领会会议精"]),
	concat("", ["3、神，找准工会在全县工作大局中的定位。", _filler, "在服务全县工作大局中充分发挥工会组织的作用。"]),
])

_filler := concat("", [
	"以邓小平理论和“三个代表”重要思想为指导，全面贯彻科学发展观和“组织起来、切实维权”的工作方针，",
	"围绕建设工业强县的宏伟目标，以服务全局工作为大、增强基层活力为先、完善维权机制为重、构建和谐劳动关系为本，",
	"努力推动工会体制创新、机制创新和工作载体创新，不断扩大工会工作的覆盖面、增强工会组织凝聚力，",
])

test_pdf_page_numbers if {
	fs := findings(pdf_pages)
	count(fs) == 3
	{f.message | some f in fs} == {
		"正文中残留的PDF页码“1、”：请删除",
		"PDF页码“2、”把句子断开了：请删除页码，并把前后文字接上",
		"PDF页码“3、”把句子断开了：请删除页码，并把前后文字接上",
	}
}

test_page_number_fix_is_safe_deletion if {
	some f in findings(pdf_pages)
	f.suggestions[0].replacement == ""
	f.suggestions[0].safe == true
}

test_page_number_lines if {
	text := "一、主要工作\n\n全年新建基层工会12家。\n\n— 2 —\n\n二、存在的问题\n\n活动形式还不够丰富。\n\n第3页 共5页\n"
	count(findings(text)) == 2
}

test_inline_page_footers if {
	flagged_in("县总工会切实维护职工— 2 —合法权益，第2页 共5页全年办结案件12件。") == {"— 2 —", "第2页 共5页"}
}

test_dates_phone_numbers_and_lists_are_not_page_numbers if {
	count(findings("会议于2024-10-12召开，联系电话0771-2-8812345，详见第2页。")) == 0
	count(findings("一、主要工作\n1、新建基层工会12家。\n2、发展会员860名。\n3、开展培训6期。")) == 0
}
