package syntax

import (
	"fmt"
	"unicode/utf8"

	"github.com/gopyrt/gopy/internal/ucd"
)

const (
	eof       = -1
	maxIndent = 100 // MAXINDENT
	maxLevel  = 200 // MAXLEVEL
	tabSize   = 8
)

// scanState is the tokenizer's condition (CPython's tok->done).
type scanState uint8

const (
	sOK       scanState = iota
	sEOF                // end of input
	sError              // an error was raised (s.err)
	sTabSpace           // inconsistent tabs and spaces
	sDedent             // unindent does not match
	sTooDeep            // too many indentation levels
	sLineCont           // character after line continuation
	sDecode             // a name that is not UTF-8 (s.decodeMsg)
)

// scanner is the tokenizer. It works as CPython 3.11's does, a line at a time with a
// cursor (cur) into the current line (lineStart..inp), because CPython's error positions
// are taken from that cursor and line.
type scanner struct {
	src       []byte // the whole source, newlines translated, ending in '\n' for exec input
	cur       int    // next byte to read
	inp       int    // end of the current line (just after its '\n')
	lineStart int    // start of the current line
	buf       int    // start of the line last read (tok->buf)
	lineno    int    // number of the current line

	start          int // start of the token being read, -1 when none
	tokEnd         int // end of the token just read
	firstLineno    int // line where the current string token starts
	multiLineStart int // start of that line

	atbol       bool
	pendin      int
	indstack    []int
	altindstack []int

	level      int
	parenstack []byte
	parenline  []int
	parencol   []int

	state scanState
	err   *Error // the error raised by the tokenizer itself (state sError)
	// decodeMsg is the UnicodeDecodeError of a name (state sDecode)
	decodeMsg string

	filename string
	// startLine and startCol shift positions (the expression of an f-string)
	startLine, startCol int
}

func newScanner(src []byte, filename string) *scanner {
	return &scanner{
		src: src, start: -1, atbol: true, filename: filename,
		indstack: []int{0}, altindstack: []int{0},
	}
}

// nextc returns the next byte, or eof; it moves to the next line when the current one
// is used up.
func (s *scanner) nextc() int {
	for {
		if s.cur != s.inp {
			c := s.src[s.cur]
			s.cur++
			return int(c)
		}
		if s.state != sOK {
			return eof
		}
		if s.inp >= len(s.src) {
			s.state = sEOF
			return eof
		}
		end := s.inp
		for end < len(s.src) && s.src[end] != '\n' {
			end++
		}
		if end < len(s.src) {
			end++
		}
		s.lineStart = s.cur
		if s.start < 0 {
			// a new logical line: CPython keeps the buffer of a token that goes on
			s.buf = s.cur
		}
		s.lineno++
		s.inp = end
	}
}

func (s *scanner) backup(c int) {
	if c != eof {
		s.cur--
	}
}

// errorRange raises a SyntaxError of the tokenizer (_syntaxerror_range): the offsets are
// those given, or the characters up to the cursor.
func (s *scanner) errorRange(col, endCol int, format string, args ...any) tokKind {
	lineEnd := s.lineStart
	for lineEnd < len(s.src) && s.src[lineEnd] != '\n' {
		lineEnd++
	}
	if col == -1 {
		col = countChars(string(s.src[s.lineStart:s.cur]))
	}
	if endCol == -1 {
		endCol = col
	}
	s.err = &Error{
		Msg: fmt.Sprintf(format, args...), Filename: s.filename,
		Lineno: s.lineno, Offset: col, EndLineno: s.lineno, EndOffset: endCol,
		Text: replaceInvalidUTF8(string(s.src[s.lineStart:lineEnd])),
	}
	s.state = sError
	return tERRORTOKEN
}

func (s *scanner) errorf(format string, args ...any) tokKind {
	return s.errorRange(-1, -1, format, args...)
}

func isIdentStart(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128
}

func isIdentChar(c int) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

func isDigit(c int) bool { return c >= '0' && c <= '9' }

func isXDigit(c int) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// next reads the next token into t.
func (s *scanner) next(t *token) {
	kind := s.get()
	t.kind = kind
	t.level = int32(s.level)
	t.memo = nil
	t.line, t.endLine = s.lineno+s.startLine, s.lineno+s.startLine
	if s.start < 0 || s.tokEnd < 0 || kind == tINDENT || kind == tDEDENT || kind == tENDMARKER || kind == tERRORTOKEN {
		t.start, t.end = -1, -1
		t.col, t.endCol = -1, -1
	} else {
		t.start, t.end = s.start, s.tokEnd
		lineStart := s.lineStart
		if kind == tSTRING {
			lineStart, t.line = s.multiLineStart, s.firstLineno+s.startLine
		}
		t.col = t.start - lineStart
		t.endCol = t.end - s.lineStart
	}
	if s.lineno == 1 {
		t.col += s.startCol
		t.endCol += s.startCol
	}
}

// get is tok_get: it returns the kind of the next token, its text being
// s.src[s.start:s.tokEnd].
func (s *scanner) get() tokKind {
	s.tokEnd = -1
nextline:
	s.start = -1
	blankline := false
	if s.atbol {
		if k, ok := s.indentation(&blankline); !ok {
			return k
		}
	}
	s.start = s.cur
	if s.pendin != 0 {
		if s.pendin < 0 {
			s.pendin++
			return tDEDENT
		}
		s.pendin--
		return tINDENT
	}
again:
	s.start = -1
	c := s.nextc()
	for c == ' ' || c == '\t' || c == '\f' {
		c = s.nextc()
	}
	s.start = s.cur - 1
	if c == '#' {
		for c != eof && c != '\n' {
			c = s.nextc()
		}
	}
	if c == eof {
		if s.level > 0 {
			return tERRORTOKEN
		}
		if s.state == sEOF {
			return tENDMARKER
		}
		return tERRORTOKEN
	}
	if isIdentStart(c) {
		return s.identifier(c)
	}
	if c == '\n' {
		s.atbol = true
		if blankline || s.level > 0 {
			goto nextline
		}
		s.tokEnd = s.cur - 1
		return tNEWLINE
	}
	if c == '.' {
		c = s.nextc()
		if isDigit(c) {
			return s.number(c, numFraction)
		} else if c == '.' {
			c = s.nextc()
			if c == '.' {
				s.tokEnd = s.cur
				return tELLIPSIS
			}
			s.backup(c)
			s.backup('.')
		} else {
			s.backup(c)
		}
		s.tokEnd = s.cur
		return tDOT
	}
	if isDigit(c) {
		return s.number(c, numStart)
	}
	if c == '\'' || c == '"' {
		return s.str(c)
	}
	if c == '\\' {
		if !s.continuation() {
			return tERRORTOKEN
		}
		goto again
	}
	c2 := s.nextc()
	if k := twoChars(c, c2); k != tOP {
		c3 := s.nextc()
		if k3 := threeChars(c, c2, c3); k3 != tOP {
			k = k3
		} else {
			s.backup(c3)
		}
		s.tokEnd = s.cur
		return k
	}
	s.backup(c2)
	switch c {
	case '(', '[', '{':
		if s.level >= maxLevel {
			return s.errorf("too many nested parentheses")
		}
		s.parenstack = append(s.parenstack[:s.level], byte(c))
		s.parenline = append(s.parenline[:s.level], s.lineno)
		s.parencol = append(s.parencol[:s.level], s.start-s.lineStart)
		s.level++
	case ')', ']', '}':
		if s.level == 0 {
			return s.errorf("unmatched '%c'", c)
		}
		s.level--
		opening := int(s.parenstack[s.level])
		if !(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}') {
			if s.parenline[s.level] != s.lineno {
				return s.errorf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
					c, opening, s.parenline[s.level])
			}
			return s.errorf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening)
		}
	}
	if c < ' ' || c == 0x7f {
		return s.errorf("invalid non-printable character U+%04X", c)
	}
	s.tokEnd = s.cur
	return oneChar(c)
}

// indentation reads the indentation at the beginning of a line and queues INDENT or
// DEDENT tokens; ok is false when it ends in an error token.
func (s *scanner) indentation(blankline *bool) (tokKind, bool) {
	col, altcol, contCol := 0, 0, 0
	s.atbol = false
	var c int
	for {
		c = s.nextc()
		if c == ' ' {
			col++
			altcol++
		} else if c == '\t' {
			col = (col/tabSize + 1) * tabSize
			altcol = altcol + 1
		} else if c == '\f' {
			col, altcol = 0, 0
		} else if c == '\\' {
			if contCol == 0 {
				contCol = col
			}
			if !s.continuation() {
				return tERRORTOKEN, false
			}
		} else {
			break
		}
	}
	s.backup(c)
	if c == '#' || c == '\n' {
		*blankline = true
	}
	if *blankline || s.level != 0 {
		return 0, true
	}
	if contCol != 0 {
		col, altcol = contCol, contCol
	}
	top := len(s.indstack) - 1
	switch {
	case col == s.indstack[top]:
		if altcol != s.altindstack[top] {
			return s.indentError(), false
		}
	case col > s.indstack[top]:
		if top+1 >= maxIndent {
			s.state = sTooDeep
			s.cur = s.inp
			return tERRORTOKEN, false
		}
		if altcol <= s.altindstack[top] {
			return s.indentError(), false
		}
		s.pendin++
		s.indstack = append(s.indstack, col)
		s.altindstack = append(s.altindstack, altcol)
	default:
		for top > 0 && col < s.indstack[top] {
			s.pendin--
			top--
		}
		s.indstack = s.indstack[:top+1]
		s.altindstack = s.altindstack[:top+1]
		if col != s.indstack[top] {
			s.state = sDedent
			s.cur = s.inp
			return tERRORTOKEN, false
		}
		if altcol != s.altindstack[top] {
			return s.indentError(), false
		}
	}
	return 0, true
}

func (s *scanner) indentError() tokKind {
	s.state = sTabSpace
	s.cur = s.inp
	return tERRORTOKEN
}

// continuation handles a backslash: it must end the line, and the input must go on.
func (s *scanner) continuation() bool {
	c := s.nextc()
	if c != '\n' {
		s.state = sLineCont
		return false
	}
	c = s.nextc()
	if c == eof {
		s.state = sEOF
		s.cur = s.inp
		return false
	}
	s.backup(c)
	return true
}

// identifier reads a name, or the prefix of a string literal.
func (s *scanner) identifier(c int) tokKind {
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto name
		}
		c = s.nextc()
		if c == '"' || c == '\'' {
			return s.str(c)
		}
	}
name:
	nonASCII := false
	for isIdentChar(c) {
		if c >= 128 {
			nonASCII = true
		}
		c = s.nextc()
	}
	s.backup(c)
	if nonASCII && !s.verifyIdentifier() {
		return tERRORTOKEN
	}
	s.tokEnd = s.cur
	return tNAME
}

// verifyIdentifier checks the characters of a non-ASCII name.
func (s *scanner) verifyIdentifier() bool {
	text := s.src[s.start:s.cur]
	if msg := utf8ErrorMessage(text); msg != "" {
		s.decodeMsg = msg
		s.state = sDecode
		return false
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && n <= 1 {
			s.cur = s.start + i + 1
			s.errorf("invalid character '\\x%02x'", text[i]) // not reached for valid UTF-8
			return false
		}
		ok := isXIDContinue(r)
		if i == 0 {
			ok = r == '_' || isXIDStart(r)
		}
		if !ok {
			s.cur = s.start + i + n
			if ucd.IsPrintable(r) {
				s.errorf("invalid character '%c' (U+%04X)", r, r)
			} else {
				s.errorf("invalid non-printable character U+%04X", r)
			}
			return false
		}
		i += n
	}
	return true
}

// isXIDStart and isXIDContinue are the identifier properties of CPython 3.11's Unicode
// database (14.0.0, internal/ucd), which _PyUnicode_ScanIdentifier reads.
func isXIDStart(r rune) bool { return ucd.IsXIDStart(r) }

func isXIDContinue(r rune) bool { return ucd.IsXIDContinue(r) }

// str reads a string literal whose first quote is c (its prefix, if any, is read).
func (s *scanner) str(quote int) tokKind {
	quoteSize, endQuoteSize := 1, 0
	s.firstLineno = s.lineno
	s.multiLineStart = s.lineStart
	c := s.nextc()
	if c == quote {
		c = s.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1
		}
	}
	if c != quote {
		s.backup(c)
	}
	for endQuoteSize != quoteSize {
		c = s.nextc()
		if c == eof || quoteSize == 1 && c == '\n' {
			s.cur = s.start + 1
			s.lineStart = s.multiLineStart
			detected := s.lineno
			s.lineno = s.firstLineno
			if quoteSize == 3 {
				s.errorf("unterminated triple-quoted string literal (detected at line %d)", detected)
			} else {
				s.errorf("unterminated string literal (detected at line %d)", detected)
			}
			return tERRORTOKEN
		}
		if c == quote {
			endQuoteSize++
		} else {
			endQuoteSize = 0
			if c == '\\' {
				s.nextc()
			}
		}
	}
	s.tokEnd = s.cur
	return tSTRING
}
