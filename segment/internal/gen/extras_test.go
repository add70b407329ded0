package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestReadTerms(t *testing.T) {
	got, err := readTerms(strings.NewReader("# header\n县总工会\n\n职代会  # trailing comment\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []string{"县总工会", "职代会"}) {
		t.Errorf("readTerms = %v", got)
	}
}

func TestReadTermsRejectsSpaces(t *testing.T) {
	_, err := readTerms(strings.NewReader("县总工会\n工资 协商\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("got %v, want an error naming line 2", err)
	}
}

func TestReadTypoFormsTakesOnlyTheTypoList(t *testing.T) {
	dir := t.TempDir()
	yaml := `patterns:
  typo:
    - {literal: 布署, right: 部署}
    - {literal: 帐, right: 账, unless: [帐篷, 蚊帐]}
    - {regex: '截止\d', replace: [截止, 截至], example: 截止6月}
  typo_repeated:
    - {literal: 的的, right: 的}
`
	if err := os.WriteFile(filepath.Join(dir, "typo-test.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readTypoForms(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"帐篷", "布署", "蚊帐", "部署"}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("readTypoForms = %v, want %v", got, want)
	}
}

func TestIsHanWord(t *testing.T) {
	cases := map[string]bool{"部署": true, "账": false, "截止6月": false, "OA系统": false, "": false, "一二三四五六七八九": false}
	for s, want := range cases {
		if got := isHanWord(s); got != want {
			t.Errorf("isHanWord(%q) = %v, want %v", s, got, want)
		}
	}
}
