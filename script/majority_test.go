package script

import "testing"

func TestMajorityOfTexts(t *testing.T) {
	const simplified = "县总工会认真贯彻落实上级工会的各项部署，扎实推进职工之家建设，组织开展劳动竞赛和技术比武，为经济社会发展作出了积极贡献。"
	tests := []struct {
		name, text, want string
	}{
		{"simplified", simplified, Simplified},
		{"simplified with one traditional character",
			"县总工会认真贯彻落实上级工会的各项部署，扎实推进职工之家建设，组织开展劳动竞赛和技术比武，为经济社会發展作出了积极贡献。", Simplified},
		{"traditional", "縣總工會認真貫徹落實上級工會的各項部署，紮實推進職工之家建設，組織開展勞動競賽和技術比武，爲經濟社會發展作出了積極貢獻。", Traditional},
		{"short text", "總工會工作總結", ""},
		{"half and half", "县总工会认真贯彻落实上级工会的各项部署，紮實推進職工之家建設，組織開展勞動競賽和技術比武。", ""},
		{"no Han", "2009 ABC", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Majority(Count(tt.text)); got != tt.want {
				t.Errorf("Majority(%+v) = %q, want %q", Count(tt.text), got, tt.want)
			}
		})
	}
}

func TestMajorityFixtureHasOneTraditionalCharacter(t *testing.T) {
	c := Count("县总工会认真贯彻落实上级工会的各项部署，扎实推进职工之家建设，组织开展劳动竞赛和技术比武，为经济社会發展作出了积极贡献。")
	if c.TraditionalOnly != 1 || c.SimplifiedOnly < 19 {
		t.Fatalf("fixture no longer has one traditional character among ≥ 19 simplified ones: %+v", c)
	}
}

func TestMajorityThresholds(t *testing.T) {
	tests := []struct {
		name string
		c    Counts
		want string
	}{
		{"exactly 95% simplified", Counts{Han: 100, SimplifiedOnly: 19, TraditionalOnly: 1}, Simplified},
		{"just under 95%", Counts{Han: 100, SimplifiedOnly: 18, TraditionalOnly: 1}, ""},
		{"exactly 95% traditional", Counts{Han: 100, TraditionalOnly: 38, SimplifiedOnly: 2}, Traditional},
		{"all traditional", Counts{Han: 40, TraditionalOnly: 12}, Traditional},
		{"too few Han characters", Counts{Han: MinHan - 1, TraditionalOnly: 10}, ""},
		{"too few script-specific characters", Counts{Han: 200, SimplifiedOnly: MinScriptSpecific - 1}, ""},
		{"at both minimums", Counts{Han: MinHan, SimplifiedOnly: MinScriptSpecific}, Simplified},
		{"zero", Counts{}, ""},
	}
	for _, tt := range tests {
		if got := Majority(tt.c); got != tt.want {
			t.Errorf("%s: Majority(%+v) = %q, want %q", tt.name, tt.c, got, tt.want)
		}
	}
}
