package objects

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// Indexing every character of a 1,000,000-character str, and taking its len each time,
// scans it a bounded number of times (a few, should a collection empty the cache), not
// once per index: the loop is linear. The results are gpython's own indexing's.
func TestStrIndexLinear(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
	}{
		{"ascii", strings.Repeat("abcdefghij", 100_000)},
		{"non-ascii", strings.Repeat("aé€😀bcdefgh", 100_000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := py.String(tc.s)
			n := utf8.RuneCountInString(tc.s)
			before := strScanned.Load()
			for i := 0; i < n; i++ {
				if l, err := Len(s); err != nil || l != py.Int(n) {
					t.Fatalf("len = %v, %v; want %d", l, err, n)
				}
				v, ok := StrItem(s, py.Int(i))
				if !ok {
					t.Fatalf("s[%d] not served", i)
				}
				if i%9973 == 0 || i == n-1 {
					want, _ := s.M__getitem__(py.Int(i))
					if v != want {
						t.Fatalf("s[%d] = %q, want %q", i, v, want)
					}
				}
			}
			if scanned := strScanned.Load() - before; scanned > 10*int64(len(tc.s)) {
				t.Errorf("indexing %d characters scanned %d bytes: not linear", n, scanned)
			}
		})
	}
}

// StrItem agrees with gpython's indexing on ints and slices, serves nothing it should
// not (out of range, steps, other keys), for short and long, ASCII and other strs.
func TestStrItemMatches(t *testing.T) {
	for _, s := range []py.String{"hello", "héllo wörld", py.String(strings.Repeat("xyz€", 40)), py.String(strings.Repeat("q", 100))} {
		n := utf8.RuneCountInString(string(s))
		for i := -n - 2; i < n+2; i++ {
			v, ok := StrItem(s, py.Int(i))
			want, err := s.M__getitem__(py.Int(i))
			if ok && (err != nil || v != want) {
				t.Errorf("%q[%d] = %q; want %v %v", s, i, v, want, err)
			}
			if !ok && err == nil && (len(s) >= strCacheMin || IsASCII(string(s))) {
				t.Errorf("%q[%d] not served", s, i)
			}
			for _, j := range []int{i + 3, -1, n + 5} {
				for _, step := range []py.Object{py.None, py.Int(1), py.Int(2)} {
					key := &py.Slice{Start: py.Int(i), Stop: py.Int(j), Step: step}
					v, ok := StrItem(s, key)
					want, err := s.M__getitem__(key)
					if ok && (err != nil || v != want) {
						t.Errorf("%q[%d:%d:%v] = %q; want %v %v", s, i, j, step, v, want, err)
					}
					if ok && step == py.Int(2) {
						t.Errorf("step 2 served")
					}
				}
			}
		}
	}
}

func BenchmarkStrIndexLong(b *testing.B) {
	s := py.String(strings.Repeat("abcdefghij", 100_000))
	for i := 0; b.Loop(); i++ {
		StrItem(s, py.Int(i%len(s)))
	}
}
