package compiler

import "github.com/go-python/gpython/vm"

// callArgs is the number of stack items a CALL_FUNCTION-style argument describes.
func callArgs(arg uint32) int { return int(arg&0xFF) + 2*int((arg>>8)&0xFF) }

// stackEffect is the change in stack depth after in when execution falls through.
func stackEffect(in instr) int {
	arg := in.arg
	switch in.op {
	case vm.POP_TOP, vm.PRINT_EXPR, vm.RETURN_VALUE, vm.IMPORT_STAR, vm.YIELD_FROM,
		vm.STORE_NAME, vm.STORE_GLOBAL, vm.STORE_FAST, vm.STORE_DEREF, vm.DELETE_ATTR,
		vm.LIST_APPEND, vm.SET_ADD, vm.COMPARE_OP, vm.IMPORT_NAME,
		vm.POP_JUMP_IF_FALSE, vm.POP_JUMP_IF_TRUE, vm.END_FINALLY, vm.WITH_CLEANUP:
		return -1
	case vm.BINARY_POWER, vm.BINARY_MULTIPLY, vm.BINARY_MODULO, vm.BINARY_ADD,
		vm.BINARY_SUBTRACT, vm.BINARY_SUBSCR, vm.BINARY_FLOOR_DIVIDE, vm.BINARY_TRUE_DIVIDE,
		vm.BINARY_LSHIFT, vm.BINARY_RSHIFT, vm.BINARY_AND, vm.BINARY_XOR, vm.BINARY_OR,
		vm.INPLACE_POWER, vm.INPLACE_MULTIPLY, vm.INPLACE_MODULO, vm.INPLACE_ADD,
		vm.INPLACE_SUBTRACT, vm.INPLACE_FLOOR_DIVIDE, vm.INPLACE_TRUE_DIVIDE,
		vm.INPLACE_LSHIFT, vm.INPLACE_RSHIFT, vm.INPLACE_AND, vm.INPLACE_XOR, vm.INPLACE_OR:
		return -1
	case vm.DUP_TOP, vm.LOAD_CONST, vm.LOAD_NAME, vm.LOAD_GLOBAL, vm.LOAD_FAST,
		vm.LOAD_CLOSURE, vm.LOAD_DEREF, vm.LOAD_CLASSDEREF, vm.LOAD_BUILD_CLASS,
		vm.BUILD_MAP, vm.IMPORT_FROM, vm.FOR_ITER:
		return 1
	case vm.DUP_TOP_TWO:
		return 2
	case vm.STORE_SUBSCR:
		return -3
	case vm.DELETE_SUBSCR, vm.STORE_ATTR, vm.MAP_ADD, vm.STORE_MAP:
		return -2
	case vm.POP_EXCEPT:
		return -3 // the saved exception state
	case vm.UNPACK_SEQUENCE:
		return int(arg) - 1
	case vm.UNPACK_EX:
		return int(arg&0xFF) + int(arg>>8)
	case vm.BUILD_TUPLE, vm.BUILD_LIST, vm.BUILD_SET:
		return 1 - int(arg)
	case vm.BUILD_SLICE:
		return 1 - int(arg)
	case vm.RAISE_VARARGS:
		return -int(arg)
	case vm.CALL_FUNCTION:
		return -callArgs(arg)
	case vm.CALL_FUNCTION_VAR, vm.CALL_FUNCTION_KW:
		return -callArgs(arg) - 1
	case vm.CALL_FUNCTION_VAR_KW:
		return -callArgs(arg) - 2
	case vm.MAKE_FUNCTION:
		return -1 - callArgs(arg) - int((arg>>16)&0x7FFF)
	case vm.MAKE_CLOSURE:
		return -2 - callArgs(arg) - int((arg>>16)&0x7FFF)
	case vm.SETUP_WITH:
		return 1
	case vm.JUMP_IF_TRUE_OR_POP, vm.JUMP_IF_FALSE_OR_POP:
		return -1 // when falling through
	}
	return 0
}

// jumpEffect is the stack depth change when in jumps to its target.
func jumpEffect(in instr) int {
	switch in.op {
	case vm.FOR_ITER:
		return -1 // iterator popped
	case vm.SETUP_EXCEPT, vm.SETUP_FINALLY, vm.SETUP_WITH:
		return 6 // exception triple plus the saved exception state
	case vm.JUMP_IF_TRUE_OR_POP, vm.JUMP_IF_FALSE_OR_POP:
		return 0
	case vm.POP_JUMP_IF_FALSE, vm.POP_JUMP_IF_TRUE:
		return -1
	}
	return 0
}

// stackDepth estimates the deepest stack any path through is reaches. gpython's frame
// only uses co_stacksize as the initial capacity of a growable stack, so an estimate is
// enough: exceptional paths are over-counted, and each instruction is revisited at most a
// few times, which keeps the walk finite whatever the flow graph.
func stackDepth(is []instr) int {
	depth := make([]int, len(is)+1)
	visits := make([]uint8, len(is)+1)
	for i := range depth {
		depth[i] = -1
	}
	max := 0
	type item struct{ i, d int }
	work := []item{{0, 0}}
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		for i, d := it.i, it.d; i < len(is); i++ {
			if d <= depth[i] || visits[i] >= 4 {
				break
			}
			depth[i] = d
			visits[i]++
			in := is[i]
			if in.target != nil {
				td := d + jumpEffect(in)
				if td > max {
					max = td
				}
				work = append(work, item{in.target.index, td})
			}
			d += stackEffect(in)
			if d > max {
				max = d
			}
			if d < 0 {
				d = 0
			}
			switch in.op {
			case vm.JUMP_ABSOLUTE, vm.JUMP_FORWARD, vm.RETURN_VALUE, vm.RAISE_VARARGS,
				vm.BREAK_LOOP, vm.CONTINUE_LOOP:
				i = len(is)
			}
		}
	}
	return max
}
