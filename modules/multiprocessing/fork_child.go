package multiprocessing

import (
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/importlib"
	pyio "github.com/gopyrt/gopy/modules/io"
	pyos "github.com/gopyrt/gopy/modules/os"
	"github.com/gopyrt/gopy/modules/pickle"
	"github.com/gopyrt/gopy/modules/thread"
	"github.com/gopyrt/gopy/modules/weakref"
)

// The child side of the 'fork' start method (see fork.go): the snapshot is read back in
// the order it was written, each global stored into its module as soon as it is read,
// then the extras are applied and the process object read.

// loadSnapshot reads a snapshot into ctx's interpreter; u goes on to read the process.
func loadSnapshot(ctx py.Context, u *pickle.Unpickler) error {
	// The warnings module, if anything imports it meanwhile, does not read the -W options
	// again: the parent did, and its filters come with the extras.
	defer hideWarnOptions(ctx)()
	header, err := u.Load()
	if err != nil {
		return err
	}
	h, ok := header.(py.Tuple)
	if !ok || len(h) != 2 {
		return py.ExceptionNewf(py.RuntimeError, "malformed fork snapshot")
	}
	entries, ok1 := h[0].(*py.List)
	order, ok2 := h[1].(py.Tuple)
	if !ok1 || !ok2 {
		return py.ExceptionNewf(py.RuntimeError, "malformed fork snapshot")
	}
	globals := make([]py.StringDict, len(entries.Items))
	for i, e := range entries.Items {
		entry, ok := e.(py.Tuple)
		if !ok || len(entry) != 3 {
			return py.ExceptionNewf(py.RuntimeError, "malformed fork snapshot")
		}
		if globals[i], ok = entry[2].(py.StringDict); !ok {
			return py.ExceptionNewf(py.RuntimeError, "malformed fork snapshot")
		}
	}
	for _, r := range order {
		ref, ok := r.(py.Tuple)
		if !ok || len(ref) != 2 {
			return py.ExceptionNewf(py.RuntimeError, "malformed fork snapshot")
		}
		i, ok1 := ref[0].(py.Int)
		name, ok2 := ref[1].(py.String)
		if !ok1 || !ok2 || i < 0 || int(i) >= len(globals) {
			return py.ExceptionNewf(py.RuntimeError, "malformed fork snapshot")
		}
		v, err := u.Load()
		if err != nil {
			return err
		}
		globals[i][string(name)] = v
	}
	extras, err := u.Load()
	if err != nil {
		return err
	}
	return applyExtras(ctx, extras)
}

// applyExtras applies the third part of the snapshot (see forkExtras).
func applyExtras(ctx py.Context, extras py.Object) error {
	t, ok := extras.(py.Tuple)
	if !ok || len(t) != 8 {
		return py.ExceptionNewf(py.RuntimeError, "malformed fork snapshot")
	}
	st := stateOf(ctx)
	st.mu.Lock()
	st.startMethod, _ = py.StrAsString(t[0])
	st.mu.Unlock()
	if h, ok := t[1].(py.Tuple); ok && len(h) == 3 {
		var at pyos.AtFork
		for i, dst := range []*[]py.Object{&at.Before, &at.AfterInParent, &at.AfterInChild} {
			if fns, ok := h[i].(py.Tuple); ok {
				*dst = append([]py.Object(nil), fns...)
			}
		}
		pyos.SetAtForkHandlers(ctx, at)
	}
	if sysm, err := ctx.GetModule("sys"); err == nil {
		if t[2] != py.None {
			sysm.Globals["stdout"] = t[2]
		}
		if t[3] != py.None {
			sysm.Globals["stderr"] = t[3]
		}
	}
	if err := applyWarningsState(ctx, t[4]); err != nil {
		return err
	}
	if names, ok := t[5].(py.Tuple); ok {
		for _, name := range names {
			_, _ = moduleNamed(ctx, name) // one the child cannot import stays out, as before
		}
	}
	if err := restoreLibraryStates(ctx, t[6]); err != nil {
		return err
	}
	return applySysState(ctx, t[7])
}

// The rebuild functions the snapshot's pickles call, registered in the multiprocessing
// module (private names, as CPython's copyreg helpers).
func forkFunctions() []*py.Method {
	ctxOf := func(self py.Object) py.Context { return self.(*py.Module).Context }
	return []*py.Method{
		py.MustNewMethod("_fork_make_module", func(self py.Object, args py.Tuple) (py.Object, error) {
			var name, names, file py.Object
			if err := py.UnpackTuple(args, nil, "_fork_make_module", 3, 3, &name, &names, &file); err != nil {
				return nil, err
			}
			return makeModule(ctxOf(self), name, names, file)
		}, 0, "Make a module of the parent's in a 'fork' child; return its globals."),
		py.MustNewMethod("_fork_globals", func(self py.Object, arg py.Object) (py.Object, error) {
			m, err := moduleNamed(ctxOf(self), arg)
			if err != nil {
				return nil, err
			}
			return m.Globals, nil
		}, 0, "The globals of the module of that name, imported if needed."),
		py.MustNewMethod("_fork_module", func(self py.Object, arg py.Object) (py.Object, error) {
			return moduleNamed(ctxOf(self), arg)
		}, 0, "The module of that name, imported if needed."),
		py.MustNewMethod("_fork_function", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_function expected 2 arguments")
			}
			code, ok := args[0].(*py.Code)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_function: not a code object")
			}
			globals, err := stringDict(args[1])
			if err != nil {
				return nil, err
			}
			return py.NewFunction(ctxOf(self), code, globals, ""), nil
		}, 0, "A function of the parent's, made from its code and globals."),
		py.MustNewMethod("_fork_function_fill", func(self py.Object, args py.Tuple) (py.Object, error) {
			return py.None, fillFunction(args)
		}, 0, "Give a function made by _fork_function the rest of its parent's."),
		py.MustNewMethod("_fork_class", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 4 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_class expected 4 arguments")
			}
			meta, ok1 := args[0].(*py.Type)
			name, ok2 := args[1].(py.String)
			bases, ok3 := args[2].(py.Tuple)
			if !ok1 || !ok2 || !ok3 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_class: bad arguments")
			}
			ns, err := stringDict(args[3])
			if err != nil {
				return nil, err
			}
			return classes.RestoreClass(meta, string(name), bases, ns)
		}, 0, "A class of the parent's, made with what it needs when made."),
		py.MustNewMethod("_fork_class_fill", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_class_fill expected 2 arguments")
			}
			t, ok1 := args[0].(*py.Type)
			state, ok2 := args[1].(py.Tuple)
			if !ok1 || !ok2 || len(state) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_class_fill: bad arguments")
			}
			rest, err := stringDict(state[0])
			if err != nil {
				return nil, err
			}
			var order []string
			if names, ok := state[1].(py.Tuple); ok {
				for _, n := range names {
					if s, ok := n.(py.String); ok {
						order = append(order, string(s))
					}
				}
			}
			classes.FillClass(t, rest, order)
			return py.None, nil
		}, 0, "Give a class made by _fork_class the rest of its dictionary, in its order."),
		py.MustNewMethod("_fork_cell", func(self py.Object) (py.Object, error) {
			return py.NewCell(nil), nil
		}, 0, "An empty cell, filled by _fork_cell_fill."),
		py.MustNewMethod("_fork_cell_fill", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_cell_fill expected 2 arguments")
			}
			c, ok1 := args[0].(*py.Cell)
			contents, ok2 := args[1].(py.Tuple)
			if !ok1 || !ok2 || len(contents) > 1 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_cell_fill: bad arguments")
			}
			if len(contents) == 1 {
				c.Set(contents[0])
			}
			return py.None, nil
		}, 0, "Fill a cell made by _fork_cell."),
		py.MustNewMethod("_fork_closed_io", func(self py.Object, arg py.Object) (py.Object, error) {
			return closedIO(arg)
		}, 0, "A closed file object of that io class (the parent's was closed)."),
		py.MustNewMethod("_fork_io_fill", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_io_fill expected 2 arguments")
			}
			state, ok := args[1].(py.Tuple)
			if !ok || len(state) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_io_fill: bad arguments")
			}
			if state[0] != py.None {
				if _, err := forkDictFill(self, py.Tuple{args[0], state[0]}); err != nil {
					return nil, err
				}
			}
			return py.None, pyio.SetForkReadState(args[0], state[1])
		}, 0, "Give a file object made again in the child its parent's attributes and unread buffers."),
		py.MustNewMethod("_fork_listener", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 4 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_listener expected 4 arguments")
			}
			fd, ok1 := args[0].(py.Int)
			family, ok2 := args[1].(py.String)
			if !ok1 || !ok2 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_listener: bad arguments")
			}
			return &Listener{ctx: ctxOf(self), fd: &ownedFd{fd: int(fd)}, family: string(family),
				address: args[2], authkey: args[3], lastAccepted: py.None}, nil
		}, 0, "A listener of the parent's, on the socket the child inherited."),
		py.MustNewMethod("_fork_shared_memory", func(self py.Object, args py.Tuple) (py.Object, error) {
			var fd, size int
			var name string
			if len(args) == 3 {
				f, ok1 := args[0].(py.Int)
				n, ok2 := args[1].(py.String)
				z, ok3 := args[2].(py.Int)
				if ok1 && ok2 && ok3 {
					fd, name, size = int(f), string(n), int(z)
					return forkSharedMemory(ctxOf(self), fd, name, size)
				}
			}
			return nil, py.ExceptionNewf(py.TypeError, "_fork_shared_memory: bad arguments")
		}, 0, "A shared memory block of the parent's, mapped from the descriptor the child inherited."),
		py.MustNewMethod("_fork_stdstream", func(self py.Object, arg py.Object) (py.Object, error) {
			path, ok := arg.(py.String)
			sysm, err := ctxOf(self).GetModule("sys")
			if !ok || err != nil {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_stdstream: bad argument")
			}
			parts := strings.Split(string(path), ".")
			obj := orNone(sysm.Globals[parts[0]])
			for _, attr := range parts[1:] {
				if obj, err = py.GetAttrString(obj, attr); err != nil {
					return nil, err
				}
			}
			return obj, nil
		}, 0, "This process's standard stream (or its buffer or raw file) that stands for the parent's."),
		py.MustNewMethod("_fork_lock", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 4 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_lock expected 4 arguments")
			}
			count, _ := args[2].(py.Int)
			return thread.NewLockState(ctxOf(self), args[0] == py.True, args[1] == py.True, int(count), args[3] == py.True), nil
		}, 0, "A _thread lock in the state of the parent's."),
		py.MustNewMethod("_fork_new", forkNew, 0, "base.__new__(cls, *args): an Enum member made as its class made it."),
		py.MustNewMethod("_fork_dict_fill", forkDictFill, 0, "Set an instance's attributes from its parent's dictionary."),
		py.MustNewMethod("_fork_iter_fill", forkIterFill, 0, "Give an iterator of a subclass its state, then its parent's attributes."),
		py.MustNewMethod("_fork_dead_ref", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 3 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_dead_ref expected 3 arguments")
			}
			cls, _ := args[0].(*py.Type)
			var hash py.Object
			if args[1] != py.None {
				hash = args[1]
			}
			r, err := weakref.DeadRef(cls, hash)
			if err != nil {
				return nil, err
			}
			if key, ok := args[2].(py.Tuple); ok && len(key) == 1 {
				if _, err := py.SetAttrString(r, "key", key[0]); err != nil {
					return nil, err
				}
			}
			return r, nil
		}, 0, "A weak reference of the parent's whose object was gone."),
		py.MustNewMethod("_fork_plain", func(self py.Object, arg py.Object) (py.Object, error) {
			b, ok := arg.(py.Bytes)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_plain: not bytes")
			}
			return decodePlain(b)
		}, 0, "A container of plain values of the parent's, from its compact form."),
		py.MustNewMethod("_fork_placeholder", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 5 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_placeholder expected 5 arguments")
			}
			var s [5]string
			for i := range s {
				s[i], _ = py.StrAsString(args[i])
			}
			return &placeholder{label: s[0], kind: s[1], reason: s[2], typ: placeholderType(s[3], s[4], s[1])}, nil
		}, 0, "What stands for something the parent could not copy."),
	}
}

// makeModule makes a by-value module of the parent (its globals filled later) under its
// names in sys.modules, and returns its globals.
func makeModule(ctx py.Context, name, names, file py.Object) (py.Object, error) {
	n, ok1 := name.(py.String)
	ns, ok2 := names.(py.Tuple)
	f, ok3 := file.(py.String)
	if !ok1 || !ok2 || !ok3 {
		return nil, py.ExceptionNewf(py.TypeError, "_fork_make_module: bad arguments")
	}
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: string(n), FileDesc: string(f)}})
	if err != nil {
		return nil, err
	}
	for _, alias := range ns {
		if err := importlib.Register(ctx, string(alias.(py.String)), m); err != nil {
			return nil, err
		}
	}
	return m.Globals, nil
}

// moduleNamed is sys.modules[name], imported if it is not there yet.
func moduleNamed(ctx py.Context, arg py.Object) (*py.Module, error) {
	name, ok := arg.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "module name must be str")
	}
	if m, ok := importlib.Lookup(ctx, string(name)); ok {
		if mod, ok := m.(*py.Module); ok {
			return mod, nil
		}
	}
	if _, err := importlib.Import(ctx, string(name), nil, []string{"*"}, 0); err != nil {
		return nil, err
	}
	m, ok := importlib.Lookup(ctx, string(name))
	mod, ok2 := m.(*py.Module)
	if !ok || !ok2 {
		return nil, py.ExceptionNewf(py.ImportError, "no module %s", string(name))
	}
	return mod, nil
}

// stringDict converts a dict read from a pickle (or None) into a StringDict.
func stringDict(o py.Object) (py.StringDict, error) {
	switch d := o.(type) {
	case py.StringDict:
		return d, nil
	case *objects.Dict:
		sd := py.NewStringDict()
		for _, kv := range d.Items() {
			k, ok := kv[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "keys must be str, not %s", kv[0].Type().Name)
			}
			sd[string(k)] = kv[1]
		}
		return sd, nil
	case py.NoneType:
		return nil, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "expected a dict, not %s", o.Type().Name)
}

// fillFunction is _fork_function_fill(f, (name, qualname, defaults, kwdefaults, closure,
// doc, dict, annotations)).
func fillFunction(args py.Tuple) error {
	if len(args) != 2 {
		return py.ExceptionNewf(py.TypeError, "_fork_function_fill expected 2 arguments")
	}
	f, ok := args[0].(*py.Function)
	state, ok2 := args[1].(py.Tuple)
	if !ok || !ok2 || len(state) != 8 {
		return py.ExceptionNewf(py.TypeError, "_fork_function_fill: bad arguments")
	}
	name, _ := py.StrAsString(state[0])
	qualname, _ := py.StrAsString(state[1])
	f.Name, f.Qualname = name, qualname
	tuple := func(o py.Object) py.Tuple {
		t, _ := o.(py.Tuple)
		return t
	}
	f.Defaults, f.Closure = tuple(state[2]), tuple(state[4])
	f.Doc = state[5]
	var err error
	if f.KwDefaults, err = stringDict(state[3]); err != nil {
		return err
	}
	if f.Dict, err = stringDict(state[6]); err != nil {
		return err
	}
	if f.Annotations, err = stringDict(state[7]); err != nil {
		return err
	}
	if f.Dict == nil {
		f.Dict = py.NewStringDict()
	}
	return nil
}

// closedIO makes a closed object of the io class cls: over /dev/null, then closed.
func closedIO(arg py.Object) (py.Object, error) {
	cls, ok := arg.(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_fork_closed_io: not a class")
	}
	raw, err := py.Call(pyio.FileIOType, py.Tuple{py.String(os.DevNull), py.String("rb+")}, nil)
	if err != nil {
		return nil, err
	}
	obj := raw
	switch {
	case cls.IsSubtype(pyio.TextIOWrapperType):
		buf, err := py.Call(pyio.BufferedRandomType, py.Tuple{raw}, nil)
		if err == nil {
			obj, err = py.Call(cls, py.Tuple{buf}, nil)
		}
		if err != nil {
			return nil, err
		}
	case cls.IsSubtype(pyio.FileIOType):
		if obj, err = py.Call(cls, py.Tuple{py.String(os.DevNull), py.String("rb+")}, nil); err != nil {
			return nil, err
		}
	default:
		if obj, err = py.Call(cls, py.Tuple{raw}, nil); err != nil {
			return nil, err
		}
	}
	closeFn, err := py.GetAttrString(obj, "close")
	if err == nil {
		_, err = py.Call(closeFn, nil, nil)
	}
	return obj, err
}
