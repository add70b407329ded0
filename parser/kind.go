package parser

import "strings"

// Document kinds, read from the title. The values are the Chinese names
// configuration profiles are keyed by.
const (
	KindSummary         = "工作总结"
	KindHalfYearSummary = "半年工作总结"
	KindAnnualSummary   = "年度工作总结"
	KindSelfCheck       = "自查报告"
	KindDutyReport      = "述职报告"
	KindSelfAssessment  = "自我评价"
	KindWorkReport      = "工作汇报"
	KindWorkPlan        = "工作计划"
	KindOther           = "other"
)

// kindRules are tried in order; the first whose words all occur in the
// (simplified) title wins. The order settles titles that name two kinds:
// 述职 beats 报告, 自查…报告 beats 报告, 总结 beats the 打算 of
// 工作总结及明年工作打算, and the period words only refine 总结.
var kindRules = []struct {
	kind  string
	words []string // all must occur
	any   []string // one must occur, if given
}{
	{kind: KindDutyReport, words: []string{"述职"}},
	{kind: KindSelfCheck, words: []string{"自查", "报告"}},
	{kind: KindSelfAssessment, any: []string{"自我评价", "自我鉴定"}},
	{kind: KindHalfYearSummary, words: []string{"总结"}, any: []string{"上半年", "半年", "年中"}},
	{kind: KindAnnualSummary, words: []string{"总结"}, any: []string{"年度", "全年", "年终"}},
	{kind: KindSummary, words: []string{"总结"}},
	{kind: KindWorkReport, words: []string{"汇报"}},
	{kind: KindWorkPlan, any: []string{"计划", "打算", "要点"}},
}

// kindOf reads the document kind from a title; "other" when the title
// names none (or there is no title).
func kindOf(title string) string {
	t := toSimplified(title)
	for _, rule := range kindRules {
		if containsAll(t, rule.words) && (len(rule.any) == 0 || containsAny(t, rule.any)) {
			return rule.kind
		}
	}
	return KindOther
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// traditionalToSimplified covers the traditional characters of the words
// kinds, titles and preamble lines are recognized by (總結, 述職報告,
// 自我評價, 鑑定, 彙報, 計劃, 要點, 年終; 範文網, 當前位置, 來源, 發佈時間).
// It is not a converter: only these words matter here, and the OpenCC
// tables would cost far more than they add.
var traditionalToSimplified = strings.NewReplacer(
	"總", "总", "結", "结", "職", "职", "報", "报", "評", "评", "價", "价",
	"鑒", "鉴", "鑑", "鉴", "匯", "汇", "彙", "汇", "計", "计", "劃", "划",
	"畫", "划", "點", "点", "終", "终", "階", "阶", "節", "节", "範", "范",
	"網", "网", "頁", "页", "庫", "库", "當", "当", "現", "现", "麼", "么",
	"來", "来", "經", "经", "過", "过", "會", "会", "這", "这", "為", "为",
	"爲", "为", "並", "并", "從", "从", "對", "对", "將", "将", "與", "与",
	"時", "时", "於", "于", "後", "后", "發", "发", "陸", "陆", "貳", "贰",
	"參", "参", "萬", "万", "億", "亿", "兩", "两", "題", "题", "綜", "综",
	"據", "据", "關", "关", "頻", "频", "導", "导",
	"個", "个", "條", "条", "項", "项", "處", "处", "單", "单", "線", "线",
	"佈", "布", "閱", "阅", "讀", "读", "擊", "击", "瀏", "浏", "覽", "览",
	"編", "编", "輯", "辑", "責", "责", "號", "号", "論", "论", "壇", "坛",
	"間", "间", "數", "数",
)

// toSimplified maps the traditional characters this package matches words
// against to their simplified forms.
func toSimplified(s string) string { return traditionalToSimplified.Replace(s) }
