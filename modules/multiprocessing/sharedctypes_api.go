package multiprocessing

import (
	"bytes"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/pickle"
)

// index converts a[i]'s index (negative from the end); out of range is ctypes' IndexError.
func (s *Shared) index(key py.Object) (int, error) {
	i, err := py.IndexInt(key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += s.n
	}
	if i < 0 || i >= s.n {
		return 0, py.ExceptionNewf(py.IndexError, "invalid index")
	}
	return i, nil
}

func (s *Shared) checkArray(op string) error {
	if s.n < 0 {
		return py.ExceptionNewf(py.TypeError, "'%s' object %s", s.typ.Name, op)
	}
	return nil
}

// M__len__ is len() of an array.
func (s *Shared) M__len__() (py.Object, error) {
	if err := s.checkArray("has no len()"); err != nil {
		return nil, err
	}
	return py.Int(s.n), nil
}

// M__getitem__ is a[i] and a[i:j] (a list, or bytes for a char array).
func (s *Shared) M__getitem__(key py.Object) (py.Object, error) {
	if err := s.checkArray("is not subscriptable"); err != nil {
		return nil, err
	}
	return s.locked(func() (py.Object, error) {
		if sl, ok := key.(*py.Slice); ok {
			start, _, step, n, err := sl.GetIndices(s.n)
			if err != nil {
				return nil, err
			}
			items := make([]py.Object, n)
			for k := 0; k < n; k++ {
				items[k] = s.t.load(s.elem(start + k*step))
			}
			if s.t.char {
				b := make(py.Bytes, n)
				for k, it := range items {
					b[k] = it.(py.Bytes)[0]
				}
				return b, nil
			}
			if s.t.wchar {
				var sb strings.Builder
				for _, it := range items {
					sb.WriteString(string(it.(py.String)))
				}
				return py.String(sb.String()), nil
			}
			return py.NewListFromItems(items), nil
		}
		i, err := s.index(key)
		if err != nil {
			return nil, err
		}
		return s.t.load(s.elem(i)), nil
	})
}

// M__setitem__ is a[i] = v and a[i:j] = sequence of the same size.
func (s *Shared) M__setitem__(key, v py.Object) (py.Object, error) {
	if err := s.checkArray("does not support item assignment"); err != nil {
		return nil, err
	}
	return s.locked(func() (py.Object, error) {
		if sl, ok := key.(*py.Slice); ok {
			start, _, step, n, err := sl.GetIndices(s.n)
			if err != nil {
				return nil, err
			}
			vals, err := py.SequenceTuple(v)
			if err != nil {
				return nil, err
			}
			if len(vals) != n {
				return nil, py.ExceptionNewf(py.ValueError, "Can only assign sequence of same size")
			}
			for k, x := range vals {
				if err := s.t.store(s.elem(start+k*step), x); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		}
		i, err := s.index(key)
		if err != nil {
			return nil, err
		}
		return py.None, s.t.store(s.elem(i), v)
	})
}

// M__iter__ iterates over a copy of the array's elements.
func (s *Shared) M__iter__() (py.Object, error) {
	all, err := s.M__getitem__(&py.Slice{Start: py.None, Stop: py.None, Step: py.None})
	if err != nil {
		return nil, err
	}
	if b, ok := all.(py.Bytes); ok {
		items := make([]py.Object, len(b))
		for i, c := range b {
			items[i] = py.Bytes{c}
		}
		return py.NewIterator(py.Tuple(items)), nil
	}
	return py.NewIterator(py.Tuple(all.(*py.List).Items)), nil
}

// raw returns the object without its lock (get_obj()).
func (s *Shared) raw() *Shared {
	r := *s
	r.lock = nil
	r.setType()
	return &r
}

func (s *Shared) reduce() (py.Object, error) {
	if s.lock == nil && spawningNow(s.ctx) == nil {
		// A raw ctypes object outside spawning fails as CPython's does: a value on its
		// mmap buffer, an array on its generated class, which no module holds.
		if s.n < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "cannot pickle 'mmap.mmap' object")
		}
		return nil, py.ExceptionNewf(pickle.PicklingError, "Can't pickle <class 'multiprocessing.sharedctypes.%s'>: attribute lookup %s on multiprocessing.sharedctypes failed", s.typeName, s.typeName)
	}
	fd, err := handOver(s.ctx, s.typ.Name, s.mem.res.memfd.get())
	if err != nil {
		return nil, err
	}
	rebuild, err := moduleFunc(s.ctx, "multiprocessing.sharedctypes", "_rebuild_shared")
	if err != nil {
		return nil, err
	}
	var lock py.Object = py.None
	if s.lock != nil {
		lock = s.lock
	}
	return py.Tuple{rebuild, py.Tuple{py.String(s.code), py.Int(s.n), py.Int(fd), lock}}, nil
}

// rebuildShared is multiprocessing.sharedctypes._rebuild_shared(code, n, memfd, lock).
func rebuildShared(self py.Object, args py.Tuple) (py.Object, error) {
	var code, n, fd, lock py.Object
	if err := py.UnpackTuple(args, nil, "_rebuild_shared", 4, 4, &code, &n, &fd, &lock); err != nil {
		return nil, err
	}
	c, _ := code.(py.String)
	t, ok := ctypes[string(c)]
	count, ok1 := n.(py.Int)
	memfd, ok2 := fd.(py.Int)
	if !ok || !ok1 || !ok2 {
		return nil, py.ExceptionNewf(py.ValueError, "_rebuild_shared: bad arguments")
	}
	mem, err := openSharedMem(int(memfd), max(int(count), 1)*t.size)
	if err != nil {
		return nil, err
	}
	s := &Shared{ctx: self.(*py.Module).Context, mem: mem, code: string(c), t: t, n: int(count)}
	s.lock, _ = lock.(*SemLock)
	s.setType()
	return s, nil
}

func init() {
	all := []*py.Type{SynchronizedType, SynchronizedArrayType, SynchronizedStringType, RawValueType, RawArrayType}
	for _, t := range all {
		d := t.Dict
		m := func(name, doc string, fn func(s *Shared, args py.Tuple) (py.Object, error)) {
			d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
				s, ok := self.(*Shared)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' needs a shared ctypes object", name)
				}
				return fn(s, args)
			}, 0, doc)
		}
		m("__reduce__", "A shared object travels only to a child being spawned.", func(s *Shared, args py.Tuple) (py.Object, error) {
			return s.reduce()
		})
		if t == SynchronizedType || t == RawValueType {
			d["value"] = &py.Property{
				Fget: func(self py.Object) (py.Object, error) {
					s := self.(*Shared)
					return s.locked(func() (py.Object, error) { return s.t.load(s.elem(0)), nil })
				},
				Fset: func(self, v py.Object) error {
					s := self.(*Shared)
					_, err := s.locked(func() (py.Object, error) { return py.None, s.t.store(s.elem(0), v) })
					return err
				},
			}
		}
		if t == SynchronizedStringType {
			d["value"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
				s := self.(*Shared)
				return s.locked(func() (py.Object, error) {
					b := s.mem.res.mem[:s.n]
					if i := bytes.IndexByte(b, 0); i >= 0 {
						b = b[:i]
					}
					return py.Bytes(append([]byte(nil), b...)), nil
				})
			}, Fset: func(self, v py.Object) error {
				s := self.(*Shared)
				b, ok := v.(py.Bytes)
				if !ok {
					return py.ExceptionNewf(py.TypeError, "bytes expected instead of %s instance", v.Type().Name)
				}
				if len(b) > s.n {
					return py.ExceptionNewf(py.ValueError, "byte string too long")
				}
				_, err := s.locked(func() (py.Object, error) {
					copy(s.mem.res.mem, b)
					if len(b) < s.n {
						s.mem.res.mem[len(b)] = 0
					}
					return py.None, nil
				})
				return err
			}}
			d["raw"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
				s := self.(*Shared)
				return s.locked(func() (py.Object, error) { return py.Bytes(append([]byte(nil), s.mem.res.mem[:s.n]...)), nil })
			}}
		}
		if t == RawValueType || t == RawArrayType {
			continue
		}
		m("get_lock", "Return the lock of the shared object.", func(s *Shared, args py.Tuple) (py.Object, error) { return s.lock, nil })
		m("get_obj", "Return the shared ctypes object without its lock.", func(s *Shared, args py.Tuple) (py.Object, error) { return s.raw(), nil })
		m("acquire", "Acquire the lock.", func(s *Shared, args py.Tuple) (py.Object, error) {
			t, err := acquireArgs(args, nil)
			if err != nil {
				return nil, err
			}
			ok, err := s.lock.acquire(t)
			return py.NewBool(ok), err
		})
		m("release", "Release the lock.", func(s *Shared, args py.Tuple) (py.Object, error) { return py.None, s.lock.release() })
		m("__enter__", "", func(s *Shared, args py.Tuple) (py.Object, error) {
			ok, err := s.lock.acquire(-1)
			return py.NewBool(ok), err
		})
		m("__exit__", "", func(s *Shared, args py.Tuple) (py.Object, error) { return py.None, s.lock.release() })
	}
	builtins.Ready(all...)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "multiprocessing.sharedctypes", Doc: "ctypes objects in shared memory, with or without a lock."},
		Methods: append(sharedFunctions(), py.MustNewMethod("_rebuild_shared", rebuildShared, 0, "Rebuild a shared object handed over to a spawned child.")),
		Globals: py.StringDict{"Synchronized": SynchronizedType, "SynchronizedArray": SynchronizedArrayType, "SynchronizedString": SynchronizedStringType},
	})
}

// typecodeOf is the typecode of Value's and Array's first argument: a typecode string
// (sharedctypes' own, which has no '?'), or a simple ctypes type (ctypes.c_int...), whose
// _type_ is its typecode.
func typecodeOf(arg py.Object, fn string) (py.String, error) {
	if code, ok := arg.(py.String); ok {
		if code == "?" {
			return "", py.ExceptionNewf(py.TypeError, "this type has no size")
		}
		return code, nil
	}
	if t, ok := arg.(*py.Type); ok {
		if v, err := py.GetAttrString(t, "_type_"); err == nil {
			if code, ok := v.(py.String); ok {
				if _, known := ctypes[string(code)]; known {
					return code, nil
				}
			}
		}
		if _, err := py.GetAttrString(t, "_size_"); err == nil {
			return "", py.ExceptionNewf(py.TypeError, "gopy's %s() shares ctypes' numbers and characters, not %s", fn, t.Name)
		}
	}
	return "", py.ExceptionNewf(py.TypeError, "this type has no size")
}

// sharedFunctions are Value, Array, RawValue and RawArray (in multiprocessing and
// multiprocessing.sharedctypes).
func sharedFunctions() []*py.Method {
	mk := func(name, doc string, array, raw bool) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			m, ok := self.(*py.Module)
			if !ok || len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() missing 1 required positional argument: 'typecode_or_type'", name)
			}
			var lock py.Object = py.True
			for k, v := range kwargs {
				if k != "lock" || raw {
					return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
				}
				lock = v
			}
			if raw {
				lock = nil
			}
			code, err := typecodeOf(args[0], name)
			if err != nil {
				return nil, err
			}
			if !array {
				if len(args) > 2 {
					return nil, py.ExceptionNewf(py.TypeError, "this function takes at most 1 argument (%d given)", len(args)-1)
				}
				return newShared(m.Context, string(code), -1, args[1:], lock)
			}
			if len(args) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes 2 positional arguments but %d were given", name, len(args))
			}
			if n, ok := args[1].(py.Int); ok {
				if n < 0 {
					return nil, py.ExceptionNewf(py.ValueError, "Array length must be >= 0")
				}
				return newShared(m.Context, string(code), int(n), nil, lock)
			}
			init, err := py.SequenceTuple(args[1])
			if err != nil {
				return nil, err
			}
			return newShared(m.Context, string(code), len(init), init, lock)
		}, 0, doc)
	}
	return []*py.Method{
		mk("Value", "Returns a synchronized shared object", false, false),
		mk("Array", "Returns a synchronized shared array", true, false),
		mk("RawValue", "Returns a shared object", false, true),
		mk("RawArray", "Returns a shared array", true, true),
	}
}
