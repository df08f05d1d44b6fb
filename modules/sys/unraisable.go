package sys

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	gopyos "github.com/gopyrt/gopy/modules/os"
	"github.com/gopyrt/gopy/modules/traceback"
)

// An exception nobody can catch (raised by a finalizer, a weakref callback, an atexit
// callback, a thread's bootstrap) goes to sys.unraisablehook with a UnraisableHookArgs;
// the default hook writes CPython's "Exception ignored in: <object>" report and the
// traceback to sys.stderr. ReportUnraisable is where gopy's packages send them.

var unraisableArgs = gopyos.NewStructSeqType("sys", "UnraisableHookArgs",
	"UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
	[]string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"})

var defaultUnraisableHook = py.MustNewMethod("unraisablehook", unraisableHook, 0,
	"unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.")

func init() {
	impl := py.GetModuleImpl("sys")
	impl.Methods = append(impl.Methods, defaultUnraisableHook)
}

// unraisableHook is the default sys.unraisablehook.
func unraisableHook(self py.Object, arg py.Object) (py.Object, error) {
	get := func(name string) py.Object {
		v, err := py.GetAttrString(arg, name)
		if err != nil {
			return py.None
		}
		return v
	}
	var ctx py.Context
	if m, ok := self.(*py.Module); ok {
		ctx = m.Context
	}
	msg := "Exception ignored in"
	if s, ok := get("err_msg").(py.String); ok {
		msg = string(s)
	}
	info := py.ExceptionInfo{Value: get("exc_value")}
	if t, ok := get("exc_type").(*py.Type); ok {
		info.Type = t
	}
	if tb, ok := get("exc_traceback").(*py.Traceback); ok {
		info.Traceback = tb
	}
	writeUnraisable(ctx, msg, get("object"), traceback.Format(info))
	return py.None, nil
}

// writeUnraisable writes the default report: "msg: repr(obj)" (msg alone, with a colon,
// when there is no object), then the exception's text.
func writeUnraisable(ctx py.Context, msg string, obj py.Object, excText string) {
	write := Stderr(ctx)
	if obj != nil && obj != py.None {
		r, err := objects.Repr(obj)
		if err != nil {
			r = "<object repr() failed>"
		}
		write(msg + ": " + r + "\n")
	} else {
		write(msg + ":\n")
	}
	write(excText)
}

// ReportUnraisable reports err, raised where nothing can catch it (msg says where, obj is
// what was running): through the script's sys.unraisablehook when it set one, else as the
// default hook writes it. An exception of the script's hook is reported the default way.
func ReportUnraisable(ctx py.Context, msg string, obj py.Object, err error) {
	if ctx == nil {
		if t := gil.Holding(); t != nil {
			ctx = t.Runtime().Context()
		}
	}
	var hook py.Object = defaultUnraisableHook
	if ctx != nil {
		if m, gerr := ctx.GetModule("sys"); gerr == nil {
			if h, ok := m.Globals["unraisablehook"]; ok {
				hook = h
			}
		}
	}
	if m, ok := hook.(*py.Method); !ok || m.Name != "unraisablehook" || m.Module == nil || m.Module.ModuleImpl == nil || m.Module.ModuleImpl.Info.Name != "sys" {
		info := traceback.Info(err)
		var typ, tb py.Object = py.None, py.None
		if info.Type != nil {
			typ = info.Type
		}
		if info.Traceback != nil {
			tb = info.Traceback
		}
		value := info.Value
		if value == nil {
			value = py.None
		}
		var errMsg py.Object = py.String(msg)
		if msg == "Exception ignored in" {
			errMsg = py.None // CPython's default wording: no message of its own
		}
		args := unraisableArgs.Make(typ, value, tb, errMsg, orNone(obj))
		if _, herr := py.Call(hook, py.Tuple{args}, nil); herr != nil {
			writeUnraisable(ctx, "Exception ignored in sys.unraisablehook", hook, traceback.FormatError(herr))
		}
		return
	}
	writeUnraisable(ctx, msg, obj, traceback.FormatError(err))
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}
