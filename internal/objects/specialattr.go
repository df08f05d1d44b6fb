package objects

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// Operator methods fetched as attributes (x.__iadd__, getattr(x, "__index__")).
//
// gpython's attribute lookup binds a __dunder__ name to the Go method "M"+name of the value
// by reflection before it looks at the value's type. The builtin types' Go methods are not
// always what their type dicts say: list's M__iadd__ takes only a list and returns
// NotImplemented otherwise (list.__iadd__ extends by any iterable), int's M__index__ has a
// signature gpython cannot bind (SystemError), and immutable values have in-place Go
// methods CPython's types lack ((1,).__iadd__ exists, hasattr(5, "__iadd__") is true).
// SpecialAttr answers from the type's dict first; the compiler sends loads of these names
// through it (compiler.RT.SpecialAttr), as do getattr and hasattr.

// SpecialAttr returns obj.name for an operator method's name as CPython's lookup finds it:
// what the type (or a base other than object) defines, then gpython's lookup, except that
// an in-place operator method the type does not define is missing (AttributeError).
func SpecialAttr(obj py.Object, name string) (py.Object, error) {
	switch obj.(type) {
	case *py.Type, py.I__getattribute__:
		// classes and instances of Python classes look up their own way
		return py.GetAttrString(obj, name)
	}
	if d, ok := obj.(py.IGetDict); ok {
		if v, ok := d.GetDict()[name]; ok {
			return v, nil
		}
	}
	t := obj.Type()
	for _, c := range t.Mro {
		c, ok := c.(*py.Type)
		if !ok || c == py.ObjectType {
			break
		}
		if v, ok := c.Dict[name]; ok {
			if g, ok := v.(py.I__get__); ok {
				return g.M__get__(obj, t)
			}
			return v, nil
		}
	}
	if compiler.IsInPlaceName(name) {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", t.Name, name)
	}
	return py.GetAttrString(obj, name)
}

func init() { compiler.RT.SpecialAttr = SpecialAttr }
