package ucd

import (
	"encoding/binary"
	"sort"
	"strings"
	"sync"
)

// Hangul syllables are named and decomposed by rule (Unicode's chapter 3.12).
const (
	hangulBase  = 0xAC00
	hangulCount = 11172
	jamoLBase   = 0x1100
	jamoVBase   = 0x1161
	jamoTBase   = 0x11A7
	jamoVCount  = 21
	jamoTCount  = 28
	jamoLCount  = 19
)

var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

const (
	hangulPrefix = "HANGUL SYLLABLE "
	cjkPrefix    = "CJK UNIFIED IDEOGRAPH-"
	// MaxNameLen is the longest name lookup accepts, in UTF-8 bytes.
	MaxNameLen = 256
)

// loadNames builds the index of the names and the maps of aliases and sequences.
func loadNames() {
	namesOnce.Do(func() { parseNames(sections()[9], sections()[10], sections()[11], sections()[12]) })
}

func parseNames(blob, rangeSec, aliasSec, seqSec []byte) {
	for b := sections()[8]; len(b) > 0; b = b[1+int(b[0]):] {
		words = append(words, string(b[1:1+int(b[0])]))
	}
	prev := rune(-1)
	for i := 0; i < len(blob); {
		gap, n := binary.Uvarint(blob[i:])
		i += n
		prev += rune(gap) + 1
		nameCPs = append(nameCPs, prev)
		nameOffs = append(nameOffs, uint32(i))
		for {
			v, n := binary.Uvarint(blob[i:])
			i += n
			if v%3 == 0 {
				break
			}
		}
	}
	for b := rangeSec; len(b) >= 9; {
		n := int(b[8])
		ranges = append(ranges, nameRange{rune(binary.LittleEndian.Uint32(b)), rune(binary.LittleEndian.Uint32(b[4:])), string(b[9 : 9+n])})
		b = b[9+n:]
	}
	aliases = map[string]rune{}
	for b := aliasSec; len(b) >= 5; {
		n := int(b[4])
		aliases[string(b[5:5+n])] = rune(binary.LittleEndian.Uint32(b))
		b = b[5+n:]
	}
	seqs = map[string][]rune{}
	for b := seqSec; len(b) > 0; {
		n := int(b[0])
		name := string(b[1 : 1+n])
		b = b[1+n:]
		cps := make([]rune, b[0])
		for i := range cps {
			cps[i] = rune(binary.LittleEndian.Uint32(b[1+4*i:]))
		}
		b = b[1+4*len(cps):]
		seqs[name] = cps
	}
}

// Name is the character name of r ("" and false when it has none).
func (db *DB) Name(r rune) (string, bool) {
	if db.Unassigned(r) {
		return "", false
	}
	loadNames()
	if r >= hangulBase && r < hangulBase+hangulCount {
		s := r - hangulBase
		t := s % jamoTCount
		v := s / jamoTCount % jamoVCount
		l := s / (jamoTCount * jamoVCount)
		return hangulPrefix + jamoL[l] + jamoV[v] + jamoT[t], true
	}
	for _, rg := range ranges {
		if r >= rg.lo && r <= rg.hi {
			prefix := rg.prefix
			if prefix == "" {
				prefix = cjkPrefix[:len(cjkPrefix)-1]
			}
			return string(appendHex([]byte(prefix+"-"), r)), true
		}
	}
	i := sort.Search(len(nameCPs), func(i int) bool { return nameCPs[i] >= r })
	if i == len(nameCPs) || nameCPs[i] != r {
		return "", false
	}
	var b []byte
	for p := int(nameOffs[i]); ; {
		v, n := binary.Uvarint(sections()[9][p:])
		p += n
		b = append(b, words[v/3]...)
		switch v % 3 {
		case 0:
			return string(b), true
		case 1:
			b = append(b, ' ')
		case 2:
			b = append(b, '-')
		}
	}
}

var (
	byNameOnce sync.Once
	byName     map[string]rune
)

// LookupFlags choose what Lookup accepts beyond character names.
type LookupFlags int

const (
	// Aliases accepts the formal name aliases (NameAliases.txt).
	Aliases LookupFlags = 1 << iota
	// Sequences accepts the named character sequences (NamedSequences.txt).
	Sequences
)

// Lookup finds the character (or, with Sequences, the sequence) called name, as
// unicodedata.lookup does. The 3.2.0 view knows neither aliases nor sequences.
func (db *DB) Lookup(name string, flags LookupFlags) ([]rune, bool) {
	loadNames()
	if r, ok := db.ruleName(name); ok {
		return []rune{r}, true
	}
	up := upperASCII(name)
	byNameOnce.Do(func() {
		byName = make(map[string]rune, len(nameCPs))
		for _, c := range nameCPs {
			n, _ := v14.Name(c)
			byName[n] = c
		}
	})
	r, ok := byName[up]
	if !ok {
		r, ok = rangeName(up)
	}
	if ok {
		if db.Unassigned(r) {
			return nil, false
		}
		return []rune{r}, true
	}
	if db.old {
		return nil, false
	}
	if r, ok := aliases[up]; ok && flags&Aliases != 0 {
		return []rune{r}, true
	}
	if s, ok := seqs[up]; ok && flags&Sequences != 0 {
		return s, true
	}
	return nil, false
}

// ruleName reads the names of Hangul syllables and CJK unified ideographs, which must
// be in capitals. The jamo of a syllable are matched longest first. As in CPython, the
// 3.2.0 view reads the ideographs of 14.0.0 too (while its name() knows only its own).
func (db *DB) ruleName(name string) (rune, bool) {
	if rest, ok := strings.CutPrefix(name, hangulPrefix); ok {
		l, n := longest(rest, jamoL)
		rest = rest[n:]
		v, n := longest(rest, jamoV)
		if n == 0 {
			return 0, false
		}
		rest = rest[n:]
		t, n := longest(rest, jamoT)
		if n != len(rest) {
			return 0, false
		}
		return rune(hangulBase + (l*jamoVCount+v)*jamoTCount + t), true
	}
	if hex, ok := strings.CutPrefix(name, cjkPrefix); ok {
		if len(hex) != 4 && len(hex) != 5 {
			return 0, false
		}
		r, ok := upperHex(hex)
		if !ok {
			return 0, false
		}
		for _, rg := range ranges {
			if rg.prefix == "" && r >= rg.lo && r <= rg.hi {
				return r, true
			}
		}
	}
	return 0, false
}

// longest finds the longest of names that begins s (an empty name matches anything).
func longest(s string, names []string) (idx, n int) {
	idx, n = -1, 0
	for i, x := range names {
		if strings.HasPrefix(s, x) && (idx < 0 || len(x) > n) {
			idx, n = i, len(x)
		}
	}
	if idx < 0 {
		return 0, 0
	}
	return idx, n
}

// rangeName reads a "PREFIX-XXXX" name of the other ranges named by rule.
func rangeName(up string) (rune, bool) {
	i := strings.LastIndexByte(up, '-')
	if i < 0 {
		return 0, false
	}
	for _, rg := range ranges {
		if rg.prefix == "" || rg.prefix != up[:i] {
			continue
		}
		r, ok := upperHex(up[i+1:])
		if !ok {
			return 0, false
		}
		if r >= rg.lo && r <= rg.hi && string(appendHex(nil, r)) == up[i+1:] {
			return r, true
		}
	}
	return 0, false
}

// upperHex reads s as capital hex digits (at most six, so the value stays in range).
func upperHex(s string) (rune, bool) {
	if s == "" || len(s) > 6 {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s) {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

func upperASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'a' && b[j] <= 'z' {
					b[j] -= 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
