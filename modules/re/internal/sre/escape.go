package sre

import (
	"fmt"
	"strconv"

	"github.com/gopyrt/gopy/internal/objects"
)

// Backslash escapes, inside and outside character sets (re._parser._class_escape and
// _escape).

var plainEscapes = map[rune]uint32{
	'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
}

var classCategories = map[rune]uint32{
	'd': catDigit, 'D': catNotDigit, 's': catSpace, 'S': catNotSpace, 'w': catWord, 'W': catNotWord,
}

var atCategories = map[rune]uint32{
	'A': atBeginningString, 'b': atBoundary, 'B': atNonBoundary, 'Z': atEndString,
}

// classItem is what an escape in a set stands for: a LITERAL character or a CATEGORY
// (the IN [(CATEGORY, code)] of re._parser).
type classItem struct {
	op int // opLiteral or opCategory
	c  uint32
}

func (c classItem) item() setItem { return setItem{op: c.op, lo: c.c} }

// NameLookup finds the character a \N{name} escape names; ok is false for a name that is
// not one character's (unicodedata.lookup raises KeyError or returns a sequence). An error
// is passed on as it is.
type NameLookup func(name string) (r rune, ok bool, err error)

// commonEscape handles the escapes that read the same in and out of sets: \x, \u, \U, \N.
// done is false for the others.
func commonEscape(t *tokenizer, esc token) (c uint32, done bool, err error) {
	text := []rune(esc.text())
	var width int
	switch esc.r[1] {
	case 'x':
		width = 2
	case 'u':
		if !t.istext {
			return 0, false, nil
		}
		width = 4
	case 'U':
		if !t.istext {
			return 0, false, nil
		}
		width = 8
	case 'N':
		if !t.istext {
			return 0, false, nil
		}
		return namedEscape(t)
	default:
		return 0, false, nil
	}
	hex, err := t.getwhile(width, hexDigits)
	if err != nil {
		return 0, true, err
	}
	text = append(text, hex...)
	if len(hex) != width {
		return 0, true, t.error("incomplete escape "+string(text), len(text))
	}
	v, _ := strconv.ParseUint(string(hex), 16, 32)
	if v > 0x10ffff {
		return 0, true, t.error("bad escape "+string(text), len(text))
	}
	return uint32(v), true, nil
}

func namedEscape(t *tokenizer) (uint32, bool, error) {
	if ok, err := t.match('{'); err != nil {
		return 0, true, err
	} else if !ok {
		return 0, true, t.error("missing {", 0)
	}
	name, err := t.getuntil('}', "character name")
	if err != nil {
		return 0, true, err
	}
	if t.lookup != nil {
		r, ok, err := t.lookup(string(name))
		if err != nil {
			return 0, true, err
		}
		if ok {
			return uint32(r), true, nil
		}
	}
	return 0, true, t.error("undefined character name "+objects.StrRepr(string(name)), len(name)+4)
}

// classEscape is the meaning of escape token esc inside a character set.
func classEscape(t *tokenizer, esc token) (classItem, error) {
	c := esc.r[1]
	if v, ok := plainEscapes[c]; ok {
		return classItem{op: opLiteral, c: v}, nil
	}
	if v, ok := classCategories[c]; ok {
		return classItem{op: opCategory, c: v}, nil
	}
	if v, done, err := commonEscape(t, esc); done || err != nil {
		return classItem{op: opLiteral, c: v}, err
	}
	text := []rune(esc.text())
	switch {
	case c >= '0' && c <= '7':
		oct, err := t.getwhile(2, octDigits)
		if err != nil {
			return classItem{}, err
		}
		text = append(text, oct...)
		v, _ := strconv.ParseUint(string(text[1:]), 8, 32)
		if v > 0o377 {
			return classItem{}, t.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(text)), len(text))
		}
		return classItem{op: opLiteral, c: uint32(v)}, nil
	case c == '8' || c == '9':
	case len(text) == 2:
		if isASCIILetter(c) {
			break
		}
		return classItem{op: opLiteral, c: uint32(c)}, nil
	}
	return classItem{}, t.error("bad escape "+string(text), len(text))
}

func isASCIILetter(c rune) bool { return c < 128 && asciiClass[c]&clAlpha != 0 }

// parseEscape is the meaning of escape token esc outside sets.
func parseEscape(t *tokenizer, esc token, state *parseState) (*node, error) {
	c := esc.r[1]
	if v, ok := atCategories[c]; ok {
		return &node{op: opAt, arg: v}, nil
	}
	if v, ok := classCategories[c]; ok {
		return &node{op: opIn, set: []setItem{{op: opCategory, lo: v}}}, nil
	}
	if v, ok := plainEscapes[c]; ok {
		return &node{op: opLiteral, arg: v}, nil
	}
	if v, done, err := commonEscape(t, esc); done || err != nil {
		return &node{op: opLiteral, arg: v}, err
	}
	text := []rune(esc.text())
	switch {
	case c == '0':
		oct, err := t.getwhile(2, octDigits)
		if err != nil {
			return nil, err
		}
		text = append(text, oct...)
		v, _ := strconv.ParseUint(string(text[1:]), 8, 32)
		return &node{op: opLiteral, arg: uint32(v)}, nil
	case c >= '1' && c <= '9':
		if t.next().in(digits) {
			k, err := t.get()
			if err != nil {
				return nil, err
			}
			text = append(text, k.ch())
			if text[1] <= '7' && text[2] <= '7' && t.next().in(octDigits) {
				k, err := t.get()
				if err != nil {
					return nil, err
				}
				text = append(text, k.ch())
				v, _ := strconv.ParseUint(string(text[1:]), 8, 32)
				if v > 0o377 {
					return nil, t.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(text)), len(text))
				}
				return &node{op: opLiteral, arg: uint32(v)}, nil
			}
		}
		group, _ := strconv.Atoi(string(text[1:]))
		if group < state.groups() {
			if !state.checkgroup(group) {
				return nil, t.error("cannot refer to an open group", len(text))
			}
			if err := state.checklookbehindgroup(group, t); err != nil {
				return nil, err
			}
			return &node{op: opGroupref, arg: uint32(group)}, nil
		}
		return nil, t.error(fmt.Sprintf("invalid group reference %d", group), len(text)-1)
	case len(text) == 2:
		if isASCIILetter(c) {
			break
		}
		return &node{op: opLiteral, arg: uint32(c)}, nil
	}
	return nil, t.error("bad escape "+string(text), len(text))
}
