package json

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
)

// EncoderType is the type of _json.make_encoder's result (CPython's _json.Encoder): the
// encoding options of one JSONEncoder.iterencode call, called with (obj, indent_level).
var EncoderType = py.NewType("Encoder", "JSON encoder object")

// Encoder holds the options of a JSONEncoder.
//
// A call returns a list of chunks. In mode 0 (CPython's C encoder: JSONEncoder.encode
// without indent) the list holds the whole document. Elsewhere CPython runs its Python
// encoder (_make_iterencode), whose errors have other messages: mode 1 (encode with an
// indent) still returns one chunk, mode 2 (iterencode, dump) returns the chunks that
// generator would yield, cut in the same places.
type Encoder struct {
	ctx       py.Context
	circular  bool      // check for circular references (markers is not None)
	deflt     py.Object // default(o) for objects JSON has no form for
	strFn     py.Object // the string encoder when it is not one of ours, else nil
	ascii     bool      // our string encoder escapes non-ASCII characters
	indent    string
	hasIndent bool
	keySep    string
	itemSep   string
	sortKeys  bool
	skipKeys  bool
	allowNaN  bool
	pyErrors  bool // errors as CPython's Python encoder words them
	chunked   bool // cut the output where CPython's Python encoder yields
}

// Type returns _json.Encoder.
func (e *Encoder) Type() *py.Type { return EncoderType }

// makeEncoder is _json.make_encoder(markers, default, encoder, indent, key_separator,
// item_separator, sort_keys, skipkeys, allow_nan, mode=0).
func makeEncoder(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var markers, deflt, strFn, indent, keySep, itemSep, sortKeys, skipKeys, allowNaN py.Object
	var mode py.Object = py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "OOOOOOOOO|O:make_encoder",
		[]string{"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan", "mode"},
		&markers, &deflt, &strFn, &indent, &keySep, &itemSep, &sortKeys, &skipKeys, &allowNaN, &mode); err != nil {
		return nil, err
	}
	m, err := py.IndexInt(mode)
	if err != nil {
		return nil, err
	}
	e := &Encoder{ctx: self.(*py.Module).Context, deflt: deflt, pyErrors: m > 0, chunked: m > 1}
	for _, sep := range []struct {
		dst *string
		src py.Object
		n   int
	}{{&e.keySep, keySep, 5}, {&e.itemSep, itemSep, 6}} {
		s, ok := classes.NativeOf(sep.src).(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "make_encoder() argument %d must be str, not %s", sep.n, classes.TypeOf(sep.src).Name)
		}
		*sep.dst = string(s)
	}
	if markers != py.None {
		if _, ok := classes.NativeOf(markers).(*objects.Dict); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "make_encoder() argument 1 must be dict or None, not %s", markers.Type().Name)
		}
		e.circular = true
	}
	switch {
	case isOwn(strFn, encodeASCIIMethod.Name):
		e.ascii = true
	case isOwn(strFn, encodeUnicodeMethod.Name):
	default:
		e.strFn = strFn
	}
	if indent != py.None {
		s, ok := classes.NativeOf(indent).(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "make_encoder() argument 4 must be str or None, not %s", indent.Type().Name)
		}
		e.indent, e.hasIndent = string(s), true
	}
	for _, f := range []struct {
		dst *bool
		src py.Object
	}{{&e.sortKeys, sortKeys}, {&e.skipKeys, skipKeys}, {&e.allowNaN, allowNaN}} {
		b, err := py.MakeBool(f.src)
		if err != nil {
			return nil, err
		}
		*f.dst = b == py.True
	}
	return e, nil
}

// M__call__ encodes obj: encoder(obj, indent_level).
func (e *Encoder) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, level py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO:_iterencode", []string{"obj", "_current_indent_level"}, &obj, &level); err != nil {
		return nil, err
	}
	n, err := py.IndexInt(level)
	if err != nil {
		return nil, err
	}
	st := &encodeState{Encoder: e, level: n, nesting: nesting{thread: gil.Current(e.ctx)}}
	if e.circular {
		st.markers = map[any]struct{}{}
	}
	if err := st.value(obj); err != nil {
		return nil, err
	}
	if !e.chunked {
		// The buffer is not used again: the str can share its bytes.
		return py.NewListFromItems([]py.Object{py.String(unsafe.String(unsafe.SliceData(st.buf), len(st.buf)))}), nil
	}
	return py.NewListFromItems(st.chunks), nil
}

// encodeState is one run of an Encoder.
type encodeState struct {
	*Encoder
	buf     []byte
	mark    int         // start of the chunk being written (chunked mode)
	chunks  []py.Object // chunks done (chunked mode)
	markers map[any]struct{}
	level   int
	nesting
}

// cut ends a chunk where CPython's _make_iterencode yields one.
func (st *encodeState) cut() {
	if st.chunked {
		st.chunks = append(st.chunks, py.String(st.buf[st.mark:]))
		st.mark = len(st.buf)
	}
}

// emit writes s as a chunk of its own.
func (st *encodeState) emit(s string) {
	st.buf = append(st.buf, s...)
	st.cut()
}

// enter counts one more level of nesting against the recursion limit.
func (st *encodeState) enter() error {
	if st.pyErrors {
		return st.nesting.enter("maximum recursion depth exceeded")
	}
	return st.nesting.enter("maximum recursion depth exceeded while encoding a JSON object")
}

// scalar writes obj if it is a str, None, bool, int or float (or a subclass of one) and
// reports whether it was.
func (st *encodeState) scalar(obj py.Object) (bool, error) {
	switch v := obj.(type) {
	case py.String:
		return true, st.str(v)
	case py.NoneType:
		st.buf = append(st.buf, "null"...)
		return true, nil
	case py.Bool:
		if v {
			st.buf = append(st.buf, "true"...)
		} else {
			st.buf = append(st.buf, "false"...)
		}
		return true, nil
	case py.Int:
		st.buf = strconv.AppendInt(st.buf, int64(v), 10)
		return true, nil
	case py.Float:
		return true, st.float(float64(v))
	case *py.BigInt:
		st.buf = (*big.Int)(v).Append(st.buf, 10)
		return true, nil
	case *py.List, py.Tuple, *objects.Dict:
		return false, nil
	}
	if n := wrapped(obj); n != nil {
		switch n.(type) {
		case py.String, py.Int, *py.BigInt, py.Float:
			return st.scalar(n)
		}
	}
	return false, nil
}

// value writes any object, as _iterencode(o) does.
func (st *encodeState) value(obj py.Object) error {
	if ok, err := st.scalar(obj); ok || err != nil {
		if err == nil {
			st.cut()
		}
		return err
	}
	if items, ok, err := sequenceItems(obj); ok || err != nil {
		if err != nil {
			return err
		}
		return st.list(obj, items)
	}
	if ok, err := st.dictValue(obj); ok || err != nil {
		return err
	}
	return st.other(obj)
}

// other writes what default(obj) makes of an object JSON has no form for.
func (st *encodeState) other(obj py.Object) error {
	var id any
	if st.circular {
		id = identity(obj)
		if _, seen := st.markers[id]; seen {
			return py.ExceptionNewf(py.ValueError, "Circular reference detected")
		}
		st.markers[id] = struct{}{}
	}
	repl, err := py.Call(st.deflt, py.Tuple{obj}, nil)
	if err != nil {
		return err
	}
	if err := st.enter(); err != nil {
		return err
	}
	err = st.value(repl)
	st.leave()
	if err != nil {
		return err
	}
	if st.circular {
		delete(st.markers, id)
	}
	return nil
}

// sequenceItems returns the items of a list or tuple (or a subclass of one).
func sequenceItems(obj py.Object) (py.Tuple, bool, error) {
	switch v := obj.(type) {
	case *py.List:
		return v.Items, true, nil
	case py.Tuple:
		return v, true, nil
	case *objects.Dict, py.StringDict, py.String, py.Bytes:
		return nil, false, nil
	}
	switch v := wrapped(obj).(type) {
	case *py.List:
		return v.Items, true, nil
	case py.Tuple:
		return v, true, nil
	}
	if ok, err := classes.IsInstance(obj, py.TupleType); !ok || err != nil {
		return nil, false, err
	}
	// A tuple type of Go's own (a struct sequence): its items by iteration.
	t, err := py.SequenceTuple(obj)
	return t, true, err
}

// identity returns a comparable key that identifies obj, as id(obj) does.
func identity(obj py.Object) any {
	switch v := obj.(type) {
	case *py.List, *objects.Dict:
		return v
	case py.Tuple:
		if len(v) > 0 {
			return &v[0]
		}
	}
	if i := classes.AsInstance(obj); i != nil {
		return i
	}
	return classes.ID(obj)
}

// markEnter records a container being written, for the circular reference check.
func (st *encodeState) markEnter(obj py.Object) (any, error) {
	if !st.circular {
		return nil, nil
	}
	id := identity(obj)
	if _, seen := st.markers[id]; seen {
		return 0, py.ExceptionNewf(py.ValueError, "Circular reference detected")
	}
	st.markers[id] = struct{}{}
	return id, nil
}

func (st *encodeState) markLeave(id any) {
	if st.circular {
		delete(st.markers, id)
	}
}

// newline writes a newline and the indentation of the current level.
func (st *encodeState) newline() {
	st.buf = append(st.buf, '\n')
	for i := 0; i < st.level; i++ {
		st.buf = append(st.buf, st.indent...)
	}
}

// list writes a JSON array, as _iterencode_list.
func (st *encodeState) list(obj py.Object, items py.Tuple) error {
	if len(items) == 0 {
		st.emit("[]")
		return nil
	}
	id, err := st.markEnter(obj)
	if err != nil {
		return err
	}
	if err := st.enter(); err != nil {
		return err
	}
	defer st.leave()
	st.buf = append(st.buf, '[')
	if st.hasIndent {
		st.level++
		st.newline()
	}
	for i, item := range items {
		if i > 0 {
			st.buf = append(st.buf, st.itemSep...)
			if st.hasIndent {
				st.newline()
			}
		}
		if ok, err := st.scalar(item); ok || err != nil {
			if err != nil {
				return err
			}
			st.cut()
			continue
		}
		st.cut()
		if err := st.value(item); err != nil {
			return err
		}
	}
	st.close("]", id)
	return nil
}

// close ends an array or object: the newline and indentation of the enclosing level when
// indenting, then the bracket.
func (st *encodeState) close(bracket string, id any) {
	if st.hasIndent {
		st.level--
		st.newline()
		st.cut()
	}
	st.emit(bracket)
	st.markLeave(id)
}

// dictValue writes obj if it is a dict (or a subclass of one) and reports whether it was.
func (st *encodeState) dictValue(obj py.Object) (bool, error) {
	var pairs [][2]py.Object
	switch v := obj.(type) {
	case *objects.Dict:
		if v.Len() == 0 {
			st.emit("{}")
			return true, nil
		}
		pairs = v.Items()
	case py.StringDict:
		if len(v) == 0 {
			st.emit("{}")
			return true, nil
		}
		names := make([]string, 0, len(v))
		for k := range v {
			names = append(names, k)
		}
		sort.Strings(names) // a StringDict has lost its insertion order
		for _, k := range names {
			pairs = append(pairs, [2]py.Object{py.String(k), v[k]})
		}
	default:
		d, ok := wrapped(obj).(*objects.Dict)
		if !ok {
			return false, nil
		}
		if d.Len() == 0 {
			st.emit("{}")
			return true, nil
		}
		// A subclass of dict is asked for its items(), which it may override.
		var err error
		if pairs, err = itemsOf(obj); err != nil {
			return true, err
		}
	}
	return true, st.dict(obj, pairs)
}

// itemsOf returns the pairs obj.items() gives.
func itemsOf(obj py.Object) ([][2]py.Object, error) {
	m, err := py.GetAttrString(obj, "items")
	if err != nil {
		return nil, err
	}
	items, err := py.Call(m, nil, nil)
	if err != nil {
		return nil, err
	}
	var pairs [][2]py.Object
	err = py.Iterate(items, func(item py.Object) bool {
		t, ok := item.(py.Tuple)
		if !ok || len(t) != 2 {
			err = py.ExceptionNewf(py.ValueError, "items must return 2-tuples")
			return true
		}
		pairs = append(pairs, [2]py.Object{t[0], t[1]})
		return false
	})
	return pairs, err
}

// sortPairs sorts (key, value) pairs as sorted(d.items()) does: through list.sort, so that
// keys that cannot be ordered raise CPython's TypeError.
func sortPairs(pairs [][2]py.Object) error {
	items := make([]py.Object, len(pairs))
	for i, p := range pairs {
		items[i] = py.Tuple{p[0], p[1]}
	}
	l := py.NewListFromItems(items)
	sort, err := py.GetAttrString(l, "sort")
	if err != nil {
		return err
	}
	if _, err := py.Call(sort, nil, nil); err != nil {
		return err
	}
	for i, it := range l.Items {
		t := it.(py.Tuple)
		pairs[i] = [2]py.Object{t[0], t[1]}
	}
	return nil
}

// isKeyType reports whether k can be a key of a JSON object: a str, int, float, bool or
// None (or a subclass of one).
func isKeyType(k py.Object) bool {
	switch classes.NativeOf(k).(type) {
	case py.String, py.Float, py.Bool, py.NoneType, py.Int, *py.BigInt:
		return true
	}
	return false
}

// key writes a dict key as a JSON string: numbers, booleans and None by their JSON text.
func (st *encodeState) key(k py.Object) error {
	switch v := classes.NativeOf(k).(type) {
	case py.String:
		return st.str(v)
	case py.Float:
		mark := len(st.buf)
		if err := st.float(float64(v)); err != nil {
			return err
		}
		s := string(st.buf[mark:])
		st.buf = st.buf[:mark]
		return st.str(py.String(s))
	case py.Bool:
		if v {
			return st.str("true")
		}
		return st.str("false")
	case py.NoneType:
		return st.str("null")
	case py.Int:
		return st.str(py.String(strconv.FormatInt(int64(v), 10)))
	case *py.BigInt:
		return st.str(py.String((*big.Int)(v).String()))
	}
	return py.ExceptionNewf(py.TypeError, "keys must be str, int, float, bool or None, not %s", classes.TypeOf(k).Name)
}

// dict writes a JSON object, as _iterencode_dict.
func (st *encodeState) dict(obj py.Object, pairs [][2]py.Object) error {
	id, err := st.markEnter(obj)
	if err != nil {
		return err
	}
	if err := st.enter(); err != nil {
		return err
	}
	defer st.leave()
	st.emit("{")
	if st.hasIndent {
		st.level++
		st.newline()
		st.cut()
	}
	if st.sortKeys {
		if err := sortPairs(pairs); err != nil {
			return err
		}
	}
	first := true
	for _, p := range pairs {
		if st.skipKeys && !isKeyType(p[0]) {
			continue
		}
		if !first {
			st.buf = append(st.buf, st.itemSep...)
			if st.hasIndent {
				st.newline()
			}
			st.cut()
		}
		first = false
		if err := st.key(p[0]); err != nil {
			return err
		}
		st.cut()
		st.emit(st.keySep)
		if err := st.value(p[1]); err != nil {
			return err
		}
	}
	st.close("}", id)
	return nil
}

// float writes a float as float.__repr__ does, NaN and the infinities as JavaScript's names.
func (st *encodeState) float(f float64) error {
	var text string
	switch {
	case math.IsNaN(f):
		text = "NaN"
	case math.IsInf(f, 1):
		text = "Infinity"
	case math.IsInf(f, -1):
		text = "-Infinity"
	default:
		st.buf = appendFloatRepr(st.buf, f)
		return nil
	}
	if !st.allowNaN {
		if st.pyErrors {
			return py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant: %s", objects.FloatRepr(f))
		}
		return py.ExceptionNewf(py.ValueError, "Out of range float values are not JSON compliant")
	}
	st.buf = append(st.buf, text...)
	return nil
}

// appendFloatRepr appends repr(f) for a finite f: the shortest digits that round-trip, in
// fixed notation for magnitudes in [1e-4, 1e16) and scientific notation otherwise.
func appendFloatRepr(buf []byte, f float64) []byte {
	if a := math.Abs(f); a == 0 || (a >= 1e-4 && a < 1e16) {
		mark := len(buf)
		buf = strconv.AppendFloat(buf, f, 'f', -1, 64)
		for _, c := range buf[mark:] {
			if c == '.' {
				return buf
			}
		}
		return append(buf, '.', '0')
	}
	return strconv.AppendFloat(buf, f, 'e', -1, 64)
}

// str writes a JSON string with the encoder's string function.
func (st *encodeState) str(s py.String) error {
	if st.strFn == nil {
		if st.ascii {
			st.buf = appendQuotedASCII(st.buf, string(s))
		} else {
			st.buf = appendQuoted(st.buf, string(s))
		}
		return nil
	}
	r, err := py.Call(st.strFn, py.Tuple{s}, nil)
	if err != nil {
		return err
	}
	out, ok := classes.NativeOf(r).(py.String)
	if !ok {
		if st.pyErrors {
			return py.ExceptionNewf(py.TypeError, "can only concatenate str (not \"%s\") to str", r.Type().Name)
		}
		return py.ExceptionNewf(py.TypeError, "encoder() must return a string, not %s", r.Type().Name)
	}
	st.buf = append(st.buf, out...)
	return nil
}

// isOwn reports whether fn is _json's function called name (each module instance has its
// own copy of its functions).
func isOwn(fn py.Object, name string) bool {
	m, ok := fn.(*py.Method)
	return ok && m.Name == name && m.Module != nil && m.Module.Globals["__name__"] == py.String("_json")
}

// wrapped returns the builtin value an instance of a subclass of a builtin type carries, or
// nil.
func wrapped(obj py.Object) py.Object {
	if i := classes.AsInstance(obj); i != nil {
		return i.Native
	}
	return nil
}

func recursionError() *py.Type {
	if t, ok := py.GetModuleImpl("builtins").Globals["RecursionError"].(*py.Type); ok {
		return t
	}
	return py.RuntimeError
}
