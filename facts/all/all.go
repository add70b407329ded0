// Package all links in every fact extractor. Extractors register
// themselves from init functions in their own packages, and a package that
// nothing imports never runs its init: without this import the engine
// would silently give rules an input with facts missing. Import it for its
// side effect:
//
//	import _ "github.com/gwlint/gwlint/facts/all"
package all

import (
	_ "github.com/gwlint/gwlint/facts/artifact"
	_ "github.com/gwlint/gwlint/facts/headings"
	_ "github.com/gwlint/gwlint/facts/numbers"
	_ "github.com/gwlint/gwlint/facts/punct"
	_ "github.com/gwlint/gwlint/facts/scriptmix"
)
