package lint

import "flag"

// flagBool declares a test flag (go test ./lint -args -NAME).
func flagBool(name string, value bool, usage string) *bool { return flag.Bool(name, value, usage) }
