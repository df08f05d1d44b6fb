package zlib

import (
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"

	"github.com/gopyrt/gopy/modules/zlib/internal/inflate"
)

// decompressor is a zlib.Decompress stream: the header of its format, the DEFLATE data
// (package inflate, resumable at any byte), the trailer's checks, as zlib's inflate
// reads them and with its messages.
type decompressor struct {
	format    format
	wbits     int // the window size the header may declare at most (0: any)
	dict      []byte
	phase     int
	pend      []byte // input of the header or trailer not yet used
	inf       *inflate.Inflater
	sum, size uint32
	dictID    uint32
}

const (
	phHeader = iota
	phDict   // the header asked for a preset dictionary
	phBody
	phTrailer
	phDone
)

// dataError is a Z_DATA_ERROR with zlib's message.
type dataError struct{ msg string }

func (e dataError) Error() string { return e.msg }

// zdictError is a preset dictionary that is not the one the stream was made with.
type zdictError struct{}

func (zdictError) Error() string { return "invalid input data" }

// needDict is Z_NEED_DICT: the stream was made with a preset dictionary.
type needDictError struct{}

func (needDictError) Error() string { return "need dictionary" }

func newDecompressor(wbits int, dict []byte) (*decompressor, bool) {
	d := &decompressor{dict: dict}
	switch {
	case wbits == 0 || (wbits >= 8 && wbits <= 15):
		d.format, d.wbits = fmtZlib, wbits
	case wbits >= -15 && wbits <= -8:
		d.format, d.wbits = fmtRaw, -wbits
	case wbits >= 24 && wbits <= 31:
		d.format, d.wbits = fmtGzip, wbits-16
	case wbits >= 40 && wbits <= 47:
		d.format, d.wbits = fmtAuto, wbits-32
	default:
		return nil, false
	}
	if d.format == fmtRaw {
		d.inf = inflate.New(dict)
		d.phase = phBody
	}
	return d, true
}

func (d *decompressor) clone() *decompressor {
	c := *d
	c.pend = append([]byte(nil), d.pend...)
	if d.inf != nil {
		c.inf = d.inf.Clone()
	}
	return &c
}

// run decodes input and what was kept from earlier calls, producing at most limit bytes
// (limit < 0: any). It returns the output, whether it stopped at the limit, and an error
// (dataError, needDictError).
func (d *decompressor) run(input []byte, limit int) (out []byte, atLimit bool, err error) {
	d.pend = append(d.pend, input...)
	for {
		switch d.phase {
		case phHeader:
			ok, err := d.header()
			if err != nil || !ok {
				return out, false, err
			}
		case phDict:
			if d.dict == nil {
				return out, false, needDictError{}
			}
			if adler32.Checksum(d.dict) != d.dictID {
				return out, false, zdictError{}
			}
			d.inf = inflate.New(d.dict)
			d.phase = phBody
		case phBody:
			d.inf.Feed(d.pend)
			d.pend = nil
			room := -1
			if limit >= 0 {
				room = limit - len(out)
			}
			start := len(out)
			out = d.inf.Inflate(out, room)
			d.check(out[start:])
			if err := d.inf.Err(); err != nil {
				return out, false, dataError{err.Error()}
			}
			if d.inf.Done() {
				d.pend = d.inf.TakeUnconsumed()
				d.phase = phTrailer
				continue
			}
			if limit >= 0 && len(out) >= limit {
				return out, true, nil
			}
			return out, false, nil
		case phTrailer:
			ok, err := d.trailer()
			if err != nil || !ok {
				return out, false, err
			}
		case phDone:
			return out, false, nil
		}
	}
}

func (d *decompressor) check(b []byte) {
	switch d.format {
	case fmtZlib:
		d.sum = adler32Update(d.sum, b)
	case fmtGzip:
		d.sum = crc32.Update(d.sum, crc32.IEEETable, b)
	}
	d.size += uint32(len(b))
}

// unconsumed returns (and forgets) the input kept by a stream stopped at its output limit.
func (d *decompressor) unconsumed() []byte {
	if d.phase == phBody && d.inf != nil {
		return d.inf.TakeUnconsumed()
	}
	return nil
}

// rest returns (and forgets) the input after the end of the stream.
func (d *decompressor) rest() []byte {
	r := d.pend
	d.pend = nil
	return r
}

// header parses the zlib or gzip header in d.pend; ok is false when it is incomplete.
func (d *decompressor) header() (bool, error) {
	p := d.pend
	if len(p) < 2 {
		return false, nil
	}
	if (d.format == fmtGzip || d.format == fmtAuto) && p[0] == 0x1f && p[1] == 0x8b {
		return d.gzipHeader()
	}
	if d.format == fmtGzip || (uint16(p[0])<<8|uint16(p[1]))%31 != 0 {
		return false, dataError{"incorrect header check"}
	}
	if p[0]&15 != 8 {
		return false, dataError{"unknown compression method"}
	}
	window := int(p[0]>>4) + 8
	if d.wbits == 0 {
		d.wbits = window
	}
	if window > 15 || window > d.wbits {
		return false, dataError{"invalid window size"}
	}
	d.sum, d.format = 1, fmtZlib
	if p[1]&0x20 != 0 {
		if len(p) < 6 {
			return false, nil
		}
		d.dictID = binary.BigEndian.Uint32(p[2:])
		d.pend = p[6:]
		d.phase = phDict
		return true, nil
	}
	d.pend = p[2:]
	d.inf = inflate.New(nil)
	d.phase = phBody
	return true, nil
}

// gzipHeader parses a gzip member header (RFC 1952).
func (d *decompressor) gzipHeader() (bool, error) {
	p := d.pend
	if len(p) < 3 {
		return false, nil
	}
	if p[2] != 8 {
		return false, dataError{"unknown compression method"}
	}
	if len(p) < 4 {
		return false, nil
	}
	flags := p[3]
	if flags&0xe0 != 0 {
		return false, dataError{"unknown header flags set"}
	}
	n := 10
	if len(p) < n {
		return false, nil
	}
	if flags&4 != 0 { // FEXTRA
		if len(p) < n+2 {
			return false, nil
		}
		n += 2 + int(binary.LittleEndian.Uint16(p[n:]))
		if len(p) < n {
			return false, nil
		}
	}
	for _, f := range []byte{8, 16} { // FNAME, FCOMMENT: zero-terminated
		if flags&f != 0 {
			end := -1
			for i := n; i < len(p); i++ {
				if p[i] == 0 {
					end = i
					break
				}
			}
			if end < 0 {
				return false, nil
			}
			n = end + 1
		}
	}
	if flags&2 != 0 { // FHCRC
		if len(p) < n+2 {
			return false, nil
		}
		if uint16(crc32.ChecksumIEEE(p[:n])) != binary.LittleEndian.Uint16(p[n:]) {
			return false, dataError{"header crc mismatch"}
		}
		n += 2
	}
	d.format = fmtGzip
	d.sum = 0
	d.pend = p[n:]
	d.inf = inflate.New(nil)
	d.phase = phBody
	return true, nil
}

// trailer checks the zlib (Adler-32) or gzip (CRC-32 and length) trailer.
func (d *decompressor) trailer() (bool, error) {
	p := d.pend
	switch d.format {
	case fmtRaw:
	case fmtGzip:
		if len(p) < 8 {
			return false, nil
		}
		if binary.LittleEndian.Uint32(p) != d.sum {
			return false, dataError{"incorrect data check"}
		}
		if binary.LittleEndian.Uint32(p[4:]) != d.size {
			return false, dataError{"incorrect length check"}
		}
		d.pend = p[8:]
	default:
		if len(p) < 4 {
			return false, nil
		}
		if binary.BigEndian.Uint32(p) != d.sum {
			return false, dataError{"incorrect data check"}
		}
		d.pend = p[4:]
	}
	d.phase = phDone
	return true, nil
}
