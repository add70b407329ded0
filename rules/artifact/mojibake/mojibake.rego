# METADATA
# title: 编码错误造成的乱码
# description: |
#   Flags Chinese text that was decoded with the wrong encoding on its way
#   into the document: GBK read as Latin-1 (ÔÚÕâ¸öÐÅÏ¢ for 在这个信息) or
#   UTF-8 read as Windows-1252 (å·¥ä½œæ€»ç»“ for 工作总结). Each Chinese
#   character turns into two or three accented Latin letters and symbols,
#   and the passage is unreadable.
#
#   The test is a density test (facts/artifact/mojibake.go): a run of at
#   least four Latin-1 or Windows-1252 characters holding at least three
#   accented letters, with no ASCII letter among them. Real words in
#   European languages (élève, Größe) and symbols in Chinese text (× ° ·
#   “ ” —) never make such a run. One finding per paragraph, covering its
#   garbled runs. When the run, mapped back to bytes and decoded as UTF-8,
#   GBK or Big5, reads as Chinese, the message gives that text and offers
#   it as a suggestion for review (not safe: the whole passage should be
#   re-copied from the original).
# related_resources:
#   - ref: https://github.com/gwlint/gwlint/blob/main/docs/rules.md#artifactmojibake
# custom:
#   id: artifact/mojibake
#   category: artifact
#   severity: error
#   needs: [facts.artifact_mojibake]  # reports only when one of these is non-empty
#   bad:
#     - text: 县总工会ÔÚÕâ¸öÐÅÏ¢时代，大力推进工会工作。
#       note: GBK bytes of 在这个信息 read as Latin-1
#     - text: 2024å¹´å·¥ä½œæ€»ç»“
#   good:
#     - text: 邀请法国专家Société Générale的代表为职工讲解金融知识。
#     - text: 宣传栏规格为3×4米，室温保持在26°C，参加人员有阿卜杜·热合曼等。
package gwlint.rules.artifact.mojibake

import data.gwlint.artifact
import data.gwlint.result

report contains finding if {
	some garbled in input.facts.artifact_mojibake
	garbled.decoded != ""
	finding := result.fix(
		rego.metadata.chain(),
		garbled,
		sprintf("“%s”是乱码：按%s重新解码应为“%s”，请从原文重新复制这段文字", [garbled.text, garbled.encoding, artifact.quote(garbled.decoded)]),
		garbled.decoded,
		sprintf("按%s重新解码", [garbled.encoding]),
		false,
	)
}

report contains finding if {
	some garbled in input.facts.artifact_mojibake
	garbled.decoded == ""
	finding := result.fail(
		rego.metadata.chain(),
		garbled,
		sprintf("“%s”是乱码（文字的编码被弄错了）：请从原文重新复制这段文字", [garbled.text]),
	)
}
