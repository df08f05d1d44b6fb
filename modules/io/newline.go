package io

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

// nlDecoder is CPython's IncrementalNewlineDecoder: it holds back a final '\r' (which may
// be the start of "\r\n"), records the kinds of newline seen and, with translate, turns
// "\r\n" and "\r" into "\n". Its inner decoder is a Go decoder (TextIOWrapper's) or a
// Python object with decode/getstate/setstate/reset (the public class), or neither (the
// input is then already text).
type nlDecoder struct {
	inner     *decoder
	pyInner   py.Object
	translate bool
	pendingCR bool
	seen      int
}

// Newline kinds seen.
const (
	seenLF = 1 << iota
	seenCR
	seenCRLF
)

// process applies the newline rules to decoded text.
func (n *nlDecoder) process(out string, final bool) string {
	if n.pendingCR && (final || len(out) > 0) {
		out = "\r" + out
		n.pendingCR = false
	}
	if !final && strings.HasSuffix(out, "\r") {
		out = out[:len(out)-1]
		n.pendingCR = true
	}
	if strings.ContainsAny(out, "\r\n") {
		crlf := strings.Count(out, "\r\n")
		if crlf > 0 {
			n.seen |= seenCRLF
		}
		if strings.Count(out, "\r") > crlf {
			n.seen |= seenCR
		}
		if strings.Count(out, "\n") > crlf {
			n.seen |= seenLF
		}
		if n.translate {
			out = strings.ReplaceAll(out, "\r\n", "\n")
			out = strings.ReplaceAll(out, "\r", "\n")
		}
	}
	return out
}

// decodeBytes decodes with the Go inner decoder, then applies the newline rules.
func (n *nlDecoder) decodeBytes(input []byte, final bool) (string, error) {
	s, err := n.inner.decode(input, final)
	if err != nil {
		return "", err
	}
	return n.process(s, final), nil
}

func (n *nlDecoder) state() ([]byte, int) {
	b, flags := n.inner.state()
	flags <<= 1
	if n.pendingCR {
		flags |= 1
	}
	return b, flags
}

func (n *nlDecoder) setState(b []byte, flags int) {
	n.pendingCR = flags&1 != 0
	n.inner.setState(b, flags>>1)
}

func (n *nlDecoder) reset() {
	n.seen, n.pendingCR = 0, false
	n.inner.reset()
}

// newlines is the newlines property: None, one kind, or a tuple of the kinds seen.
func (n *nlDecoder) newlines() py.Object {
	var kinds []py.Object
	if n.seen&seenCR != 0 {
		kinds = append(kinds, py.String("\r"))
	}
	if n.seen&seenLF != 0 {
		kinds = append(kinds, py.String("\n"))
	}
	if n.seen&seenCRLF != 0 {
		kinds = append(kinds, py.String("\r\n"))
	}
	switch len(kinds) {
	case 0:
		return py.None
	case 1:
		return kinds[0]
	}
	return py.Tuple(kinds)
}

// NewlineDecoder is an _io.IncrementalNewlineDecoder object.
type NewlineDecoder struct {
	classes.Instance
	nl    nlDecoder
	ready bool
}

// IncrementalNewlineDecoderType is _io.IncrementalNewlineDecoder.
var IncrementalNewlineDecoderType = classes.NewNativeType("IncrementalNewlineDecoder", "_io",
	"Codec used when reading a file in universal newlines mode.", py.ObjectType,
	func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		d := &NewlineDecoder{}
		d.Init(cls, d)
		return d, nil
	})

func newlineSelf(self py.Object) (*NewlineDecoder, error) {
	d, ok := self.(*NewlineDecoder)
	if !ok || !d.ready {
		return nil, py.ExceptionNewf(py.ValueError, "IncrementalNewlineDecoder.__init__() not called")
	}
	return d, nil
}

func init() {
	t := IncrementalNewlineDecoderType
	method(t, "__init__", "Initialize self.", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		d, ok := self.(*NewlineDecoder)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__init__' requires an '_io.IncrementalNewlineDecoder' object")
		}
		var dec, translate, errs py.Object = nil, nil, py.String("strict")
		if err := objects.ParseArgs("IncrementalNewlineDecoder", args, kw, []string{"decoder", "translate", "errors"}, 3, 2, &dec, &translate, &errs); err != nil {
			return nil, err
		}
		tr, err := truth(translate)
		if err != nil {
			return nil, err
		}
		d.nl = nlDecoder{translate: tr}
		if dec != py.None {
			d.nl.pyInner = dec
		}
		d.ready = true
		return py.None, nil
	})
	method(t, "decode", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		d, err := newlineSelf(self)
		if err != nil {
			return nil, err
		}
		var input, finalObj py.Object = nil, py.False
		if err := objects.ParseArgs("decode", args, kw, []string{"input", "final"}, 2, 1, &input, &finalObj); err != nil {
			return nil, err
		}
		final, err := truth(finalObj)
		if err != nil {
			return nil, err
		}
		out := input
		if d.nl.pyInner != nil {
			if out, err = callMethod(d.nl.pyInner, "decode", input, py.NewBool(final)); err != nil {
				return nil, err
			}
		}
		s, ok := out.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "decoder should return a string result, not '%s'", out.Type().Name)
		}
		return py.String(d.nl.process(string(s), final)), nil
	})
	method(t, "getstate", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		d, err := newlineSelf(self)
		if err != nil {
			return nil, err
		}
		var buf py.Object = py.Bytes{}
		flags := 0
		if d.nl.pyInner != nil {
			st, err := callMethod(d.nl.pyInner, "getstate")
			if err != nil {
				return nil, err
			}
			tup, ok := st.(py.Tuple)
			if !ok || len(tup) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "illegal decoder state")
			}
			buf = tup[0]
			if flags, err = objects.IndexInt(tup[1]); err != nil {
				return nil, err
			}
		}
		flags <<= 1
		if d.nl.pendingCR {
			flags |= 1
		}
		return py.Tuple{buf, py.Int(flags)}, nil
	})
	method(t, "setstate", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		d, err := newlineSelf(self)
		if err != nil {
			return nil, err
		}
		var state py.Object
		if err := objects.ParseArgs("setstate", args, kw, []string{"state"}, 1, 1, &state); err != nil {
			return nil, err
		}
		tup, ok := state.(py.Tuple)
		if !ok || len(tup) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "state argument must be a tuple")
		}
		flags, err := objects.IndexInt(tup[1])
		if err != nil {
			return nil, err
		}
		d.nl.pendingCR = flags&1 != 0
		if d.nl.pyInner != nil {
			_, err = callMethod(d.nl.pyInner, "setstate", py.Tuple{tup[0], py.Int(flags >> 1)})
		}
		return py.None, err
	})
	method(t, "reset", "", func(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
		d, err := newlineSelf(self)
		if err != nil {
			return nil, err
		}
		d.nl.seen, d.nl.pendingCR = 0, false
		if d.nl.pyInner != nil {
			_, err = callMethod(d.nl.pyInner, "reset")
		}
		return py.None, err
	})
	t.Dict["newlines"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		d, err := newlineSelf(self)
		if err != nil {
			return nil, err
		}
		return d.nl.newlines(), nil
	}}
}
