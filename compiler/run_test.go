package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
)

func init() {
	py.VmRunFrame = WrapRunFrame(py.VmRunFrame)
}

// runPython compiles src with this package and runs it in a fresh gpython context,
// returning what it printed and the exception it ended with, if any.
func runPython(t testing.TB, src, filename string) (string, error) {
	t.Helper()
	code, err := Compile(src, filename, py.ExecMode, 0, true)
	if err != nil {
		return "", err
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	var out strings.Builder
	sys, err := ctx.GetModule("sys")
	if err != nil {
		t.Fatal(err)
	}
	w := py.MustNewMethod("write", func(self py.Object, arg py.Object) (py.Object, error) {
		s, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str")
		}
		out.WriteString(string(s))
		return py.Int(len(s)), nil
	}, 0, "")
	sys.Globals["stdout"] = &py.Module{Globals: py.StringDict{"write": w}}
	globals := py.NewStringDict()
	globals["__name__"] = py.String("__main__")
	_, err = ctx.RunCode(code, globals, globals, nil)
	return out.String(), err
}

// excString renders an exception as the last line of a CPython traceback.
func excString(err error) string {
	if err == nil {
		return ""
	}
	var e *py.Exception
	switch x := err.(type) {
	case py.ExceptionInfo:
		e, _ = x.Value.(*py.Exception)
	case *py.Exception:
		e = x
	}
	if e == nil {
		return err.Error()
	}
	name := e.Type().Name
	if msg, ok := e.Dict["msg"]; ok {
		return name + ": " + string(msg.(py.String))
	}
	args, _ := e.Args.(py.Tuple)
	if len(args) == 0 {
		return name
	}
	s, _ := py.Str(args[0])
	return name + ": " + string(s.(py.String))
}

// TestScripts runs testdata/*.py and compares their output with the .out file made by
// python3 3.11 (testdata/regen.sh): stdout, then a last line "!! <exception>" if the
// script ends with one.
func TestScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no scripts")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			got, err := runPython(t, string(src), filepath.Base(f))
			if err != nil {
				got += "!! " + excString(err) + "\n"
			}
			if got != string(want) {
				t.Errorf("output differs\n--- got\n%s--- want\n%s", got, want)
			}
		})
	}
}
