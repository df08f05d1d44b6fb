package multiprocessing

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/modules/builtins"
)

// placeholder stands, in a 'fork' child, for what its parent's state held but could not be
// copied (a thread, a generator in progress, an object that refuses pickling): any use
// of it raises RuntimeError naming the variable and the reason, never a silent wrong
// value. Passing it around, storing it (also in a set or as a dict key: it hashes and
// compares equal by identity, as the thread or generator it stands for did), or testing
// it with `is` do not count as use.
type placeholder struct {
	label  string // where it was: "global 'gen'", "argument 1 of the process"...
	kind   string // the type of what was there
	reason string
	typ    *py.Type // stands for the type of what was there (placeholderType)
}

// placeholderTypes are the types placeholders show, one per type of what they stand
// for: named like it (type(p) shows <class 'threading.Thread'>, an operator's TypeError
// names 'Thread', as for the object a real fork would have copied), but none of its
// methods.
var placeholderTypes sync.Map // "module\x00qualname" -> *py.Type

// placeholderType is the type of a placeholder for an object of the type named by module,
// qualname and name.
func placeholderType(module, qualname, name string) *py.Type {
	key := module + "\x00" + qualname
	if t, ok := placeholderTypes.Load(key); ok {
		return t.(*py.Type)
	}
	t := py.NewType(name, "What a process started with 'fork' could not copy from its parent: any use raises RuntimeError.")
	t.Qualname = qualname
	t.Dict["__module__"] = py.String(module)
	for _, name := range []string{"__matmul__", "__rmatmul__", "__imatmul__"} {
		t.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if p, ok := self.(*placeholder); ok {
				return nil, p.touched()
			}
			return py.NotImplemented, nil
		}, 0, "")
	}
	builtins.Ready(t)
	got, _ := placeholderTypes.LoadOrStore(key, t)
	return got.(*py.Type)
}

// newPlaceholder is a placeholder for an object of type t.
func newPlaceholder(label string, t *py.Type, reason string) *placeholder {
	module, _ := t.Dict["__module__"].(py.String)
	if module == "" {
		module = "builtins"
	}
	return &placeholder{label: label, kind: t.Name, reason: reason, typ: placeholderType(string(module), t.Qualname, t.Name)}
}

// Type returns the type standing for that of what was there.
func (p *placeholder) Type() *py.Type { return p.typ }

// touched is the error of any use.
func (p *placeholder) touched() error {
	return py.ExceptionNewf(py.RuntimeError, "%s (a '%s' object) was not copied into this process by gopy's 'fork' start method: %s", p.label, p.kind, p.reason)
}

func (p *placeholder) M__getattribute__(string) (py.Object, error)          { return nil, p.touched() }
func (p *placeholder) M__setattr__(string, py.Object) (py.Object, error)    { return nil, p.touched() }
func (p *placeholder) M__delattr__(string) (py.Object, error)               { return nil, p.touched() }
func (p *placeholder) M__call__(py.Tuple, py.StringDict) (py.Object, error) { return nil, p.touched() }
func (p *placeholder) M__repr__() (py.Object, error)                        { return nil, p.touched() }
func (p *placeholder) M__str__() (py.Object, error)                         { return nil, p.touched() }
func (p *placeholder) M__bool__() (py.Object, error)                        { return nil, p.touched() }
func (p *placeholder) M__len__() (py.Object, error)                         { return nil, p.touched() }
func (p *placeholder) M__iter__() (py.Object, error)                        { return nil, p.touched() }
func (p *placeholder) M__next__() (py.Object, error)                        { return nil, p.touched() }
func (p *placeholder) M__getitem__(py.Object) (py.Object, error)            { return nil, p.touched() }
func (p *placeholder) M__setitem__(py.Object, py.Object) (py.Object, error) { return nil, p.touched() }
func (p *placeholder) M__delitem__(py.Object) (py.Object, error)            { return nil, p.touched() }
func (p *placeholder) M__contains__(py.Object) (py.Object, error)           { return nil, p.touched() }
func (p *placeholder) M__lt__(py.Object) (py.Object, error)                 { return nil, p.touched() }
func (p *placeholder) M__le__(py.Object) (py.Object, error)                 { return nil, p.touched() }
func (p *placeholder) M__gt__(py.Object) (py.Object, error)                 { return nil, p.touched() }
func (p *placeholder) M__ge__(py.Object) (py.Object, error)                 { return nil, p.touched() }
func (p *placeholder) M__add__(py.Object) (py.Object, error)                { return nil, p.touched() }
func (p *placeholder) M__radd__(py.Object) (py.Object, error)               { return nil, p.touched() }
func (p *placeholder) M__sub__(py.Object) (py.Object, error)                { return nil, p.touched() }
func (p *placeholder) M__rsub__(py.Object) (py.Object, error)               { return nil, p.touched() }
func (p *placeholder) M__mul__(py.Object) (py.Object, error)                { return nil, p.touched() }
func (p *placeholder) M__rmul__(py.Object) (py.Object, error)               { return nil, p.touched() }
func (p *placeholder) M__truediv__(py.Object) (py.Object, error)            { return nil, p.touched() }
func (p *placeholder) M__rtruediv__(py.Object) (py.Object, error)           { return nil, p.touched() }
func (p *placeholder) M__floordiv__(py.Object) (py.Object, error)           { return nil, p.touched() }
func (p *placeholder) M__mod__(py.Object) (py.Object, error)                { return nil, p.touched() }
func (p *placeholder) M__neg__() (py.Object, error)                         { return nil, p.touched() }
func (p *placeholder) M__int__() (py.Object, error)                         { return nil, p.touched() }
func (p *placeholder) M__float__() (py.Object, error)                       { return nil, p.touched() }
func (p *placeholder) M__index__() (py.Int, error)                          { return 0, p.touched() }
func (p *placeholder) M__enter__() (py.Object, error)                       { return nil, p.touched() }
func (p *placeholder) M__rfloordiv__(py.Object) (py.Object, error)          { return nil, p.touched() }
func (p *placeholder) M__rmod__(py.Object) (py.Object, error)               { return nil, p.touched() }
func (p *placeholder) M__divmod__(py.Object) (py.Object, py.Object, error) {
	return nil, nil, p.touched()
}
func (p *placeholder) M__rdivmod__(py.Object) (py.Object, py.Object, error) {
	return nil, nil, p.touched()
}
func (p *placeholder) M__pow__(a, b py.Object) (py.Object, error)     { return nil, p.touched() }
func (p *placeholder) M__rpow__(py.Object) (py.Object, error)         { return nil, p.touched() }
func (p *placeholder) M__lshift__(py.Object) (py.Object, error)       { return nil, p.touched() }
func (p *placeholder) M__rlshift__(py.Object) (py.Object, error)      { return nil, p.touched() }
func (p *placeholder) M__rshift__(py.Object) (py.Object, error)       { return nil, p.touched() }
func (p *placeholder) M__rrshift__(py.Object) (py.Object, error)      { return nil, p.touched() }
func (p *placeholder) M__and__(py.Object) (py.Object, error)          { return nil, p.touched() }
func (p *placeholder) M__rand__(py.Object) (py.Object, error)         { return nil, p.touched() }
func (p *placeholder) M__or__(py.Object) (py.Object, error)           { return nil, p.touched() }
func (p *placeholder) M__ror__(py.Object) (py.Object, error)          { return nil, p.touched() }
func (p *placeholder) M__xor__(py.Object) (py.Object, error)          { return nil, p.touched() }
func (p *placeholder) M__rxor__(py.Object) (py.Object, error)         { return nil, p.touched() }
func (p *placeholder) M__iadd__(py.Object) (py.Object, error)         { return nil, p.touched() }
func (p *placeholder) M__isub__(py.Object) (py.Object, error)         { return nil, p.touched() }
func (p *placeholder) M__imul__(py.Object) (py.Object, error)         { return nil, p.touched() }
func (p *placeholder) M__itruediv__(py.Object) (py.Object, error)     { return nil, p.touched() }
func (p *placeholder) M__ifloordiv__(py.Object) (py.Object, error)    { return nil, p.touched() }
func (p *placeholder) M__imod__(py.Object) (py.Object, error)         { return nil, p.touched() }
func (p *placeholder) M__ipow__(a, b py.Object) (py.Object, error)    { return nil, p.touched() }
func (p *placeholder) M__ilshift__(py.Object) (py.Object, error)      { return nil, p.touched() }
func (p *placeholder) M__irshift__(py.Object) (py.Object, error)      { return nil, p.touched() }
func (p *placeholder) M__iand__(py.Object) (py.Object, error)         { return nil, p.touched() }
func (p *placeholder) M__ior__(py.Object) (py.Object, error)          { return nil, p.touched() }
func (p *placeholder) M__ixor__(py.Object) (py.Object, error)         { return nil, p.touched() }
func (p *placeholder) M__pos__() (py.Object, error)                   { return nil, p.touched() }
func (p *placeholder) M__abs__() (py.Object, error)                   { return nil, p.touched() }
func (p *placeholder) M__invert__() (py.Object, error)                { return nil, p.touched() }
func (p *placeholder) M__complex__() (py.Object, error)               { return nil, p.touched() }
func (p *placeholder) M__round__(py.Object) (py.Object, error)        { return nil, p.touched() }
func (p *placeholder) M__trunc__() (py.Object, error)                 { return nil, p.touched() }
func (p *placeholder) M__floor__() (py.Object, error)                 { return nil, p.touched() }
func (p *placeholder) M__ceil__() (py.Object, error)                  { return nil, p.touched() }
func (p *placeholder) M__bytes__() (py.Object, error)                 { return nil, p.touched() }
func (p *placeholder) M__format__(py.Object) (py.Object, error)       { return nil, p.touched() }
func (p *placeholder) M__reversed__() (py.Object, error)              { return nil, p.touched() }
func (p *placeholder) M__dir__() (py.Object, error)                   { return nil, p.touched() }
func (p *placeholder) M__exit__(a, b, c py.Object) (py.Object, error) { return nil, p.touched() }

// M__hash__ is identity, so a placeholder in a set or a dict's keys stays there.
func (p *placeholder) M__hash__() (py.Object, error) { return classes.ObjectHash(p), nil }

// M__eq__ is identity, as the equality of what it stands for was.
func (p *placeholder) M__eq__(o py.Object) (py.Object, error) {
	return py.NewBool(o == py.Object(p)), nil
}

// M__ne__ is M__eq__'s negation.
func (p *placeholder) M__ne__(o py.Object) (py.Object, error) {
	return py.NewBool(o != py.Object(p)), nil
}
