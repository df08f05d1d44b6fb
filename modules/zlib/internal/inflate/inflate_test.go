package inflate

import (
	"bytes"
	"compress/flate"
	"math/rand"
	"testing"
)

func deflate(data []byte, level int) []byte {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, level)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func sample(r *rand.Rand, n int) []byte {
	words := [][]byte{[]byte("the "), []byte("quick "), []byte("brown "), []byte("fox\n"), {0, 1, 2}}
	var b []byte
	for len(b) < n {
		if r.Intn(4) == 0 {
			b = append(b, byte(r.Intn(256)))
		} else {
			b = append(b, words[r.Intn(len(words))]...)
		}
	}
	return b[:n]
}

func TestAgainstCompressFlate(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 10, 100, 1000, 70000, 300000} {
		for _, level := range []int{0, 1, 6, 9, flate.HuffmanOnly} {
			data := sample(r, n)
			comp := append(deflate(data, level), "trailing"...)
			f := New(nil)
			var out []byte
			rest := comp
			for !f.Done() && f.Err() == nil {
				k := r.Intn(50) + 1
				if k > len(rest) {
					k = len(rest)
				}
				f.Feed(rest[:k])
				rest = rest[k:]
				for {
					before := len(out)
					out = f.Inflate(out, r.Intn(3000))
					if len(out) == before || f.Done() {
						break
					}
				}
				if len(rest) == 0 && !f.Done() {
					out = f.Inflate(out, -1)
					break
				}
			}
			if f.Err() != nil || !f.Done() {
				t.Fatalf("n=%d level=%d: err %v done %v", n, level, f.Err(), f.Done())
			}
			if !bytes.Equal(out, data) {
				t.Fatalf("n=%d level=%d: output differs (%d vs %d bytes)", n, level, len(out), len(data))
			}
			if got := string(append(f.Unconsumed(), rest...)); got != "trailing" {
				t.Fatalf("n=%d level=%d: unconsumed %q", n, level, got)
			}
		}
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		in   []byte
		want error
	}{
		{[]byte{0x07}, ErrBlockType},
		{[]byte{0x01, 0x00, 0x00, 0x00, 0x00}, ErrStoredLengths},
		{[]byte{0x03, 0x00}, nil},
		{[]byte{0xfd, 0xff, 0xff}, ErrTooManySymbols},
	} {
		f := New(nil)
		f.Feed(c.in)
		f.Inflate(nil, -1)
		if f.Err() != c.want {
			t.Errorf("%x: %v, want %v", c.in, f.Err(), c.want)
		}
	}
}
