package sys

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/environ"
	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/importlib"
)

// breakpointHook is sys.breakpointhook, which the builtin breakpoint() calls: it calls the
// callable $PYTHONBREAKPOINT names ("module.attr", a builtin's name, "0" for none;
// unset or empty: pdb.set_trace) with breakpoint's arguments. A name that cannot be
// imported is reported with a RuntimeWarning and ignored, as in CPython: gopy has no pdb,
// so a plain breakpoint() warns and goes on.
func breakpointHook(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	ctx := contextOf(self)
	target := environ.Getenv(ctx, "PYTHONBREAKPOINT")
	if target == "" {
		target = "pdb.set_trace"
	}
	if target == "0" {
		return py.None, nil
	}
	modName, attr := "builtins", target
	if i := strings.LastIndexByte(target, '.'); i >= 0 {
		modName, attr = target[:i], target[i+1:]
	}
	hook, err := importAttr(ctx, modName, attr)
	if err != nil {
		if !py.IsException(py.ImportError, err) && !py.IsException(py.AttributeError, err) {
			return nil, err
		}
		return py.None, warnRuntime(ctx, `Ignoring unimportable $PYTHONBREAKPOINT: "`+target+`"`)
	}
	return py.Call(hook, args, kwargs)
}

// importAttr is getattr(import_module(modName), attr).
func importAttr(ctx py.Context, modName, attr string) (py.Object, error) {
	if modName == "" || attr == "" {
		return nil, py.ExceptionNewf(py.ImportError, "empty module or attribute name")
	}
	if _, err := importlib.Import(ctx, modName, nil, nil, 0); err != nil {
		return nil, err
	}
	m, err := ctx.GetModule(modName)
	if err != nil {
		return nil, err
	}
	return py.GetAttrString(m, attr)
}

// warnRuntime issues a RuntimeWarning through the warnings module (filters, the caller's
// line).
func warnRuntime(ctx py.Context, msg string) error {
	warn, err := importAttr(ctx, "warnings", "warn")
	if err != nil {
		return err
	}
	_, err = py.Call(warn, py.Tuple{py.String(msg), py.RuntimeWarning}, nil)
	return err
}

func init() {
	builtins.Add(py.MustNewMethod("breakpoint", breakpoint, 0, "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\nwhatever arguments are passed.\n\nBy default, this drops you into the pdb debugger."))
}

// breakpoint is the builtin breakpoint(): sys.breakpointhook(*args, **kws), whatever sys
// holds under that name now.
func breakpoint(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	ctx := contextOf(self)
	if ctx == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.breakpointhook")
	}
	m, err := ctx.GetModule("sys")
	if err != nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.breakpointhook")
	}
	hook, ok := m.Globals["breakpointhook"]
	if !ok {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.breakpointhook")
	}
	return py.Call(hook, args, kwargs)
}
