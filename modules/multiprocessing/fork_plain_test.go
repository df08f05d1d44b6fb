package multiprocessing

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// The compact form gives back the container it was made from, each item of its type.
func TestPlainRoundTrip(t *testing.T) {
	items := make([]py.Object, 0, 2*plainMinItems)
	for i := 0; i < plainMinItems; i++ {
		items = append(items, py.Int(i*1e12-7), py.String("é"+string(rune('a'+i%26))))
	}
	items = append(items, py.None, py.True, py.False, py.Float(-0.5), py.Bytes{0, 1}, py.Int(-1<<63))
	list := &py.List{Items: items}
	kind, got, ok := plainItems(list)
	if !ok || kind != plainList {
		t.Fatalf("plainItems(list) = %c, %v", kind, ok)
	}
	back, err := decodePlain(encodePlain(kind, got))
	if err != nil {
		t.Fatal(err)
	}
	l, ok := back.(*py.List)
	if !ok || len(l.Items) != len(items) {
		t.Fatalf("decoded %#v", back)
	}
	for i, it := range items {
		if l.Items[i].Type() != it.Type() || it.Type() != py.BytesType && l.Items[i] != it {
			t.Fatalf("item %d: %#v, want %#v", i, l.Items[i], it)
		}
	}
	d := objects.NewDict()
	for i := 0; i < plainMinItems; i++ {
		_ = d.SetItem(py.Int(i), py.Float(i))
	}
	kind, got, ok = plainItems(d)
	if !ok || kind != plainDict {
		t.Fatalf("plainItems(dict) = %c, %v", kind, ok)
	}
	back, err = decodePlain(encodePlain(kind, got))
	if err != nil {
		t.Fatal(err)
	}
	if bd, ok := back.(*objects.Dict); !ok || bd.Len() != plainMinItems {
		t.Fatalf("decoded %#v", back)
	}
}

// A container holding anything but plain values, or a small one, keeps pickle's form.
func TestPlainRefused(t *testing.T) {
	items := make([]py.Object, plainMinItems)
	for i := range items {
		items[i] = py.Int(i)
	}
	if _, _, ok := plainItems(py.Tuple(items[:plainMinItems-1])); ok {
		t.Error("a small tuple was encoded")
	}
	items[3] = py.NewList()
	if _, _, ok := plainItems(py.Tuple(items)); ok {
		t.Error("a tuple holding a list was encoded")
	}
}

// A malformed compact form is a ValueError, never a panic or a huge allocation.
func FuzzDecodePlain(f *testing.F) {
	items := make([]py.Object, plainMinItems)
	for i := range items {
		items[i] = py.String("x")
	}
	f.Add([]byte(encodePlain(plainList, items)))
	f.Add([]byte("l\xff\xff\xff\xff\x0f"))
	f.Add([]byte("d\x01i\x02"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := decodePlain(data); err != nil {
			if _, ok := err.(*py.Exception); !ok {
				t.Fatalf("error %T: %v", err, err)
			}
		}
	})
}

func BenchmarkDecodePlainInts(b *testing.B) {
	items := make([]py.Object, 1000000)
	for i := range items {
		items[i] = py.Int(i)
	}
	data := encodePlain(plainList, items)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := decodePlain(data); err != nil {
			b.Fatal(err)
		}
	}
}
