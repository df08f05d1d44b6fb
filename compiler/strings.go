package compiler

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// strToken is one string literal of the source.
type strToken struct {
	start, end         int // offsets of the whole token, prefix included
	bodyStart, bodyEnd int // offsets of the text between the quotes
	line, col          int // position of start
	endLine            int // line of end
	raw, bytes, f      bool
}

// readString reads the string literal at s.pos (prefix included) without copying it.
func (s *scanner) readString() (strToken, error) {
	t := strToken{start: s.pos, line: s.line, col: s.col()}
	i := s.pos
	for i < len(s.src) && s.src[i] != '\'' && s.src[i] != '"' {
		switch s.src[i] {
		case 'r', 'R':
			t.raw = true
		case 'b', 'B':
			t.bytes = true
		case 'f', 'F':
			t.f = true
		}
		i++
	}
	q := s.src[i]
	quote := string(q)
	if strings.HasPrefix(s.src[i:], strings.Repeat(quote, 3)) {
		quote = strings.Repeat(quote, 3)
	}
	i += len(quote)
	t.bodyStart = i
	line := s.line
	for {
		if i >= len(s.src) {
			if line > t.line && strings.HasSuffix(s.src, "\n") {
				line-- // CPython counts the last line, not the empty one after it
			}
			if len(quote) == 3 {
				return t, fail(py.SyntaxError, t.line, t.col, "unterminated triple-quoted string literal (detected at line "+itoa(line)+")")
			}
			return t, fail(py.SyntaxError, t.line, t.col, "unterminated string literal (detected at line "+itoa(line)+")")
		}
		c := s.src[i]
		switch {
		case c == '\\':
			if i+1 < len(s.src) && s.src[i+1] == '\n' {
				line++
			}
			i += 2
			continue
		case c == '\n':
			if len(quote) == 1 {
				return t, fail(py.SyntaxError, t.line, t.col, "unterminated string literal (detected at line "+itoa(line)+")")
			}
			line++
		case c == q && strings.HasPrefix(s.src[i:], quote):
			t.bodyEnd = i
			t.end = i + len(quote)
			t.endLine = line
			return t, nil
		}
		i++
	}
}

// advance moves s.pos to offset end, counting lines.
func (s *scanner) advance(end int) {
	for s.pos < end {
		if s.src[s.pos] == '\n' {
			s.line++
			s.lineStart = s.pos + 1
		}
		s.pos++
	}
}

// strings handles a run of adjacent string literals: copied as they are, or rewritten
// into a marker call when one of them is an f-string.
func (s *scanner) strings() error {
	var run []strToken
	save := [3]int{s.pos, s.line, s.lineStart}
	for {
		t, err := s.readString()
		if err != nil {
			return err
		}
		run = append(run, t)
		s.advance(t.end)
		// Look past blanks, and past newlines and comments inside brackets, for another
		// literal.
		next := s.pos
		line, lineStart := s.line, s.lineStart
		for next < len(s.src) {
			c := s.src[next]
			if c == ' ' || c == '\t' || c == '\f' || c == '\r' {
				next++
			} else if c == '\\' && next+1 < len(s.src) && s.src[next+1] == '\n' {
				next += 2
				line++
				lineStart = next
			} else if c == '\n' && len(s.brackets) > 0 {
				next++
				line++
				lineStart = next
			} else if c == '#' && len(s.brackets) > 0 {
				for next < len(s.src) && s.src[next] != '\n' {
					next++
				}
			} else {
				break
			}
		}
		j := next
		for j < len(s.src) && isIdentChar(s.src[j]) && j-next < 2 {
			j++
		}
		if j >= len(s.src) || (s.src[j] != '\'' && s.src[j] != '"') || (j > next && !isStringPrefix(s.src[next:j])) {
			break
		}
		s.pos, s.line, s.lineStart = next, line, lineStart
	}
	end := [3]int{s.pos, s.line, s.lineStart}
	s.pos, s.line, s.lineStart = save[0], save[1], save[2]
	last := run[len(run)-1]
	hasF, hasBytes, hasStr := false, false, false
	for _, t := range run {
		hasF = hasF || t.f
		if t.bytes {
			hasBytes = true
		} else {
			hasStr = true
		}
	}
	if hasBytes && hasStr {
		return fail(py.SyntaxError, end[1], end[0]-end[2], "cannot mix bytes and nonbytes literals")
	}
	s.lineBegun = true
	s.endsInColon = false
	if !hasF {
		s.copyTo(last.end)
		s.pos, s.line, s.lineStart = end[0], end[1], end[2]
		return nil
	}
	if err := s.fstringRun(run); err != nil {
		return err
	}
	s.pos, s.line, s.lineStart = end[0], end[1], end[2]
	return nil
}

// copyTo copies the source from s.pos to offset end, line by line.
func (s *scanner) copyTo(end int) {
	for s.pos < end {
		nl := strings.IndexByte(s.src[s.pos:end], '\n')
		if nl < 0 {
			s.out.copySrc(s.src[s.pos:end], s.col())
			s.pos = end
			return
		}
		s.out.copySrc(s.src[s.pos:s.pos+nl+1], s.col())
		s.pos += nl + 1
		s.line++
		s.lineStart = s.pos
	}
}

// number copies a numeric literal without its underscores, checking it as CPython does.
func (s *scanner) number() error {
	i := s.pos
	kind := "decimal"
	digits := isDigit
	if s.src[i] == '0' && i+1 < len(s.src) {
		switch s.src[i+1] {
		case 'x', 'X':
			kind, digits = "hexadecimal", func(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
		case 'o', 'O':
			kind, digits = "octal", isDigit
		case 'b', 'B':
			kind, digits = "binary", isDigit
		}
	}
	if kind != "decimal" {
		i += 2
		start := i
		for i < len(s.src) && (digits(s.src[i]) || s.src[i] == '_') {
			if s.src[i] == '_' && (i+1 >= len(s.src) || !digits(s.src[i+1])) {
				return fail(py.SyntaxError, s.line, i-s.lineStart, "invalid "+kind+" literal")
			}
			if s.src[i] != '_' && (kind == "octal" && s.src[i] > '7' || kind == "binary" && s.src[i] > '1') {
				return fail(py.SyntaxError, s.line, i-s.lineStart, "invalid digit '"+string(s.src[i])+"' in "+kind+" literal")
			}
			i++
		}
		if i == start || (i < len(s.src) && isIdentChar(s.src[i])) {
			return fail(py.SyntaxError, s.line, i-1-s.lineStart, "invalid "+kind+" literal")
		}
		return s.emitNumber(i)
	}
	// Decimal integer, float or imaginary.
	scanDigits := func() error {
		for i < len(s.src) && (isDigit(s.src[i]) || s.src[i] == '_') {
			if s.src[i] == '_' && (i+1 >= len(s.src) || !isDigit(s.src[i+1])) {
				return fail(py.SyntaxError, s.line, i-s.lineStart, "invalid decimal literal")
			}
			i++
		}
		return nil
	}
	if err := scanDigits(); err != nil {
		return err
	}
	if i < len(s.src) && s.src[i] == '.' {
		i++
		if err := scanDigits(); err != nil {
			return err
		}
	}
	if i < len(s.src) && (s.src[i] == 'e' || s.src[i] == 'E') {
		j := i + 1
		if j < len(s.src) && (s.src[j] == '+' || s.src[j] == '-') {
			j++
		}
		if j >= len(s.src) || !isDigit(s.src[j]) {
			return fail(py.SyntaxError, s.line, s.col(), "invalid decimal literal")
		}
		i = j
		if err := scanDigits(); err != nil {
			return err
		}
	}
	imaginary := false
	if i < len(s.src) && (s.src[i] == 'j' || s.src[i] == 'J') {
		i++
		imaginary = true
	}
	if i < len(s.src) && isIdentChar(s.src[i]) && !followedByKeyword(s.src[i:]) {
		if imaginary {
			return fail(py.SyntaxError, s.line, i-1-s.lineStart, "invalid imaginary literal")
		}
		return fail(py.SyntaxError, s.line, s.col(), "invalid decimal literal")
	}
	return s.emitNumber(i)
}

// followedByKeyword reports whether rest starts with a keyword that may follow a number
// without a space (1if x else 2).
func followedByKeyword(rest string) bool {
	for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(rest, kw) && (len(rest) == len(kw) || !isIdentChar(rest[len(kw)])) {
			return true
		}
	}
	return false
}

// emitNumber writes the number ending at offset end without underscores, padded with
// spaces to its length so later columns keep their place.
func (s *scanner) emitNumber(end int) error {
	text := s.src[s.pos:end]
	clean := strings.ReplaceAll(text, "_", "")
	s.out.copySrc(clean+strings.Repeat(" ", len(text)-len(clean)), s.col())
	s.pos = end
	s.lineBegun = true
	s.endsInColon = false
	return nil
}
