package classes

import "github.com/go-python/gpython/py"

// gpython's (*py.Type).M__repr__ and M__str__ (used by repr(C), str(C) and print(C)) look
// __repr__/__str__ up in the class's own dict first, so a class defining __repr__ for its
// instances would have it called with the class itself. typeGuard wraps such a function in
// the class dict: called with a class as self it gives type's repr; bound to an instance (the
// descriptor protocol) or fetched from the class it is the plain function again.

type typeGuard struct {
	fn py.Object
}

func (g *typeGuard) Type() *py.Type { return py.FunctionType }

func (g *typeGuard) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 1 && kwargs == nil {
		if t, ok := args[0].(*py.Type); ok {
			return py.String(typeRepr(t)), nil
		}
	}
	return py.Call(g.fn, args, kwargs)
}

func (g *typeGuard) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return g.fn, nil
	}
	return py.NewBoundMethod(instance, g.fn), nil
}

func (g *typeGuard) M__getattribute__(name string) (py.Object, error) {
	return py.GetAttrString(g.fn, name)
}

// guardClassDunders wraps __repr__ and __str__ functions defined in a class body.
func guardClassDunders(dict py.StringDict) {
	for _, n := range []string{"__repr__", "__str__"} {
		if f, ok := dict[n].(*py.Function); ok {
			dict[n] = &typeGuard{fn: f}
		}
	}
}
