package multiprocessing

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/importlib"
)

// The warnings module's state in a 'fork' child. A forked CPython child has its parent's
// filters (those the -W options made and those the script added) and does not read its
// -W options again, so it reports a bad one only once. The library's modules are not
// carried by value (they are the binary's), so the snapshot's extras carry the few
// globals of warnings that hold state, and the child keeps sys.warnoptions from being
// read again while it loads the snapshot (which may import warnings).

// warningsGlobals are the globals of the warnings module a 'fork' child takes from its
// parent.
var warningsGlobals = []string{"filters", "defaultaction", "onceregistry", "_filters_version", "showwarning", "formatwarning"}

// warningsState is the parent's warnings state for the snapshot's extras: the values of
// warningsGlobals, or None when the parent has not imported warnings.
func warningsState(ctx py.Context) py.Object {
	m, err := ctx.GetModule("warnings")
	if err != nil {
		return py.None
	}
	vals := make(py.Tuple, len(warningsGlobals))
	for i, k := range warningsGlobals {
		vals[i] = orNone(m.Globals[k])
	}
	return vals
}

// hideWarnOptions empties sys.warnoptions until the returned function puts them back, so
// that warnings imported meanwhile does not read them again.
func hideWarnOptions(ctx py.Context) (restore func()) {
	sysm, err := ctx.GetModule("sys")
	if err != nil {
		return func() {}
	}
	saved := sysm.Globals["warnoptions"]
	sysm.Globals["warnoptions"] = py.NewList()
	return func() { sysm.Globals["warnoptions"] = saved }
}

// applyWarningsState gives the child its parent's warnings state (see warningsState).
// The caller hides sys.warnoptions meanwhile.
func applyWarningsState(ctx py.Context, state py.Object) error {
	vals, ok := state.(py.Tuple)
	if !ok || len(vals) != len(warningsGlobals) {
		return nil
	}
	if _, err := importlib.Import(ctx, "warnings", nil, nil, 0); err != nil {
		return err
	}
	m, err := ctx.GetModule("warnings")
	if err != nil {
		return err
	}
	for i, k := range warningsGlobals {
		if vals[i] != py.None {
			m.Globals[k] = vals[i]
		}
	}
	return nil
}
