package classes

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

// writer is a sys.stdout replacement that records what print writes.
type writer struct{ b *strings.Builder }

var writerType = py.NewType("testwriter", "")

func (w *writer) Type() *py.Type { return writerType }

func init() {
	writerType.Dict["write"] = NewMethod("write", "", func(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		s, _ := args[0].(py.String)
		self.(*writer).b.WriteString(string(s))
		return py.None, nil
	})
	writerType.Dict["flush"] = NewMethod("flush", "", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		return py.None, nil
	})
}

// runPy runs src as a module and returns what it printed and the error it raised.
func runPy(t *testing.T, src string) (string, error) {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	var b strings.Builder
	sys, err := ctx.GetModule("sys")
	if err != nil {
		t.Fatal(err)
	}
	sys.Globals["stdout"] = &writer{&b}
	code, err := py.Compile(src, "test.py", py.ExecMode, 0, true)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	_, err = py.RunCode(ctx, code, "test.py", nil)
	return b.String(), err
}

// check runs src and compares its output with want.
func check(t *testing.T, src, want string) {
	t.Helper()
	got, err := runPy(t, src)
	if err != nil {
		t.Fatalf("error: %v\noutput so far:\n%s", err, got)
	}
	if got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}
