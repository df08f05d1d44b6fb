package sre

import (
	"fmt"

	"github.com/gopyrt/gopy/internal/objects"
)

// parseSeq parses a sequence of items up to '|', ')' or the end (re._parser._parse).
func parseSeq(t *tokenizer, state *parseState, verbose bool, nested int, first bool) (*subpattern, error) {
	// CPython's frames at this point: the caller's, six down to the first _parse, and one
	// per level of nesting (two per group) and one more call
	if t.depth+nested+7 > t.limit {
		return nil, &Error{Kind: KindRecursion, Msg: "maximum recursion depth exceeded", Pos: -1}
	}
	sub := &subpattern{state: state}
	for {
		this := t.next()
		if this.none() || this.in("|)") {
			break
		}
		if err := t.advance(); err != nil {
			return nil, err
		}
		if verbose {
			if this.in(whitespace) {
				continue
			}
			if this.is('#') {
				for {
					k, err := t.get()
					if err != nil {
						return nil, err
					}
					if k.none() || k.is('\n') {
						break
					}
				}
				continue
			}
		}
		switch {
		case this.escape():
			n, err := parseEscape(t, this, state)
			if err != nil {
				return nil, err
			}
			sub.append(n)
		case !this.in(specialChars):
			sub.append(&node{op: opLiteral, arg: uint32(this.ch())})
		case this.is('['):
			n, err := parseSet(t, state)
			if err != nil {
				return nil, err
			}
			sub.append(n)
		case this.in(repeatChars):
			if err := parseRepeat(t, sub, this); err != nil {
				return nil, err
			}
		case this.is('.'):
			sub.append(&node{op: opAny})
		case this.is('('):
			if err := parseGroup(t, state, sub, verbose, nested, first); err != nil {
				if err == errGlobalFlags {
					verbose = state.flags&FlagVerbose != 0
					continue
				}
				return nil, err
			}
		case this.is('^'):
			sub.append(&node{op: opAt, arg: atBeginning})
		case this.is('$'):
			sub.append(&node{op: opAt, arg: atEnd})
		}
	}
	// unpack non-capturing groups without flags
	out := sub.data[:0:0]
	for _, n := range sub.data {
		if n.op == opSubpattern && n.group == 0 && n.addFlags == 0 && n.delFlags == 0 {
			out = append(out, n.sub.data...)
		} else {
			out = append(out, n)
		}
	}
	sub.data = out
	return sub, nil
}

// parseSet parses a character set after its '['.
func parseSet(t *tokenizer, state *parseState) (*node, error) {
	here := t.tell() - 1
	var set []setItem
	if t.next().is('[') {
		state.warn("FutureWarning", fmt.Sprintf("Possible nested set at position %d", t.tell()))
	}
	negate, err := t.match('^')
	if err != nil {
		return nil, err
	}
	for {
		this, err := t.get()
		if err != nil {
			return nil, err
		}
		if this.none() {
			return nil, t.error("unterminated character set", t.tell()-here)
		}
		if this.is(']') && len(set) > 0 {
			break
		}
		var code1 classItem
		if this.escape() {
			if code1, err = classEscape(t, this); err != nil {
				return nil, err
			}
		} else {
			if len(set) > 0 && this.in("-&~|") && t.next() == this {
				what := map[rune]string{'-': "difference", '&': "intersection", '~': "symmetric difference", '|': "union"}[this.ch()]
				state.warn("FutureWarning", fmt.Sprintf("Possible set %s at position %d", what, t.tell()-1))
			}
			code1 = classItem{op: opLiteral, c: uint32(this.ch())}
		}
		ok, err := t.match('-')
		if err != nil {
			return nil, err
		}
		if !ok {
			set = append(set, code1.item())
			continue
		}
		that, err := t.get()
		if err != nil {
			return nil, err
		}
		if that.none() {
			return nil, t.error("unterminated character set", t.tell()-here)
		}
		if that.is(']') {
			set = append(set, code1.item(), setItem{op: opLiteral, lo: '-'})
			break
		}
		var code2 classItem
		if that.escape() {
			if code2, err = classEscape(t, that); err != nil {
				return nil, err
			}
		} else {
			if that.is('-') {
				state.warn("FutureWarning", fmt.Sprintf("Possible set difference at position %d", t.tell()-2))
			}
			code2 = classItem{op: opLiteral, c: uint32(that.ch())}
		}
		if code1.op != opLiteral || code2.op != opLiteral || code2.c < code1.c {
			msg := fmt.Sprintf("bad character range %s-%s", this.text(), that.text())
			return nil, t.error(msg, this.n+1+that.n)
		}
		set = append(set, setItem{op: opRange, lo: code1.c, hi: code2.c})
	}
	set = uniq(set)
	if len(set) == 1 && set[0].op == opLiteral {
		if negate {
			return &node{op: opNotLiteral, arg: set[0].lo}, nil
		}
		return &node{op: opLiteral, arg: set[0].lo}, nil
	}
	if negate {
		set = append([]setItem{{op: opNegate}}, set...)
	}
	return &node{op: opIn, set: set}, nil
}

// parseRepeat applies a repeat (* + ? or {m,n}, this) to the last item of sub.
func parseRepeat(t *tokenizer, sub *subpattern, this token) error {
	here := t.tell()
	var lo, hi uint32
	switch this.ch() {
	case '?':
		lo, hi = 0, 1
	case '*':
		lo, hi = 0, MaxRepeat
	case '+':
		lo, hi = 1, MaxRepeat
	case '{':
		if t.next().is('}') {
			sub.append(&node{op: opLiteral, arg: '{'})
			return nil
		}
		lo, hi = 0, MaxRepeat
		var los, his []rune
		for t.next().in(digits) {
			k, err := t.get()
			if err != nil {
				return err
			}
			los = append(los, k.ch())
		}
		comma, err := t.match(',')
		if err != nil {
			return err
		}
		if comma {
			for t.next().in(digits) {
				k, err := t.get()
				if err != nil {
					return err
				}
				his = append(his, k.ch())
			}
		} else {
			his = los
		}
		closed, err := t.match('}')
		if err != nil {
			return err
		}
		if !closed {
			sub.append(&node{op: opLiteral, arg: '{'})
			return t.seek(here)
		}
		if len(los) > 0 {
			v, ok := repeatCount(los)
			if !ok {
				return &Error{Kind: KindOverflow, Msg: "the repetition number is too large", Pos: -1}
			}
			lo = v
		}
		if len(his) > 0 {
			v, ok := repeatCount(his)
			if !ok {
				return &Error{Kind: KindOverflow, Msg: "the repetition number is too large", Pos: -1}
			}
			hi = v
			if hi < lo {
				return t.error("min repeat greater than max repeat", t.tell()-here)
			}
		}
	}
	if len(sub.data) == 0 || sub.data[len(sub.data)-1].op == opAt {
		return t.error("nothing to repeat", t.tell()-here+this.n)
	}
	last := sub.data[len(sub.data)-1]
	switch last.op {
	case opMinRepeat, opMaxRepeat, opPossessiveRepeat:
		return t.error("multiple repeat", t.tell()-here+this.n)
	}
	item := &subpattern{state: sub.state, data: []*node{last}}
	if last.op == opSubpattern && last.group == 0 && last.addFlags == 0 && last.delFlags == 0 {
		item = last.sub
	}
	op := opMaxRepeat
	if ok, err := t.match('?'); err != nil {
		return err
	} else if ok {
		op = opMinRepeat
	} else if ok, err := t.match('+'); err != nil {
		return err
	} else if ok {
		op = opPossessiveRepeat
	}
	sub.data[len(sub.data)-1] = &node{op: op, min: lo, max: hi, sub: item}
	return nil
}

// repeatCount converts the digits of a repeat bound; false if it reaches MAXREPEAT.
func repeatCount(ds []rune) (uint32, bool) {
	var v uint64
	for _, d := range ds {
		v = v*10 + uint64(d-'0')
		if v >= MaxRepeat {
			return 0, false
		}
	}
	return uint32(v), true
}

// errGlobalFlags reports that parseGroup read global flags "(?x)", which add no item.
var errGlobalFlags = &Error{Msg: "global flags"}

// parseGroup parses what follows '(': a group, an extension or a comment.
func parseGroup(t *tokenizer, state *parseState, sub *subpattern, verbose bool, nested int, first bool) error {
	start := t.tell() - 1
	capture, atomic := true, false
	var name []rune
	addFlags, delFlags := 0, 0
	unterminated := func() error { return t.error("missing ), unterminated subpattern", t.tell()-start) }
	if ok, err := t.match('?'); err != nil {
		return err
	} else if ok {
		char, err := t.get()
		if err != nil {
			return err
		}
		switch {
		case char.none():
			return t.error("unexpected end of pattern", 0)
		case char.is('P'):
			if ok, err := t.match('<'); err != nil {
				return err
			} else if ok {
				if name, err = t.getuntil('>', "group name"); err != nil {
					return err
				}
				if err := t.checkgroupname(state, name, 1); err != nil {
					return err
				}
			} else if ok, err := t.match('='); err != nil {
				return err
			} else if ok {
				return parseNamedRef(t, state, sub)
			} else {
				char, err := t.get()
				if err != nil {
					return err
				}
				if char.none() {
					return t.error("unexpected end of pattern", 0)
				}
				return t.error("unknown extension ?P"+char.text(), char.n+2)
			}
		case char.is(':'):
			capture = false
		case char.is('#'):
			for {
				if t.next().none() {
					return t.error("missing ), unterminated comment", t.tell()-start)
				}
				k, err := t.get()
				if err != nil {
					return err
				}
				if k.is(')') {
					return nil
				}
			}
		case char.in("=!<"):
			return parseLookaround(t, state, sub, char, verbose, nested, start)
		case char.is('('):
			return parseConditional(t, state, sub, verbose, nested, start)
		case char.is('>'):
			capture, atomic = false, true
		case char.is('-') || char.n == 1 && flagLetters[char.ch()] != 0:
			add, del, global, err := parseFlags(t, state, char)
			if err != nil {
				return err
			}
			if global {
				if !first || len(sub.data) > 0 {
					return t.error("global flags not at the start of the expression", t.tell()-start)
				}
				return errGlobalFlags
			}
			addFlags, delFlags, capture = add, del, false
		default:
			return t.error("unknown extension ?"+char.text(), char.n+1)
		}
	}
	group := 0
	if capture {
		gid, msg, ok := state.opengroup(name)
		if !ok {
			return t.error(msg, len(name)+1)
		}
		group = gid
	}
	subVerbose := (verbose || addFlags&FlagVerbose != 0) && delFlags&FlagVerbose == 0
	p, err := parseSub(t, state, subVerbose, nested+1)
	if err != nil {
		return err
	}
	if ok, err := t.match(')'); err != nil {
		return err
	} else if !ok {
		return unterminated()
	}
	if group != 0 {
		state.closegroup(group, p)
	}
	if atomic {
		sub.append(&node{op: opAtomicGroup, sub: p})
	} else {
		sub.append(&node{op: opSubpattern, group: group, addFlags: addFlags, delFlags: delFlags, sub: p})
	}
	return nil
}

// parseNamedRef parses (?P=name).
func parseNamedRef(t *tokenizer, state *parseState, sub *subpattern) error {
	name, err := t.getuntil(')', "group name")
	if err != nil {
		return err
	}
	if err := t.checkgroupname(state, name, 1); err != nil {
		return err
	}
	gid, ok := state.groupdict[string(name)]
	if !ok {
		return t.error("unknown group name "+objects.StrRepr(string(name)), len(name)+1)
	}
	if !state.checkgroup(gid) {
		return t.error("cannot refer to an open group", len(name)+1)
	}
	if err := state.checklookbehindgroup(gid, t); err != nil {
		return err
	}
	sub.append(&node{op: opGroupref, arg: uint32(gid)})
	return nil
}

// parseLookaround parses (?=...), (?!...), (?<=...) and (?<!...) after their '=', '!' or '<'.
func parseLookaround(t *tokenizer, state *parseState, sub *subpattern, char token, verbose bool, nested, start int) error {
	dir := 1
	saved := -2
	if char.is('<') {
		var err error
		if char, err = t.get(); err != nil {
			return err
		}
		if char.none() {
			return t.error("unexpected end of pattern", 0)
		}
		if !char.in("=!") {
			return t.error("unknown extension ?<"+char.text(), char.n+2)
		}
		dir = -1
		saved = state.lookbehindgroups
		if saved < 0 {
			state.lookbehindgroups = state.groups()
		}
	}
	p, err := parseSub(t, state, verbose, nested+1)
	if err != nil {
		return err
	}
	if dir < 0 && saved < 0 {
		state.lookbehindgroups = -1
	}
	if ok, err := t.match(')'); err != nil {
		return err
	} else if !ok {
		return t.error("missing ), unterminated subpattern", t.tell()-start)
	}
	op := opAssert
	if char.is('!') {
		op = opAssertNot
	}
	sub.append(&node{op: op, dir: dir, sub: p})
	return nil
}

// parseConditional parses (?(group)yes|no) after its "(?(".
func parseConditional(t *tokenizer, state *parseState, sub *subpattern, verbose bool, nested, start int) error {
	condname, err := t.getuntil(')', "group name")
	if err != nil {
		return err
	}
	var condgroup int
	if isIdentifier(condname) {
		if err := t.checkgroupname(state, condname, 1); err != nil {
			return err
		}
		g, ok := state.groupdict[string(condname)]
		if !ok {
			return t.error("unknown group name "+objects.StrRepr(string(condname)), len(condname)+1)
		}
		condgroup = g
	} else {
		v, ok := pyInt(condname)
		if !ok {
			return t.error("bad character in group name "+objects.StrRepr(string(condname)), len(condname)+1)
		}
		if v.isZero() {
			return t.error("bad group number", len(condname)+1)
		}
		if v.atLeast(MaxGroups) {
			return t.error("invalid group reference "+v.String(), len(condname)+1)
		}
		condgroup = v.int()
		if _, seen := state.grouprefpos[condgroup]; !seen {
			state.grouprefpos[condgroup] = t.tell() - len(condname) - 1
			state.grouprefOrder = append(state.grouprefOrder, condgroup)
		}
		if !(isDecimalRunes(condname) && isASCIIRunes(condname)) {
			shown := objects.StrRepr(string(condname))
			if !t.istext {
				shown = asciiRepr(string(condname))
			}
			state.warn("DeprecationWarning", fmt.Sprintf("bad character in group name %s at position %d",
				shown, t.tell()-len(condname)-1))
		}
	}
	if err := state.checklookbehindgroup(condgroup, t); err != nil {
		return err
	}
	yes, err := parseSeq(t, state, verbose, nested+1, false)
	if err != nil {
		return err
	}
	var no *subpattern
	if ok, err := t.match('|'); err != nil {
		return err
	} else if ok {
		if no, err = parseSeq(t, state, verbose, nested+1, false); err != nil {
			return err
		}
		if t.next().is('|') {
			return t.error("conditional backref with more than two branches", 0)
		}
	}
	if ok, err := t.match(')'); err != nil {
		return err
	} else if !ok {
		return t.error("missing ), unterminated subpattern", t.tell()-start)
	}
	sub.append(&node{op: opGrouprefExists, arg: uint32(condgroup), sub: yes, no: no})
	return nil
}

// parseFlags reads inline flags after "(?" (re._parser._parse_flags); global reports
// flags for the whole pattern, "(?aiLmsux)", which are added to the state.
func parseFlags(t *tokenizer, state *parseState, char token) (add, del int, global bool, err error) {
	if !char.is('-') {
		for {
			flag := flagLetters[char.ch()]
			if t.istext {
				if char.is('L') {
					return 0, 0, false, t.error("bad inline flags: cannot use 'L' flag with a str pattern", 0)
				}
			} else if char.is('u') {
				return 0, 0, false, t.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0)
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				return 0, 0, false, t.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
			}
			if char, err = t.get(); err != nil {
				return
			}
			if char.none() {
				return 0, 0, false, t.error("missing -, : or )", 0)
			}
			if char.in(")-:") {
				break
			}
			if char.n != 1 || flagLetters[char.ch()] == 0 {
				msg := "missing -, : or )"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				return 0, 0, false, t.error(msg, char.n)
			}
		}
	}
	if char.is(')') {
		state.flags |= add
		return 0, 0, true, nil
	}
	if add&globalFlags != 0 {
		return 0, 0, false, t.error("bad inline flags: cannot turn on global flag", 1)
	}
	if char.is('-') {
		if char, err = t.get(); err != nil {
			return
		}
		if char.none() {
			return 0, 0, false, t.error("missing flag", 0)
		}
		if char.n != 1 || flagLetters[char.ch()] == 0 {
			msg := "missing flag"
			if isAlpha(char) {
				msg = "unknown flag"
			}
			return 0, 0, false, t.error(msg, char.n)
		}
		for {
			flag := flagLetters[char.ch()]
			if flag&typeFlags != 0 {
				return 0, 0, false, t.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
			}
			del |= flag
			if char, err = t.get(); err != nil {
				return
			}
			if char.none() {
				return 0, 0, false, t.error("missing :", 0)
			}
			if char.is(':') {
				break
			}
			if char.n != 1 || flagLetters[char.ch()] == 0 {
				msg := "missing :"
				if isAlpha(char) {
					msg = "unknown flag"
				}
				return 0, 0, false, t.error(msg, char.n)
			}
		}
	}
	if del&globalFlags != 0 {
		return 0, 0, false, t.error("bad inline flags: cannot turn off global flag", 1)
	}
	if add&del != 0 {
		return 0, 0, false, t.error("bad inline flags: flag turned on and off", 1)
	}
	return add, del, false, nil
}

// isAlpha is str.isalpha of a token (an escape "\\x" is not: it holds a backslash).
func isAlpha(k token) bool {
	if k.n != 1 {
		return false
	}
	c := uint32(k.ch())
	if c < 128 {
		return asciiClass[c]&clAlpha != 0
	}
	return isUniAlpha(c)
}
