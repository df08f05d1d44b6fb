// Package importlib is gopy's import system: the builtin __import__ (what the import
// statement calls), sys.modules as a real dict, and the importlib module's import_module.
//
// It follows CPython's semantics for what a script can observe: sys.modules is consulted
// first and a module is entered there before its code runs (so circular imports see the
// partly initialised module) and removed again if that code fails; `import a.b.c` imports
// a, a.b and a.b.c in turn, binds each submodule as an attribute of its parent and returns
// a; relative imports resolve against __package__ (or __name__); a module is a native one
// registered with gpython (py.RegisterModule) or a source file found on sys.path (name.py,
// or name/__init__.py for a package, whose __path__ then lists its directory). A module that
// cannot be found raises ModuleNotFoundError("No module named 'x'"); a name missing from a
// module in `from m import name` raises CPython's "cannot import name 'name' from 'm' (path)".
package importlib

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/codecache"
	"github.com/gopyrt/gopy/internal/libsrc"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
)

// ModuleNotFoundError is raised when a module cannot be found (a subclass of ImportError).
var ModuleNotFoundError = classes.NewExceptionType("ModuleNotFoundError", "builtins", "Module not found.", py.ImportError)

func init() {
	builtins.SetGlobal("ModuleNotFoundError", ModuleNotFoundError)
	builtins.Add(py.MustNewMethod("__import__", builtinImport, 0, `__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module

Import a module. This function is what the import statement calls.`))
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "importlib", Doc: "A pure Python implementation of import.", FileDesc: "<frozen importlib>"},
		Methods: append([]*py.Method{py.MustNewMethod("import_module", importModule, 0,
			"Import a module. The 'package' argument is required when performing a relative import.")},
			machineryMethods...),
		CodeSrc: initSource,
	})
	libsrc.Module("importlib.machinery", "The implementation of the import machinery.", machinerySource)
	libsrc.Module("importlib.util", "Utility code for constructing importers, etc.", utilSource)
}

// Setup gives ctx's sys module its sys.modules dict, holding the modules loaded so far.
func Setup(ctx py.Context) error {
	_, err := sysModules(ctx)
	return err
}

// sysModules returns ctx's sys.modules, creating it with the modules gpython has loaded.
func sysModules(ctx py.Context) (*objects.Dict, error) {
	sysm, err := ctx.GetModule("sys")
	if err != nil {
		return nil, err
	}
	if d, ok := sysm.Globals["modules"].(*objects.Dict); ok {
		return d, nil
	}
	d := objects.NewDict()
	for _, name := range []string{"builtins", "sys", "__main__"} {
		if m, err := ctx.GetModule(name); err == nil {
			if err := d.SetItem(py.String(name), m); err != nil {
				return nil, err
			}
		}
	}
	sysm.Globals["modules"] = d
	return d, nil
}

// Register enters a module into ctx's sys.modules (for modules made outside the import
// system, such as __main__ or a spawned child's __mp_main__).
func Register(ctx py.Context, name string, m py.Object) error {
	d, err := sysModules(ctx)
	if err != nil {
		return err
	}
	return d.SetItem(py.String(name), m)
}

// Lookup returns sys.modules[name] of ctx, if it is there.
func Lookup(ctx py.Context, name string) (py.Object, bool) {
	d, err := sysModules(ctx)
	if err != nil {
		return nil, false
	}
	m, ok, err := d.GetItem(py.String(name))
	return m, ok && err == nil
}

func builtinImport(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name, globals, locals, fromlist, level py.Object = nil, py.None, py.None, py.Tuple{}, py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOO:__import__", []string{"name", "globals", "locals", "fromlist", "level"}, &name, &globals, &locals, &fromlist, &level); err != nil {
		return nil, err
	}
	ctx := self.(*py.Module).Context
	s, ok := name.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "module name must be str, not %s", name.Type().Name)
	}
	lv, ok := level.(py.Int)
	if !ok || lv < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "level must be >= 0")
	}
	var from []string
	if fromlist != py.None {
		err := py.Iterate(fromlist, func(item py.Object) bool {
			if f, ok := item.(py.String); ok {
				from = append(from, string(f))
			}
			return false
		})
		if err != nil {
			return nil, err
		}
	}
	return Import(ctx, string(s), globalsOf(globals), from, int(lv))
}

func globalsOf(o py.Object) py.StringDict {
	if g, ok := o.(py.StringDict); ok {
		return g
	}
	return nil
}

func importModule(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name, pkg py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:import_module", []string{"name", "package"}, &name, &pkg); err != nil {
		return nil, err
	}
	s, ok := name.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "module name must be str, not %s", name.Type().Name)
	}
	n, level := string(s), 0
	for strings.HasPrefix(n, ".") {
		n, level = n[1:], level+1
	}
	var globals py.StringDict
	if level > 0 {
		p, ok := pkg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "the 'package' argument is required to perform a relative import for %s", pyRepr(name))
		}
		globals = py.StringDict{"__package__": p}
	}
	ctx := self.(*py.Module).Context
	full, err := resolveName(n, globals, level)
	if err != nil {
		return nil, err
	}
	return importFull(ctx, full)
}

// ModuleAttr is module.name for the interpreter of the calling thread, importing the
// module if needed (Go code reaching a library module written in Python).
func ModuleAttr(module, name string) (py.Object, error) {
	th := gil.Holding()
	if th == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "%s.%s used outside an interpreter", module, name)
	}
	m, err := Import(th.Runtime().Context(), module, nil, nil, 0)
	if err != nil {
		return nil, err
	}
	return py.GetAttrString(m, name)
}

// Import is __import__(name, globals, fromlist=from, level=level).
func Import(ctx py.Context, name string, globals py.StringDict, from []string, level int) (py.Object, error) {
	if name == "" && level == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "Empty module name")
	}
	full, err := resolveName(name, globals, level)
	if err != nil {
		return nil, err
	}
	m, err := importFull(ctx, full)
	if err != nil {
		return nil, err
	}
	if len(from) == 0 {
		if level == 0 {
			return lookup(ctx, strings.SplitN(full, ".", 2)[0])
		}
		if name == "" {
			return m, nil
		}
		cut := len(name) - len(strings.SplitN(name, ".", 2)[0])
		return lookup(ctx, full[:len(full)-cut])
	}
	return m, handleFromlist(ctx, m, full, from)
}

// resolveName turns a relative name into an absolute one (importlib._resolve_name).
func resolveName(name string, globals py.StringDict, level int) (string, error) {
	if level == 0 {
		return name, nil
	}
	pkg := ""
	if p, ok := globals["__package__"].(py.String); ok {
		pkg = string(p)
	} else if n, ok := globals["__name__"].(py.String); ok {
		if _, isPkg := globals["__path__"]; isPkg {
			pkg = string(n)
		} else if i := strings.LastIndex(string(n), "."); i >= 0 {
			pkg = string(n)[:i]
		}
	}
	if pkg == "" {
		return "", py.ExceptionNewf(py.ImportError, "attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", py.ExceptionNewf(py.ImportError, "attempted relative import beyond top-level package")
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

func lookup(ctx py.Context, name string) (py.Object, error) {
	d, err := sysModules(ctx)
	if err != nil {
		return nil, err
	}
	m, ok, err := d.GetItem(py.String(name))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, py.ExceptionNewf(py.KeyError, "%s", pyRepr(py.String(name)))
	}
	return m, nil
}

// importFull imports the dotted name full, importing its parents first.
func importFull(ctx py.Context, full string) (py.Object, error) {
	d, err := sysModules(ctx)
	if err != nil {
		return nil, err
	}
	if m, ok, err := d.GetItem(py.String(full)); err != nil || ok {
		if ok && m == py.None {
			return nil, notFound(full, "import of "+full+" halted; None in sys.modules")
		}
		return m, err
	}
	parentName, short := "", full
	var parent py.Object
	var searchPath []string
	if i := strings.LastIndex(full, "."); i >= 0 {
		parentName, short = full[:i], full[i+1:]
		if parent, err = importFull(ctx, parentName); err != nil {
			return nil, err
		}
		// Importing the parent may have imported this module as a side effect.
		if m, ok, err := d.GetItem(py.String(full)); err != nil || ok {
			return m, err
		}
		p, err := py.GetAttrString(parent, "__path__")
		if err != nil && py.GetModuleImpl(full) == nil {
			return nil, notFound(full, "No module named "+pyRepr(py.String(full))+"; "+pyRepr(py.String(parentName))+" is not a package")
		}
		if err == nil {
			searchPath = stringList(p)
		}
	} else {
		sysm, err := ctx.GetModule("sys")
		if err != nil {
			return nil, err
		}
		searchPath = stringList(sysm.Globals["path"])
	}
	m, err := load(ctx, d, full, parentName, short, searchPath)
	if err != nil {
		return nil, err
	}
	if parent != nil {
		if _, err := py.SetAttrString(parent, short, m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func notFound(name, msg string) error {
	e := py.ExceptionNewf(ModuleNotFoundError, "%s", msg)
	e.Dict["name"] = py.String(name)
	return e
}

func stringList(o py.Object) []string {
	var out []string
	_ = py.Iterate(o, func(item py.Object) bool {
		if s, ok := item.(py.String); ok {
			out = append(out, string(s))
		}
		return false
	})
	return out
}

// load makes the module full: a native module, or a source file found on searchPath.
func load(ctx py.Context, d *objects.Dict, full, parentName, short string, searchPath []string) (py.Object, error) {
	// A module's Go code may add to builtin types' dicts as it is imported.
	defer classes.TypeChanged()
	if impl := py.GetModuleImpl(full); impl != nil {
		m, err := ctx.GetModule(full)
		if _, failed := failedInits.Load(failedInit{ctx, full}); err != nil || failed {
			// (a module whose source raised stays in gpython's store, half made: it
			// is made again, as CPython imports it again)
			if m, err = initModule(ctx, d, full, impl); err != nil {
				return nil, err
			}
		}
		return m, d.SetItem(py.String(full), m)
	}
	file, pkgDir := find(short, searchPath)
	if file == "" {
		return nil, notFound(full, "No module named "+pyRepr(py.String(full)))
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, py.ExceptionNewf(py.ImportError, "cannot read %s: %v", file, err)
	}
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: full, FileDesc: file}})
	if err != nil {
		return nil, err
	}
	m.Globals["__doc__"] = py.None
	m.Globals["__builtins__"] = ctx.Store().Builtins.Globals // the module in __main__ only
	if pkgDir != "" {
		m.Globals["__path__"] = py.NewListFromStrings([]string{pkgDir})
		m.Globals["__package__"] = py.String(full)
	} else {
		m.Globals["__package__"] = py.String(parentName)
	}
	if err := d.SetItem(py.String(full), m); err != nil {
		return nil, err
	}
	setSpec(ctx, m, full, file, pkgDir)
	// CPython's loaders compile the file's bytes, as compile() does.
	code, err := codecache.Compile(string(src), file, compiler.SourceBytes)
	if err == nil {
		_, err = py.VmEvalCode(ctx, code, m.Globals, m.Globals, nil, nil, nil, nil, nil)
	}
	if err != nil {
		_, _ = d.DelItem(py.String(full))
		return nil, err
	}
	// A module may replace its own sys.modules entry.
	if got, ok, _ := d.GetItem(py.String(full)); ok {
		return got, nil
	}
	return m, nil
}

// find looks for module short in dirs: a package directory (its __init__.py, and the
// directory) or a source file. "" stands for the current directory.
func find(short string, dirs []string) (file, pkgDir string) {
	for _, dir := range dirs {
		if dir == "" {
			dir = "."
		}
		pkg := filepath.Join(dir, short)
		if st, err := os.Stat(filepath.Join(pkg, "__init__.py")); err == nil && !st.IsDir() {
			abs, _ := filepath.Abs(pkg)
			return filepath.Join(abs, "__init__.py"), abs
		}
		f := filepath.Join(dir, short+".py")
		if st, err := os.Stat(f); err == nil && !st.IsDir() {
			abs, _ := filepath.Abs(f)
			return abs, ""
		}
	}
	return "", ""
}

// handleFromlist imports the submodules a from-import names, and raises CPython's
// ImportError for a name the module does not have.
func handleFromlist(ctx py.Context, m py.Object, full string, from []string) error {
	_, isPkg := attr(m, "__path__")
	for _, name := range from {
		if name == "*" {
			continue
		}
		if _, ok := attr(m, name); ok {
			continue
		}
		if isPkg {
			_, err := importFull(ctx, full+"."+name)
			if err == nil {
				continue
			}
			if !isNotFound(err, full+"."+name) {
				return err
			}
		}
		loc := "unknown location"
		if f, ok := attr(m, "__file__"); ok {
			if s, ok := f.(py.String); ok {
				loc = string(s)
			}
		}
		e := py.ExceptionNewf(py.ImportError, "cannot import name '%s' from '%s' (%s)", name, full, loc)
		e.Dict["name"] = py.String(full)
		return e
	}
	return nil
}

func attr(o py.Object, name string) (py.Object, bool) {
	v, err := py.GetAttrString(o, name)
	return v, err == nil
}

func isNotFound(err error, name string) bool {
	missing, ok := notFoundName(err)
	return ok && missing == name
}

// notFoundName is the module name a ModuleNotFoundError raised by this package carries.
func notFoundName(err error) (string, bool) {
	e, ok := err.(*py.Exception)
	if !ok {
		if info, ok := err.(py.ExceptionInfo); ok {
			e, _ = info.Value.(*py.Exception)
		}
	}
	if e == nil || e.Base != ModuleNotFoundError {
		return "", false
	}
	name, ok := e.Dict["name"].(py.String)
	return string(name), ok
}

func pyRepr(o py.Object) string {
	s, err := py.ReprAsString(o)
	if err != nil {
		return "?"
	}
	return s
}

// NoSourceError is why `python -m name` cannot run name, in runpy's words ("No module named
// x", "No code object available for sys"...); the command line prints it after its name
// and exits with status 1.
type NoSourceError struct{ Msg string }

func (e *NoSourceError) Error() string { return e.Msg }

// FindSource locates the source of module full for `python -m`: its parent packages are
// imported (as runpy does), then the module is looked up on the parent's __path__ or on
// sys.path; a package gives its __main__.py. pkg is the __package__ the code runs in.
// Where runpy prints a message and exits, the error is a *NoSourceError; an exception
// raised by a parent package's code is returned as it is.
func FindSource(ctx py.Context, full string) (file, pkg string, err error) {
	var searchPath []string
	short, parentName := full, ""
	if i := strings.LastIndex(full, "."); i >= 0 {
		parentName, short = full[:i], full[i+1:]
		parent, err := importFull(ctx, parentName)
		if err != nil {
			if missing, ok := notFoundName(err); ok {
				return "", "", &NoSourceError{fmt.Sprintf("Error while finding module specification for %s (ModuleNotFoundError: No module named %s)",
					pyRepr(py.String(full)), pyRepr(py.String(missing)))}
			}
			return "", "", err
		}
		p, err := py.GetAttrString(parent, "__path__")
		if err != nil {
			return "", "", &NoSourceError{"No module named " + full}
		}
		searchPath = stringList(p)
	} else {
		sysm, err := ctx.GetModule("sys")
		if err != nil {
			return "", "", err
		}
		searchPath = stringList(sysm.Globals["path"])
	}
	file, pkgDir := find(short, searchPath)
	switch {
	case file == "" && py.GetModuleImpl(full) != nil:
		return "", "", &NoSourceError{"No code object available for " + full}
	case file == "":
		return "", "", &NoSourceError{"No module named " + full}
	case pkgDir == "":
		return file, parentName, nil
	}
	main := filepath.Join(pkgDir, "__main__.py")
	if st, err := os.Stat(main); err != nil || st.IsDir() {
		return "", "", &NoSourceError{fmt.Sprintf("No module named %s.__main__; '%s' is a package and cannot be directly executed", full, full)}
	}
	if _, err := importFull(ctx, full); err != nil {
		return "", "", err
	}
	return main, full, nil
}

// codeMu guards the compiled code that registered modules keep in their ModuleImpl, shared
// by every interpreter of the process.
var codeMu sync.Mutex

// initModule makes a registered module (Go methods and globals, and its embedded Python
// source, if any) as gpython's ModuleInit does, but runs the source through the VM hook, as
// a call with its own frame, like any imported file (ModuleInit runs it out of sight of
// the frame stack), and with the module in sys.modules while it runs, as CPython does.
func initModule(ctx py.Context, d *objects.Dict, full string, impl *py.ModuleImpl) (*py.Module, error) {
	codeMu.Lock()
	if src := libsrc.Source(impl); impl.Code == nil && len(src) > 0 {
		code, err := codecache.Compile(src, impl.Info.FileDesc, 0)
		if err != nil {
			codeMu.Unlock()
			return nil, err
		}
		impl.Code = code
	}
	code := impl.Code
	codeMu.Unlock()
	if code == nil {
		return ctx.ModuleInit(impl)
	}
	m, err := ctx.Store().NewModule(ctx, impl)
	if err != nil {
		return nil, err
	}
	if err := d.SetItem(py.String(full), m); err != nil {
		return nil, err
	}
	if _, err := py.VmEvalCode(ctx, code, m.Globals, m.Globals, nil, nil, nil, nil, nil); err != nil {
		_, _ = d.DelItem(py.String(full))
		failedInits.Store(failedInit{ctx, full}, struct{}{})
		return nil, err
	}
	failedInits.Delete(failedInit{ctx, full})
	return m, nil
}

// failedInit names a registered module whose source raised while an interpreter imported
// it (an exception, or an embedding program's cancellation in the middle of the import).
type failedInit struct {
	ctx  py.Context
	name string
}

var failedInits sync.Map // failedInit -> struct{}

// Forget drops what the package keeps about ctx's interpreter, which is being closed.
func Forget(ctx py.Context) {
	failedInits.Range(func(k, _ any) bool {
		if k.(failedInit).ctx == ctx {
			failedInits.Delete(k)
		}
		return true
	})
}
