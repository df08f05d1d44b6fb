package objects

import (
	"github.com/go-python/gpython/py"
	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/modules/builtins"
)

// NewDictFromPairs builds a dict from kv = k1, v1, k2, v2, ... (compiler.RT.NewDict).
func NewDictFromPairs(kv []py.Object) (py.Object, error) {
	d := NewDict()
	for i := 0; i+1 < len(kv); i += 2 {
		if err := d.SetItem(kv[i], kv[i+1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// NewSetFromItems builds a set display {x1, x2, ...} (compiler.RT.NewSet).
func NewSetFromItems(items []py.Object) (py.Object, error) {
	s := NewSet()
	for _, x := range items {
		if err := s.Add(x); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func init() {
	compiler.RT.NewDict = NewDictFromPairs
	compiler.RT.NewSet = NewSetFromItems
	compiler.RT.Mod = Mod
	compiler.RT.Compare = Compare
	compiler.RT.FormatValue = FormatValue
	compiler.RT.Iter = Iter
	compiler.RT.ConcatBytes = concatBytes
	compiler.RT.GetItem = GetItem
	compiler.RT.StrItem = StrItem
	compiler.RT.Contains = Contains
	// what sequence and mapping patterns accept (compiler/matchrt.go)
	DictType.Flags |= compiler.FlagMapping
	MemoryViewType.Flags |= compiler.FlagSequence

	builtins.Add(builtinMethods()...)
	builtins.SetGlobal("dict", DictType)
	builtins.SetGlobal("set", SetType)
	builtins.SetGlobal("frozenset", FrozenSetType)
	builtins.SetGlobal("bytearray", ByteArrayType)
	builtins.SetGlobal("memoryview", MemoryViewType)
	builtins.SetGlobal("enumerate", EnumerateType)
	builtins.SetGlobal("reversed", ReversedType)
	builtins.SetGlobal("map", MapType)
}
