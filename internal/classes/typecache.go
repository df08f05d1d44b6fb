package classes

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/finalize"
	"github.com/gopyrt/gopy/internal/objects"
)

func init() { finalize.BeforeCollect = TypeChanged }

// The type cache: what the hot paths of instances (attribute reads and writes, C(...))
// need to know about a class, found once instead of along the MRO at every operation.
//
// A class's dict or bases change through typeSetattr, typeDelattr and the making of
// classes (makeClass, FillClass), which call TypeChanged; Go code that writes into a
// class's Dict after the class was made calls it too. TypeChanged drops the whole cache,
// as do a collection (finalize.Collect: the cache must not keep dropped classes alive for
// gc.collect()) and the end of an import (a module's Go code may add to a builtin type's
// dict as it is imported). The cache is a map replaced on each change (readers never lock).

// typeInfo is what the cache knows of one class.
type typeInfo struct {
	getattribute py.Object // a __getattribute__ other than object's, or nil
	getattr      py.Object // __getattr__, or nil
	setattr      py.Object // a __setattr__ other than object's, or nil
	// plainNew is true when C(...) makes a plain *Instance through object.__new__: no
	// metaclass __call__, no __new__ but object's, not a subclass of type, no native base.
	plainNew bool
	init     py.Object // __init__ along the MRO (nil or objectInit when there is none)
	hasDict  bool      // instances get a __dict__ (classHasDict)
	hasDel   bool      // a class in the MRO defines __del__ (hasDel)

	// dictSize is the most attributes an instance's __dict__ was seen with (GenericSetAttr):
	// a new instance's is made that large.
	dictSize atomic.Int32

	gen   uint64                               // the cache's generation info was found in
	attrs atomic.Pointer[map[string]attrEntry] // names looked up, see lookup
}

// attrEntry is what a name looked up on a class resolved to.
type attrEntry struct {
	descr py.Object       // Lookup's answer (nil: absent)
	key   *objects.StrKey // the name as a key of the instances' dicts
}

// maxCachedNames bounds the names a class's entry keeps (each new one copies the map).
const maxCachedNames = 128

// lookup is Lookup(t, name), remembered in info (the entry of t).
func (info *typeInfo) lookup(t *py.Type, name string) py.Object {
	return info.entry(t, name).descr
}

// entry is lookup with the name's key for instance dicts.
func (info *typeInfo) entry(t *py.Type, name string) attrEntry {
	old := info.attrs.Load()
	if old != nil {
		if e, ok := (*old)[name]; ok {
			return e
		}
		if len(*old) >= maxCachedNames {
			return attrEntry{descr: Lookup(t, name)}
		}
	}
	e := attrEntry{descr: Lookup(t, name), key: objects.NewStrKey(name)}
	typeCacheMu.Lock()
	defer typeCacheMu.Unlock()
	if info.gen != typeCacheGen {
		return e // t or another class changed since info was found
	}
	old = info.attrs.Load()
	m := make(map[string]attrEntry, 1+lenOf(old))
	if old != nil {
		for k, x := range *old {
			m[k] = x
		}
	}
	m[name] = e
	info.attrs.Store(&m)
	return e
}

func lenOf(m *map[string]attrEntry) int {
	if m == nil {
		return 0
	}
	return len(*m)
}

var (
	typeCache    atomic.Pointer[map[*py.Type]*typeInfo]
	typeCacheMu  sync.Mutex
	typeCacheGen uint64 // changes at each TypeChanged (under typeCacheMu)
)

// TypeChanged drops what the type cache knows: a class's dict, bases or MRO changed (or
// a builtin type's dict, after gopy's initialization).
func TypeChanged() {
	typeCacheMu.Lock()
	typeCacheGen++
	typeCache.Store(nil)
	typeCacheMu.Unlock()
}

// infoOf returns the cached facts about t, finding them on a miss.
func infoOf(t *py.Type) *typeInfo {
	if m := typeCache.Load(); m != nil {
		if info := (*m)[t]; info != nil {
			return info
		}
	}
	typeCacheMu.Lock()
	gen := typeCacheGen
	typeCacheMu.Unlock()
	info := findInfo(t)
	info.gen = gen
	typeCacheMu.Lock()
	defer typeCacheMu.Unlock()
	if gen != typeCacheGen {
		return info // the class changed while info was found: use it once, keep nothing
	}
	old := typeCache.Load()
	m := make(map[*py.Type]*typeInfo, 1+lenOfTypes(old))
	if old != nil {
		for k, v := range *old {
			m[k] = v
		}
	}
	m[t] = info
	typeCache.Store(&m)
	return info
}

func lenOfTypes(m *map[*py.Type]*typeInfo) int {
	if m == nil {
		return 0
	}
	return len(*m)
}

// findInfo looks up along t's MRO what typeInfo keeps.
func findInfo(t *py.Type) *typeInfo {
	info := &typeInfo{init: Lookup(t, "__init__"), hasDict: classHasDict(t), hasDel: hasDel(t)}
	if ga := Lookup(t, "__getattribute__"); ga != nil && ga != objectGetattribute {
		info.getattribute = ga
	}
	info.getattr = Lookup(t, "__getattr__")
	if sa := Lookup(t, "__setattr__"); sa != nil && sa != objectSetattr {
		info.setattr = sa
	}
	nf := Lookup(t, "__new__")
	info.plainNew = (nf == nil || nf == objectNew) && metaCall(t) == nil && !t.IsSubtype(py.TypeType) &&
		nativeAlloc(t) == nil && wrappedNative(t) == nil
	return info
}
