package syntax

import (
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// The f-string parser: CPython 3.11 reads an f-string as one STRING token and parses its
// replacement fields afterwards. Each field's expression is parsed by a parser of its own
// over "(" + expression + ")", whose positions are shifted to where the expression stands
// in the source. Literal parts and FormattedValue nodes get the position of the whole
// (concatenated) string, as in CPython.

// maxFStringLevel is the deepest nesting of brackets an f-string expression may have.
const maxFStringLevel = 200

// concatFString is FstringParser_ConcatFstring: it parses body[*i:end] of the literal l
// (token t) into st, up to the end or, nested (lvl > 0), to the '}' closing a format spec.
func (p *parser) concatFString(st *fstate, l literal, t *token, lvl int, i, end int) int {
	st.fmode = true
	s := l.body
	for {
		lit, result, ni := p.fstringLiteral(s, i, end, l.raw, lvl)
		i = ni
		st.add(lit)
		if result == 1 {
			continue
		}
		if i >= end || s[i] == '}' {
			break
		}
		var expr ast.ExprNode
		var text string
		expr, text, i = p.fstringExpr(st, l, t, lvl, i, end)
		st.add(text)
		st.flush(st.first, st.lastTk)
		st.values = append(st.values, expr)
	}
	if lvl == 0 && i < end-1 {
		p.raise(SyntaxError, "f-string: unexpected end of string")
	}
	if lvl != 0 && (i >= end || s[i] != '}') {
		p.raise(SyntaxError, "f-string: expecting '}'")
	}
	return i
}

// fstringLiteral is fstring_find_literal: the literal text from i up to an expression,
// decoded; result 1 means it stopped after a doubled brace and more literal follows.
func (p *parser) fstringLiteral(s string, i, end int, raw bool, lvl int) (string, int, int) {
	start := i
	result := 0
	stop := i
loop:
	for i < end {
		ch := s[i]
		i++
		if !raw && ch == '\\' && i < end {
			ch = s[i]
			i++
			if ch == 'N' {
				if i < end {
					c := s[i]
					i++
					if c == '{' {
						for i < end {
							c := s[i]
							i++
							if c == '}' {
								break
							}
						}
						continue
					}
				}
				break loop
			}
		}
		if ch == '{' || ch == '}' {
			if lvl == 0 {
				if i < end && s[i] == ch {
					stop = i
					i++
					result = 1
					return p.fstringDecode(s[start:stop], raw), result, i
				}
				if ch == '}' {
					p.raise(SyntaxError, "f-string: single '}' is not allowed")
				}
			}
			i--
			break
		}
	}
	return p.fstringDecode(s[start:i], raw), result, i
}

func (p *parser) fstringDecode(s string, raw bool) string {
	if raw || s == "" {
		p.checkUTF8(s)
		return s
	}
	for j := 0; j < len(s); j++ {
		if s[j] == '\\' {
			return p.decodeStr(s)
		}
	}
	p.checkUTF8(s)
	return s
}

// fstringExpr is fstring_find_expr: s[i] is the '{' of a replacement field. It returns
// the FormattedValue, the text of a '=' field, and where the field ends.
func (p *parser) fstringExpr(st *fstate, l literal, t *token, lvl int, i, end int) (ast.ExprNode, string, int) {
	s := l.body
	if lvl >= 2 {
		p.raise(SyntaxError, "f-string: expressions nested too deeply")
	}
	i++
	exprStart := i
	var quote byte
	strType := 0
	var stack []byte
	for ; i < end; i++ {
		ch := s[i]
		if ch == '\\' {
			p.raise(SyntaxError, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if strType == 3 {
					if i+2 < end && s[i+1] == ch && s[i+2] == ch {
						i += 2
						strType, quote = 0, 0
					}
				} else {
					strType, quote = 0, 0
				}
			}
			continue
		}
		switch {
		case ch == '\'' || ch == '"':
			if i+2 < end && s[i+1] == ch && s[i+2] == ch {
				strType = 3
				i += 2
			} else {
				strType = 1
			}
			quote = ch
		case ch == '[' || ch == '{' || ch == '(':
			if len(stack) >= maxFStringLevel {
				p.raise(SyntaxError, "f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case ch == '#':
			p.raise(SyntaxError, "f-string expression part cannot include '#'")
		case len(stack) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'):
			if i+1 < end {
				next := s[i+1]
				if ch == '!' && next == '=' || ch == '=' && next == '=' || ch == '<' && next == '=' || ch == '>' && next == '=' {
					i++
					continue
				}
				if ch == '>' || ch == '<' {
					continue
				}
			}
			goto found
		case ch == ']' || ch == '}' || ch == ')':
			if len(stack) == 0 {
				p.raise(SyntaxError, "f-string: unmatched '%c'", ch)
			}
			opening := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}') {
				p.raise(SyntaxError, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, opening)
			}
		}
	}
found:
	exprEnd := i
	if quote != 0 {
		p.raise(SyntaxError, "f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.raise(SyntaxError, "f-string: unmatched '%c'", stack[len(stack)-1])
	}
	if i >= end {
		p.raise(SyntaxError, "f-string: expecting '}'")
	}
	expr := p.fstringCompile(l, t, exprStart, exprEnd)
	text := ""
	debug := false
	if s[i] == '=' {
		i++
		for i < end && isSpace(s[i]) {
			i++
		}
		text, debug = s[exprStart:i], true
	}
	conversion := -1
	if i < end && s[i] == '!' {
		i++
		if i >= end {
			p.raise(SyntaxError, "f-string: expecting '}'")
		}
		conversion = int(s[i])
		i++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			p.raise(SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if i >= end {
		p.raise(SyntaxError, "f-string: expecting '}'")
	}
	var spec ast.ExprNode
	if s[i] == ':' {
		i++
		if i >= end {
			p.raise(SyntaxError, "f-string: expecting '}'")
		}
		sub := &fstate{first: st.first, lastTk: st.lastTk, kindU: st.kindU}
		i = p.concatFString(sub, l, t, lvl+1, i, end)
		spec = sub.finish(t, t)
	}
	if i >= end || s[i] != '}' {
		p.raise(SyntaxError, "f-string: expecting '}'")
	}
	i++
	if debug && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	return &ast.FormattedValue{Pos: span(st.first, st.lastTk), Value: expr, Conversion: conversion, FormatSpec: spec}, text, i
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// fstringCompile is fstring_compile_expr: it parses body[from:to] of literal l (token t)
// as "(" + expression + ")" with positions shifted to the expression's place.
func (p *parser) fstringCompile(l literal, t *token, from, to int) ast.ExprNode {
	s := l.body
	k := from
	for ; k < to; k++ {
		if c := s[k]; !(c == ' ' || c == '\t' || c == '\n' || c == '\f') {
			break
		}
	}
	if k == to {
		p.raise(SyntaxError, "f-string: empty expression not allowed")
	}
	// where the '{' is in the token's text
	tokText := p.src[t.start:t.end]
	brace := l.bodyStart - t.start + from - 1
	lines, cols := 0, 0
	newlineAfter := true
	for j := brace + 1; j < len(tokText) && tokText[j] != '}' && tokText[j] != '\n'; j++ {
		if c := tokText[j]; c != ' ' && c != '\t' && c != '\f' {
			newlineAfter = false
			break
		}
	}
	if !newlineAfter {
		j := brace
		for j > 0 && tokText[j] != '\n' {
			j--
		}
		cols = brace - j
		if tokText[j] == '\n' {
			cols--
		}
	}
	for j := 0; j < brace; j++ {
		if tokText[j] == '\n' {
			lines++
		}
	}
	startCol := cols
	if lines == 0 {
		startCol += t.col
	}
	sub := make([]byte, 0, to-from+3)
	sub = append(sub, '(')
	sub = append(sub, s[from:to]...)
	sub = append(sub, ')', '\n')
	q := newParser(sub, p.filename, modeFString)
	q.s.startLine = t.line + lines - 1
	q.s.startCol = startCol
	q.startCol = startCol
	q.depth = p.depth
	mod, err := q.run()
	if err != nil {
		panic(&bailout{err})
	}
	return mod.(*fstringMod).expr
}

// fstringMod wraps the expression parsed from an f-string field.
type fstringMod struct {
	ast.Module
	expr ast.ExprNode
}
