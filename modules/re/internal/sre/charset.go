package sre

import "bytes"

// Character sets: the compact forms re._compiler chooses for a set (a literal, one or two
// ranges, a 256-bit CHARSET, a BIGCHARSET of 256-character blocks), case folding folded in.

// optimizeCharset is re._compiler._optimize_charset: the set to emit and whether case
// folding matters for it (then the set holds folded characters).
func optimizeCharset(set []setItem, f folding) ([]setItem, bool) {
	var out, tail []setItem
	charmap := make([]byte, 256)
	hascased := false
	// mark sets charmap[c]; false when c is beyond the map (IndexError in CPython)
	mark := func(c uint32) bool {
		if c >= uint32(len(charmap)) {
			return false
		}
		charmap[c] = 1
		return true
	}
	for _, it := range set {
		op := it.op
		for {
			ok := true
			switch op {
			case opLiteral:
				if f.tolower != nil {
					lo := f.tolower(it.lo)
					ok = mark(lo)
					if ok && f.fixes != nil {
						for _, k := range f.fixes[lo] {
							if ok = mark(k); !ok {
								break
							}
						}
					}
					if ok && !hascased && f.iscased(it.lo) {
						hascased = true
					}
				} else {
					ok = mark(it.lo)
				}
			case opRange:
				if f.tolower != nil {
					for c := it.lo; c <= it.hi && ok; c++ {
						lo := f.tolower(c)
						if ok = mark(lo); ok && f.fixes != nil {
							for _, k := range f.fixes[lo] {
								if ok = mark(k); !ok {
									break
								}
							}
						}
					}
					if ok && !hascased {
						for c := it.lo; c <= it.hi; c++ {
							if f.iscased(c) {
								hascased = true
								break
							}
						}
					}
				} else {
					top := min(it.hi, uint32(len(charmap)-1))
					for c := it.lo; c <= top; c++ {
						charmap[c] = 1
					}
					ok = it.hi < uint32(len(charmap))
				}
			case opNegate:
				out = append(out, it)
			default:
				tail = append(tail, it)
			}
			if ok {
				break
			}
			if len(charmap) == 256 {
				charmap = append(charmap, make([]byte, 0xff00)...)
				continue
			}
			// a character beyond the BMP: matched as a member of the tail
			if f.tolower != nil {
				hascased = true
				if op == opRange {
					op = opRangeUniIgnore
				}
			}
			tail = append(tail, setItem{op: op, lo: it.lo, hi: it.hi})
			break
		}
	}

	// at most two runs of members: literals and ranges
	var runs [][2]int
	tooMany := false
	q := 0
	for {
		p := bytes.IndexByte(charmap[q:], 1)
		if p < 0 {
			break
		}
		p += q
		if len(runs) >= 2 {
			tooMany = true
			break
		}
		e := bytes.IndexByte(charmap[p:], 0)
		if e < 0 {
			runs = append(runs, [2]int{p, len(charmap)})
			break
		}
		q = p + e
		runs = append(runs, [2]int{p, q})
	}
	if !tooMany {
		for _, r := range runs {
			if r[1]-r[0] == 1 {
				out = append(out, setItem{op: opLiteral, lo: uint32(r[0])})
			} else {
				out = append(out, setItem{op: opRange, lo: uint32(r[0]), hi: uint32(r[1] - 1)})
			}
		}
		out = append(out, tail...)
		if hascased || len(out) < len(set) {
			return out, hascased
		}
		return set, hascased
	}

	if len(charmap) == 256 {
		out = append(out, setItem{op: opCharset, data: bitmap(charmap)})
		return append(out, tail...), hascased
	}

	// BIGCHARSET: the distinct 256-character blocks, and for each of the 256 blocks of
	// the BMP the number of its bitmap
	blocks := map[string]uint32{}
	var mapping [256]byte
	var data []byte
	for i := 0; i < 65536; i += 256 {
		chunk := charmap[i : i+256]
		n, seen := blocks[string(chunk)]
		if !seen {
			n = uint32(len(blocks))
			blocks[string(chunk)] = n
			data = append(data, chunk...)
		}
		mapping[i/256] = byte(n)
	}
	words := []uint32{uint32(len(blocks))}
	for i := 0; i < 256; i += 4 {
		words = append(words, uint32(mapping[i])|uint32(mapping[i+1])<<8|uint32(mapping[i+2])<<16|uint32(mapping[i+3])<<24)
	}
	words = append(words, bitmap(data)...)
	out = append(out, setItem{op: opBigCharset, data: words})
	return append(out, tail...), hascased
}

// bitmap packs a map of 0/1 bytes into 32-bit words, character i at bit i%32 of word i/32.
func bitmap(bits []byte) []uint32 {
	words := make([]uint32, len(bits)/32)
	for i, b := range bits {
		if b != 0 {
			words[i/32] |= 1 << (i % 32)
		}
	}
	return words
}

// compileCharset emits a set's members and the closing FAILURE.
func (c *compiler) compileCharset(set []setItem, flags int) {
	for _, it := range set {
		c.emit(uint32(it.op))
		switch it.op {
		case opLiteral:
			c.emit(it.lo)
		case opRange, opRangeUniIgnore:
			c.emit(it.lo, it.hi)
		case opCharset, opBigCharset:
			c.emit(it.data...)
		case opCategory:
			c.emit(categoryFor(it.lo, flags))
		}
	}
	c.emit(opFailure)
}
