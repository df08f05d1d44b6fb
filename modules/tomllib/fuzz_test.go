package tomllib_test

import (
	"testing"
	"unicode/utf8"

	"github.com/gopyrt/gopy/interp"
)

// fuzzScript parses sys.argv[1] twice, with float and with a parse_float hook, and
// checks what comes back: a dict, or TOMLDecodeError whose message ends with a position
// (RecursionError for nesting too deep, as in CPython); anything else, or a Go panic,
// fails. Both parses must agree on success and on the error message.
const fuzzScript = `
import sys, tomllib
text = sys.argv[1]
outcomes = []
for hook in (float, lambda s: ("float", s)):
    try:
        result = tomllib.loads(text, parse_float=hook)
    except tomllib.TOMLDecodeError as e:
        msg = str(e)
        assert msg.endswith(")") and " (at " in msg, msg
        outcomes.append(msg)
    except RecursionError:
        outcomes.append("deep")
    else:
        assert type(result) is dict, result
        outcomes.append(None)
assert outcomes[0] == outcomes[1], outcomes
`

// FuzzLoads runs tomllib.loads on arbitrary text.
func FuzzLoads(f *testing.F) {
	seeds := []string{
		"a = 1\n[t]\nb.c = \"x\\u00e9\"\n[[arr]]\nd = [1, 2.5, {e = true}]\n",
		"s = '''\nraw'''\nm = \"\"\"a\\\n  b\"\"\"\n",
		"d = 1979-05-27T07:32:00.999-07:00\nl = 07:32:00\nday = 2000-01-01 \n",
		"n = [0x_1, 0o7, 0b1, 1_0, -0.0, +inf, nan, 1e+5]\n",
		"[a]\n[a]\n",
		"a = {b = 1}\na.c = 2\n",
		"[[a.b]]\n[a]\nb.c = 1\n",
		"x = \"\\uD800\" # c\x01\n",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		it := interp.New(interp.Options{})
		defer it.Close()
		if status := it.RunString(fuzzScript, []string{text}); status != 0 {
			t.Errorf("status %d for %q: see stderr", status, text)
		}
	})
}
