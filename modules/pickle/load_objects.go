package pickle

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// This file holds the opcodes that build or look up objects.

func (u *Unpickler) doAppend(x int) error {
	n := len(u.stack)
	if x > n || x <= u.fence {
		return u.underflow()
	}
	if n == x {
		return nil
	}
	target := u.stack[x-1]
	if l, ok := target.(*py.List); ok {
		l.Items = append(l.Items, u.stack[x:]...)
		clear(u.stack[x:])
		u.stack = u.stack[:x]
		return nil
	}
	items, err := u.popSlice(x)
	if err != nil {
		return err
	}
	extend, err := lookupAttr(target, "extend")
	if err != nil {
		return err
	}
	if extend != nil {
		_, err := py.Call(extend, py.Tuple{py.NewListFromItems(items)}, nil)
		return err
	}
	appendFn, err := getAttr(target, "append")
	if err != nil {
		return err
	}
	for _, it := range items {
		if _, err := py.Call(appendFn, py.Tuple{it}, nil); err != nil {
			return err
		}
	}
	return nil
}

func (u *Unpickler) doSetItems(x int) error {
	n := len(u.stack)
	if x > n || x <= u.fence {
		return u.underflow()
	}
	if n == x {
		return nil
	}
	if (n-x)%2 != 0 {
		return py.ExceptionNewf(UnpicklingError, "odd number of items for SETITEMS")
	}
	target := u.stack[x-1]
	items := u.stack[x:]
	for i := 0; i+1 < len(items); i += 2 {
		if err := dictSet(target, items[i], items[i+1]); err != nil {
			return err
		}
	}
	clear(u.stack[x:])
	u.stack = u.stack[:x]
	return nil
}

func (u *Unpickler) loadAddItems() error {
	m, err := u.marker()
	if err != nil {
		return err
	}
	n := len(u.stack)
	if m > n || m <= u.fence {
		return u.underflow()
	}
	if n == m {
		return nil
	}
	target := u.stack[m-1]
	items, err := u.popSlice(m)
	if err != nil {
		return err
	}
	return setAddAll(target, items)
}

func (u *Unpickler) readDecimal() (int64, bool, string, error) {
	line, err := u.readArgLine()
	if err != nil {
		return 0, false, "", err
	}
	x, ok := parsePyInt(cString(line), 10)
	if !ok || !x.IsInt64() {
		return 0, false, string(line), nil
	}
	return x.Int64(), true, string(line), nil
}

func (u *Unpickler) loadGet(op byte) error {
	var idx uint64
	switch op {
	case opGet:
		v, ok, line, err := u.readDecimal()
		if err != nil {
			return err
		}
		if !ok {
			return intLiteralError(cString([]byte(line)), 10)
		}
		if v < 0 {
			return py.ExceptionNewf(UnpicklingError, "Memo value not found at index %d", v)
		}
		idx = uint64(v)
	case opBinGet:
		v, err := u.readUint(1)
		if err != nil {
			return err
		}
		idx = v
	default:
		v, err := u.readUint(4)
		if err != nil {
			return err
		}
		idx = v
	}
	x, err := u.memoGet(idx)
	if err != nil {
		return err
	}
	u.push(x)
	return nil
}

func (u *Unpickler) loadPut(op byte) error {
	var idx uint64
	switch op {
	case opPut:
		v, ok, line, err := u.readDecimal()
		if err != nil {
			return err
		}
		if len(u.stack) <= u.fence {
			return u.underflow()
		}
		if !ok {
			return intLiteralError(cString([]byte(line)), 10)
		}
		if v < 0 {
			return py.ExceptionNewf(py.ValueError, "negative PUT argument")
		}
		idx = uint64(v)
	case opBinPut:
		v, err := u.readUint(1)
		if err != nil {
			return err
		}
		idx = v
	case opLongBinPut:
		v, err := u.readUint(4)
		if err != nil {
			return err
		}
		idx = v
	default:
		idx = u.memoLen()
	}
	x, err := u.top()
	if err != nil {
		return err
	}
	u.memoPut(idx, x)
	return nil
}

func (u *Unpickler) loadGlobal(op byte) error {
	readName := func() (string, error) {
		line, err := u.src.readline()
		if err != nil {
			return "", err
		}
		if len(line) < 2 {
			return "", truncated()
		}
		b := line[:len(line)-1]
		if err := checkUTF8(b); err != nil {
			return "", err
		}
		return string(b), nil
	}
	// INST takes its mark before it reads the names, as CPython's load_inst.
	m := 0
	if op == opInst {
		var err error
		if m, err = u.marker(); err != nil {
			return err
		}
	}
	module, err := readName()
	if err != nil {
		return err
	}
	name, err := readName()
	if err != nil {
		return err
	}
	cls, err := u.findClass(module, name)
	if err != nil {
		return err
	}
	if op == opGlobal {
		u.push(cls)
		return nil
	}
	args, err := u.popSlice(m)
	if err != nil {
		return err
	}
	x, err := instantiate(cls, args)
	if err != nil {
		return err
	}
	u.push(x)
	return nil
}

// findClass resolves module.name: through a subclass's find_class when there is one,
// otherwise with the Python 2 renames for protocols below 3, then import and attribute
// lookup (dotted names from protocol 4).
func (u *Unpickler) findClass(module, name string) (py.Object, error) {
	if u.FindClass != nil {
		return py.Call(u.FindClass, py.Tuple{py.String(module), py.String(name)}, nil)
	}
	return FindClass(u.ctx, module, name, u.proto, u.fixImports)
}

// FindClass is the default Unpickler.find_class.
func FindClass(ctx py.Context, module, name string, proto int, fixImports bool) (py.Object, error) {
	if proto < 3 && fixImports {
		if r, ok := nameMapping[[2]string{module, name}]; ok {
			module, name = r[0], r[1]
		} else if r, ok := importMapping[module]; ok {
			module = r
		}
	}
	mod, err := importModule(ctx, module)
	if err != nil {
		return nil, err
	}
	path := []string{name}
	if proto >= 4 {
		path = strings.Split(name, ".")
		for _, p := range path {
			if p == "<locals>" {
				return nil, py.ExceptionNewf(py.AttributeError, "Can't get local attribute %s on %s", pyStrRepr(name), reprOf(mod))
			}
		}
	}
	x, _, err := deepAttr(mod, path)
	if err != nil || x == nil {
		if err != nil && !py.IsException(py.AttributeError, err) {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.AttributeError, "Can't get attribute %s on %s", pyStrRepr(name), reprOf(mod))
	}
	return constructible(x), nil
}

func (u *Unpickler) loadExt(op byte) error {
	width := map[byte]int{opExt1: 1, opExt2: 2, opExt4: 4}[op]
	code, err := u.readUint(width)
	if err != nil {
		return err
	}
	if width == 4 && int32(uint32(code)) <= 0 || code == 0 {
		return py.ExceptionNewf(UnpicklingError, "EXT specifies code <= 0")
	}
	cr, err := getModule(u.ctx, "copyreg")
	if err != nil {
		return err
	}
	key := py.Int(code)
	if v, ok, err := dictGet(cr.Globals["_extension_cache"], key); err == nil && ok {
		u.push(v)
		return nil
	}
	v, ok, err := dictGet(cr.Globals["_inverted_registry"], key)
	if err != nil || !ok {
		return py.ExceptionNewf(py.ValueError, "unregistered extension code %d", code)
	}
	pair, ok := v.(py.Tuple)
	if !ok || len(pair) != 2 {
		return py.ExceptionNewf(py.ValueError, "_inverted_registry[%d] isn't a 2-tuple of strings", code)
	}
	m, ok1 := pair[0].(py.String)
	n, ok2 := pair[1].(py.String)
	if !ok1 || !ok2 {
		return py.ExceptionNewf(py.ValueError, "_inverted_registry[%d] isn't a 2-tuple of strings", code)
	}
	x, err := u.findClass(string(m), string(n))
	if err != nil {
		return err
	}
	if c := cr.Globals["_extension_cache"]; c != nil {
		_ = dictSet(c, key, x)
	}
	u.push(x)
	return nil
}

func (u *Unpickler) loadBuild() error {
	state, err := u.pop()
	if err != nil {
		return err
	}
	inst, err := u.top()
	if err != nil {
		return err
	}
	return SetState(inst, state)
}

// SetState applies a pickled state to inst as the BUILD opcode does: inst.__setstate__(state)
// when defined, else the (dict, slotstate) default.
func SetState(inst, state py.Object) error {
	setstate, err := lookupAttr(inst, "__setstate__")
	if err != nil {
		return err
	}
	if setstate != nil {
		_, err := py.Call(setstate, py.Tuple{state}, nil)
		return err
	}
	var slotState py.Object
	if t, ok := state.(py.Tuple); ok && len(t) == 2 {
		state, slotState = t[0], t[1]
	}
	if state != py.None {
		items, ok := dictItems(state)
		if !ok {
			return py.ExceptionNewf(UnpicklingError, "state is not a dictionary")
		}
		if err := updateInstanceDict(inst, items); err != nil {
			return err
		}
	}
	if slotState != nil && slotState != py.None {
		items, ok := dictItems(slotState)
		if !ok {
			return py.ExceptionNewf(UnpicklingError, "slot state is not a dictionary")
		}
		for _, kv := range items {
			if _, err := py.SetAttr(inst, kv[0], kv[1]); err != nil {
				return err
			}
		}
	}
	return nil
}

// updateInstanceDict stores state items into inst.__dict__ (gpython instances without a
// __dict__ attribute get them as attributes).
func updateInstanceDict(inst py.Object, items [][2]py.Object) error {
	d, err := getAttr(inst, "__dict__")
	if err != nil {
		if !py.IsException(py.AttributeError, err) {
			return err
		}
		if t, ok := inst.(*py.Type); !ok || isClass(t) {
			return err
		}
		for _, kv := range items {
			if _, err := py.SetAttr(inst, kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	direct, hasDirect := inst.(attrSetter)
	for _, kv := range items {
		if s, ok := kv[0].(py.String); ok && hasDirect {
			if err := direct.SetAttrDirect(string(s), kv[1]); err != nil {
				return err
			}
			continue
		}
		if err := dictSet(d, kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

// attrSetter is implemented by instances that store attributes in insertion order.
type attrSetter interface {
	SetAttrDirect(name string, v py.Object) error
}

func (u *Unpickler) loadNewObj(op byte) error {
	var kwargs py.Object
	var err error
	if op == opNewObjEx {
		if kwargs, err = u.pop(); err != nil {
			return err
		}
	}
	args, err := u.pop()
	if err != nil {
		return err
	}
	cls, err := u.pop()
	if err != nil {
		return err
	}
	name := "NEWOBJ"
	if op == opNewObjEx {
		name = "NEWOBJ_EX"
	}
	t, ok := cls.(*py.Type)
	if !ok || !isClass(t) {
		return py.ExceptionNewf(UnpicklingError, "%s class argument must be a type, not %s", name, typeName(cls))
	}
	targs, ok := args.(py.Tuple)
	if !ok {
		return py.ExceptionNewf(UnpicklingError, "%s args argument must be a tuple, not %s", name, typeName(args))
	}
	var kw py.StringDict
	if kwargs != nil {
		items, ok := dictItems(kwargs)
		if !ok {
			return py.ExceptionNewf(UnpicklingError, "NEWOBJ_EX kwargs argument must be a dict, not %s", typeName(kwargs))
		}
		kw = py.NewStringDict()
		for _, kv := range items {
			k, ok := kv[0].(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			kw[string(k)] = kv[1]
		}
	}
	x, err := newInstance(t, targs, kw)
	if err != nil {
		return err
	}
	u.push(x)
	return nil
}

// newInstance calls cls.__new__(cls, *args, **kwargs) through the type's Go constructor.
func newInstance(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if t.New == nil {
		return nil, py.ExceptionNewf(UnpicklingError, "NEWOBJ class argument '%s' doesn't have __new__", nameOf(t))
	}
	return t.New(t, args, kwargs)
}

// instantiate builds an object for the OBJ and INST opcodes.
func instantiate(cls py.Object, args []py.Object) (py.Object, error) {
	if t, ok := cls.(*py.Type); ok && isClass(t) && len(args) == 0 {
		f, err := lookupAttr(cls, "__getinitargs__")
		if err != nil {
			return nil, err
		}
		if f == nil {
			if t.New == nil {
				return nil, py.ExceptionNewf(py.TypeError, "cannot create '%s' instances", nameOf(t))
			}
			return t.New(t, nil, nil)
		}
	}
	return callObject(cls, py.Tuple(args), nil)
}

// callObject calls fn, with TypeError rather than a panic for objects that are not callable.
func callObject(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if !isCallable(fn) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", typeName(fn))
	}
	return py.Call(fn, args, kwargs)
}

func (u *Unpickler) loadPersID(op byte) error {
	if u.PersistentLoad == nil || u.PersistentLoad == py.None {
		return py.ExceptionNewf(UnpicklingError, "A load persistent id instruction was encountered,\nbut no persistent_load function was specified.")
	}
	var pid py.Object
	if op == opPersID {
		line, err := u.src.readline()
		if err != nil {
			return err
		}
		if !isASCII(string(line)) {
			return py.ExceptionNewf(UnpicklingError, "persistent IDs in protocol 0 must be ASCII strings")
		}
		pid = py.String(line[:len(line)-1])
	} else {
		var err error
		if pid, err = u.pop(); err != nil {
			return err
		}
	}
	x, err := py.Call(u.PersistentLoad, py.Tuple{pid}, nil)
	if err != nil {
		return err
	}
	u.push(x)
	return nil
}
