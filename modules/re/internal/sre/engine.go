package sre

// The matching machine: CPython's SRE(match) (Modules/_sre/sre_lib.h) as a loop over
// explicit frames. Each construct that may backtrack (alternatives, repeats, lookaround,
// atomic groups) starts in dispatch and, when it has tried something by calling a frame,
// continues in resume with the callee's result, exactly where CPython's engine continues
// after its own call returns; so groups, lastindex and every corner of backtracking come
// out as in CPython.

// machine runs programs over a subject of bytes or of runes.
type machine[C byte | rune] struct {
	st *State
	s  []C
}

// match runs the code at pc from State.Ptr; toplevel applies MatchAll and MustAdvance to
// the end of the pattern.
func (m *machine[C]) match(pc int, toplevel bool) (bool, error) {
	st := m.st
	st.frames.reset()
	root := st.frames.push()
	root.pc, root.toplevel, root.jump = pc, toplevel, jumpNone
	act, err := m.enter()
	for {
		if err != nil {
			st.frames.reset()
			return false, err
		}
		if act == actCall {
			act, err = m.enter()
			continue
		}
		jump := st.frames.top().jump
		st.frames.pop()
		if st.frames.n == 0 {
			return act == actSucceed, nil
		}
		act, err = m.resume(jump, act == actSucceed)
	}
}

// enter starts the newest frame at its pc and State.Ptr, checking the INFO block's least
// width first.
func (m *machine[C]) enter() (int, error) {
	st := m.st
	pc, ptr := st.frames.top().pc, st.Ptr
	code := st.code
	if code[pc] == opInfo {
		if code[pc+3] != 0 && uint64(st.end-ptr) < uint64(code[pc+3]) {
			return actFail, nil
		}
		pc += int(code[pc+1]) + 1
	}
	return m.dispatch(pc, ptr)
}

// dispatch runs instructions of the newest frame from pc, with the current position ptr,
// until the frame fails, succeeds or calls another.
func (m *machine[C]) dispatch(pc, ptr int) (int, error) {
	st := m.st
	code, s, end := st.code, m.s, st.end
	f := st.frames.top()
	for {
		if err := st.tick(); err != nil {
			return actFail, err
		}
		op := code[pc]
		pc++
		switch op {
		case opMark:
			i := int(code[pc])
			if i&1 != 0 {
				st.lastindex = i/2 + 1
			}
			if i > st.lastmark {
				for j := st.lastmark + 1; j < i; j++ {
					st.marks[j] = -1
				}
				st.lastmark = i
			}
			st.marks[i] = ptr
			pc++
		case opLiteral:
			if ptr >= end || uint32(s[ptr]) != code[pc] {
				return actFail, nil
			}
			pc++
			ptr++
		case opNotLiteral:
			if ptr >= end || uint32(s[ptr]) == code[pc] {
				return actFail, nil
			}
			pc++
			ptr++
		case opSuccess:
			if f.toplevel && (st.MatchAll && ptr != st.end || st.MustAdvance && ptr == st.Start) {
				return actFail, nil
			}
			st.Ptr = ptr
			return actSucceed, nil
		case opAt:
			if !m.at(ptr, code[pc]) {
				return actFail, nil
			}
			pc++
		case opCategory:
			if ptr >= end || !category(code[pc], uint32(s[ptr])) {
				return actFail, nil
			}
			pc++
			ptr++
		case opAny:
			if ptr >= end || s[ptr] == '\n' {
				return actFail, nil
			}
			ptr++
		case opAnyAll:
			if ptr >= end {
				return actFail, nil
			}
			ptr++
		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			if ptr >= end || !m.single(pc-1, uint32(s[ptr])) {
				return actFail, nil
			}
			pc += int(code[pc])
			ptr++
		case opLiteralIgnore, opLiteralUniIgnore, opLiteralLocIgnore, opNotLiteralIgnore,
			opNotLiteralUniIgnore, opNotLiteralLocIgnore:
			if ptr >= end || !m.single(pc-1, uint32(s[ptr])) {
				return actFail, nil
			}
			pc++
			ptr++
		case opJump, opInfo:
			pc += int(code[pc])
		case opBranch:
			f.lastmark, f.lastindex = st.lastmark, st.lastindex
			f.pushed = st.repeat >= 0
			if f.pushed {
				st.saveMarks(f.lastmark)
			}
			return m.branch(pc, ptr), nil
		case opRepeatOne:
			min, max := int(code[pc+1]), code[pc+2]
			if min > end-ptr {
				return actFail, nil
			}
			st.Ptr = ptr
			n, err := m.count(pc+3, max)
			if err != nil {
				return actFail, err
			}
			f.count = n
			ptr += n
			if n < min {
				return actFail, nil
			}
			tail := pc + int(code[pc])
			if code[tail] == opSuccess && ptr == st.end && !(f.toplevel && st.MustAdvance && ptr == st.Start) {
				st.Ptr = ptr
				return actSucceed, nil
			}
			f.lastmark, f.lastindex = st.lastmark, st.lastindex
			f.pushed = st.repeat >= 0
			if f.pushed {
				st.saveMarks(f.lastmark)
			}
			if code[tail] == opLiteral {
				f.chr = code[tail+1]
				return m.repeatOneLiteral(pc, ptr), nil
			}
			return m.repeatOneGeneral(pc, ptr), nil
		case opMinRepeatOne:
			min := int(code[pc+1])
			if min > end-ptr {
				return actFail, nil
			}
			st.Ptr = ptr
			if min == 0 {
				f.count = 0
			} else {
				n, err := m.count(pc+3, code[pc+1])
				if err != nil {
					return actFail, err
				}
				if n < min {
					return actFail, nil
				}
				f.count = n
				ptr += n
			}
			tail := pc + int(code[pc])
			if code[tail] == opSuccess && !(f.toplevel && (st.MatchAll && ptr != st.end || st.MustAdvance && ptr == st.Start)) {
				st.Ptr = ptr
				return actSucceed, nil
			}
			f.lastmark, f.lastindex = st.lastmark, st.lastindex
			f.pushed = st.repeat >= 0
			if f.pushed {
				st.saveMarks(f.lastmark)
			}
			return m.minRepeatOne(pc, ptr)
		case opPossessiveRepeatOne:
			min, max := int(code[pc+1]), code[pc+2]
			if min > end-ptr {
				return actFail, nil
			}
			st.Ptr = ptr
			n, err := m.count(pc+3, max)
			if err != nil {
				return actFail, err
			}
			f.count = n
			ptr += n
			if n < min {
				return actFail, nil
			}
			pc += int(code[pc])
			if code[pc] == opSuccess && ptr == st.end && !(f.toplevel && st.MustAdvance && ptr == st.Start) {
				st.Ptr = ptr
				return actSucceed, nil
			}
		case opRepeat:
			st.reps = append(st.reps, repeatCtx{count: -1, pc: pc, prev: st.repeat, lastPtr: -1})
			f.rep = len(st.reps) - 1
			st.repeat = len(st.reps) - 1
			st.Ptr = ptr
			return st.call(pc, ptr, pc+int(code[pc]), jumpRepeat, f.toplevel), nil
		case opMaxUntil:
			return m.maxUntil(pc, ptr)
		case opMinUntil:
			return m.minUntil(pc, ptr)
		case opPossessiveRepeat:
			st.Ptr = ptr
			f.count = 0
			return m.possessiveMin(pc, ptr)
		case opAtomicGroup:
			st.Ptr = ptr
			return st.call(pc, ptr, pc+1, jumpAtomicGroup, false), nil
		case opGroupref, opGrouprefIgnore, opGrouprefUniIgnore, opGrouprefLocIgnore:
			g := int(code[pc]) * 2
			if g >= st.lastmark {
				return actFail, nil
			}
			p, e := st.marks[g], st.marks[g+1]
			if p < 0 || e < 0 || e < p {
				return actFail, nil
			}
			for ; p < e; p, ptr = p+1, ptr+1 {
				if ptr >= end || !sameChar(op, uint32(s[ptr]), uint32(s[p])) {
					return actFail, nil
				}
			}
			pc++
		case opGrouprefExists:
			g := int(code[pc]) * 2
			if g >= st.lastmark {
				pc += int(code[pc+1])
				continue
			}
			if p, e := st.marks[g], st.marks[g+1]; p < 0 || e < 0 || e < p {
				pc += int(code[pc+1])
				continue
			}
			pc += 2
		case opAssert:
			back := int(code[pc+1])
			if ptr < back {
				return actFail, nil
			}
			if st.prog.simpleAsserts[pc-1] {
				if !m.simpleAssert(pc+2, ptr-back) {
					return actFail, nil
				}
				pc += int(code[pc])
				continue
			}
			st.Ptr = ptr - back
			return st.call(pc, ptr, pc+2, jumpAssert, false), nil
		case opAssertNot:
			back := int(code[pc+1])
			if ptr >= back && st.prog.simpleAsserts[pc-1] {
				if m.simpleAssert(pc+2, ptr-back) {
					return actFail, nil
				}
			} else if ptr >= back {
				st.Ptr = ptr - back
				f.lastmark, f.lastindex = st.lastmark, st.lastindex
				f.pushed = st.repeat >= 0
				if f.pushed {
					st.saveMarks(f.lastmark)
				}
				return st.call(pc, ptr, pc+2, jumpAssertNot, false), nil
			}
			pc += int(code[pc])
		case opFailure:
			return actFail, nil
		default:
			return actFail, ErrInternal
		}
	}
}

// sameChar compares a character with one of a group for GROUPREF and its folding forms.
func sameChar(op, a, b uint32) bool {
	switch op {
	case opGrouprefIgnore:
		return lowerASCII(a) == lowerASCII(b)
	case opGrouprefUniIgnore:
		return LowerUnicode(a) == LowerUnicode(b)
	case opGrouprefLocIgnore:
		return lowerLocale(a) == lowerLocale(b)
	}
	return a == b
}

// lastmarkRestore is LASTMARK_RESTORE for frame f.
func (st *State) lastmarkRestore(f *frame) { st.lastmark, st.lastindex = f.lastmark, f.lastindex }

// branch tries the alternatives of a BRANCH from the one whose skip word is at pc.
func (m *machine[C]) branch(pc, ptr int) int {
	st := m.st
	code := st.code
	for ; code[pc] != 0; pc += int(code[pc]) {
		switch code[pc+1] {
		case opLiteral:
			if ptr >= st.end || uint32(m.s[ptr]) != code[pc+2] {
				continue
			}
		case opIn:
			if ptr >= st.end || !m.charset(pc+3, uint32(m.s[ptr])) {
				continue
			}
		}
		st.Ptr = ptr
		return st.call(pc, ptr, pc+1, jumpBranch, st.frames.top().toplevel)
	}
	f := st.frames.top()
	if f.pushed {
		st.dropMarks(f.lastmark)
	}
	return actFail
}

// repeatOneLiteral backtracks a REPEAT_ONE whose tail starts with a literal, only to the
// positions where that literal follows.
func (m *machine[C]) repeatOneLiteral(pc, ptr int) int {
	st := m.st
	f := st.frames.top()
	min := int(st.code[pc+1])
	for f.count >= min && (ptr >= st.end || uint32(m.s[ptr]) != f.chr) {
		ptr--
		f.count--
	}
	if f.count < min {
		if f.pushed {
			st.dropMarks(f.lastmark)
		}
		return actFail
	}
	st.Ptr = ptr
	return st.call(pc, ptr, pc+int(st.code[pc]), jumpRepeatOne1, f.toplevel)
}

// repeatOneGeneral backtracks a REPEAT_ONE one character at a time.
func (m *machine[C]) repeatOneGeneral(pc, ptr int) int {
	st := m.st
	f := st.frames.top()
	if f.count < int(st.code[pc+1]) {
		if f.pushed {
			st.dropMarks(f.lastmark)
		}
		return actFail
	}
	st.Ptr = ptr
	return st.call(pc, ptr, pc+int(st.code[pc]), jumpRepeatOne2, f.toplevel)
}

// minRepeatOne tries the tail of a MIN_REPEAT_ONE, taking one more character each time
// the tail fails.
func (m *machine[C]) minRepeatOne(pc, ptr int) (int, error) {
	st := m.st
	f := st.frames.top()
	max := st.code[pc+2]
	tail := pc + int(st.code[pc])
	for max == MaxRepeat || f.count <= int(max) {
		if st.code[tail] != opLiteral || ptr < st.end && uint32(m.s[ptr]) == st.code[tail+1] {
			st.Ptr = ptr
			return st.call(pc, ptr, tail, jumpMinRepeatOne, f.toplevel), nil
		}
		// the tail would fail on its first character: take one more item without trying
		st.Ptr = ptr
		n, err := m.count(pc+3, 1)
		if err != nil {
			return actFail, err
		}
		if n == 0 {
			break
		}
		ptr++
		f.count++
	}
	if f.pushed {
		st.dropMarks(f.lastmark)
	}
	return actFail, nil
}

// simpleAssert runs the body of a lookaround made of single-character instructions and
// position tests (simpleAsserts) from p, without a frame.
func (m *machine[C]) simpleAssert(pc, p int) bool {
	code, s, end := m.st.code, m.s, m.st.end
	for {
		switch op := code[pc]; op {
		case opSuccess:
			return true
		case opAt:
			if !m.at(p, code[pc+1]) {
				return false
			}
			pc += 2
			continue
		case opIn, opInIgnore, opInUniIgnore, opInLocIgnore:
			if p >= end || !m.single(pc, uint32(s[p])) {
				return false
			}
			pc += 1 + int(code[pc+1])
		case opAny, opAnyAll:
			if p >= end || !m.single(pc, uint32(s[p])) {
				return false
			}
			pc++
		default:
			if p >= end || !m.single(pc, uint32(s[p])) {
				return false
			}
			pc += 2
		}
		p++
	}
}
