package classes

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// slotsInfo records what a class's __slots__ declared.
type slotsInfo struct {
	names   []string
	hasDict bool
}

var (
	slotsMu  sync.RWMutex
	slotsFor = map[*py.Type]*slotsInfo{}
)

func slotInfo(t *py.Type) *slotsInfo {
	slotsMu.RLock()
	defer slotsMu.RUnlock()
	return slotsFor[t]
}

// slotDescr is the member descriptor made for each name in __slots__.
type slotDescr struct {
	name  string
	owner *py.Type
}

var memberDescrType = py.NewType("member_descriptor", "a __slots__ member")

func (d *slotDescr) Type() *py.Type { return memberDescrType }

func (d *slotDescr) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == py.None || instance == nil {
		return d, nil
	}
	i := AsInstance(instance)
	if i == nil {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.Name, instance.Type().Name)
	}
	if v, ok := i.slots[d.name]; ok {
		return v, nil
	}
	return nil, attrError(instance, d.name)
}

func (d *slotDescr) M__set__(instance, value py.Object) (py.Object, error) {
	i := AsInstance(instance)
	if i == nil {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.Name, instance.Type().Name)
	}
	if i.slots == nil {
		i.slots = map[string]py.Object{}
		i.syncDel()
	}
	i.slots[d.name] = value
	return py.None, nil
}

func (d *slotDescr) M__delete__(instance py.Object) (py.Object, error) {
	i := AsInstance(instance)
	if i == nil {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' doesn't apply to a '%s' object", d.name, instance.Type().Name)
	}
	if _, ok := i.slots[d.name]; !ok {
		return nil, attrError(instance, d.name)
	}
	delete(i.slots, d.name)
	return py.None, nil
}

func (d *slotDescr) M__repr__() (py.Object, error) {
	return py.String("<member '" + d.name + "' of '" + d.owner.Name + "' objects>"), nil
}

// setupSlots turns __slots__ in the class dict into member descriptors.
func setupSlots(t *py.Type) error {
	slots, ok := t.Dict["__slots__"]
	if !ok {
		return nil
	}
	var items []py.Object
	if s, ok := slots.(py.String); ok {
		items = []py.Object{s}
	} else {
		err := py.Iterate(slots, func(o py.Object) bool {
			items = append(items, o)
			return false
		})
		if err != nil {
			return err
		}
	}
	info := &slotsInfo{}
	for _, it := range items {
		s, ok := it.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "__slots__ items must be strings, not '%s'", it.Type().Name)
		}
		name := string(s)
		switch name {
		case "__dict__":
			info.hasDict = true
			continue
		case "__weakref__":
			continue
		}
		if _, clash := t.Dict[name]; clash {
			return py.ExceptionNewf(py.ValueError, "'%s' in __slots__ conflicts with class variable", name)
		}
		info.names = append(info.names, name)
		t.Dict[name] = &slotDescr{name: name, owner: t}
	}
	slotsMu.Lock()
	slotsFor[t] = info
	slotsMu.Unlock()
	return nil
}

// SlotValues returns the slot values set on an instance, by name (for pickle's state).
func SlotValues(o py.Object) map[string]py.Object {
	if i := AsInstance(o); i != nil {
		return i.slots
	}
	return nil
}
