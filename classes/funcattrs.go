package classes

import "github.com/go-python/gpython/py"

// Attributes CPython gives functions, methods and modules that gpython lacks.

func init() {
	py.FunctionType.Dict["__doc__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if d := self.(*py.Function).Doc; d != nil {
				return d, nil
			}
			return py.None, nil
		},
		Fset: func(self, v py.Object) error { self.(*py.Function).Doc = v; return nil },
	}
	py.FunctionType.Dict["__module__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f := self.(*py.Function)
			if m, ok := f.Dict["__module__"]; ok {
				return m, nil
			}
			if n, ok := f.Globals["__name__"]; ok {
				return n, nil
			}
			return py.None, nil
		},
		Fset: func(self, v py.Object) error { self.(*py.Function).Dict["__module__"] = v; return nil },
	}
	py.FunctionType.Dict["__globals__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.(*py.Function).Globals, nil },
	}
	py.FunctionType.Dict["__closure__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if c := self.(*py.Function).Closure; c != nil {
				return c, nil
			}
			return py.None, nil
		},
	}
	py.BoundMethodType.Dict["__self__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.(*py.BoundMethod).Self, nil },
	}
	py.BoundMethodType.Dict["__func__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.(*py.BoundMethod).Method, nil },
	}
	for _, n := range []string{"__name__", "__qualname__", "__doc__", "__module__"} {
		name := n
		py.BoundMethodType.Dict[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				return py.GetAttrString(self.(*py.BoundMethod).Method, name)
			},
		}
	}
	py.MethodType.Dict["__name__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return py.String(self.(*py.Method).Name), nil },
	}
	py.MethodType.Dict["__qualname__"] = py.MethodType.Dict["__name__"]
	py.MethodType.Dict["__doc__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return py.String(self.(*py.Method).Doc), nil },
	}
	py.ModuleType.Dict["__dict__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.(*py.Module).Globals, nil },
	}
	py.ModuleType.Dict["__class__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return py.ModuleType, nil },
	}
	py.ObjectType.Dict["__class__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.Type(), nil },
		Fset: func(self, v py.Object) error { return GenericSetAttr(self, "__class__", v) },
	}
}
