package classes

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// Coroutines (PEP 492). The compiler compiles an async function as a generator function
// flagged CO_COROUTINE; calling it makes a py.Generator (NewGenerator), which a Coroutine
// wraps: the type coroutine, with CPython's send/throw/close and cr_* attributes, no
// __iter__/__next__, and errors of its own ("cannot reuse already awaited coroutine").
// Async generators are in asyncgen.go; the await protocol (compiler.Async) is below.

// CoroutineType is the type of coroutine objects.
var CoroutineType = builtinType("coroutine")

// CoroutineWrapperType is the type of what coroutine.__await__() returns.
var CoroutineWrapperType = builtinType("coroutine_wrapper")

// builtinType makes a type of builtin objects that Python code cannot subclass or call,
// ready for lookups by its methods' names.
func builtinType(name string) *py.Type {
	t := &py.Type{ObjectType: py.TypeType, Name: name, Dict: py.StringDict{}, Flags: py.TPFLAGS_DEFAULT}
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

// Coroutine is a coroutine object: the generator running an async function's frame.
type Coroutine struct {
	Gen *py.Generator
}

// Type implements py.Object.
func (c *Coroutine) Type() *py.Type { return CoroutineType }

// M__repr__ is CPython's "<coroutine object NAME at 0x...>".
func (c *Coroutine) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<coroutine object %s at %#x>", compiler.Qualname(c.Gen.Code), int64(ID(c)))), nil
}

// NewGenerator makes the object a call of generator-like code returns: a generator, a
// coroutine or an async generator, from the frame of the call.
func NewGenerator(f *py.Frame) py.Object {
	g := py.NewGenerator(f)
	switch {
	case f.Code.Flags&compiler.CoCoroutine != 0:
		c := &Coroutine{Gen: g}
		watchUnawaited(c)
		return c
	case f.Code.Flags&compiler.CoAsyncGenerator != 0:
		return &AsyncGen{Gen: g}
	}
	watchGeneratorDrop(g)
	return g
}

// finished reports whether g ran to its end (or was closed).
func finished(g *py.Generator) bool { return g.Frame.Lasti != 0 && !g.Frame.Yielded }

// Resume is coroutine.send(v): its end is StopIteration carrying the return value.
func (c *Coroutine) Resume(v py.Object) (py.Object, error) {
	g := c.Gen
	if g.Running {
		return nil, py.ExceptionNewf(py.ValueError, "coroutine already executing")
	}
	if finished(g) {
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	if g.Frame.Lasti == 0 && v != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "can't send non-None value to a just-started coroutine")
	}
	res, err := compiler.SendValue(g, v)
	if err != nil {
		finish(g)
	} else {
		dropStale(g)
	}
	return res, err
}

// dropStale clears what a suspended generator's value stack held above its current top:
// a coroutine that awaited another keeps it there otherwise, and with it everything the
// finished one still holds (a task in its locals, reported dropped only when freed).
func dropStale(g *py.Generator) {
	st := g.Frame.Stack
	clear(st[len(st):cap(st)])
}

// Throw is coroutine.throw(exc): exc raised where the coroutine is suspended.
func (c *Coroutine) Throw(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if finished(c.Gen) {
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	return generatorThrow(c.Gen, args, kwargs)
}

// attrs installs the read-only attributes of a generator-like type: prefix is "cr", "ag"
// or "gi"; gen finds the generator behind an object of the type.
func attrs(t *py.Type, prefix string, gen func(py.Object) *py.Generator) {
	d := t.Dict
	d[prefix+"_frame"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		g := gen(o)
		if finished(g) {
			return py.None, nil
		}
		return g.Frame, nil
	}}
	d[prefix+"_running"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.NewBool(gen(o).Running), nil }}
	d[prefix+"_code"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return gen(o).Code, nil }}
	if prefix != "ag" { // 3.11 has gi_suspended and cr_suspended only
		d[prefix+"_suspended"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
			g := gen(o)
			return py.NewBool(g.Frame.Lasti != 0 && g.Frame.Yielded && !g.Running), nil
		}}
	}
	await := prefix + "_await"
	if prefix == "gi" {
		await = "gi_yieldfrom"
	}
	d[await] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		if it := compiler.Awaiting(gen(o).Frame); it != nil {
			return it, nil
		}
		return py.None, nil
	}}
	d["__name__"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.String(gen(o).Code.Name), nil }}
	d["__qualname__"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		return py.String(compiler.Qualname(gen(o).Code)), nil
	}}
}

func asCoroutine(o py.Object, method string) (*Coroutine, error) {
	c, ok := o.(*Coroutine)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'coroutine' objects doesn't apply to a '%s' object", method, o.Type().Name)
	}
	return c, nil
}

func init() {
	d := CoroutineType.Dict
	d["send"] = py.MustNewMethod("send", func(self, v py.Object) (py.Object, error) {
		c, err := asCoroutine(self, "send")
		if err != nil {
			return nil, err
		}
		return c.Resume(v)
	}, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.")
	d["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		c, err := asCoroutine(self, "throw")
		if err != nil {
			return nil, err
		}
		return c.Throw(args, kwargs)
	}, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.")
	d["close"] = py.MustNewMethod("close", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		c, err := asCoroutine(self, "close")
		if err != nil {
			return nil, err
		}
		return generatorClose(c.Gen, args, kwargs)
	}, 0, "close() -> raise GeneratorExit inside coroutine.")
	d["__await__"] = py.MustNewMethod("__await__", func(self py.Object) (py.Object, error) {
		c, err := asCoroutine(self, "__await__")
		if err != nil {
			return nil, err
		}
		return &coroutineWrapper{c}, nil
	}, 0, "Return an iterator to be used in await expression.")
	d["cr_origin"] = &py.Property{Fget: func(py.Object) (py.Object, error) { return py.None, nil }}
	attrs(CoroutineType, "cr", func(o py.Object) *py.Generator { return o.(*Coroutine).Gen })
	attrs(py.GeneratorType, "gi", func(o py.Object) *py.Generator { return o.(*py.Generator) })

	w := CoroutineWrapperType.Dict
	wrapped := func(o py.Object) *Coroutine { return o.(*coroutineWrapper).c }
	w["send"] = py.MustNewMethod("send", func(self, v py.Object) (py.Object, error) {
		return wrapped(self).Resume(v)
	}, 0, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.")
	w["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return wrapped(self).Throw(args, kwargs)
	}, 0, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.")
	w["close"] = py.MustNewMethod("close", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return generatorClose(wrapped(self).Gen, args, kwargs)
	}, 0, "close() -> raise GeneratorExit inside coroutine.")

	compiler.Async = compiler.AsyncRuntime{
		Await:              getAwaitable,
		AIter:              asyncIter,
		ANext:              asyncNext,
		WithEnter:          asyncWithEnter,
		StopAsyncIteration: StopAsyncIteration,
	}
}

// coroutineWrapper is the iterator coroutine.__await__() returns.
type coroutineWrapper struct{ c *Coroutine }

func (w *coroutineWrapper) Type() *py.Type { return CoroutineWrapperType }

// Resume lets await drive the coroutine directly.
func (w *coroutineWrapper) Resume(v py.Object) (py.Object, error) { return w.c.Resume(v) }

func (w *coroutineWrapper) M__iter__() (py.Object, error) { return w, nil }

// M__next__ reports the end as the bare StopIteration (py.Iterate's test) when the
// coroutine returned None; NextWithStop keeps the value for next().
func (w *coroutineWrapper) M__next__() (py.Object, error) {
	v, err := w.c.Resume(py.None)
	if err != nil && py.IsException(py.StopIteration, err) {
		return nil, py.StopIteration
	}
	return v, err
}

// NextWithStop is next() with the StopIteration the coroutine really ended with.
func (w *coroutineWrapper) NextWithStop() (py.Object, error) { return w.c.Resume(py.None) }

// isCoroutine reports whether x is a coroutine for await: a coroutine object or a
// generator of a types.coroutine function.
func isCoroutine(x py.Object) bool {
	switch o := x.(type) {
	case *Coroutine:
		return true
	case *py.Generator:
		return o.Code.Flags&compiler.CoIterableCoroutine != 0
	}
	return false
}

// isIterator reports whether x has __next__.
func isIterator(x py.Object) bool {
	if _, ok := x.(py.I__next__); ok {
		return true
	}
	return x.Type().Lookup("__next__") != nil
}

// getAwaitable is CPython's GET_AWAITABLE: the iterator "await x" delegates to (where:
// see compiler.AsyncRuntime.Await).
func getAwaitable(x py.Object, where int) (py.Object, error) {
	if isCoroutine(x) {
		if c, ok := x.(*Coroutine); ok && compiler.Awaiting(c.Gen.Frame) != nil {
			return nil, py.ExceptionNewf(py.RuntimeError, "coroutine is being awaited already")
		}
		return x, nil
	}
	name := TypeOf(x).Name
	if x.Type().Lookup("__await__") == nil {
		switch where {
		case 1:
			return nil, py.ExceptionNewf(py.TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", name)
		case 2:
			return nil, py.ExceptionNewf(py.TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", name)
		case 3:
			return nil, py.ExceptionNewf(py.TypeError, "'async for' received an invalid object from __anext__: %s", name)
		}
		return nil, py.ExceptionNewf(py.TypeError, "object %s can't be used in 'await' expression", name)
	}
	m, err := py.GetAttrString(x, "__await__")
	if err != nil {
		return nil, err
	}
	it, err := py.Call(m, nil, nil)
	if err != nil {
		return nil, err
	}
	if isCoroutine(it) {
		return nil, py.ExceptionNewf(py.TypeError, "__await__() returned a coroutine")
	}
	if !isIterator(it) {
		return nil, py.ExceptionNewf(py.TypeError, "__await__() returned non-iterator of type '%s'", TypeOf(it).Name)
	}
	return it, nil
}

// asyncIter is aiter(x) as "async for" calls it.
func asyncIter(x py.Object) (py.Object, error) {
	if x.Type().Lookup("__aiter__") == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'async for' requires an object with __aiter__ method, got %s", TypeOf(x).Name)
	}
	m, err := py.GetAttrString(x, "__aiter__")
	if err != nil {
		return nil, err
	}
	it, err := py.Call(m, nil, nil)
	if err != nil {
		return nil, err
	}
	if it.Type().Lookup("__anext__") == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", TypeOf(it).Name)
	}
	return it, nil
}

// asyncNext calls ait.__anext__().
func asyncNext(ait py.Object) (py.Object, error) {
	m, err := py.GetAttrString(ait, "__anext__")
	if err != nil {
		return nil, err
	}
	return py.Call(m, nil, nil)
}
