package multiprocessing

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// The formats a ShareableList stores pack and unpack with struct's native alignment, and
// the errors are struct's.
func TestStructPackRoundTrip(t *testing.T) {
	buf := make([]byte, 64)
	values := py.Tuple{py.Int(-3), py.Float(2.5), py.True, py.Bytes("ab"), py.Int(-1)}
	if err := packInto("qdxxxxxxx?3sb", buf, 0, values...); err != nil {
		t.Fatal(err)
	}
	got, err := unpackFrom("qdxxxxxxx?3sb", buf, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := py.Tuple{py.Int(-3), py.Float(2.5), py.True, py.Bytes("ab\x00"), py.Int(-1)}
	for i := range want {
		if eq, _ := py.Eq(got[i], want[i]); eq != py.True {
			t.Errorf("item %d: got %v, want %v", i, got[i], want[i])
		}
	}
	if _, size, _ := parseFormat("bq"); size != 16 {
		t.Errorf("calcsize('bq') = %d, want 16 (native alignment)", size)
	}
	// A negative offset counts from the end.
	if err := packInto("q", buf, -8, py.Int(7)); err != nil {
		t.Fatal(err)
	}
	if v, _ := unpackFrom("q", buf, 56); v[0] != py.Int(7) {
		t.Errorf("negative offset wrote elsewhere: %v", v)
	}
}

func TestStructPackErrors(t *testing.T) {
	buf := make([]byte, 16)
	for _, c := range []struct {
		err  error
		want string
	}{
		{packInto("q", buf, 0, py.Float(1)), "required argument is not an integer"},
		{packInto("s", buf, 0, py.String("x")), "argument for 's' must be a bytes object"},
		{packInto("b", buf, 0, py.Int(200)), "byte format requires -128 <= number <= 127"},
		{packInto("qq", buf, 0, py.Int(1)), "pack_into expected 2 items for packing (got 1)"},
		{packInto("q", buf, 12, py.Int(1)), "pack_into requires a buffer of at least 20 bytes for packing 8 bytes at offset 12 (actual buffer size is 16)"},
		{packInto("q", buf, -20, py.Int(1)), "offset -20 out of range for 16-byte buffer"},
		{func() error { _, err := unpackFrom("Z", buf, 0); return err }(), "bad char in struct format"},
		{func() error { _, err := unpackFrom("q", buf, 9); return err }(), "unpack_from requires a buffer of at least 17 bytes for unpacking 8 bytes at offset 9 (actual buffer size is 16)"},
	} {
		exc, ok := c.err.(*py.Exception)
		if !ok || exc.Type() != StructError || !strings.Contains(pyRepr(exc.Args), c.want) {
			t.Errorf("got %v, want struct.error(%q)", c.err, c.want)
		}
	}
}
