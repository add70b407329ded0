package numbers

import (
	"fmt"
	"strings"
	"testing"
)

func datesOf(t *testing.T, text string) []Date {
	t.Helper()
	return extractText[[]Date](t, extractDates, text)
}

// dateSummary renders a date as "text y-m-d valid/problem w=stated years=… weekdays=…".
func dateSummary(d Date) string {
	s := fmt.Sprintf("%s %d-%d-%d", d.Text, d.Year, d.Month, d.Day)
	if !d.Valid {
		s += " invalid:" + d.Problem
	}
	if d.Lunar {
		s += " lunar"
	}
	if d.Weekday != 0 {
		s += fmt.Sprintf(" w=%d(%s)", d.Weekday, d.WeekdayText)
	}
	if len(d.Years) > 0 {
		s += fmt.Sprintf(" years=%v weekdays=%v", d.Years, d.Weekdays)
	}
	return s
}

func TestDatesRead(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"会议于2024年5月12日（星期一）召开。", []string{"2024年5月12日 2024-5-12 w=1(星期一) years=[2024] weekdays=[7]"}},
		{"培训于5月24日至26日举行。", []string{"5月24日 0-5-24", "26日 0-5-26"}},
		{"二〇二三年三月五日", []string{"二〇二三年三月五日 2023-3-5 years=[2023] weekdays=[7]"}},
		{"定于2月30日报送，6月31日前完成。", []string{"2月30日 0-2-30 invalid:day", "6月31日 0-6-31 invalid:day"}},
		{"2024年13月完成验收，13月5日召开会议。", []string{"2024年13月 2024-13-0 invalid:month years=[2024] weekdays=[]", "13月5日 0-13-5 invalid:month years=[2024] weekdays=[]"}},
		{"标题\n2023年2月29日、2024年2月29日、2月29日", []string{"2023年2月29日 2023-2-29 invalid:leap-day years=[2023] weekdays=[]", "2024年2月29日 2024-2-29 years=[2024] weekdays=[4]", "2月29日 0-2-29 years=[2024] weekdays=[4]"}},
		{"2025年工作计划\n12月20日（星期五）召开务虚会。", []string{"12月20日 0-12-20 w=5(星期五) years=[2024 2025 2026] weekdays=[5 6 7]"}},
		{"农历八月十五日，正月初八", []string{"农历八月十五日 0-8-15 lunar", "正月初八 0-1-8 lunar"}},
		{"2024-05-12 周日", []string{"2024-05-12 2024-5-12 w=7(周日) years=[2024] weekdays=[7]"}},
		{"今年5月份，工作3个月，每周二开放。", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range datesOf(t, tt.text) {
			got = append(got, dateSummary(d))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestDatesYearFromContext(t *testing.T) {
	text := "关于组织开展2025年度职工体检的通知\n体检时间为2024年9月23日至27日。\n9月23日（星期一）：局机关。\n12月5日召开总结会。"
	var got []string
	for _, d := range datesOf(t, text) {
		got = append(got, dateSummary(d))
	}
	want := []string{
		"2024年9月23日 2024-9-23 years=[2024] weekdays=[1]",
		"27日 2024-9-27 years=[2024] weekdays=[5]",
		"9月23日 0-9-23 w=1(星期一) years=[2024] weekdays=[1]",
		"12月5日 0-12-5 years=[2024] weekdays=[4]",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDatesValidOnSeedsAndCleanCorpus(t *testing.T) {
	env := numbersTestEnv(t)
	check := func(name string, ds []Date) {
		for _, d := range ds {
			if !d.Valid {
				t.Errorf("%s: invalid %s", name, dateSummary(d))
			}
			if d.Weekday != 0 && len(d.Weekdays) > 0 && !dateWeekdayIn(d.Weekday, d.Weekdays) {
				t.Errorf("%s: weekday %s", name, dateSummary(d))
			}
		}
	}
	for _, s := range numbersSeeds(t) {
		check(s.name, extractDates(s.doc, env).([]Date))
	}
	for name, doc := range numbersCleanDocs(t) {
		check(name, extractDates(doc, env).([]Date))
	}
}

func dateWeekdayIn(w int, ws []int) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
