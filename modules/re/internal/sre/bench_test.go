package sre

import (
	"strings"
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

func benchFindall(b *testing.B, pattern, text string, flags int) {
	prog, err := Compile([]rune(pattern), true, flags, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.StopTimer()
	for i := 0; i < b.N; i++ {
		st := subjectState(prog, text, false, false, 0, 1<<30)
		b.StartTimer()
		n := 0
		for st.Start <= st.end {
			st.Reset()
			st.Ptr = st.Start
			ok, err := st.Search()
			if err != nil {
				b.Fatal(err)
			}
			if !ok {
				break
			}
			n++
			st.MustAdvance = st.Ptr == st.Start
			st.Start = st.Ptr
		}
		b.StopTimer()
	}
}

// BenchmarkEngineWords scans words, the engine alone (no Python objects).
func BenchmarkEngineWords(b *testing.B) {
	benchFindall(b, `\w+`, strings.Repeat("lorem ipsum dolor sit amet, consectetur adipiscing elit. ", 1800), 0)
}

// BenchmarkEngineAlternation backtracks through (a|b)*c.
func BenchmarkEngineAlternation(b *testing.B) {
	benchFindall(b, `(a|b)*c`, strings.Repeat("ab", 5000)+"c", 0)
}

// BenchmarkEngineIgnoreCase searches case-insensitively.
func BenchmarkEngineIgnoreCase(b *testing.B) {
	benchFindall(b, `zebra`, strings.Repeat("Straße ÉTÉ été Σίσυφος ", 2200)+"ZEBRA", FlagIgnoreCase)
}

// BenchmarkEngineShortMatch is one match of a short subject, state included.
func BenchmarkEngineShortMatch(b *testing.B) {
	prog, err := Compile([]rune(`(\w+)@(\w+)\.com`), true, 0, Options{})
	if err != nil {
		b.Fatal(err)
	}
	text := []byte("someone@example.com")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		st := NewState(prog, text, nil, false, 0, 1<<30)
		if ok, _ := st.Match(); !ok {
			b.Fatal("no match")
		}
		st.Release()
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
