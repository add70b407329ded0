package numbers

import (
	"sort"
	"strings"
	"testing"
)

func missingOf(t *testing.T, text string) []MissingNumber {
	t.Helper()
	return extractText[[]MissingNumber](t, extractMissingNumbers, text)
}

func missingTexts(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, m := range missingOf(t, text) {
		out = append(out, m.Text)
	}
	sort.Strings(out)
	return out
}

// wantNoMissing fails the test for every text in which the extractor
// finds a missing number.
func wantNoMissing(t *testing.T, texts ...string) {
	t.Helper()
	for _, text := range texts {
		if got := missingTexts(t, text); len(got) > 0 {
			t.Errorf("%q: flagged %q", text, got)
		}
	}
}

// TestMissingNumbersOnSeeds measures the extractor against the labelled
// reference documents: at least 90% of the missing_number labels must be
// found, and nothing outside them (a hit on a label of another category,
// such as a masked placeholder, is not a false alarm).
func TestMissingNumbersOnSeeds(t *testing.T) {
	labelled, caught := 0, 0
	for _, s := range numbersSeeds(t) {
		got := extractMissingNumbers(s.doc, numbersTestEnv(t)).([]MissingNumber)
		hit := map[string]bool{}
		for _, m := range got {
			ls := numbersOverlapping(s.findings, m.Start, m.End)
			for _, l := range ls {
				hit[l.excerpt] = true
			}
			if len(ls) == 0 {
				t.Errorf("%s: unlabelled finding %q (%s, cue %q)", s.name, m.Text, m.Signal, m.Cue)
			}
		}
		for _, l := range s.findings {
			if l.category != "missing_number" {
				continue
			}
			labelled++
			if hit[l.excerpt] {
				caught++
			} else {
				t.Logf("%s: missed %q", s.name, l.excerpt)
			}
		}
	}
	t.Logf("recall %d/%d", caught, labelled)
	if labelled == 0 || caught*10 < labelled*9 {
		t.Errorf("recall %d/%d is below 90%%", caught, labelled)
	}
}

func TestMissingNumbersSilentOnCleanCorpus(t *testing.T) {
	env := numbersTestEnv(t)
	for name, doc := range numbersCleanDocs(t) {
		for _, m := range extractMissingNumbers(doc, env).([]MissingNumber) {
			t.Errorf("%s: %q (%s, cue %q)", name, m.Text, m.Signal, m.Cue)
		}
	}
}

func TestMissingNumbersFindDeletedFigures(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"全年共支出元整，无账外账。", []string{"支出元整"}},
		{"两年共完成组建家，发展会员4186人。", []string{"组建家"}},
		{"半年来共受理职工投诉件，处理率达%。", []string{"投诉件", "达%"}},
		{"两次慰问活动经费分别为元，元。", []string{"分别为元", "元"}},
		{"直接经济损失达亿元，受灾企业211家。", []string{"达亿元"}},
		{"今年的月份是安全生产月。", []string{"今年的月份"}},
		{"在年的基础上继续推进。", []string{"在年"}},
		{"会员人数达余人，比上年有所增长。", []string{"达余人"}},
		{"筹集帮扶资金万多元。", []string{"资金万多元"}},
		{"在全市个街道中挑选了家企业开展试点。", []string{"全市个", "挑选了家"}},
		{"据统计，共举办培训班期，培训职工人次。", []string{"培训班期", "职工人次"}},
		{"帮扶困难职工人，介绍再就业人。", []string{"困难职工人", "就业人"}},
		{"共有会员名，其中女会员1200名。", []string{"会员名"}},
		{"確定了戶補助對象，每月補助元。", []string{"確定了戶", "補助元"}},
		{"入会率较去年同期提高了个百分点。", []string{"提高了个百分点"}},
		{"筛查率较上年增长了个百分点。", []string{"增长了个百分点"}},
		{"送去防暑降温物品，价值元。", []string{"价值元"}},
		{"全年服务职工力争突破万人次。", []string{"突破万人次"}},
		{"分组走访慰问困难职工户，发放慰问金5万元。", []string{"困难职工户"}},
	}
	for _, tt := range tests {
		got := missingTexts(t, tt.text)
		sort.Strings(tt.want)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMissingNumbersIgnoreCompleteCounts(t *testing.T) {
	wantNoMissing(t,
		"两年共完成组建工会112家，发展会员4186人。",
		"帮助职工组建家庭，人人参与志愿服务。",
		"全面完成任务，与企业达成共识。",
		"为职工送上百部影片，已巡回放映多场。",
		"共发放慰问金18.4万元，走访困难户。",
		"每一笔支出都有经办人、证明人和审批人签字。",
		"建立职工之家，创建职工小家。",
		"组织部、宣传部负责，确定为示范单位，建立台账。",
		"共慰问困难职工和残疾人，落实到人、到户。",
		"街道总工会共接待职工来访86人次，调解纠纷19件。",
		"满意率达到95%，覆盖率达100％。",
		"每人每月补助300元，按季发放。",
		"会员达1200余人，较去年增长一成。",
		"组织职工参加技能比武，评选出技术能手十名。",
		"今年以来，各月份的任务均已完成。",
		"六月份是安全生产月，我们在6月份开展了宣传。",
		"在年底前完成全部建会任务，在去年的基础上再上台阶。",
		"组织开展培训数次，参训人员若干名。",
		"帮扶个案20多件，培训家政服务员447人。",
		"入会率提高了几个百分点，参会率提高了多个百分点。",
		"满意率提高了一个百分点，知晓率提高了两个百分点，覆盖率提高了3个百分点。",
		"全年服务职工上万人次，培训数万人次，接待近万人次。",
		"走访慰问困难户，走访慰问贫困户，走访慰问个体户、专业户。",
		"价值观教育深入人心，工作实现新突破。",
		"通过悬挂条幅、张贴标语等形式开展宣传。",
		"共建共享，公共场所全部禁烟。",
		"确定帮扶责任人，明确帮扶措施。",
		"全县人民群众踊跃参与，全市场推广。",
		"组织人事部门审核，介绍人签字。",
	)
}

func TestMissingNumbersNumeralsBeforeUnits(t *testing.T) {
	wantNoMissing(t,
		"组织开展宣讲二十场，参训职工三千余人，举办活动十余场，帮扶30多人。",
		"全县新建工会××个，发展会员**人。",
	)
}

// TestMissingNumbersIgnoreWordsWithUnitCharacters feeds cue words next to
// words that begin or end with a unit character, and nouns of quantity
// used as nouns.
func TestMissingNumbersIgnoreWordsWithUnitCharacters(t *testing.T) {
	wantNoMissing(t,
		"完成个税申报，建立个人档案，确定家访对象，参加人大会议，发展家庭农场。",
		"组织家长会，组织人员参加，达到人均水平，完成人均指标，慰问家属。",
		"涉及人员较多，支出元旦慰问费用，组织元旦联欢，完成项目建设，完成件数统计。",
		"组织名师授课，推荐名单公示，参加次日活动，组织次日出发，确定位置。",
		"组织位于城东的企业，建立位于园区的驿站，覆盖人口广，覆盖家庭多，惠及人群广。",
		"共计人数较多，接待人数增加，培训人数上升，受理件数下降，发放元宵节慰问品。",
		"组织元宵节活动，完成年度任务，组建人民调解委员会，建立人民调解组织。",
		"新建户外劳动者服务站，新建家庭医生工作室，全县人口增长，全市个体工商户增加，全区名优企业。",
		"全省项目建设，全县人民，全市人大代表，全镇户籍人口，全县家政企业。",
		"共同推进，共建共享，共青团，中共党员，公共场所，总共计划。",
		"达成协议，达标创建，达到要求，到达现场，传达文件，表达诉求。",
		"帮扶对象为困难职工本人，接待来访群众，受理职工投诉，调解劳动纠纷，追回欠薪。",
		"组织开展“送温暖”活动，慰问困难职工家庭，组织职工体检，组织参观学习。",
		"发放慰问金，补助对象为困难职工，资金来源为工会经费，经费支出规范。",
		"损失较大，损失严重，金额较大，总额控制，人数众多，次数较多。",
		"组建工会组织，建立职工之家，成立职工书屋，挑选优秀职工，确定示范点。",
		"评选出先进个人，表彰先进集体和个人，推荐优秀人才，培训工会干部。",
		"组织参加全国职工技能大赛，举办职工运动会，放映电影，张贴宣传画。",
		"悬挂横幅，发稿件，刊发文章，印发文件，签订合同，新增会员。",
		"月份考核，各月份，全年12个月份，每个月份，上月份，本月份，同月份。",
		"今年以来，在年底前，自年初以来，到年末，至年中，从年初开始。",
	)
}
