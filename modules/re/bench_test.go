package re

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// BenchmarkPatternMatch is Pattern.match on a short string, called as Python calls it.
func BenchmarkPatternMatch(b *testing.B) {
	p, err := compile(nil, py.String(`(\w+)@(\w+)\.com`), 0)
	if err != nil {
		b.Fatal(err)
	}
	m, err := py.GetAttrString(p, "match")
	if err != nil {
		b.Fatal(err)
	}
	args := py.Tuple{py.String("someone@example.com")}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := py.Call(m, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
