package sys

import (
	_ "embed"
	"math"
	"os"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	gopyos "github.com/gopyrt/gopy/modules/os"
)

// The descriptive attributes of sys that scripts read to learn about the platform's
// numbers and the interpreter (float_info, int_info, hash_info, thread_info, maxunicode,
// stdlib_module_names ...), with CPython 3.11's values on 64-bit Linux: gopy's floats
// are IEEE doubles, its str holds any code point, and its hashes are CPython's
// (internal/objects/hash.go), so the same numbers describe both. Also the functions of
// sys that have no effect gopy can give but that scripts call (audit hooks, the
// coroutine-origin depth, dlopen flags), and int_max_str_digits, whose limit
// internal/objects applies.

//go:embed stdlib_module_names.txt
var stdlibModuleNames string

func init() {
	impl := py.GetModuleImpl("sys")
	g := impl.Globals
	seq := func(name, doc string, fields []string, values ...py.Object) py.Object {
		return gopyos.NewStructSeqType("sys", name, doc, fields).Make(values...)
	}
	g["float_info"] = seq("float_info", "sys.float_info\n\nA named tuple holding information about the float type.",
		strings.Fields("max max_exp max_10_exp min min_exp min_10_exp dig mant_dig epsilon radix rounds"),
		py.Float(math.MaxFloat64), py.Int(1024), py.Int(308), py.Float(0x1p-1022), py.Int(-1021), py.Int(-307),
		py.Int(15), py.Int(53), py.Float(0x1p-52), py.Int(2), py.Int(1))
	g["int_info"] = seq("int_info", "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.",
		strings.Fields("bits_per_digit sizeof_digit default_max_str_digits str_digits_check_threshold"),
		py.Int(30), py.Int(4), py.Int(gil.DefaultIntMaxStrDigits), py.Int(objects.IntStrDigitsThreshold))
	g["hash_info"] = seq("hash_info", "hash_info\n\nA named tuple providing parameters used for computing\nhashes.",
		strings.Fields("width modulus inf nan imag algorithm hash_bits seed_bits cutoff"),
		py.Int(64), py.Int(1<<61-1), py.Int(314159), py.Int(0), py.Int(1000003), py.String("siphash13"),
		py.Int(64), py.Int(128), py.Int(0))
	g["thread_info"] = seq("thread_info", "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
		strings.Fields("name lock version"), py.String("pthread"), py.String("semaphore"), py.None)
	g["maxunicode"] = py.Int(0x10ffff)
	g["float_repr_style"] = py.String("short")
	g["abiflags"] = py.String("")
	g["api_version"] = py.Int(1013)
	g["copyright"] = py.String("gopy: Copyright (c) the gopy authors.\nThe language it runs is Python's, by the Python Software Foundation.")
	g["pycache_prefix"] = py.None
	g["dont_write_bytecode"] = py.True // gopy never writes __pycache__ files
	g["_xoptions"] = py.NewStringDict()
	g["meta_path"] = py.NewList()
	g["path_hooks"] = py.NewList()
	g["path_importer_cache"] = py.NewStringDict()
	names := strings.Fields(stdlibModuleNames)
	set := make(py.Tuple, len(names))
	for i, n := range names {
		set[i] = py.String(n)
	}
	if fs, err := objects.NewFrozenSet(set); err == nil {
		g["stdlib_module_names"] = fs
	}
	args := make([]string, len(os.Args))
	copy(args, os.Args)
	g["orig_argv"] = py.NewListFromStrings(args)
	impl.Methods = append(impl.Methods, infoMethods...)
	for _, pair := range [][3]string{
		{"get_coroutine_origin_tracking_depth", "set_coroutine_origin_tracking_depth", "depth"},
		{"getdlopenflags", "setdlopenflags", "flags"},
	} {
		initial := 0
		if pair[2] == "flags" {
			initial = 2 // RTLD_NOW, CPython's default
		}
		get, set := intSetting(pair[0], pair[1], pair[2], initial)
		impl.Methods = append(impl.Methods, get, set)
	}
}

// builtinModuleNames are the modules CPython 3.11 compiles into its binary; sys lists those
// gopy has (every gopy module is in its binary, but scripts ask this to tell C modules).
var builtinModuleNames = strings.Fields(`_abc _ast _codecs _collections _functools _imp _io
	_locale _operator _signal _sre _stat _string _symtable _thread _tokenize _tracemalloc
	_warnings _weakref atexit builtins errno faulthandler gc itertools marshal posix pwd sys time`)

// setBuiltinModuleNames sets sys.builtin_module_names once every module is registered.
func setBuiltinModuleNames(m *py.Module) {
	var have py.Tuple
	for _, n := range builtinModuleNames {
		if py.GetModuleImpl(n) != nil {
			have = append(have, py.String(n))
		}
	}
	m.Globals["builtin_module_names"] = have
}

// interpState is what these functions keep per interpreter (gil.Runtime.Value): the
// audit hooks and the values of the settings without effect, so that interpreters of one
// process, and a test's next one, do not share them.
type interpState struct {
	mu       sync.Mutex
	hooks    []py.Object
	settings map[string]int
}

type interpStateKey struct{}

// stateOf is the calling interpreter's state (a throwaway one without an interpreter).
func stateOf() *interpState {
	t := gil.Holding()
	if t == nil {
		return &interpState{}
	}
	return t.Runtime().ValueOr(interpStateKey{}, func() any { return &interpState{} }).(*interpState)
}

var infoMethods = []*py.Method{
	py.MustNewMethod("get_int_max_str_digits", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := noArgs("get_int_max_str_digits", args); err != nil {
			return nil, err
		}
		if t := gil.Holding(); t != nil {
			return py.Int(t.Runtime().IntMaxStrDigits()), nil
		}
		return py.Int(gil.DefaultIntMaxStrDigits), nil
	}, 0, "get_int_max_str_digits($module, /)\n--\n\nReturn the maximum string digits limit for non-binary int<->str conversions."),
	py.MustNewMethod("set_int_max_str_digits", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.Parse("set_int_max_str_digits", args, kwargs, []string{"maxdigits"}, 0, 1, 1)
		if err != nil {
			return nil, err
		}
		n, err := argclinic.Int(a[0])
		if err != nil {
			return nil, err
		}
		if n != 0 && n < objects.IntStrDigitsThreshold {
			return nil, py.ExceptionNewf(py.ValueError, "maxdigits must be 0 or larger than %d", objects.IntStrDigitsThreshold)
		}
		if t := gil.Holding(); t != nil {
			t.Runtime().SetIntMaxStrDigits(n)
		}
		return py.None, nil
	}, 0, "set_int_max_str_digits($module, /, maxdigits)\n--\n\nSet the maximum string digits limit for non-binary int<->str conversions."),
	py.MustNewMethod("addaudithook", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.Parse("addaudithook", args, kwargs, []string{"hook"}, 0, 1, 1)
		if err != nil {
			return nil, err
		}
		st := stateOf()
		st.mu.Lock()
		st.hooks = append(st.hooks, a[0])
		st.mu.Unlock()
		return py.None, nil
	}, 0, "addaudithook($module, /, hook)\n--\n\nAdds a new audit hook callback."),
	py.MustNewMethod("audit", audit, 0, "audit(event, *args)\n\nPasses the event to any audit hooks that are attached."),
	py.MustNewMethod("is_finalizing", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := noArgs("is_finalizing", args); err != nil {
			return nil, err
		}
		return py.False, nil
	}, 0, "is_finalizing($module, /)\n--\n\nReturn True if Python is exiting."),
	py.MustNewMethod("getallocatedblocks", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := noArgs("getallocatedblocks", args); err != nil {
			return nil, err
		}
		return py.Int(0), nil // the documented answer of an implementation that cannot count them
	}, 0, "getallocatedblocks($module, /)\n--\n\nReturn the number of memory blocks currently allocated."),
	py.MustNewMethod("breakpointhook", breakpointHook, 0, "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint()."),
	py.MustNewMethod("getsizeof", getSizeOf, 0, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."),
}

// contextOf is the interpreter of a sys function's module.
func contextOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

// audit calls the hooks addaudithook installed with (event, args). gopy raises no events
// of its own: only those scripts raise reach the hooks.
func audit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "audit() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "audit() missing 1 required positional argument: 'event'")
	}
	event, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected str for argument 'event', not %s", argclinic.TypeName(args[0]))
	}
	st := stateOf()
	st.mu.Lock()
	hooks := append([]py.Object(nil), st.hooks...)
	st.mu.Unlock()
	rest := append(py.Tuple{}, args[1:]...)
	for _, h := range hooks {
		if _, err := py.Call(h, py.Tuple{event, rest}, nil); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

// noArgs is the error of a sys function of no arguments called with some.
func noArgs(name string, args py.Tuple) error {
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "sys.%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// intSetting is a getter and a setter of an int kept per interpreter that changes nothing
// gopy does (set_coroutine_origin_tracking_depth, setdlopenflags).
func intSetting(get, set, arg string, initial int) (getter, setter *py.Method) {
	getter = py.MustNewMethod(get, func(_ py.Object, args py.Tuple) (py.Object, error) {
		if err := noArgs(get, args); err != nil {
			return nil, err
		}
		st := stateOf()
		st.mu.Lock()
		defer st.mu.Unlock()
		if v, ok := st.settings[get]; ok {
			return py.Int(v), nil
		}
		return py.Int(initial), nil
	}, 0, get+"($module, /)\n--\n\n")
	setter = py.MustNewMethod(set, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.Parse(set, args, kwargs, []string{arg}, 1, 1, 1)
		if err != nil {
			return nil, err
		}
		n, err := argclinic.Int(a[0])
		if err != nil {
			return nil, err
		}
		if n < 0 && arg == "depth" {
			return nil, py.ExceptionNewf(py.ValueError, "depth must be >= 0")
		}
		st := stateOf()
		st.mu.Lock()
		if st.settings == nil {
			st.settings = map[string]int{}
		}
		st.settings[get] = n
		st.mu.Unlock()
		return py.None, nil
	}, 0, set+"($module, /, "+arg+")\n--\n\n")
	return getter, setter
}
