package compiler

import (
	"sort"
	"strconv"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// The prepass reads the source as CPython 3.11's tokenizer does and rewrites what
// gpython's parser (Python 3.4) does not know, keeping every token on its line:
//
//   - f-strings, and runs of adjacent string literals containing one, become
//     __f__(part, ...) where a part is a str literal or __fv__((expr), 'conv'[, spec]);
//     the code generator recognizes these calls by the positions recorded here, so a user
//     function of the same name is not affected;
//   - numbers lose their underscores (1_000 becomes "1000 ", same length);
//   - the errors CPython's tokenizer reports (unterminated strings, unclosed or mismatched
//     brackets, bad numbers, indentation) get CPython's message and position.
//
// Columns shift where text is rewritten; anchors map them back for error positions.

// Marker names the prepass writes in place of f-strings.
const (
	markerJoin  = "__f__"
	markerValue = "__fv__"
)

// prepared is the source as given to gpython's parser.
type prepared struct {
	text    string
	lines   []string // original source lines, each with its newline
	markers map[[2]int]bool
	anchors map[int][]anchor // per line: where rewritten text starts, in output columns

	textLines []string    // text split in lines, made on demand
	starts    map[int]int // a line inside brackets -> the first line of its logical line
}

// anchor maps output column out (and what follows, up to the next anchor) to source
// column src; for generated text (fixed) every column maps to src.
type anchor struct {
	out, src int
	fixed    bool
}

// isMarker reports whether n is a marker name the prepass wrote.
func (p *prepared) isMarker(n *ast.Name) bool {
	return (n.Id == markerJoin || n.Id == markerValue) && p.markers[[2]int{n.Lineno, n.ColOffset}]
}

// charAt is the byte at a position of the text given to the parser, or 0.
func (p *prepared) charAt(line, col int) byte {
	if p.textLines == nil {
		p.textLines = strings.Split(p.text, "\n")
	}
	if line < 1 || line > len(p.textLines) || col < 0 || col >= len(p.textLines[line-1]) {
		return 0
	}
	return p.textLines[line-1][col]
}

// mapPos maps a position in the text given to the parser to the original source.
func (p *prepared) mapPos(line, col int) (int, int) {
	as := p.anchors[line]
	i := sort.Search(len(as), func(i int) bool { return as[i].out > col }) - 1
	if i < 0 {
		return line, col
	}
	if as[i].fixed {
		return line, as[i].src
	}
	return line, as[i].src + col - as[i].out
}

// emitter builds the output text, tracking its position.
type emitter struct {
	b       strings.Builder
	line    int // 1-based
	col     int // bytes since the start of the line
	anchors map[int][]anchor
	markers map[[2]int]bool
}

// copySrc writes source text that starts at source column srcCol of the current line.
func (e *emitter) copySrc(text string, srcCol int) {
	if e.col != srcCol || len(e.anchors[e.line]) > 0 {
		e.anchors[e.line] = append(e.anchors[e.line], anchor{out: e.col, src: srcCol})
	}
	e.raw(text)
}

// gen writes generated text (without newlines) standing for source column srcCol.
func (e *emitter) gen(text string, srcCol int) {
	e.anchors[e.line] = append(e.anchors[e.line], anchor{out: e.col, src: srcCol, fixed: true})
	e.raw(text)
}

// marker writes a marker name and records its position.
func (e *emitter) marker(name string, srcCol int) {
	e.markers[[2]int{e.line, e.col}] = true
	e.gen(name, srcCol)
}

// raw writes text, tracking lines.
func (e *emitter) raw(text string) {
	e.b.WriteString(text)
	if i := strings.LastIndexByte(text, '\n'); i >= 0 {
		e.line += strings.Count(text, "\n")
		e.col = len(text) - i - 1
	} else {
		e.col += len(text)
	}
}

// toLine writes newlines (inside brackets, where they are insignificant) until the
// output reaches line.
func (e *emitter) toLine(line int) {
	for e.line < line {
		e.raw("\n")
	}
}

// prepass rewrites src for gpython's parser.
func prepass(src, filename string, mode py.CompileMode) (*prepared, error) {
	s := &scanner{
		src:  src,
		mode: mode,
		out: emitter{
			line:    1,
			anchors: map[int][]anchor{},
			markers: map[[2]int]bool{},
		},
		indents: []int{0},
		alts:    []int{0},
		line:    1,
		starts:  map[int]int{},
	}
	p := &prepared{lines: strings.SplitAfter(src, "\n"), anchors: s.out.anchors, markers: s.out.markers, starts: s.starts}
	err := s.run()
	p.text = s.out.b.String()
	return p, err
}

// scanner walks the source token by token.
type scanner struct {
	src       string
	mode      py.CompileMode
	out       emitter
	pos       int // byte offset in src
	line      int // line of pos
	lineStart int // offset of the start of line

	lineStarts []int // offsets where lines start, computed on demand

	brackets []bracket // open brackets
	indents  []int     // indentation stack
	alts     []int     // the same widths counting a tab as one column (for TabError)

	// The logical line being read.
	lineBegun    bool   // a token has been seen on it
	firstWord    string // its first token, when a keyword
	headerLine   int    // line it started on
	endsInColon  bool   // its last token is ':'
	pendingColon struct {
		word string
		line int
		ok   bool
	}
	// missingColon: the last logical line began with a compound statement's keyword but
	// did not end with ':' (reported as CPython's "expected ':'" if an indent follows).
	missingColon struct {
		line, col int
		ok        bool
	}
	continued bool        // the physical line ended with a backslash
	starts    map[int]int // see prepared.starts
}

type bracket struct {
	ch        byte
	line, col int
}

func (s *scanner) col() int { return s.pos - s.lineStart }

// fail makes a SyntaxError at a source position.
func fail(kind *py.Type, line, col int, msg string) error {
	return &syntaxErrorValue{syntaxError: syntaxError{kind: kind, msg: msg, line: line, col: col, mapped: true}}
}

// syntaxErrorValue carries a syntaxError as an error until Compile converts it.
type syntaxErrorValue struct {
	syntaxError
	neverClosed bool // CPython reports a parser error found before the end instead
}

func (e *syntaxErrorValue) Error() string { return e.msg }

// run scans the whole source.
func (s *scanner) run() error {
	atLineStart := true
	for s.pos < len(s.src) {
		if atLineStart {
			atLineStart = false
			if len(s.brackets) == 0 && !s.continued {
				if err := s.indentation(); err != nil {
					return err
				}
				if s.pos >= len(s.src) {
					break
				}
				if s.mode != py.EvalMode {
					s.annotation()
				}
			}
			s.continued = false
			if s.pos >= len(s.src) {
				break // an annotation ran to the end
			}
		}
		c := s.src[s.pos]
		switch {
		case c == '\n':
			s.newline()
			atLineStart = true
		case c == '\r' && s.pos+1 < len(s.src) && s.src[s.pos+1] == '\n':
			s.out.copySrc("\r", s.col())
			s.pos++
		case c == '#':
			end := strings.IndexByte(s.src[s.pos:], '\n')
			if end < 0 {
				end = len(s.src) - s.pos
			}
			s.out.copySrc(s.src[s.pos:s.pos+end], s.col())
			s.pos += end
		case c == '\\' && s.pos+1 < len(s.src) && (s.src[s.pos+1] == '\n' || s.src[s.pos+1] == '\r'):
			s.out.copySrc("\\", s.col())
			s.pos++
			s.continued = true
		case c == ' ' || c == '\t' || c == '\f':
			s.out.copySrc(s.src[s.pos:s.pos+1], s.col())
			s.pos++
		case c == '\'' || c == '"':
			if err := s.strings(); err != nil {
				return err
			}
		case isDigit(c) || (c == '.' && s.pos+1 < len(s.src) && isDigit(s.src[s.pos+1])):
			if err := s.number(); err != nil {
				return err
			}
		case isIdentStart(c):
			if err := s.word(); err != nil {
				return err
			}
		case c == '(' || c == '[' || c == '{':
			s.brackets = append(s.brackets, bracket{c, s.line, s.col()})
			s.token(string(c))
		case c == ')' || c == ']' || c == '}':
			if err := s.closeBracket(c); err != nil {
				return err
			}
			s.token(string(c))
		default:
			s.token(s.src[s.pos : s.pos+1]) // operators, one byte at a time
		}
	}
	return s.finish()
}

// token copies an operator or bracket and notes it on the logical line.
func (s *scanner) token(t string) {
	s.out.copySrc(t, s.col())
	s.pos += len(t)
	s.lineBegun = true
	s.endsInColon = t == ":" && len(s.brackets) == 0
}

// closeBracket checks a closing bracket against the open one.
func (s *scanner) closeBracket(c byte) error {
	open := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
	if len(s.brackets) == 0 {
		return fail(py.SyntaxError, s.line, s.col(), "unmatched '"+string(c)+"'")
	}
	top := s.brackets[len(s.brackets)-1]
	if top.ch != open {
		msg := "closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(top.ch) + "'"
		if top.line != s.line {
			msg += " on line " + itoa(top.line)
		}
		return fail(py.SyntaxError, s.line, s.col(), msg)
	}
	s.brackets = s.brackets[:len(s.brackets)-1]
	return nil
}

// compoundKeywords begin the header of a compound statement, which ends with ':'.
var compoundKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "while": true, "for": true, "try": true,
	"except": true, "finally": true, "with": true, "def": true, "class": true,
}

// newline ends a physical line, and the logical line when no bracket is open.
func (s *scanner) newline() {
	start, end := s.lineStart, s.pos
	s.out.copySrc("\n", s.col())
	s.pos++
	s.line++
	s.lineStart = s.pos
	if len(s.brackets) > 0 {
		s.starts[s.line] = s.headerLine
	}
	if len(s.brackets) == 0 && !s.continued && s.lineBegun {
		if s.endsInColon && compoundKeywords[s.firstWord] {
			s.pendingColon.word, s.pendingColon.line, s.pendingColon.ok = s.firstWord, s.headerLine, true
		}
		s.missingColon.ok = false
		if !s.endsInColon && compoundKeywords[s.firstWord] {
			text := s.src[start:end]
			if !strings.ContainsAny(text, "'\"") {
				if i := strings.IndexByte(text, '#'); i >= 0 {
					text = text[:i]
				}
			}
			s.missingColon.line, s.missingColon.col, s.missingColon.ok = s.line-1, len(strings.TrimRight(text, " \t\r")), true
		}
		s.lineBegun, s.endsInColon, s.firstWord = false, false, ""
	}
}

// indentation reads the indentation of a physical line that starts a logical line and
// checks it against the indentation stack.
func (s *scanner) indentation() error {
	width, alt, i := 0, 0, s.pos
	for i < len(s.src) && (s.src[i] == ' ' || s.src[i] == '\t' || s.src[i] == '\f') {
		switch s.src[i] {
		case ' ':
			width++
			alt++
		case '\t':
			width = (width/8 + 1) * 8
			alt++
		case '\f':
			width, alt = 0, 0
		}
		i++
	}
	s.out.copySrc(s.src[s.pos:i], 0)
	s.pos = i
	if i >= len(s.src) || s.src[i] == '\n' || s.src[i] == '#' || (s.src[i] == '\r' && i+1 < len(s.src) && s.src[i+1] == '\n') {
		return nil // blank line
	}
	if s.mode == py.EvalMode {
		return nil
	}
	s.headerLine = s.line
	top, altTop := s.indents[len(s.indents)-1], s.alts[len(s.alts)-1]
	// As CPython's tokenizer: indentation must compare the same way whether a tab is
	// 8 columns or 1.
	tabError := func() error {
		return fail(py.TabError, s.line, 0, "inconsistent use of tabs and spaces in indentation")
	}
	if s.pendingColon.ok {
		s.pendingColon.ok = false
		if width <= top {
			return fail(py.IndentationError, s.line, s.col(), expectedBlock(s.pendingColon.word, s.pendingColon.line))
		}
		if alt <= altTop {
			return tabError()
		}
		s.indents, s.alts = append(s.indents, width), append(s.alts, alt)
		return nil
	}
	switch {
	case width == top:
		if alt != altTop {
			return tabError()
		}
	case width > top:
		if s.missingColon.ok {
			return fail(py.SyntaxError, s.missingColon.line, s.missingColon.col, "expected ':'")
		}
		return fail(py.IndentationError, s.line, s.col()-1, "unexpected indent")
	case width < top:
		for len(s.indents) > 1 && s.indents[len(s.indents)-1] > width {
			s.indents, s.alts = s.indents[:len(s.indents)-1], s.alts[:len(s.alts)-1]
		}
		if s.indents[len(s.indents)-1] == width && s.alts[len(s.alts)-1] != alt {
			return tabError()
		}
		if s.indents[len(s.indents)-1] != width {
			rest := s.src[s.pos:]
			if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
				rest = rest[:nl]
			}
			return fail(py.IndentationError, s.line, s.col()+len(strings.TrimRight(rest, "\r")), "unindent does not match any outer indentation level")
		}
	}
	return nil
}

// expectedBlock is CPython's message for a missing indented block.
func expectedBlock(word string, line int) string {
	switch word {
	case "def":
		return "expected an indented block after function definition on line " + itoa(line)
	case "class":
		return "expected an indented block after class definition on line " + itoa(line)
	case "if", "elif", "else", "for", "while", "try", "except", "finally", "with":
		return "expected an indented block after '" + word + "' statement on line " + itoa(line)
	}
	return "expected an indented block"
}

// finish reports what is still open at the end of the source.
func (s *scanner) finish() error {
	if len(s.brackets) > 0 {
		b := s.brackets[len(s.brackets)-1]
		err := fail(py.SyntaxError, b.line, b.col, "'"+string(b.ch)+"' was never closed")
		err.(*syntaxErrorValue).neverClosed = true
		return err
	}
	if s.endsInColon && s.lineBegun && compoundKeywords[s.firstWord] && s.mode != py.EvalMode {
		return fail(py.IndentationError, s.line, s.col(), expectedBlock(s.firstWord, s.headerLine))
	}
	if s.pendingColon.ok && s.mode != py.EvalMode {
		return fail(py.IndentationError, s.line-1, len(strings.TrimRight(s.lastLine(), "\r\n")), expectedBlock(s.pendingColon.word, s.pendingColon.line))
	}
	return nil
}

// lastLine is the last physical line of the source.
func (s *scanner) lastLine() string {
	t := strings.TrimRight(s.src, "\n")
	return t[strings.LastIndexByte(t, '\n')+1:]
}

// word copies an identifier or keyword, or starts a prefixed string literal.
func (s *scanner) word() error {
	i := s.pos
	for i < len(s.src) && isIdentChar(s.src[i]) {
		i++
	}
	w := s.src[s.pos:i]
	if i < len(s.src) && (s.src[i] == '\'' || s.src[i] == '"') && isStringPrefix(w) {
		return s.strings()
	}
	if !s.lineBegun {
		s.firstWord = w
	}
	s.out.copySrc(w, s.col())
	s.pos = i
	s.lineBegun = true
	s.endsInColon = false
	return nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isIdentStart(c byte) bool {
	return c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}
func isIdentChar(c byte) bool { return isIdentStart(c) || isDigit(c) }

// isStringPrefix reports whether w is a valid string prefix.
func isStringPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

func itoa(n int) string { return strconv.Itoa(n) }
