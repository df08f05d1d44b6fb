package classes

import (
	"github.com/go-python/gpython/py"
)

// BaseException.add_note and __notes__ (PEP 678): notes live in the exception's
// __notes__ attribute, a list add_note creates; the traceback printer prints them after
// the exception's line, and split()/subgroup() give each part a copy.

// ExcNotes returns the __notes__ of an exception, nil when it has none.
func ExcNotes(exc py.Object) py.Object {
	if e, ok := exc.(*py.Exception); ok {
		return e.Dict["__notes__"]
	}
	if i := AsInstance(exc); i != nil {
		if v, ok := i.AttrDirect("__notes__"); ok {
			return v
		}
	}
	return nil
}

func addNote(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var note py.Object
	if err := py.UnpackTuple(args, kwargs, "add_note", 1, 1, &note); err != nil {
		return nil, err
	}
	if _, ok := note.(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "note must be a str, not '%s'", TypeOf(note).Name)
	}
	notes := ExcNotes(self)
	if notes == nil {
		notes = py.NewList()
		if _, err := py.SetAttrString(self, "__notes__", notes); err != nil {
			return nil, err
		}
	}
	l, ok := notes.(*py.List)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "Cannot add note: __notes__ is not a list")
	}
	l.Append(note)
	return py.None, nil
}

// copyNotes gives to a part of a group split from exc a copy of exc's notes.
func copyNotes(part, exc py.Object) error {
	notes := ExcNotes(exc)
	if notes == nil || !isSequence(notes) {
		return nil
	}
	var items []py.Object
	if err := py.Iterate(notes, func(o py.Object) bool { items = append(items, o); return false }); err != nil {
		return err
	}
	_, err := py.SetAttrString(part, "__notes__", py.NewListFromItems(items))
	return err
}

// installNotes is BaseException.add_note (part of change classes/exceptions).
func installNotes() {
	excMethod(py.BaseException, "add_note", "Exception.add_note(note) --\n    add a note to the exception", addNote)
}
