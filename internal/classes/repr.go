package classes

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/frames"
	"github.com/gopyrt/gopy/internal/objects"
)

// reprFallback is the repr CPython gives the gpython objects that have none of their own.
func reprFallback(x py.Object) (string, bool, error) {
	switch v := x.(type) {
	case *py.Function:
		return fmt.Sprintf("<function %s at %p>", v.Qualname, v), true, nil
	case *py.BoundMethod:
		if m, ok := v.Method.(*py.Method); ok {
			if _, ok := v.Self.(*py.Module); ok {
				return "<built-in function " + m.Name + ">", true, nil
			}
			return fmt.Sprintf("<built-in method %s of %s object at 0x%x>", m.Name, TPName(TypeOf(v.Self)), int64(ID(v.Self))), true, nil
		}
		self, err := objects.Repr(v.Self)
		if err != nil {
			return "", true, err
		}
		return fmt.Sprintf("<bound method %s of %s>", qualnameOf(v.Method), self), true, nil
	case *py.Method:
		return "<built-in function " + v.Name + ">", true, nil
	case *py.Module:
		name, _ := v.Globals["__name__"].(py.String)
		if f, ok := v.Globals["__file__"].(py.String); ok && !strings.HasPrefix(string(f), "<") {
			return fmt.Sprintf("<module '%s' from '%s'>", name, string(f)), true, nil
		}
		return fmt.Sprintf("<module '%s' (built-in)>", name), true, nil
	case *py.Code:
		return fmt.Sprintf("<code object %s at %p, file \"%s\", line %d>", v.Name, v, v.Filename, v.Firstlineno), true, nil
	case *py.ClassMethod:
		f, err := objects.Repr(v.Callable)
		return "<classmethod(" + f + ")>", true, err
	case *py.StaticMethod:
		f, err := objects.Repr(v.Callable)
		return "<staticmethod(" + f + ")>", true, err
	case *py.Property, *Property:
		return fmt.Sprintf("<property object at %p>", x), true, nil
	case *py.Generator:
		// CPython names the generator's function by its qualified name, which gpython's
		// code objects do not keep: a method's generator prints its bare name.
		return fmt.Sprintf("<generator object %s at %p>", v.Code.Name, v), true, nil
	case *py.Cell:
		return fmt.Sprintf("<cell at %p>", x), true, nil
	case *py.Type:
		// gpython's own repr of a class calls the first __repr__ in the class's MRO, which
		// is meant for its instances; a class's repr is its metaclass's.
		if meta := metaOf(v); meta != py.TypeType && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if f := Lookup(meta, "__repr__"); f != nil {
				res, err := callBound(f, v, meta, nil, nil)
				if err != nil {
					return "", true, err
				}
				s, ok := res.(py.String)
				if !ok {
					return "", true, py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", res.Type().Name)
				}
				return string(s), true, nil
			}
		}
		return typeRepr(v), true, nil
	case *py.Frame:
		return frames.Repr(v), true, nil
	case *py.Traceback:
		return fmt.Sprintf("<traceback object at %p>", x), true, nil
	}
	return "", false, nil
}

func qualnameOf(fn py.Object) string {
	switch f := fn.(type) {
	case *py.Function:
		return f.Qualname
	case *py.Method:
		return f.Name
	}
	if q, err := py.GetAttrString(fn, "__qualname__"); err == nil {
		if s, ok := q.(py.String); ok {
			return string(s)
		}
	}
	return "?"
}

func init() {
	objects.ReprFallback = reprFallback
}

// IsBuiltinMethod reports whether obj is a Go method bound to an object ([].append,
// dict.fromkeys): CPython's builtin_function_or_method with a __self__.
func IsBuiltinMethod(obj py.Object) bool {
	b, ok := obj.(*py.BoundMethod)
	if !ok {
		return false
	}
	_, ok = b.Method.(*py.Method)
	return ok
}

// builtinMethodQualname is the __qualname__ of a Go method bound to self, as CPython
// makes it: the qualified name of self's class (of self, when it is a class), a dot and the
// method's name.
func builtinMethodQualname(self py.Object, m *py.Method) string {
	owner, ok := self.(*py.Type)
	if !ok {
		owner = TypeOf(self)
	}
	return typeQualname(owner) + "." + m.Name
}
