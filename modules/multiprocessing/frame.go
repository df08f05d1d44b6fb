package multiprocessing

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/go-python/gpython/py"
)

// CPython's message framing on a connection (Connection._send_bytes / _recv_bytes): a
// message is a 4-byte big-endian signed length and the payload; a payload longer than
// 0x7fffffff bytes has the length -1 and then an 8-byte big-endian unsigned length. A gopy
// process and a python3 process exchange messages on the same wire.

// maxShortFrame is the largest payload announced by a 4-byte length.
const maxShortFrame = 0x7fffffff

// frameHeader returns the header of a payload of n bytes.
func frameHeader(n int) []byte {
	if uint64(n) > maxShortFrame {
		h := make([]byte, 12)
		binary.BigEndian.PutUint32(h, math.MaxUint32) // -1
		binary.BigEndian.PutUint64(h[4:], uint64(n))
		return h
	}
	h := make([]byte, 4)
	binary.BigEndian.PutUint32(h, uint32(n))
	return h
}

// readFunc reads into p as read(2) does: the count read, 0 at end of file, or an error
// (already a Python exception).
type readFunc func(p []byte) (int, error)

// errBadLength is readFrame's answer for a message longer than its limit (the caller
// raises CPython's OSError("bad message length") after updating the connection's state).
var errBadLength = errors.New("bad message length")

// readFrame reads one message with read. maxsize < 0 means no limit; a longer message gives
// errBadLength with its payload left unread, as CPython's _recv_bytes returns None then.
// A length that is negative but not -1 announces an empty payload, as in CPython (its
// _recv of a negative size reads nothing).
func readFrame(read readFunc, maxsize int64) ([]byte, error) {
	return readFrameInto(read, maxsize, nil)
}

// readFrameInto is readFrame reading the payload into buf when its capacity is enough to
// start with (see readExact).
func readFrameInto(read readFunc, maxsize int64, buf []byte) ([]byte, error) {
	var h [8]byte
	if err := readExactInto(read, h[:4]); err != nil {
		return nil, err
	}
	n32 := int32(binary.BigEndian.Uint32(h[:4]))
	var size uint64
	switch {
	case n32 == -1:
		if err := readExactInto(read, h[:8]); err != nil {
			return nil, err
		}
		size = binary.BigEndian.Uint64(h[:8])
	case n32 < 0:
		size = 0
	default:
		size = uint64(n32)
	}
	if maxsize >= 0 && size > uint64(maxsize) {
		return nil, errBadLength
	}
	return readExact(read, size, buf)
}

// readExactInto fills p (CPython's Connection._recv): end of file before the first byte is
// EOFError, after it OSError("got end of file during message").
func readExactInto(read readFunc, p []byte) error {
	got := 0
	for got < len(p) {
		n, err := read(p[got:])
		if err != nil {
			return err
		}
		if n == 0 {
			return eofDuring(got)
		}
		got += n
	}
	return nil
}

func eofDuring(got int) error {
	if got == 0 {
		return &py.Exception{Base: py.EOFError, Args: py.Tuple{}, Dict: py.StringDict{}}
	}
	return py.ExceptionNewf(py.OSError, "got end of file during message")
}

// firstChunk is the buffer readExact starts with; it doubles as data arrives, so that a
// forged length makes the reader allocate at most twice what the peer actually sent (plus
// this much). 256 KiB reads messages up to that size into one buffer, without regrowing.
const firstChunk = 256 << 10

// readExact reads a payload of size bytes (the other half of readExactInto), into buf if
// its capacity holds what readExact would allocate first.
func readExact(read readFunc, size uint64, buf []byte) ([]byte, error) {
	if uint64(cap(buf)) < min(size, firstChunk) {
		buf = make([]byte, 0, min(size, firstChunk))
	}
	buf = buf[:0]
	for uint64(len(buf)) < size {
		if len(buf) == cap(buf) {
			grown := make([]byte, len(buf), min(size, uint64(cap(buf))*2))
			copy(grown, buf)
			buf = grown
		}
		n, err := read(buf[len(buf):min(uint64(cap(buf)), size)])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, eofDuring(len(buf))
		}
		buf = buf[:len(buf)+n]
	}
	return buf, nil
}
