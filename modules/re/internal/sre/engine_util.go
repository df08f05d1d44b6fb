package sre

import "bytes"

// Character tests, counting for single-character repeats, and the search loop.

// category is sre_category: whether c is in the class.
func category(cat, c uint32) bool {
	switch cat {
	case catDigit:
		return isASCIIDigit(c)
	case catNotDigit:
		return !isASCIIDigit(c)
	case catSpace:
		return isASCIISpace(c)
	case catNotSpace:
		return !isASCIISpace(c)
	case catWord:
		return isASCIIWord(c)
	case catNotWord:
		return !isASCIIWord(c)
	case catLinebreak:
		return c == '\n'
	case catNotLinebreak:
		return c != '\n'
	case catLocWord:
		return isLocWord(c)
	case catLocNotWord:
		return !isLocWord(c)
	case catUniDigit:
		return isUniDigit(c)
	case catUniNotDigit:
		return !isUniDigit(c)
	case catUniSpace:
		return isUniSpace(c)
	case catUniNotSpace:
		return !isUniSpace(c)
	case catUniWord:
		return isUniWord(c)
	case catUniNotWord:
		return !isUniWord(c)
	case catUniLinebreak:
		return isUniLinebreak(c)
	case catUniNotLinebreak:
		return !isUniLinebreak(c)
	}
	return false
}

// isUniLinebreak is Py_UNICODE_ISLINEBREAK.
func isUniLinebreak(c uint32) bool {
	switch c {
	case '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// at tests a position code at ptr.
func (m *machine[C]) at(ptr int, code uint32) bool {
	s, end := m.s, m.st.end
	switch code {
	case atBeginning, atBeginningString:
		return ptr == 0
	case atBeginningLine:
		return ptr == 0 || s[ptr-1] == '\n'
	case atEnd:
		return end-ptr == 1 && s[ptr] == '\n' || ptr == end
	case atEndLine:
		return ptr == end || s[ptr] == '\n'
	case atEndString:
		return ptr == end
	}
	if end == 0 {
		return false
	}
	var word func(uint32) bool
	switch code {
	case atBoundary, atNonBoundary:
		word = isASCIIWord
	case atLocBoundary, atLocNonBoundary:
		word = isLocWord
	case atUniBoundary, atUniNonBoundary:
		word = isUniWord
	default:
		return false
	}
	before := ptr > 0 && word(uint32(s[ptr-1]))
	here := ptr < end && word(uint32(s[ptr]))
	if code == atBoundary || code == atLocBoundary || code == atUniBoundary {
		return before != here
	}
	return before == here
}

// charset tests c against the set members starting at pc, up to their FAILURE.
func (m *machine[C]) charset(pc int, c uint32) bool {
	if c < 256 {
		if b := m.st.sets[pc]; b != nil {
			return b.has(c)
		}
	}
	return inSet(m.st.code, pc, c)
}

// inSet runs the set members starting at pc on c.
func inSet(code []uint32, pc int, c uint32) bool {
	ok := true
	for {
		switch code[pc] {
		case opFailure:
			return !ok
		case opLiteral:
			if c == code[pc+1] {
				return ok
			}
			pc += 2
		case opCategory:
			if category(code[pc+1], c) {
				return ok
			}
			pc += 2
		case opCharset:
			if c < 256 && code[pc+1+int(c/32)]&(1<<(c%32)) != 0 {
				return ok
			}
			pc += 9
		case opRange:
			if code[pc+1] <= c && c <= code[pc+2] {
				return ok
			}
			pc += 3
		case opRangeUniIgnore:
			if code[pc+1] <= c && c <= code[pc+2] {
				return ok
			}
			if u := upperUnicode(c); code[pc+1] <= u && u <= code[pc+2] {
				return ok
			}
			pc += 3
		case opNegate:
			ok = !ok
			pc++
		case opBigCharset:
			count := int(code[pc+1])
			pc += 2
			if c < 0x10000 {
				hi := c >> 8
				block := int(code[pc+int(hi/4)]>>(8*(hi%4))) & 0xff
				w := code[pc+64+block*8+int(c&255)/32]
				if w&(1<<(c%32)) != 0 {
					return ok
				}
			}
			pc += 64 + count*8
		default:
			return false
		}
	}
}

// inSetLocIgnore is charset_loc_ignore.
func inSetLocIgnore(code []uint32, pc int, c uint32) bool {
	lo := lowerLocale(c)
	if inSet(code, pc, lo) {
		return true
	}
	up := upperLocale(c)
	return up != lo && inSet(code, pc, up)
}

func charLocIgnore(pattern, c uint32) bool {
	return c == pattern || lowerLocale(c) == pattern || upperLocale(c) == pattern
}

// single tests the one-character instruction at pc against c.
func (m *machine[C]) single(pc int, c uint32) bool {
	if c < 256 {
		if b := m.st.sets[pc+2]; b != nil {
			switch m.st.code[pc] {
			case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
				return b.has(c)
			}
		}
	}
	return single(m.st.code, pc, c)
}

// single runs the one-character instruction at pc on c.
func single(code []uint32, pc int, c uint32) bool {
	arg := code[pc+1]
	switch code[pc] {
	case opLiteral:
		return c == arg
	case opNotLiteral:
		return c != arg
	case opAny:
		return c != '\n'
	case opAnyAll:
		return true
	case opCategory:
		return category(arg, c)
	case opIn:
		return inSet(code, pc+2, c)
	case opInIgnore:
		return inSet(code, pc+2, lowerASCII(c))
	case opInUniIgnore:
		return inSet(code, pc+2, LowerUnicode(c))
	case opInLocIgnore:
		return inSetLocIgnore(code, pc+2, c)
	case opLiteralIgnore:
		return lowerASCII(c) == arg
	case opLiteralUniIgnore:
		return LowerUnicode(c) == arg
	case opLiteralLocIgnore:
		return charLocIgnore(arg, c)
	case opNotLiteralIgnore:
		return lowerASCII(c) != arg
	case opNotLiteralUniIgnore:
		return LowerUnicode(c) != arg
	case opNotLiteralLocIgnore:
		return !charLocIgnore(arg, c)
	}
	return false
}

// count is SRE(count): how many times (at most maxcount) the one-character item at pc
// matches from State.Ptr.
func (m *machine[C]) count(pc int, maxcount uint32) (int, error) {
	st := m.st
	s := m.s
	ptr, end := st.Ptr, st.end
	if maxcount != MaxRepeat && int(maxcount) < end-ptr {
		end = ptr + int(maxcount)
	}
	code := st.code
	arg := code[pc+1]
	switch code[pc] {
	case opIn:
		if b := st.sets[pc+2]; b != nil {
			for ptr < end && (uint32(s[ptr]) < 256 && b.has(uint32(s[ptr])) || uint32(s[ptr]) >= 256 && inSet(code, pc+2, uint32(s[ptr]))) {
				ptr++
			}
			break
		}
		for ptr < end && m.charset(pc+2, uint32(s[ptr])) {
			ptr++
		}
	case opAny:
		if i := indexByte(s[ptr:end], '\n'); i >= 0 {
			ptr += i
		} else {
			ptr = end
		}
	case opAnyAll:
		ptr = end
	case opLiteral:
		for ptr < end && uint32(s[ptr]) == arg {
			ptr++
		}
	case opLiteralIgnore:
		for ptr < end && lowerASCII(uint32(s[ptr])) == arg {
			ptr++
		}
	case opLiteralUniIgnore:
		for ptr < end && LowerUnicode(uint32(s[ptr])) == arg {
			ptr++
		}
	case opLiteralLocIgnore:
		for ptr < end && charLocIgnore(arg, uint32(s[ptr])) {
			ptr++
		}
	case opNotLiteral:
		if i := indexByte(s[ptr:end], arg); i >= 0 {
			ptr += i
		} else {
			ptr = end
		}
	case opNotLiteralIgnore:
		for ptr < end && lowerASCII(uint32(s[ptr])) != arg {
			ptr++
		}
	case opNotLiteralUniIgnore:
		for ptr < end && LowerUnicode(uint32(s[ptr])) != arg {
			ptr++
		}
	case opNotLiteralLocIgnore:
		for ptr < end && !charLocIgnore(arg, uint32(s[ptr])) {
			ptr++
		}
	default:
		// another single-character instruction: CPython runs the engine on it once per
		// character; it matches one character or none, so test it directly
		start := st.Ptr
		for st.Ptr < end && m.single(pc, uint32(s[st.Ptr])) {
			st.Ptr++
		}
		return st.Ptr - start, nil
	}
	return ptr - st.Ptr, nil
}

// search is SRE(search): the first match at or after State.Start, using the INFO
// block's prefix or first-character set to skip ahead.
func (m *machine[C]) search() (bool, error) {
	st := m.st
	code, s := st.code, m.s
	ptr, end := st.Start, st.end
	if ptr > end {
		return false, nil
	}
	pc := 0
	var flags uint32
	prefix, prefixLen, prefixSkip, charset := 0, 0, 0, -1
	if code[0] == opInfo {
		flags = code[2]
		min := int(code[3])
		if min != 0 && end-ptr < min {
			return false, nil
		}
		if min > 1 {
			end -= min - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&infoPrefix != 0 {
			prefixLen, prefixSkip, prefix = int(code[5]), int(code[6]), 7
		} else if flags&infoCharset != 0 {
			charset = 5
		}
		pc = 1 + int(code[1])
	}
	switch {
	case prefixLen == 1:
		c := code[prefix]
		end = st.end
		st.MustAdvance = false
		for ptr < end {
			i := indexByte(s[ptr:end], c)
			if i < 0 {
				return false, nil
			}
			ptr += i
			st.Start, st.Ptr = ptr, ptr+prefixSkip
			if flags&infoLiteral != 0 {
				return true, nil
			}
			if ok, err := m.match(pc+2*prefixSkip, false); ok || err != nil {
				return ok, err
			}
			ptr++
			st.lastmark, st.lastindex = -1, -1
		}
		return false, nil
	case prefixLen > 1:
		end = st.end
		if prefixLen > end-ptr {
			return false, nil
		}
		overlap := prefix + prefixLen - 1
		for ptr < end {
			at := indexByte(s[ptr:end], code[prefix])
			if at < 0 {
				return false, nil
			}
			ptr += at + 1
			if ptr >= end {
				return false, nil
			}
			i := 1
			st.MustAdvance = false
			for {
				if uint32(s[ptr]) == code[prefix+i] {
					if i++; i != prefixLen {
						if ptr++; ptr >= end {
							return false, nil
						}
						continue
					}
					st.Start = ptr - (prefixLen - 1)
					st.Ptr = ptr - (prefixLen - prefixSkip - 1)
					if flags&infoLiteral != 0 {
						return true, nil
					}
					if ok, err := m.match(pc+2*prefixSkip, false); ok || err != nil {
						return ok, err
					}
					if ptr++; ptr >= end {
						return false, nil
					}
					st.lastmark, st.lastindex = -1, -1
				}
				if i = int(code[overlap+i]); i == 0 {
					break
				}
			}
		}
		return false, nil
	case charset >= 0:
		end = st.end
		st.MustAdvance = false
		for {
			for ptr < end && !m.charset(charset, uint32(s[ptr])) {
				ptr++
			}
			if ptr >= end {
				return false, nil
			}
			st.Start, st.Ptr = ptr, ptr
			if ok, err := m.match(pc, false); ok || err != nil {
				return ok, err
			}
			ptr++
			st.lastmark, st.lastindex = -1, -1
		}
	}
	if first := st.prog.first; first != nil || st.prog.lineStart {
		return m.searchFirst(pc, ptr, end, first)
	}
	st.Start, st.Ptr = ptr, ptr
	ok, err := m.match(pc, true)
	st.MustAdvance = false
	if err != nil {
		return false, err
	}
	if !ok && code[pc] == opAt && (code[pc+1] == atBeginning || code[pc+1] == atBeginningString) {
		st.Start, st.Ptr = end, end
		return false, nil
	}
	for !ok && ptr < end {
		ptr++
		st.lastmark, st.lastindex = -1, -1
		st.Start, st.Ptr = ptr, ptr
		if ok, err = m.match(pc, false); err != nil {
			return false, err
		}
	}
	return ok, nil
}

// searchFirst is the general search for a pattern whose matches begin with a character of
// first (when below 256), or at the start of a line (first nil): the positions where they
// cannot begin are skipped, without changing the result, since every match there fails.
func (m *machine[C]) searchFirst(pc, ptr, end int, first *byteSet) (bool, error) {
	st, s := m.st, m.s
	toplevel := true
	for {
		if first != nil {
			for ptr < end && uint32(s[ptr]) < 256 && !first.has(uint32(s[ptr])) {
				ptr++
				toplevel = false
			}
		} else {
			for ptr < end && ptr > 0 && s[ptr-1] != '\n' {
				ptr++
				toplevel = false
			}
		}
		if !toplevel {
			st.MustAdvance = false
			// the end itself can only begin an empty match at the start of a line
			if ptr >= end && (first != nil || ptr > 0 && s[ptr-1] != '\n') {
				return false, nil
			}
		}
		st.lastmark, st.lastindex = -1, -1
		st.Start, st.Ptr = ptr, ptr
		ok, err := m.match(pc, toplevel)
		toplevel = false
		st.MustAdvance = false
		if ok || err != nil || ptr >= end {
			return ok, err
		}
		ptr++
	}
}

// indexByte is the index of the first c in s, -1 if none: memchr for bytes.
func indexByte[C byte | rune](s []C, c uint32) int {
	if b, ok := any(s).([]byte); ok {
		if c > 0xff {
			return -1
		}
		return bytes.IndexByte(b, byte(c))
	}
	for i, x := range s {
		if uint32(x) == c {
			return i
		}
	}
	return -1
}
