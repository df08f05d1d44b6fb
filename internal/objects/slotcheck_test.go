package objects

import (
	"reflect"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// slotGo answers what finding the Go method by name with reflect answers: a method of that
// name taking the operator's arguments (__pow__: one or two) and returning two values.
func TestSlotGoIsTheMethodByName(t *testing.T) {
	samples := map[*py.Type]py.Object{py.IntType: py.Int(0), py.FloatType: py.Float(0),
		py.ComplexType: py.Complex(0), py.StringType: py.String(""), py.BytesType: py.Bytes{},
		py.ListType: py.NewList(), py.TupleType: py.Tuple{}, DictType: NewDict(), SetType: NewSet(),
		FrozenSetType: &FrozenSet{}, ByteArrayType: &ByteArray{}, py.RangeType: &py.Range{},
		py.BigIntType: (*py.BigInt)(nil), py.BoolType: py.True}
	names := map[string]bool{"__divmod__": true, "__rdivmod__": true}
	for _, list := range slotNames {
		for _, name := range strings.Fields(list) {
			names[name] = true
		}
	}
	if len(samples) < len(slotNames) {
		t.Fatal("a type of slotNames has no sample here")
	}
	for typ, sample := range samples {
		for name := range names {
			m := reflect.ValueOf(sample).MethodByName("M" + name)
			want := m.IsValid() && m.Type().NumOut() == 2 &&
				(m.Type().NumIn() == slotArgs(name) || name == "__pow__" && m.Type().NumIn() == 2)
			op, known := slotGo[name]
			if got := known && op.has(sample); got != want {
				t.Errorf("%s.%s: slotGo says %v, reflect %v", typ.Name, name, got, want)
			}
		}
	}
}
