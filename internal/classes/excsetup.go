package classes

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/builtins"

	"github.com/gopyrt/gopy/internal/objects"
)

// fixBuiltinTypes repairs gpython's builtin classes: types made with (*py.Type).NewType have
// their parent as ObjectType (so type(ValueError) is Exception, and metaclass selection
// goes wrong) and exceptions made that way lack TPFLAGS_BASE_EXC_SUBCLASS in places, which
// makes "except E" reject subclasses. Exception classes get this package's constructor.
func fixBuiltinTypes() {
	impl := py.GetModuleImpl("builtins")
	for _, v := range impl.Globals {
		if t, ok := v.(*py.Type); ok {
			FixType(t)
		}
	}
	FixType(py.BoolType)
	// gpython's bool is not a subclass of int.
	if !py.BoolType.IsSubtype(py.IntType) {
		py.BoolType.Base = py.IntType
		py.BoolType.Bases = py.Tuple{py.IntType}
		py.BoolType.Mro = py.Tuple{py.BoolType, py.IntType, py.ObjectType}
	}
}

// FixType gives a type made with gpython's (*py.Type).NewType the metaclass type and, for
// exceptions, the BaseException flag and constructor. Native modules call it for exception
// types they make with NewType.
func FixType(t *py.Type) {
	if t.ObjectType == nil || !t.ObjectType.IsSubtype(py.TypeType) {
		t.ObjectType = py.TypeType
	}
	if t.IsSubtype(py.BaseException) {
		t.Flags |= py.TPFLAGS_BASE_EXC_SUBCLASS | py.TPFLAGS_BASETYPE
		t.New = instanceNew
		t.Init = instanceInit
	}
}

func excMethod(t *py.Type, name, doc string, fn Fn) {
	t.Dict[name] = NewMethod(name, doc, fn)
}

func setupExceptions() {
	RegisterNative(py.BaseException, allocException)
	fixBuiltinTypes()
	be := py.BaseException
	be.Dict["__new__"] = &py.StaticMethod{Callable: NewMethod("__new__", "Create and return a new exception.",
		func(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			t, ok := cls.(*py.Type)
			if !ok || !t.IsSubtype(py.BaseException) {
				return nil, py.ExceptionNewf(py.TypeError, "BaseException.__new__(X): X is not a subtype of BaseException")
			}
			return alloc(t, args, kwargs)
		}), Dict: py.NewStringDict()}
	excMethod(be, "__init__", "Initialize self.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", self.Type().Name)
		}
		setArgs(self, args)
		return py.None, nil
	})
	excMethod(be, "__str__", "Return str(self).", func(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
		if t, ok := self.(*py.Type); ok {
			return py.String(typeRepr(t)), nil
		}
		s, err := ExcStr(self)
		return py.String(s), err
	})
	excMethod(be, "__repr__", "Return repr(self).", func(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
		if t, ok := self.(*py.Type); ok {
			return py.String(typeRepr(t)), nil
		}
		s, err := ExcRepr(self)
		return py.String(s), err
	})
	excMethod(be, "with_traceback", "Set self.__traceback__ to tb and return self.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "with_traceback() takes exactly one argument (%d given)", len(args))
		}
		tb, _ := args[0].(*py.Traceback)
		SetTraceback(self, tb)
		return self, nil
	})
	excMethod(be, "__reduce__", "Helper for pickle.", func(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
		args := ExcArgs(self)
		if args == nil {
			args = py.Tuple{}
		}
		if i := AsInstance(self); i != nil && i.dict != nil && i.dict.Len() > 0 {
			return py.Tuple{self.Type(), args, i.dict}, nil
		}
		return py.Tuple{self.Type(), args}, nil
	})
	excMethod(be, "__setstate__", "Restore attributes from pickle.", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) == 1 {
			if err := eachItem(args[0], func(k string, v py.Object) error { return setExcAttr(self, k, v) }); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	be.Dict["args"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if a := ExcArgs(self); a != nil {
				return a, nil
			}
			return py.Tuple{}, nil
		},
		Fset: func(self, v py.Object) error {
			t, err := py.SequenceTuple(v)
			if err != nil {
				return err
			}
			setArgs(self, t)
			return nil
		},
	}
	be.Dict["__cause__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			c, _, _ := ExcChain(self)
			return orNone(c), nil
		},
		Fset: func(self, v py.Object) error {
			if v != py.None && !IsExceptionValue(v) {
				return py.ExceptionNewf(py.TypeError, "exception cause must be None or derive from BaseException")
			}
			SetCause(self, v)
			return nil
		},
	}
	be.Dict["__context__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			_, c, _ := ExcChain(self)
			return orNone(c), nil
		},
		Fset: func(self, v py.Object) error {
			if v != py.None && !IsExceptionValue(v) {
				return py.ExceptionNewf(py.TypeError, "exception context must be None or derive from BaseException")
			}
			SetContext(self, v)
			return nil
		},
	}
	be.Dict["__suppress_context__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			_, _, s := ExcChain(self)
			return py.NewBool(s), nil
		},
		Fset: func(self, v py.Object) error {
			b, err := py.ObjectIsTrue(v)
			if err != nil {
				return err
			}
			if e, ok := self.(*py.Exception); ok {
				e.SuppressContext = b
			} else if e := asException(self); e != nil {
				e.SuppressContext = b
			}
			return nil
		},
	}
	be.Dict["__traceback__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if tb := ExcTraceback(self); tb != nil {
				return tb, nil
			}
			return py.None, nil
		},
		Fset: func(self, v py.Object) error {
			tb, ok := v.(*py.Traceback)
			if !ok && v != py.None {
				return py.ExceptionNewf(py.TypeError, "__traceback__ must be a traceback or None")
			}
			SetTraceback(self, tb)
			return nil
		},
	}
	be.Dict["__dict__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if e, ok := self.(*py.Exception); ok {
				return e.Dict, nil
			}
			if i := AsInstance(self); i != nil && i.dict != nil {
				return i.dict, nil
			}
			return objects.NewDict(), nil
		},
	}
	py.SystemExit.Dict["code"] = dictAttr("code", func(o py.Object) py.Object {
		args := ExcArgs(o)
		switch len(args) {
		case 0:
			return py.None
		case 1:
			return args[0]
		}
		return args
	})
	py.StopIteration.Dict["value"] = dictAttr("value", func(o py.Object) py.Object {
		if args := ExcArgs(o); len(args) > 0 {
			return args[0]
		}
		return py.None
	})
	for _, n := range []string{"name", "path", "msg"} {
		py.ImportError.Dict[n] = dictAttr(n, none)
	}
	// ImportError(*args, name=None, path=None): msg is the only argument, if one.
	excMethod(py.ImportError, "__init__", "Initialize self.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		for k := range kwargs {
			if k != "name" && k != "path" {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, self.Type().Name)
			}
		}
		setArgs(self, args)
		if len(args) == 1 {
			_ = setExcAttr(self, "msg", args[0])
		}
		for _, k := range []string{"name", "path"} {
			if v, ok := kwargs[k]; ok {
				_ = setExcAttr(self, k, v)
			}
		}
		return py.None, nil
	})
	for _, n := range []string{"errno", "strerror", "filename", "filename2"} {
		py.OSError.Dict[n] = dictAttr(n, none)
	}
	py.OSError.Dict["__new__"] = &py.StaticMethod{Callable: NewMethod("__new__", "Create an OSError (or the subclass its errno maps to).",
		func(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			t := cls.(*py.Type)
			if t == py.OSError && len(args) >= 2 {
				if n, ok := args[0].(py.Int); ok {
					if sub := osErrorClass(int(n)); sub != nil {
						t = sub
					}
				}
			}
			return alloc(t, args, kwargs)
		}), Dict: py.NewStringDict()}
	excMethod(py.OSError, "__init__", "Initialize self.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", self.Type().Name)
		}
		setArgs(self, args)
		if len(args) >= 2 && len(args) <= 5 {
			_ = setExcAttr(self, "errno", args[0])
			_ = setExcAttr(self, "strerror", args[1])
			if len(args) >= 3 {
				_ = setExcAttr(self, "filename", args[2])
				setArgs(self, args[:2])
			}
			if len(args) >= 5 {
				_ = setExcAttr(self, "filename2", args[4])
			}
		}
		return py.None, nil
	})
	// OSError.__reduce__: errno, strerror and the file names are slots in CPython, not
	// instance state; a file name goes back into the arguments.
	excMethod(py.OSError, "__reduce__", "Helper for pickle.", func(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
		args := ExcArgs(self)
		if args == nil {
			args = py.Tuple{}
		}
		if fn, ok := excAttr(self, "filename"); ok && fn != py.None && len(args) == 2 {
			args = py.Tuple{args[0], args[1], fn}
			if fn2, ok := excAttr(self, "filename2"); ok && fn2 != py.None {
				args = append(args, py.None, fn2)
			}
		}
		if i := AsInstance(self); i != nil {
			state := py.NewStringDict()
			if i.dict != nil {
				for _, kv := range i.dict.Items() {
					k, ok := kv[0].(py.String)
					if !ok {
						continue
					}
					switch k {
					case "errno", "strerror", "filename", "filename2":
					default:
						state[string(k)] = kv[1]
					}
				}
			}
			if len(state) > 0 {
				return py.Tuple{self.Type(), args, state}, nil
			}
		}
		return py.Tuple{self.Type(), args}, nil
	})
	py.SyntaxError.Dict["msg"] = dictAttr("msg", func(o py.Object) py.Object {
		if args := ExcArgs(o); len(args) > 0 {
			return args[0]
		}
		return py.None
	})
	details := []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}
	for _, n := range append(details, "print_file_and_line") {
		py.SyntaxError.Dict[n] = dictAttr(n, none)
	}
	// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
	excMethod(py.SyntaxError, "__init__", "Initialize self.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", self.Type().Name)
		}
		setArgs(self, args)
		if len(args) != 2 {
			return py.None, nil
		}
		var info []py.Object
		if err := py.Iterate(args[1], func(o py.Object) bool { info = append(info, o); return false }); err != nil {
			return nil, err
		}
		switch {
		case len(info) < 4:
			return nil, py.ExceptionNewf(py.TypeError, "function takes at least 4 arguments (%d given)", len(info))
		case len(info) > 6:
			return nil, py.ExceptionNewf(py.TypeError, "function takes at most 6 arguments (%d given)", len(info))
		}
		for i, v := range info {
			_ = setExcAttr(self, details[i], v)
		}
		return py.None, nil
	})
}

func setArgs(self py.Object, args py.Tuple) {
	if e, ok := self.(*py.Exception); ok {
		e.Args = append(py.Tuple{}, args...)
	} else if e := asException(self); e != nil {
		e.Args = append(py.Tuple{}, args...)
	}
}

// StopAsyncIteration and EncodingWarning are builtin exception classes gpython lacks.
var (
	StopAsyncIteration = NewException(py.ExceptionType, "StopAsyncIteration", "Signal the end from iterator.__anext__().")
	EncodingWarning    = NewException(py.Warning, "EncodingWarning", "Base class for warnings about encodings.")
)

func init() {
	for _, t := range []*py.Type{StopAsyncIteration, EncodingWarning} {
		builtins.Ready(t)
		builtins.SetGlobal(t.Name, t)
	}
}

// installExceptions makes gpython's exception classes the object model's (change
// classes/exceptions), then fixes the classes other packages made with NewException
// before it ran: they copied gpython's constructor and flags from their base.
func installExceptions() {
	setupExceptions()
	setupUnicodeErrors()
	installNotes()
	excMu.Lock()
	defer excMu.Unlock()
	for _, t := range pendingExc {
		FixType(t)
	}
	pendingExc, excInstalled = nil, true
}

var (
	excMu        sync.Mutex
	pendingExc   []*py.Type // made by NewException before installExceptions
	excInstalled bool
)

// NewException makes an exception class, a subclass of base, for Go code (a native
// module's errors): gpython's NewType, with the object model's constructor and flags
// (FixType), given now or, for a class made while packages initialize, when the change
// classes/exceptions is made.
func NewException(base *py.Type, name, doc string) *py.Type {
	t := base.NewType(name, doc, nil, nil)
	excMu.Lock()
	defer excMu.Unlock()
	if excInstalled {
		FixType(t)
	} else {
		pendingExc = append(pendingExc, t)
	}
	return t
}
