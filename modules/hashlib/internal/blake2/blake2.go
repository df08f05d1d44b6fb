// Package blake2 implements BLAKE2b and BLAKE2s (RFC 7693) with the whole parameter block
// that Python's hashlib exposes: digest size, key, salt, personalization and the tree
// parameters (fanout, depth, leaf size, node offset, node depth, inner size, last node).
// golang.org/x/crypto's blake2b and blake2s take only a size and a key.
package blake2

import (
	"encoding/binary"
	"math/bits"
)

// Params is a BLAKE2 parameter block.
type Params struct {
	DigestSize int
	Key        []byte
	Salt       []byte
	Person     []byte
	Fanout     int
	Depth      int
	LeafSize   uint32
	NodeOffset uint64
	NodeDepth  int
	InnerSize  int
	LastNode   bool
}

var iv64 = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var iv32 = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

var sigma = [12][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
}

// Digest is a BLAKE2b or BLAKE2s state (wide selects BLAKE2b).
type Digest struct {
	wide     bool
	size     int
	lastNode bool
	h64      [8]uint64
	h32      [8]uint32
	t        [2]uint64 // bytes compressed so far (BLAKE2s uses the low 64 bits)
	buf      []byte    // pending input, at most one block
	block    int
}

// New2b returns a BLAKE2b state for p (the caller has validated its ranges).
func New2b(p Params) *Digest {
	d := &Digest{wide: true, size: p.DigestSize, lastNode: p.LastNode, block: 128, buf: make([]byte, 0, 128)}
	var pb [64]byte
	pb[0], pb[1], pb[2], pb[3] = byte(p.DigestSize), byte(len(p.Key)), byte(p.Fanout), byte(p.Depth)
	binary.LittleEndian.PutUint32(pb[4:], p.LeafSize)
	binary.LittleEndian.PutUint64(pb[8:], p.NodeOffset)
	pb[16], pb[17] = byte(p.NodeDepth), byte(p.InnerSize)
	copy(pb[32:48], p.Salt)
	copy(pb[48:64], p.Person)
	for i := range d.h64 {
		d.h64[i] = iv64[i] ^ binary.LittleEndian.Uint64(pb[8*i:])
	}
	d.keyBlock(p.Key)
	return d
}

// New2s returns a BLAKE2s state for p.
func New2s(p Params) *Digest {
	d := &Digest{size: p.DigestSize, lastNode: p.LastNode, block: 64, buf: make([]byte, 0, 64)}
	var pb [32]byte
	pb[0], pb[1], pb[2], pb[3] = byte(p.DigestSize), byte(len(p.Key)), byte(p.Fanout), byte(p.Depth)
	binary.LittleEndian.PutUint32(pb[4:], p.LeafSize)
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.NodeOffset)
	copy(pb[8:14], off[:6])
	pb[14], pb[15] = byte(p.NodeDepth), byte(p.InnerSize)
	copy(pb[16:24], p.Salt)
	copy(pb[24:32], p.Person)
	for i := range d.h32 {
		d.h32[i] = iv32[i] ^ binary.LittleEndian.Uint32(pb[4*i:])
	}
	d.keyBlock(p.Key)
	return d
}

func (d *Digest) keyBlock(key []byte) {
	if len(key) > 0 {
		k := make([]byte, d.block)
		copy(k, key)
		d.Write(k)
	}
}

// Size is the digest size in bytes.
func (d *Digest) Size() int { return d.size }

// BlockSize is 128 for BLAKE2b, 64 for BLAKE2s.
func (d *Digest) BlockSize() int { return d.block }

// Reset is not supported (Python's objects have no reset); it panics.
func (d *Digest) Reset() { panic("blake2: Reset") }

// Clone returns an independent copy.
func (d *Digest) Clone() *Digest {
	c := *d
	c.buf = append(make([]byte, 0, d.block), d.buf...)
	return &c
}

func (d *Digest) count(n int) {
	d.t[0] += uint64(n)
	if d.t[0] < uint64(n) {
		d.t[1]++
	}
}

// Write absorbs p. The last block is kept back until Sum, which must flag it final.
func (d *Digest) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(d.buf) == d.block {
			d.count(d.block)
			d.compress(d.buf, false)
			d.buf = d.buf[:0]
		}
		k := copy(d.buf[len(d.buf):d.block], p)
		d.buf = d.buf[:len(d.buf)+k]
		p = p[k:]
	}
	return n, nil
}

// Sum appends the digest to b without changing the state.
func (d *Digest) Sum(b []byte) []byte {
	c := d.Clone()
	c.count(len(c.buf))
	last := make([]byte, c.block)
	copy(last, c.buf)
	c.compress(last, true)
	out := make([]byte, 64)
	if c.wide {
		for i, v := range c.h64 {
			binary.LittleEndian.PutUint64(out[8*i:], v)
		}
	} else {
		for i, v := range c.h32 {
			binary.LittleEndian.PutUint32(out[4*i:], v)
		}
	}
	return append(b, out[:c.size]...)
}

func (d *Digest) compress(block []byte, final bool) {
	if d.wide {
		d.compress64(block, final)
	} else {
		d.compress32(block, final)
	}
}

func (d *Digest) compress64(block []byte, final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], d.h64[:])
	copy(v[8:], iv64[:])
	v[12] ^= d.t[0]
	v[13] ^= d.t[1]
	if final {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, dd int, x, y uint64) {
		v[a] += v[b] + x
		v[dd] = bits.RotateLeft64(v[dd]^v[a], -32)
		v[c] += v[dd]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] += v[b] + y
		v[dd] = bits.RotateLeft64(v[dd]^v[a], -16)
		v[c] += v[dd]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		s := &sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range d.h64 {
		d.h64[i] ^= v[i] ^ v[i+8]
	}
}

func (d *Digest) compress32(block []byte, final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	copy(v[:8], d.h32[:])
	copy(v[8:], iv32[:])
	v[12] ^= uint32(d.t[0])
	v[13] ^= uint32(d.t[0] >> 32)
	if final {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, dd int, x, y uint32) {
		v[a] += v[b] + x
		v[dd] = bits.RotateLeft32(v[dd]^v[a], -16)
		v[c] += v[dd]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] += v[b] + y
		v[dd] = bits.RotateLeft32(v[dd]^v[a], -8)
		v[c] += v[dd]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		s := &sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range d.h32 {
		d.h32[i] ^= v[i] ^ v[i+8]
	}
}
