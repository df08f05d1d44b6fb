package sre

import (
	"errors"
	"sync"
)

// State is the matching state of one pattern over one subject (CPython's SRE_STATE): the
// window [Pos, Endpos) being searched, where the current attempt starts (Start) and where
// the last match ended (Ptr), the group marks, and the engine's stacks, which are reused
// by the next attempt (findall, sub, split and scanners advance Start and try again).
type State struct {
	prog *Program
	code []uint32
	sets []*byteSet
	eng  engine
	m8   machine[byte]
	m32  machine[rune]

	// Pos and Endpos are the bounds given, clamped to the subject; Start and Ptr are
	// indexes into the subject.
	Pos, Endpos int
	Start, Ptr  int
	end         int // the end of the window (state->end)

	marks               []int // group boundaries, -1 when unset
	lastmark, lastindex int
	repeat              int // innermost repeat context, -1 for none
	reps                []repeatCtx
	frames              frameStack
	saved               []int // marks saved around alternatives

	// MatchAll asks for a match that ends at Endpos (fullmatch); MustAdvance forbids an
	// empty match at Start (after an empty match, so that scanning moves on).
	MatchAll, MustAdvance bool

	// Check, when set, is called every few thousand steps; an error it returns ends the
	// match (CPython checks for signals so, and a KeyboardInterrupt stops a runaway match).
	Check func() error
	steps uint32
}

// ErrInternal is a program the engine cannot run (CPython's "internal error in regular
// expression engine").
var ErrInternal = errors.New("internal error in regular expression engine")

// ErrWrongSpan is CPython's SystemError for a group that ends before it starts.
var ErrWrongSpan = errors.New("The span of capturing group is wrong, please report a bug for the re module.")

// NewState prepares prog to match the subject: bytes (a bytes-like object, or a str whose
// characters are all ASCII) or runes (any other str), between pos and endpos. A State that
// is no longer needed can be given back with Release.
func NewState(prog *Program, bytes []byte, runes []rune, wide bool, pos, endpos int) *State {
	st, _ := statePool.Get().(*State)
	if st == nil {
		st = &State{}
	}
	st.prog, st.code, st.sets = prog, prog.Code, prog.byteSets
	st.repeat, st.lastmark, st.lastindex = -1, -1, -1
	st.MatchAll, st.MustAdvance, st.Check, st.steps = false, false, nil, 0
	n := len(bytes)
	if wide {
		st.m32 = machine[rune]{st: st, s: runes}
		st.eng = &st.m32
		n = len(runes)
	} else {
		st.m8 = machine[byte]{st: st, s: bytes}
		st.eng = &st.m8
	}
	pos = max(0, min(pos, n))
	endpos = max(0, min(endpos, n))
	st.Pos, st.Endpos = pos, endpos
	st.Start, st.Ptr, st.end = pos, pos, endpos
	if cap(st.marks) < 2*prog.Groups {
		st.marks = make([]int, 2*prog.Groups)
	}
	st.marks = st.marks[:2*prog.Groups]
	for i := range st.marks {
		st.marks[i] = -1
	}
	st.reps, st.saved = st.reps[:0], st.saved[:0]
	st.frames.reset()
	return st
}

// statePool keeps released States, whose stacks are ready to be used again.
var statePool sync.Pool

// Release gives the State back for reuse; it must not be used afterwards. States whose
// stacks grew large are left to the garbage collector.
func (st *State) Release() {
	// keep the stacks of ordinary matches, not those of a huge one
	if len(st.frames.chunks) > 64 {
		clear(st.frames.chunks[64:])
		st.frames.chunks = st.frames.chunks[:64]
	}
	if cap(st.saved) > 1<<16 {
		st.saved = nil
	}
	st.prog, st.code, st.sets, st.eng, st.Check = nil, nil, nil, nil, nil
	st.m8, st.m32 = machine[byte]{}, machine[rune]{}
	statePool.Put(st)
}

// Reset forgets the groups of the previous attempt (state_reset).
func (st *State) Reset() {
	st.lastmark, st.lastindex = -1, -1
	st.repeat = -1
	st.reps = st.reps[:0]
	st.frames.reset()
	st.saved = st.saved[:0]
}

// Match tries the pattern at Start (re.match); on success Start and Ptr span the match.
func (st *State) Match() (bool, error) {
	st.Ptr = st.Start
	return st.eng.match(0, true)
}

// Search finds the first match at or after Start (re.search).
func (st *State) Search() (bool, error) { return st.eng.search() }

// Span returns the span of group i after a match, (-1, -1) if the group did not take part.
func (st *State) Span(i int) (int, int, error) {
	if i == 0 {
		return st.Start, st.Ptr, nil
	}
	j := 2 * (i - 1)
	if j+1 > st.lastmark || st.marks[j] < 0 || st.marks[j+1] < 0 {
		return -1, -1, nil
	}
	if st.marks[j] > st.marks[j+1] {
		return 0, 0, ErrWrongSpan
	}
	return st.marks[j], st.marks[j+1], nil
}

// Regs returns the spans of all groups, group 0 first, as start, end pairs.
func (st *State) Regs() ([]int, error) { return st.AppendRegs(nil) }

// AppendRegs appends the spans of all groups to regs.
func (st *State) AppendRegs(regs []int) ([]int, error) {
	for i := 0; i <= st.prog.Groups; i++ {
		a, b, err := st.Span(i)
		if err != nil {
			return nil, err
		}
		regs = append(regs, a, b)
	}
	return regs, nil
}

// LastIndex is the number of the last group closed, -1 for none.
func (st *State) LastIndex() int { return st.lastindex }

// engine is the matching machine for one kind of subject.
type engine interface {
	match(pc int, toplevel bool) (bool, error)
	search() (bool, error)
}

// repeatCtx is an active REPEAT (SRE_REPEAT): the iteration count, the REPEAT
// instruction, the enclosing repeat, and where the last iteration started (an iteration
// that matches nothing cannot go on).
type repeatCtx struct {
	count   int
	pc      int
	prev    int
	lastPtr int
}

// frame is one activation of the matcher (SRE(match_context)): CPython's engine calls
// itself to try an alternative and backtracks when the call fails; gopy keeps those calls
// on a slice, so the depth of backtracking is bounded by memory, never by the Go stack.
type frame struct {
	pc, ptr             int
	count               int
	rep                 int
	lastmark, lastindex int
	lastPtr             int
	chr                 uint32
	toplevel            bool
	pushed              bool // marks were saved on State.saved for this frame
	jump                uint8
}

// Resume points of a frame whose callee returned.
const (
	jumpNone = iota
	jumpMaxUntil1
	jumpMaxUntil2
	jumpMaxUntil3
	jumpMinUntil1
	jumpMinUntil2
	jumpMinUntil3
	jumpRepeat
	jumpRepeatOne1
	jumpRepeatOne2
	jumpMinRepeatOne
	jumpBranch
	jumpAssert
	jumpAssertNot
	jumpPossRepeat1
	jumpPossRepeat2
	jumpAtomicGroup
)

// The outcomes of running a frame: it failed, it matched, or it called a new frame.
const (
	actFail = iota
	actSucceed
	actCall
)

// saveMarks pushes the marks up to lastmark (MARK_PUSH).
func (st *State) saveMarks(lastmark int) {
	if lastmark >= 0 {
		if n := len(st.saved) + lastmark + 1; n > cap(st.saved) {
			grown := make([]int, len(st.saved), 2*n)
			copy(grown, st.saved)
			st.saved = grown
		}
		st.saved = append(st.saved, st.marks[:lastmark+1]...)
	}
}

// restoreMarks copies the saved marks back; keep leaves them saved (MARK_POP,
// MARK_POP_KEEP).
func (st *State) restoreMarks(lastmark int, keep bool) {
	if lastmark >= 0 {
		n := len(st.saved) - (lastmark + 1)
		copy(st.marks, st.saved[n:])
		if !keep {
			st.saved = st.saved[:n]
		}
	}
}

// dropMarks discards saved marks (MARK_POP_DISCARD).
func (st *State) dropMarks(lastmark int) {
	if lastmark >= 0 {
		st.saved = st.saved[:len(st.saved)-(lastmark+1)]
	}
}

// call pushes a frame that runs the code at child from State.Ptr; the caller's position
// (pc, ptr) is kept in its frame for when the callee returns to it at jump.
func (st *State) call(pc, ptr, child int, jump uint8, toplevel bool) int {
	f := st.frames.top()
	f.pc, f.ptr = pc, ptr
	n := st.frames.push()
	n.pc, n.jump, n.toplevel = child, jump, toplevel
	return actCall
}

// frameStack holds the frames in chunks that never move, so a frame's address stays
// valid while frames are pushed above it, and growing never copies.
type frameStack struct {
	chunks [][]frame
	n      int
	cur    []frame // the chunk of the top frame
	ci     int     // the top frame's index in cur
}

const frameChunk = 256

// push adds a zeroed frame and returns it.
func (s *frameStack) push() *frame {
	c, i := s.n/frameChunk, s.n%frameChunk
	if i == 0 {
		if c == len(s.chunks) {
			s.chunks = append(s.chunks, make([]frame, frameChunk))
		}
		s.cur = s.chunks[c]
	}
	s.n++
	s.ci = i
	f := &s.cur[i]
	*f = frame{}
	return f
}

// top is the newest frame.
func (s *frameStack) top() *frame { return &s.cur[s.ci] }

// pop removes the top frame.
func (s *frameStack) pop() {
	s.n--
	if s.ci > 0 {
		s.ci--
		return
	}
	if s.n > 0 {
		i := s.n - 1
		s.cur, s.ci = s.chunks[i/frameChunk], i%frameChunk
	}
}

func (s *frameStack) reset() { s.n, s.ci = 0, 0 }

// tick counts a step and runs Check every 4096 steps.
func (st *State) tick() error {
	st.steps++
	if st.steps&0xfff == 0 && st.Check != nil {
		return st.Check()
	}
	return nil
}
