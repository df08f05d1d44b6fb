package ceval

import (
	"math"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// The arithmetic fast paths give gpython's results where they answer, and leave the rest
// (overflow into big ints, division by zero, other types) to the generic path.
func TestArith(t *testing.T) {
	const max = py.Int(math.MaxInt64)
	for _, c := range []struct {
		op   vm.OpCode
		a, b py.Object
	}{
		{vm.BINARY_ADD, py.Int(3), py.Int(4)},
		{vm.BINARY_ADD, max, py.Int(1)},
		{vm.INPLACE_ADD, py.Int(-5), py.Int(-7)},
		{vm.BINARY_SUBTRACT, py.Int(3), py.Int(10)},
		{vm.BINARY_SUBTRACT, -max - 1, py.Int(1)},
		{vm.BINARY_MULTIPLY, py.Int(1 << 30), py.Int(-(1 << 30))},
		{vm.BINARY_MULTIPLY, py.Int(1 << 40), py.Int(1 << 40)},
		{vm.BINARY_MODULO, py.Int(-7), py.Int(3)},
		{vm.BINARY_MODULO, py.Int(7), py.Int(-3)},
		{vm.BINARY_MODULO, py.Int(7), py.Int(0)},
		{vm.BINARY_FLOOR_DIVIDE, py.Int(-7), py.Int(2)},
		{vm.BINARY_FLOOR_DIVIDE, py.Int(-8), py.Int(2)},
		{vm.BINARY_TRUE_DIVIDE, py.Int(7), py.Int(2)},
		{vm.BINARY_TRUE_DIVIDE, py.Int(7), py.Int(0)},
		{vm.BINARY_AND, py.Int(6), py.Int(-3)},
		{vm.BINARY_XOR, py.Int(6), py.Int(3)},
		{vm.BINARY_ADD, py.Float(0.5), py.Float(0.25)},
		{vm.BINARY_TRUE_DIVIDE, py.Float(1), py.Float(0)},
		{vm.BINARY_ADD, py.Int(1), py.Float(0.5)},
	} {
		want, wantErr := binary(c.op, c.a, c.b)
		got, ok := arith(c.op, c.a, c.b)
		if !ok {
			continue
		}
		if wantErr != nil {
			t.Errorf("%v(%v, %v): fast path gave %v, generic path raised %v", c.op, c.a, c.b, got, wantErr)
			continue
		}
		if eq, err := py.Eq(got, want); err != nil || eq != py.True || got.Type() != want.Type() {
			t.Errorf("%v(%v, %v) = %v (%s), generic path %v (%s)", c.op, c.a, c.b, got, got.Type().Name, want, want.Type().Name)
		}
	}
}

// An int subtraction that leaves the machine word gives the big int gpython's own misses.
func TestSubtractOverflow(t *testing.T) {
	got, ok := arith(vm.BINARY_SUBTRACT, py.Int(math.MaxInt64), py.Int(-1))
	if !ok {
		t.Fatal("no result")
	}
	s, err := py.Str(got)
	if err != nil || s != py.String("9223372036854775808") {
		t.Errorf("maxsize - -1 = %v", got)
	}
}

// A frame that has run to its end cannot be run again.
func TestRunFinished(t *testing.T) {
	code := &py.Code{Code: string([]byte{byte(vm.RETURN_VALUE)})}
	f := &py.Frame{Code: code, Lasti: 1}
	if _, err := Run(f); err == nil || !py.IsException(py.SystemError, err) {
		t.Errorf("Run of a finished frame: %v", err)
	}
}
