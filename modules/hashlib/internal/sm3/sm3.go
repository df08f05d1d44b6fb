// Package sm3 implements the SM3 hash function (GB/T 32905-2016), which python3's OpenSSL
// offers in hashlib.algorithms_available and Go's libraries do not.
package sm3

import (
	"encoding/binary"
	"math/bits"
)

// Size and BlockSize are SM3's digest and block sizes in bytes.
const (
	Size      = 32
	BlockSize = 64
)

var iv = [8]uint32{0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e}

// Digest is an SM3 state; it implements hash.Hash.
type Digest struct {
	v   [8]uint32
	buf []byte
	n   uint64
}

// New returns a new SM3 state.
func New() *Digest {
	d := &Digest{}
	d.Reset()
	return d
}

// Reset restores the initial state.
func (d *Digest) Reset() {
	d.v = iv
	d.buf = make([]byte, 0, BlockSize)
	d.n = 0
}

// Size is 32.
func (d *Digest) Size() int { return Size }

// BlockSize is 64.
func (d *Digest) BlockSize() int { return BlockSize }

// Clone returns an independent copy.
func (d *Digest) Clone() *Digest {
	c := *d
	c.buf = append(make([]byte, 0, BlockSize), d.buf...)
	return &c
}

// Write absorbs p.
func (d *Digest) Write(p []byte) (int, error) {
	d.n += uint64(len(p))
	n := len(p)
	for len(p) > 0 {
		k := copy(d.buf[len(d.buf):BlockSize], p)
		d.buf = d.buf[:len(d.buf)+k]
		p = p[k:]
		if len(d.buf) == BlockSize {
			d.block(d.buf)
			d.buf = d.buf[:0]
		}
	}
	return n, nil
}

// Sum appends the digest to b without changing the state.
func (d *Digest) Sum(b []byte) []byte {
	c := d.Clone()
	var pad [BlockSize + 8]byte
	pad[0] = 0x80
	k := (BlockSize + 56 - len(c.buf)%BlockSize) % BlockSize
	if k == 0 {
		k = BlockSize
	}
	binary.BigEndian.PutUint64(pad[k:], d.n*8)
	c.Write(pad[:k+8])
	for _, w := range c.v {
		b = binary.BigEndian.AppendUint32(b, w)
	}
	return b
}

func p0(x uint32) uint32 { return x ^ bits.RotateLeft32(x, 9) ^ bits.RotateLeft32(x, 17) }
func p1(x uint32) uint32 { return x ^ bits.RotateLeft32(x, 15) ^ bits.RotateLeft32(x, 23) }

func (d *Digest) block(p []byte) {
	var w [68]uint32
	for i := 0; i < 16; i++ {
		w[i] = binary.BigEndian.Uint32(p[4*i:])
	}
	for j := 16; j < 68; j++ {
		w[j] = p1(w[j-16]^w[j-9]^bits.RotateLeft32(w[j-3], 15)) ^ bits.RotateLeft32(w[j-13], 7) ^ w[j-6]
	}
	a, b, c, dd, e, f, g, h := d.v[0], d.v[1], d.v[2], d.v[3], d.v[4], d.v[5], d.v[6], d.v[7]
	for j := 0; j < 64; j++ {
		t, ff, gg := uint32(0x79cc4519), a^b^c, e^f^g
		if j >= 16 {
			t, ff, gg = 0x7a879d8a, (a&b)|(a&c)|(b&c), (e&f)|(^e&g)
		}
		ss1 := bits.RotateLeft32(bits.RotateLeft32(a, 12)+e+bits.RotateLeft32(t, j%32), 7)
		ss2 := ss1 ^ bits.RotateLeft32(a, 12)
		tt1 := ff + dd + ss2 + (w[j] ^ w[j+4])
		tt2 := gg + h + ss1 + w[j]
		dd, c, b, a = c, bits.RotateLeft32(b, 9), a, tt1
		h, g, f, e = g, bits.RotateLeft32(f, 19), e, p0(tt2)
	}
	for i, x := range [8]uint32{a, b, c, dd, e, f, g, h} {
		d.v[i] ^= x
	}
}
