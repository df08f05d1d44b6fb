package sre

// The parsed pattern, shaped as re._parser's (opcode, argument) lists so that the compiler
// emits CPython's program and re.DEBUG dumps CPython's tree.

// setItem is one member of a character set (the argument list of IN): NEGATE, LITERAL c,
// RANGE lo-hi, RANGE_UNI_IGNORE lo-hi, CATEGORY code; the compiler adds CHARSET and
// BIGCHARSET, whose words are in data.
type setItem struct {
	op     int
	lo, hi uint32
	data   []uint32
}

func (a setItem) equal(b setItem) bool {
	return a.op == b.op && a.lo == b.lo && a.hi == b.hi && a.data == nil && b.data == nil
}

// node is one (opcode, argument) pair.
type node struct {
	op int
	// LITERAL, NOT_LITERAL: the character; AT and CATEGORY: the code; GROUPREF: the group;
	// GROUPREF_EXISTS: the group
	arg uint32
	set []setItem // IN

	min, max uint32 // MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT

	// the subpattern of a repeat, SUBPATTERN, ATOMIC_GROUP, ASSERT, ASSERT_NOT; the "yes"
	// branch of GROUPREF_EXISTS
	sub *subpattern
	no  *subpattern // GROUPREF_EXISTS: the "no" branch, nil for None

	group              int // SUBPATTERN: 0 for None
	addFlags, delFlags int // SUBPATTERN
	dir                int // ASSERT, ASSERT_NOT: 1 ahead, -1 behind

	branches []*subpattern // BRANCH
}

// equal is == on re._parser's tuples: arguments that hold subpatterns compare by
// identity, so two such nodes are never equal.
func (a *node) equal(b *node) bool {
	if a.op != b.op {
		return false
	}
	switch a.op {
	case opLiteral, opNotLiteral, opAt, opCategory, opGroupref:
		return a.arg == b.arg
	case opAny:
		return true
	case opIn:
		if len(a.set) != len(b.set) {
			return false
		}
		for i := range a.set {
			if !a.set[i].equal(b.set[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// subpattern is re._parser.SubPattern: a sequence of nodes and its cached width.
type subpattern struct {
	state    *parseState
	data     []*node
	width    [2]uint64
	hasWidth bool
}

func (p *subpattern) append(n *node) { p.data = append(p.data, n) }

func addWidth(a, b uint64) uint64 {
	if a > maxWidth-b {
		return maxWidth
	}
	return a + b
}

func mulWidth(a uint64, b uint32) uint64 {
	if a != 0 && uint64(b) > maxWidth/a {
		return maxWidth
	}
	return a * uint64(b)
}

// getwidth is SubPattern.getwidth: the least and greatest number of characters the
// subpattern can match.
func (p *subpattern) getwidth() [2]uint64 {
	if p.hasWidth {
		return p.width
	}
	var lo, hi uint64
loop:
	for _, n := range p.data {
		switch n.op {
		case opBranch:
			i, j := maxWidth, uint64(0)
			for _, b := range n.branches {
				w := b.getwidth()
				i = min(i, w[0])
				j = max(j, w[1])
			}
			lo, hi = addWidth(lo, i), addWidth(hi, j)
		case opAtomicGroup, opSubpattern:
			w := n.sub.getwidth()
			lo, hi = addWidth(lo, w[0]), addWidth(hi, w[1])
		case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
			w := n.sub.getwidth()
			lo = addWidth(lo, mulWidth(w[0], n.min))
			if n.max == MaxRepeat && w[1] != 0 {
				hi = maxWidth
			} else {
				hi = addWidth(hi, mulWidth(w[1], n.max))
			}
		case opAny, opRange, opIn, opLiteral, opNotLiteral, opCategory:
			lo, hi = addWidth(lo, 1), addWidth(hi, 1)
		case opGroupref:
			w := p.state.groupwidths[n.arg]
			lo, hi = addWidth(lo, w[0]), addWidth(hi, w[1])
		case opGrouprefExists:
			w := n.sub.getwidth()
			i, j := w[0], w[1]
			if n.no != nil {
				l := n.no.getwidth()
				i, j = min(i, l[0]), max(j, l[1])
			} else {
				i = 0
			}
			lo, hi = addWidth(lo, i), addWidth(hi, j)
		case opSuccess:
			break loop
		}
	}
	p.width, p.hasWidth = [2]uint64{lo, hi}, true
	return p.width
}
