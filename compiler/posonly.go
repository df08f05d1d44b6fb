package compiler

import (
	"strconv"

	"github.com/go-python/gpython/py"
)

// Positional-only parameters (PEP 570). gpython's code objects have no
// co_posonlyargcount: the count is kept beside the code object (and marshalled with it,
// CodeTables), co_argcount includes them as in CPython, and the binding of arguments
// (internal/frames) reads PosOnlyCount to keep keywords away from them.

var posonly weakTable[py.Code, int]

func recordPosOnly(code *py.Code, n int) {
	if n > 0 {
		posonly.set(code, n)
	}
}

// PosOnlyCount returns co_posonlyargcount of code: how many of its first co_argcount
// parameters are positional-only.
func PosOnlyCount(code *py.Code) int {
	n, _ := posonly.get(code)
	return n
}

func encodePosOnly(code *py.Code) ([]byte, bool) {
	n, ok := posonly.get(code)
	return []byte(strconv.Itoa(n)), ok
}

func decodePosOnly(code *py.Code, data []byte) error {
	n, err := strconv.Atoi(string(data))
	if err != nil || n < 0 || n > int(code.Argcount) {
		return py.ExceptionNewf(py.ValueError, "bad marshal data (code)")
	}
	recordPosOnly(code, n)
	return nil
}
