package symtable

import (
	"github.com/gopyrt/gopy/internal/syntax"
)

// set is a set of names.
type set map[string]bool

func (s set) copy() set {
	c := make(set, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

func (s set) addAll(o set) {
	for k := range o {
		s[k] = true
	}
}

// analyze is the second pass (symtable_analyze): it resolves the scope of every name.
func (b *builder) analyze() (err error) {
	defer func() {
		if r := recover(); r != nil {
			bl, ok := r.(bail)
			if !ok {
				panic(r)
			}
			err = bl.err
		}
	}()
	b.analyzeBlock(b.top, nil, set{}, set{})
	return nil
}

// errorAtDirective reports an error at the global or nonlocal statement of name.
func (b *builder) errorAtDirective(t *Table, name, msg string) {
	pos, ok := t.directives[name]
	if !ok {
		panic(bail{&syntax.Error{Msg: msg, Filename: b.filename, NoLocation: true}})
	}
	b.errorAt(pos, msg)
}

// analyzeName is analyze_name: the scope of one name of t.
func (b *builder) analyzeName(t *Table, scopes map[string]int, name string, flags int, bound, local, free, global set) {
	if flags&DefGlobal != 0 {
		if flags&DefNonlocal != 0 {
			b.errorAtDirective(t, name, "name '"+name+"' is nonlocal and global")
		}
		scopes[name] = GlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
		return
	}
	if flags&DefNonlocal != 0 {
		if bound == nil {
			b.errorAtDirective(t, name, "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			b.errorAtDirective(t, name, "no binding for nonlocal '"+name+"' found")
		}
		scopes[name] = Free
		t.Free = true
		free[name] = true
		return
	}
	if flags&DefBound != 0 {
		scopes[name] = Local
		local[name] = true
		delete(global, name)
		return
	}
	if bound != nil && bound[name] {
		scopes[name] = Free
		t.Free = true
		free[name] = true
		return
	}
	if global != nil && global[name] {
		scopes[name] = GlobalImplicit
		return
	}
	if t.Nested {
		t.Free = true
	}
	scopes[name] = GlobalImplicit
}

// analyzeBlock is analyze_block. bound is nil for the module.
func (b *builder) analyzeBlock(t *Table, bound, free, global set) {
	local := set{}
	scopes := map[string]int{}
	newGlobal, newFree, newBound := set{}, set{}, set{}
	if t.Type == ClassBlock {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range t.Names {
		b.analyzeName(t, scopes, name, t.Symbols[name], bound, local, free, global)
	}
	if t.Type != ClassBlock {
		if t.Type == FunctionBlock {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound["__class__"] = true
	}
	allFree := set{}
	for _, c := range t.Children {
		// analyze_child_block: the child works on copies
		childFree := newFree.copy()
		b.analyzeBlock(c, newBound.copy(), childFree, newGlobal.copy())
		allFree.addAll(childFree)
		if c.Free || c.ChildFree {
			t.ChildFree = true
		}
	}
	newFree.addAll(allFree)
	switch t.Type {
	case FunctionBlock:
		for name, sc := range scopes {
			if sc == Local && newFree[name] {
				scopes[name] = Cell
				delete(newFree, name)
			}
		}
	case ClassBlock:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			t.NeedsClassClosure = true
		}
	}
	b.updateSymbols(t, scopes, bound, newFree, t.Type == ClassBlock)
	free.addAll(newFree)
}

// updateSymbols is update_symbols: it records the scopes, and adds the free variables
// of children that pass through t.
func (b *builder) updateSymbols(t *Table, scopes map[string]int, bound, free set, class bool) {
	for _, name := range t.Names {
		t.Symbols[name] |= scopes[name] << ScopeOffset
	}
	for _, name := range sortedNames(free) {
		if v, ok := t.Symbols[name]; ok {
			if class && v&(DefBound|DefGlobal) != 0 {
				t.Symbols[name] = v | DefFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue
		}
		t.Symbols[name] = Free << ScopeOffset
		t.Names = append(t.Names, name)
	}
}

// sortedNames gives the names of a set in a fixed order.
func sortedNames(s set) []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
