package script

// Thresholds for Majority. A document is said to be in one script when the
// characters specific to that script make up at least MajorityPercent of all
// script-specific characters; below MinHan Han characters or
// MinScriptSpecific script-specific ones there is too little evidence, and a
// lone stray character would otherwise decide a short paragraph.
const (
	MajorityPercent   = 95
	MinHan            = 20
	MinScriptSpecific = 5
)

// Script names returned by Majority.
const (
	Traditional = "traditional"
	Simplified  = "simplified"
)

// Majority returns Traditional or Simplified when that script has a
// MajorityPercent majority of the script-specific characters counted in c,
// and "" when undecided (too short, or genuinely mixed). Characters of the
// other script are then the minority that script/mixed reports.
func Majority(c Counts) string {
	specific := c.TraditionalOnly + c.SimplifiedOnly
	if c.Han < MinHan || specific < MinScriptSpecific {
		return ""
	}
	switch {
	case c.TraditionalOnly*100 >= MajorityPercent*specific:
		return Traditional
	case c.SimplifiedOnly*100 >= MajorityPercent*specific:
		return Simplified
	}
	return ""
}
