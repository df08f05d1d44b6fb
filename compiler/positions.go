package compiler

import (
	"sort"

	"github.com/go-python/gpython/py"
)

// Code objects' position tables (CPython 3.11's co_positions): the line, end line, column
// and end column of the source each instruction was compiled from, which tracebacks use
// to draw their caret lines (modules/traceback). gpython's Code has no room for them, so
// they are kept beside the code object, weakly keyed by it, as runs of instructions with
// the same position.

// posRun says that instructions from start onwards come from the source between (line,
// col) and (endLine, endCol); columns are 0-based UTF-8 byte offsets, as in the AST.
type posRun struct {
	start                      uint32
	line, endLine, col, endCol int32
}

var positions weakTable[py.Code, []posRun]

// recordPositions keeps the position table of code.
func recordPositions(code *py.Code, is []instr, a assembly) {
	var runs []posRun
	for i, in := range is {
		r := posRun{start: a.addrs[i], line: int32(in.pos.Lineno), endLine: int32(in.pos.EndLineno),
			col: int32(in.pos.ColOffset), endCol: int32(in.pos.EndColOffset)}
		if n := len(runs); n > 0 {
			last := runs[n-1]
			last.start = r.start
			if last == r {
				continue
			}
		}
		runs = append(runs, r)
	}
	if len(runs) > 0 {
		positions.set(code, runs)
	}
}

// Position is where an instruction's source is: lines from 1, columns 0-based UTF-8 byte
// offsets (co_positions' values).
type Position struct {
	Line, EndLine, Col, EndCol int
}

// PositionOf returns the position of the instruction that ended at lasti (a frame's or a
// traceback entry's Lasti once gpython's VM has run it); false when code has no table or
// the instruction no position.
func PositionOf(code *py.Code, lasti int32) (Position, bool) {
	runs, ok := positions.get(code)
	if !ok || lasti <= 0 {
		return Position{}, false
	}
	addr := uint32(lasti - 1) // an address inside the instruction
	i := sort.Search(len(runs), func(i int) bool { return runs[i].start > addr }) - 1
	if i < 0 {
		return Position{}, false
	}
	r := runs[i]
	if r.line <= 0 || r.endLine <= 0 {
		return Position{}, false
	}
	return Position{Line: int(r.line), EndLine: int(r.endLine), Col: int(r.col), EndCol: int(r.endCol)}, true
}
