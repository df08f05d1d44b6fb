package classes

import "github.com/go-python/gpython/py"

// C[x] on a class: gpython's GetItem finds __getitem__ through the class's type, so type
// gets one that calls the class's __class_getitem__ (PEP 560: typing.Generic[T],
// collections.deque[int]) and otherwise raises CPython's "type 'C' is not subscriptable".
// Classes whose body defines __getitem__ for their instances are answered by typeGuard.
// The method is hidden from attribute reads on classes (typeGetattribute), so that
// hasattr(int, '__getitem__') stays False as in CPython.
var typeGetitem *py.Method

// installTypeGetitem is type.__getitem__ (part of change classes/type-attrs).
func installTypeGetitem() {
	typeGetitem = NewMethod("__getitem__", "Return self[key].",
		func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			t, ok := self.(*py.Type)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not subscriptable", self.Type().Name)
			}
			return classDunder(t, "__getitem__", args)
		})
	py.TypeType.Dict["__getitem__"] = typeGetitem
}
