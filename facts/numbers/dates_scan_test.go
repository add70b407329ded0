package numbers

import (
	"reflect"
	"testing"
)

// dateScanCases cover each way a date starts (year, lunar prefix, bare
// month, ISO) and the near misses that used to be tried by the regexp at
// every character (decimals, durations, 月份, separators without a year).
var dateScanCases = []string{
	"",
	"会议于2024年5月12日（星期日）召开，5月24日至26日举办培训。",
	"农历正月初八，腊月二十八日，阴历八月十五",
	"二〇二三年三月，2024 年 5 月 12 号，3年5月",
	"发放慰问金12.5万元，其中1.5万元用于5月份活动，比例为3/4。",
	"2024-05-12、2024.5.12、2024/5/12、1999-1-1、2100-01-01、12024-05-12",
	"20245-1-1与19.5月，月，年月日，正月",
	"１２３４５年６月７日，五月的风，十二月三十一日",
	"月月月2024年年5月5月",
	// Many dates, ISO starts between them and after the last: the next
	// ISO start is remembered across dates (dateStarts).
	"1月1日、2024-01-02、1月3日、1月4日、2024.1.5、1月6日、2024/1/7",
	"1月2月3月4月5月6月7月8月9月，2024-12-31",
}

// TestDateMatchesEqualsRegexp checks that the windowed scan finds exactly
// what running datePattern over the whole text finds.
func TestDateMatchesEqualsRegexp(t *testing.T) {
	for _, s := range dateScanCases {
		checkDateMatches(t, s)
	}
}

// FuzzDateMatches compares the windowed scan with the plain regexp on
// arbitrary text.
func FuzzDateMatches(f *testing.F) {
	for _, s := range dateScanCases {
		f.Add(s)
	}
	f.Fuzz(checkDateMatches)
}

func checkDateMatches(t *testing.T, s string) {
	want := datePattern.FindAllStringSubmatchIndex(s, -1)
	got := dateMatches(s)
	if len(want) == 0 && len(got) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dateMatches(%q)\n got %v\nwant %v", s, got, want)
	}
}
