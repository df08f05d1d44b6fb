package ucd

import (
	"encoding/binary"
	"sync"
)

// The character types and case mappings of Python's str (CPython's _PyUnicode_IsAlpha,
// _PyUnicode_ToUpperFull ...), recorded from python3 as the rest of the database.

func ctype(r rune) uint16 {
	if r < 0 || r > 0x10ffff {
		return 0
	}
	blk := int(u16(sections()[14], int(r>>blockShift)))
	return u16(sections()[15], blk<<blockShift+int(r&(1<<blockShift-1)))
}

// IsAlpha is str.isalpha of one character.
func IsAlpha(r rune) bool { return ctype(r)&fAlpha != 0 }

// IsDecimal is str.isdecimal of one character.
func IsDecimal(r rune) bool { return ctype(r)&fDecimal != 0 }

// IsDigit is str.isdigit of one character.
func IsDigit(r rune) bool { return ctype(r)&fDigit != 0 }

// IsNumeric is str.isnumeric of one character.
func IsNumeric(r rune) bool { return ctype(r)&fNumeric != 0 }

// IsAlnum is str.isalnum of one character.
func IsAlnum(r rune) bool { return ctype(r)&(fAlpha|fDecimal|fDigit|fNumeric) != 0 }

// IsSpace is str.isspace of one character.
func IsSpace(r rune) bool { return ctype(r)&fSpace != 0 }

// IsLower is Py_UNICODE_ISLOWER.
func IsLower(r rune) bool { return ctype(r)&fLower != 0 }

// IsUpper is Py_UNICODE_ISUPPER.
func IsUpper(r rune) bool { return ctype(r)&fUpper != 0 }

// IsTitle is Py_UNICODE_ISTITLE.
func IsTitle(r rune) bool { return ctype(r)&fTitle != 0 }

// IsPrintable is str.isprintable of one character (what repr leaves unescaped).
func IsPrintable(r rune) bool { return ctype(r)&fPrintable != 0 }

// IsXIDStart reports whether r may begin an identifier ('_' included).
func IsXIDStart(r rune) bool { return ctype(r)&fXidstart != 0 }

// IsXIDContinue reports whether r may continue an identifier.
func IsXIDContinue(r rune) bool { return ctype(r)&fXidcontinue != 0 }

// IsCased is the Cased property (str.title's test of the previous character).
func IsCased(r rune) bool { return ctype(r)&fCased != 0 }

// IsCaseIgnorable is the Case_Ignorable property (final sigma's context).
func IsCaseIgnorable(r rune) bool { return ctype(r)&fCaseignorable != 0 }

// Case mapping kinds, as in section 16.
const (
	mapLower = iota
	mapUpper
	mapTitle
	mapFold
)

var (
	casesOnce sync.Once
	cases     [4]map[rune][]rune
)

func caseMap(kind int, r rune) []rune {
	casesOnce.Do(func() {
		for i := range cases {
			cases[i] = map[rune][]rune{}
		}
		for b := sections()[16]; len(b) >= 6; {
			c, kind, n := rune(binary.LittleEndian.Uint32(b)), b[4], int(b[5])
			m := make([]rune, n)
			for i := range m {
				m[i] = rune(binary.LittleEndian.Uint32(b[6+4*i:]))
			}
			cases[kind][c] = m
			b = b[6+4*n:]
		}
	})
	return cases[kind][r]
}

// AppendLower appends the full lowercase mapping of r (without final sigma's rule).
func AppendLower(dst []rune, r rune) []rune { return appendMapped(dst, mapLower, r) }

// AppendUpper appends the full uppercase mapping of r.
func AppendUpper(dst []rune, r rune) []rune { return appendMapped(dst, mapUpper, r) }

// AppendTitle appends the full titlecase mapping of r.
func AppendTitle(dst []rune, r rune) []rune { return appendMapped(dst, mapTitle, r) }

// AppendFold appends the full case folding of r (str.casefold).
func AppendFold(dst []rune, r rune) []rune { return appendMapped(dst, mapFold, r) }

func appendMapped(dst []rune, kind int, r rune) []rune {
	if m := caseMap(kind, r); m != nil {
		return append(dst, m...)
	}
	return append(dst, r)
}
