package interp

import (
	"fmt"
	"math"
	"math/big"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
)

// Conversions between Go and Python values, for Call's arguments and results.
//
//	Go                                     Python
//	nil                                    None
//	bool                                   bool
//	int, int8...int64, uint...uint64       int (any size: a uint64 above 2**63 too)
//	*big.Int                               int
//	float32, float64                       float
//	string                                 str
//	[]byte                                 bytes (a copy)
//	slices and arrays of other types       list
//	maps                                   dict (keys converted too)
//	py.Object                              itself
//	Opaque(v)                              a gopy.GoValue holding v, unchanged
//
// ToGo goes the other way: None nil, bool bool, int int64 (*big.Int when it does not fit),
// float float64, str string, bytes and bytearray []byte (a copy), list and tuple []any,
// set and frozenset []any (in iteration order), dict map[string]any when every key is a
// str and map[any]any otherwise (a key that is a tuple cannot be a Go map key: an error),
// gopy.GoValue the Go value it holds.

// GoValueType is the Python type of the Go values a host passes through Python opaquely
// (Opaque): gopy.GoValue. Python code can hold, store and pass them back, not look inside.
var GoValueType = py.NewType("GoValue", "A Go value handed to Python by the embedding program.")

// goValue is an instance of GoValueType.
type goValue struct{ v any }

// Type returns gopy.GoValue.
func (g *goValue) Type() *py.Type { return GoValueType }

// M__repr__ names the Go type.
func (g *goValue) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<gopy.GoValue of Go type %T>", g.v)), nil
}

// Opaque wraps a Go value of the host's own so that it passes through Python unchanged: the
// script sees a gopy.GoValue it can store and hand back (to a host module's function, or as
// Call's result), and ToGo returns v itself.
func Opaque(v any) py.Object { return &goValue{v: v} }

// FromGo converts a Go value into a Python object (see the table above). A value of a type
// it does not know is a TypeError: wrap it with Opaque.
func FromGo(v any) (py.Object, error) {
	switch x := v.(type) {
	case nil:
		return py.None, nil
	case py.Object:
		return x, nil
	case bool:
		return py.NewBool(x), nil
	case int:
		return py.Int(x), nil
	case int8:
		return py.Int(x), nil
	case int16:
		return py.Int(x), nil
	case int32:
		return py.Int(x), nil
	case int64:
		return py.Int(x), nil
	case uint8:
		return py.Int(x), nil
	case uint16:
		return py.Int(x), nil
	case uint32:
		return py.Int(x), nil
	case uint:
		return fromUint64(uint64(x)), nil
	case uint64:
		return fromUint64(x), nil
	case *big.Int:
		if x == nil {
			return py.None, nil
		}
		return (*py.BigInt)(new(big.Int).Set(x)).MaybeInt(), nil
	case float32:
		return py.Float(x), nil
	case float64:
		return py.Float(x), nil
	case string:
		return py.String(x), nil
	case []byte:
		return py.Bytes(append([]byte{}, x...)), nil
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return py.None, nil
		}
		items := make([]py.Object, rv.Len())
		for i := range items {
			o, err := FromGo(rv.Index(i).Interface())
			if err != nil {
				return nil, err
			}
			items[i] = o
		}
		return py.NewListFromItems(items), nil
	case reflect.Map:
		if rv.IsNil() {
			return py.None, nil
		}
		d := objects.NewDict()
		iter := rv.MapRange()
		for iter.Next() {
			k, err := FromGo(iter.Key().Interface())
			if err != nil {
				return nil, err
			}
			val, err := FromGo(iter.Value().Interface())
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(k, val); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "cannot convert Go value of type %T to Python (wrap it with interp.Opaque)", v)
}

func fromUint64(u uint64) py.Object {
	if u <= math.MaxInt64 {
		return py.Int(u)
	}
	return (*py.BigInt)(new(big.Int).SetUint64(u))
}

// ToGo converts a Python object into a Go value (see the table above). An object of another
// type is a TypeError.
func ToGo(o py.Object) (any, error) {
	switch x := o.(type) {
	case nil:
		return nil, nil
	case py.NoneType:
		return nil, nil
	case py.Bool:
		return bool(x), nil
	case py.Int:
		return int64(x), nil
	case *py.BigInt:
		if i, err := x.GoInt64(); err == nil {
			return i, nil
		}
		return new(big.Int).Set((*big.Int)(x)), nil
	case py.Float:
		return float64(x), nil
	case py.String:
		return string(x), nil
	case py.Bytes:
		return append([]byte{}, x...), nil
	case *objects.ByteArray:
		return append([]byte{}, x.Bytes()...), nil
	case *py.List:
		return toGoSlice(x.Items)
	case py.Tuple:
		return toGoSlice(x)
	case *objects.Set:
		return toGoSlice(x.Items())
	case *objects.FrozenSet:
		return toGoSlice(x.Items())
	case *objects.Dict:
		return toGoMap(x.Items())
	case py.StringDict:
		out := make(map[string]any, len(x))
		for k, v := range x {
			g, err := ToGo(v)
			if err != nil {
				return nil, err
			}
			out[k] = g
		}
		return out, nil
	case *goValue:
		return x.v, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "cannot convert Python '%s' object to a Go value", o.Type().Name)
}

func toGoSlice(items []py.Object) ([]any, error) {
	out := make([]any, len(items))
	for i, it := range items {
		g, err := ToGo(it)
		if err != nil {
			return nil, err
		}
		out[i] = g
	}
	return out, nil
}

// toGoMap converts a dict's items: map[string]any when every key is a str.
func toGoMap(items [][2]py.Object) (any, error) {
	allStr := true
	for _, kv := range items {
		if _, ok := kv[0].(py.String); !ok {
			allStr = false
			break
		}
	}
	if allStr {
		out := make(map[string]any, len(items))
		for _, kv := range items {
			v, err := ToGo(kv[1])
			if err != nil {
				return nil, err
			}
			out[string(kv[0].(py.String))] = v
		}
		return out, nil
	}
	out := make(map[any]any, len(items))
	for _, kv := range items {
		k, err := ToGo(kv[0])
		if err != nil {
			return nil, err
		}
		if k != nil && !reflect.TypeOf(k).Comparable() {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert a dict with a '%s' key to a Go map", kv[0].Type().Name)
		}
		if _, ok := k.(*big.Int); ok {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert a dict with an int key beyond 64 bits to a Go map")
		}
		v, err := ToGo(kv[1])
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, nil
}

// Cancelled is the exception a script gets when the context.Context of the Exec, Eval or
// Call running it is cancelled (or its deadline passes): gopy.Cancelled, a subclass of
// BaseException (not Exception, so that `except Exception:` lets it through, as
// KeyboardInterrupt), with the context's error text as its message ("context canceled",
// "context deadline exceeded"). The script may catch it (`from gopy import Cancelled`) to
// clean up; uncaught, it reaches the host as an *Error that unwraps to ctx.Err().
var Cancelled = classes.NewException(py.BaseException, "Cancelled", "The embedding program's context was cancelled.")

// The module gopy: what the embedding API shows Python code.
func init() {
	Cancelled.Dict["__module__"] = py.String("gopy")
	GoValueType.Dict["__module__"] = py.String("gopy")
	builtins.Ready(Cancelled)
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "gopy", Doc: "What gopy's embedding API shows Python code."},
		Globals: py.StringDict{
			"Cancelled": Cancelled,
			"GoValue":   GoValueType,
		},
	})
}
