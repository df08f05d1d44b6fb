package objects

import (
	"github.com/go-python/gpython/py"
)

type pyArgs = py.Tuple
type pyKw = py.StringDict

func selfDict(self py.Object) *Dict { return self.(*Dict) }

func init() {
	DictType.Flags |= py.TPFLAGS_BASETYPE
	addMethods(DictType,
		method("__init__", "Initialize self.  See help(type(self)) for accurate signature.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			return py.None, dictInit(self, args, kw)
		}),
		method("keys", "D.keys() -> a set-like object providing a view on D's keys", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "keys", args); err != nil {
				return nil, err
			}
			return &dictView{d: selfDict(self), kind: iterKeys}, nil
		}),
		method("values", "D.values() -> an object providing a view on D's values", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "values", args); err != nil {
				return nil, err
			}
			return &dictView{d: selfDict(self), kind: iterValues}, nil
		}),
		method("items", "D.items() -> a set-like object providing a view on D's items", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "items", args); err != nil {
				return nil, err
			}
			return &dictView{d: selfDict(self), kind: iterItems}, nil
		}),
		method("get", "Return the value for key if key is in the dictionary, else default.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var k, def py.Object = nil, py.None
			if err := unpackPos("get", args, kw, 1, &k, &def); err != nil {
				return nil, err
			}
			v, ok, err := selfDict(self).GetItem(k)
			if err != nil || ok {
				return v, err
			}
			return def, nil
		}),
		method("setdefault", "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var k, def py.Object = nil, py.None
			if err := unpackPos("setdefault", args, kw, 1, &k, &def); err != nil {
				return nil, err
			}
			d := selfDict(self)
			v, ok, err := d.GetItem(k)
			if err != nil || ok {
				return v, err
			}
			return def, d.SetItem(k, def)
		}),
		method("pop", "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var k, def py.Object
			if err := unpackPos("pop", args, kw, 1, &k, &def); err != nil {
				return nil, err
			}
			d := selfDict(self)
			pos, _, err := d.t.lookup(k)
			if err != nil {
				return nil, err
			}
			if pos < 0 {
				if def != nil {
					return def, nil
				}
				return nil, keyError(k)
			}
			v := d.t.entries[pos].value
			d.t.remove(pos)
			return v, nil
		}),
		method("popitem", "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "popitem", args); err != nil {
				return nil, err
			}
			d := selfDict(self)
			pos := d.t.last()
			if pos < 0 {
				return nil, newExc(py.KeyError, py.String("popitem(): dictionary is empty"))
			}
			e := d.t.entries[pos]
			d.t.remove(pos)
			return py.Tuple{e.key, e.value}, nil
		}),
		method("update", "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			var other py.Object
			if err := unpackPos("update", args, nil, 0, &other); err != nil {
				return nil, err
			}
			d := selfDict(self)
			if other != nil {
				if err := d.update(other); err != nil {
					return nil, err
				}
			}
			return py.None, d.updateKwargs(kw)
		}),
		method("copy", "D.copy() -> a shallow copy of D", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "copy", args); err != nil {
				return nil, err
			}
			return selfDict(self).Copy(), nil
		}),
		method("clear", "D.clear() -> None.  Remove all items from D.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := noArgs(self, "clear", args); err != nil {
				return nil, err
			}
			selfDict(self).Clear()
			return py.None, nil
		}),
		method("__contains__", "True if the dictionary has the specified key, else False.", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "__contains__", args); err != nil {
				return nil, err
			}
			return selfDict(self).M__contains__(args[0])
		}),
		method("__getitem__", "x.__getitem__(y) <==> x[y]", func(self py.Object, args pyArgs, kw pyKw) (py.Object, error) {
			if err := oneArg(self, "__getitem__", args); err != nil {
				return nil, err
			}
			return selfDict(self).M__getitem__(args[0])
		}),
	)
	DictType.Dict["fromkeys"] = classMethod(DictType, "fromkeys", "Create a new dictionary with keys from iterable and values set to value.", func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var it, v py.Object = nil, py.None
		if len(kwargs) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "dict.fromkeys() takes no keyword arguments")
		}
		if err := unpackPos("fromkeys", args, nil, 1, &it, &v); err != nil {
			return nil, err
		}
		if cls == DictType {
			d := NewDict()
			err := iterate(it, func(k py.Object) (bool, error) { return true, d.SetItem(k, v) })
			return d, err
		}
		// a subclass: made by calling it, filled through its own __setitem__
		d, err := py.Call(cls, nil, nil)
		if err != nil {
			return nil, err
		}
		err = iterate(it, func(k py.Object) (bool, error) {
			_, err := py.SetItem(d, k, v)
			return true, err
		})
		return d, err
	})
}
