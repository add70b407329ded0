package htmltext

import "strings"

// commentBody returns the body of a <!-- --> comment token, without its
// delimiters. ok is false for the other tokens the tokenizer reports as
// comments (<?…>, <!…>, </…>), which hold no directives. An unclosed comment
// runs to the end of the input, as in browsers.
func commentBody(raw string) (body string, ok bool) {
	rest, found := strings.CutPrefix(raw, "<!--")
	if !found {
		return "", false
	}
	if rest == ">" || rest == "->" { // <!--> and <!---> are empty comments
		return "", true
	}
	for _, end := range []string{"-->", "--!>"} {
		if b, cut := strings.CutSuffix(rest, end); cut {
			return b, true
		}
	}
	return rest, true
}
