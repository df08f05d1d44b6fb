package xml

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/expat"
)

// feedPiece is how much of a Parse call's data the scanner tokenizes at once.
const feedPiece = 64 << 10

// scannerType is the type of _xmlscan.new's result: an expat.Scanner for pyexpat.py.
var scannerType = py.NewType("scanner", "An XML tokenizer fed by pyexpat's xmlparser.")

type scanner struct {
	sc      *expat.Scanner
	charmap py.Object
	err     error // a Python error of the charmap callable
}

func (s *scanner) Type() *py.Type { return scannerType }

func optString(o string, ok bool) py.Object {
	if !ok {
		return py.None
	}
	return py.String(o)
}

// newScanner is _xmlscan.new(namespaces, separator, charmap): charmap(name) gives the
// 256 characters of a single-byte encoding the scanner does not know, or raises.
func newScanner(_ py.Object, args py.Tuple) (py.Object, error) {
	var ns, sep, charmap py.Object
	if err := py.UnpackTuple(args, nil, "new", 3, 3, &ns, &sep, &charmap); err != nil {
		return nil, err
	}
	on, err := py.ObjectIsTrue(ns)
	if err != nil {
		return nil, err
	}
	s := &scanner{sc: expat.New(on, string(sep.(py.String))), charmap: charmap}
	s.sc.Charmap = func(name string) []rune {
		v, err := py.Call(s.charmap, py.Tuple{py.String(name)}, nil)
		if err != nil {
			s.err = err // raised by feed, as pyexpat lets the codec lookup's error through
			return nil
		}
		if str, ok := v.(py.String); ok {
			return []rune(string(str))
		}
		return nil
	}
	return s, nil
}

func scannerArg(o py.Object) (*scanner, error) {
	s, ok := o.(*scanner)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a scanner")
	}
	return s, nil
}

// setEncoding is _xmlscan.set_encoding(scanner, name): the encoding of the bytes to
// come ("" lets the document say).
func setEncoding(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "set_encoding expects 2 arguments")
	}
	s, err := scannerArg(args[0])
	if err != nil {
		return nil, err
	}
	s.sc.SetEncoding(string(args[1].(py.String)))
	return py.None, nil
}

// setFlag is _xmlscan.set_flag(scanner, name, on): "prefixes" is pyexpat's
// namespace_prefixes, "noexpand" says a DefaultHandler is set (internal entity
// references are then reported to it instead of expanded, as expat does).
func setFlag(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "set_flag expects 3 arguments")
	}
	s, err := scannerArg(args[0])
	if err != nil {
		return nil, err
	}
	on, err := py.ObjectIsTrue(args[2])
	if err != nil {
		return nil, err
	}
	switch args[1] {
	case py.String("prefixes"):
		s.sc.NSPrefixes = on
	case py.String("noexpand"):
		s.sc.NoExpand = on
	default:
		return nil, py.ExceptionNewf(py.ValueError, "unknown flag %s", args[1])
	}
	return py.None, nil
}

// position is _xmlscan.position(scanner): (line, column, byte index) after the last token.
func position(_ py.Object, arg py.Object) (py.Object, error) {
	s, err := scannerArg(arg)
	if err != nil {
		return nil, err
	}
	p := s.sc.Pos()
	return py.Tuple{py.Int(p.Line), py.Int(p.Col), py.Int(p.Byte)}, nil
}

// feed is _xmlscan.feed(scanner, data, final) -> (events, error): the events as tuples
// (kind, line, column, byte index, arguments...), the error as (code, line, column, byte
// index) or None.
func feed(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "feed expects 3 arguments")
	}
	s, err := scannerArg(args[0])
	if err != nil {
		return nil, err
	}
	var data []byte
	switch v := args[1].(type) {
	case py.String:
		data = []byte(string(v))
	default:
		if data, err = argclinic.NeedBytes(v); err != nil {
			return nil, err
		}
	}
	final, err := py.ObjectIsTrue(args[2])
	if err != nil {
		return nil, err
	}
	// The scanner is fed 64 KB at a time, holding character data at the inner
	// boundaries so that the events are those of the whole piece, and its event
	// slices stay small while the tuples are made.
	var out []py.Object
	var xerr *expat.Error
	for {
		piece := data
		if len(piece) > feedPiece {
			piece = piece[:feedPiece]
		}
		data = data[len(piece):]
		var events []expat.Event
		s.sc.Hold = len(data) > 0
		events, xerr = s.sc.Feed(piece, final && len(data) == 0)
		if s.err != nil {
			err, s.err = s.err, nil
			return nil, err
		}
		for i := range events {
			out = append(out, eventTuple(&events[i]))
		}
		if xerr != nil || len(data) == 0 {
			break
		}
	}
	var errObj py.Object = py.None
	if xerr != nil {
		errObj = py.Tuple{py.Int(xerr.Code), py.Int(xerr.Line), py.Int(xerr.Col), py.Int(xerr.Byte)}
	}
	return py.Tuple{py.NewListFromItems(out), errObj}, nil
}

func eventTuple(e *expat.Event) py.Object {
	t := py.Tuple{py.Int(e.Kind), py.Int(e.Line), py.Int(e.Col), py.Int(e.Byte)}
	switch e.Kind {
	case expat.StartElement:
		attrs := make([]py.Object, len(e.Attrs))
		for i, a := range e.Attrs {
			attrs[i] = py.String(a)
		}
		t = append(t, py.String(e.Name), py.NewListFromItems(attrs))
	case expat.EndElement:
		t = append(t, py.String(e.Name))
	case expat.SkippedEntity:
		t = append(t, py.String(e.Name), py.Int(e.Flag), optString(e.Sys, e.Flag == 1), optString(e.Pub, e.HasPub))
	case expat.CharacterData, expat.Comment, expat.Default:
		t = append(t, py.String(e.Text))
	case expat.EndDoctype:
		if e.HasText {
			t = append(t, py.String(e.Text))
		}
	case expat.ProcessingInstr:
		t = append(t, py.String(e.Name), py.String(e.Text))
	case expat.XMLDecl:
		t = append(t, py.String(e.Name), optString(e.Text, e.HasText), py.Int(e.Flag))
	case expat.StartDoctype:
		t = append(t, py.String(e.Name), optString(e.Text, e.HasText), optString(e.Pub, e.HasPub), py.Int(e.Flag))
	case expat.StartNamespace:
		t = append(t, optString(e.Name, e.HasName), optString(e.Text, e.HasText))
	case expat.EndNamespace:
		t = append(t, optString(e.Name, e.HasName))
	case expat.EntityDecl:
		t = append(t, py.String(e.Name), py.Int(e.Flag), optString(e.Text, e.HasText), optString(e.Sys, e.HasSys), optString(e.Pub, e.HasPub), optString(e.Notation, e.HasNot))
	}
	return t
}

// errorMessages is expat's message for each error code (index 0 unused).
func errorMessages() py.Object {
	out := make([]py.Object, len(expat.Messages))
	for i, m := range expat.Messages {
		out[i] = py.String(m)
	}
	return py.Tuple(out)
}
