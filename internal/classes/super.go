package classes

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// Super is the object returned by super(type, obj_or_type).
type Super struct {
	thisType *py.Type
	obj      py.Object // the instance or class passed as second argument
	objType  *py.Type  // the class whose MRO is searched
}

// SuperType is the Python type "super".
var SuperType = py.NewTypeX("super", `super(type, obj) -> bound super object; requires isinstance(obj, type)
super(type, type2) -> bound super object; requires issubclass(type2, type)`, superNew, nil)

// Type returns SuperType.
func (s *Super) Type() *py.Type { return SuperType }

func superNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	case 1, 2:
	default:
		return nil, py.ExceptionNewf(py.TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	t, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "super() argument 1 must be a type, not %s", args[0].Type().Name)
	}
	if len(args) == 1 {
		return &Super{thisType: t}, nil
	}
	return NewSuper(t, args[1])
}

// NewSuper is super(t, obj).
func NewSuper(t *py.Type, obj py.Object) (*Super, error) {
	if ot, ok := obj.(*py.Type); ok && ot.IsSubtype(t) {
		return &Super{thisType: t, obj: obj, objType: ot}, nil
	}
	if obj.Type().IsSubtype(t) {
		return &Super{thisType: t, obj: obj, objType: obj.Type()}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

// M__getattribute__ looks name up in the MRO after thisType and binds it to obj.
func (s *Super) M__getattribute__(name string) (py.Object, error) {
	if name == "__class__" {
		return SuperType, nil
	}
	if s.objType != nil {
		mro := s.objType.Mro
		i := 0
		for i < len(mro) && mro[i] != s.thisType {
			i++
		}
		for i++; i < len(mro); i++ {
			v, ok := mro[i].(*py.Type).Dict[name]
			if !ok {
				continue
			}
			if cm, ok := v.(*py.ClassMethod); ok {
				return bindClassMethod(cm.Callable, s.objType), nil
			}
			if s.obj == py.Object(s.objType) {
				return classDescrGet(v, s.objType)
			}
			if m, ok := v.(*py.Method); ok {
				self := s.obj
				if in := AsInstance(self); in != nil && in.Native != nil && !fromObject(m) {
					self = in.Native
				}
				return py.NewBoundMethod(self, m), nil
			}
			return descrGet(v, s.obj, s.objType)
		}
	}
	switch name {
	case "__thisclass__":
		return s.thisType, nil
	case "__self__":
		if s.obj == nil {
			return py.None, nil
		}
		return s.obj, nil
	case "__self_class__":
		if s.objType == nil {
			return py.None, nil
		}
		return s.objType, nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'super' object has no attribute '%s'", name)
}

// M__repr__ is CPython's super repr.
func (s *Super) M__repr__() (py.Object, error) {
	if s.objType == nil {
		return py.String(fmt.Sprintf("<super: <class '%s'>, NULL>", s.thisType.Name)), nil
	}
	return py.String(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.thisType.Name, s.objType.Name)), nil
}
