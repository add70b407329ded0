package numbers

import (
	"regexp"
	"strings"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/parser"
)

func init() { facts.Register("dates", extractDates) }

// Date is a calendar date written in the text: 2024年5月12日, 二〇二三年三月,
// 5月24日 (and 26日 in 5月24日至26日), 2024-05-12, with the weekday that
// follows it (（星期一）, 周一) when there is one.
type Date struct {
	// Text is the date as written, without the weekday.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Paragraph is the index of the paragraph holding the date.
	Paragraph int `json:"paragraph"`
	// Year, Month and Day are the date's parts as written; 0 when a part
	// is not written (5月24日 has no year, 2024年5月 no day). The second
	// date of a range (26日 in 5月24日至26日) takes its year and month from
	// the first.
	Year  int `json:"year"`
	Month int `json:"month"`
	Day   int `json:"day"`
	// Lunar is set for a date of the Chinese calendar (农历八月十五, 正月
	// 初八, 腊月二十八日): its months have no Gregorian lengths or weekdays.
	Lunar bool `json:"lunar"`
	// Valid is false for a date that cannot exist: month 13, 2月30日,
	// 6月31日, 2023年2月29日. A 2月29日 without a year counts as valid.
	Valid bool `json:"valid"`
	// Problem says why a date is invalid: "month", "day" or "leap-day"
	// (2月29日 in a year that is not a leap year); "" when valid.
	Problem string `json:"problem"`
	// Weekday is the weekday written after the date, 1 (星期一) to 7
	// (星期日/星期天); 0 when none is written.
	Weekday int `json:"weekday"`
	// WeekdayText, WeekdayStart and WeekdayEnd locate the written
	// weekday (星期一 in 9月23日（星期一）).
	WeekdayText  string `json:"weekday_text"`
	WeekdayStart int    `json:"weekday_start"`
	WeekdayEnd   int    `json:"weekday_end"`
	// Years are the years the date may belong to: its own year when
	// written, else the years the context gives (see dates_year.go); empty
	// when the context gives none.
	Years []int `json:"years"`
	// YearStated is set when the year is written in the date itself or in
	// the first date of its range.
	YearStated bool `json:"year_stated"`
	// Weekdays are the calendar weekdays (1–7) of the date in each of
	// Years, in the same order; empty for a lunar or invalid date.
	Weekdays []int `json:"weekdays"`
}

// dateNumeral matches the numerals a date part may use: Arabic digits
// (ASCII or full-width) or Chinese digits, including 〇/○ for zero.
const dateNumeral = `[0-9０-９]+|[〇○零一二三四五六七八九十廿卅]+`

// datePattern finds Gregorian and lunar dates: 2024年5月12日, 5月12号,
// 二〇二三年三月, 农历八月十五日, 正月初八, and the ISO-style 2024-05-12,
// 2024.5.12 or 2024/5/12 (iyear, imonth, iday).
var datePattern = regexp.MustCompile(
	`(?P<lunar>农历|阴历|夏历)?` +
		`(?:(?P<year>` + dateNumeral + `) ?年 ?)?` +
		`(?P<month>` + dateNumeral + `|正|腊|冬) ?月 ?` +
		`(?:(?P<lday>初[一二三四五六七八九十])|(?P<day>` + dateNumeral + `) ?[日号])?` +
		`|(?P<iyear>(?:19|20)[0-9]{2})[-./](?P<imonth>[0-9]{1,2})[-./](?P<iday>[0-9]{1,2})`)

// dateRangeTail matches the second date of a range after the first:
// 至26日, —6月2日, 到二十六日.
var dateRangeTail = regexp.MustCompile(`^ ?(?:至|到|—|－|-|~|～) ?(?:(` + dateNumeral + `) ?月 ?)?(` + dateNumeral + `) ?[日号]`)

// dateWeekday matches a weekday after a date: （星期一）, (周三), 星期天.
var dateWeekday = regexp.MustCompile(`^ ?[（(]? ?(星期|周|礼拜)([一二三四五六日天]) ?[）)]?`)

func extractDates(doc *parser.Document, env *facts.Env) any {
	ctx := newDateYearContext(doc)
	var out []Date
	for _, p := range doc.Paragraphs {
		if p.Role == parser.RolePreamble {
			continue
		}
		norm := env.SimplifiedText(p)
		if !strings.Contains(norm, "月") && !strings.ContainsAny(norm, "-./") {
			continue // no date can be written without 月 or a separator
		}
		for _, d := range paragraphDates(p, norm) {
			ctx.resolve(&d)
			out = append(out, d)
		}
	}
	return out
}

// paragraphDates reads the dates of one paragraph's simplified text.
func paragraphDates(p *parser.Paragraph, s string) []Date {
	var out []Date
	for _, m := range dateMatches(s) {
		d, ok := dateFromMatch(s, m)
		if !ok {
			continue
		}
		end := m[1]
		d.Lunar = d.Lunar || strings.HasSuffix(s[:m[0]], "农历") || strings.HasSuffix(s[:m[0]], "阴历")
		out = append(out, finishDate(p, s, d, m[0], end))
		// The second date of a range takes year and month from the first.
		if t := dateRangeTail.FindStringSubmatchIndex(s[end:]); t != nil {
			second := Date{Year: d.Year, Month: d.Month, Lunar: d.Lunar, YearStated: d.YearStated}
			if t[2] >= 0 {
				second.Month, _ = dateNumber(s[end+t[2] : end+t[3]])
			}
			second.Day, _ = dateNumber(s[end+t[4] : end+t[5]])
			start := end + t[4]
			if t[2] >= 0 {
				start = end + t[2]
			}
			out = append(out, finishDate(p, s, second, start, end+t[1]))
		}
	}
	return out
}

// dateFromMatch reads the parts of a datePattern match.
func dateFromMatch(s string, m []int) (Date, bool) {
	group := func(name string) string {
		i := datePattern.SubexpIndex(name)
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	var d Date
	if iso := group("iyear"); iso != "" {
		d.Year, _ = dateNumber(iso)
		d.Month, _ = dateNumber(group("imonth"))
		d.Day, _ = dateNumber(group("iday"))
		d.YearStated = true
		return d, true
	}
	d.Lunar = group("lunar") != ""
	if y := group("year"); y != "" {
		year, ok := dateNumber(y)
		if !ok || year < 1000 {
			return Date{}, false // 3年5月: a duration, not a year
		}
		d.Year, d.YearStated = year, true
	}
	switch month := group("month"); month {
	case "正", "腊", "冬":
		d.Lunar = true
		d.Month = map[string]int{"正": 1, "冬": 11, "腊": 12}[month]
	default:
		v, ok := dateNumber(month)
		if !ok {
			return Date{}, false
		}
		d.Month = v
	}
	day := group("day")
	if lday := group("lday"); lday != "" {
		d.Lunar, day = true, strings.TrimPrefix(lday, "初")
	}
	if day != "" {
		v, ok := dateNumber(day)
		if !ok {
			return Date{}, false
		}
		d.Day = v
	}
	// A month alone (5月) is a date only with its year (2024年5月); 5月份
	// and 3月 on their own are months, not dates to check.
	if d.Year == 0 && d.Day == 0 {
		return Date{}, false
	}
	return d, true
}

// finishDate fills in the text, span, validity and weekday of a date
// found at [start, end) of the paragraph.
func finishDate(p *parser.Paragraph, s string, d Date, start, end int) Date {
	span := facts.Span(p, start, end)
	d.Text, d.Start, d.End, d.Paragraph = p.Text[start:end], span.Start, span.End, p.Index
	d.Valid, d.Problem = dateValidity(d)
	if w := dateWeekday.FindStringSubmatchIndex(s[end:]); w != nil {
		d.Weekday = dateWeekdayNumber(s[end+w[4] : end+w[5]])
		ws := facts.Span(p, end+w[2], end+w[5])
		d.WeekdayText, d.WeekdayStart, d.WeekdayEnd = p.Text[end+w[2]:end+w[5]], ws.Start, ws.End
	}
	return d
}

// dateWeekdayNumber maps 一…六 to 1…6 and 日/天 to 7.
func dateWeekdayNumber(s string) int {
	if k := strings.Index("一二三四五六", s); k >= 0 {
		return k/len("一") + 1
	}
	return 7
}
