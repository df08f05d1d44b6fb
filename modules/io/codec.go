package io

import (
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/gopyrt/gopy/internal/codec"
)

// The codecs a TextIOWrapper uses are internal/codec's: UTF-8 (and utf-8-sig), ASCII,
// Latin-1, UTF-16 and UTF-32 (with a BOM, or in either byte order) and the single-byte
// codecs, with all its error handlers; what io keeps is the incremental decoder's state
// (undecoded bytes; utf-8-sig's BOM flag; the byte order UTF-16/32 found in the BOM),
// which tell/seek cookies carry.

var fixedCodecs = map[string]string{"utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "ascii": "ascii",
	"latin_1": "latin-1", "utf_16": "utf-16", "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be",
	"utf_32": "utf-32", "utf_32_le": "utf-32-le", "utf_32_be": "utf-32-be"}

// codecName normalises an encoding name to the codecs io uses ("" if unknown): the
// names above, or a single-byte codec's key ("cp1252").
func codecName(name string) string {
	if c, ok := fixedCodecs[codec.Key(name)]; ok {
		return c
	}
	return codec.CharmapKey(codec.Normalize(name))
}

// lookupCodec checks an encoding name: LookupError as CPython's codecs.lookup.
func lookupCodec(name string) (string, error) {
	c := codecName(name)
	if c == "" {
		return "", py.ExceptionNewf(py.LookupError, "unknown encoding: %s", name)
	}
	return c, nil
}

// codecOf is internal/codec's codec for one of codecName's names (UTF-16 and UTF-32
// with a BOM: the little-endian codec, which they write after the BOM).
func codecOf(name string) *codec.Codec {
	switch name {
	case "ascii":
		return codec.ASCII
	case "latin-1":
		return codec.Latin1
	case "utf-16", "utf-16-le":
		return codec.UTF16LE
	case "utf-16-be":
		return codec.UTF16BE
	case "utf-32", "utf-32-le":
		return codec.UTF32LE
	case "utf-32-be":
		return codec.UTF32BE
	case "utf-8", "utf-8-sig":
		return codec.UTF8
	}
	return codec.Charmap(name)
}

// bomOf is the BOM a writer of codec name starts a stream with ("" for none).
func bomOf(name string) string {
	switch name {
	case "utf-8-sig":
		return codec.BOM8
	case "utf-16":
		return codec.BOM16LE
	case "utf-32":
		return codec.BOM32LE
	}
	return ""
}

// unitOf is the code unit of UTF-16 (2) and UTF-32 (4) with a BOM, else 0.
func unitOf(name string) int {
	switch name {
	case "utf-16":
		return 2
	case "utf-32":
		return 4
	}
	return 0
}

// decoder is an incremental decoder.
type decoder struct {
	codec   string
	errors  string
	pending []byte // bytes of an incomplete sequence
	bomDone bool   // utf-8-sig: the start has been looked at
	order   int    // utf-16/utf-32: the byte order the BOM gave (-1 little, 1 big; 0 not yet)
}

func newDecoder(codec, errors string) *decoder { return &decoder{codec: codec, errors: errors} }

func (d *decoder) reset() { d.pending, d.bomDone, d.order = nil, false, 0 }

// state is getstate(): the undecoded bytes and the flags (utf-8-sig: 1 before the BOM was
// looked at; utf-16/32: 2 before the BOM, then 0 little endian, 1 big, as CPython's on a
// little-endian machine).
func (d *decoder) state() ([]byte, int) {
	flags := 0
	switch {
	case d.codec == "utf-8-sig" && !d.bomDone:
		flags = 1
	case unitOf(d.codec) > 0 && d.order == 0:
		flags = 2
	case d.order > 0:
		flags = 1
	}
	return append([]byte(nil), d.pending...), flags
}

func (d *decoder) setState(pending []byte, flags int) {
	d.pending = append([]byte(nil), pending...)
	d.bomDone = !(d.codec == "utf-8-sig" && flags != 0)
	if unitOf(d.codec) > 0 {
		d.order = map[int]int{0: -1, 1: 1, 2: 0}[flags]
	}
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
	var s string
	var n int
	var err error
	if unit := unitOf(d.codec); unit > 0 {
		order := d.order
		s, n, order, err = codec.DecodeBOM(data, d.errors, d.order, final, unit)
		if err != nil {
			return "", err
		}
		if order != 0 {
			d.order = order
		} else if n >= unit {
			return "", py.ExceptionNewf(py.UnicodeError, "%s stream does not start with BOM", strings.ToUpper(d.codec))
		}
	} else if s, n, err = codecOf(d.codec).Decode(data, 0, d.errors, final); err != nil {
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
