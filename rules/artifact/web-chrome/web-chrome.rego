# METADATA
# title: 网页残留的导航栏、网站名和推荐语
# description: |
#   Flags the furniture of the web page a document was copied from: the
#   site's name (灵感范文站, …范文网), breadcrumbs (位置:首页 > 公文 > 工会社团,
#   当前位置, 您的位置), the editor's blurb (下面是小编整理的……仅供参考), article
#   metadata (发布时间：, 阅读次数：, 来源：…网), download and paywall prompts
#   (下载本文, 想阅读完全部内容), links (上一篇：, 相关推荐), disclaimers and
#   copyright lines, and the 范文 suffix a site adds to titles (工作总结范文).
#   None of it belongs to the document: a report handed in with a site's
#   name or breadcrumb on top shows it was downloaded, not written.
#
#   Matching is on simplified text, so traditional pages (首頁, 範文站) are
#   found too. Deliberately not flagged: generic words that only look like
#   site furniture inside a sentence (做好相关推荐工作, 推荐阅读《…》, 本文件仅供
#   参考, 供学习参考 in a 通知), web addresses in the body (a 通知 may give one),
#   and short lines ending in 网 or 站 after the title (服务站 is a unit).
#   Site names with a generic ending (…网, …文库) count only before the title.
#   Attributions injected into sentences (本稿件属于, 本文由…网整理) are
#   artifact/watermark. Patterns: rules/data/artifact.yaml, list
#   patterns.artifact_site (entries with rule: web-chrome).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifactweb-chrome
# custom:
#   id: artifact/web-chrome
#   category: artifact
#   severity: error
#   needs: [matches.artifact_site]  # reports only when one of these is non-empty
#   bad:
#     - text: "灵感范文站\n\n位置:首页 > 公文 > 工会社团\n\n县总工会创先争优工作总结\n\n一年来，县总工会认真开展各项工作。"
#       note: the site name and the breadcrumb of the page
#     - text: "县总工会半年工作总结\n\n下面是小编整理的县总工会半年工作总结，仅供参考。\n\n半年来，我县各级工会认真开展各项工作。"
#     - text: "发布时间：2023-07-05 09:14:55"
#   good:
#     - text: "南湖街道户外劳动者服务站\n\n2024年工作总结\n\n一年来，服务站为户外劳动者提供休息场所。"
#       note: a unit whose name ends in 站 is not a website
#     - text: 各基层工会要做好相关推荐工作，推荐阅读书目见附件。
package gwlint.rules.artifact["web-chrome"]

import data.gwlint.artifact

report contains finding if {
	some [m, entry] in artifact.kept("artifact_site")
	entry.rule == "web-chrome"
	finding := artifact.report(
		rego.metadata.chain(),
		m,
		entry,
		sprintf("网页残留的%s“%s”：这不是文档内容，请删除", [entry.what, artifact.quote(m.text)]),
	)
}
