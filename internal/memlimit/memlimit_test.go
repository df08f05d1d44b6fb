package memlimit

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		n, size int
		ok      bool
	}{
		{0, 1 << 62, true},
		{-5, 8, true},
		{1 << 20, 8, true},
		{1 << 40, 1 << 30, false}, // overflows 64 bits
		{1 << 62, 8, false},
		{1 << 50, 1, false},
	} {
		err := Check(c.n, c.size)
		if (err == nil) != c.ok {
			t.Errorf("Check(%d, %d) = %v, want ok=%v", c.n, c.size, err, c.ok)
		}
		if err != nil && !py.IsException(py.MemoryError, err) {
			t.Errorf("Check(%d, %d) = %v, want MemoryError", c.n, c.size, err)
		}
	}
	if Ceiling() == 0 {
		t.Fatal("zero ceiling")
	}
}
