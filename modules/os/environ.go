package os

import (
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/environ"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/errno"
)

// Environ is os.environ: a live mapping over the interpreter's environment (package
// internal/environ: the process's, unless the embedding program gave the interpreter its
// own). Writes go to that environment itself, so os.getenv sees them and so do children,
// which inherit it when they are started.
type Environ struct{}

// EnvironType is the type of os.environ (CPython's os._Environ).
var EnvironType = py.NewType("_Environ", "A mapping object over the process environment.")

// Type returns EnvironType.
func (e *Environ) Type() *py.Type { return EnvironType }

func envStr(o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "str expected, not %s", o.Type().Name)
	}
	return string(s), nil
}

// names lists the variables in the environment's order.
func envNames() []string {
	var names []string
	for _, kv := range environ.List(nil) {
		if k, _, ok := strings.Cut(kv, "="); ok {
			names = append(names, k)
		}
	}
	return names
}

// M__getitem__ is environ[key].
func (e *Environ) M__getitem__(key py.Object) (py.Object, error) {
	k, err := envStr(key)
	if err != nil {
		return nil, err
	}
	v, ok := environ.Lookup(nil, k)
	if !ok {
		return nil, keyError(key)
	}
	return py.String(v), nil
}

// M__setitem__ is environ[key] = value.
func (e *Environ) M__setitem__(key, value py.Object) (py.Object, error) {
	k, err := envStr(key)
	if err != nil {
		return nil, err
	}
	v, err := envStr(value)
	if err != nil {
		return nil, err
	}
	if k == "" || strings.Contains(k, "=") {
		return nil, py.ExceptionNewf(py.ValueError, "illegal environment variable name")
	}
	if strings.ContainsRune(k+v, 0) {
		return nil, py.ExceptionNewf(py.ValueError, "embedded null byte")
	}
	return py.None, environ.Setenv(nil, k, v)
}

// M__delitem__ is del environ[key].
func (e *Environ) M__delitem__(key py.Object) (py.Object, error) {
	k, err := envStr(key)
	if err != nil {
		return nil, err
	}
	if _, ok := environ.Lookup(nil, k); !ok {
		return nil, keyError(key)
	}
	return py.None, environ.Unsetenv(nil, k)
}

// M__contains__ is key in environ.
func (e *Environ) M__contains__(key py.Object) (py.Object, error) {
	k, ok := key.(py.String)
	if !ok {
		return py.False, nil
	}
	_, found := environ.Lookup(nil, string(k))
	return py.NewBool(found), nil
}

// M__len__ is len(environ).
func (e *Environ) M__len__() (py.Object, error) { return py.Int(len(envNames())), nil }

// M__iter__ iterates over the variable names.
func (e *Environ) M__iter__() (py.Object, error) {
	return py.Iter(py.NewListFromStrings(envNames()))
}

// M__repr__ is CPython's environ({'K': 'V', ...}).
func (e *Environ) M__repr__() (py.Object, error) {
	var parts []string
	for _, k := range envNames() {
		parts = append(parts, reprOf(py.String(k))+": "+reprOf(py.String(environ.Getenv(nil, k))))
	}
	return py.String("environ({" + strings.Join(parts, ", ") + "})"), nil
}

func keyError(key py.Object) error {
	e, _ := py.ExceptionNew(py.KeyError, py.Tuple{key}, nil)
	return e.(*py.Exception)
}

func reprOf(o py.Object) string {
	s, err := py.ReprAsString(o)
	if err != nil {
		return "?"
	}
	return s
}

func init() {
	env := &Environ{}
	d := EnvironType.Dict
	d["get"] = py.MustNewMethod("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		var key, def py.Object = nil, py.None
		if err := py.UnpackTuple(args, nil, "get", 1, 2, &key, &def); err != nil {
			return nil, err
		}
		if v, ok := environ.Lookup(nil, string(asStr(key))); ok {
			return py.String(v), nil
		}
		return def, nil
	}, 0, "D.get(k[,d]) -> D[k] if k in D, else d.")
	d["keys"] = py.MustNewMethod("keys", func(self py.Object) (py.Object, error) {
		return py.NewListFromStrings(envNames()), nil
	}, 0, "The variable names.")
	d["values"] = py.MustNewMethod("values", func(self py.Object) (py.Object, error) {
		var vs []string
		for _, k := range envNames() {
			vs = append(vs, environ.Getenv(nil, k))
		}
		return py.NewListFromStrings(vs), nil
	}, 0, "The values.")
	d["items"] = py.MustNewMethod("items", func(self py.Object) (py.Object, error) {
		var items []py.Object
		for _, k := range envNames() {
			items = append(items, py.Tuple{py.String(k), py.String(environ.Getenv(nil, k))})
		}
		return py.NewListFromItems(items), nil
	}, 0, "The (name, value) pairs.")
	d["copy"] = py.MustNewMethod("copy", func(self py.Object) (py.Object, error) {
		out := objects.NewDict()
		for _, k := range envNames() {
			if err := out.SetItem(py.String(k), py.String(environ.Getenv(nil, k))); err != nil {
				return nil, err
			}
		}
		return out, nil
	}, 0, "A dict copy of the environment, in its order.")
	d["pop"] = py.MustNewMethod("pop", func(self py.Object, args py.Tuple) (py.Object, error) {
		var key, def py.Object
		if err := py.UnpackTuple(args, nil, "pop", 1, 2, &key, &def); err != nil {
			return nil, err
		}
		v, err := env.M__getitem__(key)
		if err != nil {
			if def != nil {
				return def, nil
			}
			return nil, err
		}
		_, err = env.M__delitem__(key)
		return v, err
	}, 0, "Remove a variable and return its value.")
	d["setdefault"] = py.MustNewMethod("setdefault", func(self py.Object, args py.Tuple) (py.Object, error) {
		var key, def py.Object
		if err := py.UnpackTuple(args, nil, "setdefault", 2, 2, &key, &def); err != nil {
			return nil, err
		}
		if v, err := env.M__getitem__(key); err == nil {
			return v, nil
		}
		if _, err := env.M__setitem__(key, def); err != nil {
			return nil, err
		}
		return def, nil
	}, 0, "Set a variable if it is unset and return its value.")
	d["update"] = py.MustNewMethod("update", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "MutableMapping.update() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
		}
		if len(args) == 1 {
			other := args[0]
			if err := updateFrom(env, other); err != nil {
				return nil, err
			}
		}
		for k, v := range kwargs {
			if _, err := env.M__setitem__(py.String(k), v); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}, 0, "Set the variables of a mapping (or of (name, value) pairs) and of the keywords.")
	d["clear"] = py.MustNewMethod("clear", func(self py.Object) (py.Object, error) {
		for _, k := range envNames() {
			if _, err := env.M__delitem__(py.String(k)); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}, 0, "Unset every variable.")
	d["popitem"] = py.MustNewMethod("popitem", func(self py.Object) (py.Object, error) {
		names := envNames()
		if len(names) == 0 {
			return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{}}
		}
		k := py.String(names[0])
		v, err := env.M__getitem__(k)
		if err != nil {
			return nil, err
		}
		if _, err := env.M__delitem__(k); err != nil {
			return nil, err
		}
		return py.Tuple{k, v}, nil
	}, 0, "Unset the first variable and return its (name, value).")
	builtins.Ready(EnvironType)
	py.GetModuleImpl("os").Globals["environ"] = env
	addMethods(
		py.MustNewMethod("getenv", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var key, def py.Object = nil, py.None
			if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:getenv", []string{"key", "default"}, &key, &def); err != nil {
				return nil, err
			}
			k, err := envStr(key)
			if err != nil {
				return nil, err
			}
			if v, ok := environ.Lookup(nil, k); ok {
				return py.String(v), nil
			}
			return def, nil
		}, 0, "Get an environment variable, return None if it doesn't exist.\nThe optional second argument can specify an alternate default.\nkey, default and the result are str."),
		py.MustNewMethod("putenv", func(self py.Object, args py.Tuple) (py.Object, error) {
			var name, value py.Object
			if err := py.UnpackTuple(args, nil, "putenv", 2, 2, &name, &value); err != nil {
				return nil, err
			}
			k, _, err := pathArg(name)
			if err != nil {
				return nil, err
			}
			v, _, err := pathArg(value)
			if err != nil {
				return nil, err
			}
			switch {
			case strings.ContainsRune(k+v, 0):
				return nil, py.ExceptionNewf(py.ValueError, "embedded null byte")
			case strings.Contains(k, "="):
				return nil, py.ExceptionNewf(py.ValueError, "illegal environment variable name")
			case k == "":
				return nil, errno.FromError(unix.EINVAL)
			}
			return py.None, environ.Setenv(nil, k, v)
		}, 0, "Change or add an environment variable."),
		py.MustNewMethod("unsetenv", func(self py.Object, name py.Object) (py.Object, error) {
			k, _, err := pathArg(name)
			if err != nil {
				return nil, err
			}
			switch {
			case strings.ContainsRune(k, 0):
				return nil, py.ExceptionNewf(py.ValueError, "embedded null byte")
			case k == "" || strings.Contains(k, "="):
				return nil, errno.FromError(unix.EINVAL)
			}
			return py.None, environ.Unsetenv(nil, k)
		}, 0, "Delete an environment variable."),
	)
}

func asStr(o py.Object) py.String {
	s, _ := o.(py.String)
	return s
}

// updateFrom sets env's variables from other as MutableMapping.update does: through its
// keys() when it has one, else from its (name, value) pairs.
func updateFrom(env *Environ, other py.Object) error {
	if keys, err := py.GetAttrString(other, "keys"); err == nil {
		names, err := py.Call(keys, nil, nil)
		if err != nil {
			return err
		}
		var setErr error
		if err := py.Iterate(names, func(k py.Object) bool {
			v, e := py.GetItem(other, k)
			if e == nil {
				_, e = env.M__setitem__(k, v)
			}
			setErr = e
			return e != nil
		}); err != nil {
			return err
		}
		return setErr
	}
	var err error
	iterErr := py.Iterate(other, func(pair py.Object) bool {
		items, e := py.SequenceTuple(pair)
		if e == nil && len(items) != 2 {
			e = py.ExceptionNewf(py.ValueError, "too many values to unpack (expected 2)")
			if len(items) < 2 {
				e = py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected 2, got %d)", len(items))
			}
		}
		if e == nil {
			_, e = env.M__setitem__(items[0], items[1])
		}
		err = e
		return e != nil
	})
	if iterErr != nil {
		return iterErr
	}
	return err
}
