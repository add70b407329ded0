// Package lint is gwlint's engine: it loads the Rego rules and word lists,
// compiles every rule once into one prepared query, builds each document's
// rule input, evaluates it, and turns the results into findings.
package lint

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/gwlint/gwlint/facts"
	"github.com/gwlint/gwlint/finding"
	"github.com/gwlint/gwlint/parser"
	"github.com/gwlint/gwlint/rules"
)

// entrypoint is the one query prepared per process; it routes to every
// enabled rule (rules/main/main.rego).
const entrypoint = "data.gwlint.main.report"

// DefaultTimeout bounds the evaluation of one document per started
// megabyte of text, so that a slow or looping custom rule names the
// document instead of hanging CI.
const DefaultTimeout = 30 * time.Second

// Settings configure an Engine. The zero value runs the built-in rules with
// their default levels.
type Settings struct {
	// RulePaths are user rule folders, loaded after the built-in rules.
	RulePaths []string
	// DataFiles are user word-list files merged into data.gwlint.
	DataFiles []string
	// Level returns the effective level of a rule (SeverityNone disables
	// it). Nil means every rule at its default level.
	Level func(r finding.Rule) finding.Severity
	// Options returns the options configured for a rule
	// (data.gwlint.settings.options); nil means none.
	Options func(ruleID string) map[string]any
	// Check, if set, validates the loaded rules (for example a config
	// naming a rule that does not exist) before the query is prepared.
	Check func(rules []finding.Rule) error
	// Profiles maps a document kind to its required sections, overriding
	// the built-in profiles (data.gwlint.settings.profiles).
	Profiles map[string][]string
	// Timeout bounds the evaluation of one document; 0 means DefaultTimeout.
	Timeout time.Duration
}

// Engine lints parsed documents. It is safe for concurrent use.
type Engine struct {
	rules    []finding.Rule
	byID     map[string]int
	levels   map[string]finding.Severity
	data     map[string]any
	patterns *patternSet
	modules  *moduleSet
	// fileRules maps a rule module's file name to its rule id (--stats).
	fileRules map[string]string
	query     rego.PreparedEvalQuery
	// compiler holds the compiled rules and store the data, for preparing
	// per-rule queries (perRule) for long documents.
	compiler *ast.Compiler
	store    storage.Store
	perRule  struct {
		once    sync.Once
		queries []ruleQuery
		err     error
	}
	// use is the part of the rule input the enabled rules can read; only
	// that part is built for each document (inputuse.go).
	use *inputUse
	// sentences is set when an enabled rule reads paragraphs' sentences.
	sentences bool
	// needs are the enabled rules' declared needs (ruleneeds.go).
	needs   []needsRef
	timeout time.Duration
	ruleSet string // for messages: which rule sources are loaded
	// memo keeps what fact extractors derive from the data, which is
	// the same for every document (facts.Memo).
	memo *facts.Memo
}

// New loads the rules and data and prepares the query.
func New(ctx context.Context, s Settings) (*Engine, error) {
	e := &Engine{byID: map[string]int{}, levels: map[string]finding.Severity{}, timeout: s.Timeout, memo: &facts.Memo{}}
	if e.timeout <= 0 {
		e.timeout = DefaultTimeout
	}
	if err := e.load(s); err != nil {
		return nil, err
	}
	if s.Check != nil {
		if err := s.Check(e.rules); err != nil {
			return nil, err
		}
	}
	e.applyLevels(s.Level)
	store := inmem.NewFromObjectWithOpts(map[string]any{"gwlint": e.storeData(s)}, inmem.OptReturnASTValuesOnRead(true))
	var compiler *ast.Compiler
	r := rego.New(
		rego.Query(entrypoint),
		rego.Store(store),
		rego.SetRegoVersion(ast.RegoV1),
		modulesOption(e.modules.modules),
		rego.CompilerHook(func(c *ast.Compiler) { compiler = c }),
		activeBuiltin,
	)
	pq, err := r.PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("compiling rules (%s): %w", e.ruleSet, err)
	}
	e.query, e.compiler, e.store = pq, compiler, store
	e.use = analyseInputUse(compiler, func(file string) bool {
		id, isRule := e.fileRules[file]
		return isRule && e.levels[id] == finding.SeverityNone
	})
	e.sentences = e.use.child("paragraphs").elem().has("sentences")
	if e.needs, err = e.ruleNeeds(); err != nil {
		return nil, err
	}
	return e, nil
}

// load reads built-in and user rules and data. Rules and data are read
// concurrently: both are start-up cost paid by every process.
func (e *Engine) load(s Settings) error {
	var wg sync.WaitGroup
	var rulesErr, dataErr error
	wg.Add(2)
	go func() { defer wg.Done(); rulesErr = e.loadRules(s) }()
	go func() { defer wg.Done(); dataErr = e.loadData(s) }()
	wg.Wait()
	if rulesErr != nil {
		return rulesErr
	}
	if dataErr != nil {
		return dataErr
	}
	// A data key named like a package under gwlint would clash with it in
	// OPA's data tree (data.gwlint.result is the result library).
	for name, m := range e.modules.modules {
		if len(m.Package.Path) > 2 {
			if key, ok := m.Package.Path[2].Value.(ast.String); ok {
				if _, clash := e.data[string(key)]; clash {
					return fmt.Errorf("data: top-level key %q clashes with the Rego package gwlint.%s (%s)", key, key, name)
				}
			}
		}
	}
	if _, clash := e.data["settings"]; clash {
		return fmt.Errorf("data: top-level key \"settings\" is reserved for the run's configuration")
	}
	return nil
}

// loadRules parses the built-in and user rule modules and reads their
// metadata.
func (e *Engine) loadRules(s Settings) error {
	e.modules = newModuleSet()
	if err := e.modules.addFS(rules.FS, ".", "builtin:"); err != nil {
		return fmt.Errorf("built-in rules: %w", err)
	}
	builtin, err := extractRules(e.modules, true)
	if err != nil {
		return err
	}
	sources := []string{"built-in rules"}
	user := newModuleSet()
	for _, dir := range s.RulePaths {
		if err := user.addDir(dir); err != nil {
			return err
		}
		sources = append(sources, dir)
	}
	userRules, err := extractRules(user, false)
	if err != nil {
		return err
	}
	for name, m := range user.modules {
		e.modules.modules[name] = m
	}
	for name, m := range user.tests {
		e.modules.tests[name] = m
	}
	e.ruleSet = strings.Join(sources, ", ")
	e.fileRules = map[string]string{}
	for name, m := range e.modules.modules {
		if m.Package.Path.HasPrefix(rulePackagePrefix) && len(m.Package.Path) == len(rulePackagePrefix)+2 {
			cat, _ := m.Package.Path[len(rulePackagePrefix)].Value.(ast.String)
			rule, _ := m.Package.Path[len(rulePackagePrefix)+1].Value.(ast.String)
			e.fileRules[name] = string(cat) + "/" + string(rule)
		}
	}
	for _, r := range append(builtin, userRules...) {
		if _, dup := e.byID[r.ID]; dup {
			return fmt.Errorf("rule %s is defined twice", r.ID)
		}
		e.byID[r.ID] = len(e.rules)
		e.rules = append(e.rules, r)
	}
	sort.Slice(e.rules, func(i, j int) bool { return e.rules[i].ID < e.rules[j].ID })
	for i, r := range e.rules {
		e.byID[r.ID] = i
	}
	return nil
}

// loadData reads the built-in and user word lists and compiles the
// pattern lists.
func (e *Engine) loadData(s Settings) error {
	e.data = map[string]any{}
	if err := loadBuiltinData(rules.FS, e.data); err != nil {
		return fmt.Errorf("built-in data: %w", err)
	}
	for _, f := range s.DataFiles {
		if err := loadDataFile(f, e.data); err != nil {
			return err
		}
	}
	lists, err := compilePatterns(e.data)
	if err != nil {
		return err
	}
	e.patterns = newPatternSet(lists)
	return nil
}

func (e *Engine) applyLevels(level func(finding.Rule) finding.Severity) {
	for _, r := range e.rules {
		l := r.Severity
		if level != nil {
			l = level(r)
		}
		e.levels[r.ID] = l
	}
}

// storeData is data.gwlint: the merged word lists plus the run settings.
func (e *Engine) storeData(s Settings) map[string]any {
	enabled := map[string]any{}
	options := map[string]any{}
	for _, r := range e.rules {
		if e.levels[r.ID] == finding.SeverityNone {
			continue
		}
		setPath(enabled, r.Category, r.Name, true)
		if s.Options != nil {
			if o := s.Options(r.ID); len(o) > 0 {
				setPath(options, r.Category, r.Name, o)
			}
		}
	}
	profiles := map[string]any{}
	for kind, req := range s.Profiles {
		list := make([]any, len(req))
		for i, v := range req {
			list[i] = v
		}
		profiles[kind] = map[string]any{"required_sections": list}
	}
	out := make(map[string]any, len(e.data)+1)
	for k, v := range e.data {
		out[k] = v
	}
	out["settings"] = map[string]any{"enabled": enabled, "options": options, "profiles": profiles}
	return out
}

func setPath(m map[string]any, a, b string, v any) {
	inner, ok := m[a].(map[string]any)
	if !ok {
		inner = map[string]any{}
		m[a] = inner
	}
	inner[b] = v
}

func modulesOption(mods map[string]*ast.Module) func(*rego.Rego) {
	return func(r *rego.Rego) {
		for _, name := range sortedNames(mods) {
			rego.ParsedModule(mods[name])(r)
		}
	}
}

// timeoutFor scales the evaluation timeout with the document: the limit is
// per started megabyte of text, so a long but legitimate file (a year's
// reports in one document) is not cut off while a looping rule on an
// ordinary document still is.
func (e *Engine) timeoutFor(doc *parser.Document) time.Duration {
	return e.timeout * time.Duration(1+len(doc.Text)/(1<<20))
}

// Rules returns every loaded rule, sorted by id.
func (e *Engine) Rules() []finding.Rule { return e.rules }

// Rule returns the rule with the given id.
func (e *Engine) Rule(id string) (finding.Rule, bool) {
	i, ok := e.byID[id]
	if !ok {
		return finding.Rule{}, false
	}
	return e.rules[i], true
}

// Level is the effective level of a rule; SeverityNone means disabled.
func (e *Engine) Level(id string) finding.Severity { return e.levels[id] }

// Lint evaluates the enabled rules on one document and returns its findings
// sorted by position and rule. Severities are the configured ones.
func (e *Engine) Lint(ctx context.Context, doc *parser.Document) ([]finding.Finding, error) {
	fs, _, err := e.lintTimed(ctx, doc, false)
	return fs, err
}

// evaluate runs the enabled rules on a document's input with the prepared
// query (a long document takes another path: parallel.go).
func (e *Engine) evaluate(ctx context.Context, doc *parser.Document, input *ast.Term) ([]finding.Finding, error) {
	return e.evaluateWith(ctx, doc, func(ctx context.Context) ([]finding.Finding, error) {
		raw, err := evalReport(withIdleRules(ctx, e.idleRules(input)), e.query, input)
		if err != nil {
			return nil, err
		}
		return e.toFindings(doc, raw)
	})
}

// evaluateWith runs eval under the document's timeout; errors name the
// rule set, and a timeout says so.
func (e *Engine) evaluateWith(ctx context.Context, doc *parser.Document, eval func(context.Context) ([]finding.Finding, error)) ([]finding.Finding, error) {
	timeout := e.timeoutFor(doc)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	fs, err := eval(ctx)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("rule evaluation timed out after %s (rule set: %s)", timeout, e.ruleSet)
		}
		return nil, fmt.Errorf("rule evaluation failed (rule set: %s): %w", e.ruleSet, err)
	}
	return fs, nil
}
