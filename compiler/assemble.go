package compiler

import (
	"github.com/go-python/gpython/vm"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// instr is one instruction of the code being generated. Jumps name their target by label;
// the assembler turns labels into addresses once instruction sizes are known.
type instr struct {
	op     vm.OpCode
	arg    uint32
	target *label  // jump destination, nil for other instructions
	pos    ast.Pos // the source range the instruction belongs to
}

// label is a position in the instruction stream: the index of the instruction that follows it.
type label struct {
	index int // -1 until bound
}

// isRelJump reports whether op takes a relative jump distance (measured from the next instruction).
func isRelJump(op vm.OpCode) bool {
	switch op {
	case vm.JUMP_FORWARD, vm.FOR_ITER, vm.SETUP_LOOP, vm.SETUP_EXCEPT, vm.SETUP_FINALLY, vm.SETUP_WITH:
		return true
	}
	return false
}

// size is the number of bytes the instruction takes with argument arg.
func size(op vm.OpCode, arg uint32) uint32 {
	switch {
	case !op.HAS_ARG():
		return 1
	case arg <= 0xFFFF:
		return 3
	default:
		return 6 // EXTENDED_ARG hi, op lo
	}
}

// threadJumps makes jumps that land on an unconditional jump go straight to its target.
func threadJumps(is []instr) {
	for i := range is {
		in := &is[i]
		switch in.op {
		case vm.JUMP_ABSOLUTE, vm.JUMP_FORWARD, vm.POP_JUMP_IF_FALSE, vm.POP_JUMP_IF_TRUE,
			vm.JUMP_IF_FALSE_OR_POP, vm.JUMP_IF_TRUE_OR_POP:
		default:
			continue
		}
		t := in.target
		for hops := 0; hops < 8 && t.index < len(is); hops++ {
			next := is[t.index]
			if next.op != vm.JUMP_ABSOLUTE && next.op != vm.JUMP_FORWARD || next.target == t {
				break
			}
			t = next.target
		}
		if t != in.target {
			in.target = t
			if in.op == vm.JUMP_FORWARD {
				in.op = vm.JUMP_ABSOLUTE // the new target may lie behind
			}
		}
	}
}

// assembly is the result of assembling an instruction stream.
type assembly struct {
	code  string
	addrs []uint32 // start address of each instruction, plus the end address
}

// assemble resolves jumps and encodes the instructions. Sizes only grow from one pass to
// the next (a jump argument that crosses 0xFFFF gets an EXTENDED_ARG prefix), so the loop ends.
func assemble(is []instr) assembly {
	addrs := make([]uint32, len(is)+1)
	sizes := make([]uint32, len(is))
	for i := range is {
		sizes[i] = size(is[i].op, is[i].arg)
	}
	for {
		addr := uint32(0)
		for i := range is {
			addrs[i] = addr
			addr += sizes[i]
		}
		addrs[len(is)] = addr
		changed := false
		for i := range is {
			in := &is[i]
			if in.target != nil {
				dest := addrs[in.target.index]
				if isRelJump(in.op) {
					in.arg = dest - (addrs[i] + sizes[i])
				} else {
					in.arg = dest
				}
			}
			if s := size(in.op, in.arg); s > sizes[i] {
				sizes[i] = s
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	out := make([]byte, 0, addrs[len(is)])
	for i, in := range is {
		switch {
		case !in.op.HAS_ARG():
			out = append(out, byte(in.op))
		case sizes[i] == 3:
			out = append(out, byte(in.op), byte(in.arg), byte(in.arg>>8))
		default:
			out = append(out, byte(vm.EXTENDED_ARG), byte(in.arg>>16), byte(in.arg>>24),
				byte(in.op), byte(in.arg), byte(in.arg>>8))
		}
	}
	return assembly{code: string(out), addrs: addrs}
}

// lnotab builds co_lnotab. gpython's VM looks a line up with the address *after* the failing
// instruction (frame.Lasti has already moved on when a traceback entry is made), so each
// entry is keyed on the end address of its instruction. Line increments are unsigned in
// this format, so a line lower than one already emitted keeps the higher one; lineTable
// keeps the exact lines for interp's tracebacks.
func lnotab(is []instr, a assembly, firstLine int) string {
	var tab []byte
	lastAddr, lastLine := uint32(0), firstLine
	for i, in := range is {
		if in.pos.Lineno <= lastLine {
			continue
		}
		// The instruction is found through its end address; the previous instruction's
		// end address is this one's start, which must keep the previous line.
		addr := a.addrs[i+1]
		dAddr := addr - lastAddr
		dLine := in.pos.Lineno - lastLine
		for dAddr > 255 {
			tab = append(tab, 255, 0)
			dAddr -= 255
		}
		for dLine > 255 {
			tab = append(tab, byte(dAddr), 255)
			dAddr = 0
			dLine -= 255
		}
		tab = append(tab, byte(dAddr), byte(dLine))
		lastAddr, lastLine = addr, in.pos.Lineno
	}
	return string(tab)
}
