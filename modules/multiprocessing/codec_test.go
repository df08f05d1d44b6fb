package multiprocessing

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func TestCodecRoundTrip(t *testing.T) {
	for _, o := range []py.Object{
		py.None, py.True, py.Int(-42), py.Float(2.5), py.String("héllo"), py.Bytes("\x00\xff"),
		py.Tuple{py.Int(1), py.Tuple{py.String("x")}}, py.NewListFromItems([]py.Object{py.Int(1), py.None}),
	} {
		v, err := encodeValue(o)
		if err != nil {
			t.Fatalf("encode %v: %v", o, err)
		}
		back, err := decodeValue(nil, v)
		if err != nil {
			t.Fatalf("decode %v: %v", o, err)
		}
		if py.DebugRepr(back) != py.DebugRepr(o) {
			t.Errorf("round trip of %s gave %s", py.DebugRepr(o), py.DebugRepr(back))
		}
	}
	if _, err := encodeValue(py.NewStringDict()); err == nil {
		t.Error("a dict was accepted")
	}
}

func TestExitcodeName(t *testing.T) {
	for code, want := range map[int]string{0: "0", 1: "1", -15: "-SIGTERM", -9: "-SIGKILL"} {
		if got := exitcodeName(code); got != want {
			t.Errorf("exitcodeName(%d) = %q, want %q", code, got, want)
		}
	}
}
