package syntax

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// strings (memo): STRING+, the literals concatenated.
func (p *parser) strings() ast.ExprNode {
	if n, ok := p.memoized(rStrings); ok {
		e, _ := n.(ast.ExprNode)
		return e
	}
	m := p.mark
	var toks []*token
	for t := p.expect(tSTRING); t != nil; t = p.expect(tSTRING) {
		toks = append(toks, t)
	}
	var e ast.ExprNode
	if toks != nil {
		e = p.concatenate(toks)
	}
	p.memoize(m, rStrings, e)
	return e
}

// literal is a string token taken apart.
type literal struct {
	bytes, raw, f bool
	body          string // between the quotes
	bodyStart     int    // offset of body in the source
}

func (p *parser) splitLiteral(t *token) literal {
	s := p.text(t)
	var l literal
	i := 0
	for ; i < len(s) && s[i] != '\'' && s[i] != '"'; i++ {
		switch s[i] {
		case 'b', 'B':
			l.bytes = true
		case 'r', 'R':
			l.raw = true
		case 'f', 'F':
			l.f = true
		}
	}
	q := 1
	if len(s)-i >= 6 && s[i+1] == s[i] && s[i+2] == s[i] {
		q = 3
	}
	l.body = s[i+q : len(s)-q]
	l.bodyStart = t.start + i + q
	return l
}

// concatenate is _PyPegen_concatenate_strings: a Constant (str or bytes) or, with an
// f-string among them, a JoinedStr, positioned from the first to the last token.
func (p *parser) concatenate(toks []*token) ast.ExprNode {
	first, last := toks[0], toks[len(toks)-1]
	st := &fstate{first: first, lastTk: last, kindU: p.src[first.start] == 'u'}
	bytesMode := false
	var bs strings.Builder
	defer func() { p.escTok = nil }()
	for i, t := range toks {
		p.escTok, p.escChunk = t, 0
		l := p.splitLiteral(t)
		if i != 0 && bytesMode != l.bytes {
			p.raise(SyntaxError, "cannot mix bytes and nonbytes literals")
		}
		bytesMode = l.bytes
		switch {
		case l.f:
			p.concatFString(st, l, t, 0, 0, len(l.body))
		case l.bytes:
			for j := 0; j < len(l.body); j++ {
				if l.body[j] >= 0x80 {
					p.raiseTok(t, "bytes can only contain ASCII literal characters")
				}
			}
			if l.raw || strings.IndexByte(l.body, '\\') < 0 {
				bs.WriteString(l.body)
			} else {
				bs.WriteString(p.decodeBytes(l.body))
			}
		default:
			if l.raw || strings.IndexByte(l.body, '\\') < 0 {
				p.checkUTF8(l.body)
				st.add(l.body)
			} else {
				st.add(p.decodeStr(l.body))
			}
		}
	}
	if bytesMode {
		return &ast.Constant{Pos: span(first, last), Value: ast.Bytes(bs.String())}
	}
	return st.finish(first, last)
}

func span(first, last *token) ast.Pos {
	return ast.Pos{Lineno: first.line, ColOffset: first.col, EndLineno: last.endLine, EndColOffset: last.endCol}
}

// fstate accumulates the parts of a JoinedStr (CPython's FstringParser).
type fstate struct {
	fmode         bool
	text          strings.Builder // the literal not yet turned into a Constant
	hasText       bool
	values        []ast.ExprNode
	first, lastTk *token
	kindU         bool
}

func (st *fstate) add(s string) {
	if s == "" {
		return
	}
	st.text.WriteString(s)
	st.hasText = true
}

// flush turns the pending literal into a Constant positioned from first to last.
func (st *fstate) flush(first, last *token) {
	if !st.hasText {
		return
	}
	st.values = append(st.values, st.constant(first, last))
}

func (st *fstate) constant(first, last *token) *ast.Constant {
	c := &ast.Constant{Pos: span(first, last), Value: st.text.String()}
	if st.kindU {
		c.Kind = "u"
	}
	st.text.Reset()
	st.hasText = false
	return c
}

func (st *fstate) finish(first, last *token) ast.ExprNode {
	if !st.fmode {
		return st.constant(first, last)
	}
	st.flush(first, last)
	if st.values == nil {
		st.values = []ast.ExprNode{}
	}
	return &ast.JoinedStr{Pos: span(first, last), Values: st.values}
}

// decodeStr decodes the escapes of a str literal, as the unicode_escape codec does;
// errors are CPython's "(unicode error)" SyntaxErrors.
func (p *parser) decodeStr(s string) string {
	p.escChunk++
	var b strings.Builder
	b.Grow(len(s))
	// pos is the offset CPython reports: its decoder sees every non-ASCII character as
	// a 10-byte \U escape, and a backslash before one as \u005c.
	pos := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x80 {
			j := i
			for j < len(s) && s[j] >= 0x80 {
				j++
			}
			p.checkUTF8(s[i:j])
			for i < j {
				_, n := utf8.DecodeRuneInString(s[i:])
				b.WriteString(s[i : i+n])
				i += n
				pos += 10
			}
			continue
		}
		if c != '\\' {
			b.WriteByte(c)
			i++
			pos++
			continue
		}
		start := pos
		if i+1 >= len(s) {
			b.WriteByte('\\')
			i++
			continue
		}
		c = s[i+1]
		if c >= 0x80 {
			b.WriteByte('\\')
			i++
			pos += 6
			continue
		}
		i += 2
		pos += 2
		if r, ok := simpleEscape(c); ok {
			if c != '\n' {
				b.WriteByte(r)
			}
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, n := octalEscape(s, i-1)
			if v > 0o377 {
				p.invalidEscape(s[i-1 : i+n])
			}
			i += n
			pos += n
			writeCodePoint(&b, rune(v))
		case 'x', 'u', 'U':
			count := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			v := 0
			for k := 0; k < count; k++ {
				if i >= len(s) || !isXDigit(int(s[i])) {
					p.unicodeError(start, pos, fmt.Sprintf("truncated \\%s escape", map[byte]string{'x': "xXX", 'u': "uXXXX", 'U': "UXXXXXXXX"}[c]))
				}
				d, _ := strconv.ParseUint(s[i:i+1], 16, 8)
				v = v<<4 | int(d)
				i++
				pos++
			}
			if v > 0x10ffff {
				p.unicodeError(start, pos, "illegal Unicode character")
			}
			writeCodePoint(&b, rune(v))
		case 'N':
			if i >= len(s) || s[i] != '{' {
				p.unicodeError(start, pos, "malformed \\N character escape")
			}
			j := strings.IndexByte(s[i:], '}')
			if j < 0 {
				p.unicodeError(start, pos+len(s)-i, "malformed \\N character escape")
			}
			name := s[i+1 : i+j]
			pos += j + 1
			i += j + 1
			if name == "" {
				p.unicodeError(start, pos-j, "malformed \\N character escape")
			}
			r, ok := lookupName(name)
			if !ok {
				p.unicodeError(start, pos, "unknown Unicode character name")
			}
			b.WriteRune(r)
		default:
			p.invalidEscape(string(c))
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String()
}

// checkUTF8 raises CPython's error for literal text that is not UTF-8.
func (p *parser) checkUTF8(s string) {
	if msg := utf8ErrorMessage([]byte(s)); msg != "" {
		p.raise(SyntaxError, "(unicode error) %s", msg)
	}
}

// simpleEscape is the character of a one-letter escape (\n, \t ...); a backslash
// before a newline stands for nothing (the result is then not used).
func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '\n', '\\', '\'', '"':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 't':
		return '\t', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 'v':
		return '\v', true
	case 'a':
		return '\a', true
	}
	return 0, false
}

// octalEscape reads the up to three octal digits from s[i]; it returns their value and
// how many digits follow the first.
func octalEscape(s string, i int) (int, int) {
	v := int(s[i] - '0')
	n := 0
	for ; n < 2 && i+1+n < len(s) && s[i+1+n] >= '0' && s[i+1+n] <= '7'; n++ {
		v = v*8 + int(s[i+1+n]-'0')
	}
	return v, n
}

// writeCodePoint writes r as generalized UTF-8 (surrogates as 3 bytes).
func writeCodePoint(b *strings.Builder, r rune) {
	if r >= 0xd800 && r < 0xe000 {
		b.WriteByte(byte(0xe0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3f))
		b.WriteByte(byte(0x80 | r&0x3f))
		return
	}
	b.WriteRune(r)
}

// unicodeError raises the SyntaxError of a failed escape: bytes start..end-1 of the
// (CPython-expanded) literal.
func (p *parser) unicodeError(start, end int, reason string) {
	var where string
	if end-start == 1 {
		where = fmt.Sprintf("byte 0x5c in position %d", start)
	} else {
		where = fmt.Sprintf("bytes in position %d-%d", start, end-1)
	}
	p.raise(SyntaxError, "(unicode error) 'unicodeescape' codec can't decode %s: %s", where, reason)
}

// decodeBytes decodes the escapes of a bytes literal.
func (p *parser) decodeBytes(s string) string {
	p.escChunk++
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			i++
			continue
		}
		c = s[i+1]
		i += 2
		if r, ok := simpleEscape(c); ok {
			if c != '\n' {
				b.WriteByte(r)
			}
			continue
		}
		switch c {
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, n := octalEscape(s, i-1)
			if v > 0o377 {
				p.invalidEscape(s[i-1 : i+n])
			}
			i += n
			b.WriteByte(byte(v))
		case 'x':
			if i+1 < len(s) && isXDigit(int(s[i])) && isXDigit(int(s[i+1])) {
				v, _ := strconv.ParseUint(s[i:i+2], 16, 8)
				b.WriteByte(byte(v))
				i += 2
				continue
			}
			p.raise(SyntaxError, "(value error) invalid \\x escape at position %d", i-2)
		default:
			p.invalidEscape(string(c))
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String()
}

// Warn, when set, is called for each warning the parser gives: CPython 3.11's parser
// gives only DeprecationWarning "invalid escape sequence '\\d'" (and "invalid octal
// escape sequence '\\777'"), once per string token, at the token's line. It returns
// ErrWarningRaised when the warnings filters turned the warning into an exception (the
// parser then raises a SyntaxError at the token, as CPython's does), or another error
// that stops parsing and reaches the caller as the Cause of the *Error.
var Warn func(category, msg, filename string, lineno int) error

// warnings counts the warnings the parser found (given to Warn or not).
var warnings atomic.Int64

// Warnings returns how many warnings the parser has found in this process so far: a
// cache of compiled code (internal/codecache) keeps no code whose compilation warned,
// since loading it would not warn again.
func Warnings() int64 { return warnings.Load() }

// NoteWarning counts a warning found while compiling the tree (the code generator's
// SyntaxWarnings), for Warnings.
func NoteWarning() { warnings.Add(1) }

// ErrWarningRaised is what Warn returns for a warning the filters made an error.
var ErrWarningRaised = errors.New("warning raised as an exception")

// escPiece is a piece of a string token decoded on its own.
type escPiece struct {
	t     *token
	chunk int
}

// invalidEscape warns about the escape \esc (a character, or three octal digits past
// \377) of the piece of a string token being decoded: only its first one warns.
func (p *parser) invalidEscape(esc string) {
	t := p.escTok
	key := escPiece{t, p.escChunk}
	if t == nil || p.warned[key] {
		return
	}
	if p.warned == nil {
		p.warned = map[escPiece]bool{}
	}
	p.warned[key] = true
	warnings.Add(1)
	if Warn == nil {
		return
	}
	msg := "invalid escape sequence '\\" + esc + "'"
	if len(esc) == 3 {
		msg = "invalid octal escape sequence '\\" + esc + "'"
	}
	switch err := Warn("DeprecationWarning", msg, p.filename, t.line); {
	case err == ErrWarningRaised:
		p.raiseTok(t, "%s", msg)
	case err != nil:
		panic(&bailout{&Error{Kind: SyntaxError, Msg: err.Error(), Filename: p.filename, NoLocation: true, Cause: err}})
	}
}
