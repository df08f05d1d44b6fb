package multiprocessing

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// The sys module's state in a 'fork' child. A forked CPython child has its parent's sys as
// it was: the hooks a script installed (sys.excepthook, sys.displayhook), the recursion
// limit, the switch interval, flags a script set (sys.dont_write_bytecode, sys.ps1) and
// attributes it added. gopy's child makes a new sys, so the snapshot's extras carry:
//
//   - the attributes of sys but its own functions, records and modules, which are the same
//     in every interpreter, and the streams, sys.argv, sys.path and sys.modules, which the
//     child's own set-up makes: hooks a script installed, flags it set, values it added;
//   - sys.getrecursionlimit(), sys.getswitchinterval() and sys.get_int_max_str_digits().
//
// What the child already has the same is left alone.

// sysNotCarried are the attributes of sys a 'fork' child gets otherwise: from the
// preparation (argv, path, the working directory's), its own streams (fork.go carries the
// replaced ones), the warnings state (fork_warnings.go), or that are its own.
var sysNotCarried = map[string]bool{
	"argv": true, "orig_argv": true, "path": true, "modules": true, "executable": true,
	"stdin": true, "stdout": true, "stderr": true, "__stdin__": true, "__stdout__": true,
	"__stderr__": true, "warnoptions": true, "_xoptions": true, "flags": true,
	"path_importer_cache": true, "__name__": true, "__doc__": true, "__package__": true,
	"__loader__": true, "__spec__": true, "__file__": true, "implementation": true,
	"meta_path": true, "path_hooks": true, "builtin_module_names": true, "stdlib_module_names": true,
}

// sysSettings are the getters of the interpreter settings a child gets, and their setters.
var sysSettings = [][2]string{
	{"getrecursionlimit", "setrecursionlimit"},
	{"getswitchinterval", "setswitchinterval"},
	{"get_int_max_str_digits", "set_int_max_str_digits"},
}

// sysState is (the carried attributes of sys, then the values of sysSettings).
func sysState(ctx py.Context) py.Object {
	sysm, err := ctx.GetModule("sys")
	if err != nil {
		return py.None
	}
	attrs := py.NewStringDict()
	names := make([]string, 0, len(sysm.Globals))
	for name := range sysm.Globals {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if sysNotCarried[name] {
			continue
		}
		switch v := sysm.Globals[name].(type) {
		case *py.Method, *py.Module:
		case *py.Type:
			if v.Flags&py.TPFLAGS_HEAPTYPE != 0 {
				attrs[name] = v
			}
		default:
			if !sysOwnValue(v) {
				attrs[name] = v
			}
		}
	}
	state := py.Tuple{attrs}
	for _, pair := range sysSettings {
		state = append(state, py.None)
		if fn, ok := sysm.Globals[pair[0]]; ok {
			if v, err := py.Call(fn, nil, nil); err == nil {
				state[len(state)-1] = v
			}
		}
	}
	return state
}

// applySysState gives the child's sys what sysState carried.
func applySysState(ctx py.Context, arg py.Object) error {
	state, ok := arg.(py.Tuple)
	if !ok || len(state) != 1+len(sysSettings) {
		return nil
	}
	sysm, err := ctx.GetModule("sys")
	if err != nil {
		return err
	}
	attrs, err := stringDict(state[0])
	if err != nil {
		return err
	}
	for _, name := range sortedKeys(attrs) {
		v := attrs[name]
		if _, lost := v.(*placeholder); lost {
			continue // the child's own stays
		}
		if cur, ok := sysm.Globals[name]; ok && sameScalar(cur, v) {
			continue
		}
		sysm.Globals[name] = v
	}
	for i, pair := range sysSettings {
		fn, ok := sysm.Globals[pair[1]]
		if !ok || state[i+1] == py.None {
			continue
		}
		// Best effort: an embedding program's sys may not implement them.
		_, _ = py.Call(fn, py.Tuple{state[i+1]}, nil)
	}
	return nil
}

// sysOwnValue reports whether v is one of the records sys makes for itself (version_info,
// float_info...: instances of its own types), the same in every interpreter.
func sysOwnValue(v py.Object) bool {
	m, ok := v.Type().Dict["__module__"].(py.String)
	return ok && m == "sys"
}

// sameScalar reports whether a and b are the same None, bool, int, float or str.
func sameScalar(a, b py.Object) bool {
	switch a.(type) {
	case py.NoneType, py.Bool, py.Int, py.Float, py.String:
		return a == b
	}
	return false
}
