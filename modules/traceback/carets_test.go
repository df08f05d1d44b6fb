package traceback

import (
	"testing"

	"github.com/gopyrt/gopy/compiler"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// The expected lines were printed by python3.11's traceback for the same positions.
func TestCaretLine(t *testing.T) {
	for _, c := range []struct {
		line string
		pos  compiler.Position
		want string
	}{
		{"    return d[\"key\"] + 1", compiler.Position{Line: 1, EndLine: 1, Col: 11, EndCol: 19}, "           ~^^^^^^^\n"},
		{"    return   1 / (y - y)", compiler.Position{Line: 1, EndLine: 1, Col: 13, EndCol: 24}, "             ~~^~~~~~~~~\n"},
		{"    return int(\"zz\")", compiler.Position{Line: 1, EndLine: 1, Col: 11, EndCol: 20}, "           ^^^^^^^^^\n"},
		// the whole stripped line: nothing, unless anchored
		{"    raise ValueError(\"v\")", compiler.Position{Line: 1, EndLine: 1, Col: 4, EndCol: 25}, ""},
		{"    a + b", compiler.Position{Line: 1, EndLine: 1, Col: 4, EndCol: 9}, "    ~~^~~\n"},
		// a span continuing on the next line runs to the end of this one
		{"    run(lambda: [1, 2][", compiler.Position{Line: 1, EndLine: 2, Col: 16, EndCol: 6}, "                ^^^^^^^\n"},
		// wide characters count two columns
		{"    return {}[\"字\"]", compiler.Position{Line: 1, EndLine: 1, Col: 11, EndCol: 20}, "           ~~^^^^^^\n"},
		{"", compiler.Position{Line: 1, EndLine: 1, Col: 0, EndCol: 1}, ""},
	} {
		if got := caretLine(c.line, c.pos); got != c.want {
			t.Errorf("caretLine(%q, %+v) = %q, want %q", c.line, c.pos, got, c.want)
		}
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
