package config

import "sort"

// KindOther is the profile for documents whose kind the title does not give.
const KindOther = "other"

// defaultRequired lists, per document kind, the sections a complete document
// of that kind has. Summaries and self-inspection reports are expected to
// name their problems and the next steps; a self-evaluation or a plan is not.
var defaultRequired = map[string][]string{
	"工作总结":    {"problems", "plan"},
	"半年工作总结":  {"problems", "plan"},
	"年度工作总结":  {"problems", "plan"},
	"自查报告":    {"problems", "plan"},
	"述职报告":    {"problems", "plan"},
	"自我评价":    {},
	"工作汇报":    {},
	"工作计划":    {},
	KindOther: {},
}

// DefaultProfiles returns a fresh copy of the built-in profiles, so callers
// may modify it.
func DefaultProfiles() map[string]Profile {
	out := make(map[string]Profile, len(defaultRequired))
	for kind, sections := range defaultRequired {
		out[kind] = Profile{RequiredSections: append([]string{}, sections...)}
	}
	return out
}

// defaultKinds returns the kinds with a built-in profile in a stable order:
// the ones requiring most first, then by name.
func defaultKinds() []string {
	kinds := make([]string, 0, len(defaultRequired))
	for kind := range defaultRequired {
		kinds = append(kinds, kind)
	}
	sort.Slice(kinds, func(i, j int) bool {
		a, b := kinds[i], kinds[j]
		if a == KindOther || b == KindOther {
			return b == KindOther && a != KindOther
		}
		if la, lb := len(defaultRequired[a]), len(defaultRequired[b]); la != lb {
			return la > lb
		}
		return a < b
	})
	return kinds
}
