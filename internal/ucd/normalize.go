package ucd

// Form is a normalization form.
type Form int

// The four normalization forms of UAX #15.
const (
	NFC Form = iota
	NFD
	NFKC
	NFKD
)

// ParseForm reads "NFC", "NFD", "NFKC" or "NFKD".
func ParseForm(s string) (Form, bool) {
	switch s {
	case "NFC":
		return NFC, true
	case "NFD":
		return NFD, true
	case "NFKC":
		return NFKC, true
	case "NFKD":
		return NFKD, true
	}
	return 0, false
}

// Normalize returns s in form f. Decompositions come from this version; canonical
// ordering and composition use 14.0.0's combining classes and composition pairs for both
// versions, as CPython's ucd_3_2_0 does (characters 3.2.0 does not assign are kept).
func (db *DB) Normalize(f Form, s []rune) []rune {
	loadDecompositions()
	compat := f == NFKC || f == NFKD
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = db.decompose(out, r, compat)
	}
	reorder(out)
	if f == NFC || f == NFKC {
		out = composeRunes(out)
	}
	return out
}

// decompose appends the full decomposition of r to dst.
func (db *DB) decompose(dst []rune, r rune, compat bool) []rune {
	if r >= hangulBase && r < hangulBase+hangulCount {
		s := r - hangulBase
		dst = append(dst, jamoLBase+s/(jamoVCount*jamoTCount), jamoVBase+s/jamoTCount%jamoVCount)
		if t := s % jamoTCount; t != 0 {
			dst = append(dst, jamoTBase+t)
		}
		return dst
	}
	if f, ok := db.fixed[r]; ok {
		return append(dst, f)
	}
	if d, ok := db.decomp[r]; ok && (d.tag == 0 || compat) && !(db.old && db.Unassigned(r)) {
		for _, c := range d.cps {
			dst = db.decompose(dst, c, compat)
		}
		return dst
	}
	return append(dst, r)
}

func ccc(r rune) uint8 { return v14.record(r)[2] }

// reorder puts each run of non-starters in order of combining class (a stable sort).
func reorder(s []rune) {
	for i := 1; i < len(s); i++ {
		c := ccc(s[i])
		if c == 0 {
			continue
		}
		for j := i; j > 0; j-- {
			p := ccc(s[j-1])
			if p <= c {
				break
			}
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// composeRunes applies canonical composition to a canonically ordered decomposition.
func composeRunes(s []rune) []rune {
	out := s[:0]
	starter := -1
	for _, r := range s {
		c := ccc(r)
		if starter >= 0 {
			last := ccc(out[len(out)-1])
			if len(out)-1 == starter || last != 0 && last < c {
				if comp, ok := pair(out[starter], r); ok {
					out[starter] = comp
					continue
				}
			}
		}
		if c == 0 {
			starter = len(out)
		}
		out = append(out, r)
	}
	return out
}

// pair is the primary composite of a and b, Hangul included.
func pair(a, b rune) (rune, bool) {
	if a >= jamoLBase && a < jamoLBase+jamoLCount && b >= jamoVBase && b < jamoVBase+jamoVCount {
		return hangulBase + ((a-jamoLBase)*jamoVCount+(b-jamoVBase))*jamoTCount, true
	}
	if s := a - hangulBase; s >= 0 && s < hangulCount && s%jamoTCount == 0 && b > jamoTBase && b < jamoTBase+jamoTCount {
		return a + (b - jamoTBase), true
	}
	r, ok := compose[[2]rune{a, b}]
	return r, ok
}
