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
// path. An alias passed to a function of the policy is followed into the
// function's body, so a helper that reads two fields of a span keeps only
// those two.

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
	// followed records the (function, argument, path) triples already
	// analysed, so recursion and repeated calls end.
	followed map[string]bool
}

// analyseInputUse returns the parts of the input that the rules of the
// compiled modules can read. Modules for which skip returns true (disabled
// rules) are left out unless another module refers into them.
func analyseInputUse(c *ast.Compiler, skip func(file string) bool) *inputUse {
	a := &useAnalysis{compiler: c, use: &inputUse{}, followed: map[string]bool{}, pending: map[string]*ast.Module{}}
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

func (a *useAnalysis) module(m *ast.Module) {
	for _, r := range m.Rules {
		for ; r != nil; r = r.Else {
			a.rule(r, map[ast.Var][]inputPath{})
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

// rule analyses one rule (or one else branch) with some variables already
// bound to input paths (a function's parameters at a call site).
func (a *useAnalysis) rule(r *ast.Rule, aliases map[ast.Var][]inputPath) {
	s := &useScope{a: a, aliases: aliases, defining: map[*ast.Expr]bool{}, first: map[ast.Var]*ast.Expr{}}
	for v := range aliases {
		s.first[v] = nil // bound before the body: a later `v = …` compares
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
	// Head terms: a value put into a rule's result is read whole.
	if r.Head.Key != nil {
		s.term(r.Head.Key)
	}
	if r.Head.Value != nil {
		s.term(r.Head.Value)
	}
	if len(r.Head.Reference) > 1 { // the keys of a rule such as p[x].y := …
		for _, ref := range r.Head.Reference[1:] {
			s.term(ref)
		}
	}
	s.body(r.Body)
}

// useScope is the analysis of one rule body and the bodies nested in it.
// Compiled Rego gives every local variable of a rule a unique name, so one
// alias map serves the nested comprehension bodies too.
type useScope struct {
	a       *useAnalysis
	aliases map[ast.Var][]inputPath
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

// aliasFrom records `v = <input path>` and `every _, v in <input path>`;
// it reports whether it learnt something new.
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
// reference, an alias or a reference rooted at one; nil for anything else.
func (s *useScope) paths(t *ast.Term) []inputPath {
	switch v := t.Value.(type) {
	case ast.Var:
		if v.Equal(ast.InputRootDocument.Value) {
			return []inputPath{{}}
		}
		return s.aliases[v]
	case ast.Ref:
		base := s.paths(v[0])
		if base == nil {
			return nil
		}
		var steps inputPath
		for _, op := range v[1:] {
			if str, ok := op.Value.(ast.String); ok {
				steps = append(steps, pathStep{key: string(str)})
			} else {
				steps = append(steps, pathStep{any: true})
			}
		}
		out := make([]inputPath, len(base))
		for i, b := range base {
			out[i] = append(append(inputPath{}, b...), steps...)
		}
		return out
	}
	return nil
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
		if ref, ok := w.Target.Value.(ast.Ref); ok && ref.HasPrefix(ast.InputRootRef) {
			s.a.use.mark(nil) // a rule that replaces input: keep everything
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

// call handles a call or a unification that binds nothing new. Arguments
// passed to a function of the policy are followed into its body.
func (s *useScope) call(terms []*ast.Term) {
	op, ok := terms[0].Value.(ast.Ref)
	if !ok || !op.HasPrefix(ast.DefaultRootRef) {
		for _, t := range terms[1:] {
			s.term(t)
		}
		return
	}
	s.a.reach(op)
	funcs := s.a.compiler.GetRulesExact(op)
	for i, arg := range terms[1:] {
		paths := s.paths(arg)
		if paths == nil || len(funcs) == 0 {
			s.term(arg)
			continue
		}
		if ref, ok := arg.Value.(ast.Ref); ok {
			s.refKeys(ref)
		}
		for _, f := range funcs {
			s.a.follow(f, i, paths)
		}
	}
}

// follow analyses function f with its i-th parameter bound to paths.
func (a *useAnalysis) follow(f *ast.Rule, i int, paths []inputPath) {
	for r := f; r != nil; r = r.Else {
		if i >= len(r.Head.Args) {
			continue // the output argument of a call
		}
		param, ok := r.Head.Args[i].Value.(ast.Var)
		if !ok { // a pattern such as f([a, b]): read the argument whole
			for _, p := range paths {
				a.use.mark(p)
			}
			continue
		}
		for _, p := range paths {
			key := fmt.Sprintf("%p/%d/%s", r, i, p)
			if a.followed[key] {
				continue
			}
			a.followed[key] = true
			a.rule(r, map[ast.Var][]inputPath{param: {p}})
		}
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
func (s *useScope) readWhole(t *ast.Term) {
	for _, p := range s.paths(t) {
		s.a.use.mark(p)
	}
	if ref, ok := t.Value.(ast.Ref); ok && s.paths(t) != nil {
		s.refKeys(ref)
	}
}

func (s *useScope) refKeys(ref ast.Ref) {
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
