package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// The with statement. gpython's SETUP_WITH looks __enter__ and __exit__ up as attributes
// (AttributeError when missing) and WITH_CLEANUP calls __exit__ with no exception being
// handled, so an exception __exit__ raises gets no __context__ and sys.exc_info() inside it
// is empty. Generated code therefore hands the manager to withEnter first (CPython's
// BEFORE_WITH: special lookups, its TypeErrors) and SETUP_WITH works on the withKeeper it
// returns, whose __exit__ calls the manager's with the body's exception being handled.

type withKeeper struct {
	enter, exit py.Object // bound special methods of the manager
}

var withType = builtinType("with_keeper")

func (*withKeeper) Type() *py.Type { return withType }

func init() {
	withType.Dict["__enter__"] = py.MustNewMethod("__enter__", func(self py.Object) (py.Object, error) {
		return py.Call(self.(*withKeeper).enter, nil, nil)
	}, 0, "")
	withType.Dict["__exit__"] = py.MustNewMethod("__exit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) == 3 && args[0] != py.None {
			EnterHandler(args[2], args[1])
			defer ExitHandler()
		}
		return py.Call(self.(*withKeeper).exit, args, nil)
	}, 0, "")
	compiler.RT.With = withEnter
}

// boundSpecial looks name up on o's type and binds it to o, as _PyObject_LookupSpecial;
// nil when the type has none.
func boundSpecial(o py.Object, name string) (py.Object, error) {
	t := TypeOf(o)
	m := Lookup(t, name)
	if m == nil {
		// A Go type may have the method as a Go method only, which gpython's attribute
		// lookup finds (instances of classes have them all, forwarding to the class).
		_, enter := o.(py.I__enter__)
		_, exit := o.(py.I__exit__)
		if AsInstance(o) == nil && (name == "__enter__" && enter || name == "__exit__" && exit) {
			return py.GetAttrString(o, name)
		}
		return nil, nil
	}
	return descrGet(m, o, t)
}

// withEnter starts "with mgr" as CPython's BEFORE_WITH (without calling __enter__, which
// SETUP_WITH does through the keeper).
func withEnter(mgr py.Object) (py.Object, error) {
	enter, err := boundSpecial(mgr, "__enter__")
	if err != nil {
		return nil, err
	}
	if enter == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support the context manager protocol", TypeOf(mgr).Name)
	}
	exit, err := boundSpecial(mgr, "__exit__")
	if err != nil {
		return nil, err
	}
	if exit == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", TypeOf(mgr).Name)
	}
	return &withKeeper{enter: enter, exit: exit}, nil
}
