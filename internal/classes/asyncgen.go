package classes

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// Async generators (PEP 525) and the object behind "async with".
//
// An async generator runs on a py.Generator like a coroutine; its yields yield a
// compiler.AsyncGenValue, while what its awaits pass up to the event loop comes out
// bare. asend()/__anext__() and athrow()/aclose() return awaitables (asyncGenOp) that
// drive the generator one step: a wrapped value ends the awaitable with
// StopIteration(value), a bare one is passed through, the generator's end is
// StopAsyncIteration.

// AsyncGenType is the type of async generator objects.
var AsyncGenType = builtinType("async_generator")

var (
	asendType  = builtinType("async_generator_asend")
	athrowType = builtinType("async_generator_athrow")
)

// AsyncGen is an async generator object.
type AsyncGen struct {
	Gen *py.Generator
	// hooked: the thread's hooks were looked at (first use); finalizer is the one kept
	// then (see asyncgen_hooks.go).
	hooked    bool
	finalizer py.Object
}

// Type implements py.Object.
func (a *AsyncGen) Type() *py.Type { return AsyncGenType }

// M__repr__ is CPython's "<async_generator object NAME at 0x...>".
func (a *AsyncGen) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<async_generator object %s at %#x>", compiler.Qualname(a.Gen.Code), int64(ID(a)))), nil
}

// opKind tells what an asyncGenOp does.
type opKind uint8

const (
	opSend  opKind = iota // asend(v) and __anext__()
	opThrow               // athrow(...)
	opClose               // aclose()
)

// asyncGenOp is the awaitable of one asend/athrow/aclose.
type asyncGenOp struct {
	ag    *AsyncGen
	kind  opKind
	arg   py.Object // the value to send, or the exception instance to throw
	state uint8     // 0 not started, 1 running, 2 done
}

func (o *asyncGenOp) Type() *py.Type {
	if o.kind == opSend {
		return asendType
	}
	return athrowType
}

func (o *asyncGenOp) M__iter__() (py.Object, error) { return o, nil }

func (o *asyncGenOp) M__next__() (py.Object, error) {
	v, err := o.Resume(py.None)
	if err != nil && py.IsException(py.StopIteration, err) {
		if sv, _ := stopArg(err); sv == py.None {
			return nil, py.StopIteration
		}
	}
	return v, err
}

// NextWithStop is next() keeping StopIteration's value.
func (o *asyncGenOp) NextWithStop() (py.Object, error) { return o.Resume(py.None) }

// stopArg returns the value of a StopIteration error.
func stopArg(err error) (py.Object, bool) {
	e := compiler.ExceptionOf(err)
	if x, ok := e.(*py.Exception); ok {
		if t, ok := x.Args.(py.Tuple); ok && len(t) > 0 {
			return t[0], true
		}
	}
	return py.None, true
}

func stopWith(v py.Object) error {
	return &py.Exception{Base: py.StopIteration, Args: py.Tuple{v}, Dict: py.StringDict{}}
}

// Resume advances the operation with v sent in.
func (o *asyncGenOp) Resume(v py.Object) (py.Object, error) {
	g := o.ag.Gen
	if o.state == 2 {
		if o.kind == opSend {
			return nil, py.ExceptionNewf(py.RuntimeError, "cannot reuse already awaited __anext__()/asend()")
		}
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	var res py.Object
	var err error
	if o.state == 0 {
		o.state = 1
		switch o.kind {
		case opSend:
			if finished(g) {
				o.state = 2
				return nil, py.ExceptionNewf(StopAsyncIteration, "")
			}
			if v == py.None {
				v = o.arg
			}
			res, err = o.send(v)
		default:
			if finished(g) {
				o.state = 2
				if o.kind == opClose {
					return nil, py.StopIteration
				}
				return nil, py.ExceptionNewf(StopAsyncIteration, "")
			}
			if g.Frame.Lasti == 0 && o.kind == opClose {
				finish(g)
				o.state = 2
				return nil, py.StopIteration
			}
			res, err = throwInto(g, o.arg)
		}
	} else {
		res, err = o.send(v)
	}
	return o.unwrap(res, err)
}

func (o *asyncGenOp) send(v py.Object) (py.Object, error) {
	g := o.ag.Gen
	if g.Running {
		return nil, py.ExceptionNewf(py.ValueError, "async generator already executing")
	}
	if g.Frame.Lasti == 0 && v != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "can't send non-None value to a just-started async generator")
	}
	res, err := compiler.SendValue(g, v)
	if err != nil {
		finish(g)
	}
	return res, err
}

// unwrap turns what the generator did into what the awaitable does.
func (o *asyncGenOp) unwrap(res py.Object, err error) (py.Object, error) {
	if err != nil {
		o.state = 2
		switch {
		case py.IsException(py.StopIteration, err):
			if o.kind == opClose {
				return nil, py.StopIteration
			}
			return nil, py.ExceptionNewf(StopAsyncIteration, "")
		case o.kind == opClose && (py.IsException(StopAsyncIteration, err) || py.IsException(py.GeneratorExit, err)):
			return nil, py.StopIteration
		}
		return nil, err
	}
	if w, ok := res.(*compiler.AsyncGenValue); ok {
		o.state = 2
		if o.kind == opClose {
			return nil, py.ExceptionNewf(py.RuntimeError, "async generator ignored GeneratorExit")
		}
		return nil, stopWith(w.Value)
	}
	return res, nil
}

func (o *asyncGenOp) throw(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if o.state == 2 {
		return o.Resume(py.None)
	}
	exc, err := throwArgs("throw", args, kwargs)
	if err != nil {
		return nil, err
	}
	o.state = 1
	return o.unwrap(throwInto(o.ag.Gen, exc))
}

func asAsyncGen(o py.Object, method string) (*AsyncGen, error) {
	a, ok := o.(*AsyncGen)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for 'async_generator' objects doesn't apply to a '%s' object", method, o.Type().Name)
	}
	return a, nil
}

func init() {
	d := AsyncGenType.Dict
	d["__aiter__"] = py.MustNewMethod("__aiter__", func(self py.Object) (py.Object, error) {
		return self, nil
	}, 0, "Return an awaitable, that resolves in asynchronous iterator.")
	d["__anext__"] = py.MustNewMethod("__anext__", func(self py.Object) (py.Object, error) {
		a, err := asAsyncGen(self, "__anext__")
		if err != nil {
			return nil, err
		}
		if err := a.initHooks(); err != nil {
			return nil, err
		}
		return &asyncGenOp{ag: a, kind: opSend, arg: py.None}, nil
	}, 0, "Return a value or raise StopAsyncIteration.")
	d["asend"] = py.MustNewMethod("asend", func(self, v py.Object) (py.Object, error) {
		a, err := asAsyncGen(self, "asend")
		if err != nil {
			return nil, err
		}
		if err := a.initHooks(); err != nil {
			return nil, err
		}
		return &asyncGenOp{ag: a, kind: opSend, arg: v}, nil
	}, 0, "asend(v) -> send 'v' in generator.")
	d["athrow"] = py.MustNewMethod("athrow", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := asAsyncGen(self, "athrow")
		if err != nil {
			return nil, err
		}
		if err := a.initHooks(); err != nil {
			return nil, err
		}
		exc, err := throwArgs("athrow", args, kwargs)
		if err != nil {
			return nil, err
		}
		return &asyncGenOp{ag: a, kind: opThrow, arg: exc}, nil
	}, 0, "athrow(typ[,val[,tb]]) -> raise exception in generator.")
	d["aclose"] = py.MustNewMethod("aclose", func(self py.Object) (py.Object, error) {
		a, err := asAsyncGen(self, "aclose")
		if err != nil {
			return nil, err
		}
		if err := a.initHooks(); err != nil {
			return nil, err
		}
		exit, err := py.Call(py.GeneratorExit, nil, nil)
		if err != nil {
			return nil, err
		}
		return &asyncGenOp{ag: a, kind: opClose, arg: exit}, nil
	}, 0, "aclose() -> raise GeneratorExit inside generator.")
	attrs(AsyncGenType, "ag", func(o py.Object) *py.Generator { return o.(*AsyncGen).Gen })

	for _, t := range []*py.Type{asendType, athrowType} {
		t.Dict["send"] = py.MustNewMethod("send", func(self, v py.Object) (py.Object, error) {
			return self.(*asyncGenOp).Resume(v)
		}, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
		t.Dict["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return self.(*asyncGenOp).throw(args, kwargs)
		}, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.")
		t.Dict["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
			self.(*asyncGenOp).state = 2
			return py.None, nil
		}, 0, "close() -> raise GeneratorExit inside generator.")
		t.Dict["__await__"] = py.MustNewMethod("__await__", func(self py.Object) (py.Object, error) {
			return self, nil
		}, 0, "Return an iterator to be used in await expression.")
	}
}

// asyncWithKeeper is the object behind one "async with" (compiler.AsyncWithKeeper).
type asyncWithKeeper struct {
	mgr, enter, exit py.Object
	value            py.Object
	exc              py.Tuple // the exception __exit__ saw: type, value, traceback
}

var asyncWithType = builtinType("async_with")

func (k *asyncWithKeeper) Type() *py.Type { return asyncWithType }

func init() {
	asyncWithType.Dict["__enter__"] = py.MustNewMethod("__enter__", func(self py.Object) (py.Object, error) {
		return self.(*asyncWithKeeper).value, nil
	}, 0, "")
	asyncWithType.Dict["__exit__"] = py.MustNewMethod("__exit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self.(*asyncWithKeeper).exc = append(py.Tuple(nil), args...)
		return py.None, nil
	}, 0, "")
}

// asyncWithEnter starts "async with mgr" as CPython's BEFORE_ASYNC_WITH.
func asyncWithEnter(mgr py.Object) (py.Object, error) {
	t := mgr.Type()
	enter, exit := t.Lookup("__aenter__"), t.Lookup("__aexit__")
	if enter == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support the asynchronous context manager protocol", TypeOf(mgr).Name)
	}
	if exit == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", TypeOf(mgr).Name)
	}
	e, err := py.GetAttrString(mgr, "__aenter__")
	if err != nil {
		return nil, err
	}
	x, err := py.GetAttrString(mgr, "__aexit__")
	if err != nil {
		return nil, err
	}
	return &asyncWithKeeper{mgr: mgr, enter: e, exit: x}, nil
}

// AEnter calls __aenter__().
func (k *asyncWithKeeper) AEnter() (py.Object, error) { return py.Call(k.enter, nil, nil) }

// Entered keeps what awaiting __aenter__() gave, for the target.
func (k *asyncWithKeeper) Entered(v py.Object) { k.value = v }

// AExit calls __aexit__ with the exception the statement's body ended with.
func (k *asyncWithKeeper) AExit() (py.Object, error) {
	args := k.exc
	if len(args) != 3 {
		args = py.Tuple{py.None, py.None, py.None}
	}
	return py.Call(k.exit, args, nil)
}

// Handled returns the exception the body raised and its traceback, nil when none.
func (k *asyncWithKeeper) Handled() (tb, exc py.Object) {
	if len(k.exc) != 3 || k.exc[0] == py.None {
		return nil, nil
	}
	return k.exc[2], k.exc[1]
}

// Silence reports whether the awaited result of __aexit__ silences the exception.
func (k *asyncWithKeeper) Silence(res py.Object) (bool, error) {
	if len(k.exc) != 3 || k.exc[0] == py.None {
		return false, nil
	}
	return compiler.Truth(res)
}
