package multiprocessing

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	pyio "github.com/gopyrt/gopy/modules/io"
	"github.com/gopyrt/gopy/modules/marshal"
	"github.com/gopyrt/gopy/modules/pickle"
	"github.com/gopyrt/gopy/modules/thread"
	"github.com/gopyrt/gopy/modules/traceback"
	"github.com/gopyrt/gopy/modules/weakref"
)

// forkPickler pickles a 'fork' child's state (see fork.go). Its hook takes by value what
// pickle takes by reference or refuses, where the child could not find it or it would
// not be the parent's:
//
//   - the globals dict of a by-value module, the first time it is met: the child makes
//     the module; a library module's globals, and any module object, by name;
//   - functions, and classes, of by-value modules or made inside functions (lambdas,
//     closures, local classes): a function as its code object (marshal), globals and
//     cells, a class as its parts (classes.ClassParts), both made first and filled after,
//     so that what they hold may refer back to them;
//   - cells, staticmethod, classmethod and property objects (class dictionaries hold them);
//   - open files: their descriptor is handed over, as a connection's is (they share the
//     file offset, as after fork); the standard streams as the child's own;
//   - _thread locks, held or not as they are;
//   - members of by-value Enum classes as their class made them, and instances whose
//     pickling names them by reference in a by-value module (fork_instances.go);
//   - what cannot be copied (a thread, a generator in progress, anything pickle refuses)
//     becomes a placeholder naming where it was (root) and why.
type forkPickler struct {
	st *state
	p  *pickle.Pickler
	// root says which part of the state is being pickled, for placeholders.
	root string

	modules   []*userModule
	byValue   map[string]bool   // names of the by-value modules
	globals   map[string]string // globals dict address -> the name of its module
	userDicts map[string]*userModule
	names     map[*py.Module]string // module -> a name it has in sys.modules
	streams   map[py.Object]string  // the parent's original standard streams -> their sys names
	thread    *py.Type              // threading.Thread, when threading is loaded
	enum      *py.Type              // enum.Enum, when enum is loaded
	fns       py.StringDict         // the multiprocessing module's globals (the rebuild functions)
	builtins  py.StringDict
	loads     py.Object               // marshal.loads
	methods   map[*py.Method]typeAttr // the builtin types' methods, made when needed
}

// forkRefusal is the exception the hook raises for what it will not copy; the placeholder
// left instead gives its message as the reason.
var forkRefusal = classes.NewException(py.TypeError, "_ForkRefusal", "An object gopy's 'fork' start method does not copy.")

func refuse(reason string) error { return py.ExceptionNewf(forkRefusal, "%s", reason) }

// newForkPickler prepares a pickler for st's snapshot.
func newForkPickler(st *state) (*forkPickler, error) {
	p, err := pickle.NewPickler(st.ctx, pickleProtocol, true)
	if err != nil {
		return nil, err
	}
	p.NoFrames = true
	fp := &forkPickler{st: st, p: p}
	if err := fp.attach(); err != nil {
		return nil, err
	}
	return fp, nil
}

// attach reads the interpreter's modules and installs the hooks on fp.p.
func (fp *forkPickler) attach() error {
	ctx := fp.st.ctx
	mods, globals, err := byValueModules(ctx)
	if err != nil {
		return err
	}
	fp.modules, fp.globals = mods, globals
	fp.byValue, fp.userDicts, fp.names = map[string]bool{}, map[string]*userModule{}, map[*py.Module]string{}
	for _, um := range mods {
		for _, n := range um.names {
			fp.byValue[n] = true
		}
		fp.userDicts[dictKey(um.mod.Globals)] = um
	}
	if sysm, err := ctx.GetModule("sys"); err == nil {
		if d, ok := sysm.Globals["modules"].(*objects.Dict); ok {
			for _, kv := range d.Items() {
				if m, ok := kv[1].(*py.Module); ok {
					if _, seen := fp.names[m]; !seen {
						fp.names[m] = string(kv[0].(py.String))
					}
				}
			}
		}
		fp.streams = map[py.Object]string{}
		for _, n := range []string{"__stdout__", "__stderr__", "__stdin__"} {
			// The stream, its buffer and its raw file stand for the child's.
			var s py.Object = sysm.Globals[n]
			for _, path := range []string{n, n + ".buffer", n + ".buffer.raw"} {
				if !isIOObject(s) {
					break
				}
				fp.streams[s] = path
				var err error
				if s, err = py.GetAttrString(s, map[bool]string{true: "raw", false: "buffer"}[strings.HasSuffix(path, ".buffer")]); err != nil {
					break
				}
			}
		}
	}
	if tm, err := ctx.GetModule("threading"); err == nil {
		fp.thread, _ = tm.Globals["Thread"].(*py.Type)
	}
	if em, err := ctx.GetModule("enum"); err == nil {
		fp.enum, _ = em.Globals["Enum"].(*py.Type)
	}
	mp, err := ctx.GetModule("multiprocessing")
	if err != nil {
		return err
	}
	fp.fns = mp.Globals
	fp.builtins = ctx.Store().Builtins.Globals
	if err := importModule(ctx, "marshal"); err != nil {
		return err
	}
	m, err := ctx.GetModule("marshal")
	if err != nil {
		return err
	}
	fp.loads = m.Globals["loads"]
	fp.p.Hook, fp.p.Substitute = fp.hook, fp.substitute
	return nil
}

// isIOObject reports whether o is one of io's file layers (pointers: map keys).
func isIOObject(o py.Object) bool {
	switch o.(type) {
	case *pyio.FileIO, *pyio.Buffered, *pyio.TextIO:
		return true
	}
	return false
}

// call is the reduce value fn(*args) for a rebuild function of multiprocessing.
func (fp *forkPickler) call(fn string, args ...py.Object) py.Tuple {
	return py.Tuple{fp.fns[fn], py.Tuple(args)}
}

// hook is the pickler's Hook: nil for what pickles as usual.
func (fp *forkPickler) hook(obj py.Object) (py.Object, error) {
	switch o := obj.(type) {
	case py.StringDict:
		key := dictKey(o)
		if um := fp.userDicts[key]; um != nil {
			return fp.call("_fork_make_module", py.String(um.mod.ModuleImpl.Info.Name), stringTuple(um.names), py.String(um.mod.ModuleImpl.Info.FileDesc)), nil
		}
		if name, ok := fp.globals[key]; ok {
			return fp.call("_fork_globals", py.String(name)), nil
		}
		return nil, nil
	case *py.List, py.Tuple, *objects.Dict, *objects.Set, *objects.FrozenSet:
		if kind, items, ok := plainItems(obj); ok {
			return fp.call("_fork_plain", encodePlain(kind, items)), nil
		}
		return nil, nil
	case *py.Module:
		name, ok := fp.names[o]
		if !ok && registered(o) {
			name, ok = o.ModuleImpl.Info.Name, true // a submodule imported by the binary itself
		}
		if !ok {
			return nil, refuse("a module object that is not in sys.modules cannot be copied")
		}
		return fp.call("_fork_module", py.String(name)), nil
	case *py.Function:
		if fp.functionByValue(o) {
			return fp.function(o), nil
		}
		return nil, nil
	case *py.Type:
		if fp.classByValue(o) {
			return fp.class(o), nil
		}
		return nil, nil
	case *py.Method:
		// A builtin type's method (tuple.__new__) has no __self__ to be found by in gopy.
		if fp.findable(o, o.Name) {
			return nil, nil
		}
		if owner, name, ok := fp.builtinMethod(o); ok {
			return py.Tuple{fp.builtins["getattr"], py.Tuple{owner, py.String(name)}}, nil
		}
		return nil, nil
	case *py.Code:
		b, err := marshal.Dumps(o, marshal.Version)
		if err != nil {
			return nil, err
		}
		return py.Tuple{fp.loads, py.Tuple{py.Bytes(b)}}, nil
	case *py.Cell:
		var state py.Tuple
		if v := o.Get(); v != nil {
			state = py.Tuple{v}
		}
		return py.Tuple{fp.fns["_fork_cell"], py.Tuple{}, state, py.None, py.None, fp.fns["_fork_cell_fill"]}, nil
	case *py.StaticMethod:
		return py.Tuple{fp.builtins["staticmethod"], py.Tuple{o.Callable}}, nil
	case *py.ClassMethod:
		return py.Tuple{fp.builtins["classmethod"], py.Tuple{o.Callable}}, nil
	case *py.Generator:
		return nil, refuse("a generator in progress cannot be copied")
	case *placeholder:
		return fp.call("_fork_placeholder", py.String(o.label), py.String(o.kind), py.String(o.reason), o.typ.Dict["__module__"], py.String(o.typ.Qualname)), nil
	case *pyio.FileIO, *pyio.Buffered, *pyio.TextIO:
		if name, ok := fp.streams[obj]; ok {
			return fp.call("_fork_stdstream", py.String(name)), nil
		}
		return fp.file(obj)
	case *Listener:
		// The child shares the listening socket (and never removes a Unix socket's file:
		// CPython's finalizer only runs in the process that made the listener).
		childFd, err := handOver(fp.st.ctx, "Listener", o.fd.get())
		if err != nil {
			return nil, err
		}
		return fp.call("_fork_listener", py.Int(childFd), py.String(o.family), o.address, o.authkey), nil
	case *SharedMemory:
		// The same mapping, through the descriptor (the name may be unlinked already).
		fd := -1
		if o.fd >= 0 {
			var err error
			if fd, err = handOver(fp.st.ctx, "SharedMemory", o.fd); err != nil {
				return nil, err
			}
		}
		return fp.call("_fork_shared_memory", py.Int(fd), py.String(o.name), py.Int(o.size)), nil
	case *thread.Lock, *thread.RLock:
		reentrant, held, count, mine, _ := thread.LockState(fp.st.ctx, obj)
		return fp.call("_fork_lock", py.NewBool(reentrant), py.NewBool(held), py.Int(count), py.NewBool(mine)), nil
	}
	if cls, referent, callback, ok := weakref.ForkParts(obj); ok {
		// A weak reference (in a WeakSet, a WeakValueDictionary, asyncio's task registry)
		// refers to the child's copy of its referent, with its callback.
		var key py.Object
		if k, err := py.GetAttrString(obj, "key"); err == nil && cls != weakref.RefType {
			key = k // weakref.KeyedRef
		}
		if referent == nil {
			// A dead one arrives dead, with the hash it had.
			return fp.call("_fork_dead_ref", cls, orNone(weakref.ForkHash(obj)), py.Tuple(keyArg(key))), nil
		}
		return py.Tuple{cls, append(py.Tuple{referent, callback}, keyArg(key)...)}, nil
	}
	if m, ok := classes.UnboundMethodOf(obj); ok {
		// A method descriptor (int.__repr__ stored in a class) by its owner and name.
		if owner, name, ok := fp.builtinMethod(m); ok {
			return py.Tuple{fp.builtins["getattr"], py.Tuple{owner, py.String(name)}}, nil
		}
		return nil, nil
	}
	t := obj.Type()
	if fp.thread != nil && t.IsSubtype(fp.thread) {
		return nil, refuse("a thread cannot be copied: only the thread that starts the process goes on in a forked child")
	}
	if t.IsSubtype(classes.PropertyType) {
		return fp.property(obj)
	}
	if fp.isEnumMember(t) {
		return fp.enumMember(obj, t)
	}
	if rv, err := fp.selfReference(obj, t); rv != nil || err != nil {
		return rv, err
	}
	if rv, err := fp.iteratorWithAttrs(obj, t); rv != nil || err != nil {
		return rv, err
	}
	return nil, nil
}

// functionByValue reports whether f goes by value: it belongs to a by-value module, or
// pickle could not find it by name (made inside a function, or by exec).
func (fp *forkPickler) functionByValue(f *py.Function) bool {
	if fp.userDicts[dictKey(f.Globals)] != nil {
		return true
	}
	return !fp.findable(f, f.Qualname)
}

// builtinMethod finds m among the methods of the builtin types, when it is one.
func (fp *forkPickler) builtinMethod(m *py.Method) (*py.Type, string, bool) {
	if fp.methods == nil {
		fp.methods = map[*py.Method]typeAttr{}
		for _, v := range fp.builtins {
			t, ok := v.(*py.Type)
			if !ok {
				continue
			}
			for name, attr := range t.Dict {
				if sm, ok := attr.(*py.StaticMethod); ok {
					attr = sm.Callable
				}
				if meth, ok := attr.(*py.Method); ok {
					fp.methods[meth] = typeAttr{t, name}
				}
			}
		}
	}
	ta, ok := fp.methods[m]
	return ta.owner, ta.name, ok
}

// typeAttr is an attribute of a type.
type typeAttr struct {
	owner *py.Type
	name  string
}

// findable reports whether obj is what its module's attribute path qualname names, as
// pickle's by-reference lookup needs.
func (fp *forkPickler) findable(obj py.Object, qualname string) bool {
	if strings.Contains(qualname, "<") {
		return false
	}
	modName, err := py.GetAttrString(obj, "__module__")
	if err != nil {
		return false
	}
	name, ok := modName.(py.String)
	if !ok {
		return false
	}
	m, err := fp.st.ctx.GetModule(string(name))
	if err != nil {
		return false
	}
	var found py.Object = m
	for _, part := range strings.Split(qualname, ".") {
		if found, err = py.GetAttrString(found, part); err != nil {
			return false
		}
	}
	return found == obj
}

// function is f by value: made from its code object and globals, then given the rest.
func (fp *forkPickler) function(f *py.Function) py.Tuple {
	state := py.Tuple{py.String(f.Name), py.String(f.Qualname), noneIfNil(f.Defaults), dictOrNone(f.KwDefaults),
		noneIfNil(f.Closure), orNone(f.Doc), dictOrNone(f.Dict), dictOrNone(f.Annotations)}
	return py.Tuple{fp.fns["_fork_function"], py.Tuple{f.Code, f.Globals}, state, py.None, py.None, fp.fns["_fork_function_fill"]}
}

// keyArg is the key argument of a weakref.KeyedRef (none for a plain ref).
func keyArg(key py.Object) []py.Object {
	if key == nil {
		return nil
	}
	return []py.Object{key}
}

func noneIfNil(t py.Tuple) py.Object {
	if t == nil {
		return py.None
	}
	return t
}

func dictOrNone(d py.StringDict) py.Object {
	if d == nil {
		return py.None
	}
	return d
}

// classByValue reports whether t goes by value: a class statement's class (a heap type)
// of a by-value module, or one made inside a function.
func (fp *forkPickler) classByValue(t *py.Type) bool {
	if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return false
	}
	if m, ok := t.Dict["__module__"].(py.String); ok && fp.byValue[string(m)] {
		return true
	}
	return !fp.findable(t, t.Qualname)
}

// class is t by value: made from its metaclass, name, bases and the entries it needs when
// made, then given the rest of its dictionary and the order of its namespace.
func (fp *forkPickler) class(t *py.Type) py.Tuple {
	creation, rest, order := classes.ClassParts(t)
	bases := t.Bases
	if bases == nil {
		bases = py.Tuple{}
	}
	return py.Tuple{fp.fns["_fork_class"], py.Tuple{t.Type(), py.String(t.Name), bases, creation},
		py.Tuple{rest, stringTuple(order)}, py.None, py.None, fp.fns["_fork_class_fill"]}
}

// property is a property (or an instance of a subclass) made again from its functions,
// its instance dictionary as state.
func (fp *forkPickler) property(obj py.Object) (py.Object, error) {
	args := make(py.Tuple, 4)
	for i, n := range []string{"fget", "fset", "fdel", "__doc__"} {
		v, err := py.GetAttrString(obj, n)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	rv := py.Tuple{obj.Type(), args}
	if in := classes.AsInstance(obj); in != nil {
		if d := in.Dict(); d != nil && d.Len() > 0 {
			rv = append(rv, d.Copy())
		}
	}
	return rv, nil
}

// file is an io object (a file object's layers) made again in the child: a FileIO on its
// descriptor, handed over to the child (they share the file and its offset, as after
// fork), the layers above it by their constructors, each with its instance dict (name,
// mode), then what their read buffers hold (io.ForkReadState: the child reads on from
// where the parent's code stopped, as from a forked copy). Bytes waiting to be written
// are not carried. A closed one is closed in the child too.
func (fp *forkPickler) file(obj py.Object) (py.Object, error) {
	fd, args, closed, _ := pyio.ForkParts(obj)
	var state py.Object = py.None
	if in := classes.AsInstance(obj); in != nil {
		if d := in.Dict(); d != nil && d.Len() > 0 {
			state = d.Copy()
		}
	}
	if closed {
		return py.Tuple{fp.fns["_fork_closed_io"], py.Tuple{obj.Type()}, state}, nil
	}
	if fd >= 0 {
		childFd, err := handOver(fp.st.ctx, "file", fd)
		if err != nil {
			return nil, err
		}
		args = append(py.Tuple{py.Int(childFd)}, args...)
	}
	if rs := pyio.ForkReadState(obj); rs != py.None {
		return py.Tuple{obj.Type(), args, py.Tuple{state, rs}, py.None, py.None, fp.fns["_fork_io_fill"]}, nil
	}
	return py.Tuple{obj.Type(), args, state}, nil
}

// substitute is the pickler's Substitute: a placeholder for what could not be pickled.
func (fp *forkPickler) substitute(obj py.Object, err error) (py.Object, bool) {
	info := traceback.Info(err)
	reason := ""
	if info.Type == forkRefusal {
		reason, _ = py.StrAsString(info.Value)
	} else {
		msg, _ := py.StrAsString(info.Value)
		name := "error"
		if info.Type != nil {
			name = info.Type.Name
		}
		reason = "pickling it failed with " + name + ": " + msg
	}
	return newPlaceholder(fp.root, obj.Type(), reason), true
}
