package io

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/gopyrt/gopy/internal/codec"
)

// The codecs a TextIOWrapper uses are internal/codec's UTF-8 (and utf-8-sig), ASCII and
// Latin-1, with all its error handlers; what io keeps is the incremental decoder's state
// (undecoded bytes and utf-8-sig's BOM flag), which tell/seek cookies carry.

// codecName normalises an encoding name to the codecs io uses ("" if unknown).
func codecName(name string) string {
	switch codec.Key(name) {
	case "utf_8":
		return "utf-8"
	case "utf_8_sig":
		return "utf-8-sig"
	case "ascii":
		return "ascii"
	case "latin_1":
		return "latin-1"
	}
	return ""
}

// lookupCodec checks an encoding name: LookupError as CPython's codecs.lookup.
func lookupCodec(name string) (string, error) {
	c := codecName(name)
	if c == "" {
		return "", py.ExceptionNewf(py.LookupError, "unknown encoding: %s", name)
	}
	return c, nil
}

// codecOf is internal/codec's codec for one of codecName's names.
func codecOf(name string) *codec.Codec {
	switch name {
	case "ascii":
		return codec.ASCII
	case "latin-1":
		return codec.Latin1
	}
	return codec.UTF8
}

// decoder is an incremental decoder.
type decoder struct {
	codec   string
	errors  string
	pending []byte // bytes of an incomplete sequence
	bomDone bool   // utf-8-sig: the start has been looked at
}

func newDecoder(codec, errors string) *decoder { return &decoder{codec: codec, errors: errors} }

func (d *decoder) reset() { d.pending, d.bomDone = nil, false }

// state is getstate(): the undecoded bytes and the flags (utf-8-sig: 1 before the BOM was
// looked at, as CPython's).
func (d *decoder) state() ([]byte, int) {
	flags := 0
	if d.codec == "utf-8-sig" && !d.bomDone {
		flags = 1
	}
	return append([]byte(nil), d.pending...), flags
}

func (d *decoder) setState(pending []byte, flags int) {
	d.pending = append([]byte(nil), pending...)
	d.bomDone = !(d.codec == "utf-8-sig" && flags != 0)
}

// decode decodes input after what is pending; with final, an incomplete sequence at the
// end is an error. Error positions count from the start of the pending bytes.
func (d *decoder) decode(input []byte, final bool) (string, error) {
	data := input
	if len(d.pending) > 0 {
		data = append(append([]byte(nil), d.pending...), input...)
		d.pending = nil
	}
	if d.codec == "utf-8-sig" && !d.bomDone {
		if len(data) < 3 && !final && strings.HasPrefix(codec.BOM8, string(data)) {
			d.pending = data
			return "", nil
		}
		d.bomDone = true
		if strings.HasPrefix(string(data), codec.BOM8) {
			data = data[3:]
		}
	}
	s, n, err := codecOf(d.codec).Decode(data, 0, d.errors, final)
	if err != nil {
		return "", err
	}
	if n < len(data) {
		d.pending = append([]byte(nil), data[n:]...)
	}
	return s, nil
}

// encode encodes s with the codec and error handler (utf-8-sig's BOM is the writer's).
func encode(name, errors, s string) ([]byte, error) {
	out, _, err := codecOf(name).Encode(s, errors)
	return out, err
}
