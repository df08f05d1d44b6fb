package sys

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
)

// sys.displayhook is what an expression statement of the interactive prompt (code compiled
// in mode 'single') calls with its value, as CPython's PRINT_EXPR: the generated code asks
// compiler.RT.Display, which calls the sys module's current displayhook.

func init() {
	impl := py.GetModuleImpl("sys")
	hook := py.MustNewMethod("displayhook", displayhook, 0, "displayhook($module, object, /)\n--\n\nPrint an object to sys.stdout and also save it in builtins._")
	for i, old := range impl.Methods {
		if old.Name == hook.Name {
			impl.Methods = append(impl.Methods[:i], impl.Methods[i+1:]...)
			break
		}
	}
	impl.Methods = append(impl.Methods, hook)
	compiler.RT.Display = display
}

// display calls sys.displayhook(value) in the interpreter whose thread holds the GIL.
func display(value py.Object) error {
	t := gil.Holding()
	if t == nil {
		return py.ExceptionNewf(py.RuntimeError, "lost sys.displayhook")
	}
	m, err := t.Runtime().Context().GetModule("sys")
	if err != nil {
		return err
	}
	hook, ok := m.Globals["displayhook"]
	if !ok || hook == py.None {
		return py.ExceptionNewf(py.RuntimeError, "lost sys.displayhook")
	}
	_, err = py.Call(hook, py.Tuple{value}, nil)
	return err
}

// displayhook is sys.displayhook (and sys.__displayhook__): None shows nothing; anything
// else is written to sys.stdout as its repr and a newline, and kept as builtins._ (set to
// None while it is written).
func displayhook(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "sys.displayhook() takes exactly one argument (%d given)", len(args))
	}
	o := args[0]
	if o == py.None {
		return py.None, nil
	}
	mod, _ := self.(*py.Module)
	if mod == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys module")
	}
	builtins, err := mod.Context.GetModule("builtins")
	if err != nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost builtins module")
	}
	builtins.Globals["_"] = py.None
	stdout, ok := mod.Globals["stdout"]
	if !ok || stdout == py.None {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.stdout")
	}
	text, err := objects.Repr(o)
	if err != nil {
		return nil, err
	}
	write, err := py.GetAttrString(stdout, "write")
	if err != nil {
		return nil, err
	}
	if _, err := py.Call(write, py.Tuple{py.String(text)}, nil); err != nil {
		if !py.IsException(py.UnicodeEncodeError, err) {
			return nil, err
		}
		if err := writeUnencodable(stdout, text); err != nil {
			return nil, err
		}
	}
	if _, err := py.Call(write, py.Tuple{py.String("\n")}, nil); err != nil {
		return nil, err
	}
	builtins.Globals["_"] = o
	return py.None, nil
}

// writeUnencodable writes text that stdout's encoding cannot encode with backslash escapes
// for what it cannot, as CPython's sys_displayhook_unencodable.
func writeUnencodable(stdout py.Object, text string) error {
	enc, err := py.GetAttrString(stdout, "encoding")
	if err != nil {
		return err
	}
	encode, err := py.GetAttrString(py.String(text), "encode")
	if err != nil {
		return err
	}
	b, err := py.Call(encode, py.Tuple{enc, py.String("backslashreplace")}, nil)
	if err != nil {
		return err
	}
	if buf, err := py.GetAttrString(stdout, "buffer"); err == nil {
		w, err := py.GetAttrString(buf, "write")
		if err != nil {
			return err
		}
		_, err = py.Call(w, py.Tuple{b}, nil)
		return err
	}
	decode, err := py.GetAttrString(b, "decode")
	if err != nil {
		return err
	}
	s, err := py.Call(decode, py.Tuple{enc, py.String("strict")}, nil)
	if err != nil {
		return err
	}
	w, err := py.GetAttrString(stdout, "write")
	if err != nil {
		return err
	}
	_, err = py.Call(w, py.Tuple{s}, nil)
	return err
}
