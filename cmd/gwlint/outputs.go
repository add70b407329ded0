package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/report"
)

// output is one --format FORMAT[=FILE] destination.
type output struct {
	format string
	file   string // "" = standard output
}

func parseOutputs(specs []string) ([]output, error) {
	if len(specs) == 0 {
		specs = []string{"text"}
	}
	var outs []output
	stdout := 0
	for _, s := range specs {
		format, file, _ := strings.Cut(s, "=")
		if !validFormat(format) {
			return nil, fmt.Errorf("unknown format %q (formats: %s)", format, strings.Join(report.Formats(), ", "))
		}
		if file == "" {
			stdout++
		}
		outs = append(outs, output{format: format, file: file})
	}
	if stdout > 1 {
		return nil, fmt.Errorf("only one --format may write to standard output; give the others a file (FORMAT=FILE)")
	}
	return outs, nil
}

func validFormat(f string) bool {
	for _, k := range report.Formats() {
		if k == f {
			return true
		}
	}
	return false
}

// reporters fans every call out to several reporters.
type reporters struct {
	list    []report.Reporter
	closers []io.Closer
}

func openReporters(outs []output, stdout io.Writer, opts report.Options) (*reporters, error) {
	rs := &reporters{}
	for _, o := range outs {
		w := stdout
		oo := opts
		if o.file != "" {
			f, err := os.Create(o.file)
			if err != nil {
				rs.close()
				return nil, err
			}
			rs.closers = append(rs.closers, f)
			w = f
			oo.Color = false
		}
		r, err := report.New(o.format, w, oo)
		if err != nil {
			rs.close()
			return nil, err
		}
		rs.list = append(rs.list, r)
	}
	return rs, nil
}

func (rs *reporters) Start(m report.Meta) error {
	for _, r := range rs.list {
		if err := r.Start(m); err != nil {
			return err
		}
	}
	return nil
}

func (rs *reporters) File(f finding.File, fs []finding.Finding) error {
	for _, r := range rs.list {
		if err := r.File(f, fs); err != nil {
			return err
		}
	}
	return nil
}

func (rs *reporters) Finish(s report.Summary) error {
	for _, r := range rs.list {
		if err := r.Finish(s); err != nil {
			return err
		}
	}
	return rs.close()
}

func (rs *reporters) close() error {
	var first error
	for _, c := range rs.closers {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	rs.closers = nil
	return first
}
