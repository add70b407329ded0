package htmltext

import (
	"strconv"
	"strings"
)

// listCounter numbers the items of an <ol> the way a browser renders its
// markers, so that the label a reader sees ("3.", "c.", "iii.") is part of
// the item's text.
type listCounter struct {
	value int
	style string
	// off is set when the list shows no markers (list-style:none) or
	// counts down (reversed, whose start depends on the item count).
	off bool
}

func newListCounter(attrs map[string]string) *listCounter {
	c := &listCounter{value: 1, style: "1"}
	if v, err := strconv.Atoi(strings.TrimSpace(attrs["start"])); err == nil {
		c.value = v
	}
	if t := attrs["type"]; isCounterStyle(t) {
		c.style = t
	}
	_, reversed := attrs["reversed"]
	c.off = reversed || hidesMarker(attrs["style"])
	return c
}

// next returns the label of the next item, whose attributes may set its
// value (<li value=5>), its style or hide its marker.
func (c *listCounter) next(attrs map[string]string) string {
	if v, err := strconv.Atoi(strings.TrimSpace(attrs["value"])); err == nil {
		c.value = v
	}
	value := c.value
	c.value++
	if c.off || hidesMarker(attrs["style"]) {
		return ""
	}
	style := c.style
	if t := attrs["type"]; isCounterStyle(t) {
		style = t
	}
	return formatCounter(value, style) + "."
}

func isCounterStyle(t string) bool {
	switch t {
	case "1", "a", "A", "i", "I":
		return true
	}
	return false
}

// hidesMarker reports whether an inline style sets list-style(-type) none.
func hidesMarker(style string) bool {
	for _, decl := range strings.Split(style, ";") {
		prop, val, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(prop)) {
		case "list-style", "list-style-type":
			for _, f := range strings.Fields(strings.ToLower(val)) {
				if f == "none" {
					return true
				}
			}
		}
	}
	return false
}

// formatCounter renders n in an HTML ol type. Values a style cannot show
// (alphabetic below 1, roman outside 1–3999) fall back to decimal, as CSS
// counter styles do.
func formatCounter(n int, style string) string {
	switch style {
	case "a", "A":
		if n >= 1 {
			s := alphabetic(n)
			if style == "A" {
				s = strings.ToUpper(s)
			}
			return s
		}
	case "i", "I":
		if n >= 1 && n <= 3999 {
			s := roman(n)
			if style == "I" {
				s = strings.ToUpper(s)
			}
			return s
		}
	}
	return strconv.Itoa(n)
}

// alphabetic renders 1 → a, 26 → z, 27 → aa.
func alphabetic(n int) string {
	var b []byte
	for n > 0 {
		n--
		b = append([]byte{byte('a' + n%26)}, b...)
		n /= 26
	}
	return string(b)
}

// roman renders 1–3999 in lower-case roman numerals.
func roman(n int) string {
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	digits := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(digits[i])
			n -= v
		}
	}
	return b.String()
}
