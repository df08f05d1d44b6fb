package objects

import (
	"github.com/go-python/gpython/py"
)

// gpython's py.StringDict (a Go map with str keys) still reaches Python code as the dict of
// globals(), of modules and of some instances. It keeps its Go representation, but gets
// the dict method set here; having lost insertion order, it iterates in sorted key order so
// that output is at least deterministic.

func selfSD(self py.Object) py.StringDict { return self.(py.StringDict) }

// snapshot copies a StringDict into an ordered Dict (sorted keys).
func snapshot(sd py.StringDict) *Dict {
	d := NewDict()
	for _, k := range sortedKeys(sd) {
		_ = d.SetItem(py.String(k), sd[k])
	}
	return d
}

func sdKey(k py.Object) (string, bool) {
	s, ok := k.(py.String)
	return string(s), ok
}

func installStringDictMethods() {
	view := func(name string, kind iterKind) methodDef {
		return method(name, "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, name, args); err != nil {
				return nil, err
			}
			return &dictView{d: snapshot(selfSD(self)), kind: kind}, nil
		})
	}
	addMethods(py.StringDictType,
		view("keys", iterKeys), view("values", iterValues), view("items", iterItems),
		method("get", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var k, def py.Object = nil, py.None
			if err := unpackPos("get", args, kw, 1, &k, &def); err != nil {
				return nil, err
			}
			if s, ok := sdKey(k); ok {
				if v, ok := selfSD(self)[s]; ok {
					return v, nil
				}
			} else if _, err := Hash(k); err != nil {
				return nil, err
			}
			return def, nil
		}),
		method("setdefault", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var k, def py.Object = nil, py.None
			if err := unpackPos("setdefault", args, kw, 1, &k, &def); err != nil {
				return nil, err
			}
			s, ok := sdKey(k)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "this dict only has str keys, not %s", typeName(k))
			}
			if v, ok := selfSD(self)[s]; ok {
				return v, nil
			}
			selfSD(self)[s] = def
			return def, nil
		}),
		method("pop", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var k, def py.Object
			if err := unpackPos("pop", args, kw, 1, &k, &def); err != nil {
				return nil, err
			}
			if s, ok := sdKey(k); ok {
				if v, ok := selfSD(self)[s]; ok {
					delete(selfSD(self), s)
					return v, nil
				}
			}
			if def != nil {
				return def, nil
			}
			return nil, keyError(k)
		}),
		method("update", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var other py.Object
			if err := unpackPos("update", args, nil, 0, &other); err != nil {
				return nil, err
			}
			tmp := NewDict()
			if other != nil {
				if err := tmp.update(other); err != nil {
					return nil, err
				}
			}
			if err := tmp.updateKwargs(kw); err != nil {
				return nil, err
			}
			sd := selfSD(self)
			for _, kv := range tmp.Items() {
				s, ok := sdKey(kv[0])
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "this dict only has str keys, not %s", typeName(kv[0]))
				}
				sd[s] = kv[1]
			}
			return py.None, nil
		}),
		method("copy", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "copy", args); err != nil {
				return nil, err
			}
			return snapshot(selfSD(self)), nil
		}),
		method("clear", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "clear", args); err != nil {
				return nil, err
			}
			sd := selfSD(self)
			for k := range sd {
				delete(sd, k)
			}
			return py.None, nil
		}),
		method("__contains__", "", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "__contains__", args); err != nil {
				return nil, err
			}
			s, ok := sdKey(args[0])
			if !ok {
				return py.False, nil
			}
			_, in := selfSD(self)[s]
			return py.NewBool(in), nil
		}),
	)
}
