package objects

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func TestNamespaceLink(t *testing.T) {
	d := NewDict()
	_ = d.SetItem(py.String("a"), py.Int(1))
	_ = d.SetItem(py.Int(7), py.Int(2)) // not a name: stays out of the namespace
	ns := d.Namespace()
	if len(ns) != 1 || ns["a"] != py.Int(1) {
		t.Fatalf("namespace %v", ns)
	}
	// Changes through the dict are written through.
	_ = d.SetItem(py.String("b"), py.Int(3))
	if _, err := d.DelItem(py.String("a")); err != nil {
		t.Fatal(err)
	}
	if _, ok := ns["a"]; ok || ns["b"] != py.Int(3) {
		t.Fatalf("write-through: %v", ns)
	}
	// Changes made by code are pulled on the next read, new names in store order.
	ns["z"], ns["y"], ns["b"] = py.Int(4), py.Int(5), py.Int(6)
	d.Pull([]string{"y", "z"})
	var keys []py.Object
	for _, kv := range d.Items() {
		keys = append(keys, kv[0])
	}
	want := []py.Object{py.Int(7), py.String("b"), py.String("y"), py.String("z")}
	if len(keys) != len(want) {
		t.Fatalf("keys %v, want %v", keys, want)
	}
	for i := range want {
		if keys[i] != want[i] {
			t.Fatalf("keys %v, want %v", keys, want)
		}
	}
	if v, _, _ := d.GetItem(py.String("b")); v != py.Int(6) {
		t.Fatalf("b = %v", v)
	}
	delete(ns, "y")
	if d.Len() != 3 {
		t.Fatalf("len %d after the code deleted a name", d.Len())
	}
	d.Clear()
	if len(ns) != 0 {
		t.Fatalf("clear left %v", ns)
	}
}
