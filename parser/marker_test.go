package parser

import "testing"

func TestParseHeadingMarker(t *testing.T) {
	tests := []struct {
		text    string
		family  string // "" = not a heading
		ordinal int
		marker  string
		missing bool
	}{
		{"一、基本情况", FamilyCnDun, 1, "一、", false},
		{"十二、其他工作", FamilyCnDun, 12, "十二、", false},
		{"二十一、附则", FamilyCnDun, 21, "二十一、", false},
		{"廿一、补充", FamilyCnDun, 21, "廿一、", false},
		{"壹、总体情况", FamilyCnDun, 1, "壹、", false},
		{"一．主要做法", FamilyCnDot, 1, "一．", false},
		{"三.存在问题", FamilyCnDot, 3, "三.", false},
		{"（一）加强领导", FamilyCnParen, 1, "（一）", false},
		{"(二)完善制度", FamilyCnParen, 2, "(二)", false},
		{"（三)宽窄混用", FamilyCnParen, 3, "（三)", false},
		{"（一）、多余顿号", FamilyCnParen, 1, "（一）、", false},
		{"1、加强学习", FamilyArDun, 1, "1、", false},
		{"１２、全角数字", FamilyArDun, 12, "１２、", false},
		{"1.系统学习", FamilyArDot, 1, "1.", false},
		{"2．全角点", FamilyArDot, 2, "2．", false},
		{"（1）制度建设", FamilyArParen, 1, "（1）", false},
		{"(2)队伍建设", FamilyArParen, 2, "(2)", false},
		{"⑴括号数字", FamilyArParen, 1, "⑴", false},
		{"⒉带点数字", FamilyArDot, 2, "⒉", false},
		{"①摸清底数", FamilyCircled, 1, "①", false},
		{"⑳第二十项", FamilyCircled, 20, "⑳", false},
		{"第一章 总则", FamilyChapter, 1, "第一章", false},
		{"第二节 工作措施", FamilySection, 2, "第二节", false},
		{"第三部分：今后打算", FamilyPart, 3, "第三部分：", false},
		{"第一阶段工作总结", FamilyStage, 1, "第一阶段", false},
		{"第二階段工作安排", FamilyStage, 2, "第二階段", false},
		{"第十二篇 附录", FamilyArticle, 12, "第十二篇", false},
		{"篇一:县总工会半年工作总结", FamilyArticle, 1, "篇一:", false},
		{"篇二：总结", FamilyArticle, 2, "篇二：", false},
		{"、县总工会的基本情况", FamilyCnDun, 0, "、", true},
		{"（）职工之家建设", FamilyCnParen, 0, "（）", true},
		// Look-alikes that are not headings.
		{"2019年工作回顾", "", 0, "", false},
		{"1.5万元用于帮扶", "", 0, "", false},
		{"一、二等奖各一名", "", 0, "", false},
		{"三、四月份开展竞赛", "", 0, "", false},
		{"2019、2020年连续获奖", "", 0, "", false},
		{"5月召开会议", "", 0, "", false},
		{"一、", "", 0, "", false},
		{"（一）", "", 0, "", false},
		{"第一阶段，我们组织了学习", "", 0, "", false},
		{"第一阶段的工作已经完成", "", 0, "", false},
		{"第一，提高认识", "", 0, "", false},
		{"一是加强领导", "", 0, "", false},
		{"两、三家企业", "", 0, "", false},
		{"一百、测试", "", 0, "", false},
		{"1000、测试", "", 0, "", false},
		{"十二五规划", "", 0, "", false},
		{"篇幅有限", "", 0, "", false},
	}
	for _, tt := range tests {
		m, ok := parseHeadingMarker(tt.text)
		if tt.family == "" {
			if ok {
				t.Errorf("parseHeadingMarker(%q) = %+v, want no heading", tt.text, m)
			}
			continue
		}
		if !ok {
			t.Errorf("parseHeadingMarker(%q): no heading, want %s", tt.text, tt.family)
			continue
		}
		if m.family != tt.family || m.ordinal != tt.ordinal || tt.text[:m.length] != tt.marker || m.missing != tt.missing {
			t.Errorf("parseHeadingMarker(%q) = %s %d %q missing=%v; want %s %d %q missing=%v",
				tt.text, m.family, m.ordinal, tt.text[:m.length], m.missing, tt.family, tt.ordinal, tt.marker, tt.missing)
		}
	}
}

func TestParseEnumMarker(t *testing.T) {
	tests := []struct {
		text    string
		style   string // "" = none
		ordinal int
		marker  string
	}{
		{"一是加强领导", EnumShi, 1, "一是"},
		{"十是其他", EnumShi, 10, "十是"},
		{"其一，提高认识", EnumShi, 1, "其一"},
		{"其二是完善制度", EnumShi, 2, "其二是"},
		{"首先召开会议", EnumFirst, 1, "首先"},
		{"其次是精心谋划", EnumFirst, 2, "其次是"},
		{"再次，强化督查", EnumFirst, 3, "再次"},
		{"最后，总结经验", EnumFirst, 0, "最后"},
		{"第一，讲政治", EnumDi, 1, "第一"},
		{"第二、重服务", EnumDi, 2, "第二"},
		{"第三是召开大会", EnumDi, 3, "第三是"},
		{"第1，测试", EnumDi, 1, "第1"},
		{"再次召开会议", "", 0, ""},
		{"最后一公里", "", 0, ""},
		{"最后的冲刺", "", 0, ""},
		{"第一次会议", "", 0, ""},
		{"其中一家企业", "", 0, ""},
		{"一方面", "", 0, ""},
	}
	for _, tt := range tests {
		m, ok := parseEnumMarker(tt.text)
		if tt.style == "" {
			if ok {
				t.Errorf("parseEnumMarker(%q) = %+v, want none", tt.text, m)
			}
			continue
		}
		if !ok || m.style != tt.style || m.ordinal != tt.ordinal || tt.text[:m.length] != tt.marker {
			t.Errorf("parseEnumMarker(%q) = %+v ok=%v, want %s %d %q", tt.text, m, ok, tt.style, tt.ordinal, tt.marker)
		}
	}
}

// TestMayStartHeadingMarkerAcceptsEveryMarker checks the quick test in
// front of the marker readers against the readers themselves.
func TestMayStartHeadingMarkerAcceptsEveryMarker(t *testing.T) {
	suffixes := []string{"、", "．", ".", "一）", "1)", "）", "一章", "一", "1、", "二、", "加强", ""}
	for r := rune(1); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, suffix := range suffixes {
			if _, ok := readMarker(string(r) + suffix); ok && !mayStartHeadingMarker(r) {
				t.Fatalf("readMarker(%q) finds a marker but mayStartHeadingMarker(%q) is false", string(r)+suffix, r)
			}
		}
	}
	for _, r := range "我工作，。 a" {
		if mayStartHeadingMarker(r) {
			t.Errorf("mayStartHeadingMarker(%q) = true", r)
		}
	}
}
