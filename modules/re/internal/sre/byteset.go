package sre

// byteSet is a set of the characters 0-255, as four 64-bit words.
type byteSet [4]uint64

func (b *byteSet) has(c uint32) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// byteSets precomputes, for every set of the program, which characters below 256 it
// matches: scanning text mostly asks sets about such characters, and a bit test is much
// cheaper than running the set's members.
func (c *compiler) byteSets() []*byteSet {
	// room for the lookups of single(), which look two words past an instruction
	out := make([]*byteSet, len(c.code)+3)
	for _, pc := range c.sets {
		b := &byteSet{}
		for ch := uint32(0); ch < 256; ch++ {
			if single(c.code, pc, ch) {
				b[ch>>6] |= 1 << (ch & 63)
			}
		}
		out[pc+2] = b
	}
	if c.info {
		b := &byteSet{}
		for ch := uint32(0); ch < 256; ch++ {
			if inSet(c.code, 5, ch) {
				b[ch>>6] |= 1 << (ch & 63)
			}
		}
		out[5] = b
	}
	return out
}

// firstSet computes the characters below 256 that can begin a match of the code at pc, for
// the search loop to skip positions where no match can start (CPython tries each one).
// ok is false when that is not known: the code can match nothing, or starts with an
// assertion, a back reference or a construct whose first character is not simple to see.
// Characters from 256 up are always tried.
func firstSet(code []uint32, pc int, depth int) (set byteSet, ok bool) {
	if depth > 50 {
		return set, false
	}
	for {
		switch op := code[pc]; op {
		case opMark:
			pc += 2
			continue
		case opJump:
			pc += 1 + int(code[pc+1])
			continue
		case opLiteral, opNotLiteral, opAny, opAnyAll, opCategory, opIn, opInIgnore, opInUniIgnore,
			opInLocIgnore, opLiteralIgnore, opLiteralUniIgnore, opLiteralLocIgnore,
			opNotLiteralIgnore, opNotLiteralUniIgnore, opNotLiteralLocIgnore:
			for ch := uint32(0); ch < 256; ch++ {
				if single(code, pc, ch) {
					set[ch>>6] |= 1 << (ch & 63)
				}
			}
			return set, true
		case opRepeatOne, opMinRepeatOne, opPossessiveRepeatOne:
			item, ok := firstSet(code, pc+4, depth+1)
			if !ok {
				return set, false
			}
			if code[pc+2] == 0 {
				tail, ok := firstSet(code, pc+1+int(code[pc+1]), depth+1)
				if !ok {
					return set, false
				}
				item.union(&tail)
			}
			return item, true
		case opBranch:
			for alt := pc + 1; code[alt] != 0; alt += int(code[alt]) {
				s, ok := firstSet(code, alt+1, depth+1)
				if !ok {
					return set, false
				}
				set.union(&s)
			}
			return set, true
		default:
			return set, false
		}
	}
}

func (b *byteSet) union(o *byteSet) {
	for i := range b {
		b[i] |= o[i]
	}
}

// firstChars is the program's first-character set for the search loop, nil when search
// has a better way (a prefix or a set in the INFO block) or none.
func (c *compiler) firstChars() *byteSet {
	code := c.code
	if code[0] != opInfo || code[2]&(infoPrefix|infoCharset) != 0 || code[3] == 0 {
		return nil
	}
	set, ok := firstSet(code, 1+int(code[1]), 0)
	if !ok {
		return nil
	}
	return &set
}

// startsLines reports whether every match begins with AT BEGINNING_LINE.
func (c *compiler) startsLines() bool {
	code := c.code
	if code[0] != opInfo || code[2]&(infoPrefix|infoCharset) != 0 {
		return false
	}
	pc := 1 + int(code[1])
	for code[pc] == opMark {
		pc += 2
	}
	return code[pc] == opAt && code[pc+1] == atBeginningLine
}

// simpleAsserts finds the lookarounds whose body is single-character instructions and
// position tests up to its SUCCESS.
func (c *compiler) simpleAsserts() []bool {
	out := make([]bool, len(c.code))
	for _, at := range c.asserts {
		code := c.code
		pc, end := at+3, at+1+int(code[at+1])
		simple := false
	scan:
		for pc < end {
			switch code[pc] {
			case opSuccess:
				simple = pc == end-1
				break scan
			case opAt, opLiteral, opNotLiteral, opCategory, opLiteralIgnore, opLiteralUniIgnore,
				opLiteralLocIgnore, opNotLiteralIgnore, opNotLiteralUniIgnore, opNotLiteralLocIgnore:
				pc += 2
			case opAny, opAnyAll:
				pc++
			case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
				pc += 1 + int(code[pc+1])
			default:
				break scan
			}
		}
		out[at] = simple
	}
	return out
}
