package pickle

import (
	"fmt"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/importlib"
)

// This file reads the attributes pickling needs (names, modules, classes) through Python
// attribute lookup first, so that it follows the object model as it improves, with
// fallbacks to gpython's Go fields where gpython does not expose the attribute.

// lookupAttr returns obj.name, or nil when obj has no such attribute.
func lookupAttr(obj py.Object, name string) (py.Object, error) {
	v, err := py.GetAttrString(obj, name)
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// getAttr is py.GetAttrString with CPython's AttributeError message.
func getAttr(obj py.Object, name string) (py.Object, error) {
	v, err := lookupAttr(obj, name)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", typeName(obj), name)
	}
	return v, nil
}

// isClass reports whether t is a class rather than a gpython instance of a user class
// (gpython v0.2.0 represents those as *py.Type too).
func isClass(t *py.Type) bool {
	// gpython's Alloc makes instances without a name; its Go types have their parent,
	// not type, as metatype, so the metatype cannot tell.
	return t.Name != ""
}

// isClassObject reports whether obj is a class.
func isClassObject(obj py.Object) bool {
	t, ok := obj.(*py.Type)
	return ok && isClass(t)
}

// classOf returns obj.__class__, or type(obj).
func classOf(obj py.Object) py.Object {
	if c, err := lookupAttr(obj, "__class__"); err == nil && c != nil {
		return c
	}
	return obj.Type()
}

// nativeNames gives CPython's names for gpython's native types whose Go name differs.
var nativeNames = map[*py.Type]string{
	py.BigIntType:     "int",
	py.ComplexType:    "complex",
	py.StringDictType: "dict",
	py.DictType:       "dict",
	py.MethodType:     "builtin_function_or_method",
}

// typeName returns the CPython name of obj's type, as used in error messages.
func typeName(obj py.Object) string {
	t := obj.Type()
	if n, ok := nativeNames[t]; ok {
		return n
	}
	if v, err := lookupAttr(t, "__name__"); err == nil {
		if s, ok := v.(py.String); ok {
			return string(s)
		}
	}
	return t.Name
}

// nameOf returns obj.__name__ ("" when absent).
func nameOf(obj py.Object) string {
	if v, err := lookupAttr(obj, "__name__"); err == nil {
		if s, ok := v.(py.String); ok {
			return string(s)
		}
	}
	switch o := obj.(type) {
	case *py.Method:
		return o.Name
	case *py.Function:
		return o.Name
	case *py.Type:
		if n, ok := nativeNames[o]; ok {
			return n
		}
		return o.Name
	}
	return ""
}

// qualName returns obj.__qualname__, else obj.__name__, as CPython's save_global.
func qualName(obj py.Object) (string, error) {
	if t, ok := obj.(*py.Type); ok {
		if n, ok := nativeNames[t]; ok {
			return n, nil
		}
	}
	for _, attr := range []string{"__qualname__", "__name__"} {
		v, err := lookupAttr(obj, attr)
		if err != nil {
			return "", err
		}
		if s, ok := v.(py.String); ok {
			return string(s), nil
		}
	}
	switch o := obj.(type) {
	case *py.Function:
		return o.Qualname, nil
	case *py.Method:
		return o.Name, nil
	case *py.Type:
		if n, ok := nativeNames[o]; ok {
			return n, nil
		}
		return o.Name, nil
	}
	return "", py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '__name__'", typeName(obj))
}

// builtinFuncModule is the __module__ of builtin functions such as len: in CPython it is
// the builtins module's __name__, a string object other than the interned 'builtins' that
// builtin types (int, ValueError) give, so a pickle of [len, int] at protocol 4 writes the
// module name twice. It is a copy of the literal so that the memo sees two objects.
var builtinFuncModule = strings.Clone("builtins")

// moduleOf returns obj.__module__ ("" when unknown).
func moduleOf(obj py.Object) string {
	if m := moduleAttr(obj); m != "builtins" {
		return m
	}
	if _, ok := obj.(*py.Method); ok {
		return builtinFuncModule
	}
	return "builtins"
}

func moduleAttr(obj py.Object) string {
	if v, err := lookupAttr(obj, "__module__"); err == nil {
		if s, ok := v.(py.String); ok {
			return string(s)
		}
	}
	switch o := obj.(type) {
	case *py.Function:
		if s, ok := o.Globals["__name__"].(py.String); ok {
			return string(s)
		}
	case *py.Method:
		if o.Module != nil {
			if s, ok := o.Module.Globals["__name__"].(py.String); ok {
				return string(s)
			}
		}
		return "builtins"
	case *py.Type:
		if s, ok := o.Dict["__module__"].(py.String); ok {
			return string(s)
		}
		if isClass(o) {
			return "builtins"
		}
	}
	return ""
}

// moduleRepr is CPython's repr of a module.
func moduleRepr(m *py.Module) string {
	name, _ := m.Globals["__name__"].(py.String)
	if f, ok := m.Globals["__file__"].(py.String); ok && !strings.HasPrefix(string(f), "<") {
		return fmt.Sprintf("<module '%s' from '%s'>", name, f)
	}
	return fmt.Sprintf("<module '%s' (built-in)>", name)
}

// reprOf returns repr(obj) for error messages.
func reprOf(obj py.Object) (s string) {
	defer func() {
		if recover() != nil {
			s = "<" + typeName(obj) + " object>"
		}
	}()
	switch o := obj.(type) {
	case *py.Module:
		return moduleRepr(o)
	case *py.Function:
		// gpython writes <function instance at ...>; CPython names the function.
		if r, err := py.ReprAsString(obj); err == nil && !strings.HasPrefix(r, "<function instance") {
			return r
		}
		return fmt.Sprintf("<function %s at %p>", o.Qualname, o)
	}
	s, err := objects.Repr(obj)
	if err != nil {
		return "<" + typeName(obj) + " object>"
	}
	return s
}

// isCallable reports whether obj can be called.
func isCallable(obj py.Object) bool {
	switch obj.(type) {
	case *py.Function, *py.Method, *py.BoundMethod, *py.Type:
		return true
	}
	if _, ok := obj.(py.I__call__); ok {
		return true
	}
	c, _ := lookupAttr(obj, "__call__")
	return c != nil
}

// isIterator reports whether obj is an iterator (has __next__).
func isIterator(obj py.Object) bool {
	if _, ok := obj.(py.I__next__); ok {
		return true
	}
	n, _ := lookupAttr(obj, "__next__")
	return n != nil
}

// getModule returns the module called name in ctx, importing it if needed.
func getModule(ctx py.Context, name string) (*py.Module, error) {
	if m, err := ctx.Store().GetModule(name); err == nil {
		return m, nil
	}
	if m := sysModule(ctx, name); m != nil {
		return m, nil
	}
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		// A package is imported before its submodules: a missing one is the one named.
		parent, err := getModule(ctx, name[:i])
		if err != nil {
			return nil, err
		}
		// Importing the parent may have registered the submodule (os.path).
		if m := sysModule(ctx, name); m != nil {
			return m, nil
		}
		if _, ok := parent.Globals["__path__"]; !ok {
			if _, err := importlib.Import(ctx, name, nil, nil, 0); err != nil {
				return nil, py.ExceptionNewf(moduleNotFoundError(), "No module named %s; %s is not a package", pyStrRepr(name), pyStrRepr(name[:i]))
			}
		}
	}
	if _, err := importlib.Import(ctx, name, nil, nil, 0); err != nil {
		if py.IsException(py.FileNotFoundError, err) {
			return nil, py.ExceptionNewf(moduleNotFoundError(), "No module named %s", pyStrRepr(name))
		}
		return nil, err
	}
	if m, err := ctx.Store().GetModule(name); err == nil {
		return m, nil
	}
	if m := sysModule(ctx, name); m != nil {
		return m, nil
	}
	return nil, py.ExceptionNewf(moduleNotFoundError(), "No module named %s", pyStrRepr(name))
}

// importModule is getModule for save_global and find_class.
func importModule(ctx py.Context, name string) (*py.Module, error) { return getModule(ctx, name) }

// sysModule returns sys.modules[name] when sys.modules exists and holds a module.
func sysModule(ctx py.Context, name string) *py.Module {
	sys, err := ctx.Store().GetModule("sys")
	if err != nil {
		return nil
	}
	mods := sys.Globals["modules"]
	if mods == nil {
		return nil
	}
	v, ok, err := dictGet(mods, py.String(name))
	if err != nil || !ok {
		return nil
	}
	m, _ := v.(*py.Module)
	return m
}

// moduleNames lists sys.modules (when it exists).
func moduleNames(ctx py.Context) []string {
	sys, err := ctx.Store().GetModule("sys")
	if err != nil {
		return nil
	}
	items, ok := dictItems(sys.Globals["modules"])
	if !ok {
		return nil
	}
	var names []string
	for _, kv := range items {
		if s, ok := kv[0].(py.String); ok {
			names = append(names, string(s))
		}
	}
	return names
}

// importAttr returns module.name.
func importAttr(ctx py.Context, module, name string) (py.Object, error) {
	m, err := getModule(ctx, module)
	if err != nil {
		return nil, err
	}
	return py.GetAttrString(m, name)
}

// deepAttr follows a dotted path from obj, returning the object found and its parent.
func deepAttr(obj py.Object, path []string) (found, parent py.Object, err error) {
	parent = obj
	found = obj
	for _, name := range path {
		parent = found
		found, err = py.GetAttrString(found, name)
		if err != nil {
			return nil, nil, err
		}
	}
	return found, parent, nil
}

// nativeBuiltin returns a builtin from gpython's builtins implementation.
func nativeBuiltin(name string) py.Object {
	switch name {
	case "dict", "set", "frozenset":
		// Asked for every container pickled: resolved once (builtins are installed by
		// init functions, before any pickling).
		containerTypes.once.Do(func() {
			containerTypes.dict = lookupBuiltin("dict")
			containerTypes.set = lookupBuiltin("set")
			containerTypes.frozenset = lookupBuiltin("frozenset")
		})
		switch name {
		case "dict":
			return containerTypes.dict
		case "set":
			return containerTypes.set
		}
		return containerTypes.frozenset
	}
	return lookupBuiltin(name)
}

var containerTypes struct {
	once                 sync.Once
	dict, set, frozenset py.Object
}

func lookupBuiltin(name string) py.Object {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		return py.None
	}
	if v, ok := impl.Globals[name]; ok {
		return v
	}
	for _, m := range impl.Methods {
		if m.Name == name {
			return m
		}
	}
	return py.None
}

// builtinType returns the builtin exception type called name when gopy defines it, else
// fallback (gpython v0.2.0 lacks some of CPython's exception types).
func builtinType(name string, fallback *py.Type) *py.Type {
	if t, ok := nativeBuiltin(name).(*py.Type); ok {
		return t
	}
	return fallback
}

func recursionError() *py.Type      { return builtinType("RecursionError", py.RuntimeError) }
func moduleNotFoundError() *py.Type { return builtinType("ModuleNotFoundError", py.ImportError) }

// extensionCode looks (module, name) up in copyreg's extension registry.
func extensionCode(ctx py.Context, module, name string) (int, bool) {
	cr, err := getModule(ctx, "copyreg")
	if err != nil {
		return 0, false
	}
	v, ok, err := dictGet(cr.Globals["_extension_registry"], py.Tuple{py.String(module), py.String(name)})
	if err != nil || !ok {
		return 0, false
	}
	code, err := py.MakeGoInt(v)
	if err != nil {
		return 0, false
	}
	return code, true
}
