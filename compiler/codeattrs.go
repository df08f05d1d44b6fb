package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// installCodeAttrs gives gpython's code objects, which have no attributes, CPython's (those
// that have a meaning for gpython's bytecode), so that f.__code__.co_firstlineno and the
// like work (change compiler/code-attrs).
func installCodeAttrs() {
	attr := func(name string, get func(c *py.Code) py.Object) {
		py.CodeType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			c, ok := self.(*py.Code)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'code' object", name)
			}
			return get(c), nil
		}}
	}
	strs := func(s []string) py.Object {
		t := make(py.Tuple, len(s))
		for i, x := range s {
			t[i] = py.String(x)
		}
		return t
	}
	attr("co_name", func(c *py.Code) py.Object { return py.String(c.Name) })
	attr("co_qualname", func(c *py.Code) py.Object { return py.String(Qualname(c)) })
	attr("co_filename", func(c *py.Code) py.Object { return py.String(c.Filename) })
	attr("co_firstlineno", func(c *py.Code) py.Object { return py.Int(c.Firstlineno) })
	attr("co_argcount", func(c *py.Code) py.Object { return py.Int(c.Argcount) })
	attr("co_posonlyargcount", func(c *py.Code) py.Object { return py.Int(PosOnlyCount(c)) })
	attr("co_kwonlyargcount", func(c *py.Code) py.Object { return py.Int(c.Kwonlyargcount) })
	attr("co_nlocals", func(c *py.Code) py.Object { return py.Int(c.Nlocals) })
	attr("co_stacksize", func(c *py.Code) py.Object { return py.Int(c.Stacksize) })
	attr("co_flags", func(c *py.Code) py.Object { return py.Int(c.Flags) })
	attr("co_code", func(c *py.Code) py.Object { return py.Bytes(c.Code) })
	attr("co_lnotab", func(c *py.Code) py.Object { return py.Bytes(c.Lnotab) })
	attr("co_consts", func(c *py.Code) py.Object { return append(py.Tuple(nil), c.Consts...) })
	attr("co_names", func(c *py.Code) py.Object { return strs(c.Names) })
	attr("co_varnames", func(c *py.Code) py.Object { return strs(c.Varnames) })
	attr("co_cellvars", func(c *py.Code) py.Object { return strs(c.Cellvars) })
	attr("co_freevars", func(c *py.Code) py.Object { return strs(c.Freevars) })
}

func init() { gpyhooks.Register("compiler/code-attrs", installCodeAttrs) }
