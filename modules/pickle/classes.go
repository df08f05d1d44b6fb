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
	inst, file, protocol, kw := args[0], args[1], args[2], args[3]
	var fixImports, bufferCallback py.Object
	items, _ := dictItems(kw)
	for _, kv := range items {
		switch k := string(kv[0].(py.String)); k {
		case "fix_imports":
			fixImports = kv[1]
		case "buffer_callback":
			bufferCallback = kv[1]
		default:
			return nil, py.ExceptionNewf(py.TypeError, "Pickler() got an unexpected keyword argument '%s'", k)
		}
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
	inst, file, kw := args[0], args[1], args[2]
	var fixImports, encoding, errors, buffers py.Object
	items, _ := dictItems(kw)
	for _, kv := range items {
		switch k := string(kv[0].(py.String)); k {
		case "fix_imports":
			fixImports = kv[1]
		case "encoding":
			encoding = kv[1]
		case "errors":
			errors = kv[1]
		case "buffers":
			buffers = kv[1]
		default:
			return nil, py.ExceptionNewf(py.TypeError, "Unpickler() got an unexpected keyword argument '%s'", k)
		}
	}
	u, err := newFileUnpickler(contextOf(self), file)
	if err != nil {
		return nil, err
	}
	if err := configureUnpickler(u, fixImports, encoding, errors, buffers); err != nil {
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
