package compiler

import (
	"encoding/binary"
	"sort"
	"sync"

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

// rawPositions keeps the tables of code objects read back by marshal (decodePositions)
// as they were written, until a traceback first asks for one: most never are.
var rawPositions weakTable[py.Code, []byte]

// decodeMu makes decoding a table and moving it to positions one step.
var decodeMu sync.Mutex

// positionRuns returns code's position table, decoding it on first use if it was read
// back by marshal.
func positionRuns(code *py.Code) ([]posRun, bool) {
	if runs, ok := positions.get(code); ok {
		return runs, true
	}
	decodeMu.Lock()
	defer decodeMu.Unlock()
	if runs, ok := positions.get(code); ok { // decoded by another thread meanwhile
		return runs, true
	}
	raw, ok := rawPositions.take(code)
	if !ok {
		return nil, false
	}
	runs, err := parsePositions(raw)
	if err != nil {
		return nil, false
	}
	positions.set(code, runs)
	return runs, true
}

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
	runs, ok := positionRuns(code)
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

// encodePositions writes code's position table (see above) as varints: each run's start
// address, then its line, end line, column and end column.
func encodePositions(code *py.Code) ([]byte, bool) {
	if raw, ok := rawPositions.get(code); ok {
		return raw, true
	}
	runs, ok := positions.get(code)
	if !ok {
		return nil, false
	}
	out := make([]byte, 0, 8*len(runs))
	for _, r := range runs {
		out = binary.AppendUvarint(out, uint64(r.start))
		for _, v := range [4]int32{r.line, r.endLine, r.col, r.endCol} {
			out = binary.AppendVarint(out, int64(v))
		}
	}
	return out, true
}

// decodePositions gives code the position table encodePositions wrote: it checks the
// data and keeps it, to be decoded when first used (positionRuns).
func decodePositions(code *py.Code, data []byte) error {
	if _, err := scanPositions(data, nil); err != nil {
		return err
	}
	rawPositions.set(code, append([]byte(nil), data...))
	return nil
}

// parsePositions decodes a position table encodePositions wrote.
func parsePositions(data []byte) ([]posRun, error) {
	return scanPositions(data, make([]posRun, 0, len(data)/6))
}

// scanPositions checks a position table and appends its runs to runs (only checks when
// runs is nil).
func scanPositions(data []byte, runs []posRun) ([]posRun, error) {
	keep := runs != nil
	var last uint32
	for n := 0; len(data) > 0; n++ {
		start, k := binary.Uvarint(data)
		if k <= 0 || start > 1<<32-1 || (n > 0 && uint32(start) < last) {
			return nil, badPositions()
		}
		data, last = data[k:], uint32(start)
		var v [4]int32
		for i := range v {
			x, k := binary.Varint(data)
			if k <= 0 || x < -1<<31 || x > 1<<31-1 {
				return nil, badPositions()
			}
			data = data[k:]
			v[i] = int32(x)
		}
		if keep {
			runs = append(runs, posRun{start: uint32(start), line: v[0], endLine: v[1], col: v[2], endCol: v[3]})
		}
	}
	return runs, nil
}

func badPositions() error {
	return py.ExceptionNewf(py.ValueError, "bad marshal data (position table)")
}
