package pickle

import (
	"github.com/go-python/gpython/py"
)

// stateType is the type of the Go state attached to Pickler and Unpickler instances.
var stateType = py.NewType("_pickle_state", "Go state of a pickle.Pickler or pickle.Unpickler")

type picklerState struct {
	p *Pickler
}

// Type returns the state type.
func (*picklerState) Type() *py.Type { return stateType }

type unpicklerState struct {
	u *Unpickler
}

// Type returns the state type.
func (*unpicklerState) Type() *py.Type { return stateType }

const stateAttr = "_gopy_state"

func picklerInit(self py.Object, args py.Tuple) (py.Object, error) {
	inst, pos, kw := args[0], args[1].(py.Tuple), args[2]
	var file, protocol, fixImports, bufferCallback py.Object
	if err := kwArgs("Pickler", pos, kwDict(kw), 4, []string{"file", "protocol", "fix_imports", "buffer_callback"}, 1, &file, &protocol, &fixImports, &bufferCallback); err != nil {
		return nil, err
	}
	p, err := newPicklerFromArgs(contextOf(self), protocol, fixImports, bufferCallback)
	if err != nil {
		return nil, err
	}
	if p.flush, err = writerFlush(file); err != nil {
		return nil, err
	}
	if _, err := py.SetAttrString(inst, stateAttr, &picklerState{p: p}); err != nil {
		return nil, err
	}
	// CPython's Pickler members: bin (protocol >= 1) and fast (no memo), read at dump.
	bin := py.Int(0)
	if p.proto >= 1 {
		bin = 1
	}
	if _, err := py.SetAttrString(inst, "bin", bin); err != nil {
		return nil, err
	}
	if _, err := py.SetAttrString(inst, "fast", py.Int(0)); err != nil {
		return nil, err
	}
	return py.None, nil
}

func picklerOf(inst py.Object) (*Pickler, error) {
	v, err := lookupAttr(inst, stateAttr)
	if err != nil {
		return nil, err
	}
	st, ok := v.(*picklerState)
	if !ok {
		return nil, py.ExceptionNewf(PicklingError, "Pickler.__init__() was not called by %s.__init__()", typeName(inst))
	}
	return st.p, nil
}

func picklerDump(self py.Object, args py.Tuple) (py.Object, error) {
	inst, obj := args[0], args[1]
	p, err := picklerOf(inst)
	if err != nil {
		return nil, err
	}
	if p.PersistentID, err = lookupAttr(inst, "persistent_id"); err != nil {
		return nil, err
	}
	if p.ReducerOverride, err = lookupAttr(inst, "reducer_override"); err != nil {
		return nil, err
	}
	if p.DispatchTable, err = lookupAttr(inst, "dispatch_table"); err != nil {
		return nil, err
	}
	if fast, err := lookupAttr(inst, "fast"); err != nil {
		return nil, err
	} else if fast != nil {
		t, err := py.MakeBool(fast)
		if err != nil {
			return nil, err
		}
		p.Fast = t == py.True
	}
	if _, err := p.Dump(obj); err != nil {
		return nil, err
	}
	return py.None, nil
}

func picklerClearMemo(self py.Object, args py.Tuple) (py.Object, error) {
	p, err := picklerOf(args[0])
	if err != nil {
		return nil, err
	}
	p.ClearMemo()
	return py.None, nil
}

func unpicklerInit(self py.Object, args py.Tuple) (py.Object, error) {
	inst, pos, kw := args[0], args[1].(py.Tuple), args[2]
	var file, fixImports, encoding, errors, buffers py.Object
	if err := kwArgs("Unpickler", pos, kwDict(kw), 1, []string{"file", "fix_imports", "encoding", "errors", "buffers"}, 1, &file, &fixImports, &encoding, &errors, &buffers); err != nil {
		return nil, err
	}
	u, err := newFileUnpickler(contextOf(self), file)
	if err != nil {
		return nil, err
	}
	if err := configureUnpickler("Unpickler", u, fixImports, encoding, errors, buffers); err != nil {
		return nil, err
	}
	if _, err := py.SetAttrString(inst, stateAttr, &unpicklerState{u: u}); err != nil {
		return nil, err
	}
	return py.None, nil
}

func unpicklerOf(inst py.Object) (*Unpickler, error) {
	v, err := lookupAttr(inst, stateAttr)
	if err != nil {
		return nil, err
	}
	st, ok := v.(*unpicklerState)
	if !ok {
		return nil, py.ExceptionNewf(UnpicklingError, "Unpickler.__init__() was not called by %s.__init__()", typeName(inst))
	}
	return st.u, nil
}

func unpicklerLoad(self py.Object, args py.Tuple) (py.Object, error) {
	inst := args[0]
	u, err := unpicklerOf(inst)
	if err != nil {
		return nil, err
	}
	if u.PersistentLoad, err = lookupAttr(inst, "persistent_load"); err != nil {
		return nil, err
	}
	if u.FindClass, err = lookupAttr(inst, "find_class"); err != nil {
		return nil, err
	}
	return u.Load()
}

func findClassMethod(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "find_class() takes exactly 2 arguments (%d given)", len(args)-1)
	}
	inst := args[0]
	m, ok1 := args[1].(py.String)
	n, ok2 := args[2].(py.String)
	if !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.TypeError, "find_class() arguments must be str")
	}
	u, err := unpicklerOf(inst)
	if err != nil {
		return nil, err
	}
	return FindClass(u.ctx, string(m), string(n), u.proto, u.fixImports)
}

// kwDict converts the **kwargs dict the Python classes pass to a StringDict.
func kwDict(kw py.Object) py.StringDict {
	out := py.NewStringDict()
	items, _ := dictItems(kw)
	for _, kv := range items {
		if k, ok := kv[0].(py.String); ok {
			out[string(k)] = kv[1]
		}
	}
	return out
}
