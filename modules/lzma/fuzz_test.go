package lzma

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// FuzzDecode feeds arbitrary bytes to the decoder in every format: it must answer (data,
// None or a message), never panic or hang.
func FuzzDecode(f *testing.F) {
	for _, format := range []int{formatXZ, formatAlone} {
		out, err := compress(nil, py.Tuple{py.Bytes("hello hello hello"), py.Int(format), py.Int(4), py.Int(6)})
		if err != nil {
			f.Fatal(err)
		}
		f.Add([]byte(out.(py.Bytes)))
	}
	f.Add([]byte{0xfd, '7', 'z', 'X', 'Z', 0, 0, 4})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, format := range []int{formatAuto, formatXZ, formatAlone} {
			if _, err := decode(nil, py.Tuple{py.Bytes(data), py.Int(format)}); err != nil {
				t.Fatalf("format %d: %v", format, err)
			}
		}
	})
}

func TestRoundTrip(t *testing.T) {
	data := py.Bytes("round trip " + string(make([]byte, 5000)))
	for _, format := range []int{formatXZ, formatAlone} {
		out, err := compress(nil, py.Tuple{data, py.Int(format), py.Int(4), py.Int(1)})
		if err != nil {
			t.Fatal(err)
		}
		packed := out.(py.Bytes)
		got, err := decode(nil, py.Tuple{packed, py.Int(formatAuto)})
		if err != nil {
			t.Fatal(err)
		}
		res, ok := got.(py.Tuple)
		if !ok || string(res[0].(py.Bytes)) != string(data) || int(res[1].(py.Int)) != len(packed) {
			t.Fatalf("format %d: %v", format, got)
		}
		if got, _ := decode(nil, py.Tuple{packed[:len(packed)-1], py.Int(format)}); got != py.None {
			t.Errorf("format %d: a truncated stream gave %v", format, got)
		}
	}
}
