package argclinic

import (
	"math/big"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func errText(err error) string {
	if err == nil {
		return ""
	}
	if e, ok := err.(*py.Exception); ok {
		return e.Base.Name + ": " + string(e.Args.(py.Tuple)[0].(py.String))
	}
	return err.Error()
}

func TestParseMessages(t *testing.T) {
	names := []string{"a", "b", "rel_tol", "abs_tol"}
	for _, c := range []struct {
		args   py.Tuple
		kwargs py.StringDict
		want   string
	}{
		{py.Tuple{py.Int(1)}, nil, "TypeError: isclose() missing required argument 'b' (pos 2)"},
		{py.Tuple{py.Int(1), py.Int(2), py.Int(3)}, nil, "TypeError: isclose() takes exactly 2 positional arguments (3 given)"},
		{py.Tuple{py.Int(1), py.Int(2)}, py.StringDict{"foo": py.Int(1)}, "TypeError: 'foo' is an invalid keyword argument for isclose()"},
		{py.Tuple{py.Int(1)}, py.StringDict{"a": py.Int(1)}, "TypeError: argument for isclose() given by name ('a') and position (1)"},
		{py.Tuple{}, py.StringDict{"a": py.Int(1), "b": py.Int(2)}, ""},
	} {
		_, err := Parse("isclose", c.args, c.kwargs, names, 0, 2, 2)
		if got := errText(err); got != c.want {
			t.Errorf("Parse(%v, %v) = %q, want %q", c.args, c.kwargs, got, c.want)
		}
	}
	_, err := Parse("prod", py.Tuple{}, nil, []string{"iterable", "start"}, 1, 1, 1)
	if got := errText(err); got != "TypeError: prod() takes exactly 1 positional argument (0 given)" {
		t.Errorf("prod(): %q", got)
	}
	if got := errText(Exact("pow", "math.pow", py.Tuple{py.Int(1)}, nil, 2, 2)); got != "TypeError: pow expected 2 arguments, got 1" {
		t.Errorf("Exact: %q", got)
	}
	if _, err := One("math.sqrt", py.Tuple{}, nil); !strings.Contains(errText(err), "math.sqrt() takes exactly one argument (0 given)") {
		t.Errorf("One: %q", errText(err))
	}
}

func TestConversions(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 2000)
	if _, err := Float((*py.BigInt)(huge)); errText(err) != "OverflowError: int too large to convert to float" {
		t.Errorf("Float(2**2000): %q", errText(err))
	}
	// 2**53 + 1 rounds to even.
	f, _ := Float((*py.BigInt)(new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 53), big.NewInt(1))))
	if f != 9007199254740992 {
		t.Errorf("Float(2**53+1) = %v", f)
	}
	if _, err := Int(py.Float(1.5)); err == nil {
		t.Errorf("Int(1.5) accepted")
	}
	if _, err := Int((*py.BigInt)(huge)); !strings.Contains(errText(err), "OverflowError") {
		t.Errorf("Int(2**2000): %q", errText(err))
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
