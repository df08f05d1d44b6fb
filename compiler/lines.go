package compiler

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// co_lnotab can only move forward in lines (its increments are unsigned), but CPython 3.11
// attributes the call of a multi-line call to its first line, a decorator call to the
// decorator's line, and so on. When a code object needs such a step back, its exact table
// is kept here, weakly keyed by the code object, for LineOf.

// lineRun says that instructions from start onwards belong to line.
type lineRun struct {
	start uint32
	line  int32
}

var lines weakTable[py.Code, []lineRun]

// recordLines keeps the exact line table of code when co_lnotab cannot express it.
func (c *compiler) recordLines(code *py.Code, is []instr, a assembly) {
	var runs []lineRun
	monotone := true
	last := int(code.Firstlineno)
	for i, in := range is {
		if len(runs) > 0 && runs[len(runs)-1].line == int32(in.pos.Lineno) {
			continue
		}
		if in.pos.Lineno < last {
			monotone = false
		}
		if in.pos.Lineno > last {
			last = in.pos.Lineno
		}
		runs = append(runs, lineRun{start: a.addrs[i], line: int32(in.pos.Lineno)})
	}
	if monotone {
		return
	}
	lines.set(code, runs)
}

// LineOf returns the source line of the instruction that ended at lasti, the value of
// frame.Lasti (and of a traceback entry's Lasti) once gpython's VM has run it. It is exact
// where code.Addr2Line, limited by co_lnotab, reports a later line of a multi-line
// statement.
func LineOf(code *py.Code, lasti int32) int {
	runs, ok := lines.get(code)
	if !ok || lasti <= 0 {
		return int(code.Addr2Line(lasti))
	}
	addr := uint32(lasti - 1) // an address inside the instruction
	i := sort.Search(len(runs), func(i int) bool { return runs[i].start > addr }) - 1
	if i < 0 {
		return int(code.Firstlineno)
	}
	return int(runs[i].line)
}

// co_qualname: gpython's code objects have only a name. A function's qualified name
// differs from it for methods and nested functions; those are kept here, weakly keyed by
// the code object, for Qualname.
var qualnames weakTable[py.Code, string]

func recordQualname(code *py.Code, qualname string) { qualnames.set(code, qualname) }

// Qualname returns co_qualname of code: its qualified name as the compiler knew it
// ("C.method", "f.<locals>.g"), its name for module-level functions and other code.
func Qualname(code *py.Code) string {
	q, ok := qualnames.get(code)
	if ok {
		return q
	}
	return code.Name
}
