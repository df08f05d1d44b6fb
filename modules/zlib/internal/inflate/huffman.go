package inflate

import "sync"

// huffman is a canonical Huffman code, decoded as zlib's puff does: by code length, with
// a table for the codes of up to fastBits bits.
type huffman struct {
	count  [16]uint16 // codes of each length
	symbol []uint16   // symbols in canonical order
	fast   []uint16   // by the next fastBits bits (reversed): symbol<<4 | length, 0 if longer
	empty  bool       // no codes at all: every symbol read is invalid
}

const fastBits = 9

func (h huffman) clone() huffman {
	c := h
	c.symbol = append([]uint16(nil), h.symbol...)
	c.fast = append([]uint16(nil), h.fast...)
	return c
}

// build makes the code of lengths; it is false for an over-subscribed code, and for an
// incomplete one unless it is a single code of length 1 (or none) and not the code
// lengths' own code (codes is true), as zlib's inflate_table accepts.
func (h *huffman) build(lengths []uint8, codes bool) bool {
	*h = huffman{}
	max := 0
	for _, l := range lengths {
		h.count[l]++
		if int(l) > max {
			max = int(l)
		}
	}
	if max == 0 {
		if codes {
			return false
		}
		h.empty = true
		return true
	}
	left := 1
	for l := 1; l <= 15; l++ {
		left <<= 1
		left -= int(h.count[l])
		if left < 0 {
			return false
		}
	}
	if left > 0 && (codes || max != 1) {
		return false
	}
	var offs [16]uint16
	for l := 1; l < 15; l++ {
		offs[l+1] = offs[l] + h.count[l]
	}
	h.symbol = make([]uint16, len(lengths))
	for s, l := range lengths {
		if l != 0 {
			h.symbol[offs[l]] = uint16(s)
			offs[l]++
		}
	}
	// The table: for each code of up to fastBits bits, every index whose low bits are
	// the code, reversed (DEFLATE sends codes from their first bit).
	h.fast = make([]uint16, 1<<fastBits)
	code, index := 0, 0
	for l := 1; l <= fastBits; l++ {
		for i := 0; i < int(h.count[l]); i++ {
			rev := reverse(code, l)
			for j := rev; j < 1<<fastBits; j += 1 << l {
				h.fast[j] = h.symbol[index]<<4 | uint16(l)
			}
			code++
			index++
		}
		code <<= 1
	}
	return true
}

func reverse(code, n int) int {
	r := 0
	for i := 0; i < n; i++ {
		r = r<<1 | code&1
		code >>= 1
	}
	return r
}

// decode reads a symbol of h; ok is false when the input ends before the code does, err
// is set for a code that is not in h (incomplete codes).
func (f *Inflater) decode(h *huffman) (sym int, ok bool, err error) {
	if h.empty {
		return 0, false, ErrDistCode
	}
	f.fill(15)
	if f.nbits >= fastBits {
		if e := h.fast[f.bits&(1<<fastBits-1)]; e != 0 {
			n := uint(e & 15)
			f.bits >>= n
			f.nbits -= n
			return int(e >> 4), true, nil
		}
	}
	code, first, index := 0, 0, 0
	for l := uint(1); l <= 15; l++ {
		if l > f.nbits {
			return 0, false, nil
		}
		code |= int(f.bits>>(l-1)) & 1
		count := int(h.count[l])
		if code-count < first {
			f.bits >>= l
			f.nbits -= l
			return int(h.symbol[index+code-first]), true, nil
		}
		index += count
		first += count
		first <<= 1
		code <<= 1
	}
	return 0, false, ErrLitLenCode
}

// fixedCodes are the codes of a fixed-Huffman block, built at the first such block (not at
// every process's start).
var fixedCodes = sync.OnceValues(func() (lit, dist huffman) {
	var l [288]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	lit.build(l[:], false)
	var d [32]uint8
	for i := range d {
		d[i] = 5
	}
	dist.build(d[:], false)
	return lit, dist
})
