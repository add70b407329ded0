package config

import (
	"reflect"
	"testing"

	"github.com/gwlint/gwlint/finding"
)

func TestLevelForPrecedence(t *testing.T) {
	cfg, err := Parse("", []byte(`rules:
  punctuation/*: off
  punctuation/half-width: error
  wording/*: {level: info}
  wording/typo: {max: 3}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		rule string
		def  finding.Severity
		want finding.Severity
	}{
		{"punctuation/half-width", finding.SeverityWarning, finding.SeverityError}, // exact beats category
		{"punctuation/quotes", finding.SeverityWarning, finding.SeverityNone},      // category applies
		{"wording/typo", finding.SeverityError, finding.SeverityInfo},              // exact without level falls to category
		{"placeholder/unfilled", finding.SeverityError, finding.SeverityError},     // not configured: default
		{"punctuationx/y", finding.SeverityWarning, finding.SeverityWarning},       // category match is exact
	}
	for _, tt := range tests {
		if got := cfg.LevelFor(tt.rule, tt.def); got != tt.want {
			t.Errorf("LevelFor(%s, %v) = %v, want %v", tt.rule, tt.def, got, tt.want)
		}
	}
}

func TestOptionsForMergesCategoryUnderRule(t *testing.T) {
	cfg, err := Parse("", []byte(`rules:
  wording/*: {strict: true, max: 1}
  wording/typo: {max: 3}
`))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"strict": true, "max": 3}
	if got := cfg.OptionsFor("wording/typo"); !reflect.DeepEqual(got, want) {
		t.Errorf("OptionsFor = %v, want %v", got, want)
	}
	if got := cfg.OptionsFor("format/date"); got != nil {
		t.Errorf("OptionsFor unconfigured = %v, want nil", got)
	}
	got := cfg.OptionsFor("wording/typo")
	got["max"] = 99
	if cfg.Rules["wording/typo"].Options["max"] != 3 {
		t.Error("OptionsFor result aliases the config")
	}
}
