package interp

import (
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/interp/gil"
	pyos "github.com/gopyrt/gopy/modules/os"
)

// The sys functions that read and set the thread model's parameters: the recursion limit
// (per interpreter, counted per thread) and the switch interval of the GIL.
func init() {
	impl := py.GetModuleImpl("sys")
	for _, m := range []*py.Method{
		py.MustNewMethod("getrecursionlimit", func(self py.Object) (py.Object, error) {
			rt, err := runtimeOf(self)
			if err != nil {
				return nil, err
			}
			return py.Int(rt.RecursionLimit()), nil
		}, 0, "getrecursionlimit()\n\nReturn the current value of the recursion limit."),
		py.MustNewMethod("setrecursionlimit", setRecursionLimit, 0, "setrecursionlimit(limit)\n\nSet the maximum depth of the Python interpreter stack to n."),
		py.MustNewMethod("getswitchinterval", func(self py.Object) (py.Object, error) {
			rt, err := runtimeOf(self)
			if err != nil {
				return nil, err
			}
			return py.Float(rt.SwitchInterval().Seconds()), nil
		}, 0, "getswitchinterval()\n\nReturn the current thread switch interval; see sys.setswitchinterval()."),
		py.MustNewMethod("setswitchinterval", setSwitchInterval, 0, "setswitchinterval(interval)\n\nSet the ideal thread switching delay inside the Python interpreter."),
	} {
		replaced := false
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i], replaced = m, true
				break
			}
		}
		if !replaced {
			impl.Methods = append(impl.Methods, m)
		}
	}
}

func runtimeOf(self py.Object) (*gil.Runtime, error) {
	if m, ok := self.(*py.Module); ok {
		if rt := gil.Of(m.Context); rt != nil {
			return rt, nil
		}
	}
	return nil, py.ExceptionNewf(py.RuntimeError, "no thread state for this interpreter")
}

func setRecursionLimit(self py.Object, arg py.Object) (py.Object, error) {
	n, err := pyos.AsInt(arg)
	if err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, py.ExceptionNewf(py.ValueError, "recursion limit must be greater or equal than 1")
	}
	rt, err := runtimeOf(self)
	if err != nil {
		return nil, err
	}
	if t := rt.Current(); t != nil && t.Depth >= n {
		return nil, py.ExceptionNewf(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.Depth)
	}
	rt.SetRecursionLimit(n)
	return py.None, nil
}

func setSwitchInterval(self py.Object, arg py.Object) (py.Object, error) {
	var secs float64
	switch v := arg.(type) {
	case py.Float:
		secs = float64(v)
	case py.Int:
		secs = float64(v)
	case py.Bool:
		if v {
			secs = 1
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "must be real number, not %s", arg.Type().Name)
	}
	if secs <= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "switch interval must be strictly positive")
	}
	rt, err := runtimeOf(self)
	if err != nil {
		return nil, err
	}
	rt.SetSwitchInterval(time.Duration(secs * float64(time.Second)))
	return py.None, nil
}
