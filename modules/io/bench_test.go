package io

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func BenchmarkStdoutWrite(b *testing.B) {
	out, err := NewNull(nil, "<null>")
	if err != nil {
		b.Fatal(err)
	}
	write, _ := py.GetAttrString(out, "write")
	args := py.Tuple{py.String("12345")}
	nl := py.Tuple{py.String("\n")}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := py.Call(write, args, nil); err != nil {
			b.Fatal(err)
		}
		if _, err := py.Call(write, nl, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
