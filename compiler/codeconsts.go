package compiler

import (
	"encoding/binary"
	"fmt"
	"sort"
	"sync"

	"github.com/go-python/gpython/py"
)

// What a code object is made of beyond gpython's py.Code fields, for whoever writes code
// objects out and reads them back in another process of the same binary (marshal, and
// through it the 'fork' start method of multiprocessing):
//
//   - the constants generated code loads that are not data: the helpers, the loop poller,
//     the internal locals(). Each has a name that does not depend on the order in which the
//     process created it (ConstName, ConstNamed);
//   - the tables kept beside a code object, weakly keyed by it (CodeTables): the exact line
//     table, the qualified name; a position table later.

var (
	constsOnce   sync.Once
	constsByName map[string]py.Object
	constNames   map[py.Object]string
)

// namedConsts lists every constant the code generator loads that is not data, by a name
// fixed in the source. compiler's tests check that compiling a corpus loads nothing else.
func namedConsts() map[string]py.Object {
	t := map[string]py.Object{
		"dict": helperDict, "set": helperSet, "setcomp": helperSetFromList, "mod": helperMod,
		"join": helperJoin, "call args": helperCallArgs, "call kw": helperCallKw, "kwargs": helperKwDict, "match": helperMatch,
		"star display": helperStarDisplay, "dict display": helperDictDisplay,
		"yield from": helperDelegate, "enter handler": helperEnterHandler,
		"exit handler": helperExitHandler, "with": helperWith, "display": helperDisplay, "class namespace": helperClassNamespace, "suspend handlers": helperSuspendHandlers,
		"resume handlers": helperResumeHandlers, "resume sent": helperResumeSent,
		"call no args": helperCallNoArgs, "super": helperSuperNoArgs, "super no class": helperSuperNoClass,
		"iter": helperIter, "iter check": helperIterCheck, "iter unpack": helperIterUnpack,
		"in": helperIn, "not in": helperNotIn, "truth": helperTruth, "not": helperNot, "unpack": helperUnpack, "subscript": helperSubscr,
		"add": helperAdd, "iadd": helperIAdd, "poller": thePoller, "del point": theDelPoint, "del item": helperDelItem, "store slice": helperSetSlice, "handler point": theHandlerPoint, "rebind point": theRebindPoint, "drop point": theDropPoint, "pop point": thePopPoint, "reraise": helperReraise, "raise": helperRaise, "locals": localsMethod,
		"setup annotations": helperSetupAnnotations,
		"class store":       helperClassStore, "class delete": helperClassDelete,
	}
	for name, h := range asyncConsts {
		t[name] = h
	}
	for name, h := range starConsts {
		t[name] = h
	}
	for conv, h := range formatHelpers {
		t["format"+conv] = h
	}
	for op, h := range compareHelpers {
		t[fmt.Sprintf("compare %d", op)] = h
	}
	for op, h := range binaryHelpers {
		t[fmt.Sprintf("binary %d", op)] = h
	}
	for op, h := range inplaceHelpers {
		t[fmt.Sprintf("inplace %d", op)] = h
	}
	for op, h := range unaryHelpers {
		t[fmt.Sprintf("unary %d", op)] = h
	}
	return t
}

func buildConsts() {
	constsByName = namedConsts()
	constNames = make(map[py.Object]string, len(constsByName))
	for name, obj := range constsByName {
		constNames[obj] = name
	}
}

// ConstName returns the name of a constant of generated code that is not data (a helper
// the code calls), and false for anything else.
func ConstName(obj py.Object) (string, bool) {
	constsOnce.Do(buildConsts)
	switch obj.(type) {
	case *delPoint:
		return "del point", true
	case *handlerPoint:
		return "handler point", true
	case *rebindPoint:
		switch p := obj.(*rebindPoint); {
		case p.drop:
			return "drop point", true
		case p.wide:
			return "pop point", true
		}
		return "rebind point", true
	case *helper, *poller, *subscriptHelper, *py.Method:
		name, ok := constNames[obj]
		return name, ok
	}
	return "", false
}

// ConstNamed returns the constant ConstName names name.
func ConstNamed(name string) (py.Object, bool) {
	constsOnce.Do(buildConsts)
	obj, ok := constsByName[name]
	return obj, ok
}

// CodeTable is data the compiler keeps beside some code objects, weakly keyed by them.
// Get returns a code object's table as bytes (false when it has none); Set gives a code
// object the table Get returned for another code object of the same binary.
type CodeTable struct {
	Name string
	Get  func(code *py.Code) ([]byte, bool)
	Set  func(code *py.Code, data []byte) error
}

// CodeTables lists the tables kept beside code objects, in a fixed order.
func CodeTables() []CodeTable {
	return []CodeTable{
		{Name: "lines", Get: encodeLines, Set: decodeLines},
		{Name: "qualname", Get: func(code *py.Code) ([]byte, bool) {
			q, ok := qualnames.get(code)
			return []byte(q), ok
		}, Set: func(code *py.Code, data []byte) error {
			recordQualname(code, string(data))
			return nil
		}},
		{Name: "posonly", Get: encodePosOnly, Set: decodePosOnly},
		{Name: "positions", Get: encodePositions, Set: decodePositions},
	}
}

// encodeLines writes code's exact line table (see lines.go) as pairs of varints.
func encodeLines(code *py.Code) ([]byte, bool) {
	runs, ok := lines.get(code)
	if !ok {
		return nil, false
	}
	out := make([]byte, 0, 4*len(runs))
	for _, r := range runs {
		out = binary.AppendUvarint(out, uint64(r.start))
		out = binary.AppendVarint(out, int64(r.line))
	}
	return out, true
}

// decodeLines gives code the line table encodeLines wrote.
func decodeLines(code *py.Code, data []byte) error {
	var runs []lineRun
	for len(data) > 0 {
		start, n := binary.Uvarint(data)
		if n <= 0 || start > 1<<32-1 {
			return py.ExceptionNewf(py.ValueError, "bad marshal data (line table)")
		}
		data = data[n:]
		line, n := binary.Varint(data)
		if n <= 0 || line < -1<<31 || line > 1<<31-1 {
			return py.ExceptionNewf(py.ValueError, "bad marshal data (line table)")
		}
		data = data[n:]
		runs = append(runs, lineRun{start: uint32(start), line: int32(line)})
	}
	if !sort.SliceIsSorted(runs, func(i, j int) bool { return runs[i].start < runs[j].start }) {
		return py.ExceptionNewf(py.ValueError, "bad marshal data (line table)")
	}
	lines.set(code, runs)
	return nil
}
