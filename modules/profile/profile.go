// Package profile provides Python's profile, cProfile and pstats modules, written in Python
// by gopy (embedded): both profilers time calls through sys.setprofile (the profile hook of
// interp's VM hooks) with one recorder that keeps _lsprof's rules (inline time excluding
// callees, cumulative time counted once for recursive calls); pstats prints CPython's
// reports. Builtin calls are not observed (gopy's VM has no hook for them): the profilers
// record only those they make themselves (exec, setprofile, cProfile's disable).
package profile

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed profile.py
	profileSource string
	//go:embed cprofile.py
	cprofileSource string
	//go:embed pstats.py
	pstatsSource string
)

func init() {
	libsrc.Module("profile", "Class for profiling Python code.", profileSource)
	libsrc.Module("cProfile", "Python interface for the 'lsprof' profiler.", cprofileSource)
	libsrc.Module("pstats", "Class for printing reports on profiled python code.", pstatsSource)
}
