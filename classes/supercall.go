package classes

import (
	"strconv"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// Zero-argument super() with gpython's compiler. CPython compiles super() inside a method
// into a call that uses the method's __class__ cell and first argument. gpython's compiler
// emits a plain LOAD_GLOBAL super; CALL_FUNCTION 0, so those two instructions (six bytes)
// are rewritten into LOAD_FAST 0 followed by LOAD_ATTR __gopy_super_N__, N naming the method's code object. Reading that
// attribute finds the class whose dict holds the function with that code along the MRO of
// the first argument and returns super(class, first_argument). A compiler that emits
// super(__class__, self) itself is not affected: the pattern no longer occurs.

const superPrefix = "__gopy_super_"

var (
	superMu    sync.Mutex
	superCodes []*py.Code
	superCache = map[superKey]*py.Type{}
)

type superKey struct {
	code *py.Code
	typ  *py.Type
}

// rewriteSuper rewrites LOAD_GLOBAL super at b[at:at+3] and CALL_FUNCTION 0 after it.
func rewriteSuper(code *py.Code, b []byte, at int) bool {
	gi := int(b[at+1]) | int(b[at+2])<<8
	if gi >= len(code.Names) || code.Names[gi] != "super" {
		return false
	}
	if code.Argcount == 0 && code.Flags&py.CO_VARARGS == 0 {
		return false
	}
	if len(code.Varnames) == 0 {
		return false
	}
	// CPython 3.11 reads the first argument from its fast local even when a closure made it
	// a cell (and then fails with UnboundLocalError); LOAD_FAST 0 does the same here.
	loadOp, loadArg := byte(opLoadFast), 0
	superMu.Lock()
	superCodes = append(superCodes, code)
	n := len(superCodes) - 1
	superMu.Unlock()
	idx := nameIndex(code, superPrefix+strconv.Itoa(n)+"__")
	if idx > 0xffff {
		return false
	}
	b[at], b[at+1], b[at+2] = loadOp, byte(loadArg), byte(loadArg>>8)
	b[at+3], b[at+4], b[at+5] = opLoadAttr, byte(idx), byte(idx>>8)
	return true
}

// superAttr answers the attribute read made by a rewritten super(): ok is false when name
// is not such an attribute.
func superAttr(self py.Object, name string) (py.Object, bool, error) {
	if !strings.HasPrefix(name, superPrefix) || !strings.HasSuffix(name, "__") {
		return nil, false, nil
	}
	n, err := strconv.Atoi(name[len(superPrefix) : len(name)-2])
	if err != nil {
		return nil, false, nil
	}
	superMu.Lock()
	var code *py.Code
	if n >= 0 && n < len(superCodes) {
		code = superCodes[n]
	}
	superMu.Unlock()
	if code == nil {
		return nil, false, nil
	}
	cls := definingClass(code, self)
	if cls == nil {
		return nil, true, py.ExceptionNewf(py.RuntimeError, "super(): __class__ cell not found")
	}
	s, err := NewSuper(cls, self)
	return s, true, err
}

// definingClass finds the class along self's MRO (or, for a class, its own MRO and then its
// metaclass's) whose dict holds a function compiled from code.
func definingClass(code *py.Code, self py.Object) *py.Type {
	var mros []py.Tuple
	if t, ok := self.(*py.Type); ok {
		mros = append(mros, t.Mro)
	}
	mros = append(mros, self.Type().Mro)
	key := superKey{code, self.Type()}
	if t, ok := self.(*py.Type); ok {
		key.typ = t
	}
	superMu.Lock()
	cached, ok := superCache[key]
	superMu.Unlock()
	if ok {
		return cached
	}
	for _, mro := range mros {
		for _, c := range mro {
			t := c.(*py.Type)
			for _, v := range t.Dict {
				if holdsCode(v, code) {
					superMu.Lock()
					superCache[key] = t
					superMu.Unlock()
					return t
				}
			}
		}
	}
	return nil
}

// holdsCode reports whether a class attribute is (or wraps) a function compiled from code,
// or from a code object that contains it.
func holdsCode(v py.Object, code *py.Code) bool {
	switch f := v.(type) {
	case *py.Function:
		return codeContains(f.Code, code)
	case *py.ClassMethod:
		return holdsCode(f.Callable, code)
	case *py.StaticMethod:
		return holdsCode(f.Callable, code)
	case *typeGuard:
		return holdsCode(f.fn, code)
	case *Property:
		return holdsCode(f.fget, code) || holdsCode(f.fset, code) || holdsCode(f.fdel, code)
	}
	return false
}

func codeContains(c, want *py.Code) bool {
	if c == want {
		return true
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*py.Code); ok && codeContains(sub, want) {
			return true
		}
	}
	return false
}
