package blake2

import (
	"encoding/hex"
	"testing"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
)

func TestAgainstXCrypto(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 1000} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(i * 7)
		}
		for _, key := range [][]byte{nil, []byte("secret key")} {
			d := New2b(Params{DigestSize: 64, Key: key, Fanout: 1, Depth: 1})
			d.Write(data[:n/3])
			d.Write(data[n/3:])
			h, _ := blake2b.New512(key)
			h.Write(data)
			if got, want := hex.EncodeToString(d.Sum(nil)), hex.EncodeToString(h.Sum(nil)); got != want {
				t.Errorf("blake2b(%d bytes, key %q) = %s, want %s", n, key, got, want)
			}
			s := New2s(Params{DigestSize: 32, Key: key, Fanout: 1, Depth: 1})
			s.Write(data)
			hs, _ := blake2s.New256(key)
			hs.Write(data)
			if got, want := hex.EncodeToString(s.Sum(nil)), hex.EncodeToString(hs.Sum(nil)); got != want {
				t.Errorf("blake2s(%d bytes, key %q) = %s, want %s", n, key, got, want)
			}
		}
	}
}

// The tree parameters, salt and personalization, with python3's digests.
func TestParams(t *testing.T) {
	p := Params{Key: []byte("key"), Salt: []byte("salt"), Person: []byte("me"), Fanout: 2, Depth: 3, LeafSize: 4, NodeOffset: 5, NodeDepth: 6, InnerSize: 7, LastNode: true}
	p.DigestSize = 32
	s := New2s(p)
	s.Write([]byte("abc"))
	if got := hex.EncodeToString(s.Sum(nil)); got != "971932e687028e380ace3bf84c3b18404523ae9c29ea186c04a63836e468287c" {
		t.Errorf("blake2s = %s", got)
	}
	p.DigestSize = 64
	b := New2b(p)
	b.Write([]byte("abc"))
	if got := hex.EncodeToString(b.Sum(nil)); got != "06ba841f93c7bf59abf0f2d17e1bf7667e93351db47cc28f0a7eb6ec1413079f6ffcd19e292c246935d136eca63b513ccafce162afdedc0c0f0b6600ca3a2122" {
		t.Errorf("blake2b = %s", got)
	}
}
