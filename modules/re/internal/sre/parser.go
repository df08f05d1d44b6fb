package sre

import (
	"fmt"

	"github.com/gopyrt/gopy/internal/objects"
)

// The pattern parser: Python's regular expression syntax read as re._parser (CPython 3.11)
// reads it, with its error messages and positions, its warnings, and the same tree.

const (
	specialChars = ".\\[{()*+?^$|"
	repeatChars  = "*+?{"
	digits       = "0123456789"
	octDigits    = "01234567"
	hexDigits    = "0123456789abcdefABCDEF"
	asciiLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	whitespace   = " \t\n\r\v\f"
)

// flagLetters maps the letters of inline flags to flags.
var flagLetters = map[rune]int{
	'i': FlagIgnoreCase, 'L': FlagLocale, 'm': FlagMultiline, 's': FlagDotAll,
	'x': FlagVerbose, 'a': FlagASCII, 't': FlagTemplate, 'u': FlagUnicode,
}

// parseState is re._parser.State.
type parseState struct {
	flags            int
	groupNames       []string // in order of definition
	groupdict        map[string]int
	groupwidths      [][2]uint64 // index 0 is the whole pattern
	closed           []bool
	lookbehindgroups int // -1 for None
	grouprefpos      map[int]int
	grouprefOrder    []int
	warnings         []Warning
}

func (s *parseState) groups() int { return len(s.groupwidths) }

// opengroup allocates the next group number, for a named group (name non-nil) or not.
func (s *parseState) opengroup(name []rune) (int, string, bool) {
	gid := s.groups()
	s.groupwidths = append(s.groupwidths, [2]uint64{})
	s.closed = append(s.closed, false)
	if s.groups() > MaxGroups {
		return 0, "too many groups", false
	}
	if name != nil {
		n := string(name)
		if old, ok := s.groupdict[n]; ok {
			return 0, fmt.Sprintf("redefinition of group name %s as group %d; was group %d",
				objects.StrRepr(n), gid, old), false
		}
		s.groupdict[n] = gid
		s.groupNames = append(s.groupNames, n)
	}
	return gid, "", true
}

func (s *parseState) closegroup(gid int, p *subpattern) {
	s.groupwidths[gid] = p.getwidth()
	s.closed[gid] = true
}

func (s *parseState) checkgroup(gid int) bool { return gid < s.groups() && s.closed[gid] }

func (s *parseState) checklookbehindgroup(gid int, t *tokenizer) error {
	if s.lookbehindgroups >= 0 {
		if !s.checkgroup(gid) {
			return t.error("cannot refer to an open group", 0)
		}
		if gid >= s.lookbehindgroups {
			return t.error("cannot refer to group defined in the same lookbehind subpattern", 0)
		}
	}
	return nil
}

func (s *parseState) warn(category, msg string) {
	s.warnings = append(s.warnings, Warning{Category: category, Msg: msg})
}

// checkgroupname is Tokenizer.checkgroupname.
func (t *tokenizer) checkgroupname(s *parseState, name []rune, offset int) error {
	if !isIdentifier(name) {
		return t.error("bad character in group name "+objects.StrRepr(string(name)), len(name)+offset)
	}
	if !t.istext && !isASCIIRunes(name) {
		s.warn("DeprecationWarning", fmt.Sprintf("bad character in group name %s at position %d",
			asciiRepr(string(name)), t.tell()-len(name)-offset))
	}
	return nil
}

// asciiRepr is Python's ascii() of a str.
func asciiRepr(s string) string { return asciiBackslash(objects.StrRepr(s)) }

// parseFrom is re._parser.parse: the tree of a pattern and its parse state.
func parseFrom(t *tokenizer, flags int) (*subpattern, *parseState, error) {
	var err error
	istext := t.istext
	state := &parseState{
		flags:            flags,
		groupdict:        map[string]int{},
		groupwidths:      [][2]uint64{{}},
		closed:           []bool{false},
		lookbehindgroups: -1,
		grouprefpos:      map[int]int{},
	}
	p, err := parseSub(t, state, flags&FlagVerbose != 0, 0)
	if err != nil {
		return nil, state, err
	}
	if state.flags, err = fixFlags(istext, state.flags); err != nil {
		return nil, state, err
	}
	if !t.next().none() {
		return nil, state, t.error("unbalanced parenthesis", 0)
	}
	for _, g := range state.grouprefOrder {
		if g >= state.groups() {
			return nil, state, &Error{Kind: KindError, Msg: fmt.Sprintf("invalid group reference %d", g), Pos: state.grouprefpos[g]}
		}
	}
	return p, state, nil
}

// fixFlags is re._parser.fix_flags: checks the flags against the pattern's type and
// turns on UNICODE for str patterns that are not ASCII.
func fixFlags(istext bool, flags int) (int, error) {
	if istext {
		if flags&FlagLocale != 0 {
			return 0, &Error{Kind: KindValue, Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
		}
		if flags&FlagASCII == 0 {
			flags |= FlagUnicode
		} else if flags&FlagUnicode != 0 {
			return 0, &Error{Kind: KindValue, Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
		}
	} else {
		if flags&FlagUnicode != 0 {
			return 0, &Error{Kind: KindValue, Msg: "cannot use UNICODE flag with a bytes pattern", Pos: -1}
		}
		if flags&FlagLocale != 0 && flags&FlagASCII != 0 {
			return 0, &Error{Kind: KindValue, Msg: "ASCII and LOCALE flags are incompatible", Pos: -1}
		}
	}
	return flags, nil
}

// parseSub parses alternatives separated by '|' (re._parser._parse_sub), factoring out a
// common first item and turning alternatives of single characters into a set.
func parseSub(t *tokenizer, state *parseState, verbose bool, nested int) (*subpattern, error) {
	var items []*subpattern
	for {
		item, err := parseSeq(t, state, verbose, nested+1, nested == 0 && len(items) == 0)
		if err != nil {
			return nil, err
		}
		items = append(items, item)
		ok, err := t.match('|')
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if nested == 0 {
			verbose = state.flags&FlagVerbose != 0
		}
	}
	if len(items) == 1 {
		return items[0], nil
	}
	sub := &subpattern{state: state}
	for {
		var prefix *node
		common := true
		for _, item := range items {
			if len(item.data) == 0 {
				common = false
				break
			}
			if prefix == nil {
				prefix = item.data[0]
			} else if !item.data[0].equal(prefix) {
				common = false
				break
			}
		}
		if !common {
			break
		}
		for _, item := range items {
			item.data = item.data[1:]
		}
		sub.append(prefix)
	}
	var set []setItem
	for _, item := range items {
		if len(item.data) != 1 {
			set = nil
			break
		}
		n := item.data[0]
		if n.op == opLiteral {
			set = append(set, setItem{op: opLiteral, lo: n.arg})
		} else if n.op == opIn && n.set[0].op != opNegate {
			set = append(set, n.set...)
		} else {
			set = nil
			break
		}
	}
	if set != nil {
		sub.append(&node{op: opIn, set: uniq(set)})
		return sub, nil
	}
	sub.append(&node{op: opBranch, branches: items})
	return sub, nil
}

// uniq drops repeated set members, keeping the first of each.
func uniq(set []setItem) []setItem {
	type key struct {
		op     int
		lo, hi uint32
	}
	seen := make(map[key]bool, len(set))
	out := set[:0:0]
	for _, it := range set {
		k := key{it.op, it.lo, it.hi}
		if !seen[k] {
			seen[k] = true
			out = append(out, it)
		}
	}
	return out
}
