package classes

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/modules/builtins"
)

// BaseExceptionGroup and ExceptionGroup (PEP 654): builtin exception classes whose
// instances carry a message and a tuple of exceptions. Calling BaseExceptionGroup with
// only Exception instances makes an ExceptionGroup, as in CPython; split() and subgroup()
// rebuild the nesting through derive(), copying the traceback, cause and context.

var (
	// BaseExceptionGroup is the builtin class BaseExceptionGroup.
	BaseExceptionGroup = NewExceptionType("BaseExceptionGroup", "builtins", "A combination of multiple unrelated exceptions.", py.BaseException)
	// ExceptionGroup is the builtin class ExceptionGroup (BaseExceptionGroup, Exception).
	ExceptionGroup = newExceptionGroupType()
)

func newExceptionGroupType() *py.Type {
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       "ExceptionGroup",
		Qualname:   "ExceptionGroup",
		Base:       BaseExceptionGroup,
		Bases:      py.Tuple{BaseExceptionGroup, py.ExceptionType},
		Dict:       py.StringDict{},
		New:        instanceNew,
		Init:       instanceInit,
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_BASETYPE | py.TPFLAGS_BASE_EXC_SUBCLASS,
	}
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

// excGroup is an instance of BaseExceptionGroup or of a subclass.
type excGroup struct {
	Exception
	msg  py.Object
	excs py.Tuple
}

func allocGroup(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	g := &excGroup{Exception: Exception{Args: append(py.Tuple{}, args...)}}
	g.Init(cls, g)
	return g, nil
}

// asGroup returns the group behind o, or nil when o is not an exception group.
func asGroup(o py.Object) *excGroup {
	if g, ok := o.(*excGroup); ok {
		return g
	}
	if i := AsInstance(o); i != nil {
		if g, ok := i.self.(*excGroup); ok {
			return g
		}
	}
	return nil
}

// GroupExceptions returns the message and the exceptions of an exception group (ok false
// for any other object), for the traceback printer.
func GroupExceptions(o py.Object) (msg string, excs py.Tuple, ok bool) {
	g := asGroup(o)
	if g == nil {
		return "", nil, false
	}
	s, _ := g.msg.(py.String)
	return string(s), g.excs, true
}

// isSequence is PySequence_Check.
func isSequence(o py.Object) bool {
	switch o.(type) {
	case py.Tuple, *py.List, py.String:
		return true
	}
	t := TypeOf(o)
	if t.IsSubtype(py.DictType) || t.Name == "dict" {
		return false
	}
	return o.Type().Lookup("__getitem__") != nil
}

func groupNew(cls py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	t, ok := cls.(*py.Type)
	if !ok || !t.IsSubtype(BaseExceptionGroup) {
		return nil, py.ExceptionNewf(py.TypeError, "BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := args[0].(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeOf(args[0]).Name)
	}
	if !isSequence(args[1]) {
		return nil, py.ExceptionNewf(py.TypeError, "second argument (exceptions) must be a sequence")
	}
	var excs py.Tuple
	if err := py.Iterate(args[1], func(o py.Object) bool { excs = append(excs, o); return false }); err != nil {
		return nil, err
	}
	if len(excs) == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	nestsBase := false
	for i, e := range excs {
		if !IsExceptionValue(e) {
			return nil, py.ExceptionNewf(py.ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.Type().IsSubtype(py.ExceptionType) {
			nestsBase = true
		}
	}
	switch {
	case t == BaseExceptionGroup:
		if !nestsBase {
			t = ExceptionGroup
		}
	case t == ExceptionGroup:
		if nestsBase {
			return nil, py.ExceptionNewf(py.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case nestsBase && t.IsSubtype(py.ExceptionType):
		return nil, py.ExceptionNewf(py.TypeError, "Cannot nest BaseExceptions in '%s'", t.Name)
	}
	o, err := alloc(t, args, kwargs)
	if err != nil {
		return nil, err
	}
	g := asGroup(o)
	if g == nil {
		return nil, py.ExceptionNewf(py.SystemError, "BaseExceptionGroup: bad allocation")
	}
	g.msg, g.excs = args[0], excs
	return o, nil
}

// matcher tests one exception (or group) against the condition of split/subgroup/except*.
type matcher func(e py.Object) (bool, error)

// typeMatcher accepts an exception class or a tuple of them.
func typeMatcher(cond py.Object) (matcher, bool) {
	var types []*py.Type
	switch c := cond.(type) {
	case *py.Type:
		if !c.IsSubtype(py.BaseException) {
			return nil, false
		}
		types = []*py.Type{c}
	case py.Tuple:
		for _, x := range c {
			t, ok := x.(*py.Type)
			if !ok || !t.IsSubtype(py.BaseException) {
				return nil, false
			}
			types = append(types, t)
		}
	default:
		return nil, false
	}
	return func(e py.Object) (bool, error) {
		for _, t := range types {
			if e.Type().IsSubtype(t) {
				return true, nil
			}
		}
		return false, nil
	}, true
}

func makeMatcher(cond py.Object) (matcher, error) {
	if _, isType := cond.(*py.Type); !isType {
		if _, ok := cond.(py.Tuple); !ok && Callable(cond) {
			return func(e py.Object) (bool, error) {
				r, err := py.Call(cond, py.Tuple{e}, nil)
				if err != nil {
					return false, err
				}
				return compiler.Truth(r)
			}, nil
		}
	}
	if m, ok := typeMatcher(cond); ok {
		return m, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "expected a function, exception type or tuple of exception types")
}

// splitGroup splits exc by m into what matches and the rest (either nil when empty);
// withRest false skips building the rest (subgroup).
func splitGroup(exc py.Object, m matcher, withRest bool) (match, rest py.Object, err error) {
	ok, err := m(exc)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return exc, nil, nil
	}
	g := asGroup(exc)
	if g == nil {
		if withRest {
			return nil, exc, nil
		}
		return nil, nil, nil
	}
	var matches, rests []py.Object
	for _, e := range g.excs {
		mm, rr, err := splitGroup(e, m, withRest)
		if err != nil {
			return nil, nil, err
		}
		if mm != nil {
			matches = append(matches, mm)
		}
		if rr != nil {
			rests = append(rests, rr)
		}
	}
	if len(matches) > 0 {
		if match, err = deriveAndCopy(exc, matches); err != nil {
			return nil, nil, err
		}
	}
	if withRest && len(rests) > 0 {
		if rest, err = deriveAndCopy(exc, rests); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// deriveAndCopy makes exc.derive(excs) and gives it exc's traceback, cause and context.
func deriveAndCopy(exc py.Object, excs []py.Object) (py.Object, error) {
	derive, err := py.GetAttrString(exc, "derive")
	if err != nil {
		return nil, err
	}
	d, err := py.Call(derive, py.Tuple{py.NewListFromItems(excs)}, nil)
	if err != nil {
		return nil, err
	}
	if asGroup(d) == nil {
		return nil, py.ExceptionNewf(py.TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	SetTraceback(d, ExcTraceback(exc))
	cause, ctx, suppress := ExcChain(exc)
	if cause != nil || suppress {
		SetCause(d, orNone(cause))
		if e := asException(d); e != nil {
			e.SuppressContext = suppress
		}
	}
	SetContext(d, orNone(ctx))
	if err := copyNotes(d, exc); err != nil {
		return nil, err
	}
	return d, nil
}

func groupSelf(self py.Object, method string) (*excGroup, error) {
	g := asGroup(self)
	if g == nil {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'BaseExceptionGroup' object but received a '%s'", method, TypeOf(self).Name)
	}
	return g, nil
}

func oneArg(method string, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "BaseExceptionGroup.%s() takes exactly one argument (%d given)", method, len(args))
	}
	return args[0], nil
}

func init() {
	RegisterNative(BaseExceptionGroup, allocGroup)
	for _, t := range []*py.Type{BaseExceptionGroup, ExceptionGroup} {
		builtins.Ready(t)
		builtins.SetGlobal(t.Name, t)
	}
	b := BaseExceptionGroup
	b.Dict["__new__"] = &py.StaticMethod{Callable: NewMethod("__new__", "Create and return a new exception group.", groupNew), Dict: py.NewStringDict()}
	excMethod(b, "__init__", "Initialize self.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", TypeOf(self).Name)
		}
		setArgs(self, args)
		return py.None, nil
	})
	excMethod(b, "__str__", "Return str(self).", func(self py.Object, _ py.Tuple, _ py.StringDict) (py.Object, error) {
		g, err := groupSelf(self, "__str__")
		if err != nil {
			return nil, err
		}
		msg, err := py.StrAsString(g.msg)
		if err != nil {
			return nil, err
		}
		plural := "s"
		if len(g.excs) == 1 {
			plural = ""
		}
		return py.String(fmt.Sprintf("%s (%d sub-exception%s)", msg, len(g.excs), plural)), nil
	})
	excMethod(b, "derive", "", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		g, err := groupSelf(self, "derive")
		if err != nil {
			return nil, err
		}
		excs, err := oneArg("derive", args)
		if err != nil {
			return nil, err
		}
		return py.Call(BaseExceptionGroup, py.Tuple{g.msg, excs}, nil)
	})
	excMethod(b, "split", "", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		cond, err := oneArg("split", args)
		if err != nil {
			return nil, err
		}
		m, err := makeMatcher(cond)
		if err != nil {
			return nil, err
		}
		match, rest, err := splitGroup(self, m, true)
		if err != nil {
			return nil, err
		}
		return py.Tuple{orNone(match), orNone(rest)}, nil
	})
	excMethod(b, "subgroup", "", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		cond, err := oneArg("subgroup", args)
		if err != nil {
			return nil, err
		}
		m, err := makeMatcher(cond)
		if err != nil {
			return nil, err
		}
		match, _, err := splitGroup(self, m, false)
		return orNone(match), err
	})
	readonly := func(py.Object, py.Object) error {
		return py.ExceptionNewf(py.AttributeError, "readonly attribute")
	}
	b.Dict["message"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		g, err := groupSelf(self, "message")
		if err != nil {
			return nil, err
		}
		return g.msg, nil
	}, Fset: readonly}
	b.Dict["exceptions"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		g, err := groupSelf(self, "exceptions")
		if err != nil {
			return nil, err
		}
		return g.excs, nil
	}, Fset: readonly}
	b.Dict["__class_getitem__"] = ClassGetItem
}
