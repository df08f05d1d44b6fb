package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// Attributes CPython gives functions, methods and modules that gpython lacks.

func init() { gpyhooks.Register("classes/functions", installFunctionAttrs) }

// TextSignature answers __text_signature__ for a builtin function or method: CPython's
// text of its signature ('($module, obj, /)'), or None. modules/inspect sets it (it keeps
// the table); while it is nil the answer is None.
var TextSignature func(obj py.Object) (py.Object, error)

func textSignature(self py.Object) (py.Object, error) {
	if TextSignature == nil {
		return py.None, nil
	}
	return TextSignature(self)
}

func installFunctionAttrs() {
	// A cell's cell_contents: ValueError "Cell is empty" when read empty; deleting empties it.
	py.CellType.Dict["cell_contents"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if v := self.(*py.Cell).Get(); v != nil {
				return v, nil
			}
			return nil, py.ExceptionNewf(py.ValueError, "Cell is empty")
		},
		Fset: func(self, v py.Object) error {
			self.(*py.Cell).Set(v)
			return nil
		},
		Fdel: func(self py.Object) error {
			self.(*py.Cell).Delete()
			return nil
		},
	}
	py.MethodType.Dict["__text_signature__"] = &py.Property{Fget: textSignature}
	unboundMethodType.Dict["__text_signature__"] = &py.Property{Fget: textSignature}
	py.BoundMethodType.Dict["__text_signature__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if IsBuiltinMethod(self) {
				return textSignature(self)
			}
			return nil, py.ExceptionNewf(py.AttributeError, "'function' object has no attribute '__text_signature__'")
		},
	}
	// CPython's names for these types (gpython calls them "method" and "boundmethod").
	py.MethodType.Name = "builtin_function_or_method"
	py.BoundMethodType.Name = "method"
	py.ObjectType.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"
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
	// A function without (keyword-only) defaults has None, not an empty tuple or dict.
	if d, ok := py.FunctionType.Dict["__defaults__"].(*py.Property); ok {
		d.Fget = func(self py.Object) (py.Object, error) {
			if f := self.(*py.Function); f.Defaults != nil {
				return f.Defaults, nil
			}
			return py.None, nil
		}
	}
	if d, ok := py.FunctionType.Dict["__kwdefaults__"].(*py.Property); ok {
		d.Fget = func(self py.Object) (py.Object, error) {
			if f := self.(*py.Function); len(f.KwDefaults) > 0 {
				return f.KwDefaults, nil
			}
			return py.None, nil
		}
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
		Fget: func(self py.Object) (py.Object, error) {
			if IsBuiltinMethod(self) {
				return nil, py.ExceptionNewf(py.AttributeError, "'builtin_function_or_method' object has no attribute '__func__'")
			}
			return self.(*py.BoundMethod).Method, nil
		},
	}
	for _, n := range []string{"__name__", "__qualname__", "__doc__", "__module__"} {
		name := n
		py.BoundMethodType.Dict[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				b := self.(*py.BoundMethod)
				if m, ok := b.Method.(*py.Method); ok && name == "__qualname__" {
					if _, ok := b.Self.(*py.Module); !ok {
						return py.String(builtinMethodQualname(b.Self, m)), nil
					}
				}
				return py.GetAttrString(b.Method, name)
			},
		}
	}
	py.MethodType.Dict["__name__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return py.String(self.(*py.Method).Name), nil },
	}
	py.MethodType.Dict["__qualname__"] = py.MethodType.Dict["__name__"]
	py.MethodType.Dict["__self__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if m := self.(*py.Method); m.Module != nil {
				return m.Module, nil
			}
			return py.None, nil
		},
	}
	py.MethodType.Dict["__module__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if m, ok := self.(*py.Method); ok && m.Module != nil {
				if n, ok := m.Module.Globals["__name__"].(py.String); ok {
					return n, nil
				}
			}
			return py.None, nil
		},
	}
	py.MethodType.Dict["__doc__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return py.String(self.(*py.Method).Doc), nil },
	}
	py.ModuleType.Dict["__dict__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return self.(*py.Module).Globals, nil },
	}
	py.ModuleType.Dict["__class__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return py.ModuleType, nil },
	}
	codeAttr := func(get func(c *py.Code) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) { return get(self.(*py.Code)), nil }}
	}
	strs := func(ss []string) py.Object {
		t := make(py.Tuple, len(ss))
		for i, s := range ss {
			t[i] = py.String(s)
		}
		return t
	}
	py.CodeType.Dict["co_name"] = codeAttr(func(c *py.Code) py.Object { return py.String(c.Name) })
	py.CodeType.Dict["co_filename"] = codeAttr(func(c *py.Code) py.Object { return py.String(c.Filename) })
	py.CodeType.Dict["co_argcount"] = codeAttr(func(c *py.Code) py.Object { return py.Int(c.Argcount) })
	py.CodeType.Dict["co_kwonlyargcount"] = codeAttr(func(c *py.Code) py.Object { return py.Int(c.Kwonlyargcount) })
	py.CodeType.Dict["co_firstlineno"] = codeAttr(func(c *py.Code) py.Object { return py.Int(c.Firstlineno) })
	py.CodeType.Dict["co_flags"] = codeAttr(func(c *py.Code) py.Object { return py.Int(c.Flags) })
	py.CodeType.Dict["co_varnames"] = codeAttr(func(c *py.Code) py.Object { return strs(c.Varnames) })
	py.CodeType.Dict["co_freevars"] = codeAttr(func(c *py.Code) py.Object { return strs(c.Freevars) })
	py.CodeType.Dict["co_cellvars"] = codeAttr(func(c *py.Code) py.Object { return strs(c.Cellvars) })
	py.ObjectType.Dict["__class__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) { return TypeOf(self), nil },
		Fset: func(self, v py.Object) error { return GenericSetAttr(self, "__class__", v) },
	}
}
