package sre

import "sync"

//go:generate sh -c "python3 gen_unicode.py > unicode_tables.go"

// Character predicates and case folding as CPython 3.11's _sre sees them. The Unicode
// forms read the tables recorded from python3 (unicode_tables.go), so they follow Python's
// Unicode 14.0.0 database rather than the newer one Go's unicode package carries; the ASCII
// forms are C's ctype in the "C" locale, which is also what LOCALE amounts to under gopy
// (bytes above 0x7f are neither letters nor digits, and have no case).

// asciiClass holds, for each ASCII character, the classes it belongs to.
var asciiClass [128]uint8

const (
	clDigit = 1 << iota
	clSpace
	clWord
	clAlpha
)

func init() {
	for c := 0; c < 128; c++ {
		var k uint8
		switch {
		case c >= '0' && c <= '9':
			k = clDigit | clWord
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			k = clWord | clAlpha
		case c == '_':
			k = clWord
		case c == ' ', c >= '\t' && c <= '\r':
			k = clSpace
		}
		asciiClass[c] = k
	}
}

// inRanges reports whether c falls in one of the sorted [lo, hi] pairs of rs.
func inRanges(rs []uint32, c uint32) bool {
	lo, hi := 0, len(rs)/2
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case c < rs[2*m]:
			hi = m
		case c > rs[2*m+1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// mapped looks c up in the sorted (from, to) pairs of ps; c maps to itself when absent.
func mapped(ps []uint32, c uint32) uint32 {
	lo, hi := 0, len(ps)/2
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case c < ps[2*m]:
			hi = m
		case c > ps[2*m]:
			lo = m + 1
		default:
			return ps[2*m+1]
		}
	}
	return c
}

func isASCIIDigit(c uint32) bool { return c < 128 && asciiClass[c]&clDigit != 0 }
func isASCIISpace(c uint32) bool { return c < 128 && asciiClass[c]&clSpace != 0 }
func isASCIIWord(c uint32) bool  { return c < 128 && asciiClass[c]&clWord != 0 }

// isUniDigit is str.isdecimal for one character (\d of str patterns).
func isUniDigit(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clDigit != 0
	}
	return inRanges(decimalRanges, c)
}

// isUniSpace is str.isspace for one character (\s of str patterns).
func isUniSpace(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clSpace != 0 || (c >= 0x1c && c <= 0x1f)
	}
	return inRanges(spaceRanges, c)
}

// isUniWord is str.isalnum or '_' for one character (\w of str patterns).
func isUniWord(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clWord != 0
	}
	return inRanges(alnumRanges, c)
}

// lowerASCII folds A-Z only.
func lowerASCII(c uint32) uint32 {
	if c < 128 && asciiClass[c]&clAlpha != 0 {
		return c | 0x20
	}
	return c
}

// upperASCII is C's toupper in the "C" locale.
func upperASCII(c uint32) uint32 {
	if c >= 'a' && c <= 'z' {
		return c - 0x20
	}
	return c
}

// caseTable is a case mapping of the BMP in two levels, as CPython keeps its database:
// the high byte of a character picks a block of 256 offsets (blocks that map nothing
// share one), the low byte the offset to add. Characters above the BMP are looked up in
// the pairs.
type caseTable struct {
	index  [256]uint16
	blocks [][256]int32
	pairs  []uint32
}

func newCaseTable(pairs []uint32) *caseTable {
	t := &caseTable{pairs: pairs, blocks: make([][256]int32, 1)}
	for i := 0; i < len(pairs); i += 2 {
		from, to := pairs[i], pairs[i+1]
		if from >= 0x10000 {
			continue
		}
		hi := from >> 8
		if t.index[hi] == 0 {
			t.blocks = append(t.blocks, [256]int32{})
			t.index[hi] = uint16(len(t.blocks) - 1)
		}
		t.blocks[t.index[hi]][from&0xff] = int32(to) - int32(from)
	}
	return t
}

func (t *caseTable) get(c uint32) uint32 {
	if c < 0x10000 {
		return uint32(int32(c) + t.blocks[t.index[c>>8]][c&0xff])
	}
	return mapped(t.pairs, c)
}

// The tables are built at their first use (a non-ASCII character's case), not at every
// start of every process.
var (
	lowerTable = sync.OnceValue(func() *caseTable { return newCaseTable(lowerPairs) })
	upperTable = sync.OnceValue(func() *caseTable { return newCaseTable(upperPairs) })
)

// LowerUnicode is _sre.unicode_tolower: Python's simple lowercase mapping.
func LowerUnicode(c uint32) uint32 {
	if c < 128 {
		return lowerASCII(c)
	}
	return lowerTable().get(c)
}

// upperUnicode is CPython's Py_UNICODE_TOUPPER: the first character of str.upper().
func upperUnicode(c uint32) uint32 {
	if c < 128 {
		return upperASCII(c)
	}
	return upperTable().get(c)
}

// IsCasedUnicode is _sre.unicode_iscased.
func IsCasedUnicode(c uint32) bool { return c != LowerUnicode(c) || c != upperUnicode(c) }

// IsCasedASCII is _sre.ascii_iscased.
func IsCasedASCII(c uint32) bool { return c < 128 && asciiClass[c]&clAlpha != 0 }

// LowerASCII is _sre.ascii_tolower.
func LowerASCII(c uint32) uint32 { return lowerASCII(c) }

// The LOCALE forms: gopy's processes run in a locale whose single bytes above 0x7f are not
// letters, so they equal the ASCII ones on bytes and leave wider characters alone.
func isLocWord(c uint32) bool     { return c < 256 && isASCIIWord(c) }
func lowerLocale(c uint32) uint32 { return lowerASCII(c) }
func upperLocale(c uint32) uint32 { return upperASCII(c) }

// isIdentifier is str.isidentifier.
func isIdentifier(s []rune) bool {
	if len(s) == 0 {
		return false
	}
	for i, r := range s {
		c := uint32(r)
		if c < 128 {
			if asciiClass[c]&(clAlpha|clWord) == 0 || (i == 0 && asciiClass[c]&clDigit != 0) {
				return false
			}
			continue
		}
		if i == 0 && !inRanges(identStartRanges, c) || i > 0 && !inRanges(identContinueRanges, c) {
			return false
		}
	}
	return true
}

// decimalValue is the value of a character for which str.isdecimal is true, -1 otherwise.
func decimalValue(c uint32) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	rs := decimalRanges
	lo, hi := 0, len(rs)/2
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case c < rs[2*m]:
			hi = m
		case c > rs[2*m+1]:
			lo = m + 1
		default:
			return int(c-rs[2*m]) % 10
		}
	}
	return -1
}

func isASCIIRunes(s []rune) bool {
	for _, r := range s {
		if r >= 128 {
			return false
		}
	}
	return true
}

func isDecimalRunes(s []rune) bool {
	if len(s) == 0 {
		return false
	}
	for _, r := range s {
		if decimalValue(uint32(r)) < 0 {
			return false
		}
	}
	return true
}

// isUniAlpha is str.isalpha for one character.
func isUniAlpha(c uint32) bool {
	if c < 128 {
		return asciiClass[c]&clAlpha != 0
	}
	return inRanges(alphaRanges, c)
}
