package classes

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/objects"
)

// Exception is an instance of BaseException or of any subclass, made by calling the class
// from Python. gpython's *py.Exception (made by Go code) remains valid too: every function
// here accepts both.
type Exception struct {
	Instance
	Args            py.Tuple
	Cause           py.Object // nil when unset (None)
	Context         py.Object // nil when unset (None)
	SuppressContext bool
	Traceback       py.Object // nil when unset (None)
}

func allocException(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	e := &Exception{Args: append(py.Tuple{}, args...)}
	e.Init(cls, e)
	return e, nil
}

// NewExceptionType makes a builtin-style exception class (like ValueError) deriving from
// base, for native modules: instances made from Python are *Exception values.
func NewExceptionType(name, module, doc string, base *py.Type) *py.Type {
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       name,
		Qualname:   name,
		Doc:        doc,
		Base:       base,
		Bases:      py.Tuple{base},
		Dict:       py.StringDict{},
		New:        instanceNew,
		Init:       instanceInit,
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_BASETYPE | py.TPFLAGS_BASE_EXC_SUBCLASS,
	}
	if module != "" && module != "builtins" {
		t.Dict["__module__"] = py.String(module)
	}
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

// ExcArgs returns the args of an exception of either representation.
func ExcArgs(o py.Object) py.Tuple {
	switch e := o.(type) {
	case *py.Exception:
		t, _ := e.Args.(py.Tuple)
		return t
	}
	if e := asException(o); e != nil {
		return e.Args
	}
	return nil
}

func asException(o py.Object) *Exception {
	if x, ok := o.(interface{ exception() *Exception }); ok {
		return x.exception()
	}
	return nil
}

func (e *Exception) exception() *Exception { return e }

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// ExcChain returns __cause__, __context__ (nil when None) and __suppress_context__.
func ExcChain(o py.Object) (cause, context py.Object, suppress bool) {
	if e, ok := o.(*py.Exception); ok {
		return noneNil(e.Cause), noneNil(e.Context), e.SuppressContext
	}
	if e := asException(o); e != nil {
		return noneNil(e.Cause), noneNil(e.Context), e.SuppressContext
	}
	return nil, nil, false
}

func noneNil(o py.Object) py.Object {
	if o == py.None {
		return nil
	}
	return o
}

// ExcTraceback returns the __traceback__ of an exception, or nil.
func ExcTraceback(o py.Object) *py.Traceback {
	var tb py.Object
	if e, ok := o.(*py.Exception); ok {
		tb = e.Traceback
	} else if e := asException(o); e != nil {
		tb = e.Traceback
	}
	t, _ := tb.(*py.Traceback)
	return t
}

// SetTraceback sets __traceback__ (tb may be nil).
func SetTraceback(o py.Object, tb *py.Traceback) {
	var v py.Object
	if tb != nil {
		v = tb
	}
	if e, ok := o.(*py.Exception); ok {
		e.Traceback = v
	} else if e := asException(o); e != nil {
		e.Traceback = v
	}
}

// RecordTraceback stores the traceback an error carries on its exception value, as CPython
// does while an exception propagates; call it where errors leave Python frames.
func RecordTraceback(err error) {
	if info, ok := err.(py.ExceptionInfo); ok && info.Value != nil && info.Traceback != nil {
		fixGpythonMessage(info.Value, info.Traceback)
		SetTraceback(info.Value, info.Traceback)
		setImplicitContext(info.Value)
	}
}

// SetCause sets __cause__ (and __suppress_context__, as "raise ... from" does).
func SetCause(o, cause py.Object) {
	if e, ok := o.(*py.Exception); ok {
		e.Cause, e.SuppressContext = cause, true
	} else if e := asException(o); e != nil {
		e.Cause, e.SuppressContext = noneNil(cause), true
	}
}

// SetContext sets __context__.
func SetContext(o, ctx py.Object) {
	if e, ok := o.(*py.Exception); ok {
		e.Context = ctx
	} else if e := asException(o); e != nil {
		e.Context = noneNil(ctx)
	}
}

// IsExceptionValue reports whether o is an exception instance.
func IsExceptionValue(o py.Object) bool {
	if _, ok := o.(*py.Exception); ok {
		return o != py.NotImplemented // gpython's is an exception object
	}
	return o.Type().Flags&py.TPFLAGS_BASE_EXC_SUBCLASS != 0 && asException(o) != nil
}

// ExcStr is BaseException.__str__ (with KeyError's and OSError's variants).
func ExcStr(o py.Object) (string, error) {
	args := ExcArgs(o)
	t := o.Type()
	if t.IsSubtype(py.OSError) {
		if s, ok := osErrorStr(o, args); ok {
			return s, nil
		}
	}
	if t.IsSubtype(py.SyntaxError) {
		return syntaxErrorStr(o, args)
	}
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if t.IsSubtype(py.KeyError) {
			return py.ReprAsString(args[0])
		}
		return py.StrAsString(args[0])
	}
	return py.StrAsString(args)
}

// ExcRepr is BaseException.__repr__: Name(arg, ...).
func ExcRepr(o py.Object) (string, error) {
	args := ExcArgs(o)
	var b strings.Builder
	b.WriteString(o.Type().Name)
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := objects.Repr(a)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte(')')
	return b.String(), nil
}

// excAttr reads an attribute stored in the exception's dict (Go code stores errno, filename
// and the like in *py.Exception.Dict).
func excAttr(o py.Object, name string) (py.Object, bool) {
	if e, ok := o.(*py.Exception); ok {
		v, ok := e.Dict[name]
		return v, ok
	}
	if i := AsInstance(o); i != nil {
		return i.AttrDirect(name)
	}
	return nil, false
}

func setExcAttr(o py.Object, name string, v py.Object) error {
	if e, ok := o.(*py.Exception); ok {
		e.Dict[name] = v
		return nil
	}
	if i := AsInstance(o); i != nil {
		return i.SetAttrDirect(name, v)
	}
	return attrError(o, name)
}

// dictAttr is a data descriptor for an exception attribute with a default (errno, code...).
func dictAttr(name string, dflt func(o py.Object) py.Object) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if v, ok := excAttr(self, name); ok {
				return v, nil
			}
			return dflt(self), nil
		},
		Fset: func(self, v py.Object) error { return setExcAttr(self, name, v) },
	}
}

func none(py.Object) py.Object { return py.None }

// syntaxErrorStr is SyntaxError.__str__: "msg (file.py, line 3)", the file name without
// its directory, either part left out when it is missing.
func syntaxErrorStr(o py.Object, args py.Tuple) (string, error) {
	var msg py.Object = py.None
	if v, ok := excAttr(o, "msg"); ok {
		msg = v
	} else if len(args) > 0 {
		msg = args[0]
	}
	s, err := py.StrAsString(msg)
	if err != nil {
		return "", err
	}
	filename := ""
	if v, ok := excAttr(o, "filename"); ok {
		if f, ok := v.(py.String); ok {
			filename = string(f)[strings.LastIndexByte(string(f), '/')+1:]
		}
	}
	lineno, hasLine := excAttr(o, "lineno")
	if _, isInt := lineno.(py.Int); !isInt {
		hasLine = false
	}
	switch {
	case filename != "" && hasLine:
		return fmt.Sprintf("%s (%s, line %d)", s, filename, lineno), nil
	case filename != "":
		return fmt.Sprintf("%s (%s)", s, filename), nil
	case hasLine:
		return fmt.Sprintf("%s (line %d)", s, lineno), nil
	}
	return s, nil
}

func osErrorStr(o py.Object, args py.Tuple) (string, bool) {
	errno, _ := excAttr(o, "errno")
	strerror, _ := excAttr(o, "strerror")
	if errno == nil || errno == py.None || strerror == nil || strerror == py.None {
		if len(args) < 2 {
			return "", false
		}
		errno, strerror = args[0], args[1]
	}
	es, _ := py.StrAsString(errno)
	ss, _ := py.StrAsString(strerror)
	s := "[Errno " + es + "] " + ss
	if fn, ok := excAttr(o, "filename"); ok && fn != py.None {
		r, _ := py.ReprAsString(fn)
		s += ": " + r
		if fn2, ok := excAttr(o, "filename2"); ok && fn2 != py.None {
			r2, _ := py.ReprAsString(fn2)
			s += " -> " + r2
		}
	}
	return s, true
}

// osErrorClass maps an errno to the OSError subclass CPython's OSError(errno, ...) makes.
func osErrorClass(errno int) *py.Type {
	switch unix.Errno(errno) {
	case unix.EAGAIN, unix.EALREADY, unix.EINPROGRESS:
		return py.BlockingIOError
	case unix.ECHILD:
		return py.ChildProcessError
	case unix.EPIPE, unix.ESHUTDOWN:
		return py.BrokenPipeError
	case unix.ECONNABORTED:
		return py.ConnectionAbortedError
	case unix.ECONNREFUSED:
		return py.ConnectionRefusedError
	case unix.ECONNRESET:
		return py.ConnectionResetError
	case unix.EEXIST:
		return py.FileExistsError
	case unix.ENOENT:
		return py.FileNotFoundError
	case unix.EISDIR:
		return py.IsADirectoryError
	case unix.ENOTDIR:
		return py.NotADirectoryError
	case unix.EINTR:
		return py.InterruptedError
	case unix.EACCES, unix.EPERM:
		return py.PermissionError
	case unix.ESRCH:
		return py.ProcessLookupError
	case unix.ETIMEDOUT:
		return py.TimeoutError
	}
	return nil
}

func init() {
	objects.ExceptionRepr = ExcRepr
	objects.ExceptionStr = ExcStr
}
