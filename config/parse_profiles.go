package config

import "gopkg.in/yaml.v3"

// profileKeys are the keys a profile may hold.
var profileKeys = []string{"required_sections"}

// parseProfiles reads "profiles:". A profile overrides only the keys it
// names; a kind gwlint has no default for starts from an empty profile.
func parseProfiles(w *walker, cfg *Config, value *yaml.Node) {
	for _, e := range w.mapping(value, "profiles") {
		profile := cfg.Profiles[e.key]
		profile.Line = e.keyAt.Line
		what := "profile " + e.key
		for _, field := range w.mapping(e.value, what) {
			switch field.key {
			case "required_sections":
				sections, _ := w.stringList(field.value, what+": required_sections")
				profile.RequiredSections = append([]string{}, sections...)
			default:
				w.errorf(field.keyAt, "unknown key %q in %s%s", field.key, what, didYouMean(field.key, profileKeys))
			}
		}
		cfg.Profiles[e.key] = profile
	}
}
