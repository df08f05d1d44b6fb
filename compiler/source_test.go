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
			if _, declared := codingSpec(src); !declared && utf8.Valid(src) && (len(src) < 3 || string(src[:3]) != "\xef\xbb\xbf") && text != string(src) {
				t.Fatalf("%q: changed to %q", src, text)
			}
		}
	})
}

// TestUTF8Error checks the decoder's error ranges and reasons against Python's.
func TestUTF8Error(t *testing.T) {
	for _, c := range []struct {
		in         string
		start, end int
		reason     string
	}{
		{"a\xffb", 1, 2, "invalid start byte"},
		{"\xc3", 0, 1, "unexpected end of data"},
		{"\xe2\x82", 0, 2, "unexpected end of data"},
		{"\xe2\x82x", 0, 2, "invalid continuation byte"},
		{"\xe9t", 0, 1, "invalid continuation byte"},
		{"\xed\xa0\x80", 0, 1, "invalid continuation byte"},
		{"\xf4\x90\x80\x80", 0, 1, "invalid continuation byte"},
		{"\xe0\x80\x80", 0, 1, "invalid continuation byte"},
		{"\xc0\xaf", 0, 1, "invalid start byte"},
		{"\xf0\x9f\x98", 0, 3, "unexpected end of data"},
	} {
		start, end, reason, bad := utf8Error([]byte(c.in))
		if !bad || start != c.start || end != c.end || reason != c.reason {
			t.Errorf("%q: %d-%d %q %v, want %d-%d %q", c.in, start, end, reason, bad, c.start, c.end, c.reason)
		}
	}
	if _, _, _, bad := utf8Error([]byte("h\xc3\xa9llo \xf0\x9f\x98\x80")); bad {
		t.Error("valid UTF-8 reported bad")
	}
}
