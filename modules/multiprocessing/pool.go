package multiprocessing

import (
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/libsrc"
	"github.com/gopyrt/gopy/modules/importlib"
	"github.com/gopyrt/gopy/modules/traceback"
)

// poolSource and poolClassSource make multiprocessing.pool (Pool, ThreadPool,
// AsyncResult...), written in Python on top of this package's Process and SimpleQueue and
// of threading. The two files run in one module namespace, the second after the first;
// they are two only to keep each file short.
var (
	//go:embed pool.py
	poolSource string
	//go:embed pool_class.py
	poolClassSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "multiprocessing.pool", Doc: "Pools of worker processes.", FileDesc: "<frozen multiprocessing.pool>"},
		Methods: []*py.Method{
			py.MustNewMethod("_format_exception", formatException, 0, "The traceback report of an exception, as traceback.format_exception joins it."),
		},
	}, poolSource, "\n", poolClassSource)
}

// formatException is the Python-level _format_exception(exc) of pool and managers.
func formatException(self py.Object, exc py.Object) (py.Object, error) {
	return py.String(traceback.FormatValue(exc)), nil
}

// poolFunctions is the module-level Pool(): a Pool of the default context.
func poolFunctions() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("Pool", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return newPool(self.(*py.Module).Context, nil, args, kwargs)
		}, 0, "Returns a process pool object"),
	}
}

// newPool calls multiprocessing.pool.Pool(*args, **kwargs) with context=ctxObj when it is
// not nil (a context's Pool method).
func newPool(ctx py.Context, ctxObj py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if ctxObj != nil {
		if _, ok := kwargs["context"]; !ok && len(args) < 5 {
			kw := py.StringDict{}
			for k, v := range kwargs {
				kw[k] = v
			}
			kw["context"] = ctxObj
			kwargs = kw
		}
	}
	return callModuleAttr(ctx, "multiprocessing.pool", "Pool", args, kwargs)
}

// callModuleAttr imports module and calls its attribute name with args and kwargs.
func callModuleAttr(ctx py.Context, module, name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m, err := importlib.Import(ctx, module, nil, []string{name}, 0)
	if err != nil {
		return nil, err
	}
	f, err := py.GetAttrString(m, name)
	if err != nil {
		return nil, err
	}
	return py.Call(f, args, kwargs)
}
