package sre

import (
	"fmt"
	"strconv"

	"github.com/gopyrt/gopy/internal/objects"
)

// TemplatePiece is a part of a replacement template: literal text, or a group reference
// (Group >= 0).
type TemplatePiece struct {
	Text  []rune
	Group int
}

// Template is a parsed replacement template.
type Template struct {
	Pieces   []TemplatePiece
	Warnings []Warning
}

// ParseTemplate parses the replacement string of sub() or Match.expand() for prog (a
// bytes template's bytes as characters 0-255), as re._parser.parse_template does:
// \g<name>, \g<number>, \number, the escapes of patterns; other escapes of punctuation
// stay as they are.
func ParseTemplate(src []rune, istext bool, prog *Program) (*Template, error) {
	t, err := newTokenizer(src, istext)
	if err != nil {
		return nil, err
	}
	out := &Template{}
	var lit []rune
	addgroup := func(index int, pos int) error {
		if index > prog.Groups {
			return t.error(fmt.Sprintf("invalid group reference %d", index), pos)
		}
		if len(lit) > 0 {
			out.Pieces = append(out.Pieces, TemplatePiece{Text: lit, Group: -1})
			lit = nil
		}
		out.Pieces = append(out.Pieces, TemplatePiece{Group: index})
		return nil
	}
	for {
		this, err := t.get()
		if err != nil {
			return nil, err
		}
		if this.none() {
			break
		}
		if !this.escape() {
			lit = append(lit, this.ch())
			continue
		}
		c := this.r[1]
		text := []rune(this.text())
		switch {
		case c == 'g':
			if ok, err := t.match('<'); err != nil {
				return nil, err
			} else if !ok {
				return nil, t.error("missing <", 0)
			}
			name, err := t.getuntil('>', "group name")
			if err != nil {
				return nil, err
			}
			var index int
			if isIdentifier(name) {
				if !t.istext && !isASCIIRunes(name) {
					out.Warnings = append(out.Warnings, Warning{"DeprecationWarning", fmt.Sprintf(
						"bad character in group name %s at position %d", asciiRepr(string(name)), t.tell()-len(name)-1)})
				}
				i, ok := prog.GroupIndex[string(name)]
				if !ok {
					return nil, &Error{Kind: KindIndex, Msg: "unknown group name " + objects.StrRepr(string(name)), Pos: -1}
				}
				index = i
			} else {
				v, ok := pyInt(name)
				if !ok {
					return nil, t.error("bad character in group name "+objects.StrRepr(string(name)), len(name)+1)
				}
				if v.atLeast(MaxGroups) {
					return nil, t.error("invalid group reference "+v.String(), len(name)+1)
				}
				index = v.int()
				if !(isDecimalRunes(name) && isASCIIRunes(name)) {
					shown := objects.StrRepr(string(name))
					if !t.istext {
						shown = asciiRepr(string(name))
					}
					out.Warnings = append(out.Warnings, Warning{"DeprecationWarning", fmt.Sprintf(
						"bad character in group name %s at position %d", shown, t.tell()-len(name)-1)})
				}
			}
			if err := addgroup(index, len(name)+1); err != nil {
				return nil, err
			}
		case c == '0':
			oct, err := t.getwhile(2, octDigits)
			if err != nil {
				return nil, err
			}
			v, _ := strconv.ParseUint(string(append(text[1:], oct...)), 8, 32)
			lit = append(lit, rune(v&0xff))
		case c >= '1' && c <= '9':
			isOctal := false
			if t.next().in(digits) {
				k, err := t.get()
				if err != nil {
					return nil, err
				}
				text = append(text, k.ch())
				if c <= '7' && text[2] <= '7' && t.next().in(octDigits) {
					k, err := t.get()
					if err != nil {
						return nil, err
					}
					text = append(text, k.ch())
					isOctal = true
					v, _ := strconv.ParseUint(string(text[1:]), 8, 32)
					if v > 0o377 {
						return nil, t.error(fmt.Sprintf("octal escape value %s outside of range 0-0o377", string(text)), len(text))
					}
					lit = append(lit, rune(v))
				}
			}
			if !isOctal {
				g, _ := strconv.Atoi(string(text[1:]))
				if err := addgroup(g, len(text)-1); err != nil {
					return nil, err
				}
			}
		default:
			if v, ok := plainEscapes[c]; ok {
				lit = append(lit, rune(v))
			} else if isASCIILetter(c) {
				return nil, t.error("bad escape "+string(text), len(text))
			} else {
				lit = append(lit, text...)
			}
		}
	}
	if len(lit) > 0 {
		out.Pieces = append(out.Pieces, TemplatePiece{Text: lit, Group: -1})
	}
	return out, nil
}
