package builtins

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func TestAddReplacesByName(t *testing.T) {
	impl := py.GetModuleImpl("builtins")
	n := len(impl.Methods)
	Add(py.MustNewMethod("_gopy_test_builtin", func(self py.Object) (py.Object, error) { return py.Int(1), nil }, 0, ""))
	Add(py.MustNewMethod("_gopy_test_builtin", func(self py.Object) (py.Object, error) { return py.Int(2), nil }, 0, ""))
	if len(impl.Methods) != n+1 {
		t.Errorf("Add twice under one name left %d new methods", len(impl.Methods)-n)
	}
	SetGlobal("_gopy_test_builtin", py.Int(3))
	if len(impl.Methods) != n || impl.Globals["_gopy_test_builtin"] != py.Int(3) {
		t.Error("SetGlobal did not replace the method")
	}
	delete(impl.Globals, "_gopy_test_builtin")
}

func TestReadyGivesAnMRO(t *testing.T) {
	base := py.ObjectType.NewType("_GopyBase", "", nil, nil)
	base.Dict["hello"] = py.Int(1)
	sub := base.NewType("_GopySub", "", nil, nil)
	Ready(base, sub)
	if sub.Lookup("hello") != py.Int(1) {
		t.Error("attribute of the base class not found through the MRO")
	}
}
