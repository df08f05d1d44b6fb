package classes

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// gpython's attribute lookup fails with AttributeError "'str' has no attribute 'x'" where
// CPython says "'str' object has no attribute 'x'" (and "module 'os' has no attribute
// 'x'"). The error comes from gpython's py.GetAttrString, which nothing can wrap, so the
// message is corrected on the exception itself when it leaves a Python frame or is caught
// (fixGpythonMessage), before any Python code can see it. Only gpython's own exception
// values (*py.Exception) with exactly that message are touched. The module of a failed
// module attribute is found from the failing instruction (name.attr, name.sub.attr).

func fixGpythonMessage(value py.Object, tb py.Object) {
	e, ok := value.(*py.Exception)
	if !ok || e.Base != py.AttributeError {
		return
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return
	}
	msg, ok := args[0].(py.String)
	if !ok || !strings.HasPrefix(string(msg), "'") {
		return
	}
	name, rest, ok := strings.Cut(string(msg)[1:], "' has no attribute '")
	if !ok || strings.ContainsAny(name, "' ") || !strings.HasSuffix(rest, "'") || name == "" {
		return
	}
	if name == "module" {
		if t, ok := tb.(*py.Traceback); ok {
			if mod := failedModule(t); mod != "" {
				e.Args = py.Tuple{py.String("module '" + mod + "' has no attribute '" + rest)}
				return
			}
		}
	}
	e.Args = py.Tuple{py.String("'" + name + "' object has no attribute '" + rest)}
}

// failedModule returns the __name__ of the module whose attribute read failed at the
// innermost frame of tb, when the code there is name.attr or name.a.attr; "" otherwise.
func failedModule(tb *py.Traceback) string {
	for tb.Next != nil {
		tb = tb.Next
	}
	f := tb.Frame
	if f == nil || f.Code == nil {
		return ""
	}
	code := f.Code.Code
	type instr struct {
		op  vm.OpCode
		arg int
	}
	at := func(end int) (instr, bool) {
		if end < 3 || end > len(code) || vm.OpCode(code[end-3]) < vm.HAVE_ARGUMENT {
			return instr{}, false
		}
		return instr{vm.OpCode(code[end-3]), int(code[end-2]) | int(code[end-1])<<8}, true
	}
	last, ok := at(int(tb.Lasti))
	if !ok || last.op != vm.LOAD_ATTR {
		return ""
	}
	// Walk back over the LOAD_ATTRs to the name the chain starts from.
	var attrs []string
	end := int(tb.Lasti) - 3
	var start instr
	for {
		in, ok := at(end)
		if !ok {
			return ""
		}
		if in.op != vm.LOAD_ATTR {
			start = in
			break
		}
		if in.arg >= len(f.Code.Names) || len(attrs) > 4 {
			return ""
		}
		attrs = append([]string{f.Code.Names[in.arg]}, attrs...)
		end -= 3
	}
	var obj py.Object
	switch start.op {
	case vm.LOAD_NAME, vm.LOAD_GLOBAL:
		if start.arg < len(f.Code.Names) {
			obj, _ = f.Lookup(f.Code.Names[start.arg])
		}
	case vm.LOAD_FAST:
		if start.arg < len(f.Localsplus) {
			obj = f.Localsplus[start.arg]
		}
	}
	for _, a := range attrs {
		if obj == nil {
			return ""
		}
		obj, _ = py.GetAttrString(obj, a)
	}
	m, ok := obj.(*py.Module)
	if !ok {
		return ""
	}
	n, _ := m.Globals["__name__"].(py.String)
	return string(n)
}
