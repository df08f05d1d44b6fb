package multiprocessing

import (
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
}

// PlaceholderType is the type of placeholders.
var PlaceholderType = py.NewType("_ForkPlaceholder", "What a process started with 'fork' could not copy from its parent: any use raises RuntimeError.")

func init() {
	PlaceholderType.Dict["__module__"] = py.String("multiprocessing")
	builtins.Ready(PlaceholderType)
}

// Type returns PlaceholderType.
func (p *placeholder) Type() *py.Type { return PlaceholderType }

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
func (p *placeholder) M__exit__(a, b, c py.Object) (py.Object, error)       { return nil, p.touched() }

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
