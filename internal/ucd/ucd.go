// Package ucd is gopy's Unicode character database: the data of CPython 3.11's
// unicodedata module (Unicode 14.0.0, and the Unicode 3.2.0 view CPython keeps for IDNA),
// for unicodedata, the `\N{...}` escapes of str literals and re, and the codecs'
// namereplace handler.
//
// Go's unicode package and golang.org/x/text follow Unicode 15, so they cannot answer as
// CPython 3.11 does; this package carries its own tables instead. gen_ucd.py (`go
// generate`) records them from python3's unicodedata for every code point, plus the UCD
// 14.0.0 files NameAliases.txt and NamedSequences.txt (ucd14/), and writes them to
// ucd.bin, which is read in place (the maps of decompositions and names are built at
// their first use). The file is a sequence of sections, each a uint32 length and that
// many bytes:
//
//	0 records: 10 bytes each (category, bidirectional, combining class, East Asian
//	  width, mirrored, decimal (255: none), digit (255: none), a pad byte, uint16 numeric index)
//	1 numeric values: float64 each
//	2, 3 the block of each 128 code points, for 14.0.0 and for 3.2.0 (uint16 each)
//	4 blocks: 128 uint16 record indices each
//	5 decompositions (uint32 code point, tag, count, count uint32 code points)
//	6 the decompositions of 3.2.0 that differ from 14.0.0's (count 0: none)
//	7 the characters with a canonical decomposition that NFC does not compose
//	8 the words of names (length byte, ASCII)
//	9 names: a varint gap to the previous named code point, then varints word*3+sep
//	  (sep 0: end of name, 1: space follows, 2: hyphen follows)
//	10 names by rule: uint32 first, uint32 last, prefix length, prefix ("PREFIX-XXXX";
//	  an empty prefix is CJK UNIFIED IDEOGRAPH)
//	11 name aliases: uint32 code point, length, name
//	12 named sequences: length, name, count, count uint32 code points
//	13 pairs of uint32: the canonical decomposition 3.2.0's normalization uses where it
//	  differs from the one its decomposition() reports (CJK compatibility ideographs)
//	14, 15 str's character types: the block of each 128 code points, and blocks of 128
//	  uint16 flags (fAlpha ...)
//	16 str's case mappings where they change a character: uint32 code point, kind (0
//	  lower, 1 upper, 2 title, 3 casefold), count, count uint32 code points
//
// Lookups are case-insensitive for ASCII letters, except for the names made by rule of
// CJK unified ideographs and Hangul syllables, which must be written in capitals (as in
// CPython, where those are not in the name table).
package ucd

//go:generate python3 gen_ucd.py

import (
	_ "embed"
	"encoding/binary"
	"math"
	"sync"
)

//go:embed ucd.bin
var data []byte

// Version is the Unicode version of the database (unicodedata.unidata_version).
const Version = "14.0.0"

// DB is one version of the database: Unicode 14.0.0 or the 3.2.0 view.
type DB struct {
	decomp map[rune]decomposition
	fixed  map[rune]rune // 3.2.0's normalization exceptions (section 13)
	old    bool
}

type decomposition struct {
	tag uint8
	cps []rune
}

type nameRange struct {
	lo, hi rune
	prefix string
}

var (
	// sections are the sections of ucd.bin (slices of data), found at first use: walking
	// them at init would fault in pages all over the file in every process.
	sections = sync.OnceValue(func() [][]byte {
		var sec [][]byte
		for b := data; len(b) >= 4; {
			n := binary.LittleEndian.Uint32(b)
			sec = append(sec, b[4:4+n])
			b = b[4+n:]
		}
		if len(sec) != 17 {
			panic("ucd: bad ucd.bin")
		}
		return sec
	})
	v14, v32 = DB{}, DB{old: true}

	decompOnce sync.Once
	compose    map[[2]rune]rune

	namesOnce sync.Once
	words     []string
	nameCPs   []rune
	nameOffs  []uint32
	ranges    []nameRange
	aliases   map[string]rune
	seqs      map[string][]rune
)

// index is the section of the block of each 128 code points of db's version.
func (db *DB) index() []byte {
	if db.old {
		return sections()[3]
	}
	return sections()[2]
}

// V14 is Unicode 14.0.0, the database of unicodedata's functions.
func V14() *DB { return &v14 }

// V320 is the Unicode 3.2.0 view (unicodedata.ucd_3_2_0).
func V320() *DB { return &v32 }

func u16(b []byte, i int) uint16 { return binary.LittleEndian.Uint16(b[2*i:]) }

// loadDecompositions builds the decomposition maps and the composition pairs.
func loadDecompositions() {
	decompOnce.Do(func() {
		v14.decomp = decompositions(sections()[5], nil)
		v32.decomp = decompositions(sections()[6], v14.decomp)
		excluded := map[rune]bool{}
		for b := sections()[7]; len(b) >= 4; b = b[4:] {
			excluded[rune(binary.LittleEndian.Uint32(b))] = true
		}
		compose = map[[2]rune]rune{}
		for c, d := range v14.decomp {
			if d.tag == 0 && len(d.cps) == 2 && !excluded[c] {
				compose[[2]rune{d.cps[0], d.cps[1]}] = c
			}
		}
		v32.fixed = map[rune]rune{}
		for b := sections()[13]; len(b) >= 8; b = b[8:] {
			v32.fixed[rune(binary.LittleEndian.Uint32(b))] = rune(binary.LittleEndian.Uint32(b[4:]))
		}
	})
}

func decompositions(b []byte, base map[rune]decomposition) map[rune]decomposition {
	m := make(map[rune]decomposition, len(base))
	for c, d := range base {
		m[c] = d
	}
	for len(b) >= 6 {
		c := rune(binary.LittleEndian.Uint32(b))
		tag, n := b[4], int(b[5])
		b = b[6:]
		if n == 0 {
			delete(m, c)
			continue
		}
		cps := make([]rune, n)
		for i := range cps {
			cps[i] = rune(binary.LittleEndian.Uint32(b[4*i:]))
		}
		b = b[4*n:]
		m[c] = decomposition{tag, cps}
	}
	return m
}

// record is the 10-byte record of r in this version.
func (db *DB) record(r rune) []byte {
	i := 0
	if r >= 0 && r <= 0x10ffff {
		blk := int(u16(db.index(), int(r>>blockShift)))
		i = int(u16(sections()[4], blk<<blockShift+int(r&(1<<blockShift-1))))
	}
	return sections()[0][10*i : 10*i+10]
}

// Unassigned reports whether r has no character in this version (category Cn).
func (db *DB) Unassigned(r rune) bool { return db.record(r)[0] == 0 }

// Category is the general category ("Lu", "Cn" ...).
func (db *DB) Category(r rune) string { return categoryNames[db.record(r)[0]] }

// Bidirectional is the bidirectional class ("" for unassigned characters).
func (db *DB) Bidirectional(r rune) string { return bidiNames[db.record(r)[1]] }

// Combining is the canonical combining class.
func (db *DB) Combining(r rune) int { return int(db.record(r)[2]) }

// EastAsianWidth is the East Asian width ("N", "Na", "A", "F", "W", "H").
func (db *DB) EastAsianWidth(r rune) string { return widthNames[db.record(r)[3]] }

// Mirrored reports the bidi-mirrored property.
func (db *DB) Mirrored(r rune) bool { return db.record(r)[4] != 0 }

// Decimal is the decimal digit value of r, if it has one.
func (db *DB) Decimal(r rune) (int, bool) {
	d := db.record(r)[5]
	return int(d), d != 255
}

// Digit is the digit value of r, if it has one.
func (db *DB) Digit(r rune) (int, bool) {
	d := db.record(r)[6]
	return int(d), d != 255
}

// Numeric is the numeric value of r, if it has one.
func (db *DB) Numeric(r rune) (float64, bool) {
	n := binary.LittleEndian.Uint16(db.record(r)[8:])
	if n == 0xffff {
		return 0, false
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(sections()[1][8*int(n):])), true
}

// Decomposition is the decomposition mapping as unicodedata.decomposition writes it
// ("<compat> 0020 0308"; "" when there is none).
func (db *DB) Decomposition(r rune) string {
	loadDecompositions()
	d, ok := db.decomp[r]
	if !ok {
		return ""
	}
	var b []byte
	if d.tag != 0 {
		b = append(b, decompTags[d.tag]...)
	}
	for _, c := range d.cps {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = appendHex(b, c)
	}
	return string(b)
}

// appendHex writes c in capital hex digits, at least four.
func appendHex(b []byte, c rune) []byte {
	const digits = "0123456789ABCDEF"
	n := 4
	for c>>(4*n) != 0 {
		n++
	}
	for i := n - 1; i >= 0; i-- {
		b = append(b, digits[c>>(4*i)&15])
	}
	return b
}
