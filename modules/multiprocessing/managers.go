package multiprocessing

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
)

// managersSource and managersProxiesSource make multiprocessing.managers (BaseManager,
// SyncManager, the server, BaseProxy and the proxy types), written in Python on top of
// Listener/Client, Process and threading. The two files run in one module namespace, the
// second after the first; they are two only to keep each file short.
var (
	//go:embed managers.py
	managersSource string
	//go:embed managers_proxies.py
	managersProxiesSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "multiprocessing.managers", Doc: "Managers: a server process holding objects that other processes use through proxies.", FileDesc: "<frozen multiprocessing.managers>"},
		Methods: []*py.Method{
			py.MustNewMethod("_format_exception", formatException, 0, "The traceback report of an exception, as traceback.format_exception joins it."),
		},
	}, managersSource, "\n", managersProxiesSource)
}

// noArguments is CPython's error for arguments given to a method that takes only self.
func noArguments(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(args) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes 1 positional argument but %d were given", name, len(args)+1)
	}
	for k := range kwargs {
		return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
	}
	return nil
}

// managerFunctions is the module-level Manager(): a started SyncManager of the default
// context.
func managerFunctions() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("Manager", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noArguments("BaseContext.Manager", args, kwargs); err != nil {
				return nil, err
			}
			return newManager(self.(*py.Module).Context, nil)
		}, 0, "Returns a manager associated with a running server process"),
	}
}

// newManager starts a multiprocessing.managers.SyncManager(ctx=ctxObj) and returns it.
func newManager(ctx py.Context, ctxObj py.Object) (py.Object, error) {
	kwargs := py.StringDict{}
	if ctxObj != nil {
		kwargs["ctx"] = ctxObj
	}
	m, err := callModuleAttr(ctx, "multiprocessing.managers", "SyncManager", nil, kwargs)
	if err != nil {
		return nil, err
	}
	start, err := py.GetAttrString(m, "start")
	if err != nil {
		return nil, err
	}
	if _, err := py.Call(start, nil, nil); err != nil {
		return nil, err
	}
	return m, nil
}
