package pickle

import (
	"bytes"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// TestStringIdentity checks the contract the compiler's string interning relies on: two
// str objects are one memo entry exactly when they share their data (as interned or
// merged constants will), whatever their contents; single Latin-1 characters are always
// one object, as in CPython.
func TestStringIdentity(t *testing.T) {
	shared := py.String(strings.Clone("hello world"))
	other := py.String(strings.Clone("hello world"))
	prefix := shared[:5] // same data pointer, another length: another object
	cases := []struct {
		name  string
		items []py.Object
		want  string
	}{
		{"same data", []py.Object{shared, shared}, "\x80\x02]q\x00(X\x0b\x00\x00\x00hello worldq\x01h\x01e."},
		{"equal copies", []py.Object{shared, other}, "\x80\x02]q\x00(X\x0b\x00\x00\x00hello worldq\x01X\x0b\x00\x00\x00hello worldq\x02e."},
		{"prefix", []py.Object{shared, prefix}, "\x80\x02]q\x00(X\x0b\x00\x00\x00hello worldq\x01X\x05\x00\x00\x00helloq\x02e."},
		{"one char", []py.Object{py.String(strings.Clone("\u00e9")), py.String(strings.Clone("\u00e9"))}, "\x80\x02]q\x00(X\x02\x00\x00\x00\xc3\xa9q\x01h\x01e."},
	}
	for _, c := range cases {
		got, err := Dumps(nil, py.NewListFromItems(c.items), 2)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !bytes.Equal(got, []byte(c.want)) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// A clone refers to what its original had written, and what either writes after is its
// own, with indices following on from the shared part.
func TestCloneSharesFrozenMemo(t *testing.T) {
	p, err := NewPickler(nil, 4, true)
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := py.NewList(), py.NewList(), py.NewList()
	if _, err := p.DumpAppend(nil, a); err != nil {
		t.Fatal(err)
	}
	q := p.Clone()
	p.memo.put(b)
	q.memo.put(c)
	for _, k := range []struct {
		pk    *Pickler
		obj   py.Object
		idx   int
		want  bool
		whose string
	}{{p, a, 0, true, "p a"}, {q, a, 0, true, "q a"}, {p, b, 1, true, "p b"}, {q, c, 1, true, "q c"}, {p, c, 0, false, "p c"}, {q, b, 0, false, "q b"}} {
		idx, ok := k.pk.memo.get(k.obj)
		if ok != k.want || ok && idx != k.idx {
			t.Errorf("%s: got %d %v, want %d %v", k.whose, idx, ok, k.idx, k.want)
		}
	}
	q.memo.truncate(0) // never below the shared part
	if _, ok := q.memo.get(a); !ok || q.memo.len() != 1 {
		t.Errorf("truncate went below the shared part: len %d", q.memo.len())
	}
}
