package markdown

import "strings"

// frontMatterEnd returns the index of the first line after YAML (--- … ---
// or …) or TOML (+++ … +++) front matter at the very start of the input, or
// 0 when there is none. Front matter without a closing line is not front
// matter: the opening line is then an ordinary thematic break or text.
func frontMatterEnd(text string, lines []line) int {
	if len(lines) == 0 {
		return 0
	}
	first := lineText(text, lines[0])
	first = strings.TrimPrefix(first, "\ufeff")
	var closers []string
	switch strings.TrimRight(first, " \t") {
	case "---":
		closers = []string{"---", "..."}
	case "+++":
		closers = []string{"+++"}
	default:
		return 0
	}
	for i := 1; i < len(lines); i++ {
		got := strings.TrimRight(lineText(text, lines[i]), " \t")
		for _, c := range closers {
			if got == c {
				return i + 1
			}
		}
	}
	return 0
}

func lineText(text string, l line) string { return text[l.start:l.end] }
