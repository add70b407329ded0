package artifact

import (
	"strings"
	"testing"

	"github.com/gwlint/gwlint/facts/internal/factstest"
)

func hardWraps(t *testing.T, text string) ([]HardWrap, string) {
	t.Helper()
	doc := factstest.ParseText(t, text)
	return extractHardWraps(doc, factstest.SimplifyingEnv()).([]HardWrap), doc.Text
}

func TestHardWrapsCoverTheBreakAndItsBlanks(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		removed     []string // doc.Text[start:end] of each wrap
		replacement string
	}{
		{"inside a word", "工作总结\n我们把会员群众的满意度作为评判建设工作的标准和工会的各项职\n能，结合实际开展工作。", []string{"\n"}, ""},
		{"blanks around the break", "工作总结\n我们把会员群众的满意度作为评判工作的标准，   \n\u3000结合实际开展工作。", []string{"   \n\u3000"}, ""},
		{"windows line end", "工作总结\r\n我们把会员群众的满意度作为评判建设工作的标准和工会的各项职\r\n能，结合实际开展工作。", []string{"\r\n"}, ""},
		{"latin words", "Annual report\nThe trade union of the county held its annual meeting in the\nhall of the federation.", []string{"\n"}, " "},
		{"complete sentences", "全县新建基层工会12家。\n发展会员860名。", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wraps, text := hardWraps(t, tt.text)
			var removed []string
			for _, w := range wraps {
				removed = append(removed, text[w.Start:w.End])
				if w.Replacement != tt.replacement {
					t.Errorf("replacement %q, want %q", w.Replacement, tt.replacement)
				}
			}
			if strings.Join(removed, "|") != strings.Join(tt.removed, "|") {
				t.Errorf("removed %q, want %q", removed, tt.removed)
			}
		})
	}
}

func TestHardWrapQuotesBothSides(t *testing.T) {
	wraps, _ := hardWraps(t, "工作总结\n我们始终把党政的认可度和会员群众的满意度作为\n评判建设工作的标准，认真开展测评。")
	if len(wraps) != 1 {
		t.Fatalf("got %d wraps, want 1", len(wraps))
	}
	if w := wraps[0]; w.Before != "群众的满意度作为" || w.After != "评判建设工作的标" {
		t.Errorf("before %q after %q", w.Before, w.After)
	}
}

func TestHardWrapsSkipPageJoins(t *testing.T) {
	doc := factstest.ParseSeed(t, "004")
	if wraps := extractHardWraps(doc, factstest.SimplifyingEnv()).([]HardWrap); len(wraps) != 0 {
		t.Errorf("004 joins its pages at page numbers only, got %d hard wraps", len(wraps))
	}
}

func TestHardWrapsOfSeed002(t *testing.T) {
	doc := factstest.ParseSeed(t, "002")
	wraps := extractHardWraps(doc, factstest.SimplifyingEnv()).([]HardWrap)
	labels := []string{"工作情\n况自查报告", "满意度作为\n评判建设", "职工民\n主管理", "及时收缴\n工会会员会费", "大力宣传\n会员评家"}
	if len(wraps) != len(labels) {
		t.Fatalf("got %d wraps, want %d", len(wraps), len(labels))
	}
	for i, w := range wraps {
		if label := labels[i]; !strings.Contains(doc.Text[w.Start-30:w.End+30], label) {
			t.Errorf("wrap %d at %q is not the labelled break %q", i, w.Before+"⏎"+w.After, label)
		}
	}
}
