// Package sys corrects and completes gpython's sys module: sys.exit raises SystemExit (in
// gpython it returns the exception instead of raising it), sys.stdin, sys.stdout and
// sys.stderr are io objects buffered like CPython's, and Setup gives each interpreter its
// sys.argv, sys.path and sys.executable.
//
// The exit status rules that go with SystemExit (ExitStatus) live here too, so that the
// interpreter's exit path and a spawned child's bootstrap apply the same rules.
package sys

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's sys ModuleImpl

	"github.com/gopyrt/gopy/internal/classes"
	gopyos "github.com/gopyrt/gopy/modules/os"
)

func init() {
	impl := py.GetModuleImpl("sys")
	replace := func(m *py.Method) {
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i] = m
				return
			}
		}
		impl.Methods = append(impl.Methods, m)
	}
	replace(py.MustNewMethod("exit", sysExit, 0, `exit([status])

Exit the interpreter by raising SystemExit(status).
If the status is omitted or None, it defaults to zero (i.e., success).
If the status is an integer, it will be used as the system exit status.
If it is another kind of object, it will be printed and the system
exit status will be one (i.e., failure).`))
	replace(py.MustNewMethod("getdefaultencoding", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "sys.getdefaultencoding() takes no arguments (%d given)", len(args))
		}
		return py.String("utf-8"), nil
	}, 0, "getdefaultencoding($module, /)\n--\n\nReturn the current default encoding used by the Unicode implementation."))
	// File names are UTF-8 with surrogateescape, as in CPython's UTF-8 mode and its C.UTF-8
	// or UTF-8 locales.
	replace(constMethod("getfilesystemencoding", "utf-8", "Return the encoding used to convert Unicode filenames to operating system filenames."))
	replace(constMethod("getfilesystemencodeerrors", "surrogateescape", "Return the error mode used Unicode to OS filename conversion."))
	replace(py.MustNewMethod("get_asyncgen_hooks", getAsyncGenHooks, 0, "get_asyncgen_hooks($module, /)\n--\n\nReturn the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form (firstiter, finalizer)."))
	replace(py.MustNewMethod("set_asyncgen_hooks", setAsyncGenHooks, 0, "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects."))
	replace(py.MustNewMethod("setprofile", setProfile, 0, "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\nand return.  See the profiler chapter in the library manual."))
	replace(py.MustNewMethod("getprofile", getProfile, 0, "getprofile($module, /)\n--\n\nReturn the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual."))
	impl.Globals["platform"] = py.String("linux")
	impl.Globals["byteorder"] = py.String("little")
	impl.Globals["maxsize"] = py.Int(1<<63 - 1)
	impl.Globals["version"] = py.String("3.11.7 (gopy)")
	impl.Globals["version_info"] = py.Tuple{py.Int(3), py.Int(11), py.Int(7), py.String("final"), py.Int(0)}
	impl.Globals["hexversion"] = py.Int(0x030b07f0)
	impl.Globals["flags"] = py.None
}

// constMethod is a sys function of no arguments that returns value.
func constMethod(name, value, doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "sys.%s() takes no arguments (%d given)", name, len(args))
		}
		return py.String(value), nil
	}, 0, name+"($module, /)\n--\n\n"+doc)
}

func sysExit(self py.Object, args py.Tuple) (py.Object, error) {
	var code py.Object
	if err := py.UnpackTuple(args, nil, "exit", 0, 1, &code); err != nil {
		return nil, err
	}
	exc, err := py.ExceptionNew(py.SystemExit, args, nil)
	if err != nil {
		return nil, err
	}
	return nil, exc.(*py.Exception)
}

// Options are the per-interpreter values of the sys module.
type Options struct {
	Argv []string // sys.argv
	Path []string // sys.path
	// Stdio are the descriptors of sys.stdin, sys.stdout and sys.stderr (nil: 0, 1 and
	// 2), used when the streams are made (the first Setup of a context).
	Stdio []int
}

// Setup fills the sys module of ctx: argv, path, executable and the standard streams.
func Setup(ctx py.Context, opts Options) error {
	m, err := ctx.GetModule("sys")
	if err != nil {
		return err
	}
	argv := opts.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	m.Globals["argv"] = py.NewListFromStrings(argv)
	m.Globals["path"] = py.NewListFromStrings(opts.Path)
	m.Globals["executable"] = py.String(Executable())
	// The installation prefix: the directory above the one holding the binary, as for
	// CPython's PREFIX/bin/python3 (sysconfig builds its paths on it). gopy has no
	// virtual environments, so the base prefixes are the same.
	prefix := py.String(filepath.Dir(filepath.Dir(Executable())))
	for _, name := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
		m.Globals[name] = prefix
	}
	m.Globals["platlibdir"] = py.String("lib")
	setBuiltinModuleNames(m)
	for _, name := range []string{"excepthook", "displayhook", "unraisablehook", "breakpointhook"} {
		if hook, ok := m.Globals[name]; ok {
			if _, set := m.Globals["__"+name+"__"]; !set {
				m.Globals["__"+name+"__"] = hook // the original, which a script's hook may call
			}
		}
	}
	return setupStdio(ctx, m, opts.Stdio)
}

// SetWarnOptions sets sys.warnoptions: the entries of PYTHONWARNINGS (comma-separated),
// then the -W options given, as CPython orders them. The warnings module applies them.
func SetWarnOptions(ctx py.Context, options []string) error {
	m, err := ctx.GetModule("sys")
	if err != nil {
		return err
	}
	var all []string
	for _, o := range strings.Split(os.Getenv("PYTHONWARNINGS"), ",") {
		if o != "" {
			all = append(all, o)
		}
	}
	all = append(all, options...)
	m.Globals["warnoptions"] = py.NewListFromStrings(all)
	return nil
}

// Executable is the running binary: what sys.executable names and what spawn re-executes.
func Executable() string {
	exe, err := os.Executable()
	if err != nil {
		return os.Args[0]
	}
	return exe
}

// Flush flushes ctx's current sys.stdout and sys.stderr (whatever objects they are now),
// as CPython's flush_std_files does. It returns the first error.
func Flush(ctx py.Context) error {
	m, err := ctx.GetModule("sys")
	if err != nil {
		return err
	}
	var first error
	for _, name := range []string{"stdout", "stderr"} {
		f, ok := m.Globals[name]
		if !ok || f == py.None {
			continue
		}
		flush, err := py.GetAttrString(f, "flush")
		if err != nil {
			continue
		}
		if _, err := py.Call(flush, nil, nil); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Stderr returns ctx's current sys.stderr as something Go can write to: the object's write
// method is called for each piece of text.
func Stderr(ctx py.Context) func(string) {
	return streamWriter(ctx, "stderr")
}

// Stdout returns ctx's current sys.stdout as a Go writing function (see Stderr).
func Stdout(ctx py.Context) func(string) {
	return streamWriter(ctx, "stdout")
}

func streamWriter(ctx py.Context, name string) func(string) {
	var f py.Object = py.None
	if m, err := ctx.GetModule("sys"); err == nil {
		if obj, ok := m.Globals[name]; ok {
			f = obj
		}
	}
	return func(text string) {
		if write, err := py.GetAttrString(f, "write"); err == nil {
			if _, err := py.Call(write, py.Tuple{py.String(text)}, nil); err == nil {
				return
			}
		}
		writeStderrFd(text)
	}
}

// ExitStatus applies CPython's rules to the code of a SystemExit: None is 0, an int is
// itself, anything else is printed (str) to stderr by the caller and gives 1. It returns the
// status and the text to print ("" when nothing is printed).
func ExitStatus(code py.Object) (status int, message string) {
	switch c := code.(type) {
	case nil:
		return 0, ""
	case py.NoneType:
		return 0, ""
	case py.Int:
		return int(c), ""
	case py.Bool:
		if c {
			return 1, ""
		}
		return 0, ""
	case *py.BigInt:
		if v, err := c.GoInt(); err == nil {
			return v, ""
		}
		return -1, ""
	}
	s, err := py.StrAsString(code)
	if err != nil {
		s = "<exception str() failed>"
	}
	return 1, s
}

// SystemExitCode returns the code of a SystemExit exception: None without arguments, the
// argument when there is one, the argument tuple otherwise.
func SystemExitCode(exc py.Object) py.Object {
	e, ok := exc.(*py.Exception)
	if !ok {
		if c, err := py.GetAttrString(exc, "code"); err == nil {
			return c
		}
		return py.None
	}
	args, _ := e.Args.(py.Tuple)
	switch len(args) {
	case 0:
		return py.None
	case 1:
		return args[0]
	}
	return args
}

// asyncGenHooksType is sys.get_asyncgen_hooks()'s result type, CPython's asyncgen_hooks.
var asyncGenHooksType = gopyos.NewStructSeqType("builtins", "asyncgen_hooks", "", []string{"firstiter", "finalizer"})

func getAsyncGenHooks(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "sys.get_asyncgen_hooks() takes no arguments (%d given)", len(args))
	}
	first, fin := classes.AsyncGenHooks()
	if first == nil {
		first = py.None
	}
	if fin == nil {
		fin = py.None
	}
	return asyncGenHooksType.Make(first, fin), nil
}

// setAsyncGenHooks is sys.set_asyncgen_hooks(firstiter, finalizer): a hook not given is
// kept, None clears it; both are checked before either is set.
func setAsyncGenHooks(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "function takes at most 2 arguments (%d given)", len(args))
	}
	given := [2]py.Object{}
	copy(given[:], args)
	for k, v := range kwargs {
		i := map[string]int{"firstiter": 0, "finalizer": 1}
		n, ok := i[k]
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
		if given[n] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "argument for function given by name ('%s') and position (%d)", k, n+1)
		}
		given[n] = v
	}
	first, fin := classes.AsyncGenHooks()
	// CPython checks the finalizer first, then firstiter.
	for _, n := range []int{1, 0} {
		v := given[n]
		if v != nil && v != py.None && !classes.Callable(v) {
			return nil, py.ExceptionNewf(py.TypeError, "callable %s expected, got %s", [2]string{"firstiter", "finalizer"}[n], classes.TypeOf(v).Name)
		}
	}
	pick := func(v, old py.Object) py.Object {
		switch v {
		case nil:
			return old
		case py.None:
			return nil
		}
		return v
	}
	classes.SetAsyncGenHooks(pick(given[0], first), pick(given[1], fin))
	return py.None, nil
}
