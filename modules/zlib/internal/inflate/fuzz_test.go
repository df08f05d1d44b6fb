package inflate

import (
	"bytes"
	"compress/flate"
	"testing"
)

// FuzzInflate feeds arbitrary input in pieces: no panics, and valid streams (Go's flate
// output of the input) decode to the input.
func FuzzInflate(f *testing.F) {
	f.Add([]byte{0x07}, 3)
	f.Add([]byte{0x03, 0x00}, 1)
	f.Add([]byte{0xfd, 0xff, 0xff, 0x00}, 2)
	f.Add(deflate([]byte("hello hello hello"), 6), 5)
	f.Add(deflate(bytes.Repeat([]byte{1, 2, 3}, 100), 1), 7)
	f.Fuzz(func(t *testing.T, data []byte, piece int) {
		if piece < 1 {
			piece = 1
		}
		d := New([]byte("dict"))
		for i := 0; i < len(data) && d.Err() == nil && !d.Done(); i += piece {
			d.Feed(data[i:min(len(data), i+piece)])
			d.Inflate(nil, piece*3)
		}
		d.Unconsumed()
		comp := deflate(data, flate.DefaultCompression)
		e := New(nil)
		e.Feed(comp)
		if out := e.Inflate(nil, -1); !bytes.Equal(out, data) || !e.Done() {
			t.Fatalf("round trip of %d bytes failed: %v", len(data), e.Err())
		}
	})
}
