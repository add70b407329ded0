package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Error is a problem at a known line of a config file. Every error Parse,
// CheckPaths and Validate return is an *Error or an errors.Join of them, so
// the command line can print one "FILE:LINE: message" per line.
type Error struct {
	File    string
	Line    int // 0 when the line is unknown
	Message string
}

func (e *Error) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Message)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Message)
}

// displayName is how a config file is named in messages: its path, or a
// placeholder for configs parsed from memory.
func displayName(path string) string {
	if path == "" {
		return "<config>"
	}
	return path
}

// yamlLinePrefix matches the "yaml: line N: " prefix of yaml.v3 syntax
// errors, so the line can move into our own FILE:LINE format.
var yamlLinePrefix = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns a yaml.v3 decoding error into an *Error at the line the
// YAML parser named. Some scanner errors carry no line; the commonest of
// them, a tab used for indentation, is located here because editors on
// office machines insert tabs silently.
func syntaxError(file string, data []byte, err error) *Error {
	msg := err.Error()
	if m := yamlLinePrefix.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: file, Line: line, Message: "invalid YAML: " + m[2]}
	}
	if line := firstTabIndentedLine(data); line > 0 {
		return &Error{File: file, Line: line, Message: "invalid YAML: indent with spaces, not tabs"}
	}
	return &Error{File: file, Message: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// firstTabIndentedLine returns the 1-based line of the first line whose
// indentation contains a tab, or 0.
func firstTabIndentedLine(data []byte) int {
	for i, line := range strings.Split(string(data), "\n") {
		indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
		if strings.Contains(indent, "\t") {
			return i + 1
		}
	}
	return 0
}
