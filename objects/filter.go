package objects

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// gpython's filter tests its items (or what the function returns for them) with its own
// truth test, which calls every bytes value true: filter(None, [b""]) kept b"". Its
// constructor is wrapped so that the test is gopy's (compiler.Truth), by giving the
// filter object a function that answers a bool.
func init() { gpyhooks.Register("objects/filter", installFilter) }

func installFilter() {
	orig := py.FilterType.New
	py.FilterType.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 2 && len(kwargs) == 0 {
			fun := args[0]
			test := py.MustNewMethod("filter", func(self py.Object, a py.Tuple) (py.Object, error) {
				v := a[0]
				if fun != py.None {
					var err error
					if v, err = py.Call(fun, a, nil); err != nil {
						return nil, err
					}
				}
				ok, err := compiler.Truth(v)
				if err != nil {
					return nil, err
				}
				return py.NewBool(ok), nil
			}, 0, "")
			args = py.Tuple{test, args[1]}
		}
		return orig(metatype, args, kwargs)
	}
}
