package numbers

import "sort"

// numberUnits are the measure words and units a counted number may carry,
// as written in 工会 and government reports. Units are read by the longest
// match (人次 before 人). 人 and 人次 are different bases on purpose: a total in 人
// and a part in 人次 are not comparable.
var numberUnits = newNumberUnitTable([]numberUnitRow{
	{"亿元", "元", 1e8}, {"万元", "元", 1e4}, {"千元", "元", 1e3}, {"百元", "元", 100}, {"元", "元", 1},
	{"个百分点", "百分点", 1}, {"百分点", "百分点", 1}, {"%", "%", 1}, {"％", "%", 1},
	{"人次", "人次", 1}, {"户次", "户次", 1}, {"场次", "场次", 1}, {"车次", "车次", 1}, {"班次", "班次", 1},
	{"批次", "批次", 1}, {"架次", "架次", 1},
	{"平方公里", "平方米", 1e6}, {"平方米", "平方米", 1}, {"公里", "米", 1000}, {"千米", "米", 1000},
	{"米", "米", 1}, {"公斤", "千克", 1}, {"千克", "千克", 1}, {"吨", "吨", 1}, {"亩", "亩", 1},
	{"个工作日", "工作日", 1}, {"个月", "月", 1}, {"小时", "小时", 1}, {"分钟", "分钟", 1},
	{"周岁", "岁", 1}, {"岁", "岁", 1},
	{"个", "个", 1}, {"人", "人", 1}, {"名", "人", 1}, {"位", "人", 1}, {"家", "家", 1}, {"户", "户", 1},
	{"次", "次", 1}, {"件", "件", 1}, {"项", "项", 1}, {"条", "条", 1}, {"篇", "篇", 1}, {"场", "场", 1},
	{"期", "期", 1}, {"张", "张", 1}, {"幅", "幅", 1}, {"部", "部", 1}, {"台", "台", 1}, {"套", "套", 1},
	{"所", "所", 1}, {"起", "起", 1}, {"天", "天", 1}, {"周", "周", 1}, {"年", "年", 1},
	{"支", "支", 1}, {"批", "批", 1}, {"届", "届", 1}, {"份", "份", 1}, {"本", "本", 1}, {"册", "册", 1},
	{"座", "座", 1}, {"间", "间", 1}, {"辆", "辆", 1}, {"块", "块", 1}, {"处", "处", 1}, {"类", "类", 1},
	{"种", "种", 1}, {"点", "点", 1}, {"班", "班", 1}, {"队", "队", 1}, {"组", "组", 1}, {"封", "封", 1},
	{"倍", "倍", 1},
})

// numberUnitRow is one written unit and how it normalises.
type numberUnitRow struct {
	text   string
	base   string
	factor float64
}

// numberUnitTable lists units longest first, so that the first prefix found is
// the longest one.
type numberUnitTable struct {
	rows  []numberUnitRow
	index *wordIndex // over the rows' texts
}

func newNumberUnitTable(rows []numberUnitRow) numberUnitTable {
	t := append([]numberUnitRow(nil), rows...)
	sort.SliceStable(t, func(i, j int) bool { return len(t[i].text) > len(t[j].text) })
	texts := make([]string, len(t))
	for i, u := range t {
		texts[i] = u.text
	}
	return numberUnitTable{rows: t, index: newWordIndex(texts)}
}

// prefix returns the longest unit at the start of s.
func (t numberUnitTable) prefix(s string) (numberUnitRow, bool) {
	if i := t.index.prefix(s); i >= 0 {
		return t.rows[i], true
	}
	return numberUnitRow{}, false
}
