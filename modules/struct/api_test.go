package pystruct

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// PackInto and UnpackFrom (the Go API multiprocessing.shared_memory.ShareableList uses)
// pack and unpack with struct's native alignment, and
// the errors are struct's.
func TestStructPackRoundTrip(t *testing.T) {
	buf := make([]byte, 64)
	values := py.Tuple{py.Int(-3), py.Float(2.5), py.True, py.Bytes("ab"), py.Int(-1)}
	if err := PackInto("qdxxxxxxx?3sb", buf, 0, values...); err != nil {
		t.Fatal(err)
	}
	got, err := UnpackFrom("qdxxxxxxx?3sb", buf, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := py.Tuple{py.Int(-3), py.Float(2.5), py.True, py.Bytes("ab\x00"), py.Int(-1)}
	for i := range want {
		if eq, _ := py.Eq(got[i], want[i]); eq != py.True {
			t.Errorf("item %d: got %v, want %v", i, got[i], want[i])
		}
	}
	if l, _ := parse("bq"); l.size != 16 {
		t.Errorf("calcsize('bq') = %d, want 16 (native alignment)", l.size)
	}
	// A negative offset counts from the end.
	if err := PackInto("q", buf, -8, py.Int(7)); err != nil {
		t.Fatal(err)
	}
	if v, _ := UnpackFrom("q", buf, 56); v[0] != py.Int(7) {
		t.Errorf("negative offset wrote elsewhere: %v", v)
	}
}

func TestStructPackErrors(t *testing.T) {
	buf := make([]byte, 16)
	for _, c := range []struct {
		err  error
		want string
	}{
		{PackInto("q", buf, 0, py.Float(1)), "required argument is not an integer"},
		{PackInto("s", buf, 0, py.String("x")), "argument for 's' must be a bytes object"},
		{PackInto("b", buf, 0, py.Int(200)), "byte format requires -128 <= number <= 127"},
		{PackInto("qq", buf, 0, py.Int(1)), "pack_into expected 2 items for packing (got 1)"},
		{PackInto("q", buf, 12, py.Int(1)), "pack_into requires a buffer of at least 20 bytes for packing 8 bytes at offset 12 (actual buffer size is 16)"},
		{PackInto("q", buf, -20, py.Int(1)), "offset -20 out of range for 16-byte buffer"},
		{func() error { _, err := UnpackFrom("Z", buf, 0); return err }(), "bad char in struct format"},
		{func() error { _, err := UnpackFrom("q", buf, 9); return err }(), "unpack_from requires a buffer of at least 17 bytes for unpacking 8 bytes at offset 9 (actual buffer size is 16)"},
	} {
		exc, ok := c.err.(*py.Exception)
		if !ok || exc.Type() != Error || !strings.Contains(fmt.Sprint(exc.Args), c.want) {
			t.Errorf("got %v, want struct.error(%q)", c.err, c.want)
		}
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
