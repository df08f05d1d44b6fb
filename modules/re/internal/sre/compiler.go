package sre

import (
	"fmt"
	"strings"
)

// Program is a compiled pattern: the code words CPython 3.11 compiles for it and what
// re.Pattern shows of it.
type Program struct {
	Code       []uint32
	Flags      int      // the flags given and those of the pattern's inline "(?...)"
	Groups     int      // capturing groups, not counting group 0
	GroupNames []string // group names in order of definition
	GroupIndex map[string]int
	IndexGroup []string // name of each group by number ("" for none); len Groups+1
	IsBytes    bool
	Warnings   []Warning
	// Debug is what CPython prints for the DEBUG flag: the parsed tree and the program.
	Debug string

	// byteSets answers set membership for characters below 256 without running the set's
	// code: byteSets[i] for the set whose members start at code word i (an IN instruction's,
	// or the INFO block's first-character set).
	byteSets []*byteSet
	// first is what characters below 256 can begin a match, for the search loop (nil:
	// any); only when the INFO block gives no prefix or first-character set.
	first *byteSet
	// lineStart says that matches begin at the start of a line (a pattern starting with
	// ^ in MULTILINE mode), for the search loop.
	lineStart bool
	// simpleAsserts marks the lookarounds (by the position of their instruction) whose
	// body is single characters and position tests, which run without a frame.
	simpleAsserts []bool
}

// Options are optional inputs of Compile.
type Options struct {
	// Lookup resolves \N{name}; without it every name is undefined.
	Lookup NameLookup
	// Depth is the number of Python frames running where the pattern is compiled and
	// RecursionLimit the interpreter's limit: CPython's parser is recursive, so groups
	// nested about 500 deep raise RecursionError there, and so they do here. Without a
	// limit, the default limit 1000 applies.
	Depth, RecursionLimit int
}

// setLimits gives the tokenizer the recursion bounds of opts.
func (t *tokenizer) setLimits(opts Options) {
	t.lookup = opts.Lookup
	t.depth, t.limit = opts.Depth, opts.RecursionLimit
	if t.limit <= 0 {
		t.depth, t.limit = 1, 1000
	}
}

// Compile compiles a pattern (a str's characters, or a bytes pattern's bytes as
// characters 0-255) with the given flags, as re.compile does.
func Compile(pattern []rune, istext bool, flags int, opts Options) (prog *Program, err error) {
	t, err := newTokenizer(pattern, istext)
	if err != nil {
		return nil, err
	}
	t.setLimits(opts)
	p, state, err := parseFrom(t, flags)
	if err != nil {
		return nil, err
	}
	prog = &Program{IsBytes: !istext, Warnings: state.warnings}
	var debug strings.Builder
	if flags&FlagDebug != 0 {
		dump(&debug, p.data, 0)
	}
	c := &compiler{}
	allFlags := state.flags | flags
	c.compileInfo(p, allFlags)
	if err := c.compile(p.data, allFlags); err != nil {
		return nil, err
	}
	c.emit(opSuccess)
	if flags&FlagDebug != 0 {
		debug.WriteString("\n")
		dis(&debug, c.code)
		prog.Debug = debug.String()
	}
	prog.Code = c.code
	prog.byteSets = c.byteSets()
	prog.first = c.firstChars()
	prog.lineStart = c.startsLines()
	prog.simpleAsserts = c.simpleAsserts()
	prog.Flags = allFlags
	prog.Groups = state.groups() - 1
	prog.GroupNames = state.groupNames
	prog.GroupIndex = state.groupdict
	prog.IndexGroup = make([]string, state.groups())
	for name, i := range state.groupdict {
		prog.IndexGroup[i] = name
	}
	return prog, nil
}

// compiler emits code words (re._compiler).
type compiler struct {
	code    []uint32
	sets    []int // where IN instructions are (for their byte maps)
	asserts []int // where ASSERT and ASSERT_NOT instructions are
	info    bool  // the INFO block has a first-character set
}

func (c *compiler) emit(w ...uint32) { c.code = append(c.code, w...) }

// hole emits a placeholder for a skip and returns its index.
func (c *compiler) hole() int {
	c.code = append(c.code, 0)
	return len(c.code) - 1
}

// fill sets the skip at i to reach the current end.
func (c *compiler) fill(i int) { c.code[i] = uint32(len(c.code) - i) }

func combineFlags(flags, add, del int) int {
	if add&typeFlags != 0 {
		flags &^= typeFlags
	}
	return (flags | add) &^ del
}

// folding is how a compile step treats case: the case test and fold of its flags
// (nil without IGNORECASE, or with LOCALE), and the extra folds of Unicode.
type folding struct {
	iscased func(uint32) bool
	tolower func(uint32) uint32
	fixes   map[uint32][]uint32
}

func foldingOf(flags int) folding {
	if flags&FlagIgnoreCase == 0 || flags&FlagLocale != 0 {
		return folding{}
	}
	if flags&FlagUnicode != 0 {
		return folding{IsCasedUnicode, LowerUnicode, extraCases}
	}
	return folding{IsCasedASCII, lowerASCII, nil}
}

var (
	opIgnore    = map[int]int{opLiteral: opLiteralIgnore, opNotLiteral: opNotLiteralIgnore}
	opLocIgnore = map[int]int{opLiteral: opLiteralLocIgnore, opNotLiteral: opNotLiteralLocIgnore}
	opUniIgnore = map[int]int{opLiteral: opLiteralUniIgnore, opNotLiteral: opNotLiteralUniIgnore}
)

// compile emits the code of a node list (re._compiler._compile).
func (c *compiler) compile(data []*node, flags int) error {
	f := foldingOf(flags)
	for _, n := range data {
		switch n.op {
		case opLiteral, opNotLiteral:
			switch {
			case flags&FlagIgnoreCase == 0:
				c.emit(uint32(n.op), n.arg)
			case flags&FlagLocale != 0:
				c.emit(uint32(opLocIgnore[n.op]), n.arg)
			case !f.iscased(n.arg):
				c.emit(uint32(n.op), n.arg)
			default:
				lo := f.tolower(n.arg)
				extra, fixed := f.fixes[lo]
				switch {
				case f.fixes == nil:
					c.emit(uint32(opIgnore[n.op]), lo)
				case !fixed:
					c.emit(uint32(opUniIgnore[n.op]), lo)
				default:
					c.sets = append(c.sets, len(c.code))
					c.emit(opInUniIgnore)
					skip := c.hole()
					if n.op == opNotLiteral {
						c.emit(opNegate)
					}
					c.emit(opLiteral, lo)
					for _, k := range extra {
						c.emit(opLiteral, k)
					}
					c.emit(opFailure)
					c.fill(skip)
				}
			}
		case opIn:
			set, hascased := optimizeCharset(n.set, f)
			c.sets = append(c.sets, len(c.code))
			switch {
			case flags&FlagIgnoreCase != 0 && flags&FlagLocale != 0:
				c.emit(opInLocIgnore)
			case !hascased:
				c.emit(opIn)
			case f.fixes == nil:
				c.emit(opInIgnore)
			default:
				c.emit(opInUniIgnore)
			}
			skip := c.hole()
			c.compileCharset(set, flags)
			c.fill(skip)
		case opAny:
			if flags&FlagDotAll != 0 {
				c.emit(opAnyAll)
			} else {
				c.emit(opAny)
			}
		case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
			if flags&FlagTemplate != 0 {
				return reError(fmt.Sprintf("internal: unsupported template operator %s", opNames[n.op]))
			}
			var head, until, one uint32
			switch n.op {
			case opMinRepeat:
				head, until, one = opRepeat, opMinUntil, opMinRepeatOne
			case opMaxRepeat:
				head, until, one = opRepeat, opMaxUntil, opRepeatOne
			default:
				head, until, one = opPossessiveRepeat, opSuccess, opPossessiveRepeatOne
			}
			if simple(n.sub) {
				c.emit(one)
				skip := c.hole()
				c.emit(n.min, n.max)
				if err := c.compile(n.sub.data, flags); err != nil {
					return err
				}
				c.emit(opSuccess)
				c.fill(skip)
			} else {
				c.emit(head)
				skip := c.hole()
				c.emit(n.min, n.max)
				if err := c.compile(n.sub.data, flags); err != nil {
					return err
				}
				c.fill(skip)
				c.emit(until)
			}
		case opSubpattern:
			if n.group != 0 {
				c.emit(opMark, uint32(n.group-1)*2)
			}
			if err := c.compile(n.sub.data, combineFlags(flags, n.addFlags, n.delFlags)); err != nil {
				return err
			}
			if n.group != 0 {
				c.emit(opMark, uint32(n.group-1)*2+1)
			}
		case opAtomicGroup:
			c.emit(opAtomicGroup)
			skip := c.hole()
			if err := c.compile(n.sub.data, flags); err != nil {
				return err
			}
			c.emit(opSuccess)
			c.fill(skip)
		case opSuccess, opFailure:
			c.emit(uint32(n.op))
		case opAssert, opAssertNot:
			c.asserts = append(c.asserts, len(c.code))
			c.emit(uint32(n.op))
			skip := c.hole()
			if n.dir >= 0 {
				c.emit(0)
			} else {
				w := n.sub.getwidth()
				if w[0] > maxCode {
					return reError("looks too much behind")
				}
				if w[0] != w[1] {
					return reError("look-behind requires fixed-width pattern")
				}
				c.emit(uint32(w[0]))
			}
			if err := c.compile(n.sub.data, flags); err != nil {
				return err
			}
			c.emit(opSuccess)
			c.fill(skip)
		case opAt:
			at := n.arg
			if flags&FlagMultiline != 0 {
				switch at {
				case atBeginning:
					at = atBeginningLine
				case atEnd:
					at = atEndLine
				}
			}
			if at == atBoundary || at == atNonBoundary {
				switch {
				case flags&FlagLocale != 0:
					at += atLocBoundary - atBoundary
				case flags&FlagUnicode != 0:
					at += atUniBoundary - atBoundary
				}
			}
			c.emit(opAt, at)
		case opBranch:
			c.emit(opBranch)
			var tails []int
			for _, b := range n.branches {
				skip := c.hole()
				if err := c.compile(b.data, flags); err != nil {
					return err
				}
				c.emit(opJump)
				tails = append(tails, c.hole())
				c.fill(skip)
			}
			c.emit(opFailure)
			for _, t := range tails {
				c.fill(t)
			}
		case opCategory:
			c.emit(opCategory, categoryFor(n.arg, flags))
		case opGroupref:
			switch {
			case flags&FlagIgnoreCase == 0:
				c.emit(opGroupref)
			case flags&FlagLocale != 0:
				c.emit(opGrouprefLocIgnore)
			case f.fixes == nil:
				c.emit(opGrouprefIgnore)
			default:
				c.emit(opGrouprefUniIgnore)
			}
			c.emit(n.arg - 1)
		case opGrouprefExists:
			c.emit(opGrouprefExists, n.arg-1)
			skipyes := c.hole()
			if err := c.compile(n.sub.data, flags); err != nil {
				return err
			}
			if n.no != nil {
				c.emit(opJump)
				skipno := c.hole()
				c.code[skipyes] = uint32(len(c.code) - skipyes + 1)
				if err := c.compile(n.no.data, flags); err != nil {
					return err
				}
				c.fill(skipno)
			} else {
				c.code[skipyes] = uint32(len(c.code) - skipyes + 1)
			}
		default:
			return reError(fmt.Sprintf("internal: unsupported operand type %s", opNames[n.op]))
		}
	}
	return nil
}

// simple reports whether a repeated subpattern is one character wide and holds no group
// (re._compiler._simple), so REPEAT_ONE and its kin can repeat it.
func simple(p *subpattern) bool {
	if len(p.data) != 1 {
		return false
	}
	n := p.data[0]
	if n.op == opSubpattern {
		return n.group == 0 && simple(n.sub)
	}
	switch n.op {
	case opLiteral, opNotLiteral, opAny, opIn:
		return true
	}
	return false
}

// categoryFor maps a category to its LOCALE or UNICODE form as the flags ask.
func categoryFor(cat uint32, flags int) uint32 {
	switch {
	case flags&FlagLocale != 0:
		switch cat {
		case catWord:
			return catLocWord
		case catNotWord:
			return catLocNotWord
		}
	case flags&FlagUnicode != 0:
		return cat + catUniDigit
	}
	return cat
}

// CompileScanner compiles the phrases of a re.Scanner lexicon into one pattern whose
// group i matches phrase i, as CPython's Scanner builds it: each phrase is parsed on its
// own (its inline flags stay its own) and the whole is compiled with the flags given.
// When a phrase does not parse, bad is its index.
func CompileScanner(phrases [][]rune, istext bool, flags int, opts Options) (prog *Program, bad int, err error) {
	state := &parseState{flags: flags, groupdict: map[string]int{}, groupwidths: [][2]uint64{{}},
		closed: []bool{false}, lookbehindgroups: -1, grouprefpos: map[int]int{}}
	branch := &node{op: opBranch}
	var warnings []Warning
	for i, phrase := range phrases {
		t, err := newTokenizer(phrase, istext)
		if err != nil {
			return nil, i, err
		}
		t.setLimits(opts)
		p, ps, err := parseFrom(t, flags)
		if err != nil {
			return nil, i, err
		}
		warnings = append(warnings, ps.warnings...)
		gid, _, _ := state.opengroup(nil)
		item := &subpattern{state: state, data: []*node{{op: opSubpattern, group: gid, sub: p}}}
		state.closegroup(gid, item)
		branch.branches = append(branch.branches, item)
	}
	top := &subpattern{state: state, data: []*node{branch}}
	c := &compiler{}
	c.compileInfo(top, flags)
	if err := c.compile(top.data, flags); err != nil {
		return nil, -1, err
	}
	c.emit(opSuccess)
	return &Program{Code: c.code, byteSets: c.byteSets(), first: c.firstChars(), lineStart: c.startsLines(),
		simpleAsserts: c.simpleAsserts(), Flags: flags, Groups: state.groups() - 1, GroupIndex: map[string]int{},
		IndexGroup: make([]string, state.groups()), IsBytes: !istext, Warnings: warnings}, -1, nil
}
