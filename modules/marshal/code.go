package marshal

import (
	"reflect"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// A gopy code object is written as:
//
//	'G' nfields (name value)*  ntables (name bytes)*
//
// the fields being every exported field of py.Code, by name, in declaration order, and the
// tables those of compiler.CodeTables that the code object has. Field values by Go kind:
// integers as ints, strings (bytecode, line numbers table, names) as bytes, []string as
// a tuple of str, []byte as bytes, py.Tuple (the constants) as a tuple whose items may
// also be constants of code that are not data, named ('K' name); a pointer must be nil
// (None). Reading sets the fields it finds by name: a name py.Code does not have, or a
// value of the wrong kind, is bad data.

var (
	codeFieldsOnce sync.Once
	codeFields     []reflect.StructField
	codeFieldIndex map[string]int // index in codeFields by name
)

// fields returns the exported fields of py.Code.
func fields() []reflect.StructField {
	codeFieldsOnce.Do(func() {
		codeFieldIndex = map[string]int{}
		for _, f := range reflect.VisibleFields(reflect.TypeOf(py.Code{})) {
			if f.IsExported() && !f.Anonymous {
				codeFieldIndex[f.Name] = len(codeFields)
				codeFields = append(codeFields, f)
			}
		}
	})
	return codeFields
}

var tupleType = reflect.TypeOf(py.Tuple(nil))

// constName is compiler.ConstName (a variable for the tests).
var constName = compiler.ConstName

// code writes the body of a code object.
func (w *writer) code(c *py.Code) error {
	v := reflect.ValueOf(c).Elem()
	fs := fields()
	w.int32(int32(len(fs)))
	for _, f := range fs {
		if err := w.object(py.String(f.Name)); err != nil {
			return err
		}
		if err := w.field(v.FieldByIndex(f.Index)); err != nil {
			return err
		}
	}
	type table struct {
		name string
		data []byte
	}
	var tables []table
	for _, t := range compiler.CodeTables() {
		if data, ok := t.Get(c); ok {
			tables = append(tables, table{t.Name, data})
		}
	}
	w.int32(int32(len(tables)))
	for _, t := range tables {
		if err := w.object(py.String(t.name)); err != nil {
			return err
		}
		if err := w.bytes(t.data, 0); err != nil {
			return err
		}
	}
	return nil
}

// field writes one field of a code object.
func (w *writer) field(f reflect.Value) error {
	switch {
	case f.Type() == tupleType:
		saved := w.inCode
		w.inCode = true
		err := w.object(f.Interface().(py.Tuple))
		w.inCode = saved
		return err
	case f.CanInt():
		return w.object(py.Int(f.Int()))
	case f.CanUint():
		return w.object(py.Int(f.Uint()))
	case f.Kind() == reflect.String:
		return w.bytes([]byte(f.String()), 0)
	case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
		t := make(py.Tuple, f.Len())
		for i := range t {
			t[i] = py.String(f.Index(i).String())
		}
		return w.object(t)
	case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Uint8:
		return w.bytes(f.Bytes(), 0)
	case f.Kind() == reflect.Pointer && f.IsNil():
		w.out = append(w.out, typeNone)
		return nil
	}
	return unmarshallable()
}

// code reads the body of a code object.
func (r *reader) code() (*py.Code, error) {
	n, err := r.int32()
	if err != nil {
		return nil, err
	}
	if n < 0 || n > int32(len(fields())) {
		return nil, badData("code")
	}
	c := &py.Code{}
	v := reflect.ValueOf(c).Elem()
	for i := int32(0); i < n; i++ {
		name, err := r.object()
		if err != nil {
			return nil, err
		}
		s, ok := name.(py.String)
		if !ok {
			return nil, badData("code")
		}
		i, ok := codeFieldIndex[string(s)]
		if !ok {
			return nil, badData("code field " + string(s))
		}
		if err := r.field(v.FieldByIndex(codeFields[i].Index)); err != nil {
			return nil, err
		}
	}
	ntables, err := r.int32()
	if err != nil {
		return nil, err
	}
	tables := compiler.CodeTables()
	if ntables < 0 || int(ntables) > len(tables) {
		return nil, badData("code")
	}
	for i := int32(0); i < ntables; i++ {
		name, err := r.object()
		if err != nil {
			return nil, err
		}
		data, err := r.object()
		if err != nil {
			return nil, err
		}
		b, ok := data.(py.Bytes)
		if !ok {
			return nil, badData("code")
		}
		found := false
		for _, t := range tables {
			if s, ok := name.(py.String); ok && t.Name == string(s) {
				if err := t.Set(c, b); err != nil {
					return nil, err
				}
				found = true
			}
		}
		if !found {
			return nil, badData("code table")
		}
	}
	return c, nil
}

// field reads one field of a code object into f.
func (r *reader) field(f reflect.Value) error {
	if f.Type() == tupleType {
		saved := r.inCode
		r.inCode = true
		v, err := r.object()
		r.inCode = saved
		if err != nil {
			return err
		}
		t, ok := v.(py.Tuple)
		if !ok {
			return badData("code")
		}
		f.Set(reflect.ValueOf(t))
		return nil
	}
	v, err := r.object()
	if err != nil {
		return err
	}
	switch {
	case f.CanInt():
		i, ok := v.(py.Int)
		if !ok || f.OverflowInt(int64(i)) {
			return badData("code")
		}
		f.SetInt(int64(i))
	case f.CanUint():
		i, ok := v.(py.Int)
		if !ok || i < 0 || f.OverflowUint(uint64(i)) {
			return badData("code")
		}
		f.SetUint(uint64(i))
	case f.Kind() == reflect.String:
		b, ok := v.(py.Bytes)
		if !ok {
			return badData("code")
		}
		f.SetString(string(b))
	case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
		t, ok := v.(py.Tuple)
		if !ok {
			return badData("code")
		}
		names := reflect.MakeSlice(f.Type(), len(t), len(t))
		for i, x := range t {
			s, ok := x.(py.String)
			if !ok {
				return badData("code")
			}
			// Names are interned, as the compiler's are (pickle's memo goes by identity).
			names.Index(i).SetString(compiler.Intern(string(s)))
		}
		f.Set(names)
	case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Uint8:
		b, ok := v.(py.Bytes)
		if !ok {
			return badData("code")
		}
		f.SetBytes(append([]byte(nil), b...))
	case f.Kind() == reflect.Pointer:
		if v != py.None {
			return badData("code")
		}
	default:
		return badData("code")
	}
	return nil
}

// namedConst reads the name of a constant of code that is not data.
func (r *reader) namedConst() (py.Object, error) {
	name, err := r.object()
	if err != nil {
		return nil, err
	}
	s, ok := name.(py.String)
	if !ok {
		return nil, badData("code constant")
	}
	c, ok := compiler.ConstNamed(string(s))
	if !ok {
		return nil, badData("unknown code constant " + string(s))
	}
	return c, nil
}
