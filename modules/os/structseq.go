package os

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
)

// seqType describes a struct sequence type (CPython's structseq: os.stat_result,
// os.terminal_size, posix.uname_result ...): a tuple of nSeq visible items, with further
// fields reached only by name.
type seqType struct {
	typ      *py.Type
	fullName string         // "os.stat_result", as repr and messages print it
	names    []string       // every field by index (visible ones first); "" for none
	reprs    []string       // the name repr prints for each visible field
	attrs    map[string]int // attribute name -> index
	nSeq     int
	nUnnamed int
	// fill, when set, completes the fields a constructor left None.
	fill func(v []py.Object)
}

// StructSeq is an instance of a struct sequence type.
type StructSeq struct {
	st *seqType
	v  []py.Object
}

// Type returns the struct sequence's type.
func (s *StructSeq) Type() *py.Type { return s.st.typ }

// seqTypes maps each struct sequence type to its description.
var seqTypes = map[*py.Type]*seqType{}

// newSeqType makes a struct sequence type module.name. fields lists every field's
// attribute name (visible ones first); reprs gives the names repr prints for the nSeq
// visible fields (nil: the attribute names); unnamed visible fields have "" in fields.
func newSeqType(module, name, doc string, fields []string, nSeq int, reprs []string) *seqType {
	st := &seqType{fullName: module + "." + name, names: fields, nSeq: nSeq, attrs: map[string]int{}}
	if module == "builtins" {
		st.fullName = name // a type CPython makes without a module (sys.asyncgen_hooks)
	}
	if reprs == nil {
		reprs = fields[:nSeq]
	}
	st.reprs = reprs
	st.typ = py.NewTypeX(name, doc, st.new, nil)
	st.typ.Base = py.TupleType // isinstance(x, tuple), as structseq subclasses tuple
	d := st.typ.Dict
	d["__module__"] = py.String(module)
	d["__qualname__"] = py.String(name)
	for i, f := range fields {
		if f == "" {
			st.nUnnamed++
			continue
		}
		st.attrs[f] = i
		i := i
		d[f] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				s, ok := self.(*StructSeq)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f, st.fullName, self.Type().Name)
				}
				return s.v[i], nil
			},
			Fset: func(self, value py.Object) error {
				return py.ExceptionNewf(py.AttributeError, "readonly attribute")
			},
		}
	}
	d["n_fields"] = py.Int(len(fields))
	d["n_sequence_fields"] = py.Int(nSeq)
	d["n_unnamed_fields"] = py.Int(st.nUnnamed)
	d["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object) (py.Object, error) {
		s := self.(*StructSeq)
		extra := objects.NewDict()
		for i := nSeq; i < len(s.v); i++ {
			if err := extra.SetItem(py.String(fields[i]), s.v[i]); err != nil {
				return nil, err
			}
		}
		return py.Tuple{st.typ, py.Tuple{s.visible(), extra}}, nil
	}, 0, "Return state information for pickling.")
	d["count"] = py.MustNewMethod("count", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.Call(mustAttr(self.(*StructSeq).visible(), "count"), args, nil)
	}, 0, "Return number of occurrences of value.")
	d["index"] = py.MustNewMethod("index", func(self py.Object, args py.Tuple) (py.Object, error) {
		return py.Call(mustAttr(self.(*StructSeq).visible(), "index"), args, nil)
	}, 0, "Return first index of value.")
	builtins.Ready(st.typ)
	seqTypes[st.typ] = st
	return st
}

func mustAttr(o py.Object, name string) py.Object {
	a, err := py.GetAttrString(o, name)
	if err != nil {
		return py.None
	}
	return a
}

// make builds an instance from all its fields' values (missing trailing ones are None).
func (st *seqType) make(v ...py.Object) *StructSeq {
	out := make([]py.Object, len(st.names))
	copy(out, v)
	for i := range out {
		if out[i] == nil {
			out[i] = py.None
		}
	}
	return &StructSeq{st: st, v: out}
}

// new is the constructor: type(sequence, dict=None).
func (st *seqType) new(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := parseArgs(st.typ.Name, args, kwargs, []string{"sequence", "dict"}, 1, 2)
	if err != nil {
		return nil, err
	}
	seq, err := py.SequenceTuple(a[0])
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "constructor requires a sequence")
	}
	n, max := len(seq), len(st.names)
	switch {
	case st.nSeq == max && n != st.nSeq:
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes a %d-sequence (%d-sequence given)", st.fullName, st.nSeq, n)
	case n < st.nSeq:
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes an at least %d-sequence (%d-sequence given)", st.fullName, st.nSeq, n)
	case n > max:
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes an at most %d-sequence (%d-sequence given)", st.fullName, max, n)
	}
	s := st.make(seq...)
	if a[1] != nil && a[1] != py.None {
		for i := n; i < len(st.names); i++ {
			if st.names[i] == "" {
				continue
			}
			if v, err := py.GetItem(a[1], py.String(st.names[i])); err == nil {
				s.v[i] = v
			}
		}
	}
	if st.fill != nil {
		st.fill(s.v)
	}
	return s, nil
}

func (s *StructSeq) visible() py.Tuple { return py.Tuple(s.v[:s.st.nSeq]) }

// M__repr__ is module.name(field=value, ...) over the visible fields.
func (s *StructSeq) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString(s.st.fullName + "(")
	for i, v := range s.visible() {
		r, err := objects.Repr(v)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s.st.reprs[i] + "=" + r)
	}
	b.WriteString(")")
	return py.String(b.String()), nil
}

// M__str__ is the repr.
func (s *StructSeq) M__str__() (py.Object, error) { return s.M__repr__() }

// M__len__ is the number of visible fields.
func (s *StructSeq) M__len__() (py.Object, error) { return py.Int(s.st.nSeq), nil }

// M__getitem__ indexes or slices the visible fields, as a tuple does.
func (s *StructSeq) M__getitem__(key py.Object) (py.Object, error) {
	if _, ok := key.(*py.Slice); !ok {
		i, err := py.Index(key)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "tuple indices must be integers or slices, not %s", key.Type().Name)
		}
		if i < 0 {
			i += py.Int(s.st.nSeq)
		}
		if i < 0 || int(i) >= s.st.nSeq {
			return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range")
		}
		return s.v[i], nil
	}
	return s.visible().M__getitem__(key)
}

// M__getattr__ is reached for names the type lacks: CPython's AttributeError.
func (s *StructSeq) M__getattr__(name string) (py.Object, error) {
	return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", s.st.fullName, name)
}

// M__iter__ iterates over the visible fields.
func (s *StructSeq) M__iter__() (py.Object, error) { return py.NewIterator(s.visible()), nil }

// M__contains__ is value in the visible fields.
func (s *StructSeq) M__contains__(v py.Object) (py.Object, error) {
	found, err := py.SequenceContains(s.visible(), v)
	return py.NewBool(found), err
}

// M__hash__ is the hash of the visible tuple.
func (s *StructSeq) M__hash__() (py.Object, error) {
	h, err := objects.Hash(s.visible())
	return py.Int(h), err
}

// asTuple is a comparison's other side as a tuple, or false.
func asTuple(o py.Object) (py.Tuple, bool) {
	switch v := o.(type) {
	case py.Tuple:
		return v, true
	case *StructSeq:
		return v.visible(), true
	}
	return nil, false
}

func (s *StructSeq) cmp(op string, other py.Object) (py.Object, error) {
	t, ok := asTuple(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return objects.Compare(op, s.visible(), t)
}

// M__eq__ compares the visible fields with a tuple's items.
func (s *StructSeq) M__eq__(o py.Object) (py.Object, error) { return s.cmp("==", o) }

// M__ne__ compares the visible fields with a tuple's items.
func (s *StructSeq) M__ne__(o py.Object) (py.Object, error) { return s.cmp("!=", o) }

// M__lt__ compares the visible fields with a tuple's items.
func (s *StructSeq) M__lt__(o py.Object) (py.Object, error) { return s.cmp("<", o) }

// M__le__ compares the visible fields with a tuple's items.
func (s *StructSeq) M__le__(o py.Object) (py.Object, error) { return s.cmp("<=", o) }

// M__gt__ compares the visible fields with a tuple's items.
func (s *StructSeq) M__gt__(o py.Object) (py.Object, error) { return s.cmp(">", o) }

// M__ge__ compares the visible fields with a tuple's items.
func (s *StructSeq) M__ge__(o py.Object) (py.Object, error) { return s.cmp(">=", o) }

// M__add__ concatenates the visible fields with a tuple, giving a tuple.
func (s *StructSeq) M__add__(o py.Object) (py.Object, error) {
	t, ok := asTuple(o)
	if !ok {
		return py.NotImplemented, nil
	}
	return append(append(py.Tuple{}, s.visible()...), t...), nil
}

// M__radd__ concatenates a tuple with the visible fields, giving a tuple.
func (s *StructSeq) M__radd__(o py.Object) (py.Object, error) {
	t, ok := asTuple(o)
	if !ok {
		return py.NotImplemented, nil
	}
	return append(append(py.Tuple{}, t...), s.visible()...), nil
}

// StructSeqType is a struct sequence type made for another native module (pwd's
// struct_passwd, grp's struct_group): a tuple whose fields also have names.
type StructSeqType struct{ st *seqType }

// NewStructSeqType makes the struct sequence type module.name with these fields, all
// visible.
func NewStructSeqType(module, name, doc string, fields []string) *StructSeqType {
	return &StructSeqType{newSeqType(module, name, doc, fields, len(fields), nil)}
}

// Type is the Python type.
func (t *StructSeqType) Type() *py.Type { return t.st.typ }

// Make builds an instance from the fields' values.
func (t *StructSeqType) Make(values ...py.Object) py.Object { return t.st.make(values...) }
