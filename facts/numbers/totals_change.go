package numbers

import "strings"

// totalChangeWords are words of change: a figure right after one is the
// size of a change (比上年增加12.4万元), not a quantity that parts make up.
var totalChangeWords = []string{"增加", "增长", "减少", "下降", "提高", "降低", "上升", "增收", "减收", "净增"}

// totalChangeFillers may stand between a change word and its figure
// (增加了, 增长约, 提高了近).
var totalChangeFillers = []string{"了", "约", "近"}

// totalFollowsChange reports whether the number starting at paragraph
// byte i directly follows a word of change, fillers allowed between.
func totalFollowsChange(s string, i int) bool {
	head := s[:i]
	for trimmed := true; trimmed; {
		trimmed = false
		for _, f := range totalChangeFillers {
			if strings.HasSuffix(head, f) {
				head, trimmed = head[:len(head)-len(f)], true
			}
		}
	}
	for _, w := range totalChangeWords {
		if strings.HasSuffix(head, w) {
			return true
		}
	}
	return false
}

// totalChooseTotal picks the total for parts in one unit among the
// numbers before 其中: the last of them, skipping a change figure unless
// the parts are changes too. In 收入58.6万元，比上年增加12.4万元。其中，
// 租金收入24万元 the parts make up the income, not the increase; in
// 增加120人，其中女职工增加50人 both are changes and compare.
func totalChooseTotal(s string, before, parts []Number) (Number, bool) {
	partsAreChanges := false
	for _, n := range parts {
		if totalFollowsChange(s, n.paraStart) {
			partsAreChanges = true
			break
		}
	}
	for i := len(before) - 1; i >= 0; i-- {
		if partsAreChanges || !totalFollowsChange(s, before[i].paraStart) {
			return before[i], true
		}
	}
	return Number{}, false
}
