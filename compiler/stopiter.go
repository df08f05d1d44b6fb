package compiler

import (
	"github.com/go-python/gpython/py"
)

// StopIteration's value. gpython's generator drops the value its frame returns and ends
// with the bare py.StopIteration type, which is also what its iteration protocol recognizes
// (py.Iterate compares errors with ==), and the object model's instances report a
// StopIteration raised by __next__ the same way. So the value is kept on the side: the
// VmRunFrame wrapper records what a generator frame returns, and the places where Python
// code sees the end of an iteration (next(), generator.send(), yield from) rebuild
// StopIteration(value) from it.

// WrapRunFrame returns a py.VmRunFrame that applies fixError (vmerrors.go) and keeps
// the value a generator returns for generatorResult. Wrap interp's own VmRunFrame hook
// with it.
func WrapRunFrame(run func(*py.Frame) (py.Object, error)) func(*py.Frame) (py.Object, error) {
	return func(f *py.Frame) (py.Object, error) {
		// A generator that returns through a finally clause after a yield there ends
		// without RETURN_VALUE, which alone clears the flag; an exception does not clear
		// it either.
		f.Yielded = false
		res, err := run(f)
		if err != nil {
			return res, fixError(err)
		}
		if !f.Yielded && res != nil && res != py.None && f.Code.Flags&GeneratorFlags != 0 {
			results.set(f, res)
		}
		return res, err
	}
}

var results weakTable[py.Frame, py.Object]

// generatorResult returns (once) the value generator g returned, or None.
func generatorResult(g py.Object) py.Object {
	gen, ok := g.(*py.Generator)
	if !ok || gen.Frame == nil {
		return py.None
	}
	if v, ok := results.take(gen.Frame); ok {
		return v
	}
	return py.None
}

// stopNexter is an iterator whose M__next__ reports StopIteration as the bare type (for
// py.Iterate) but that can also return the StopIteration it really raised: the object
// model's instances, whose __next__ is Python code.
type stopNexter interface {
	NextWithStop() (py.Object, error)
}

// nextValue advances iterator it like py.Next, except that an iteration that ends with a
// value ends with an error carrying StopIteration(value).
func nextValue(it py.Object) (py.Object, error) {
	if s, ok := it.(stopNexter); ok {
		return s.NextWithStop()
	}
	v, err := py.Next(it)
	if err != nil {
		return nil, withStopValue(it, err)
	}
	return v, nil
}

// withStopValue turns the bare StopIteration that ended generator it into
// StopIteration(value) when the generator returned a value.
func withStopValue(it py.Object, err error) error {
	if o, ok := err.(py.Object); !ok || o != py.Object(py.StopIteration) {
		return err
	}
	if v := generatorResult(it); v != py.None {
		return &py.Exception{Base: py.StopIteration, Args: py.Tuple{v}, Dict: py.StringDict{}}
	}
	return err
}

// stopValue reports whether err is StopIteration, and its value.
func stopValue(err error) (py.Object, bool) {
	if !py.IsException(py.StopIteration, err) {
		return nil, false
	}
	var exc py.Object
	switch x := err.(type) {
	case py.ExceptionInfo:
		exc = x.Value
	case py.Object:
		exc = x
	}
	var args py.Object
	switch e := exc.(type) {
	case *py.Exception:
		args = e.Args
	case *py.Type, nil:
	default:
		args, _ = py.GetAttrString(e, "args")
	}
	if t, ok := args.(py.Tuple); ok && len(t) > 0 {
		return t[0], true
	}
	return py.None, true
}

const nextDoc = `next(iterator[, default])

Return the next item from the iterator. If default is given and the iterator
is exhausted, it is returned instead of raising StopIteration.`

// builtinNext is next(): gpython's, plus StopIteration's value and CPython's messages.
func builtinNext(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "next() takes no keyword arguments")
	}
	switch {
	case len(args) == 0:
		return nil, py.ExceptionNewf(py.TypeError, "next expected at least 1 argument, got 0")
	case len(args) > 2:
		return nil, py.ExceptionNewf(py.TypeError, "next expected at most 2 arguments, got %d", len(args))
	}
	it := args[0]
	if _, ok := it.(py.I__next__); !ok && it.Type().Lookup("__next__") == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", it.Type().Name)
	}
	v, err := nextValue(it)
	if err != nil && len(args) == 2 && py.IsException(py.StopIteration, err) {
		return args[1], nil
	}
	return v, err
}

// generatorSend is generator.send(value), whose StopIteration carries the return value.
func generatorSend(self, value py.Object) (py.Object, error) {
	g, ok := self.(*py.Generator)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor 'send' requires a 'generator' object but received a '%s'", self.Type().Name)
	}
	v, err := g.Send(value)
	if err != nil {
		return nil, withStopValue(g, err)
	}
	return v, nil
}

// installGenerator replaces generator.send. (gen.__next__ cannot be replaced the same way:
// gpython binds a __dunder__ attribute to the Go method M__next__ before it looks in the
// type's dictionary, so gen.__next__() still ends with a bare StopIteration.)
func installGenerator() {
	py.GeneratorType.Dict["send"] = py.MustNewMethod("send", generatorSend, 0,
		"send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
}
