package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"

	"github.com/go-python/gpython/py"
)

// Flush modes and strategies, as zlib.h numbers them.
const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
	zTrees        = 6

	zFiltered    = 1
	zHuffmanOnly = 2
	zRLE         = 3
	zFixed       = 4
)

// format is the wrapper around the DEFLATE data, chosen by wbits.
type format int

const (
	fmtZlib format = iota
	fmtRaw
	fmtGzip
	fmtAuto // decompression only: zlib or gzip, by the header
)

// compressor is a zlib.Compress stream: Go's compress/flate for the DEFLATE data (not
// zlib's encoder: the bytes differ, the data they decode to does not), with zlib's
// header and trailer for the format.
type compressor struct {
	format   format
	level    int
	strategy int
	wbits    int
	dict     []byte
	out      bytes.Buffer
	w        *flate.Writer
	sum      uint32 // adler32 or crc32 of the input
	size     uint32
	started  bool // header written
	finished bool
	written  int64 // input bytes given
	// The calls made so far, replayed by copy() (Go's flate cannot clone its state).
	log     []logEntry
	logSize int
}

type logEntry struct {
	data []byte
	mode int
}

const maxLog = 64 << 20

func newCompressor(level, wbits, strategy int, dict []byte) (*compressor, error) {
	c := &compressor{level: level, strategy: strategy, dict: dict}
	switch {
	case wbits >= 9 && wbits <= 15:
		c.format, c.wbits = fmtZlib, wbits
	case wbits == 8:
		c.format, c.wbits = fmtZlib, 9
	case wbits >= -15 && wbits <= -9:
		c.format, c.wbits = fmtRaw, -wbits
	case wbits >= 25 && wbits <= 31:
		c.format, c.wbits = fmtGzip, wbits-16
	default:
		return nil, errInit
	}
	if c.format == fmtGzip {
		c.sum = crc32.ChecksumIEEE(nil)
	} else {
		c.sum = 1
	}
	goLevel := level
	switch {
	case level == -1:
		goLevel = 6
	case strategy == zHuffmanOnly:
		goLevel = flate.HuffmanOnly
	}
	if level == -1 {
		c.level = 6
	}
	var err error
	if dict != nil {
		c.w, err = flate.NewWriterDict(&c.out, goLevel, dict)
	} else {
		c.w, err = flate.NewWriter(&c.out, goLevel)
	}
	if err != nil {
		return nil, errInit
	}
	return c, nil
}

// header is the zlib or gzip header zlib's deflate writes first.
func (c *compressor) header() []byte {
	switch c.format {
	case fmtZlib:
		flags := 3
		switch {
		case c.strategy >= zHuffmanOnly || c.level < 2:
			flags = 0
		case c.level < 6:
			flags = 1
		case c.level == 6:
			flags = 2
		}
		h := uint16(c.wbits-8)<<12 | 8<<8 | uint16(flags)<<6
		if c.dict != nil {
			h |= 0x20
		}
		h += 31 - h%31
		out := binary.BigEndian.AppendUint16(nil, h)
		if c.dict != nil {
			out = binary.BigEndian.AppendUint32(out, adler32.Checksum(c.dict))
		}
		return out
	case fmtGzip:
		xfl := byte(0)
		switch {
		case c.level == 9:
			xfl = 2
		case c.strategy >= zHuffmanOnly || c.level < 2:
			xfl = 4
		}
		return []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3}
	}
	return nil
}

func (c *compressor) record(data []byte, mode int) {
	if c.logSize >= 0 && c.logSize+len(data) <= maxLog {
		c.log = append(c.log, logEntry{append([]byte(nil), data...), mode})
		c.logSize += len(data)
	} else {
		c.log, c.logSize = nil, -1
	}
}

func (c *compressor) take() []byte {
	var res []byte
	if !c.started {
		// zlib writes the header at the first call, with or without data.
		c.started = true
		res = c.header()
	}
	res = append(res, c.out.Bytes()...)
	c.out.Reset()
	return res
}

// compress feeds data; what the encoder has produced so far is returned.
func (c *compressor) compress(data []byte) ([]byte, error) {
	if c.finished {
		return nil, zlibError(-2, "while compressing data", "inconsistent stream state")
	}
	c.record(data, -1)
	c.update(data)
	c.w.Write(data)
	return c.take(), nil
}

func (c *compressor) update(data []byte) {
	if c.format == fmtGzip {
		c.sum = crc32.Update(c.sum, crc32.IEEETable, data)
	} else {
		c.sum = adler32Update(c.sum, data)
	}
	c.size += uint32(len(data))
	c.written += int64(len(data))
}

// flush ends a block (zlib's sync, full, partial and block flushes all become a sync
// flush) or, for Z_FINISH, the stream.
func (c *compressor) flush(mode int) ([]byte, error) {
	if mode == zNoFlush {
		return nil, nil
	}
	if c.finished {
		return nil, zlibError(-2, "while flushing", "inconsistent stream state")
	}
	c.record(nil, mode)
	if mode != zFinish {
		c.w.Flush()
		return c.take(), nil
	}
	if c.written == 0 && c.level != 0 && c.dict == nil && c.out.Len() == 0 {
		// Nothing was written: zlib's empty fixed-Huffman final block, not Go's stored one.
		c.out.Write([]byte{0x03, 0x00})
	} else {
		c.w.Close()
	}
	c.finished = true
	res := c.take()
	switch c.format {
	case fmtZlib:
		res = binary.BigEndian.AppendUint32(res, c.sum)
	case fmtGzip:
		res = binary.LittleEndian.AppendUint32(res, c.sum)
		res = binary.LittleEndian.AppendUint32(res, c.size)
	}
	return res, nil
}

// clone replays the calls made so far into a new compressor, discarding its output.
func (c *compressor) clone() (*compressor, error) {
	if c.logSize < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "Inconsistent stream state")
	}
	wbits := c.wbits
	switch c.format {
	case fmtRaw:
		wbits = -wbits
	case fmtGzip:
		wbits += 16
	}
	n, err := newCompressor(c.level, wbits, c.strategy, c.dict)
	if err != nil {
		return nil, err
	}
	for _, e := range c.log {
		if e.mode < 0 {
			n.compress(e.data)
		} else {
			n.flush(e.mode)
		}
	}
	n.started, n.finished = c.started, c.finished
	n.out.Reset()
	n.out.Write(c.out.Bytes())
	return n, nil
}

// adler32Update continues an Adler-32 checksum from value exactly as zlib's adler32_z
// does, including its partial reductions for short inputs (which show with start values
// whose halves exceed the modulus).
func adler32Update(value uint32, data []byte) uint32 {
	const mod, nmax = 65521, 5552
	a, b := uint64(value&0xffff), uint64(value>>16)
	switch {
	case len(data) == 1:
		a += uint64(data[0])
		if a >= mod {
			a -= mod
		}
		b += a
		if b >= mod {
			b -= mod
		}
		return uint32(b<<16 | a)
	case len(data) < 16:
		for _, x := range data {
			a += uint64(x)
			b += a
		}
		if a >= mod {
			a -= mod
		}
		return uint32(b%mod<<16 | a)
	}
	for len(data) > 0 {
		n := min(len(data), nmax)
		for _, x := range data[:n] {
			a += uint64(x)
			b += a
		}
		a %= mod
		b %= mod
		data = data[n:]
	}
	return uint32(b<<16 | a)
}
