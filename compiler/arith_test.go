package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/syntax/ast"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func TestBinaryBoolsAndZeroDivision(t *testing.T) {
	cases := []struct {
		op   ast.Operator
		a, b py.Object
		want py.Object
		err  string
	}{
		{ast.Add, py.True, py.True, py.Int(2), ""},
		{ast.BitAnd, py.True, py.True, py.True, ""},
		{ast.BitXor, py.True, py.True, py.False, ""},
		{ast.Div, py.True, py.Int(2), py.Float(0.5), ""},
		{ast.FloorDiv, py.Int(1), py.Int(0), nil, "integer division or modulo by zero"},
		{ast.Mod, py.Int(1), py.False, nil, "integer modulo by zero"},
		{ast.FloorDiv, py.Float(1), py.Int(0), nil, "float floor division by zero"},
		{ast.Mod, py.Float(1), py.Float(0), nil, "float modulo"},
		{ast.Pow, py.Int(0), py.Int(-1), nil, "0.0 cannot be raised to a negative power"},
		{ast.Mult, py.Bytes("ab"), py.Int(2), py.Bytes("abab"), ""},
	}
	for _, c := range cases {
		got, err := Binary(c.op, c.a, c.b)
		if c.err != "" {
			e, ok := err.(*py.Exception)
			if !ok || e.Base != py.ZeroDivisionError || e.Args.(py.Tuple)[0] != py.String(c.err) {
				t.Errorf("%v %v %v: error %v, want ZeroDivisionError(%q)", c.a, c.op, c.b, err, c.err)
			}
			continue
		}
		if err != nil || py.DebugRepr(got) != py.DebugRepr(c.want) || got.Type() != c.want.Type() {
			t.Errorf("%v %v %v = %#v, %v; want %#v", c.a, c.op, c.b, got, err, c.want)
		}
	}
	if _, err := Divmod(py.Float(1), py.Int(0)); err == nil {
		t.Error("divmod(1.0, 0) did not raise")
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
