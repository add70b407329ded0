package markdown

import "strings"

// closers finds closing delimiters ("-->", "?>", a run of n backticks) in
// text[:end] and remembers where a search failed: a closer absent after
// position p is absent after any later position too. Without the memory,
// a line of openers that never close (<?<?<?… or backtick runs of
// growing length) would cost quadratic time.
type closers struct {
	text      string
	end       int
	missFrom  map[string]int
	ticksMiss map[int]int
}

func newClosers(text string, end int) *closers {
	return &closers{text: text, end: end}
}

// index returns the position of the first closer at or after from, or -1.
func (c *closers) index(from int, closer string) int {
	if m, ok := c.missFrom[closer]; ok && from >= m {
		return -1
	}
	if from <= c.end {
		if k := strings.Index(c.text[from:c.end], closer); k >= 0 {
			return from + k
		}
	}
	if c.missFrom == nil {
		c.missFrom = map[string]int{}
	}
	c.missFrom[closer] = from
	return -1
}

// backticks returns the start of the first run of exactly n backticks at or
// after from, or -1.
func (c *closers) backticks(from, n int) int {
	if m, ok := c.ticksMiss[n]; ok && from >= m {
		return -1
	}
	if j := findBackticks(c.text, from, c.end, n); j >= 0 {
		return j
	}
	if c.ticksMiss == nil {
		c.ticksMiss = map[int]int{}
	}
	c.ticksMiss[n] = from
	return -1
}

// findBackticks returns the start of the first run of exactly n backticks in
// text[i:e], or -1.
func findBackticks(text string, i, e, n int) int {
	for i < e {
		if text[i] != '`' {
			i++
			continue
		}
		m := runLength(text, i, e, '`')
		if m == n {
			return i
		}
		i += m
	}
	return -1
}

// pairs maps the position of each '[' and '(' of a line to that of its
// matching ']' or ')', skipping escaped characters and code spans. One pass
// serves every link the line may hold, nested ones included.
type pairs map[int]int

func matchPairs(text string, s, e int, c *closers) pairs {
	if !strings.ContainsAny(text[s:e], "[(") {
		return nil
	}
	m := pairs{}
	var brackets, parens []int
	for j := s; j < e; j++ {
		switch text[j] {
		case '\\':
			j++
		case '`':
			n := runLength(text, j, e, '`')
			if k := c.backticks(j+n, n); k >= 0 {
				j = k + n - 1
			} else {
				j += n - 1
			}
		case '[':
			brackets = append(brackets, j)
		case ']':
			if n := len(brackets); n > 0 {
				m[brackets[n-1]] = j
				brackets = brackets[:n-1]
			}
		case '(':
			parens = append(parens, j)
		case ')':
			if n := len(parens); n > 0 {
				m[parens[n-1]] = j
				parens = parens[:n-1]
			}
		}
	}
	return m
}

// match returns the position closing the bracket or parenthesis at i, or -1.
func (m pairs) match(i int) int {
	if j, ok := m[i]; ok {
		return j
	}
	return -1
}
