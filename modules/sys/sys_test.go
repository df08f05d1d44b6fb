package sys

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func TestExitStatus(t *testing.T) {
	for _, c := range []struct {
		code   py.Object
		status int
		msg    string
	}{
		{py.None, 0, ""}, {nil, 0, ""}, {py.Int(3), 3, ""}, {py.True, 1, ""}, {py.False, 0, ""},
		{py.String("bye"), 1, "bye"}, {py.Tuple{py.Int(1), py.Int(2)}, 1, "(1, 2)"},
	} {
		status, msg := ExitStatus(c.code)
		if status != c.status || msg != c.msg {
			t.Errorf("ExitStatus(%v) = %d, %q; want %d, %q", c.code, status, msg, c.status, c.msg)
		}
	}
}

func TestSystemExitCode(t *testing.T) {
	mk := func(args ...py.Object) py.Object {
		e, _ := py.ExceptionNew(py.SystemExit, py.Tuple(args), nil)
		return e
	}
	if c := SystemExitCode(mk()); c != py.None {
		t.Errorf("no args: %v", c)
	}
	if c := SystemExitCode(mk(py.Int(4))); c != py.Int(4) {
		t.Errorf("one arg: %v", c)
	}
	if c, ok := SystemExitCode(mk(py.Int(1), py.Int(2))).(py.Tuple); !ok || len(c) != 2 {
		t.Errorf("two args: %v", c)
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
