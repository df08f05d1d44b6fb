package objects

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// collider is a test key whose hash is always the same, so every lookup walks a collision chain.
type collider struct{ n int }

var colliderType = py.NewType("collider", "")

func (c *collider) Type() *py.Type                { return colliderType }
func (c *collider) M__hash__() (py.Object, error) { return py.Int(42), nil }
func (c *collider) M__eq__(o py.Object) (py.Object, error) {
	if x, ok := o.(*collider); ok {
		return py.NewBool(x.n == c.n), nil
	}
	return py.NotImplemented, nil
}

func TestHashNumbersAgree(t *testing.T) {
	for _, tc := range []struct {
		objs []py.Object
		want int64
	}{
		{[]py.Object{py.Int(1), py.Float(1.0), py.True}, 1},
		{[]py.Object{py.Int(0), py.Float(0.0), py.False, py.Float(-0.0)}, 0},
		{[]py.Object{py.Int(-1), py.Float(-1.0)}, -2},
		{[]py.Object{py.Float(1.5)}, 1152921504606846977},
		{[]py.Object{py.Float(-2.25)}, -576460752303423490},
		{[]py.Object{py.Int(1 << 62)}, 2},
		{[]py.Object{py.Tuple{py.Int(1), py.Int(2)}}, -3550055125485641917},
		{[]py.Object{py.Tuple{}}, 5740354900026072187},
	} {
		for _, o := range tc.objs {
			h, err := Hash(o)
			if err != nil || h != tc.want {
				t.Errorf("hash(%v) = %d, %v; want %d", o, h, err, tc.want)
			}
		}
	}
	if _, err := Hash(py.NewList()); err == nil || !strings.Contains(err.Error(), "unhashable type: 'list'") {
		t.Errorf("hash([]) err = %v", err)
	}
}

func TestDictCrossTypeKeys(t *testing.T) {
	d := NewDict()
	must(t, d.SetItem(py.Int(1), py.String("int")))
	must(t, d.SetItem(py.Float(1.0), py.String("float")))
	must(t, d.SetItem(py.True, py.String("bool")))
	if d.Len() != 1 {
		t.Fatalf("len = %d, want 1", d.Len())
	}
	items := d.Items()
	if items[0][0] != py.Object(py.Int(1)) || items[0][1] != py.Object(py.String("bool")) {
		t.Errorf("items = %v, want the first key with the last value", items)
	}
}

func TestDictCollisionsAndOrder(t *testing.T) {
	d := NewDict()
	const n = 200
	for i := 0; i < n; i++ {
		must(t, d.SetItem(&collider{i}, py.Int(i)))
	}
	for i := 0; i < n; i += 2 {
		ok, err := d.DelItem(&collider{i})
		if err != nil || !ok {
			t.Fatalf("del %d: %v %v", i, ok, err)
		}
	}
	if d.Len() != n/2 {
		t.Fatalf("len = %d", d.Len())
	}
	for i := 0; i < n; i++ {
		v, ok, err := d.GetItem(&collider{i})
		if err != nil || ok != (i%2 == 1) || (ok && v != py.Object(py.Int(i))) {
			t.Fatalf("get %d = %v %v %v", i, v, ok, err)
		}
	}
	for j, kv := range d.Items() {
		if kv[0].(*collider).n != 2*j+1 {
			t.Fatalf("order broken at %d: %v", j, kv[0])
		}
	}
}

func TestDictGrowthAndDeleteOrder(t *testing.T) {
	d := NewDict()
	for i := 0; i < 10000; i++ {
		must(t, d.SetItem(py.String(fmt.Sprint("k", i)), py.Int(i)))
	}
	for i := 0; i < 10000; i++ {
		if i%3 != 0 {
			if ok, err := d.DelItem(py.String(fmt.Sprint("k", i))); !ok || err != nil {
				t.Fatal(ok, err)
			}
		}
	}
	must(t, d.SetItem(py.String("k1"), py.Int(-1)))
	items := d.Items()
	if len(items) != 3335 {
		t.Fatalf("len %d", len(items))
	}
	for j := 0; j < 3334; j++ {
		if items[j][1] != py.Object(py.Int(3*j)) {
			t.Fatalf("item %d = %v", j, items[j])
		}
	}
	if items[3334][0] != py.Object(py.String("k1")) {
		t.Fatalf("reinserted key not last: %v", items[3334])
	}
}

func TestDictChangedDuringIteration(t *testing.T) {
	d := NewDict()
	for i := 0; i < 5; i++ {
		must(t, d.SetItem(py.Int(i), py.None))
	}
	it, _ := d.M__iter__()
	if _, err := py.Next(it); err != nil {
		t.Fatal(err)
	}
	if _, err := d.DelItem(py.Int(3)); err != nil {
		t.Fatal(err)
	}
	_, err := py.Next(it)
	if err == nil || !strings.Contains(err.Error(), "dictionary changed size during iteration") {
		t.Fatalf("err = %v", err)
	}
	// replacing a value is not a change
	it, _ = d.M__iter__()
	must(t, d.SetItem(py.Int(0), py.True))
	if _, err := py.Next(it); err != nil {
		t.Fatal(err)
	}
}

func TestSetLayoutMatchesCPython(t *testing.T) {
	s := NewSet()
	for _, i := range []int{5, 3, 9, 1, 100, 7} {
		must(t, s.Add(py.Int(i)))
	}
	got, _ := s.M__repr__()
	// python3 -c 'print({5, 3, 9, 1, 100, 7})'
	if got != py.Object(py.String("{1, 3, 100, 5, 7, 9}")) {
		t.Errorf("repr = %v", got)
	}
	f, err := NewFrozenSet([]py.Object{py.Int(1), py.Float(1), py.True})
	if err != nil || f.Len() != 1 {
		t.Errorf("frozenset len = %d, %v", f.Len(), err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestTupleKeysWithEqualHashes(t *testing.T) {
	// hash(-1) == hash(-2) in CPython, so (-1,) and (-2,) collide.
	d := NewDict()
	s := NewSet()
	for _, k := range []py.Object{py.Tuple{py.Int(-1)}, py.Tuple{py.Int(-2)}, py.Tuple{py.Int(-1)}} {
		must(t, d.SetItem(k, py.True))
		must(t, s.Add(k))
	}
	if d.Len() != 2 || s.Len() != 2 {
		t.Fatalf("len dict %d set %d, want 2 and 2", d.Len(), s.Len())
	}
	if _, ok, err := d.GetItem(py.Tuple{py.Int(-2)}); !ok || err != nil {
		t.Fatalf("(-2,) not found: %v", err)
	}
}

// dictClearer is a key whose __eq__ empties the dict being searched.
type dictClearer struct{ d *Dict }

func (c *dictClearer) Type() *py.Type                { return clearerType }
func (c *dictClearer) M__hash__() (py.Object, error) { return py.Int(1), nil }
func (c *dictClearer) M__eq__(o py.Object) (py.Object, error) {
	c.d.Clear()
	return py.False, nil
}

func TestDictMutatedByEq(t *testing.T) {
	d := NewDict()
	must(t, d.SetItem(py.Int(1), py.None))
	if _, ok, err := d.GetItem(&dictClearer{d}); ok || err != nil {
		t.Fatalf("get = %v, %v", ok, err)
	}
	must(t, d.SetItem(py.Int(1), py.None))
	must(t, d.SetItem(&dictClearer{d}, py.True))
	if d.Len() != 1 {
		t.Fatalf("len %d, want 1 (the new key only)", d.Len())
	}
}

// TestDictSmallAndIndexed runs random insertions, deletions and lookups (by str objects, by
// Go strings and by ints) against a reference, across the size where a table gets its
// index and back (tombstones, compaction).
func TestDictSmallAndIndexed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		d := NewDict()
		var order []string
		ref := map[string]int{}
		keyOf := func(k string) py.Object {
			if k[0] == 'i' {
				n, _ := strconv.Atoi(k[1:])
				return py.Int(n)
			}
			return py.String(k)
		}
		for op := 0; op < 300; op++ {
			var k string
			if rng.IntN(3) == 0 {
				k = "i" + strconv.Itoa(rng.IntN(30))
			} else {
				k = "s" + strconv.Itoa(rng.IntN(30))
			}
			switch rng.IntN(4) {
			case 0, 1:
				if _, ok := ref[k]; !ok {
					order = append(order, k)
				}
				ref[k] = op
				if k[0] == 's' && rng.IntN(2) == 0 {
					must(t, d.SetStr(k, py.Int(op)))
				} else {
					must(t, d.SetItem(keyOf(k), py.Int(op)))
				}
			case 2:
				ok, err := d.DelItem(keyOf(k))
				must(t, err)
				if _, want := ref[k]; ok != want {
					t.Fatalf("del %s: %v, want %v", k, ok, want)
				}
				delete(ref, k)
				for i, o := range order {
					if o == k {
						order = append(order[:i], order[i+1:]...)
						break
					}
				}
			case 3:
				v, ok, err := d.GetItem(keyOf(k))
				if k[0] == 's' && rng.IntN(2) == 0 {
					v, ok, err = d.GetStr(k)
				}
				must(t, err)
				want, wantOK := ref[k]
				if ok != wantOK || (ok && v != py.Int(want)) {
					t.Fatalf("get %s: %v %v, want %v %v", k, v, ok, want, wantOK)
				}
			}
			if d.Len() != len(ref) {
				t.Fatalf("len %d, want %d", d.Len(), len(ref))
			}
		}
		keys := d.Keys()
		if len(keys) != len(order) {
			t.Fatalf("keys %v, want %v", keys, order)
		}
		for i, k := range keys {
			if k != keyOf(order[i]) {
				t.Fatalf("keys %v, want %v", keys, order)
			}
		}
	}
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
