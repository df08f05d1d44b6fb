package compiler

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
)

// fpart is a piece of an f-string: literal text, or a replacement field.
type fpart struct {
	lit   string // decoded literal text
	start int    // source offset where the piece starts
	field *ffield
}

// ffield is a replacement field {expr[=][!conv][:spec]}.
type ffield struct {
	exprStart, exprEnd int // source offsets of the expression
	conv               byte
	hasSpec            bool
	spec               []fpart
}

// lineOf returns the line containing source offset off and the offset where it starts.
func (s *scanner) lineOf(off int) (line, start int) {
	if s.lineStarts == nil {
		s.lineStarts = []int{0}
		for i := 0; i < len(s.src); i++ {
			if s.src[i] == '\n' {
				s.lineStarts = append(s.lineStarts, i+1)
			}
		}
	}
	i := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > off }) - 1
	return i + 1, s.lineStarts[i]
}

// seek moves the scanner to source offset off.
func (s *scanner) seek(off int) {
	s.pos = off
	s.line, s.lineStart = s.lineOf(off)
}

// colOf is the column of source offset off.
func (s *scanner) colOf(off int) int {
	_, start := s.lineOf(off)
	return off - start
}

// fstringRun writes the marker call for a run of adjacent literals with an f-string:
// __f__(part, ...), keeping each part on the line it comes from.
func (s *scanner) fstringRun(run []strToken) error {
	e := &s.out
	first, last := run[0], run[len(run)-1]
	e.marker(markerJoin, first.col)
	e.gen("(", first.col)
	n := 0
	for _, t := range run {
		if !t.f {
			if n > 0 {
				e.gen(", ", s.colOf(t.start))
			}
			n++
			e.toLine(t.line)
			s.seek(t.start)
			s.copyTo(t.end)
			continue
		}
		parts, _, err := s.parseFString(t, t.bodyStart, t.bodyEnd, 0)
		if err != nil {
			return err
		}
		for _, p := range parts {
			if n > 0 {
				e.gen(", ", s.colOf(p.start))
			}
			n++
			if err := s.emitPart(t, p); err != nil {
				return err
			}
		}
	}
	if n == 0 {
		e.gen("''", first.col)
	}
	e.toLine(last.endLine)
	e.gen(")", s.colOf(last.end-1))
	return nil
}

// emitPart writes one part of an f-string.
func (s *scanner) emitPart(t strToken, p fpart) error {
	e := &s.out
	line, _ := s.lineOf(p.start)
	e.toLine(line)
	col := s.colOf(p.start)
	if p.field == nil {
		e.gen(pyQuote(p.lit), col)
		return nil
	}
	f := p.field
	e.marker(markerValue, col)
	e.gen("((", col)
	if err := s.copyExpr(f.exprStart, f.exprEnd); err != nil {
		return err
	}
	conv := ""
	if f.conv != 0 {
		conv = string(f.conv)
	}
	e.gen("), '"+conv+"'", s.colOf(f.exprEnd))
	if f.hasSpec {
		e.gen(", ", s.colOf(f.exprEnd))
		if err := s.emitSpec(t, f.spec, f.exprEnd); err != nil {
			return err
		}
	}
	e.gen(")", s.colOf(f.exprEnd))
	return nil
}

// emitSpec writes a format spec: a literal, or a marker call when it has fields.
func (s *scanner) emitSpec(t strToken, spec []fpart, at int) error {
	e := &s.out
	literal := ""
	fields := false
	for _, p := range spec {
		if p.field != nil {
			fields = true
		}
		literal += p.lit
	}
	if !fields {
		e.gen(pyQuote(literal), s.colOf(at))
		return nil
	}
	e.marker(markerJoin, s.colOf(at))
	e.gen("(", s.colOf(at))
	for i, p := range spec {
		if i > 0 {
			e.gen(", ", s.colOf(p.start))
		}
		if err := s.emitPart(t, p); err != nil {
			return err
		}
	}
	e.gen(")", s.colOf(at))
	return nil
}

// copyExpr copies the expression of a field, rewriting the literals in it (f-strings
// nest) and the numbers.
func (s *scanner) copyExpr(start, end int) error {
	s.seek(start)
	// The field is inside brackets as far as newlines are concerned.
	s.brackets = append(s.brackets, bracket{ch: '(', line: s.line})
	defer func() { s.brackets = s.brackets[:len(s.brackets)-1] }()
	for s.pos < end {
		c := s.src[s.pos]
		var err error
		switch {
		case c == '\n':
			s.out.copySrc("\n", s.col())
			s.pos++
			s.line++
			s.lineStart = s.pos
		case c == '\'' || c == '"':
			err = s.strings()
		case isDigit(c) || (c == '.' && s.pos+1 < end && isDigit(s.src[s.pos+1])):
			err = s.number()
		case isIdentStart(c):
			err = s.word()
		default:
			s.out.copySrc(s.src[s.pos:s.pos+1], s.col())
			s.pos++
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// ferror is an error of f-string t, reported where CPython reports it: after the literal.
func (s *scanner) ferror(t strToken, msg string) error {
	_, start := s.lineOf(t.end)
	return fail(py.SyntaxError, t.endLine, t.end-start, msg)
}

// parseFString splits the text of t between offsets start and end into parts. At level
// 0 it is the whole f-string; above, a format spec, which ends at a '}' it leaves
// unconsumed (next is its offset).
func (s *scanner) parseFString(t strToken, start, end, level int) (parts []fpart, next int, err error) {
	var lit strings.Builder
	litStart := start
	flush := func(at int) error {
		if lit.Len() == 0 {
			return nil
		}
		text, err := decodeLiteral(lit.String(), t.raw)
		if err != nil {
			return s.ferror(t, err.Error())
		}
		parts = append(parts, fpart{lit: text, start: litStart})
		lit.Reset()
		return nil
	}
	i := start
	for i < end {
		c := s.src[i]
		switch {
		case c == '{' && level == 0 && i+1 < end && s.src[i+1] == '{':
			if lit.Len() == 0 {
				litStart = i
			}
			lit.WriteString("{{") // undoubled by decodeLiteral
			i += 2
		case c == '}' && level == 0 && i+1 < end && s.src[i+1] == '}':
			if lit.Len() == 0 {
				litStart = i
			}
			lit.WriteString("}}")
			i += 2
		case c == '{':
			if err := flush(i); err != nil {
				return nil, 0, err
			}
			if level >= 2 {
				return nil, 0, s.ferror(t, "f-string: expressions nested too deeply")
			}
			var f []fpart
			f, i, err = s.parseField(t, i+1, end, level)
			if err != nil {
				return nil, 0, err
			}
			parts = append(parts, f...)
			litStart = i
		case c == '}':
			if level > 0 {
				if err := flush(i); err != nil {
					return nil, 0, err
				}
				return parts, i, nil
			}
			return nil, 0, s.ferror(t, "f-string: single '}' is not allowed")
		case c == '\\' && !t.raw && i+2 < end && s.src[i+1] == 'N' && s.src[i+2] == '{':
			if lit.Len() == 0 {
				litStart = i
			}
			j := strings.IndexByte(s.src[i:end], '}')
			if j < 0 {
				j = end - i - 1
			}
			lit.WriteString(s.src[i : i+j+1])
			i += j + 1
		case c == '\\' && !t.raw && i+1 < end && s.src[i+1] != '{' && s.src[i+1] != '}':
			if lit.Len() == 0 {
				litStart = i
			}
			lit.WriteString(s.src[i : i+2])
			i += 2
		default:
			if lit.Len() == 0 {
				litStart = i
			}
			lit.WriteByte(c)
			i++
		}
	}
	if err := flush(i); err != nil {
		return nil, 0, err
	}
	return parts, i, nil
}

// parseField parses a replacement field whose expression starts at offset start. It
// returns the parts it makes (the "expr=" text of a self-documenting field, then the
// field) and the offset after its closing brace.
func (s *scanner) parseField(t strToken, start, end, level int) ([]fpart, int, error) {
	var stack []byte
	var quote string
	i := start
scan:
	for ; i < end; i++ {
		c := s.src[i]
		if quote != "" {
			if c == '\\' {
				return nil, 0, s.ferror(t, "f-string expression part cannot include a backslash")
			}
			if strings.HasPrefix(s.src[i:end], quote) {
				i += len(quote) - 1
				quote = ""
			}
			continue
		}
		switch c {
		case '\\':
			return nil, 0, s.ferror(t, "f-string expression part cannot include a backslash")
		case '\'', '"':
			quote = string(c)
			if strings.HasPrefix(s.src[i:end], strings.Repeat(quote, 3)) {
				quote = strings.Repeat(quote, 3)
				i += 2
			}
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 {
				if c == '}' {
					break scan
				}
				return nil, 0, s.ferror(t, "f-string: unmatched '"+string(c)+"'")
			}
			open := stack[len(stack)-1]
			if open != map[byte]byte{')': '(', ']': '[', '}': '{'}[c] {
				return nil, 0, s.ferror(t, "f-string: closing parenthesis '"+string(c)+"' does not match opening parenthesis '"+string(open)+"'")
			}
			stack = stack[:len(stack)-1]
		case '#':
			return nil, 0, s.ferror(t, "f-string expression part cannot include '#'")
		case '!', ':', '=', '<', '>':
			if len(stack) > 0 {
				continue
			}
			if i+1 < end && s.src[i+1] == '=' && c != ':' {
				i++ // !=, ==, <=, >=
				continue
			}
			if c == '<' || c == '>' {
				continue
			}
			break scan
		}
	}
	if quote != "" {
		return nil, 0, s.ferror(t, "f-string: unterminated string")
	}
	if i >= end {
		return nil, 0, s.ferror(t, "f-string: expecting '}'")
	}
	if len(stack) > 0 {
		return nil, 0, s.ferror(t, "f-string: unmatched '"+string(stack[len(stack)-1])+"'")
	}
	if strings.TrimSpace(s.src[start:i]) == "" {
		return nil, 0, s.ferror(t, "f-string: empty expression not allowed")
	}
	f := &ffield{exprStart: start, exprEnd: i}
	var parts []fpart
	if s.src[i] == '=' {
		i++
		for i < end && strings.ContainsRune(" \t\n\r\f\v", rune(s.src[i])) {
			i++
		}
		parts = append(parts, fpart{lit: s.src[start:i], start: start})
	}
	if i < end && s.src[i] == '!' {
		i++
		if i >= end {
			return nil, 0, s.ferror(t, "f-string: expecting '}'")
		}
		f.conv = s.src[i]
		if f.conv != 's' && f.conv != 'r' && f.conv != 'a' {
			return nil, 0, s.ferror(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		i++
	}
	if i < end && s.src[i] == ':' {
		spec, j, err := s.parseFString(t, i+1, end, level+1)
		if err != nil {
			return nil, 0, err
		}
		f.hasSpec, f.spec, i = true, spec, j
	}
	if i >= end || s.src[i] != '}' {
		return nil, 0, s.ferror(t, "f-string: expecting '}'")
	}
	if len(parts) > 0 && f.conv == 0 && !f.hasSpec {
		f.conv = 'r'
	}
	return append(parts, fpart{start: start, field: f}), i + 1, nil
}

// decodeLiteral turns the source text of an f-string's literal piece into its value:
// doubled braces undoubled, escapes decoded unless raw.
func decodeLiteral(text string, raw bool) (string, error) {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{"), "}}", "}")
	if raw || !strings.Contains(text, "\\") {
		return text, nil
	}
	trailing := ""
	if n := len(text) - len(strings.TrimRight(text, "\\")); n%2 == 1 {
		text, trailing = text[:len(text)-1], "\\" // a backslash before a field stays
	}
	out, err := parser.DecodeEscape(bytes.NewBufferString(text), false)
	if err != nil {
		return "", fmt.Errorf("(unicode error) 'unicodeescape' codec can't decode bytes: %v", err)
	}
	return out.String() + trailing, nil
}

// pyQuote writes s as a Python str literal on one line.
func pyQuote(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		i += size
	}
	b.WriteByte('\'')
	return b.String()
}
