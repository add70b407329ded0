package numbers

import (
	"regexp"
	"strconv"
	"time"

	"github.com/gwlint/gwlint/cnum"
	"github.com/gwlint/gwlint/parser"
)

// A weekday can only be checked against a year. When a date does not say
// its year (9月23日（星期一）), dateYearContext supplies the years the
// context makes likely:
//   - the year of the nearest earlier date that states one, in the same
//     paragraph or up to dateContextParagraphs paragraphs back (体检时间为
//     2024年9月23日至27日 … 9月23日（星期一）：…);
//   - failing that, a year written in the document title, with the years
//     on either side of it: a plan titled 2025 is often written in
//     December 2024, and a 2024 summary in January 2025.
// A rule should flag a weekday only when it is wrong in every one of these
// years.

// dateContextParagraphs is how far back a stated year still applies.
const dateContextParagraphs = 8

// dateTitleYear finds a year in the title: 2024年, 2024—2025年度, 二〇二四年.
var dateTitleYear = regexp.MustCompile(`((?:19|20)[0-9]{2}|[一二][〇○零一二三四五六七八九]{3})\s*年`)

// dateYearContext tracks the years stated so far in a document.
type dateYearContext struct {
	titleYears []int
	// lastYear is the last year stated in a date, and lastPara the
	// paragraph it was stated in.
	lastYear, lastPara int
}

func newDateYearContext(doc *parser.Document) *dateYearContext {
	ctx := &dateYearContext{lastPara: -1}
	if doc.Title != nil {
		for _, m := range dateTitleYear.FindAllStringSubmatch(doc.Title.Text, -1) {
			if y, ok := dateNumber(m[1]); ok {
				ctx.titleYears = dateAppendYear(ctx.titleYears, y)
			}
		}
	}
	return ctx
}

// resolve fills in Years and Weekdays of a date found in paragraph
// d.Paragraph, and remembers its year for the dates after it.
func (c *dateYearContext) resolve(d *Date) {
	switch {
	case d.Year != 0:
		d.Years = []int{d.Year}
		c.lastYear, c.lastPara = d.Year, d.Paragraph
	default:
		if c.lastYear != 0 && d.Paragraph-c.lastPara <= dateContextParagraphs {
			d.Years = []int{c.lastYear}
			break
		}
		for _, y := range c.titleYears {
			for _, near := range []int{y - 1, y, y + 1} {
				d.Years = dateAppendYear(d.Years, near)
			}
		}
	}
	if d.Lunar || !d.Valid || d.Day == 0 {
		return
	}
	for _, y := range d.Years {
		if dateExists(y, d.Month, d.Day) {
			d.Weekdays = append(d.Weekdays, dateISOWeekday(time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)))
		}
	}
	if len(d.Weekdays) != len(d.Years) {
		d.Weekdays = nil // 2月29日 in a context year that is not a leap year
	}
}

func dateAppendYear(ys []int, y int) []int {
	for _, x := range ys {
		if x == y {
			return ys
		}
	}
	return append(ys, y)
}

// dateISOWeekday numbers Monday 1 to Sunday 7.
func dateISOWeekday(t time.Time) int {
	if w := int(t.Weekday()); w != 0 {
		return w
	}
	return 7
}

// dateValidity checks month and day ranges; 2月29日 is checked against a
// stated year only.
func dateValidity(d Date) (bool, string) {
	if d.Lunar {
		return d.Month >= 1 && d.Month <= 12 && d.Day <= 30, dateLunarProblem(d)
	}
	if d.Month < 1 || d.Month > 12 {
		return false, "month"
	}
	if d.Day == 0 {
		return true, ""
	}
	if d.Day > dateMaxDay(d.Month) {
		return false, "day"
	}
	if d.Month == 2 && d.Day == 29 && d.Year != 0 && !dateExists(d.Year, 2, 29) {
		return false, "leap-day"
	}
	return true, ""
}

// dateLunarProblem names what is wrong with a lunar date, "" if nothing.
func dateLunarProblem(d Date) string {
	switch {
	case d.Month < 1 || d.Month > 12:
		return "month"
	case d.Day > 30:
		return "day"
	}
	return ""
}

// dateMaxDay is the longest a month can be in any year (29 for February).
func dateMaxDay(month int) int {
	switch month {
	case 2:
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dateExists reports whether the Gregorian date exists.
func dateExists(y, m, d int) bool {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// dateNumber reads a date part written in Arabic or Chinese digits.
func dateNumber(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	return cnum.Parse(s)
}
