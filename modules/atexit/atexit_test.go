package atexit

import (
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func TestRunExitFuncsOrderAndClear(t *testing.T) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	var order []int
	mk := func(n int) py.Object {
		return py.MustNewMethod("cb", func(self py.Object) (py.Object, error) {
			order = append(order, n)
			return py.None, nil
		}, 0, "")
	}
	a, b := mk(1), mk(2)
	Register(ctx, a, nil, nil)
	Register(ctx, b, nil, nil)
	Register(ctx, a, nil, nil)
	RunExitFuncs(ctx)
	if len(order) != 3 || order[0] != 1 || order[1] != 2 || order[2] != 1 {
		t.Errorf("callbacks ran in order %v, want [1 2 1]", order)
	}
	RunExitFuncs(ctx)
	if len(order) != 3 {
		t.Errorf("callbacks ran again after the registry was cleared: %v", order)
	}
}

func TestRegistriesArePerContext(t *testing.T) {
	c1 := py.NewContext(py.DefaultContextOpts())
	c2 := py.NewContext(py.DefaultContextOpts())
	defer c1.Close()
	defer c2.Close()
	ran := 0
	Register(c1, py.MustNewMethod("cb", func(self py.Object) (py.Object, error) { ran++; return py.None, nil }, 0, ""), nil, nil)
	RunExitFuncs(c2)
	if ran != 0 {
		t.Error("another interpreter's exit ran this interpreter's callback")
	}
	RunExitFuncs(c1)
	if ran != 1 {
		t.Errorf("callback ran %d times", ran)
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
