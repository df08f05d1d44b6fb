package multiprocessing

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/pickle"
)

// pickleProtocol is the protocol process objects travel with (CPython's ForkingPickler uses
// the default, 4).
const pickleProtocol = 4

// reduce is BaseProcess.__reduce__: a process object pickles as a call of the module's
// _rebuild_process with its class and its Go fields, plus its instance attributes as state,
// so that a Python subclass travels with the attributes its __init__ set.
func (p *Process) reduce() (py.Object, error) {
	m, err := p.st.ctx.GetModule("multiprocessing")
	if err != nil {
		return nil, err
	}
	rebuild, ok := m.Globals["_rebuild_process"]
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "multiprocessing._rebuild_process is missing")
	}
	identity := make(py.Tuple, len(p.identity))
	for i, n := range p.identity {
		identity[i] = py.Int(n)
	}
	target := p.target
	if target == nil {
		target = py.None
	}
	args := p.args
	if args == nil {
		args = py.Tuple{}
	}
	kwargs := py.Tuple{}
	for _, k := range sortedKeys(p.kwargs) {
		kwargs = append(kwargs, py.Tuple{py.String(k), p.kwargs[k]})
	}
	fields := py.Tuple{p.Type(), py.String(p.name), identity, py.NewBool(p.daemon), p.authkey,
		py.Int(p.parentPid), py.String(p.parentName), target, args, kwargs}
	var state py.Object = py.None
	if d := p.Dict(); d != nil && d.Len() > 0 {
		state = d.Copy()
	}
	return py.Tuple{rebuild, fields, state}, nil
}

// rebuildProcess is multiprocessing._rebuild_process(cls, name, identity, daemon, authkey,
// parent_pid, parent_name, target, args, kwargs): the process object in the child, made
// without calling __init__ (the pickled state then restores the instance attributes).
func rebuildProcess(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 10 {
		return nil, py.ExceptionNewf(py.TypeError, "_rebuild_process expected 10 arguments, got %d", len(args))
	}
	cls, ok := args[0].(*py.Type)
	if !ok || !cls.IsSubtype(ProcessType) {
		return nil, py.ExceptionNewf(py.TypeError, "_rebuild_process: %s is not a Process class", py.DebugRepr(args[0]))
	}
	obj, err := cls.New(cls, nil, nil)
	if err != nil {
		return nil, err
	}
	p, ok := obj.(*Process)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_rebuild_process: %s did not make a process", cls.Name)
	}
	name, _ := args[1].(py.String)
	p.name = string(name)
	if ident, ok := args[2].(py.Tuple); ok {
		for _, n := range ident {
			if i, ok := n.(py.Int); ok {
				p.identity = append(p.identity, int(i))
			}
		}
	}
	p.daemon = args[3] == py.True
	p.authkey, _ = args[4].(py.Bytes)
	if pid, ok := args[5].(py.Int); ok {
		p.parentPid = int(pid)
	}
	pname, _ := args[6].(py.String)
	p.parentName = string(pname)
	p.target = args[7]
	if p.args, err = toTuple(args[8]); err != nil {
		return nil, err
	}
	p.kwargs = py.StringDict{}
	if pairs, ok := args[9].(py.Tuple); ok {
		for _, kv := range pairs {
			pair, ok := kv.(py.Tuple)
			if !ok || len(pair) != 2 {
				continue
			}
			if k, ok := pair[0].(py.String); ok {
				p.kwargs[string(k)] = pair[1]
			}
		}
	}
	p.initialized = true
	return p, nil
}

// dumpProcess pickles p for its child.
func dumpProcess(st *state, p *Process) ([]byte, error) {
	return pickle.Dumps(st.ctx, p, pickleProtocol)
}

// loadProcess unpickles the process object in the child.
func loadProcess(ctx py.Context, data []byte) (*Process, error) {
	obj, err := pickle.Loads(ctx, data)
	if err != nil {
		return nil, err
	}
	p, ok := obj.(*Process)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "spawn data did not hold a process object but %s", obj.Type().Name)
	}
	return p, nil
}

func sortedKeys(d py.StringDict) []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
