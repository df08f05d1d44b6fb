package frames

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/kworder"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
)

// threadOfModule returns the thread calling a builtin of module m (builtins, sys), which
// holds its interpreter's GIL.
func threadOfModule(m py.Object) *gil.Thread {
	mod, ok := m.(*py.Module)
	if !ok || mod.Context == nil {
		return gil.Holding()
	}
	if rt := gil.Of(mod.Context); rt != nil {
		return rt.Current()
	}
	return nil
}

// callerFrame is the innermost Python frame of the thread calling a builtin of module m.
func callerFrame(m py.Object) *py.Frame {
	if t := threadOfModule(m); t != nil {
		return t.Frame(0)
	}
	return nil
}

func init() {
	builtins.Add(
		py.MustNewMethod("globals", builtinGlobals, 0, `globals()
Return the dictionary containing the current scope's global variables.

NOTE: Updates to this dictionary *will* affect name lookups in the current
global scope and vice-versa.`),
		py.MustNewMethod("locals", builtinLocals, 0, `locals()
Return a dictionary containing the current scope's local variables.

NOTE: Whether or not updates to this dictionary will affect name lookups in
the local scope and vice-versa is *implementation dependent* and not
covered by any backwards compatibility guarantees.`),
		py.MustNewMethod("exec", builtinExec, 0, `exec(source, globals=None, locals=None, /, *, closure=None)
Execute the given source in the context of globals and locals.

The source may be a string representing one or more Python statements
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it.
The closure must be a tuple of cellvars, and can only be used
when source is a code object requiring exactly that many cellvars.`),
		py.MustNewMethod("eval", builtinEval, 0, `eval(source, globals=None, locals=None, /)
Evaluate the given source in the context of globals and locals.

The source may be a string representing a Python expression
or a code object as returned by compile().
The globals must be a dictionary and locals can be any mapping,
defaulting to the current globals and locals.
If only globals is given, locals defaults to it.`),
	)
	impl := py.GetModuleImpl("sys")
	m := py.MustNewMethod("_getframe", sysGetframe, 0, `_getframe($module, depth=0, /)
--

Return a frame object from the call stack.

If optional integer depth is given, return the frame object that many
calls below the top of the stack.  If that is deeper than the call
stack, ValueError is raised.  The default for depth is zero, returning
the frame at the top of the call stack.

This function should be used for internal and specialized purposes
only.`)
	for i, old := range impl.Methods {
		if old.Name == m.Name {
			impl.Methods[i] = m
			m = nil
			break
		}
	}
	if m != nil {
		impl.Methods = append(impl.Methods, m)
	}
}

func builtinGlobals(self py.Object, args py.Tuple) (py.Object, error) {
	if err := py.UnpackTuple(args, nil, "globals", 0, 0); err != nil {
		return nil, err
	}
	if f := callerFrame(self); f != nil {
		return f.Globals, nil
	}
	return py.None, nil
}

func builtinLocals(self py.Object, args py.Tuple) (py.Object, error) {
	if err := py.UnpackTuple(args, nil, "locals", 0, 0); err != nil {
		return nil, err
	}
	if f := callerFrame(self); f != nil {
		return Locals(f), nil
	}
	return py.None, nil
}

func sysGetframe(self py.Object, args py.Tuple) (py.Object, error) {
	var depth py.Object = py.Int(0)
	if err := py.UnpackTuple(args, nil, "_getframe", 0, 1, &depth); err != nil {
		return nil, err
	}
	n, err := objects.IndexInt(depth)
	if err != nil {
		return nil, err
	}
	t := threadOfModule(self)
	if t == nil {
		return nil, py.ExceptionNewf(py.ValueError, "call stack is not deep enough")
	}
	f := t.Frame(max(n, 0))
	if f == nil {
		return nil, py.ExceptionNewf(py.ValueError, "call stack is not deep enough")
	}
	Handed(t, f)
	return f, nil
}

func builtinExec(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var closure py.Object = py.None
	for k, v := range kwargs {
		if k != "closure" {
			return nil, py.ExceptionNewf(py.TypeError, "exec() got an unexpected keyword argument '%s'", k)
		}
		closure = v
	}
	_, err := evalOrExec(self, "exec", args, closure)
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

func builtinEval(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "eval() takes no keyword arguments")
	}
	return evalOrExec(self, "eval", args, py.None)
}

// namespace is a mapping given to exec() or eval() as the StringDict the code runs with,
// and what to do once it has run.
type namespace struct {
	sd   py.StringDict
	done func(code *py.Code) error
}

func (ns namespace) finish(code *py.Code) error {
	if ns.done != nil {
		return ns.done(code)
	}
	return nil
}

// dictNamespace gives the namespace of a dict (or of an instance of a dict subclass).
func dictNamespace(o py.Object) (namespace, bool) {
	switch d := objects.NativeOf(o).(type) {
	case py.StringDict:
		return namespace{sd: d}, true
	case *objects.Dict:
		return namespace{sd: d.Namespace(), done: func(code *py.Code) error {
			d.Pull(StoreOrder(code))
			return nil
		}}, true
	}
	return namespace{}, false
}

// mappingNamespace copies a mapping that is not a dict in, and writes back what the code
// changed. (Names the code reads are looked up in the copy: the mapping's __getitem__ is
// not consulted for names it does not list in keys().)
func mappingNamespace(m py.Object) (namespace, error) {
	keys, err := py.Call(mustAttr(m, "keys"), nil, nil)
	if err != nil {
		return namespace{}, err
	}
	sd := py.NewStringDict()
	var iterErr error
	err = py.Iterate(keys, func(k py.Object) bool {
		s, ok := k.(py.String)
		if !ok {
			return false
		}
		v, err := py.GetItem(m, k)
		if err != nil {
			iterErr = err
			return true
		}
		sd[string(s)] = v
		return false
	})
	if err == nil {
		err = iterErr
	}
	if err != nil {
		return namespace{}, err
	}
	before := sd.Copy()
	return namespace{sd: sd, done: func(code *py.Code) error {
		for _, k := range orderedNames(sd, StoreOrder(code)) {
			if old, ok := before[k]; !ok || !compiler.Identical(old, sd[k]) {
				if _, err := py.SetItem(m, py.String(k), sd[k]); err != nil {
					return err
				}
			}
		}
		for k := range before {
			if _, ok := sd[k]; !ok {
				if _, err := py.DelItem(m, py.String(k)); err != nil {
					return err
				}
			}
		}
		return nil
	}}, nil
}

func mustAttr(o py.Object, name string) py.Object {
	a, err := py.GetAttrString(o, name)
	if err != nil {
		return py.None
	}
	return a
}

// orderedNames lists sd's keys: those in names first, in that order, then the rest.
func orderedNames(sd py.StringDict, names []string) []string {
	out := make([]string, 0, len(sd))
	seen := map[string]bool{}
	for _, n := range names {
		if _, ok := sd[n]; ok && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, k := range sortedKeys(sd) {
		if !seen[k] {
			out = append(out, k)
		}
	}
	return out
}

func isMapping(o py.Object) bool {
	_, err := py.GetAttrString(o, "keys")
	if err != nil {
		return false
	}
	_, err = py.GetAttrString(o, "__getitem__")
	return err == nil
}

// evalOrExec is exec() and eval(): CPython's checks and messages, then the code run with
// the namespaces.
func evalOrExec(self py.Object, mode string, args py.Tuple, closure py.Object) (py.Object, error) {
	var source, globals, locals py.Object = nil, py.None, py.None
	if err := py.UnpackTuple(args, nil, mode, 1, 3, &source, &globals, &locals); err != nil {
		return nil, err
	}
	var gns, lns namespace
	var ok bool
	if globals != py.None {
		if gns, ok = dictNamespace(globals); !ok {
			if mode == "exec" {
				return nil, py.ExceptionNewf(py.TypeError, "exec() globals must be a dict, not %s", globals.Type().Name)
			}
			if _, err := py.GetAttrString(globals, "__getitem__"); err == nil {
				return nil, py.ExceptionNewf(py.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return nil, py.ExceptionNewf(py.TypeError, "globals must be a dict")
		}
	}
	if locals != py.None && !isMapping(locals) {
		if mode == "exec" {
			return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping or None, not %s", locals.Type().Name)
		}
		return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping")
	}
	caller := callerFrame(self)
	var builtinsNS py.StringDict
	if caller != nil {
		builtinsNS = caller.Builtins
	}
	if globals == py.None {
		if caller == nil {
			return nil, py.ExceptionNewf(py.SystemError, "%s(): no current frame", mode)
		}
		gns = namespace{sd: caller.Globals}
		if locals == py.None {
			if caller.Code.Flags&py.CO_OPTIMIZED == 0 && caller.Locals != nil {
				locals = caller.Locals // a module's or class body's namespace itself
			} else {
				locals = Locals(caller)
			}
		}
	} else if locals == py.None {
		locals = globals
	}
	if compiler.Identical(locals, globals) {
		lns = gns
	} else if lns, ok = dictNamespace(locals); !ok {
		var err error
		if lns, err = mappingNamespace(locals); err != nil {
			return nil, err
		}
	}
	if _, ok := gns.sd["__builtins__"]; !ok && builtinsNS != nil {
		if err := setItem(globals, "__builtins__", builtinsNS, gns.sd); err != nil {
			return nil, err
		}
	}
	code, err := codeOf(mode, source)
	if err != nil {
		return nil, err
	}
	var cells py.Tuple
	if closure != py.None {
		if cells, ok = closure.(py.Tuple); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "closure must be a tuple of cells")
		}
	}
	if n := len(code.Freevars); n != len(cells) {
		if mode == "eval" || closure == py.None && n == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "code object passed to eval() may not contain free variables")
		}
		return nil, py.ExceptionNewf(py.TypeError, "code object requires a closure of exactly length %d", n)
	}
	ctx := mustContext(self, caller)
	res, err := py.VmEvalCode(ctx, code, gns.sd, lns.sd, nil, nil, nil, nil, cells)
	if ferr := gns.finish(code); ferr != nil && err == nil {
		err = ferr
	}
	if !compiler.Identical(locals, globals) {
		if ferr := lns.finish(code); ferr != nil && err == nil {
			err = ferr
		}
	}
	return res, err
}

// setItem sets key in the namespace object given to exec/eval (and in its StringDict).
func setItem(o py.Object, key string, v py.Object, sd py.StringDict) error {
	if o == py.None {
		sd[key] = v
		return nil
	}
	_, err := py.SetItem(o, py.String(key), v)
	return err
}

func mustContext(self py.Object, caller *py.Frame) py.Context {
	if m, ok := self.(*py.Module); ok && m.Context != nil {
		return m.Context
	}
	return caller.Context
}

// codeOf compiles exec's or eval's source (a str or bytes; eval drops leading blanks), or
// takes a code object as it is.
func codeOf(mode string, source py.Object) (*py.Code, error) {
	var src string
	flags := 0
	switch s := source.(type) {
	case *py.Code:
		return s, nil
	case py.String:
		src = string(s)
	case py.Bytes:
		src, flags = string(s), compiler.SourceBytes
	case *objects.ByteArray:
		src, flags = string(s.Bytes()), compiler.SourceBytes
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s() arg 1 must be a string, bytes or code object", mode)
	}
	cmode := py.ExecMode
	if mode == "eval" {
		cmode = py.EvalMode
		i := 0
		for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
			i++
		}
		src = src[i:]
	}
	return py.Compile(src, "<string>", cmode, flags, true)
}

// sortedKeys lists a StringDict's keys: in the order a call gave them when they are keyword
// arguments (kworder), else sorted (a Go map has no order to keep).
func sortedKeys(m py.StringDict) []string { return kworder.Keys(m) }
