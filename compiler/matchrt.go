package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// The <match> helper runs a pattern program (match.go) against a subject, with CPython
// 3.11's semantics: the order in which it asks the subject for its length, items, keys
// and attributes, the tests of MATCH_SEQUENCE/MATCH_MAPPING/MATCH_CLASS, and their
// TypeErrors and ValueErrors. A program is (number of captures, pattern); a pattern is
//
//	None                          the wildcard _
//	("as", pattern|None, slot)    capture (of what pattern matched)
//	("val", ref)                  subject == value
//	("is", constant)              subject is None/True/False
//	("seq", items, star)          sequence pattern; star is the index of ("star", slot|-1)
//	("map", refs, patterns, slot) mapping pattern; slot -1: no **rest
//	("cls", ref, patterns, names, patterns)  class pattern
//	("or", alternatives)
//
// and a ref is ("L", constant) or ("R", root, attribute names): the root-th value the
// generated code passed, then its attributes looked up in order.

// Collection flags of a type, as CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING:
// set on the builtin types that a sequence or mapping pattern accepts, on an ABC whose
// body sets __abc_tpflags__ and on classes registered with one. A class has the flag of
// the first class of its MRO that has one.
const (
	FlagSequence uint = 1 << 5
	FlagMapping  uint = 1 << 6
)

func init() { gpyhooks.Register("compiler/match-flags", installMatchFlags) }

func installMatchFlags() {
	py.ListType.Flags |= FlagSequence
	py.TupleType.Flags |= FlagSequence
	py.RangeType.Flags |= FlagSequence
	py.StringDictType.Flags |= FlagMapping
}

// matchSelf names the builtin types whose class pattern's one positional sub-pattern
// matches the subject itself (CPython's _Py_TPFLAGS_MATCH_SELF).
var matchSelf = map[string]bool{
	"bool": true, "bytearray": true, "bytes": true, "dict": true, "float": true,
	"frozenset": true, "int": true, "list": true, "set": true, "str": true, "tuple": true,
}

var helperMatch = newHelper("<match>", func(a py.Tuple) (py.Object, error) {
	prog := a[1].(py.Tuple)
	n := int(prog[0].(py.Int))
	m := &matcher{roots: a[2:], caps: make([]py.Object, n)}
	ok, err := m.match(prog[1], a[0])
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return py.NewBool(ok), nil
	}
	if !ok {
		return py.None, nil
	}
	return py.Tuple(m.caps), nil
})

// matcher runs one program.
type matcher struct {
	roots py.Tuple    // the values generated code computed
	caps  []py.Object // the captured values by slot
}

// value resolves a ref.
func (m *matcher) value(ref py.Tuple) (py.Object, error) {
	if ref[0] == py.String("L") {
		return ref[1], nil
	}
	v := m.roots[int(ref[1].(py.Int))]
	for _, name := range ref[2].(py.Tuple) {
		var err error
		if v, err = py.GetAttrString(v, string(name.(py.String))); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// match reports whether subject matches pattern p, capturing as it goes.
func (m *matcher) match(p, subject py.Object) (bool, error) {
	t, ok := p.(py.Tuple)
	if !ok {
		return true, nil // wildcard
	}
	switch t[0].(py.String) {
	case "as":
		if t[1] != py.None {
			if ok, err := m.match(t[1], subject); !ok || err != nil {
				return false, err
			}
		}
		m.caps[int(t[2].(py.Int))] = subject
		return true, nil
	case "val":
		v, err := m.value(t[1].(py.Tuple))
		if err != nil {
			return false, err
		}
		return equal(subject, v)
	case "is":
		return subject == t[1], nil
	case "seq":
		return m.sequence(t, subject)
	case "map":
		return m.mapping(t, subject)
	case "cls":
		return m.class(t, subject)
	case "or":
		for _, alt := range t[1].(py.Tuple) {
			if ok, err := m.match(alt, subject); ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	return false, py.ExceptionNewf(py.SystemError, "bad match program")
}

// equal is subject == v, tested for truth, as COMPARE_OP == and POP_JUMP_IF_FALSE.
func equal(subject, v py.Object) (bool, error) {
	var res py.Object
	var err error
	if RT.Compare != nil {
		res, err = RT.Compare("==", subject, v)
	} else {
		res, err = py.Eq(subject, v)
	}
	if err != nil {
		return false, err
	}
	return Truth(res)
}

// collectionFlags is what MATCH_SEQUENCE and MATCH_MAPPING test.
func collectionFlags(x py.Object) uint {
	switch x.(type) {
	case *py.List, py.Tuple:
		return FlagSequence
	case py.StringDict:
		return FlagMapping
	}
	t := x.Type()
	if f := t.Flags & (FlagSequence | FlagMapping); f != 0 {
		return f
	}
	for _, c := range t.Mro {
		if ct, ok := c.(*py.Type); ok {
			if f := ct.Flags & (FlagSequence | FlagMapping); f != 0 {
				return f
			}
			if f, ok := ct.Dict["__abc_tpflags__"].(py.Int); ok {
				if f := uint(f) & (FlagSequence | FlagMapping); f != 0 {
					return f
				}
			}
		}
	}
	return 0
}

// length is len(x) as GET_LEN computes it.
func length(x py.Object) (int, error) {
	switch s := x.(type) {
	case *py.List:
		return len(s.Items), nil
	case py.Tuple:
		return len(s), nil
	}
	n, err := py.Len(x)
	if err != nil {
		return 0, err
	}
	i, err := py.GetInt(n)
	if err != nil {
		return 0, err
	}
	return i.GoInt()
}

// item is x[i].
func item(x py.Object, i int) (py.Object, error) {
	switch s := x.(type) {
	case *py.List:
		if i >= 0 && i < len(s.Items) {
			return s.Items[i], nil
		}
	case py.Tuple:
		if i >= 0 && i < len(s) {
			return s[i], nil
		}
	}
	if RT.GetItem != nil {
		return RT.GetItem(x, py.Int(i))
	}
	return py.GetItem(x, py.Int(i))
}

// sequence matches a sequence pattern as compile.c's pattern_helper_sequence_*: the
// length first; then, when the star is a wildcard, items by index (counted from the
// length after it), each matched as it is fetched; otherwise every item through
// iteration, then the sub-patterns.
func (m *matcher) sequence(t py.Tuple, subject py.Object) (bool, error) {
	if collectionFlags(subject) != FlagSequence {
		return false, nil
	}
	items := t[1].(py.Tuple)
	star := int(t[2].(py.Int))
	size := len(items)
	if star < 0 || size > 1 { // CPython elides "len(subject) >= 0"
		n, err := length(subject)
		if err != nil {
			return false, err
		}
		if star < 0 && n != size || star >= 0 && n < size-1 {
			return false, nil
		}
	}
	starWild := star >= 0 && items[star].(py.Tuple)[1] == py.Int(-1)
	onlyWild := true
	for i, p := range items {
		if i != star && p != py.None {
			onlyWild = false
		}
	}
	if onlyWild && (star < 0 || starWild) {
		return true, nil
	}
	if starWild {
		for i, p := range items {
			if i == star || p == py.None {
				continue
			}
			idx := i
			if i > star {
				l, err := length(subject)
				if err != nil {
					return false, err
				}
				idx = l - (size - i)
			}
			x, err := item(subject, idx)
			if err != nil {
				return false, err
			}
			if ok, err := m.match(p, x); !ok || err != nil {
				return false, err
			}
		}
		return true, nil
	}
	values, err := unpackForMatch(subject, size, star)
	if err != nil {
		return false, err
	}
	for i, p := range items {
		if i == star {
			if slot := int(p.(py.Tuple)[1].(py.Int)); slot >= 0 {
				m.caps[slot] = values[i]
			}
			continue
		}
		if ok, err := m.match(p, values[i]); !ok || err != nil {
			return false, err
		}
	}
	return true, nil
}

// unpackForMatch is UNPACK_SEQUENCE size (star < 0) or UNPACK_EX around the star, the
// starred part a list, with their ValueErrors when the length lied.
func unpackForMatch(subject py.Object, size, star int) ([]py.Object, error) {
	var all []py.Object
	switch s := subject.(type) {
	case *py.List:
		all = s.Items
	case py.Tuple:
		all = s
	default:
		it, err := RT.Iter(subject)
		if err != nil {
			return nil, err
		}
		for star >= 0 || len(all) <= size {
			x, err := py.Next(it)
			if err != nil {
				if py.IsException(py.StopIteration, err) {
					break
				}
				return nil, err
			}
			all = append(all, x)
		}
	}
	if star < 0 {
		if len(all) > size {
			return nil, py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", size)
		}
		if len(all) < size {
			return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected %d, got %d)", size, len(all))
		}
		return all, nil
	}
	if len(all) < size-1 {
		return nil, py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", size-1, len(all))
	}
	after := size - 1 - star
	out := make([]py.Object, 0, size)
	out = append(out, all[:star]...)
	out = append(out, py.NewListFromItems(append([]py.Object(nil), all[star:len(all)-after]...)))
	out = append(out, all[len(all)-after:]...)
	return out, nil
}

// missing is the default map.get returns for a key that is not there.
var missing = py.NewType("<match missing>", "")

// mapping matches a mapping pattern as MATCH_MAPPING, GET_LEN, MATCH_KEYS (through
// subject.get(key, default)) and COPY_DICT_WITHOUT_KEYS do.
func (m *matcher) mapping(t py.Tuple, subject py.Object) (bool, error) {
	if collectionFlags(subject) != FlagMapping {
		return false, nil
	}
	refs, pats := t[1].(py.Tuple), t[2].(py.Tuple)
	rest := int(t[3].(py.Int))
	if len(refs) == 0 && rest < 0 {
		return true, nil
	}
	if len(refs) > 0 {
		n, err := length(subject)
		if err != nil {
			return false, err
		}
		if n < len(refs) {
			return false, nil
		}
	}
	keys := make([]py.Object, len(refs))
	for i, r := range refs {
		k, err := m.value(r.(py.Tuple))
		if err != nil {
			return false, err
		}
		keys[i] = k
	}
	values := make([]py.Object, len(keys))
	if len(keys) > 0 {
		get, err := py.GetAttrString(subject, "get")
		if err != nil {
			return false, err
		}
		for i, k := range keys {
			for _, prev := range keys[:i] {
				if same, err := equal(prev, k); err != nil {
					return false, err
				} else if same {
					r, _ := py.ReprAsString(k)
					return false, py.ExceptionNewf(py.ValueError, "mapping pattern checks duplicate key (%s)", r)
				}
			}
			v, err := py.Call(get, py.Tuple{k, missing}, nil)
			if err != nil {
				return false, err
			}
			if v == py.Object(missing) {
				return false, nil
			}
			values[i] = v
		}
	}
	for i, p := range pats {
		if ok, err := m.match(p, values[i]); !ok || err != nil {
			return false, err
		}
	}
	if rest >= 0 {
		kv, err := appendMapping(nil, subject, func(py.Object) error {
			return py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", subject.Type().Name)
		})
		if err != nil {
			return false, err
		}
		d, err := RT.NewDict(kv)
		if err != nil {
			return false, err
		}
		for _, k := range keys {
			if _, err := py.DelItem(d, k); err != nil {
				return false, err
			}
		}
		m.caps[rest] = d
	}
	return true, nil
}

// class matches a class pattern as MATCH_CLASS: the class check, isinstance, then every
// attribute (positional ones named by __match_args__) fetched, then the sub-patterns.
func (m *matcher) class(t py.Tuple, subject py.Object) (bool, error) {
	clsObj, err := m.value(t[1].(py.Tuple))
	if err != nil {
		return false, err
	}
	cls, ok := clsObj.(*py.Type)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "called match pattern must be a type")
	}
	if ok, err := isInstance(subject, cls); !ok || err != nil {
		return false, err
	}
	pos, names, kw := t[2].(py.Tuple), t[3].(py.Tuple), t[4].(py.Tuple)
	var attrs []py.Object
	seen := map[string]bool{}
	fetch := func(name string) (bool, error) {
		if seen[name] {
			return false, py.ExceptionNewf(py.TypeError, "%s() got multiple sub-patterns for attribute '%s'", cls.Name, name)
		}
		seen[name] = true
		v, err := py.GetAttrString(subject, name)
		if err != nil {
			if py.IsException(py.AttributeError, err) {
				return false, nil
			}
			return false, err
		}
		attrs = append(attrs, v)
		return true, nil
	}
	if len(pos) > 0 {
		var matchArgs py.Tuple
		self := false
		ma, err := py.GetAttrString(cls, "__match_args__")
		switch {
		case err == nil:
			tup, ok := ma.(py.Tuple)
			if !ok || ma.Type() != py.TupleType {
				return false, py.ExceptionNewf(py.TypeError, "%s.__match_args__ must be a tuple (got %s)", cls.Name, ma.Type().Name)
			}
			matchArgs = tup
		case py.IsException(py.AttributeError, err):
			self = matchesSelf(cls)
		default:
			return false, err
		}
		allowed := len(matchArgs)
		if self {
			allowed = 1
		}
		if allowed < len(pos) {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return false, py.ExceptionNewf(py.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, allowed, plural, len(pos))
		}
		if self {
			attrs = append(attrs, subject)
		} else {
			for _, name := range matchArgs[:len(pos)] {
				s, ok := name.(py.String)
				if !ok {
					return false, py.ExceptionNewf(py.TypeError, "__match_args__ elements must be strings (got %s)", name.Type().Name)
				}
				if ok, err := fetch(string(s)); !ok || err != nil {
					return false, err
				}
			}
		}
	}
	for _, name := range names {
		if ok, err := fetch(string(name.(py.String))); !ok || err != nil {
			return false, err
		}
	}
	subs := append(append(py.Tuple(nil), pos...), kw...)
	for i, p := range subs {
		if ok, err := m.match(p, attrs[i]); !ok || err != nil {
			return false, err
		}
	}
	return true, nil
}

// isInstance is isinstance(x, cls), with the object model's __instancecheck__.
func isInstance(x py.Object, cls *py.Type) (bool, error) {
	if RT.IsInstance != nil {
		return RT.IsInstance(x, cls)
	}
	return x.Type().IsSubtype(cls), nil
}

// matchesSelf reports whether cls is, or derives from, one of the builtin types whose
// instances a lone positional sub-pattern matches whole.
func matchesSelf(cls *py.Type) bool {
	mro := cls.Mro
	if len(mro) == 0 {
		mro = py.Tuple{cls}
	}
	for _, c := range mro {
		ct, ok := c.(*py.Type)
		if ok && ct.Flags&py.TPFLAGS_HEAPTYPE == 0 && matchSelf[ct.Name] {
			return true
		}
	}
	return false
}
