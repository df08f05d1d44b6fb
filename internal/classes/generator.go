package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// generator.throw() and generator.close(), which gpython leaves unimplemented. A suspended
// generator is resumed with compiler.Thrown(exc), which the code gopy's compiler puts after
// every yield raises there (code compiled by gpython's own compiler, and generator
// expressions, do not check it: the exception is raised in the caller instead).

// installGeneratorMethods is generator.throw and close (change classes/generator).
func installGeneratorMethods() {
	py.GeneratorType.Dict["throw"] = py.MustNewMethod("throw", generatorThrow, 0,
		"throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.")
	py.GeneratorType.Dict["close"] = py.MustNewMethod("close", generatorClose, 0,
		"close() -> raise GeneratorExit inside generator.")
}

// throwValue makes the exception instance generator.throw(typ, val) raises.
func throwValue(typ, val py.Object) (py.Object, error) {
	if t, ok := typ.(*py.Type); ok && t.IsSubtype(py.BaseException) {
		switch {
		case val == nil || val == py.None:
			return py.Call(t, nil, nil)
		case IsExceptionValue(val) && val.Type().IsSubtype(t):
			return val, nil
		}
		if args, ok := val.(py.Tuple); ok {
			return py.Call(t, args, nil)
		}
		return py.Call(t, py.Tuple{val}, nil)
	}
	if IsExceptionValue(typ) {
		if val != nil && val != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "instance exception may not have a separate value")
		}
		return typ, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
}

func asGenerator(self py.Object) (*py.Generator, error) {
	g, ok := self.(*py.Generator)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor 'throw' for 'generator' objects doesn't apply to a '%s' object", self.Type().Name)
	}
	return g, nil
}

// finish marks g as run to completion: later next() calls raise StopIteration.
func finish(g *py.Generator) {
	g.Frame.Yielded = false
	// CPython clears a finished generator's frame: what its value stack held (an "async
	// for"'s iterator left behind by break) must not outlive it. Locals stay, for the
	// tracebacks that show the frame.
	clear(g.Frame.Stack[:cap(g.Frame.Stack)])
	g.Frame.Stack = g.Frame.Stack[:0]
	if g.Frame.Lasti == 0 {
		g.Frame.Lasti = int32(len(g.Frame.Code.Code))
	}
}

func generatorThrow(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	g, err := asGenerator(self)
	if err != nil {
		return nil, err
	}
	exc, err := throwArgs("throw", args, kwargs)
	if err != nil {
		return nil, err
	}
	return throwInto(g, exc)
}

// throwArgs makes the exception instance of method(typ[, val[, tb]]) (throw, athrow).
func throwArgs(method string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var typ, val, tb py.Object = nil, py.None, py.None
	if err := py.UnpackTuple(args, kwargs, method, 1, 3, &typ, &val, &tb); err != nil {
		return nil, err
	}
	return throwValue(typ, val)
}

// throwInto raises exc at the yield where g is suspended and returns what g does next.
func throwInto(g *py.Generator, exc py.Object) (py.Object, error) {
	if g.Running {
		return nil, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	raised := Raise(exc, nil, false)
	if g.Frame.Lasti == 0 || !g.Frame.Yielded || g.Frame.Code.Name == "<genexpr>" {
		// Not started, already finished, or unable to see it: it ends with the exception.
		finish(g)
		return nil, raised
	}
	res, err := compiler.SendValue(g, compiler.Thrown(raised))
	if err != nil {
		finish(g)
	}
	return res, err
}

func generatorClose(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	g, err := asGenerator(self)
	if err != nil {
		return nil, err
	}
	if len(args) != 0 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "generator.close() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	if g.Frame.Lasti == 0 || !g.Frame.Yielded {
		finish(g)
		return py.None, nil
	}
	exit, err := py.Call(py.GeneratorExit, nil, nil)
	if err != nil {
		return nil, err
	}
	_, err = throwInto(g, exit)
	if err == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "generator ignored GeneratorExit")
	}
	if py.IsException(py.GeneratorExit, err) || py.IsException(py.StopIteration, err) {
		return py.None, nil
	}
	return nil, err
}
