package re

import (
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

// subject is a string being matched, as the engine reads it: a bytes-like object's bytes,
// a str of ASCII characters as its bytes (no copy), any other str as its code points, so
// that indexes are Python's character indexes.
type subject struct {
	obj     py.Object // what the script passed (Match.string)
	isBytes bool
	text    string // an ASCII str
	b       []byte // the bytes of text or of a bytes-like object
	r       []rune // a str that is not all ASCII
	wide    bool
}

func (s *subject) len() int {
	if s.wide {
		return len(s.r)
	}
	return len(s.b)
}

// slice is string[i:j] as Python gives it: bytes for every bytes-like subject, str for a
// str (of any subclass).
func (s *subject) slice(i, j int) py.Object {
	switch {
	case s.isBytes:
		return py.Bytes(append([]byte{}, s.b[i:j]...))
	case s.wide:
		return py.String(string(s.r[i:j]))
	}
	return py.String(s.text[i:j])
}

// empty is string[:0].
func (s *subject) empty() py.Object {
	if s.isBytes {
		return py.Bytes{}
	}
	return py.String("")
}

// runeCache keeps the code points of the last non-ASCII str decoded, so that matching the
// same long string again and again (a loop of re.match over one text) decodes it once.
var runeCache struct {
	sync.Mutex
	s string
	r []rune
}

func decodeRunes(s string) []rune {
	runeCache.Lock()
	defer runeCache.Unlock()
	if len(s) == len(runeCache.s) && len(s) > 0 && unsafe.StringData(s) == unsafe.StringData(runeCache.s) {
		return runeCache.r
	}
	r := []rune(s)
	if len(s) >= 1024 {
		runeCache.s, runeCache.r = s, r
	}
	return r
}

// newSubject reads the object a pattern is matched against; the pattern's type (str or
// bytes, or neither for a Scanner's pattern) must agree.
func newSubject(obj py.Object, p *Pattern) (*subject, error) {
	s := &subject{}
	if err := s.init(obj, p); err != nil {
		return nil, err
	}
	return s, nil
}

// init is newSubject in place.
func (s *subject) init(obj py.Object, p *Pattern) error {
	s.obj = obj
	switch v := classes.NativeOf(obj).(type) {
	case py.String:
		if p.isBytes == 1 {
			return py.ExceptionNewf(py.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		str := string(v)
		if objects.IsASCII(str) { // cached: a loop of matches over one long text scans it once
			s.text = str
			s.b = unsafe.Slice(unsafe.StringData(str), len(str))
		} else {
			s.r, s.wide = decodeRunes(str), true
		}
		return nil
	case py.Bytes:
		s.b = v
	case *objects.ByteArray:
		s.b = v.Bytes()
	case *objects.MemoryView:
		b, err := memoryBytes(v)
		if err != nil {
			return err
		}
		s.b = b
	default:
		return py.ExceptionNewf(py.TypeError, "expected string or bytes-like object, got '%s'", obj.Type().Name)
	}
	if p.isBytes == 0 {
		return py.ExceptionNewf(py.TypeError, "cannot use a string pattern on a bytes-like object")
	}
	s.isBytes = true
	return nil
}

// memoryBytes is the content of a memoryview.
func memoryBytes(m *objects.MemoryView) ([]byte, error) {
	fn, err := py.GetAttrString(m, "tobytes")
	if err != nil {
		return nil, err
	}
	b, err := py.Call(fn, nil, nil)
	if err != nil {
		return nil, err
	}
	return b.(py.Bytes), nil
}

// textOf reads a str or bytes-like argument that is not a subject (a template, a
// string to escape): its characters, and whether it is bytes. ok is false for other
// objects.
func textOf(obj py.Object) (units []rune, isBytes, ok bool) {
	var b []byte
	switch v := classes.NativeOf(obj).(type) {
	case py.String:
		return []rune(string(v)), false, true
	case py.Bytes:
		b = v
	case *objects.ByteArray:
		b = v.Bytes()
	case *objects.MemoryView:
		var err error
		if b, err = memoryBytes(v); err != nil {
			return nil, false, false
		}
	default:
		return nil, false, false
	}
	units = make([]rune, len(b))
	for i, c := range b {
		units[i] = rune(c)
	}
	return units, true, true
}
