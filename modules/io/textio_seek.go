package io

import (
	"math/big"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
)

// TextIOWrapper's tell() and seek(): a position is an opaque cookie, packed as CPython's
// textio.c packs it (little-endian: the byte position of a decoder start point in 64
// bits, then the decoder flags, the bytes to feed and the characters to skip in 32 bits
// each, then a byte saying whether the decoder must be finished), so that a script sees
// the same numbers. For UTF-8 text read line by line the cookie is the byte offset.

type cookie struct {
	startPos    int64
	decFlags    int
	bytesToFeed int
	charsToSkip int
	needEOF     bool
}

func (c cookie) pack() py.Object {
	if c.decFlags == 0 && c.bytesToFeed == 0 && c.charsToSkip == 0 && !c.needEOF && c.startPos >= 0 {
		return py.Int(c.startPos)
	}
	n := new(big.Int)
	if c.needEOF {
		n.SetInt64(1)
	}
	for _, part := range []uint64{uint64(uint32(c.charsToSkip)), uint64(uint32(c.bytesToFeed)), uint64(uint32(c.decFlags))} {
		n.Lsh(n, 32)
		n.Or(n, new(big.Int).SetUint64(part))
	}
	n.Lsh(n, 64)
	n.Or(n, new(big.Int).SetUint64(uint64(c.startPos)))
	if n.IsInt64() {
		return py.Int(n.Int64())
	}
	return (*py.BigInt)(n)
}

func unpackCookie(o py.Object) (cookie, error) {
	var n *big.Int
	switch v := o.(type) {
	case py.Int:
		n = big.NewInt(int64(v))
	case *py.BigInt:
		n = (*big.Int)(v)
	default:
		i, err := objects.IndexInt(o)
		if err != nil {
			return cookie{}, err
		}
		n = big.NewInt(int64(i))
	}
	mask64 := new(big.Int).SetUint64(^uint64(0))
	mask32 := big.NewInt(0xffffffff)
	part := func(shift uint, mask *big.Int) uint64 {
		return new(big.Int).And(new(big.Int).Rsh(n, shift), mask).Uint64()
	}
	return cookie{
		startPos:    int64(part(0, mask64)),
		decFlags:    int(int32(part(64, mask32))),
		bytesToFeed: int(int32(part(96, mask32))),
		charsToSkip: int(int32(part(128, mask32))),
		needEOF:     part(160, big.NewInt(0xff)) != 0,
	}, nil
}

// tell is tell(): the cookie of the current position.
func (t *TextIO) tell() (py.Object, error) {
	if err := t.checkOpen(); err != nil {
		return nil, err
	}
	if !t.seekable {
		return nil, unsupported("underlying stream is not seekable")
	}
	if !t.telling {
		return nil, py.ExceptionNewf(py.OSError, "telling position disabled by next() call")
	}
	if err := t.flushPending(); err != nil {
		return nil, err
	}
	if _, err := callMethod(t, "flush"); err != nil {
		return nil, err
	}
	posObj, err := callMethod(t.buffer, "tell")
	if err != nil {
		return nil, err
	}
	if t.dec == nil || t.snapshot == nil {
		return posObj, nil
	}
	pos, err := objects.IndexInt(posObj)
	if err != nil {
		return nil, err
	}
	snap := t.snapshot
	c := cookie{startPos: int64(pos - len(snap.input)), decFlags: snap.flags}
	skip := utf8.RuneCountInString(t.decoded[:t.used])
	if skip == 0 {
		return c.pack(), nil
	}
	savedBuf, savedFlags := t.decState()
	defer t.setDecState(savedBuf, savedFlags)
	seen := 0
	if t.nl != nil {
		seen = t.nl.seen
		defer func() { t.nl.seen = seen }()
	}

	// Look for a start point close to the position: a number of bytes after which the
	// decoder holds nothing back and has produced at most the characters to skip.
	skipBytes := int(t.b2c * float64(skip))
	if skipBytes > len(snap.input) {
		skipBytes = len(snap.input)
	}
	back := 1
	found := false
	for skipBytes > 0 {
		t.setDecState(nil, c.decFlags)
		text, err := t.decode(snap.input[:skipBytes], false)
		if err != nil {
			return nil, err
		}
		n := utf8.RuneCountInString(text)
		if n <= skip {
			b, flags := t.decState()
			if len(b) == 0 {
				c.decFlags = flags
				skip -= n
				found = true
				break
			}
			skipBytes -= len(b)
			back = 1
		} else {
			skipBytes -= back
			back *= 2
		}
	}
	if !found {
		skipBytes = 0
		t.setDecState(nil, c.decFlags)
	}
	c.startPos += int64(skipBytes)
	if skip == 0 {
		return c.pack(), nil
	}
	// Feed the decoder a byte at a time from there.
	fed, decodedChars := 0, 0
	done := false
	for i := skipBytes; i < len(snap.input); i++ {
		fed++
		text, err := t.decode(snap.input[i:i+1], false)
		if err != nil {
			return nil, err
		}
		decodedChars += utf8.RuneCountInString(text)
		b, flags := t.decState()
		if len(b) == 0 && decodedChars <= skip {
			c.startPos += int64(fed)
			skip -= decodedChars
			c.decFlags = flags
			fed, decodedChars = 0, 0
		}
		if decodedChars >= skip {
			done = true
			break
		}
	}
	if !done {
		text, err := t.decode(nil, true)
		if err != nil {
			return nil, err
		}
		decodedChars += utf8.RuneCountInString(text)
		c.needEOF = true
		if decodedChars < skip {
			return nil, py.ExceptionNewf(py.OSError, "can't reconstruct logical file position")
		}
	}
	c.bytesToFeed, c.charsToSkip = fed, skip
	return c.pack(), nil
}

// seek is seek(cookie, whence).
func (t *TextIO) seek(cookieObj py.Object, whence int) (py.Object, error) {
	if err := t.checkOpen(); err != nil {
		return nil, err
	}
	if !t.seekable {
		return nil, unsupported("underlying stream is not seekable")
	}
	zero := func() (bool, error) {
		n, err := objects.IndexInt(cookieObj)
		if err != nil {
			return false, err
		}
		return n == 0, nil
	}
	switch whence {
	case 0:
	case 1:
		z, err := zero()
		if err != nil {
			return nil, err
		}
		if !z {
			return nil, unsupported("can't do nonzero cur-relative seeks")
		}
		if cookieObj, err = t.tell(); err != nil {
			return nil, err
		}
	case 2:
		z, err := zero()
		if err != nil {
			return nil, err
		}
		if !z {
			return nil, unsupported("can't do nonzero end-relative seeks")
		}
		if _, err := callMethod(t, "flush"); err != nil {
			return nil, err
		}
		t.decoded, t.used, t.snapshot = "", 0, nil
		if t.dec != nil {
			t.resetDecoder()
		}
		end, err := callMethod(t.buffer, "seek", py.Int(0), py.Int(2))
		if err == nil && t.enc && bomOf(t.codec) != "" {
			t.bom = end == py.Int(0)
		}
		return end, err
	default:
		return nil, py.ExceptionNewf(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if neg, err := isNegative(cookieObj); err != nil {
		return nil, err
	} else if neg {
		r, _ := py.Repr(cookieObj)
		return nil, py.ExceptionNewf(py.ValueError, "negative seek position %s", string(r.(py.String)))
	}
	if _, err := callMethod(t, "flush"); err != nil {
		return nil, err
	}
	c, err := unpackCookie(cookieObj)
	if err != nil {
		return nil, err
	}
	if _, err := callMethod(t.buffer, "seek", py.Int(c.startPos)); err != nil {
		return nil, err
	}
	t.decoded, t.used, t.snapshot = "", 0, nil
	if t.enc && bomOf(t.codec) != "" {
		t.bom = c.startPos == 0 && c.decFlags == 0
	}
	if t.dec != nil {
		if c.startPos == 0 && c.decFlags == 0 {
			t.resetDecoder()
		} else {
			t.setDecState(nil, c.decFlags)
		}
		t.snapshot = &snapshot{flags: c.decFlags}
	}
	if c.charsToSkip > 0 {
		input, err := t.readBuffer(c.bytesToFeed, false)
		if err != nil {
			return nil, err
		}
		text, err := t.decode(input, c.needEOF)
		if err != nil {
			return nil, err
		}
		t.decoded, t.used = text, 0
		t.snapshot = &snapshot{flags: c.decFlags, input: input}
		if utf8.RuneCountInString(text) < c.charsToSkip {
			return nil, py.ExceptionNewf(py.OSError, "can't restore logical file position")
		}
		t.used = byteIndexOfChar(text, c.charsToSkip)
	}
	return cookieObj, nil
}

func isNegative(o py.Object) (bool, error) {
	switch v := o.(type) {
	case py.Int:
		return v < 0, nil
	case *py.BigInt:
		return (*big.Int)(v).Sign() < 0, nil
	}
	n, err := objects.IndexInt(o)
	return n < 0, err
}
