package artifact

import (
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

func TestLayoutSpaceRuns(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"认真贯彻上级精神 取得了明显成效。 一、加强组织建设", []string{" ", " "}},
		{"倡议书 。 号召", []string{" ", " "}},
		{"把思想统一到 “ 十一五 ” 规划上来", []string{" ", " ", " ", " "}},
		{"镇工会  组织", []string{"  "}},
		{"全县共有会员 12000 名", nil},
		{"开展 APP 推广", nil},
		{" 开头和结尾 ", nil},
		{"全县\u3000新建", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range layoutSpaceRuns(tt.text) {
			got = append(got, tt.text[r[0]:r[1]])
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: runs %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: run %d is %q, want %q", tt.text, i, got[i], tt.want[i])
			}
		}
	}
}

func TestLayoutSpacesSkipHeadingsAndTitle(t *testing.T) {
	doc := factstest.ParseText(t, "学习劳模 规范管理\n一、帮困救助 落实措施\n全县新建 工会组织，部分职工 参与不够。")
	got := extractLayoutSpaces(doc, factstest.SimplifyingEnv()).(LayoutSpaces)
	if got.Count != 2 {
		t.Fatalf("count %d, want the 2 spaces of the body line", got.Count)
	}
	if want := []string{"县新建 工会组", "分职工 参与不"}; got.Examples[0] != want[0] || got.Examples[1] != want[1] {
		t.Errorf("examples %q, want %q", got.Examples, want)
	}
	if doc.Text[got.Spans[0].Start:got.Spans[0].End] != " " {
		t.Errorf("span %v does not cover the space", got.Spans[0])
	}
}

func TestLayoutSpacesOfSeed004(t *testing.T) {
	doc := factstest.ParseSeed(t, "004")
	got := extractLayoutSpaces(doc, factstest.SimplifyingEnv()).(LayoutSpaces)
	// labels.json counts 72 spaces between Chinese characters in 004; the
	// few in its headings are left out on purpose.
	if got.Count < 65 || got.Count > 72 {
		t.Errorf("count %d, want close to the 72 labelled", got.Count)
	}
}
