package importlib

import (
	_ "embed"
	"os"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/codecache"
	"github.com/gopyrt/gopy/internal/libsrc"
)

// The Python side of importlib: reload and invalidate_caches (importlib.py), the spec and
// loader classes (machinery.py) and importlib.util (util.py). They reach the Go import
// system through the private functions below.
var (
	//go:embed importlib.py
	initSource string
	//go:embed machinery.py
	machinerySource string
	//go:embed util.py
	utilSource string
)

var machineryMethods = []*py.Method{
	py.MustNewMethod("_find_file", findFile, 0, "_find_file(short, dirs) -> (file, package dir or '') of a source module on dirs, or None."),
	py.MustNewMethod("_exec_file", execFile, 0, "_exec_file(module, path) runs a source file's code in module's namespace."),
	py.MustNewMethod("_reinit", reinit, 0, "_reinit(module) runs a built-in module's embedded source again in its namespace."),
	py.MustNewMethod("_is_registered", isRegistered, 0, "_is_registered(name) -> whether module name is built into gopy."),
	py.MustNewMethod("_is_python_source", isPythonSource, 0, "_is_python_source(name) -> whether built-in module name is embedded Python source."),
	py.MustNewMethod("_decode_source", decodeSource, 0, "_decode_source(bytes) -> the text of source bytes, by their coding declaration."),
}

func stringArg(fn string, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", fn, o.Type().Name)
	}
	return string(s), nil
}

func findFile(self py.Object, args py.Tuple) (py.Object, error) {
	var short, dirs py.Object
	if err := py.UnpackTuple(args, nil, "_find_file", 2, 2, &short, &dirs); err != nil {
		return nil, err
	}
	name, err := stringArg("_find_file", short)
	if err != nil {
		return nil, err
	}
	file, pkgDir := find(name, stringList(dirs))
	if file == "" {
		return py.None, nil
	}
	return py.Tuple{py.String(file), py.String(pkgDir)}, nil
}

func execFile(self py.Object, args py.Tuple) (py.Object, error) {
	var module, path py.Object
	if err := py.UnpackTuple(args, nil, "_exec_file", 2, 2, &module, &path); err != nil {
		return nil, err
	}
	m, ok := module.(*py.Module)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "exec_module() needs a module, not %s", module.Type().Name)
	}
	file, err := stringArg("_exec_file", path)
	if err != nil {
		return nil, err
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, py.ExceptionNewf(py.FileNotFoundError, "[Errno 2] No such file or directory: '%s'", file)
	}
	code, err := codecache.Compile(string(src), file, compiler.SourceBytes)
	if err != nil {
		return nil, err
	}
	if _, ok := m.Globals["__builtins__"]; !ok {
		m.Globals["__builtins__"] = m.Context.Store().Builtins.Globals
	}
	_, err = py.VmEvalCode(m.Context, code, m.Globals, m.Globals, nil, nil, nil, nil, nil)
	return py.None, err
}

func reinit(self py.Object, arg py.Object) (py.Object, error) {
	m, ok := arg.(*py.Module)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "reload() argument must be a module")
	}
	impl := py.GetModuleImpl(m.ModuleImpl.Info.Name)
	if impl == nil || libsrc.Source(impl) == "" {
		return py.None, nil // a module written in Go: nothing to run again
	}
	code, err := codecache.Compile(libsrc.Source(impl), impl.Info.FileDesc, 0)
	if err != nil {
		return nil, err
	}
	_, err = py.VmEvalCode(m.Context, code, m.Globals, m.Globals, nil, nil, nil, nil, nil)
	return py.None, err
}

func isRegistered(self py.Object, arg py.Object) (py.Object, error) {
	name, err := stringArg("_is_registered", arg)
	if err != nil {
		return nil, err
	}
	return py.NewBool(py.GetModuleImpl(name) != nil), nil
}

func isPythonSource(self py.Object, arg py.Object) (py.Object, error) {
	name, err := stringArg("_is_python_source", arg)
	if err != nil {
		return nil, err
	}
	impl := py.GetModuleImpl(name)
	return py.NewBool(impl != nil && libsrc.Source(impl) != ""), nil
}

func decodeSource(self py.Object, arg py.Object) (py.Object, error) {
	b, ok := arg.(py.Bytes)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_decode_source() argument must be bytes, not %s", arg.Type().Name)
	}
	text, err := compiler.DecodeSource(b, "<string>")
	if err != nil {
		return nil, err
	}
	return py.String(text), nil
}

// setSpec gives a module imported from a source file its __spec__, __loader__ and
// __cached__, as CPython's path finder does (importlib.util makes the spec). A failure
// leaves the module without them rather than failing the import.
func setSpec(ctx py.Context, m *py.Module, full, file, pkgDir string) {
	util, err := importFull(ctx, "importlib.util")
	if err != nil {
		return
	}
	newSpec, err := py.GetAttrString(util, "spec_from_file_location")
	if err != nil {
		return
	}
	var locations py.Object = py.None
	if pkgDir != "" {
		locations = py.NewListFromStrings([]string{pkgDir})
	}
	spec, err := py.Call(newSpec, py.Tuple{py.String(full), py.String(file)}, py.StringDict{"submodule_search_locations": locations})
	if err != nil || spec == py.None {
		return
	}
	m.Globals["__spec__"] = spec
	if loader, err := py.GetAttrString(spec, "loader"); err == nil {
		m.Globals["__loader__"] = loader
	}
	if cached, err := py.GetAttrString(spec, "cached"); err == nil {
		m.Globals["__cached__"] = cached
	}
}
