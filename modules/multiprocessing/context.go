package multiprocessing

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
	pysys "github.com/gopyrt/gopy/modules/sys"
)

// Start methods: CPython's three, each meaning what it means there. Every child re-executes
// the running binary; a 'fork' child is handed its parent's state by value (fork.go), a
// 'spawn' or 'forkserver' one imports the main module again (main_module.go). 'fork' is
// the default, as on CPython 3.11 for Linux.
var startMethods = []string{"fork", "spawn", "forkserver"}

const defaultStartMethod = "fork"

func validMethod(m string) bool {
	for _, s := range startMethods {
		if s == m {
			return true
		}
	}
	return false
}

// Context is a multiprocessing context (CPython's ForkContext, SpawnContext,
// ForkServerContext, and the DefaultContext behind the module's functions): the module's
// API under a fixed start method. Each interpreter has one of each (singletons, as CPython's
// _concrete_contexts), whose classes derive from BaseContext and carry _name and the
// interpreter's Process class of that start method.
type Context struct {
	st     *state
	method string // "" for the DefaultContext
	typ    *py.Type
}

// ContextType is multiprocessing.context.BaseContext.
var ContextType = py.NewType("BaseContext", "A multiprocessing context: the module's API with a fixed start method.")

// Type returns the context's class.
func (c *Context) Type() *py.Type { return c.typ }

// contextClassNames are the context classes by start method ("" the default context).
var contextClassNames = map[string]string{"fork": "ForkContext", "spawn": "SpawnContext", "forkserver": "ForkServerContext", "": "DefaultContext"}

// bindContexts makes the interpreter's context classes and their instances (called once
// the Process classes exist).
func (st *state) bindContexts() {
	st.contexts = map[string]*Context{}
	for method, name := range contextClassNames {
		process := st.classes["Process"]
		if method != "" {
			process = st.classes[contextPrefix(method)+"Process"]
		}
		t := &py.Type{
			ObjectType: py.TypeType,
			Name:       name,
			Qualname:   name,
			Doc:        ContextType.Doc,
			Base:       ContextType,
			Bases:      py.Tuple{ContextType},
			Dict:       py.StringDict{"__module__": py.String("multiprocessing.context"), "Process": process},
			// Python classes in CPython: a context pickles as copyreg.__newobj__(cls).
			Flags: py.TPFLAGS_DEFAULT | py.TPFLAGS_HEAPTYPE,
		}
		// SpawnContext() (and unpickling one, in a child) makes another context of this
		// interpreter with the same start method, as CPython's class call does; an
		// unpickled DefaultContext follows this interpreter's start method.
		// object.__new__(cls) (copyreg's protocol 0 and 1 reconstructor) makes one too.
		method, name := method, name
		classes.RegisterNative(t, func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if method == "" && len(args) == 1 && len(kwargs) == 0 {
				args = nil // DefaultContext(context)
			}
			if len(args) > 0 || len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", name)
			}
			return &Context{st: st, method: method, typ: cls}, nil
		})
		if method != "" {
			t.Dict["_name"] = py.String(method)
		} else {
			t.Dict["__getstate__"] = defaultContextGetstate
			t.Dict["__setstate__"] = defaultContextSetstate
		}
		if err := t.Ready(); err != nil {
			panic(err)
		}
		st.contexts[method] = &Context{st: st, method: method, typ: t}
	}
}

// A DefaultContext pickles with CPython's instance state: the fork context it defaults to
// and the context chosen so far (None before a start method is set or asked for).
var (
	defaultContextGetstate = py.MustNewMethod("__getstate__", func(self py.Object) (py.Object, error) {
		c, ok := self.(*Context)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__getstate__ needs a context")
		}
		c.st.mu.Lock()
		chosen := c.st.startMethod
		c.st.mu.Unlock()
		var actual py.Object = py.None
		if chosen != "" {
			actual = c.st.concrete(chosen)
		}
		d := objects.NewDict()
		if err := d.SetItem(py.String("_default_context"), c.st.concrete(defaultStartMethod)); err != nil {
			return nil, err
		}
		return d, d.SetItem(py.String("_actual_context"), actual)
	}, 0, "Helper for pickle.")
	defaultContextSetstate = py.MustNewMethod("__setstate__", func(self, state py.Object) (py.Object, error) {
		return py.None, nil
	}, 0, "Helper for pickle.")
)

// concrete returns the context of a start method.
func (st *state) concrete(method string) *Context {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.contexts[method]
}

// startMethodOf is the context's start method (the default context's is the one chosen).
func (c *Context) startMethodOf() string {
	if c.method != "" {
		return c.method
	}
	c.st.mu.Lock()
	defer c.st.mu.Unlock()
	if c.st.startMethod == "" {
		c.st.startMethod = defaultStartMethod
	}
	return c.st.startMethod
}

// M__repr__ is object's repr, as CPython's contexts have none of their own.
func (c *Context) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<multiprocessing.context.%s object at %p>", c.typ.Name, c)), nil
}

// M__getattr__ finds the module's functions and classes on the context.
func (c *Context) M__getattr__(name string) (py.Object, error) {
	switch name {
	case "Pool":
		return py.MustNewMethod("Pool", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return newPool(c.st.ctx, c, args, kwargs)
		}, 0, "Returns a process pool object"), nil
	case "Manager":
		return py.MustNewMethod("Manager", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noArguments("BaseContext.Manager", args, kwargs); err != nil {
				return nil, err
			}
			return newManager(c.st.ctx, c)
		}, 0, "Returns a manager associated with a running server process"), nil
	}
	if m, err := c.st.ctx.GetModule("multiprocessing"); err == nil {
		if v, ok := m.Globals[name]; ok && name[0] != '_' {
			return v, nil
		}
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", c.typ.Name, name)
}

func contextPrefix(method string) string {
	switch method {
	case "fork":
		return "Fork"
	case "forkserver":
		return "ForkServer"
	}
	return "Spawn"
}

func init() {
	d := ContextType.Dict
	d["get_start_method"] = py.MustNewMethod("get_start_method", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.String(self.(*Context).startMethodOf()), nil
	}, 0, "Return the start method of this context.")
	d["set_start_method"] = py.MustNewMethod("set_start_method", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot set start method of concrete context")
	}, 0, "Concrete contexts cannot change their start method.")
	d["get_context"] = py.MustNewMethod("get_context", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		c := self.(*Context)
		return c.st.getContext(args, kwargs, c)
	}, 0, "Return a context object for the given start method.")
	ContextType.Dict["__module__"] = py.String("multiprocessing.context")
	builtins.Ready(ContextType)
}

func (st *state) getContext(args py.Tuple, kwargs py.StringDict, self *Context) (py.Object, error) {
	var method py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:get_context", []string{"method"}, &method); err != nil {
		return nil, err
	}
	if method == py.None {
		if self != nil && self.method != "" {
			return self, nil
		}
		// The default context answers with the concrete context of the chosen method.
		st.mu.Lock()
		if st.startMethod == "" {
			st.startMethod = defaultStartMethod
		}
		m := st.startMethod
		st.mu.Unlock()
		return st.concrete(m), nil
	}
	s, ok := method.(py.String)
	if !ok || !validMethod(string(s)) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot find context for %s", pyRepr(method))
	}
	return st.concrete(string(s)), nil
}

func contextFunctions() []*py.Method {
	withState := func(name, doc string, f func(st *state, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			st, err := moduleState(self)
			if err != nil {
				return nil, err
			}
			return f(st, args, kwargs)
		}, 0, doc)
	}
	return []*py.Method{
		withState("get_context", "Return a context object", func(st *state, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return st.getContext(args, kwargs, nil)
		}),
		withState("get_start_method", "Return the start method used to start processes", func(st *state, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var allowNone py.Object = py.False
			if err := py.ParseTupleAndKeywords(args, kwargs, "|O:get_start_method", []string{"allow_none"}, &allowNone); err != nil {
				return nil, err
			}
			st.mu.Lock()
			defer st.mu.Unlock()
			if st.startMethod == "" {
				if b, _ := py.MakeBool(allowNone); b == py.True {
					return py.None, nil
				}
				st.startMethod = defaultStartMethod
			}
			return py.String(st.startMethod), nil
		}),
		withState("set_start_method", "Set the method for starting processes", func(st *state, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var method, force py.Object = nil, py.False
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:set_start_method", []string{"method", "force"}, &method, &force); err != nil {
				return nil, err
			}
			forced, _ := py.MakeBool(force)
			st.mu.Lock()
			defer st.mu.Unlock()
			if st.startMethod != "" && forced != py.True {
				return nil, py.ExceptionNewf(py.RuntimeError, "context has already been set")
			}
			if method == py.None && forced == py.True {
				st.startMethod = ""
				return py.None, nil
			}
			s, ok := method.(py.String)
			if !ok || !validMethod(string(s)) {
				return nil, py.ExceptionNewf(py.ValueError, "cannot find context for %s", pyRepr(method))
			}
			st.startMethod = string(s)
			return py.None, nil
		}),
		py.MustNewMethod("get_all_start_methods", func(self py.Object) (py.Object, error) {
			return py.NewListFromStrings(startMethods), nil
		}, 0, "Returns a list of the supported start methods, default first."),
		py.MustNewMethod("freeze_support", func(self py.Object) (py.Object, error) { return py.None, nil }, 0,
			"Check whether this is a fake forked process in a frozen executable (CPython does something only on Windows)."),
		withState("set_executable", "Sets the path to a python executable to use for spawned children", func(st *state, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var exe py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:set_executable", []string{"executable"}, &exe); err != nil {
				return nil, err
			}
			return py.None, st.setExecutable(exe)
		}),
	}
}

// setExecutable is set_executable(exe): the binary 'spawn' and 'forkserver' children run
// (CPython's spawn._python_exe, kept as os.fsencode gives it); None is accepted and makes
// the next such start fail as CPython's does.
func (st *state) setExecutable(exe py.Object) error {
	var path string
	if exe != py.None {
		v := exe
		if _, ok := v.(py.String); !ok {
			if _, ok := v.(py.Bytes); !ok {
				f, err := py.GetAttrString(exe, "__fspath__")
				if err != nil {
					return py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", exe.Type().Name)
				}
				if v, err = py.Call(f, nil, nil); err != nil {
					return err
				}
			}
		}
		switch s := v.(type) {
		case py.String:
			path = string(s)
		case py.Bytes:
			path = string(s)
		default:
			return py.ExceptionNewf(py.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", exe.Type().Name, v.Type().Name)
		}
	}
	st.mu.Lock()
	st.executable, st.executableNone = path, exe == py.None
	st.mu.Unlock()
	return nil
}

// childExecutable is the binary a child started with method re-executes: for 'spawn' and
// 'forkserver' set_executable's choice, else (and always for 'fork') the running one.
func (st *state) childExecutable(method string) (string, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if method != "fork" {
		if st.executableNone {
			return "", py.ExceptionNewf(py.TypeError, "expected bytes, NoneType found")
		}
		if st.executable != "" {
			return st.executable, nil
		}
	}
	return pysys.Executable(), nil
}
