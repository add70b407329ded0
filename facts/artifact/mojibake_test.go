package artifact

import (
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

func TestMojibakeIsFoundAndDecoded(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		garbled  string
		decoded  string
		encoding string
	}{
		{"GBK as Latin-1", "县总工会ÔÚÕâ¸öÐÅÏ¢时代。", "ÔÚÕâ¸öÐÅÏ¢", "在这个信息", "GBK"},
		{"GBK with digits", "ÏØ×Ü¹¤»á2024Äê¹¤×÷×Ü½á", "ÏØ×Ü¹¤»á2024Äê¹¤×÷×Ü½á", "县总工会2024年工作总结", "GBK"},
		{"UTF-8 as Windows-1252", "2024å¹´å·¥ä½œæ€»ç»“", "å¹´å·¥ä½œæ€»ç»“", "年工作总结", "UTF-8"},
		{"UTF-8 as Latin-1", "å·¥ä½\u009cæ\u0080»ç»\u0093", "å·¥ä½\u009cæ\u0080»ç»\u0093", "工作总结", "UTF-8"},
		{"undecodable", "县总工会ÿþýüûú时代。", "ÿþýüûú", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := factstest.ParseText(t, "工作总结\n"+tt.text)
			got := extractMojibake(doc, factstest.SimplifyingEnv()).([]Mojibake)
			if len(got) != 1 {
				t.Fatalf("got %d garbled paragraphs, want 1", len(got))
			}
			m := got[0]
			if span := doc.Text[m.Start:m.End]; span != tt.garbled {
				t.Errorf("span %q, want %q", span, tt.garbled)
			}
			if m.Decoded != tt.decoded || m.Encoding != tt.encoding {
				t.Errorf("decoded %q as %q, want %q as %q", m.Decoded, m.Encoding, tt.decoded, tt.encoding)
			}
		})
	}
}

func TestMojibakeIgnoresRealText(t *testing.T) {
	for _, text := range []string{
		"邀请法国专家Société Générale的代表讲解金融知识，德国Größe公司参加。",
		"宣传栏规格为3×4米，室温保持在26°C，参加人员有阿卜杜·热合曼等。",
		"由××××同志负责，“××”单位参加，活动主题为“安康杯”——“争创一流”……",
		"Ångström、Café、Müller、Ærø等品牌参加职工消费节。",
	} {
		doc := factstest.ParseText(t, "工作总结\n"+text)
		if got := extractMojibake(doc, factstest.SimplifyingEnv()).([]Mojibake); len(got) != 0 {
			t.Errorf("%q: flagged %q", text, got[0].Text)
		}
	}
}

func TestMojibakeOfCleanSeeds(t *testing.T) {
	for _, name := range []string{"000", "001", "002", "003", "004"} {
		doc := factstest.ParseSeed(t, name)
		if got := extractMojibake(doc, factstest.SimplifyingEnv()).([]Mojibake); len(got) != 0 {
			t.Errorf("seed %s: flagged %q", name, got[0].Text)
		}
	}
}
