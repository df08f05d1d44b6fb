package configparser_test

import (
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/gopyrt/gopy/interp"
)

// fuzzScript parses sys.argv[1] with the options sys.argv[2] selects, then gets every
// value and writes the result: configparser's own errors are expected, and so are the
// TypeError and AttributeError CPython raises for valueless options that are continued
// or referred to; anything else (or a Go panic) fails.
const fuzzScript = `
import configparser, io, sys
text, mode = sys.argv[1], int(sys.argv[2])
interp = [None, configparser.BasicInterpolation(), configparser.ExtendedInterpolation()][mode % 3]
cp = configparser.ConfigParser(
    strict=bool(mode & 4), allow_no_value=bool(mode & 8), interpolation=interp,
    inline_comment_prefixes=('#', ';') if mode & 16 else None,
    empty_lines_in_values=not mode & 32, delimiters=('=', ':') if not mode & 64 else ('=>',))
try:
    cp.read_string(text)
    for name in cp:
        for key in list(cp[name]):
            try:
                cp.get(name, key)
            except configparser.Error:
                pass
    cp.write(io.StringIO())
except (configparser.Error, TypeError, AttributeError):
    pass
`

// FuzzReadString runs configparser's reader, getters and writer on arbitrary text.
func FuzzReadString(f *testing.F) {
	seeds := []string{
		"[s]\na = 1\n  cont\n\n  more\nb: 2\n",
		"a = 1\n",
		"[s]\n[s]\n",
		"[s]\nx\n  y\n",
		"[DEFAULT]\nh = %(u)s\nu = %(h)s\n[s]\nv = %(h)s ${u} ${s:v}\n",
		"[s]\nk = v ; c # d\n; full\n#x\n= nokey\n",
		"[ a ]] b\n[x\n",
		"[s]\na => b\nc = d\n",
	}
	for i, s := range seeds {
		f.Add(s, uint8(i*13))
	}
	f.Fuzz(func(t *testing.T, text string, mode uint8) {
		if !utf8.ValidString(text) {
			return
		}
		it := interp.New(interp.Options{})
		defer it.Close()
		if status := it.RunString(fuzzScript, []string{text, strconv.Itoa(int(mode))}); status != 0 {
			t.Errorf("status %d for %q (mode %d): see stderr", status, text, mode)
		}
	})
}
