package csv

import (
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// FuzzReader runs the reader's state machine on arbitrary lines with several dialects:
// only Python exceptions (csv.Error, ValueError for QUOTE_NONNUMERIC), never a panic.
func FuzzReader(f *testing.F) {
	for _, s := range []string{"a,b,c", "\"a\"\"b\",c", "\"abc", "a\\,b", "\r\n", "1,2.5,x", "\"a\"b"} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, text string, mode uint8) {
		d := &Dialect{delimiter: ',', doublequote: mode&1 == 0, escapechar: notSet, lineterminator: "\r\n", quotechar: '"'}
		if mode&2 != 0 {
			d.escapechar = '\\'
		}
		if mode&4 != 0 {
			d.strict = true
		}
		d.quoting = int(mode>>3) % 4
		r := &Reader{dialect: d}
		fieldLimit = 1 << 20
		for _, line := range []string{text, text} {
			for _, c := range line {
				if err := r.process(c); err != nil {
					return
				}
			}
			if err := r.process(eol); err != nil {
				return
			}
		}
	})
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
