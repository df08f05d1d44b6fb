package pickle

import (
	"encoding/binary"
	"strings"

	"github.com/go-python/gpython/py"
)

// savePers calls persistent_id(obj); done reports that a persistent id was written.
func (p *Pickler) savePers(obj py.Object) (done bool, err error) {
	pid, err := py.Call(p.PersistentID, py.Tuple{obj}, nil)
	if err != nil {
		return false, err
	}
	if pid == py.None {
		return false, nil
	}
	if p.proto >= 1 {
		if err := p.save(pid, true); err != nil {
			return false, err
		}
		p.write(opBinPersID)
		return true, nil
	}
	s, err := py.Str(pid)
	if err != nil {
		return false, err
	}
	str := string(s.(py.String))
	for _, c := range str {
		if c > 127 {
			return false, py.ExceptionNewf(PicklingError, "persistent IDs in protocol 0 must be ASCII strings")
		}
	}
	p.writeString("P" + str + "\n")
	return true, nil
}

// saveOther handles everything that is not an atom or an exact container: reducer_override,
// classes and functions by reference, then the reduction protocol.
func (p *Pickler) saveOther(obj py.Object) error {
	var rv py.Object
	if p.ReducerOverride != nil && p.ReducerOverride != py.None {
		r, err := py.Call(p.ReducerOverride, py.Tuple{obj}, nil)
		if err != nil {
			return err
		}
		if r != py.NotImplemented {
			rv = r
		}
	}
	if rv == nil {
		if t, ok := obj.(*py.Type); ok && isClass(t) && t.Type() == py.TypeType {
			return p.saveType(t)
		}
		switch obj.(type) {
		case *py.Function, *py.Method:
			return p.saveGlobal(obj, nil)
		case py.EllipsisType:
			return p.saveGlobal(obj, py.String("Ellipsis"))
		}
		if bm, ok := obj.(*py.BoundMethod); ok {
			// method.__reduce__: getattr(self, name).
			return p.saveReduce(py.Tuple{p.builtin("getattr"), py.Tuple{bm.Self, py.String(nameOf(bm.Method))}}, obj)
		}
		if obj == py.NotImplemented {
			return p.saveGlobal(obj, py.String("NotImplemented"))
		}
		reduceFunc, err := p.dispatchLookup(obj)
		if err != nil {
			return err
		}
		if c, ok := obj.(py.Complex); ok && (reduceFunc == nil || reduceFunc == pickleComplex) {
			// copyreg.pickle_complex, without the call.
			return p.saveReduce(py.Tuple{p.builtin("complex"), py.Tuple{py.Float(real(c)), py.Float(imag(c))}}, obj)
		}
		switch {
		case reduceFunc != nil:
			rv, err = py.Call(reduceFunc, py.Tuple{obj}, nil)
		case isClassObject(obj):
			return p.saveGlobal(obj, nil)
		default:
			rv, err = p.callReduce(obj)
		}
		if err != nil {
			return err
		}
	}
	return p.saveReduceValue(rv, obj)
}

// saveReduceValue saves obj as a __reduce__ value rv says: a str names a global, a tuple
// is a reduction.
func (p *Pickler) saveReduceValue(rv, obj py.Object) error {
	if s, ok := rv.(py.String); ok {
		return p.saveGlobal(obj, s)
	}
	t, ok := rv.(py.Tuple)
	if !ok {
		return py.ExceptionNewf(PicklingError, "__reduce__ must return a string or tuple")
	}
	return p.saveReduce(t, obj)
}

// callReduce calls obj.__reduce_ex__(proto), or obj.__reduce__(), or the default
// object.__reduce_ex__ (ReduceEx) for objects whose type does not provide them.
func (p *Pickler) callReduce(obj py.Object) (py.Object, error) {
	if !isObjectDefault(obj, "__reduce_ex__") {
		if f, err := lookupAttr(obj, "__reduce_ex__"); err != nil {
			return nil, err
		} else if f != nil {
			return py.Call(f, py.Tuple{py.Int(p.proto)}, nil)
		}
	}
	return ReduceEx(p.ctx, obj, p.proto)
}

// dispatchLookup finds the reduction function for type(obj) in the pickler's dispatch_table
// or, when it has none, in copyreg.dispatch_table. Types hash by identity, so a dict is
// searched by identity (which also avoids hashing classes whose instances are unhashable).
func (p *Pickler) dispatchLookup(obj py.Object) (py.Object, error) {
	table := p.DispatchTable
	if table == nil || table == py.None {
		cr, err := getModule(p.ctx, "copyreg")
		if err != nil {
			return nil, err
		}
		if table = cr.Globals["dispatch_table"]; table == nil {
			return nil, nil
		}
	}
	t := obj.Type()
	if items, ok := dictItems(table); ok {
		for _, kv := range items {
			if identical(kv[0], t) {
				return kv[1], nil
			}
		}
		return nil, nil
	}
	v, err := py.GetItem(table, t)
	if err != nil {
		if py.IsException(py.KeyError, err) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

func (p *Pickler) saveType(t *py.Type) error {
	switch t {
	case py.NoneTypeType:
		return p.saveReduce(py.Tuple{py.TypeType, py.Tuple{py.None}}, t)
	case py.EllipsisTypeType:
		return p.saveReduce(py.Tuple{py.TypeType, py.Tuple{py.Ellipsis}}, t)
	}
	return p.saveGlobal(t, nil)
}

// saveReduce writes the result of a reduction: callable, args[, state[, listitems[,
// dictitems[, state_setter]]]], with CPython's checks and its NEWOBJ / NEWOBJ_EX forms.
func (p *Pickler) saveReduce(rv py.Tuple, obj py.Object) error {
	if len(rv) < 2 || len(rv) > 6 {
		return py.ExceptionNewf(PicklingError, "tuple returned by __reduce__ must contain 2 through 6 elements")
	}
	get := func(i int) py.Object {
		if i < len(rv) && rv[i] != py.None {
			return rv[i]
		}
		return nil
	}
	callable, state, listItems, dictItems, stateSetter := rv[0], get(2), get(3), get(4), get(5)
	if !isCallable(callable) {
		return py.ExceptionNewf(PicklingError, "first item of the tuple returned by __reduce__ must be callable")
	}
	args, ok := rv[1].(py.Tuple)
	if !ok {
		return py.ExceptionNewf(PicklingError, "second item of the tuple returned by __reduce__ must be a tuple")
	}
	if listItems != nil && !isIterator(listItems) {
		return py.ExceptionNewf(PicklingError, "fourth element of the tuple returned by __reduce__ must be an iterator, not %s", typeName(listItems))
	}
	if dictItems != nil && !isIterator(dictItems) {
		return py.ExceptionNewf(PicklingError, "fifth element of the tuple returned by __reduce__ must be an iterator, not %s", typeName(dictItems))
	}
	if stateSetter != nil && !isCallable(stateSetter) {
		return py.ExceptionNewf(PicklingError, "sixth element of the tuple returned by __reduce__ must be a function, not %s", typeName(stateSetter))
	}
	name := ""
	if p.proto >= 2 {
		name = nameOf(callable)
	}
	switch {
	case name == "__newobj_ex__":
		if err := p.saveNewObjEx(args, obj); err != nil {
			return err
		}
	case name == "__newobj__":
		if len(args) < 1 {
			return py.ExceptionNewf(PicklingError, "__newobj__ arglist is empty")
		}
		cls := args[0]
		if !isClassObject(cls) {
			return py.ExceptionNewf(PicklingError, "args[0] from __newobj__ args is not a type")
		}
		if obj != nil && !identical(classOf(obj), cls) {
			return py.ExceptionNewf(PicklingError, "args[0] from __newobj__ args has the wrong class")
		}
		if err := p.save(cls, false); err != nil {
			return err
		}
		if err := p.save(args[1:], false); err != nil {
			return err
		}
		p.write(opNewObj)
	default:
		if err := p.save(callable, false); err != nil {
			return err
		}
		if err := p.save(args, false); err != nil {
			return err
		}
		p.write(opReduce)
	}
	if obj != nil {
		if idx, ok := p.memoGet(obj); ok {
			p.write(opPop)
			p.writeMemoGet(idx)
			return nil
		}
		p.memoPut(obj)
	}
	if listItems != nil {
		if err := p.batchAppends(pyIter(listItems)); err != nil {
			return err
		}
	}
	if dictItems != nil {
		next := pyIter(dictItems)
		err := p.batchSetItems(func() (py.Object, py.Object, bool, error) {
			x, ok, err := next()
			if err != nil || !ok {
				return nil, nil, ok, err
			}
			kv, ok := x.(py.Tuple)
			if !ok || len(kv) != 2 {
				return nil, nil, false, py.ExceptionNewf(py.TypeError, "dict items iterator must return 2-tuples")
			}
			return kv[0], kv[1], true, nil
		})
		if err != nil {
			return err
		}
	}
	if state != nil {
		if stateSetter == nil {
			if err := p.save(state, false); err != nil {
				return err
			}
			p.write(opBuild)
		} else {
			if err := p.save(stateSetter, false); err != nil {
				return err
			}
			if err := p.save(obj, false); err != nil {
				return err
			}
			if err := p.save(state, false); err != nil {
				return err
			}
			p.write(opTuple2, opReduce, opPop)
		}
	}
	return nil
}

func (p *Pickler) saveNewObjEx(args py.Tuple, obj py.Object) error {
	if len(args) != 3 {
		return py.ExceptionNewf(PicklingError, "length of the NEWOBJ_EX argument tuple must be exactly 3, not %d", len(args))
	}
	cls := args[0]
	if !isClassObject(cls) {
		return py.ExceptionNewf(PicklingError, "first item from NEWOBJ_EX argument tuple must be a class, not %s", typeName(cls))
	}
	if obj != nil && !identical(classOf(obj), cls) {
		return py.ExceptionNewf(PicklingError, "first item from NEWOBJ_EX argument tuple must be a class, not %s", typeName(cls))
	}
	if _, ok := args[1].(py.Tuple); !ok {
		return py.ExceptionNewf(PicklingError, "second item from NEWOBJ_EX argument tuple must be a tuple, not %s", typeName(args[1]))
	}
	if _, ok := dictItems(args[2]); !ok {
		return py.ExceptionNewf(PicklingError, "third item from NEWOBJ_EX argument tuple must be a dict, not %s", typeName(args[2]))
	}
	if p.proto >= 4 {
		for _, x := range args {
			if err := p.save(x, false); err != nil {
				return err
			}
		}
		p.write(opNewObjEx)
		return nil
	}
	// Protocols 2 and 3: functools.partial(cls.__new__, cls, *args, **kwargs)(), as CPython.
	functools, err := getModule(p.ctx, "functools")
	if err != nil {
		return err
	}
	partial, err := py.GetAttrString(functools, "partial")
	if err != nil {
		return err
	}
	newFn, err := py.GetAttrString(cls, "__new__")
	if err != nil {
		return err
	}
	items, _ := dictItems(args[2])
	kwargs := py.StringDict{}
	for _, kv := range items {
		k, ok := kv[0].(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}
		kwargs[string(k)] = kv[1]
	}
	f, err := py.Call(partial, append(py.Tuple{newFn, cls}, args[1].(py.Tuple)...), kwargs)
	if err != nil {
		return err
	}
	if err := p.save(f, false); err != nil {
		return err
	}
	if err := p.save(py.Tuple{}, false); err != nil {
		return err
	}
	p.write(opReduce)
	return nil
}

// saveGlobal writes a class or function by reference (module and qualified name), checking
// that the loader will find the same object, as CPython's save_global.
func (p *Pickler) saveGlobal(obj py.Object, name py.Object) error {
	var globalName string
	if name != nil {
		s, ok := name.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "__reduce__ must return a string or tuple")
		}
		globalName = string(s)
	} else {
		var err error
		if globalName, err = qualName(obj); err != nil {
			return err
		}
	}
	path := strings.Split(globalName, ".")
	for _, part := range path {
		if part == "<locals>" {
			return py.ExceptionNewf(py.AttributeError, "Can't pickle local object '%s'", globalName)
		}
	}
	moduleName, err := p.whichModule(obj, path)
	if err != nil {
		return err
	}
	mod, err := importModule(p.ctx, moduleName)
	if err != nil {
		return py.ExceptionNewf(PicklingError, "Can't pickle %s: import of module '%s' failed", reprOf(obj), moduleName)
	}
	found, parent, err := deepAttr(mod, path)
	if err != nil || found == nil {
		return py.ExceptionNewf(PicklingError, "Can't pickle %s: attribute lookup %s on %s failed", reprOf(obj), globalName, moduleName)
	}
	if !identical(found, obj) {
		return py.ExceptionNewf(PicklingError, "Can't pickle %s: it's not the same object as %s.%s", reprOf(obj), moduleName, globalName)
	}
	lastName := path[len(path)-1]
	if p.proto >= 2 {
		if code, ok := extensionCode(p.ctx, moduleName, globalName); ok {
			switch {
			case code <= 0xff:
				p.write(opExt1, byte(code))
			case code <= 0xffff:
				p.write(opExt2, byte(code), byte(code>>8))
			default:
				var b [5]byte
				b[0] = opExt4
				binary.LittleEndian.PutUint32(b[1:], uint32(code))
				p.write(b[:]...)
			}
			return nil
		}
	}
	parentIsModule := identical(parent, mod)
	if parentIsModule {
		globalName = lastName
	}
	switch {
	case p.proto >= 4:
		if err := p.save(py.String(moduleName), false); err != nil {
			return err
		}
		if err := p.save(py.String(globalName), false); err != nil {
			return err
		}
		p.write(opStackGlobal)
	case !parentIsModule:
		if err := p.saveReduce(py.Tuple{p.builtin("getattr"), py.Tuple{parent, py.String(lastName)}}, nil); err != nil {
			return err
		}
	default:
		m, n := moduleName, globalName
		if p.proto < 3 && p.fixImports {
			if r, ok := reverseNameMapping[[2]string{m, n}]; ok {
				m, n = r[0], r[1]
			} else if r, ok := reverseImportMapping[m]; ok {
				m = r
			}
		}
		if p.proto < 3 {
			if !isASCII(m) {
				return py.ExceptionNewf(PicklingError, "can't pickle module identifier '%s' using pickle protocol %d", m, p.proto)
			}
			if !isASCII(n) {
				return py.ExceptionNewf(PicklingError, "can't pickle global identifier '%s' using pickle protocol %d", n, p.proto)
			}
		}
		p.writeString("c" + m + "\n" + n + "\n")
	}
	p.memoPut(obj)
	return nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] > 127 {
			return false
		}
	}
	return true
}

// whichModule returns obj.__module__, or searches the loaded modules for obj, or "__main__".
func (p *Pickler) whichModule(obj py.Object, path []string) (string, error) {
	if m := moduleOf(obj); m != "" {
		return m, nil
	}
	if p.ctx != nil {
		if b := p.ctx.Store().Builtins; b != nil {
			if found, _, err := deepAttr(b, path); err == nil && identical(found, obj) {
				return "builtins", nil
			}
		}
		for _, name := range moduleNames(p.ctx) {
			if name == "__main__" || name == "__mp_main__" {
				continue
			}
			mod, err := p.ctx.Store().GetModule(name)
			if err != nil {
				continue
			}
			if found, _, err := deepAttr(mod, path); err == nil && identical(found, obj) {
				return name, nil
			}
		}
	}
	return "__main__", nil
}

// builtin returns the object named name in the builtins module of the pickler's context.
func (p *Pickler) builtin(name string) py.Object {
	if p.ctx != nil {
		if b := p.ctx.Store().Builtins; b != nil {
			if v, ok := b.Globals[name]; ok {
				return v
			}
		}
	}
	return nativeBuiltin(name)
}

// codecsEncode returns _codecs.encode, used to pickle bytes for protocols 0-2.
func (p *Pickler) codecsEncode() (py.Object, error) {
	return importAttr(p.ctx, "_codecs", "encode")
}
