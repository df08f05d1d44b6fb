package ceval

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
)

// loadGlobal carries out LOAD_GLOBAL: the module's globals, then the builtins.
func (m *machine) loadGlobal(namei int32) error {
	f := m.f
	name := f.Code.Names[namei]
	if v, ok := f.Globals[name]; ok {
		m.push(v)
		return nil
	}
	if v, ok := f.Builtins[name]; ok {
		m.push(v)
		return nil
	}
	return nameError(name)
}

// loadAttr carries out LOAD_ATTR: TOS = getattr(TOS, name).
func (m *machine) loadAttr(namei int32) error {
	v, err := py.GetAttrString(m.top(), m.f.Code.Names[namei])
	if err != nil {
		return err
	}
	m.setTop(v)
	return nil
}

// storeAttr carries out STORE_ATTR: TOS.name = TOS1.
func (m *machine) storeAttr(namei int32) error {
	obj, value := m.peek(1), m.peek(2)
	m.drop(2)
	name := m.f.Code.Names[namei]
	if handled, err := classes.SetAttrOf(obj, name, value); handled {
		return err
	}
	_, err := py.SetAttrString(obj, name, value)
	return err
}
