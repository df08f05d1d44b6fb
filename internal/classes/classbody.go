package classes

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/interp/gil"
)

// A class body's assignments and deletions go through compiler.RT.ClassStore and
// ClassDelete (the compiler emits them instead of STORE_NAME/DELETE_NAME in class
// scope). While __build_class__ runs a body, the body's namespace (a py.StringDict, the
// frame's locals, which the VM reads names from) holds, under a key no identifier can
// be, the classBody: the mapping the metaclass's __prepare__ returned, which is given
// every assignment as it happens (CPython's STORE_NAME calls its __setitem__, so that
// Enum's namespace turns auto() into values at once), and the order in which names were
// first defined.

// bodyKey is the namespace key of the running class body's state.
const bodyKey = frames.ClassBodyKey

var classBodyType = py.NewType("class body", "")

type classBody struct {
	prepared py.Object // what __prepare__ returned, nil if the metaclass has none
	order    []string  // names in order of first definition
	seen     map[string]bool
	ns       py.StringDict // the body's namespace (its frame's locals)
}

func (*classBody) Type() *py.Type { return classBodyType }

// Prepared is the namespace locals() and vars() give in the body: the metaclass's own
// mapping. A body running on a plain namespace gets a dict of it here, which then
// receives every later definition and becomes the class's namespace, so what the body
// writes into locals() defines names of the class, as in CPython.
func (b *classBody) Prepared() py.Object {
	if _, plain := b.prepared.(py.StringDict); (plain || b.prepared == nil) && b.ns != nil {
		ns := b.ns.Copy()
		delete(ns, bodyKey)
		b.prepared = orderedNamespace(ns, b.order)
	}
	return b.prepared
}

func (b *classBody) note(name string) {
	if !b.seen[name] {
		b.seen[name] = true
		b.order = append(b.order, name)
	}
}

func classStore(value, ns py.Object, name string) error {
	sd, ok := ns.(py.StringDict)
	if !ok {
		_, err := py.SetItem(ns, py.String(name), value)
		return err
	}
	b, _ := sd[bodyKey].(*classBody)
	if b == nil {
		sd[name] = value
		return nil
	}
	b.note(name)
	if b.prepared == nil {
		sd[name] = value
		return nil
	}
	if _, err := py.SetItem(b.prepared, py.String(name), value); err != nil {
		return err
	}
	// The body reads names back from ns: what the mapping holds now (CPython's LOAD_NAME
	// reads the mapping itself).
	if v, err := py.GetItem(b.prepared, py.String(name)); err == nil {
		value = v
	}
	sd[name] = value
	return nil
}

func classDelete(ns py.Object, name string) error {
	sd, ok := ns.(py.StringDict)
	if !ok {
		_, err := py.DelItem(ns, py.String(name))
		return err
	}
	b, _ := sd[bodyKey].(*classBody)
	if b != nil && b.prepared != nil {
		if _, err := py.DelItem(b.prepared, py.String(name)); err != nil {
			if info, ok := err.(py.ExceptionInfo); ok && info.Type != nil && info.Type.IsSubtype(py.KeyError) {
				return py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
			}
			return err
		}
		delete(sd, name)
		return nil
	}
	if _, ok := sd[name]; !ok {
		return py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
	}
	delete(sd, name)
	return nil
}

func init() {
	compiler.RT.ClassStore = classStore
	compiler.RT.ClassDelete = classDelete
	compiler.RT.ClassNamespace = classNamespace
}

// classNamespace is the locals of the running frame: a class body's namespace, when
// generated code asks. Code run on a bare gpython context (no interpreter thread tracks
// its frames: the object model's own tests) finds the innermost body __build_class__ runs.
func classNamespace() py.Object {
	if t := gil.Holding(); t != nil {
		if f := t.Running(0); f != nil && f.Locals != nil {
			return f.Locals
		}
	}
	untracked.Lock()
	defer untracked.Unlock()
	if n := len(untracked.bodies); n > 0 {
		return untracked.bodies[n-1]
	}
	return py.None
}

// untracked holds the namespaces of the class bodies running without an interpreter
// thread, innermost last.
var untracked struct {
	sync.Mutex
	bodies []py.StringDict
}

// enterUntrackedBody records ns as the running body's namespace when no interpreter
// thread tracks frames; the returned function ends it.
func enterUntrackedBody(ns py.StringDict) (leave func()) {
	if gil.Holding() != nil {
		return func() {}
	}
	untracked.Lock()
	untracked.bodies = append(untracked.bodies, ns)
	untracked.Unlock()
	return func() {
		untracked.Lock()
		untracked.bodies = untracked.bodies[:len(untracked.bodies)-1]
		untracked.Unlock()
	}
}
