package objects

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

func TestSetGrowthAndDeletes(t *testing.T) {
	s := NewSet()
	for i := 0; i < 5000; i++ {
		must(t, s.Add(py.Int(i*7919%5000)))
	}
	if s.Len() != 5000 {
		t.Fatalf("len %d", s.Len())
	}
	for i := 0; i < 5000; i += 2 {
		if ok, err := s.t.discard(py.Int(i)); !ok || err != nil {
			t.Fatalf("discard %d: %v %v", i, ok, err)
		}
	}
	for i := 0; i < 5000; i++ {
		in, err := s.Contains(py.Int(i))
		if err != nil || in != (i%2 == 1) {
			t.Fatalf("contains %d = %v %v", i, in, err)
		}
	}
	// Re-adding reuses dummy slots and keeps every member findable.
	for i := 0; i < 5000; i += 2 {
		must(t, s.Add(py.Float(i)))
	}
	if s.Len() != 5000 {
		t.Fatalf("len after re-add %d", s.Len())
	}
}

func TestSetCollisions(t *testing.T) {
	s := NewSet()
	for i := 0; i < 100; i++ {
		must(t, s.Add(&collider{i}))
	}
	must(t, s.Add(&collider{5}))
	if s.Len() != 100 {
		t.Fatalf("len %d, want 100", s.Len())
	}
	if ok, _ := s.t.discard(&collider{50}); !ok {
		t.Fatal("discard of a colliding member failed")
	}
	if in, _ := s.Contains(&collider{99}); !in {
		t.Fatal("member after a deleted collision not found")
	}
}

func TestSetChangedDuringIteration(t *testing.T) {
	s := NewSet()
	for i := 0; i < 4; i++ {
		must(t, s.Add(py.Int(i)))
	}
	it, _ := s.M__iter__()
	if _, err := py.Next(it); err != nil {
		t.Fatal(err)
	}
	must(t, s.Add(py.Int(10)))
	_, err := py.Next(it)
	if err == nil || !strings.Contains(err.Error(), "Set changed size during iteration") {
		t.Fatalf("err = %v", err)
	}
}

func TestSetPopOrder(t *testing.T) {
	s := NewSet()
	for _, i := range []int{3, 1, 2} {
		must(t, s.Add(py.Int(i)))
	}
	var got []py.Object
	for s.Len() > 0 {
		got = append(got, s.t.pop())
	}
	// python3 -c 's = {3, 1, 2}; print([s.pop() for _ in range(3)])'
	want := []py.Object{py.Int(1), py.Int(2), py.Int(3)}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("pop order %v, want %v", got, want)
		}
	}
	if s.t.pop() != nil {
		t.Fatal("pop from empty set returned a value")
	}
}

func TestUnhashableMembers(t *testing.T) {
	for _, x := range []py.Object{py.NewList(), NewDict(), NewSet(), py.Tuple{py.NewList()}} {
		err := NewSet().Add(x)
		if err == nil || !strings.Contains(err.Error(), "unhashable type") {
			t.Errorf("Add(%s) err = %v", x.Type().Name, err)
		}
	}
	if _, err := NewFrozenSet([]py.Object{py.NewList()}); err == nil {
		t.Error("NewFrozenSet with a list succeeded")
	}
}

// clearer is a key whose __eq__ empties the set being searched.
type clearer struct{ s *Set }

var clearerType = py.NewType("clearer", "")

func (c *clearer) Type() *py.Type                { return clearerType }
func (c *clearer) M__hash__() (py.Object, error) { return py.Int(1), nil }
func (c *clearer) M__eq__(o py.Object) (py.Object, error) {
	c.s.t.clear()
	return py.False, nil
}

func TestSetMutatedByEq(t *testing.T) {
	s := NewSet()
	must(t, s.Add(py.Int(1)))
	// Looking up a key with the same hash calls __eq__, which clears the set: no panic.
	if in, err := s.Contains(&clearer{s}); err != nil || in {
		t.Fatalf("contains = %v, %v", in, err)
	}
	must(t, s.Add(py.Int(1)))
	if err := s.Add(&clearer{s}); err != nil {
		t.Fatal(err)
	}
}
