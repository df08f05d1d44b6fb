package compiler

import (
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// checkTokens finds the first token of UTF-8 source that CPython's tokenizer and parser
// would fail to decode (see source.go); valid UTF-8 is returned as it is at once.
// declared says the source declares utf-8, which changes how CPython counts columns.
func checkTokens(src []byte, filename string, declared bool) (string, error) {
	if utf8.Valid(src) {
		return string(src), nil
	}
	s := &tokenScan{src: src, line: 1, filename: filename, declared: declared}
	if err := s.scan(); err != nil {
		return "", err
	}
	return string(src), nil
}

// tokenScan walks source bytes token by token, as far as finding names and string
// literals needs: comments, operators and numbers are skipped.
type tokenScan struct {
	src            []byte
	filename       string
	i, line, start int // position, its line (1-based) and the offset where that line starts
	depth          int // open brackets: newlines inside them are not tokens
	declared       bool
}

func (s *tokenScan) scan() error {
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case c == '\n':
			s.newline()
		case c == '#':
			s.skipComment()
		case c == '\\' && s.at(s.i+1) == '\n':
			s.i++
			s.newline()
		case c == '(' || c == '[' || c == '{':
			s.depth++
			s.i++
		case c == ')' || c == ']' || c == '}':
			if s.depth > 0 {
				s.depth--
			}
			s.i++
		case s.stringAhead() >= 0:
			if err := s.stringRun(); err != nil {
				return err
			}
		case isNameByte(c) && !(c >= '0' && c <= '9'):
			if err := s.name(); err != nil {
				return err
			}
		case c >= '0' && c <= '9':
			for s.i < len(s.src) && (isWordByte(s.src[s.i]) || s.src[s.i] == '.') {
				s.i++
			}
		default:
			s.i++
		}
	}
	return nil
}

func (s *tokenScan) at(i int) byte {
	if i < len(s.src) {
		return s.src[i]
	}
	return 0
}

func (s *tokenScan) newline() {
	s.i++
	s.line++
	s.start = s.i
}

func (s *tokenScan) skipComment() {
	for s.i < len(s.src) && s.src[s.i] != '\n' {
		s.i++
	}
}

// isNameByte reports whether c can be part of a name (the tokenizer takes every byte of a
// non-ASCII character as one).
func isNameByte(c byte) bool { return isWordByte(c) || c >= 0x80 }

// stringAhead returns the length of the string prefix (0-2 letters) when a string literal
// starts at the current position, else -1.
func (s *tokenScan) stringAhead() int {
	for n := 0; n <= 2; n++ {
		c := s.at(s.i + n)
		if c == '"' || c == '\'' {
			return n
		}
		if !strings.ContainsRune("rRbBuUfF", rune(c)) || c == 0 {
			return -1
		}
	}
	return -1
}

// name checks the bytes of a name: CPython reports a bad one at its end.
func (s *tokenScan) name() error {
	begin := s.i
	for s.i < len(s.src) && isNameByte(s.src[s.i]) {
		s.i++
	}
	if msg, bad := unicodeError(s.src[begin:s.i]); bad {
		return newSyntaxError(msg, s.filename, s.line, s.offset(s.i-s.start-1), s.lineText(), s.line, -1)
	}
	return nil
}

// stringRun checks a run of adjacent string literals. A bytes literal with a non-ASCII
// byte is reported over itself; undecodable text at the token after the run, where
// CPython's parser joins the run and decodes it.
func (s *tokenScan) stringRun() error {
	msg := ""
	textFrom, lastEnd := s.start, 0 // a literal over several lines shows them all
	for {
		n := s.stringAhead()
		if n < 0 {
			break
		}
		line, col, lineStart := s.line, s.i-s.start, s.start
		prefix := strings.ToLower(string(s.src[s.i : s.i+n]))
		s.i += n
		body := s.literal()
		if strings.ContainsRune(prefix, 'b') {
			for _, b := range body {
				if b >= 0x80 {
					return newSyntaxError("bytes can only contain ASCII literal characters", s.filename,
						line, s.offset(col), s.textSince(lineStart), s.line, s.offset(s.i-s.start))
				}
			}
		} else if m, bad := literalError(prefix, body); bad && msg == "" {
			msg = m
		}
		textFrom, lastEnd = lineStart, s.line
		s.skipBlanks()
	}
	if msg == "" {
		return nil
	}
	offset, end := s.nextToken()
	if s.line != lastEnd {
		textFrom = s.start
	}
	if textFrom == s.start {
		offset, end = s.offset(offset-1), s.offset(end-1)
	}
	return newSyntaxError(msg, s.filename, s.line, offset, s.textSince(textFrom), s.line, end)
}

// literalError is the "(unicode error)" of a str literal's body. CPython decodes the
// body of a raw literal, or one without escapes, whole; any other by runs of non-ASCII
// bytes between the escapes, so positions count from the start of the run.
func literalError(prefix string, body []byte) (string, bool) {
	if strings.ContainsRune(prefix, 'r') || !strings.ContainsRune(string(body), '\\') {
		return unicodeError(body)
	}
	for i := 0; i < len(body); {
		if body[i] < 0x80 {
			i++
			continue
		}
		j := i
		for j < len(body) && body[j] >= 0x80 {
			j++
		}
		if m, bad := unicodeError(body[i:j]); bad {
			return m, true
		}
		i = j
	}
	return "", false
}

// literal consumes a string literal from its opening quote and returns its body.
func (s *tokenScan) literal() []byte {
	q := s.src[s.i]
	triple := s.at(s.i+1) == q && s.at(s.i+2) == q
	if triple {
		s.i += 3
	} else {
		s.i++
	}
	begin := s.i
	for s.i < len(s.src) {
		c := s.src[s.i]
		switch {
		case c == '\\' && s.i+1 < len(s.src):
			if s.src[s.i+1] == '\n' {
				s.i++
				s.newline()
				continue
			}
			s.i += 2
			continue
		case c == '\n' && !triple:
			return s.src[begin:s.i] // unterminated: the parser reports it
		case c == '\n':
			s.newline()
			continue
		case c == q && (!triple || s.at(s.i+1) == q && s.at(s.i+2) == q):
			body := s.src[begin:s.i]
			if triple {
				s.i += 3
			} else {
				s.i++
			}
			return body
		}
		s.i++
	}
	return s.src[begin:]
}

// skipBlanks skips what separates tokens: blanks, comments, continuation lines, and
// newlines inside brackets.
func (s *tokenScan) skipBlanks() {
	for s.i < len(s.src) {
		switch c := s.src[s.i]; {
		case c == ' ' || c == '\t' || c == '\f' || c == '\r':
			s.i++
		case c == '#':
			s.skipComment()
		case c == '\\' && s.at(s.i+1) == '\n':
			s.i++
			s.newline()
		case c == '\n' && s.depth > 0:
			s.newline()
		default:
			return
		}
	}
}

// nextToken gives CPython's 1-based offset and end offset of the token at the current
// position (a NEWLINE has no width).
func (s *tokenScan) nextToken() (offset, end int) {
	col := s.i - s.start
	if s.i >= len(s.src) || s.src[s.i] == '\n' {
		return col + 1, col + 1
	}
	n := 1
	if isNameByte(s.src[s.i]) {
		for s.i+n < len(s.src) && isNameByte(s.src[s.i+n]) {
			n++
		}
	} else {
		for _, op := range []string{"**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=",
			"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="} {
			if strings.HasPrefix(string(s.src[s.i:min(len(s.src), s.i+3)]), op) {
				n = len(op)
				break
			}
		}
	}
	return col + 1, col + 1 + n
}

// offset is CPython's 1-based SyntaxError offset of byte column col of the current line:
// col+1, except where the source declares utf-8: CPython then counts the characters that
// the first col bytes of the line hold once its bad bytes are replaced by U+FFFD (three
// bytes each).
func (s *tokenScan) offset(col int) int {
	if !s.declared {
		return col + 1
	}
	text := string(s.lineText().(py.String))
	if col > len(text) {
		col = len(text)
	}
	n := 0
	for i := 0; i < col; {
		r, size := utf8.DecodeRuneInString(text[i:col])
		if r != utf8.RuneError || size > 1 {
			n++
		}
		i += size
	}
	return n + 1
}

// lineText is the current line as SyntaxError.text.
func (s *tokenScan) lineText() py.Object { return s.textSince(s.start) }

// textSince is the source from offset from to the end of the current line, its bad bytes
// replaced as Python's "replace" error handler does, ending with a newline.
func (s *tokenScan) textSince(from int) py.Object {
	text := s.src[from:]
	if i := strings.IndexByte(string(s.src[s.i:]), '\n'); i >= 0 {
		text = s.src[from : s.i+i]
	}
	var b strings.Builder
	for len(text) > 0 {
		i, j, _, bad := utf8Error(text)
		if !bad {
			b.Write(text)
			break
		}
		b.Write(text[:i])
		b.WriteRune(utf8.RuneError)
		text = text[j:]
	}
	b.WriteByte('\n')
	return py.String(b.String())
}
