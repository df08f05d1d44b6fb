package traceback

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func exc(t *py.Type, args ...py.Object) py.Object {
	e, _ := py.ExceptionNew(t, py.Tuple(args), nil)
	return e
}

func TestExceptionLine(t *testing.T) {
	for _, c := range []struct {
		value py.Object
		want  string
	}{
		{exc(py.ValueError, py.String("bad")), "ValueError: bad"},
		{exc(py.RuntimeError), "RuntimeError"},
		{exc(py.RuntimeError, py.String("")), "RuntimeError"},
		{exc(py.KeyError, py.String("k")), "KeyError: 'k'"},
		{exc(py.KeyError, py.String("a"), py.String("b")), "KeyError: ('a', 'b')"},
		{exc(py.ChildProcessError, py.Int(10), py.String("No child processes")), "ChildProcessError: [Errno 10] No child processes"},
		{exc(py.FileNotFoundError, py.Int(2), py.String("No such file or directory"), py.String("x.txt")), "FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'"},
		{exc(py.OSError, py.String("plain")), "OSError: plain"},
		{exc(py.ValueError, py.Int(1), py.Int(2)), "ValueError: (1, 2)"},
		{py.ValueError, "ValueError"},
	} {
		if got := ExceptionLine(c.value); got != c.want {
			t.Errorf("ExceptionLine(%v) = %q, want %q", c.value, got, c.want)
		}
	}
}

func TestTypeNameQualified(t *testing.T) {
	mine := py.ExceptionType.NewType("Mine", "", nil, nil)
	mine.Dict["__module__"] = py.String("pkg.mod")
	if got := TypeName(mine); got != "pkg.mod.Mine" {
		t.Errorf("TypeName = %q", got)
	}
	mine.Dict["__module__"] = py.String("__main__")
	if got := TypeName(mine); got != "Mine" {
		t.Errorf("TypeName in __main__ = %q", got)
	}
}

func TestFormatChain(t *testing.T) {
	cause := exc(py.KeyError, py.String("k")).(*py.Exception)
	e := exc(py.ValueError, py.String("outer")).(*py.Exception)
	e.Cause = cause
	want := "KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nValueError: outer\n"
	if got := FormatValue(e); got != want {
		t.Errorf("FormatValue with cause:\n%s\nwant:\n%s", got, want)
	}
	e.Cause = nil
	e.Context = cause
	want = "KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: outer\n"
	if got := FormatValue(e); got != want {
		t.Errorf("FormatValue with context:\n%s\nwant:\n%s", got, want)
	}
	e.SuppressContext = true
	if got := FormatValue(e); got != "ValueError: outer\n" {
		t.Errorf("suppressed context: %q", got)
	}
}
