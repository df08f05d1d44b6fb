package binascii

import (
	"bytes"
	"encoding/base32"
	"encoding/base64"
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// The decoders must never panic, and must invert their encoders.

var seeds = [][]byte{nil, []byte("YWJj"), []byte("YQ=="), []byte("=YQ="), []byte("Y W\nJ j"), []byte("MFRGG==="),
	[]byte("<~@:E^~>"), []byte("z!!u~"), []byte("Xk~0{Zy<MXa%^M"), []byte("#86)C\n"), []byte("caf=E9=\r\n=3"), []byte("0g1F"), {0xff, 0, '='}}

func FuzzBase64(f *testing.F) {
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, data []byte, strict bool) {
		DecodeBase64(data, strict)
		enc := EncodeBase64(data, false)
		if got := base64.StdEncoding.EncodeToString(data); string(enc) != got {
			t.Fatalf("EncodeBase64(%q) = %q, want %q", data, enc, got)
		}
		dec, err := DecodeBase64(enc, true)
		if err != nil || !bytes.Equal(dec, data) {
			t.Fatalf("round trip of %q: %q, %v", data, dec, err)
		}
	})
}

func FuzzBase32(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		DecodeBase32(b32Alphabet, data)
		DecodeBase32(b32HexAlphabet, data)
		enc := EncodeBase32(b32Alphabet, data)
		if got := base32.StdEncoding.EncodeToString(data); string(enc) != got {
			t.Fatalf("EncodeBase32(%q) = %q, want %q", data, enc, got)
		}
		if dec, err := DecodeBase32(b32Alphabet, enc); err != nil || !bytes.Equal(dec, data) {
			t.Fatalf("round trip of %q: %q, %v", data, dec, err)
		}
	})
}

func FuzzBase85(f *testing.F) {
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, data []byte, flag bool) {
		DecodeA85(data, flag, flag, []byte(" \t\n"))
		DecodeB85(data)
		if dec, err := DecodeA85(EncodeA85(data, flag, 7, false, flag), flag, flag, []byte("\n")); err != nil || !bytes.Equal(dec, data) {
			t.Fatalf("a85 round trip of %q: %q, %v", data, dec, err)
		}
		if dec, err := DecodeB85(EncodeB85(data, false)); err != nil || !bytes.Equal(dec, data) {
			t.Fatalf("b85 round trip of %q: %q, %v", data, dec, err)
		}
	})
}

func FuzzLegacy(f *testing.F) {
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, data []byte, flag bool) {
		DecodeUU(data)
		DecodeQP(data, flag)
		DecodeHex(data)
		if len(data) <= 45 {
			enc, _ := EncodeUU(data, flag)
			if dec, err := DecodeUU(enc); err != nil || !bytes.Equal(dec, data) {
				t.Fatalf("uu round trip of %q: %q, %v", data, dec, err)
			}
		}
		if dec := DecodeQP(EncodeQP(data, flag, false, false), false); !bytes.Equal(dec, data) {
			t.Fatalf("qp round trip of %q: %q", data, dec)
		}
	})
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
