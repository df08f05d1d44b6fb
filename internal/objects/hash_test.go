package objects

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// TestStrBytesHash pins hash() of str and bytes to CPython 3.11's with PYTHONHASHSEED=0
// (values printed by python3): ASCII, 1-, 2- and 4-byte code units, one and several
// SipHash blocks.
func TestStrBytesHash(t *testing.T) {
	for _, c := range []struct {
		v    py.Object
		want int64
	}{
		{py.String(""), 0},
		{py.String("a"), 4644417185603328019},
		{py.String("abcdefgh"), 4574395652268504554},
		{py.String("hello world, longer than 16"), -2720852522609087858},
		{py.String("é"), 6047309291227476195},
		{py.String("€uro"), 7542247858446192590},
		{py.String("x😀"), -4086645887891144435},
		{py.Bytes(""), 0},
		{py.Bytes("ab"), 6148830537548944441},
		{py.Bytes("\xff\xff\xff\xff\xff\xff\xff\xff\xff"), -2129700217430894956},
	} {
		got, err := Hash(c.v)
		if err != nil || got != c.want {
			t.Errorf("hash(%#v) = %d, %v; want %d", c.v, got, err, c.want)
		}
	}
}

// TestSetDummyReuse checks that a new key takes the last dummy on its probe path, as
// CPython's set_add_entry does: {1, 9, 17} (slots 1, 2, 3) minus 1 and 17, plus 25 puts 25
// in slot 3, after 9 (python3 prints {9, 25}).
func TestSetDummyReuse(t *testing.T) {
	s := NewSet()
	for _, k := range []int{1, 9, 17} {
		if err := s.Add(py.Int(k)); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range []int{1, 17} {
		if _, err := s.t.discard(py.Int(k)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Add(py.Int(25)); err != nil {
		t.Fatal(err)
	}
	got := s.Items()
	if len(got) != 2 || got[0] != py.Int(9) || got[1] != py.Int(25) {
		t.Errorf("items = %v, want [9 25]", got)
	}
}
