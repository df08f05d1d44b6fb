package sre

// resume continues the newest frame after the frame it called returned ret, at the point
// jump names.
func (m *machine[C]) resume(jump uint8, ret bool) (int, error) {
	st := m.st
	f := st.frames.top()
	pc, ptr := f.pc, f.ptr
	code := st.code
	// succeed ends a construct that saved marks: they are not needed any more
	succeed := func() (int, error) {
		if f.pushed {
			st.dropMarks(f.lastmark)
		}
		return actSucceed, nil
	}
	// backtrack undoes what the failed attempt did to the marks, for the next attempt
	backtrack := func() {
		if f.pushed {
			st.restoreMarks(f.lastmark, true)
		}
		st.lastmarkRestore(f)
	}
	switch jump {
	case jumpBranch:
		if ret {
			return succeed()
		}
		backtrack()
		return m.branch(pc+int(code[pc]), ptr), nil
	case jumpRepeatOne1, jumpRepeatOne2:
		if ret {
			return succeed()
		}
		backtrack()
		ptr--
		f.count--
		if jump == jumpRepeatOne1 {
			return m.repeatOneLiteral(pc, ptr), nil
		}
		return m.repeatOneGeneral(pc, ptr), nil
	case jumpMinRepeatOne:
		if ret {
			return succeed()
		}
		backtrack()
		st.Ptr = ptr
		n, err := m.count(pc+3, 1)
		if err != nil {
			return actFail, err
		}
		if n == 0 {
			if f.pushed {
				st.dropMarks(f.lastmark)
			}
			return actFail, nil
		}
		f.count++
		return m.minRepeatOne(pc, ptr+1)
	case jumpRepeat:
		st.repeat = st.reps[f.rep].prev
		st.reps = st.reps[:f.rep]
		return result(ret), nil
	case jumpMaxUntil1, jumpMinUntil1:
		if ret {
			return actSucceed, nil
		}
		st.reps[f.rep].count = f.count - 1
		st.Ptr = ptr
		return actFail, nil
	case jumpMaxUntil2:
		r := &st.reps[f.rep]
		r.lastPtr = f.lastPtr
		if ret {
			st.dropMarks(f.lastmark)
			return actSucceed, nil
		}
		st.restoreMarks(f.lastmark, false)
		st.lastmarkRestore(f)
		r.count = f.count - 1
		st.Ptr = ptr
		return m.maxUntilTail(pc, ptr), nil
	case jumpMaxUntil3:
		st.repeat = f.rep
		if ret {
			return actSucceed, nil
		}
		st.Ptr = ptr
		return actFail, nil
	case jumpMinUntil2:
		st.repeat = f.rep
		if ret {
			return succeed()
		}
		if f.pushed {
			st.restoreMarks(f.lastmark, false)
		}
		st.lastmarkRestore(f)
		st.Ptr = ptr
		r := &st.reps[f.rep]
		max := code[r.pc+2]
		if f.count >= int(max) && max != MaxRepeat || st.Ptr == r.lastPtr {
			return actFail, nil
		}
		r.count = f.count
		f.lastPtr = r.lastPtr
		r.lastPtr = st.Ptr
		return st.call(pc, ptr, r.pc+3, jumpMinUntil3, f.toplevel), nil
	case jumpMinUntil3:
		r := &st.reps[f.rep]
		r.lastPtr = f.lastPtr
		if ret {
			return actSucceed, nil
		}
		r.count = f.count - 1
		st.Ptr = ptr
		return actFail, nil
	case jumpPossRepeat1:
		if !ret {
			st.Ptr = ptr
			return actFail, nil
		}
		f.count++
		return m.possessiveMin(pc, ptr)
	case jumpPossRepeat2:
		if ret {
			st.dropMarks(f.lastmark)
			f.count++
			return m.possessiveMore(pc, ptr)
		}
		st.restoreMarks(f.lastmark, false)
		st.lastmarkRestore(f)
		st.Ptr = ptr
		return m.dispatch(pc+int(code[pc])+1, st.Ptr)
	case jumpAtomicGroup:
		if !ret {
			st.Ptr = ptr
			return actFail, nil
		}
		return m.dispatch(pc+int(code[pc]), st.Ptr)
	case jumpAssert:
		if !ret {
			return actFail, nil
		}
		return m.dispatch(pc+int(code[pc]), ptr)
	case jumpAssertNot:
		if ret {
			if f.pushed {
				st.dropMarks(f.lastmark)
			}
			return actFail, nil
		}
		if f.pushed {
			st.restoreMarks(f.lastmark, false)
		}
		st.lastmarkRestore(f)
		return m.dispatch(pc+int(code[pc]), ptr)
	}
	return actFail, ErrInternal
}

func result(ok bool) int {
	if ok {
		return actSucceed
	}
	return actFail
}

// maxUntil is MAX_UNTIL, the end of an iteration of a greedy REPEAT: another iteration if
// the count allows and the last one moved, else the tail.
func (m *machine[C]) maxUntil(pc, ptr int) (int, error) {
	st := m.st
	ri := st.repeat
	if ri < 0 {
		return actFail, ErrInternal
	}
	f := st.frames.top()
	f.rep = ri
	st.Ptr = ptr
	r := &st.reps[ri]
	f.count = r.count + 1
	min, max := st.code[r.pc+1], st.code[r.pc+2]
	if f.count < int(min) {
		r.count = f.count
		return st.call(pc, ptr, r.pc+3, jumpMaxUntil1, f.toplevel), nil
	}
	if (f.count < int(max) || max == MaxRepeat) && st.Ptr != r.lastPtr {
		r.count = f.count
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		st.saveMarks(f.lastmark)
		f.lastPtr = r.lastPtr
		r.lastPtr = st.Ptr
		return st.call(pc, ptr, r.pc+3, jumpMaxUntil2, f.toplevel), nil
	}
	return m.maxUntilTail(pc, ptr), nil
}

// maxUntilTail tries what follows a greedy REPEAT, outside of it.
func (m *machine[C]) maxUntilTail(pc, ptr int) int {
	st := m.st
	f := st.frames.top()
	st.repeat = st.reps[f.rep].prev
	return st.call(pc, ptr, pc, jumpMaxUntil3, f.toplevel)
}

// minUntil is MIN_UNTIL, the end of an iteration of a lazy REPEAT: the tail first, then
// another iteration.
func (m *machine[C]) minUntil(pc, ptr int) (int, error) {
	st := m.st
	ri := st.repeat
	if ri < 0 {
		return actFail, ErrInternal
	}
	f := st.frames.top()
	f.rep = ri
	st.Ptr = ptr
	r := &st.reps[ri]
	f.count = r.count + 1
	if f.count < int(st.code[r.pc+1]) {
		r.count = f.count
		return st.call(pc, ptr, r.pc+3, jumpMinUntil1, f.toplevel), nil
	}
	st.repeat = r.prev
	f.lastmark, f.lastindex = st.lastmark, st.lastindex
	f.pushed = st.repeat >= 0
	if f.pushed {
		st.saveMarks(f.lastmark)
	}
	return st.call(pc, ptr, pc, jumpMinUntil2, f.toplevel), nil
}

// possessiveMin matches the required iterations of a POSSESSIVE_REPEAT.
func (m *machine[C]) possessiveMin(pc, ptr int) (int, error) {
	st := m.st
	f := st.frames.top()
	if f.count < int(st.code[pc+1]) {
		return st.call(pc, ptr, pc+3, jumpPossRepeat1, false), nil
	}
	return m.possessiveMore(pc, -1)
}

// possessiveMore matches further iterations of a POSSESSIVE_REPEAT while they move
// (last is where the previous one started), then goes on with the tail, never back.
func (m *machine[C]) possessiveMore(pc, last int) (int, error) {
	st := m.st
	f := st.frames.top()
	max := st.code[pc+2]
	if (f.count < int(max) || max == MaxRepeat) && st.Ptr != last {
		f.lastmark, f.lastindex = st.lastmark, st.lastindex
		st.saveMarks(f.lastmark)
		return st.call(pc, st.Ptr, pc+3, jumpPossRepeat2, false), nil
	}
	return m.dispatch(pc+int(st.code[pc])+1, st.Ptr)
}
