package pickle_test

import (
	"runtime"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/gopyrt/gopy/modules/pickle"
)

// TestForgedLengthsAllocateLittle checks that lengths read from the input are validated
// before allocation: each input claims a huge payload that is not there.
func TestForgedLengthsAllocateLittle(t *testing.T) {
	ctx := newContext(t)
	inputs := [][]byte{
		[]byte("B\xff\xff\xff\x7f"),
		[]byte("X\xff\xff\xff\xff"),
		[]byte("\x8e\xff\xff\xff\xff\xff\xff\xff\x7f"),
		[]byte("\x8d\x00\x00\x00\x00\x00\x00\x00\x7f"),
		[]byte("\x96\x00\x00\x00\x00\x00\x00\x10\x00"),
		[]byte("\x8b\xff\xff\xff\x7f"),
		[]byte("\x95\x00\x00\x00\x00\x00\x00\x10\x00N."),
		[]byte("T\xff\xff\xff\x7f"),
		[]byte("N\x72\xff\xff\xff\xff."),
		[]byte("N\x72\xff\xff\x00\x00j\xff\xff\x00\x00."),
	}
	for _, in := range inputs {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := pickle.Loads(ctx, in)
		runtime.ReadMemStats(&after)
		if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
			t.Errorf("%q allocated %d bytes", in, n)
		}
		if err == nil {
			continue
		}
		if e, ok := err.(*py.Exception); !ok || e.Base == py.SystemError {
			t.Errorf("%q: %v", in, err)
		}
	}
}

// TestDeepNesting checks that pickling a very deep structure raises RecursionError (as
// CPython does) instead of overflowing the Go stack, and that loading one works.
func TestDeepNesting(t *testing.T) {
	ctx := newContext(t)
	var obj py.Object = py.NewList()
	for i := 0; i < 100000; i++ {
		obj = py.NewListFromItems([]py.Object{obj})
	}
	_, err := pickle.Dumps(ctx, obj, 4)
	if got := excString(err); got != "RecursionError: maximum recursion depth exceeded while pickling an object" {
		t.Errorf("got %q", got)
	}
	deep := make([]byte, 0, 200010)
	for i := 0; i < 100000; i++ {
		deep = append(deep, ']')
	}
	for i := 0; i < 99999; i++ {
		deep = append(deep, 'a')
	}
	deep = append(deep, '.')
	if _, err := pickle.Loads(ctx, deep); err != nil {
		t.Errorf("loading a deep list: %v", err)
	}
}
