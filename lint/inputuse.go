package lint

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
)

// The rule input is built for every document, and building it is a large
// part of a run: the section tree alone is several times the size of the
// text. Most rules read a few parts of it (matches, some facts, heading
// numbers); none of the built-in rules reads a sentence or a section. So
// the engine works out once, from the compiled rules, which parts of the
// input the enabled rules can read at all, and builds only those (and runs
// only the fact extractors whose facts are read). A rule sees exactly the
// same value on every path it reads; the analysis errs on the side of
// keeping: anything it does not understand keeps what it touches whole.
//
// The analysis tracks references rooted at `input` through the variables
// they are bound to. In compiled Rego every `some x in xs`, `x := xs[_]`
// and `x := y.f` is a unification of a variable with a reference, so an
// alias of an input path is recognised by that form. Any other occurrence
// of an input reference or an alias (a comparison, a builtin argument, a
// value put into a collection or a rule head) reads the whole value at its
// path. A function of the policy is analysed at its call sites, with its
// parameters bound to what the arguments are: an alias is followed into
// the body, so a helper that reads two fields of a span keeps only those
// two, and a constant string is a known key, so match.kept("typo") reads
// input.matches.typo and no other list.
//
// A complete rule whose value is an input path (`_slots :=
// input.facts.heading_numbering.slots`) is a rule-level alias: references
// to data.<pkg>._slots[i].label read input.facts.heading_numbering.slots[_].
// label, as a local alias would. Without this, every field of every
// heading's slot would be built on a long document, for rules that read a
// few of them.

// inputUse is a node of the tree of input paths that rules read.
type inputUse struct {
	// all: the whole value at this path may be read.
	all bool
	// fields are the object keys read by name.
	fields map[string]*inputUse
	// any is what is read through a variable key or an array index: every
	// key or element, with the paths below it.
	any *inputUse
}

// fullInput is the use that keeps everything (gwlint parse, rule tests).
var fullInput = &inputUse{all: true}

// has reports whether anything under key may be read. A nil use reads
// nothing.
func (u *inputUse) has(key string) bool {
	if u == nil {
		return false
	}
	return u.all || u.any != nil || u.fields[key] != nil
}

// reads reports whether the value at path may be read (in whole or in
// part).
func (u *inputUse) reads(path []string) bool {
	for _, key := range path {
		if u == nil || u.all {
			return u != nil
		}
		if !u.has(key) {
			return false
		}
		u = u.child(key)
	}
	return u != nil
}

// child is the use of the value under key (nil when it is not read).
func (u *inputUse) child(key string) *inputUse {
	if u == nil {
		return nil
	}
	if u.all {
		return fullInput
	}
	f, a := u.fields[key], u.any
	switch {
	case f == nil:
		return a
	case a == nil:
		return f
	}
	return f.union(a)
}

// elem is the use of every element of an array.
func (u *inputUse) elem() *inputUse {
	if u == nil {
		return nil
	}
	if u.all {
		return fullInput
	}
	var out *inputUse
	for _, f := range u.fields { // a constant index such as paragraphs[0]
		out = out.union(f)
	}
	return out.union(u.any)
}

func (u *inputUse) union(v *inputUse) *inputUse {
	switch {
	case u == nil:
		return v
	case v == nil:
		return u
	case u.all || v.all:
		return fullInput
	}
	out := &inputUse{any: u.any.union(v.any), fields: map[string]*inputUse{}}
	for k, f := range u.fields {
		out.fields[k] = f
	}
	for k, f := range v.fields {
		out.fields[k] = out.fields[k].union(f)
	}
	return out
}

// pathStep is one step of an input path: an object key, or any key or
// index (a variable, a number).
type pathStep struct {
	key string
	any bool
}

type inputPath []pathStep

func (p inputPath) String() string {
	s := "input"
	for _, st := range p {
		if st.any {
			s += "[_]"
		} else {
			s += "." + st.key
		}
	}
	return s
}

// mark records that the whole value at path may be read.
func (u *inputUse) mark(path inputPath) {
	n := u
	for _, st := range path {
		if n.all {
			return
		}
		next := &n.any
		if !st.any {
			if n.fields == nil {
				n.fields = map[string]*inputUse{}
			}
			f := n.fields[st.key]
			if f == nil {
				f = &inputUse{}
				n.fields[st.key] = f
			}
			n = f
			continue
		}
		if *next == nil {
			*next = &inputUse{}
		}
		n = *next
	}
	n.all, n.fields, n.any = true, nil, nil
}

// useAnalysis walks compiled rules and records the input paths they read.
type useAnalysis struct {
	compiler *ast.Compiler
	use      *inputUse
	// pending are the modules of disabled rules, analysed only if an
	// analysed rule refers into them; keyed by package path.
	pending map[string]*ast.Module
	// followed records the (function, bindings) pairs already analysed,
	// so repeated calls are analysed once.
	followed map[string]bool
	// ruleAliases are the complete rules whose value is an input path,
	// keyed by the rule's reference (data.<pkg>.<name>) as a string.
	ruleAliases map[string]ruleAlias
	// aliasBranches holds every branch (definition, else) of those rules:
	// their value is not a read in itself.
	aliasBranches map[*ast.Rule]bool
}

// ruleAlias is a complete rule whose value is one of paths.
type ruleAlias struct {
	ref   ast.Ref
	paths []inputPath
}

// analyseInputUse returns the parts of the input that the rules of the
// compiled modules can read. Modules for which skip returns true (disabled
// rules) are left out unless another module refers into them.
func analyseInputUse(c *ast.Compiler, skip func(file string) bool) *inputUse {
	a := &useAnalysis{
		compiler: c, use: &inputUse{}, followed: map[string]bool{}, pending: map[string]*ast.Module{},
		ruleAliases: map[string]ruleAlias{}, aliasBranches: map[*ast.Rule]bool{},
	}
	a.findRuleAliases()
	var todo []*ast.Module
	for file, m := range c.Modules {
		if skip(file) {
			a.pending[m.Package.Path.String()] = m
		} else {
			todo = append(todo, m)
		}
	}
	for _, m := range todo {
		a.module(m)
	}
	return a.use
}

// module analyses the rules of a module. Functions are left to their call
// sites (follow): a function runs only when called, and only there is it
// known what its parameters stand for.
func (a *useAnalysis) module(m *ast.Module) {
	for _, r := range m.Rules {
		if len(r.Head.Args) > 0 {
			continue
		}
		for ; r != nil; r = r.Else {
			a.rule(r, bindings{})
		}
	}
}

// reach analyses the pending module that a data reference points into by
// name. The entrypoint's routing reference data.gwlint.rules[c][n].report
// names no module and reaches enabled rules only, so it pulls in nothing.
func (a *useAnalysis) reach(ref ast.Ref) {
	if len(a.pending) == 0 || !ref.HasPrefix(ast.DefaultRootRef) {
		return
	}
	for path, m := range a.pending {
		if ref.HasPrefix(m.Package.Path) {
			delete(a.pending, path)
			a.module(m)
		}
	}
}

// bindings are what a rule body knows before it starts: at a call site, a
// function's parameters bound to input paths (the argument is an alias) or
// to constant keys (the argument is a string constant).
type bindings struct {
	aliases map[ast.Var][]inputPath
	keys    map[ast.Var]string
}

// rule analyses one rule (or one else branch) under some bindings.
func (a *useAnalysis) rule(r *ast.Rule, b bindings) {
	s := a.newScope(r, b)
	// Head terms: a value put into a rule's result is read whole, except
	// the value of a rule-level alias, which is read where it is used.
	if r.Head.Key != nil {
		s.term(r.Head.Key)
	}
	if r.Head.Value != nil {
		if a.aliasBranches[r] {
			s.refKeysOf(r.Head.Value)
		} else {
			s.term(r.Head.Value)
		}
	}
	if len(r.Head.Reference) > 1 { // the keys of a rule such as p[x].y := …
		for _, ref := range r.Head.Reference[1:] {
			s.term(ref)
		}
	}
	s.body(r.Body)
}

// newScope prepares the analysis of a rule's body: where each variable
// first occurs, and which variables are aliases or constant keys.
func (a *useAnalysis) newScope(r *ast.Rule, b bindings) *useScope {
	s := &useScope{a: a, aliases: map[ast.Var][]inputPath{}, keys: map[ast.Var]string{},
		defining: map[*ast.Expr]bool{}, first: map[ast.Var]*ast.Expr{}}
	for v, p := range b.aliases {
		s.aliases[v] = p
		s.first[v] = nil // bound before the body: a later `v = …` compares
	}
	for v, k := range b.keys {
		s.keys[v] = k
		s.first[v] = nil
	}
	ast.WalkExprs(r.Body, func(e *ast.Expr) bool {
		for _, v := range boundHere(e) {
			if _, seen := s.first[v]; !seen {
				s.first[v] = e
			}
		}
		return false
	})
	s.collectAliases(r.Body)
	return s
}

// useScope is the analysis of one rule body and the bodies nested in it.
// Compiled Rego gives every local variable of a rule a unique name, so one
// alias map serves the nested comprehension bodies too.
type useScope struct {
	a       *useAnalysis
	aliases map[ast.Var][]inputPath
	// keys are the variables bound to a constant string: as a key of an
	// input reference they name one field, not every one.
	keys map[ast.Var]string
	// defining holds the unifications that bind an alias; their input side
	// is not a read in itself.
	defining map[*ast.Expr]bool
	// first is the expression where each variable first occurs. Only
	// there can `v = input.x` bind v; later it compares v with input.x.
	first map[ast.Var]*ast.Expr
}

// boundHere lists the variables occurring in an expression outside the
// bodies nested in it (comprehensions, every), whose expressions are
// visited on their own.
func boundHere(e *ast.Expr) []ast.Var {
	var out []ast.Var
	ast.NewGenericVisitor(func(x any) bool {
		switch v := x.(type) {
		case *ast.ArrayComprehension, *ast.SetComprehension, *ast.ObjectComprehension, ast.Body:
			return true
		case ast.Var:
			out = append(out, v)
		}
		return false
	}).Walk(e)
	return out
}

// collectAliases finds the variables bound to input paths, repeating until
// nothing new is found (a body's expressions may come in any order).
func (s *useScope) collectAliases(b ast.Body) {
	for changed := true; changed; {
		changed = false
		ast.WalkExprs(b, func(e *ast.Expr) bool {
			if s.aliasFrom(e) {
				changed = true
			}
			return false
		})
	}
}

// aliasFrom records `v = <input path>`, `v = "constant"` and
// `every _, v in <input path>`; it reports whether it learnt something new.
func (s *useScope) aliasFrom(e *ast.Expr) bool {
	if len(e.With) > 0 || e.Negated {
		return false
	}
	if ev, ok := e.Terms.(*ast.Every); ok {
		v, isVar := ev.Value.Value.(ast.Var)
		paths := s.paths(ev.Domain)
		if !isVar || paths == nil || s.first[v] != e {
			return false
		}
		return s.bind(v, withStep(paths, pathStep{any: true}))
	}
	if !e.IsEquality() {
		return false
	}
	ops := e.Operands()
	for i := range 2 {
		v, isVar := ops[i].Value.(ast.Var)
		if !isVar || s.first[v] != e {
			continue
		}
		if paths := s.paths(ops[1-i]); paths != nil {
			s.defining[e] = true
			return s.bind(v, paths)
		}
		if key, ok := ops[1-i].Value.(ast.String); ok {
			_, known := s.keys[v]
			s.keys[v] = string(key)
			return !known
		}
	}
	return false
}

func (s *useScope) bind(v ast.Var, paths []inputPath) bool {
	known := map[string]bool{}
	for _, p := range s.aliases[v] {
		known[p.String()] = true
	}
	added := false
	for _, p := range paths {
		if !known[p.String()] {
			s.aliases[v] = append(s.aliases[v], p)
			added = true
		}
	}
	return added
}

// paths returns the input paths a term stands for: input itself, an input
// reference, an alias, a rule-level alias or a reference rooted at one;
// nil for anything else.
func (s *useScope) paths(t *ast.Term) []inputPath {
	switch v := t.Value.(type) {
	case ast.Var:
		if v.Equal(ast.InputRootDocument.Value) {
			return []inputPath{{}}
		}
		return s.aliases[v]
	case ast.Ref:
		base, keys := s.paths(v[0]), v[1:]
		if v[0].Equal(ast.DefaultRootDocument) {
			alias, ok := s.a.ruleAliasAt(v)
			if !ok {
				return nil
			}
			base, keys = alias.paths, v[len(alias.ref):]
		}
		if base == nil {
			return nil
		}
		steps := make(inputPath, len(keys))
		for i, op := range keys {
			steps[i] = s.step(op)
		}
		out := make([]inputPath, len(base))
		for i, b := range base {
			out[i] = append(append(inputPath{}, b...), steps...)
		}
		return out
	}
	return nil
}

// step is the path step of a reference key: a field for a constant string
// or a variable bound to one, any key for everything else.
func (s *useScope) step(key *ast.Term) pathStep {
	if k, ok := s.constKey(key); ok {
		return pathStep{key: k}
	}
	return pathStep{any: true}
}

// constKey reports the string a term is known to be: a string constant or
// a variable bound to one.
func (s *useScope) constKey(t *ast.Term) (string, bool) {
	switch v := t.Value.(type) {
	case ast.String:
		return string(v), true
	case ast.Var:
		k, ok := s.keys[v]
		return k, ok
	}
	return "", false
}

func withStep(paths []inputPath, st pathStep) []inputPath {
	out := make([]inputPath, len(paths))
	for i, p := range paths {
		out[i] = append(append(inputPath{}, p...), st)
	}
	return out
}

func (s *useScope) body(b ast.Body) {
	for _, e := range b {
		s.expr(e)
	}
}

func (s *useScope) expr(e *ast.Expr) {
	for _, w := range e.With {
		if s.a.replacesReads(w) {
			s.a.use.mark(nil) // a rule that replaces input or a function: keep everything
		}
		s.term(w.Value)
	}
	switch t := e.Terms.(type) {
	case *ast.Term:
		s.term(t)
	case []*ast.Term:
		if s.defining[e] {
			// v = <input path>: the binding is not a read; the reads of v
			// are. The variable side needs no walk.
			for _, op := range e.Operands() {
				if s.paths(op) == nil {
					s.term(op)
				} else if ref, ok := op.Value.(ast.Ref); ok {
					s.refKeys(ref)
				}
			}
			return
		}
		s.call(t)
	case *ast.Every:
		s.refKeysOf(t.Domain)
		if s.paths(t.Domain) == nil {
			s.term(t.Domain)
		}
		s.body(t.Body)
	default:
		// A form this analysis does not model (negation blocks, logical
		// operators of newer Rego): every input path in it is read whole.
		ast.WalkTerms(e, func(t *ast.Term) bool {
			s.readWhole(t)
			return false
		})
	}
}

// replacesReads reports whether a with modifier replaces input, or a
// function of the policy (whose replacement would run with arguments this
// analysis followed into the original).
func (a *useAnalysis) replacesReads(w *ast.With) bool {
	ref, ok := w.Target.Value.(ast.Ref)
	if !ok {
		return false
	}
	if ref.HasPrefix(ast.InputRootRef) {
		return true
	}
	for _, r := range a.compiler.GetRulesExact(ref) {
		if len(r.Head.Args) > 0 {
			return true
		}
	}
	return false
}

// call handles a call or a unification that binds nothing new. A function
// of the policy is followed into its body with what is known of its
// arguments (see bindings); any other argument is read here.
func (s *useScope) call(terms []*ast.Term) {
	op, ok := terms[0].Value.(ast.Ref)
	if !ok || !op.HasPrefix(ast.DefaultRootRef) {
		for _, t := range terms[1:] {
			s.term(t)
		}
		return
	}
	s.a.reach(op)
	// A complete rule called as a function of no arguments (f()) hands
	// its value to the output variable, which is not followed.
	s.a.readAliasesWhole(op, true)
	funcs := s.a.compiler.GetRulesExact(op)
	args := make([]argument, len(terms)-1)
	for i, arg := range terms[1:] {
		paths := s.paths(arg)
		key, isKey := s.constKey(arg)
		switch {
		case len(funcs) == 0 || (paths == nil && !isKey):
			s.term(arg)
		case paths != nil:
			s.refKeysOf(arg)
			args[i].paths = paths
		default:
			args[i].key, args[i].isKey = key, true
		}
	}
	for _, f := range funcs {
		s.a.follow(f, args)
	}
}

// argument is what a call site tells about one argument of a function:
// the input paths it stands for, or the constant string it is.
type argument struct {
	paths []inputPath
	key   string
	isKey bool
}

func (arg argument) String() string {
	switch {
	case arg.paths != nil:
		return fmt.Sprint(arg.paths)
	case arg.isKey:
		return fmt.Sprintf("%q", arg.key)
	}
	return "-"
}

// follow analyses function f (each of its branches) with its parameters
// bound to what is known of the arguments at one call site.
func (a *useAnalysis) follow(f *ast.Rule, args []argument) {
	for r := f; r != nil; r = r.Else {
		b := bindings{aliases: map[ast.Var][]inputPath{}, keys: map[ast.Var]string{}}
		memo := fmt.Sprintf("%p", r)
		for i, arg := range args {
			if i >= len(r.Head.Args) {
				break // the output argument of a call
			}
			memo += "/" + arg.String()
			param, isVar := r.Head.Args[i].Value.(ast.Var)
			switch {
			case !isVar: // a pattern such as f([a, b]): read the argument whole
				for _, p := range arg.paths {
					a.use.mark(p)
				}
			case arg.paths != nil:
				b.aliases[param] = arg.paths
			case arg.isKey:
				b.keys[param] = arg.key
			}
		}
		if a.followed[memo] {
			continue
		}
		a.followed[memo] = true
		a.rule(r, b)
	}
}

// term records the reads in a term: an input path met here is read whole;
// collections, calls and comprehensions are walked.
func (s *useScope) term(t *ast.Term) {
	switch v := t.Value.(type) {
	case ast.Var, ast.Ref:
		if ref, ok := v.(ast.Ref); ok {
			s.a.reach(ref)
		}
		s.readWhole(t)
		if ref, ok := v.(ast.Ref); ok && s.paths(t) == nil {
			for _, op := range ref[1:] {
				s.term(op)
			}
		}
	case *ast.Array:
		v.Foreach(s.term)
	case ast.Set:
		v.Foreach(s.term)
	case ast.Object:
		v.Foreach(func(k, x *ast.Term) { s.term(k); s.term(x) })
	case ast.Call:
		s.call(v)
	case *ast.ArrayComprehension:
		s.comprehension(v.Body, v.Term)
	case *ast.SetComprehension:
		s.comprehension(v.Body, v.Term)
	case *ast.ObjectComprehension:
		s.comprehension(v.Body, v.Key, v.Value)
	}
}

func (s *useScope) comprehension(b ast.Body, heads ...*ast.Term) {
	s.collectAliases(b)
	for _, h := range heads {
		s.term(h)
	}
	s.body(b)
}

// readWhole marks the paths of an input term as read whole, and walks the
// keys of a reference (a key may itself be an alias: input.headings[s.parent]).
// A data reference that is no rule-level alias may still reach the value
// of one (data.<pkg> is an object holding it): that value is read whole.
func (s *useScope) readWhole(t *ast.Term) {
	paths := s.paths(t)
	for _, p := range paths {
		s.a.use.mark(p)
	}
	ref, ok := t.Value.(ast.Ref)
	switch {
	case ok && paths != nil:
		s.refKeys(ref)
	case ok && ref[0].Equal(ast.DefaultRootDocument):
		s.a.readAliasesWhole(ref, false)
	}
}

// refKeys records the reads in the keys of a reference to an input path
// (rooted at input, an alias or a rule-level alias, which may be in a
// module not analysed yet).
func (s *useScope) refKeys(ref ast.Ref) {
	s.a.reach(ref)
	for _, op := range ref[1:] {
		if _, isVar := op.Value.(ast.Var); isVar && s.aliases[op.Value.(ast.Var)] == nil {
			continue
		}
		if _, isStr := op.Value.(ast.String); !isStr {
			s.term(op)
		}
	}
}

func (s *useScope) refKeysOf(t *ast.Term) {
	if ref, ok := t.Value.(ast.Ref); ok {
		s.refKeys(ref)
	}
}

// findRuleAliases finds the rule-level aliases: complete rules (no
// arguments, one value, a ground name) every definition of which has an
// input path as its value (a default's constant reads nothing). An alias
// may be defined through another (_a := input.x; _b := _a.y), so the
// search repeats until it finds nothing new; Rego forbids recursion, so
// every chain ends.
func (a *useAnalysis) findRuleAliases() {
	candidates := map[string]ast.Ref{}
	for _, m := range a.compiler.Modules {
		for _, r := range m.Rules {
			if isCompleteRule(r) && r.Head.Ref().IsGround() {
				ref := r.Ref()
				candidates[ref.String()] = ref
			}
		}
	}
	for found := true; found; {
		found = false
		for name, ref := range candidates {
			rules := a.compiler.GetRulesExact(ref)
			if paths := a.aliasValue(rules); paths != nil {
				a.ruleAliases[name] = ruleAlias{ref: ref, paths: paths}
				for _, r := range rules {
					for ; r != nil; r = r.Else {
						a.aliasBranches[r] = true
					}
				}
				delete(candidates, name)
				found = true
			}
		}
	}
}

func isCompleteRule(r *ast.Rule) bool {
	return len(r.Head.Args) == 0 && r.Head.Key == nil && r.Head.Value != nil
}

// aliasValue returns the input paths that the value of a complete rule
// (all its definitions and else branches) can be; nil when one of them is
// anything else, or is an alias not found yet.
func (a *useAnalysis) aliasValue(rules []*ast.Rule) []inputPath {
	var out []inputPath
	for _, r := range rules {
		for ; r != nil; r = r.Else {
			if !isCompleteRule(r) {
				return nil
			}
			if r.Default && ast.IsConstant(r.Head.Value.Value) {
				continue
			}
			paths := a.newScope(r, bindings{}).paths(r.Head.Value)
			if paths == nil {
				return nil
			}
			out = append(out, paths...)
		}
	}
	return out
}

// ruleAliasAt returns the rule-level alias a data reference starts with.
func (a *useAnalysis) ruleAliasAt(ref ast.Ref) (ruleAlias, bool) {
	if len(a.ruleAliases) == 0 {
		return ruleAlias{}, false
	}
	for n := len(ref); n > 1; n-- {
		if alias, ok := a.ruleAliases[ref[:n].String()]; ok {
			return alias, true
		}
	}
	return ruleAlias{}, false
}

// readAliasesWhole marks as read whole the values of the rule-level
// aliases that a data reference may reach although it does not start
// with one: it names a document holding the rule (data.<pkg>), or has a
// variable key where the rule's name is (data.<pkg>[x]), or it is the
// operator of a call (the value goes to the call's output).
func (a *useAnalysis) readAliasesWhole(ref ast.Ref, call bool) {
	for _, alias := range a.ruleAliases {
		exact, overlaps := overlap(ref, alias.ref)
		if overlaps && (call || !exact || len(ref) < len(alias.ref)) {
			for _, p := range alias.paths {
				a.use.mark(p)
			}
		}
	}
}

// overlap compares a reference with a rule's (ground) reference over
// their common length: overlaps when no key differs, exact when every key
// is the same (no variable stands in for one).
func overlap(ref, rule ast.Ref) (exact, overlaps bool) {
	exact = true
	for i := range min(len(ref), len(rule)) {
		switch {
		case ref[i].Equal(rule[i]):
		case !ref[i].IsGround():
			exact = false
		default:
			return false, false
		}
	}
	return exact, true
}
