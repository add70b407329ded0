package numbers

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

func countsOf(t *testing.T, text string) []StatedCount {
	t.Helper()
	return extractText[[]StatedCount](t, extractCounts, text)
}

// countSummary renders the association of a stated count compactly.
func countSummary(c StatedCount) string {
	var items []string
	for _, it := range c.Items {
		items = append(items, it.Text)
	}
	return strings.Join([]string{c.Text, c.Direction, c.Source, strings.Join(items, "|")}, " ")
}

func TestCountsAssociateItems(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // countSummary of each stated count
	}{
		{"run-in series after a colon", "标题\n园区工会从以下五个方面开展工作：\n一是推进建会入会。\n二是做好帮扶慰问。\n三是丰富文化生活。",
			[]string{"五个方面 forward enumeration 一是|二是|三是"}},
		{"series in the same paragraph", "标题\n存在的问题主要有两点：一是覆盖面不广；二是精准度不高；三是经费不足。",
			[]string{"两点 forward enumeration 一是|二是|三是"}},
		{"series after a full stop", "标题\n下半年重点抓好三项工作。一是巩固建会成果；二是深化技能培训。",
			[]string{"三项工作 forward enumeration 一是|二是"}},
		{"headings that follow", "标题\n全年重点做好以下四个方面的工作。\n一、加强思想引领\n正文。\n二、推动建功立业\n正文。\n三、做好维权服务\n正文。",
			[]string{"四个方面 forward headings 一、加强思想引领|二、推动建功立业|三、做好维权服务"}},
		{"child headings", "标题\n一、抓好三项重点工作\n（一）建会入会\n正文。\n（二）帮扶慰问\n正文。\n二、存在的问题\n正文。",
			[]string{"三项重点 forward children （一）建会入会|（二）帮扶慰问"}},
		{"list after a colon", "标题\n评议内容包括以下三项：组织建设、民主管理。",
			[]string{"三项 forward list 组织建设|民主管理"}},
		{"backward list", "标题\n召开劳动、工会、企业、社区三方协商会议。",
			[]string{"三方协商 backward list 召开劳动|工会|企业|社区"}},
		{"partial list", "标题\n东河精密机械有限公司等五家企业被评为示范单位。", nil},
		{"partial list naming more", "标题\n通过学习发动、分析评议、整改提高、巩固成果等三个阶段推进。",
			[]string{"三个阶段 backward list 通过学习发动|分析评议|整改提高|巩固成果"}},
		{"quoted slogan", "标题\n坚持“五查五看”，增强“四个意识”：一是学习；二是实践。", nil},
		{"reference back", "标题\n做好服务企业和维护职工合法权益这两篇文章：一是服务；二是维权；三是监督。", nil},
		{"congress, not a list", "标题\n认真学习党的二十大精神，中国工会十八大精神：一是学；二是用。", nil},
		{"count of places after a list", "标题\n走访企业、社区三十家。", nil},
		{"a list after a predicate in the same clause", "标题\n工会联合医务部、护理部举办了心肺复苏、静脉输液、急救转运三个项目。",
			[]string{"三个项目 backward list 心肺复苏|静脉输液|急救转运"}},
		{"joined list", "标题\n联系县工业园区和城东、城西两个片区。",
			[]string{"两个片区 backward list 联系县工业园区和城东|城西"}},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range countsOf(t, tt.text) {
			if c.Source != "" {
				got = append(got, countSummary(c))
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestCountsRecordFlags(t *testing.T) {
	cs := countsOf(t, "标题\n联系县工业园区和城东、城西两个片区。通过学习发动、分析评议等三个阶段推进。")
	if len(cs) != 2 {
		t.Fatalf("got %d counts: %+v", len(cs), cs)
	}
	if !cs[0].Joined || cs[0].Partial || cs[0].Found != 2 || cs[0].Count != 2 {
		t.Errorf("joined list: %+v", cs[0])
	}
	if !cs[1].Partial || cs[1].Joined || cs[1].Count != 3 || cs[1].Found != 2 {
		t.Errorf("partial list: %+v", cs[1])
	}
}

func TestCountsSpansCoverTheCount(t *testing.T) {
	text := "标题\n𠀋存在的问题主要有两点：一是覆盖面不广；二是精准度不高。"
	doc := factstest.ParseText(t, text)
	cs := extractCounts(doc, numbersTestEnv(t)).([]StatedCount)
	if len(cs) != 1 || doc.Text[cs[0].Start:cs[0].End] != "两点" {
		t.Fatalf("got %+v", cs)
	}
	if it := cs[0].Items[1]; doc.Text[it.Start:it.End] != "二是" {
		t.Errorf("item span covers %q", doc.Text[it.Start:it.End])
	}
}

func TestCountsAgreeOnSeedsAndCleanCorpus(t *testing.T) {
	env := numbersTestEnv(t)
	check := func(name string, cs []StatedCount) {
		for _, c := range cs {
			if c.Source != "" && !c.Joined && c.Found != c.Count && !(c.Partial && c.Found < c.Count) && !(c.Source == "headings" && c.Found > c.Count) {
				t.Errorf("%s: %s (count %d, found %d)", name, countSummary(c), c.Count, c.Found)
			}
		}
	}
	for _, s := range numbersSeeds(t) {
		check(s.name, extractCounts(s.doc, env).([]StatedCount))
	}
	for name, doc := range numbersCleanDocs(t) {
		check(name, extractCounts(doc, env).([]StatedCount))
	}
}

func TestCountsBackwardListWithMultiCharClassifier(t *testing.T) {
	cs := countsOf(t, "标题\n从组织建设、民主管理、经费管理三个方面进行评议。")
	if len(cs) != 1 || cs[0].Source != "list" || cs[0].Found != 3 {
		t.Fatalf("got %+v", cs)
	}
}

func TestCountsQuantitiesDoNotAnnounce(t *testing.T) {
	for _, text := range []string{
		"标题\n评选表彰优胜班组十五个、技术能手三十名。首先，推进技能提升；其次，组织参赛。",
		"标题\n一、主要工作\n1、新建基层工会12家。\n2、发展会员860名。\n3、开展培训6期。",
		"标题\n一般3个工作日内完成审核：一是线上；二是线下。",
	} {
		for _, c := range countsOf(t, text) {
			if c.Source != "" {
				t.Errorf("%q: %s", text, countSummary(c))
			}
		}
	}
}

func TestCountsArabicListSize(t *testing.T) {
	cs := countsOf(t, "标题\n开发就业岗位分别为机械、化工、建筑、餐饮4个行业。就配送超时、恶劣天气补贴等问题达成共识11项。")
	if len(cs) != 1 || cs[0].Text != "4个行业" || cs[0].Found != 4 {
		t.Fatalf("got %+v", cs)
	}
}
