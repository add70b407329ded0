package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/spf13/pflag"

	"github.com/gwlint/gwlint/config"
	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/lint"
)

// engineFlags are the flags every command that loads rules shares.
type engineFlags struct {
	configPath string
	enable     []string
	disable    []string
	// extraRulePaths are rule folders given on the command line
	// (`gwlint test DIR`), loaded after the config's rule_paths.
	extraRulePaths []string
}

func (f *engineFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.configPath, "config", "", "config file (default: .gwlint.yaml found by walking up from the working directory)")
	fs.StringSliceVar(&f.enable, "enable", nil, "enable a rule (at its default level) or a category/* (repeatable)")
	fs.StringSliceVar(&f.disable, "disable", nil, "disable a rule or a category/* (repeatable)")
}

// loadConfig finds and reads the configuration.
func (f *engineFlags) loadConfig() (*config.Config, error) {
	path := f.configPath
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if path, err = config.Find(wd); err != nil {
			return nil, err
		}
	}
	if path == "" {
		return config.Default(), nil
	}
	return config.Load(path)
}

// newEngine loads the config and the rules and validates the config against
// the rules it names. Every error here is a usage error (exit 2).
func (f *engineFlags) newEngine(ctx context.Context, timeout time.Duration) (*lint.Engine, *config.Config, error) {
	cfg, err := f.loadConfig()
	if err != nil {
		return nil, nil, err
	}
	settings := lint.Settings{
		RulePaths: append(append([]string(nil), cfg.RulePaths...), f.extraRulePaths...),
		DataFiles: cfg.DataFiles,
		Profiles:  map[string][]string{},
		Level:     f.levelFunc(cfg),
		Options:   cfg.OptionsFor,
		Check:     func(rules []finding.Rule) error { return f.check(cfg, rules) },
		Timeout:   timeout,
	}
	for kind, p := range cfg.Profiles {
		settings.Profiles[kind] = p.RequiredSections
	}
	e, err := lint.New(ctx, settings)
	if err != nil {
		return nil, nil, err
	}
	return e, cfg, nil
}

// check validates the config file and the --enable/--disable flags against
// the rules actually loaded (built-in and rule_paths).
func (f *engineFlags) check(cfg *config.Config, rules []finding.Rule) error {
	known := map[string][]string{}
	for _, r := range rules {
		names := make([]string, len(r.Options))
		for i, o := range r.Options {
			names[i] = o.Name
		}
		known[r.ID] = names
	}
	if err := cfg.Validate(known); err != nil {
		return err
	}
	for _, flagRules := range [][]string{f.enable, f.disable} {
		for _, id := range flagRules {
			if !matchesAnyRule(id, known) {
				return fmt.Errorf("unknown rule %q in --enable/--disable (see `gwlint rules`)", id)
			}
		}
	}
	return nil
}

// levelFunc combines config levels with --enable and --disable, the flags
// winning over the file.
func (f *engineFlags) levelFunc(cfg *config.Config) func(finding.Rule) finding.Severity {
	return func(r finding.Rule) finding.Severity {
		level := cfg.LevelFor(r.ID, r.Severity)
		for _, id := range f.enable {
			if finding.RuleMatches(id, r.ID) && level == finding.SeverityNone {
				level = r.Severity
			}
		}
		for _, id := range f.disable {
			if finding.RuleMatches(id, r.ID) {
				level = finding.SeverityNone
			}
		}
		return level
	}
}

func matchesAnyRule(pattern string, known map[string][]string) bool {
	for id := range known {
		if finding.RuleMatches(pattern, id) {
			return true
		}
	}
	return false
}
