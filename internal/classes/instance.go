package classes

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/kworder"

	"github.com/gopyrt/gopy/internal/objects"
)

// Instance is an instance of a user class. Go types that Python code may subclass embed it
// (see NewNativeType); plain user classes use *Instance directly.
type Instance struct {
	cls   *py.Type
	self  py.Object     // the outermost Go value (the embedding struct, or the *Instance)
	dict  *objects.Dict // the __dict__; nil when every class in the MRO has __slots__
	slots map[string]py.Object
	id    uint64
	// skipInit is set when a metaclass __call__ made the object: it is initialised already.
	skipInit bool
	// Native is the Go value of a builtin base type (list, dict, int...) for instances of
	// classes derived from one; nil otherwise.
	Native py.Object
	// natives holds the base type's Go methods made to run on Native (onNative), one per
	// method, so that two lookups give equal bound methods.
	natives map[*py.Method]*py.Method
}

var nextID atomic.Uint64

// Init prepares an embedded Instance: cls is the Python class of the value, self is the
// embedding Go value (the one gpython will see). Native constructors call it first.
func (i *Instance) Init(cls *py.Type, self py.Object) {
	i.init(cls, self, infoOf(cls))
}

// init is Init with what the type cache knows of cls.
func (i *Instance) init(cls *py.Type, self py.Object, info *typeInfo) {
	i.cls = cls
	i.self = self
	// Identities look like (and cannot collide with small ints used as) CPython addresses.
	i.id = 0x7f0000000000 + nextID.Add(1)*16
	if info.hasDict {
		i.dict = objects.NewDict()
		i.dict.Reserve(int(info.dictSize.Load()))
	}
	if info.hasDel {
		if self == py.Object(i) {
			watchDel(i)
		} else {
			watchNativeDel(i, self)
		}
	}
}

// NewInstance makes a plain instance of cls (object.__new__(cls) for a user class).
func NewInstance(cls *py.Type) *Instance {
	i := &Instance{}
	i.Init(cls, i)
	return i
}

// Type returns the class of the instance (the type() of the object).
func (i *Instance) Type() *py.Type { return i.cls }

// Self returns the outermost Go value of the instance.
func (i *Instance) Self() py.Object { return i.self }

// Dict returns the instance's __dict__ (nil for a slots-only class).
func (i *Instance) Dict() *objects.Dict { return i.dict }

// SetClass changes the class of the instance (assignment to __class__).
func (i *Instance) SetClass(cls *py.Type) {
	i.cls = cls
	i.syncDel()
}

// ID returns a process-unique identity number for id().
func (i *Instance) ID() uint64 { return i.id }

// Attrs returns the (string) names in the instance dict, in insertion order.
func (i *Instance) Attrs() []string {
	if i.dict == nil {
		return nil
	}
	var out []string
	for _, k := range i.dict.Keys() {
		if s, ok := k.(py.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// AttrDirect reads name from the instance dict.
func (i *Instance) AttrDirect(name string) (py.Object, bool) {
	if i.dict == nil {
		return nil, false
	}
	v, ok, err := i.dict.GetStr(name)
	return v, ok && err == nil
}

// SetAttrDirect stores name in the instance dict (or slot) without descriptors or __setattr__.
func (i *Instance) SetAttrDirect(name string, v py.Object) error {
	if i.dict == nil {
		return attrError(i.self, name)
	}
	return i.dict.SetStr(name, v)
}

// AsInstance returns the embedded *Instance of a user-class value, or nil.
func AsInstance(o py.Object) *Instance {
	if x, ok := o.(interface{ instance() *Instance }); ok {
		return x.instance()
	}
	return nil
}

func (i *Instance) instance() *Instance { return i }

// classHasDict reports whether instances of cls get a __dict__: false only when every user
// class in the MRO declares __slots__ without "__dict__" and no native base (BaseException,
// a type registered with RegisterNative) provides one.
func classHasDict(cls *py.Type) bool {
	nativeMu.RLock()
	defer nativeMu.RUnlock()
	for _, b := range cls.Mro {
		t := b.(*py.Type)
		if _, ok := natives[t]; ok {
			return true
		}
		if t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			continue
		}
		if _, ok := t.Dict["__slots__"]; !ok {
			return true
		}
		if info := slotInfo(t); info != nil && info.hasDict {
			return true
		}
	}
	return false
}

// Lookup finds name along the MRO of t (without descriptors), as CPython's _PyType_Lookup.
func Lookup(t *py.Type, name string) py.Object {
	if len(t.Mro) == 0 {
		if v, ok := t.Dict[name]; ok {
			return v
		}
		return nil
	}
	for _, b := range t.Mro {
		if v, ok := b.(*py.Type).Dict[name]; ok {
			return v
		}
	}
	return nil
}

// descrGet applies the descriptor protocol to v found on a class: __get__(inst, owner).
// inst is py.None for lookups on the class itself.
func descrGet(v py.Object, inst py.Object, owner *py.Type) (py.Object, error) {
	if p, ok := v.(*Property); ok && p.cls == PropertyType {
		if inst == py.None {
			return v, nil
		}
		return p.get(inst)
	}
	if in := AsInstance(v); in != nil {
		get := Lookup(in.cls, "__get__")
		if get == nil {
			return v, nil
		}
		return py.Call(get, py.Tuple{v, inst, owner}, nil)
	}
	switch d := v.(type) {
	case *py.Property:
		if inst == py.None {
			return v, nil
		}
		return d.M__get__(inst, owner)
	case *py.Method:
		if d.Module != nil {
			// A module's function (len, repr) stored in a class: builtin functions are
			// not descriptors, it stays a plain function.
			return v, nil
		}
		if inst == py.None {
			return unboundFor(d, owner), nil
		}
		return py.NewBoundMethod(inst, d), nil
	case *py.ClassMethod:
		return bindClassMethod(d.Callable, owner), nil
	case py.I__get__:
		return d.M__get__(inst, owner)
	}
	return v, nil
}

// isDataDescr reports whether v defines __set__ or __delete__.
func isDataDescr(v py.Object) bool {
	if in := AsInstance(v); in != nil {
		return Lookup(in.cls, "__set__") != nil || Lookup(in.cls, "__delete__") != nil
	}
	switch v.(type) {
	case py.I__set__, py.I__delete__:
		return true
	}
	return false
}

func attrError(self py.Object, name string) error {
	return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", TPName(self.Type()), name)
}

var tpNames sync.Map // *py.Type -> string

// SetTPName gives a native type the name CPython's messages use for it (its tp_name, such
// as "_io.BufferedWriter"), where it differs from its __name__.
func SetTPName(t *py.Type, name string) { tpNames.Store(t, name) }

// TPName is the name messages give to objects of type t: its tp_name for native types
// that have one, its __name__ otherwise.
func TPName(t *py.Type) string {
	if v, ok := tpNames.Load(t); ok {
		return v.(string)
	}
	return t.Name
}

// M__getattribute__ implements attribute reads on instances (CPython's
// object.__getattribute__ followed by __getattr__).
func (i *Instance) M__getattribute__(name string) (py.Object, error) {
	info := infoOf(i.cls)
	if ga := info.getattribute; ga != nil {
		res, err := py.Call(ga, py.Tuple{i.self, py.String(name)}, nil)
		if err == nil || !isAttributeError(err) {
			return res, err
		}
		return i.getattrHook(name, err)
	}
	res, err := i.genericGetAttr(i.self, name, info)
	if err != nil && isAttributeError(err) {
		return i.getattrHook(name, err)
	}
	return res, err
}

func (i *Instance) getattrHook(name string, err error) (py.Object, error) {
	if ga := infoOf(i.cls).getattr; ga != nil {
		return py.Call(ga, py.Tuple{i.self, py.String(name)}, nil)
	}
	return nil, err
}

func isAttributeError(err error) bool { return py.IsException(py.AttributeError, err) }

// GenericGetAttr is object.__getattribute__(self, name) for an instance.
func GenericGetAttr(self py.Object, name string) (py.Object, error) {
	i := AsInstance(self)
	if i == nil {
		return py.GetAttrString(self, name)
	}
	return i.genericGetAttr(self, name, infoOf(i.cls))
}

// genericGetAttr is GenericGetAttr for self, whose instance part is i, of a class whose
// type cache entry is info.
func (i *Instance) genericGetAttr(self py.Object, name string, info *typeInfo) (py.Object, error) {
	switch name {
	case "__class__":
		if d := Lookup(i.cls, "__class__"); d == nil || d == py.ObjectType.Dict["__class__"] {
			return i.cls, nil
		}
	case "__dict__":
		if i.dict != nil {
			return i.dict, nil
		}
	}
	cls := i.cls
	descr := info.lookup(cls, name)
	if descr != nil && isDataDescr(descr) {
		return descrGet(descr, self, cls)
	}
	if v, ok := i.AttrDirect(name); ok {
		return v, nil
	}
	if descr != nil {
		if m, ok := descr.(*py.Method); ok && i.Native != nil && !fromObject(m) && m.Flags&objects.MethKeepSelf == 0 {
			return py.NewBoundMethod(self, i.onNative(m)), nil
		}
		return descrGet(descr, self, cls)
	}
	if i.Native != nil && name != "__init__" {
		if v, err := py.GetAttrString(i.Native, name); err == nil {
			return v, nil
		}
	}
	return nil, attrError(self, name)
}

// M__setattr__ implements attribute assignment on instances.
func (i *Instance) M__setattr__(name string, value py.Object) (py.Object, error) {
	if sa := infoOf(i.cls).setattr; sa != nil {
		return py.Call(sa, py.Tuple{i.self, py.String(name), value}, nil)
	}
	return py.None, GenericSetAttr(i.self, name, value)
}

// GenericSetAttr is object.__setattr__(self, name, value).
func GenericSetAttr(self py.Object, name string, value py.Object) error {
	i := AsInstance(self)
	if i == nil {
		_, err := py.SetAttrString(self, name, value)
		return err
	}
	if name == "__class__" {
		t, ok := value.(*py.Type)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "__class__ must be set to a class, not '%s' object", value.Type().Name)
		}
		if !isOurNew(t) || solidBase(t) != solidBase(i.cls) {
			return py.ExceptionNewf(py.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		i.cls = t
		i.syncDel()
		return nil
	}
	info := infoOf(i.cls)
	attr := info.entry(i.cls, name)
	descr := attr.descr
	if descr != nil {
		if in := AsInstance(descr); in != nil {
			if set := Lookup(in.cls, "__set__"); set != nil {
				_, err := py.Call(set, py.Tuple{descr, self, value}, nil)
				return err
			}
		} else if d, ok := descr.(py.I__set__); ok {
			_, err := d.M__set__(self, value)
			return err
		}
	}
	if i.dict == nil {
		return attrError(self, name)
	}
	if name == "__dict__" {
		switch d := value.(type) {
		case *objects.Dict:
			i.dict = d
		case py.StringDict:
			nd := objects.NewDict()
			for _, k := range sortedKeys(d) {
				_ = nd.SetItem(py.String(k), d[k])
			}
			i.dict = nd
		default:
			return py.ExceptionNewf(py.TypeError, "__dict__ must be set to a dictionary, not a '%s'", value.Type().Name)
		}
		i.syncDel()
		return nil
	}
	var err error
	if attr.key != nil {
		err = i.dict.SetStrKey(name, attr.key, value)
	} else {
		err = i.dict.SetStr(name, value)
	}
	if err != nil {
		return err
	}
	if n := int32(i.dict.Len()); n > info.dictSize.Load() {
		info.dictSize.Store(n)
	}
	return nil
}

// M__delattr__ implements del obj.name on instances.
func (i *Instance) M__delattr__(name string) (py.Object, error) {
	if da := Lookup(i.cls, "__delattr__"); da != nil && da != objectDelattr {
		return py.Call(da, py.Tuple{i.self, py.String(name)}, nil)
	}
	return py.None, GenericDelAttr(i.self, name)
}

// GenericDelAttr is object.__delattr__(self, name).
func GenericDelAttr(self py.Object, name string) error {
	i := AsInstance(self)
	if i == nil {
		return py.DeleteAttrString(self, name)
	}
	descr := infoOf(i.cls).lookup(i.cls, name)
	if descr != nil {
		if in := AsInstance(descr); in != nil {
			if del := Lookup(in.cls, "__delete__"); del != nil {
				_, err := py.Call(del, py.Tuple{descr, self}, nil)
				return err
			}
		} else if d, ok := descr.(py.I__delete__); ok {
			_, err := d.M__delete__(self)
			return err
		}
	}
	if i.dict != nil {
		if ok, err := i.dict.DelItem(py.String(name)); err != nil || ok {
			return err
		}
	}
	return attrError(self, name)
}

// defaultRepr is object.__repr__: <module.qualname object at 0x...>.
func defaultRepr(self py.Object) string {
	t := self.Type()
	return fmt.Sprintf("<%s object at %p>", typeFullName(t), self)
}

// typeFullName is module.qualname, or just the qualname for builtins.
func typeFullName(t *py.Type) string {
	mod := typeModule(t)
	qn := typeQualname(t)
	if mod == "builtins" || mod == "" {
		return qn
	}
	return mod + "." + qn
}

// fromObject reports whether m is one of object's methods, which act on the instance itself
// rather than on the builtin value a list/int/... subclass instance wraps.
// onNative is the Go method m of a builtin base run on Native, the value of that base
// inside the instance: bound to the instance, it reports the instance as __self__ (and
// its class in its repr and qualified name), as CPython's bound builtin methods do.
func (i *Instance) onNative(m *py.Method) *py.Method {
	if w := i.natives[m]; w != nil {
		return w
	}
	w := py.MustNewMethod(m.Name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return m.CallWithKeywords(i.Native, args, kwargs)
	}, m.Flags, m.Doc)
	if i.natives == nil {
		i.natives = map[*py.Method]*py.Method{}
	}
	i.natives[m] = w
	return w
}

func fromObject(m *py.Method) bool {
	v, ok := py.ObjectType.Dict[m.Name]
	return ok && v == py.Object(m)
}

// sortedKeys lists a StringDict's keys: in the order a call gave them when they are keyword
// arguments (kworder), else sorted (a Go map has no order to keep).
func sortedKeys(m py.StringDict) []string { return kworder.Keys(m) }
