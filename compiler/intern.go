package compiler

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// CPython interns the names a code object uses (co_names, co_varnames, cell and free
// variables) and its identifier-like str constants (every character in [A-Za-z0-9_]), so
// that the same attribute name in two code objects is one object; pickle's memo, which
// goes by identity, then writes it once. Go strings have no identity of their own, but
// gopy's pickle keys a str by the address of its bytes, so interning here means making
// equal strings share their bytes: one process-wide table, safe for concurrent
// interpreters. Entries are never removed (as identifiers in source are few); only
// identifier-like strings are interned, whatever their origin.

var (
	internMu    sync.RWMutex
	internTable = map[string]string{}
)

// Intern returns the canonical copy of s when s is identifier-like, else s itself.
func Intern(s string) string {
	if !identifierLike(s) {
		return s
	}
	internMu.RLock()
	c, ok := internTable[s]
	internMu.RUnlock()
	if ok {
		return c
	}
	internMu.Lock()
	defer internMu.Unlock()
	if c, ok := internTable[s]; ok {
		return c
	}
	c = strings.Clone(s) // never keep a larger string alive through a substring
	internTable[c] = c
	return c
}

// identifierLike reports whether s is non-empty and made of [A-Za-z0-9_] only.
func identifierLike(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// internCode interns the names and the identifier-like str constants of code, and
// makes its other str, bytes and tuple constants the ones an earlier code object of the
// same compilation has, when equal: CPython merges the constants of all the code objects
// it compiles at once.
func (c *compiler) internCode(code *py.Code) {
	for _, names := range [][]string{code.Names, code.Varnames, code.Cellvars, code.Freevars} {
		for i, n := range names {
			names[i] = Intern(n)
		}
	}
	code.Name = Intern(code.Name)
	for i, k := range code.Consts {
		code.Consts[i] = c.mergeConst(k)
	}
}

// mergeConst returns the canonical object for constant k.
func (c *compiler) mergeConst(k py.Object) py.Object {
	switch v := k.(type) {
	case py.String:
		if identifierLike(string(v)) {
			return py.String(Intern(string(v)))
		}
	case py.Tuple:
		for i, x := range v {
			v[i] = c.mergeConst(x)
		}
	case py.Bytes:
	default:
		return k
	}
	var b strings.Builder
	if !constKeyOf(&b, k) {
		return k
	}
	key := b.String()
	if c.constCache == nil {
		c.constCache = map[string]py.Object{}
	}
	if canon, ok := c.constCache[key]; ok {
		return canon
	}
	c.constCache[key] = k
	return k
}

// constKeyOf writes a key that tells constants apart by type and value (1, 1.0 and True
// differ), or reports false for a constant that is not merged.
func constKeyOf(b *strings.Builder, k py.Object) bool {
	switch v := k.(type) {
	case py.String:
		fmt.Fprintf(b, "s%d:%s", len(v), string(v))
	case py.Bytes:
		fmt.Fprintf(b, "b%d:%s", len(v), string(v))
	case py.Int:
		fmt.Fprintf(b, "i%d;", int64(v))
	case *py.BigInt:
		fmt.Fprintf(b, "I%s;", (*big.Int)(v).String())
	case py.Float:
		fmt.Fprintf(b, "f%x;", math.Float64bits(float64(v)))
	case py.Complex:
		fmt.Fprintf(b, "c%x,%x;", math.Float64bits(real(v)), math.Float64bits(imag(v)))
	case py.Bool:
		fmt.Fprintf(b, "B%t;", bool(v))
	case py.NoneType:
		b.WriteString("N;")
	case py.EllipsisType:
		b.WriteString("E;")
	case py.Tuple:
		fmt.Fprintf(b, "t%d(", len(v))
		for _, x := range v {
			if !constKeyOf(b, x) {
				return false
			}
		}
		b.WriteString(")")
	default:
		return false
	}
	return true
}
