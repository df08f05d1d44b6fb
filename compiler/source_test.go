package compiler

import (
	"testing"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// FuzzDecodeSource feeds source bytes to both readers: they return text or a SyntaxError,
// never panic; UTF-8 without a declaration or a BOM comes back unchanged.
func FuzzDecodeSource(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "x = \"\xff\"", "x = b'\xff'\n", "\xff = 1", "x = \"\"\"a\n\xff\"\"\"",
		"x = (\n'\xff'\n)", "'ok' '\\\xff'", "# \xff\nx=1", "\xef\xbb\xbfx=1",
		"# coding: latin-1\nx='\xe9'", "# coding: bogus\n", "\xef\xbb\xbf# coding: latin-1\n",
		"# coding: ascii\n# \xc3\xa9\n", "# coding: utf-8\nx = 'a\xc3'\n", "f'{\xff}'", "x = '\xf0\x9f\x98'",
		"'\\\n\xff'", "\\\n\xff",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, decode := range []func([]byte, string) (string, error){DecodeSource, DecodeScript} {
			text, err := decode(src, "f.py")
			if err != nil {
				if _, ok := err.(*py.Exception); !ok {
					t.Fatalf("%q: error %T %v", src, err, err)
				}
				continue
			}
			if !hasCoding(src) && utf8.Valid(src) && (len(src) < 3 || string(src[:3]) != "\xef\xbb\xbf") && text != string(src) {
				t.Fatalf("%q: changed to %q", src, text)
			}
			if _, err := Compile(text, "f.py", py.ExecMode, 0, true); err != nil {
				if _, ok := err.(*py.Exception); !ok {
					t.Fatalf("%q: compile error %T %v", src, err, err)
				}
			}
		}
	})
}

// hasCoding reports whether src may declare an encoding (a "coding" in its first lines).
func hasCoding(src []byte) bool {
	n := 0
	for i, c := range src {
		if c == '\n' {
			n++
			if n == 2 {
				src = src[:i]
				break
			}
		}
	}
	return containsFold(string(src), "coding")
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
