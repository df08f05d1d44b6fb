package compiler

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// syntaxError is a located error in the user's source, raised (by panic) anywhere in the
// pipeline and turned into a SyntaxError by Compile. Positions are 1-based lines and
// 0-based byte columns of the text given to the parser; the prepass maps them back.
type syntaxError struct {
	kind    *py.Type // SyntaxError, IndentationError or TabError
	msg     string
	line    int
	col     int
	mapped  bool // line and col already refer to the original source
	endLine int  // 0 when unknown
	endCol  int
	node    ast.Ast // the offending node, whose end is found when endLine is 0
}

// syntaxError aborts compilation with a SyntaxError located at node.
func (u *unit) syntaxError(node ast.Ast, format string, a ...any) {
	panic(&syntaxError{kind: py.SyntaxError, msg: fmt.Sprintf(format, a...), line: node.GetLineno(), col: node.GetColOffset(), node: node})
}

// syntaxErrorAtClose aborts compilation with a SyntaxError at the closing parenthesis of
// call, where CPython reports misplaced positional arguments.
func (u *unit) syntaxErrorAtClose(call ast.Ast, msg string) {
	line, col, ok := u.c.extents().primary(call.GetLineno(), call.GetColOffset())
	if !ok || col == 0 {
		u.syntaxError(call, "%s", msg)
	}
	panic(&syntaxError{kind: py.SyntaxError, msg: msg, line: line, col: col - 1, endLine: line, endCol: col})
}

// makeSyntaxError builds the Python exception for e, with the attributes of CPython's
// SyntaxError: msg, filename, lineno, offset (1-based, in characters), text, end_lineno
// and end_offset. args is (msg,) as gpython's tracebacks expect.
func (c *compiler) makeSyntaxError(e *syntaxError) error {
	line, col := e.line, e.col
	endLine, endCol := e.endLine, e.endCol
	if endLine == 0 && e.node != nil && !e.mapped {
		endLine, endCol = c.extents().nodeEnd(e.node)
	}
	if !e.mapped && c.src != nil {
		line, col = c.src.mapPos(line, col)
		if endLine > 0 {
			endLine, endCol = c.src.mapPos(endLine, endCol)
		}
	}
	kind := e.kind
	if kind == nil {
		kind = py.SyntaxError
	}
	exc := py.ExceptionNewf(kind, "%s", e.msg)
	var text py.Object = py.None
	offset := py.Object(py.None)
	if c.src != nil && line >= 1 && line <= len(c.src.lines) {
		src := c.src.lines[line-1]
		text = py.String(src)
		offset = py.Int(charOffset(src, col))
		if endLine > 0 && endLine <= len(c.src.lines) {
			endCol = charOffset(c.src.lines[endLine-1], endCol)
		}
	} else if line >= 1 {
		offset = py.Int(col + 1)
	}
	var endLineObj, endOffObj py.Object = py.None, py.None
	if endLine > 0 {
		endLineObj, endOffObj = py.Int(endLine), py.Int(endCol)
	}
	var lineObj py.Object = py.None
	if line >= 1 {
		lineObj = py.Int(line)
	}
	setSyntaxAttrs(exc, e.msg, py.String(c.filename), lineObj, offset, text, endLineObj, endOffObj)
	return exc
}

// charOffset converts a 0-based byte column of line into CPython's 1-based character
// offset.
func charOffset(line string, col int) int {
	if col < 0 {
		return 0
	}
	if col > len(line) {
		return utf8.RuneCountInString(line) + 1 + (col - len(line))
	}
	return utf8.RuneCountInString(line[:col]) + 1
}

// parserMessages maps gpython parser messages to CPython 3.11's.
var parserMessages = map[string]string{
	"illegal decimal with leading zero":        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
	"unexpected EOF while parsing":             "invalid syntax", // gpython says so whenever the last line is read
	"Inconsistent indent":                      "unindent does not match any outer indentation level",
	"cannot mix string and nonstring literals": "cannot mix bytes and nonbytes literals",
}

// parserError converts an error of gpython's parser, whose position is just after the
// token it failed on, into CPython's message and position.
func (c *compiler) parserError(err error) error {
	exc, ok := err.(*py.Exception)
	if !ok {
		return err
	}
	msg := ""
	if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			msg = string(s)
		}
	}
	if m, ok := parserMessages[msg]; ok {
		msg = m
	}
	line, col := 0, 0
	if l, ok := exc.Dict["lineno"].(py.Int); ok {
		line = int(l)
	}
	if o, ok := exc.Dict["offset"].(py.Int); ok {
		col = int(o)
	}
	if line > len(c.src.lines) && len(c.src.lines) > 0 {
		line = len(c.src.lines)
		col = len(strings.TrimRight(c.src.lines[line-1], "\n"))
	}
	for line > 1 && strings.TrimSpace(c.lineText(line)) == "" {
		line--
		col = len(strings.TrimRight(c.lineText(line), "\r\n"))
	}
	text := c.lineText(line)
	line, col = c.src.mapPos(line, col)
	kind := py.SyntaxError
	endCol := 0
	switch {
	case msg == "unindent does not match any outer indentation level":
		kind = py.IndentationError
		col = len(strings.TrimRight(text, "\r\n"))
	case strings.HasPrefix(msg, "can't "):
		return c.assignErrorAt(py.SyntaxError, "cannot "+msg[len("can't "):], line)
	case strings.HasPrefix(msg, "interface conversion: ") && strings.Contains(msg, "SetCtx"):
		// gpython's parser fails on a literal inside a target list with a type assertion.
		return c.assignErrorAt(py.SyntaxError, "cannot assign to literal", line)
	case strings.HasPrefix(msg, "Decode error: "):
		msg = decodeErrorMessage(msg)
	case msg == "invalid syntax":
		col = errorColumn(text, col)
		if m, c, e, ok := afterKwargsError(text); ok {
			msg, col, endCol = m, c, e
		} else if i := strings.IndexAny(text, "$?`"); i >= 0 && !strings.ContainsAny(text[:i], "'\"#") {
			col, endCol = i, i+1 // a character no token starts with
		} else if m, ok := printStatement(text); ok {
			msg, col = m, len(text)-len(strings.TrimLeft(text, " \t"))
			endCol = len(strings.TrimRight(text, " \t\r\n"))
		} else if col < len(text) && isIdentChar(text[col]) && !isDigit(text[col]) {
			for endCol = col; endCol < len(text) && isIdentChar(text[endCol]); endCol++ {
			}
		}
	}
	e := &syntaxError{kind: kind, msg: msg, line: line, col: col, mapped: true}
	if endCol > col {
		e.endLine, e.endCol = line, endCol
	}
	return c.makeSyntaxError(e)
}

// assignErrorAt reports a bad assignment target of the logical line that line belongs to
// (assignError), with its position and extent in lines and columns.
func (c *compiler) assignErrorAt(kind *py.Type, msg string, line int) error {
	first := line
	if start, ok := c.src.starts[line]; ok && start > 0 {
		first = start
	}
	var b strings.Builder
	for l := first; l <= line; l++ {
		b.WriteString(strings.TrimRight(c.lineText(l), "\r\n"))
		if l < line {
			b.WriteByte('\n')
		}
	}
	m, col, end := c.assignError(msg, b.String())
	at := func(off int) (int, int) { // joined offset -> line, column
		l := first
		for l < line {
			n := len(strings.TrimRight(c.lineText(l), "\r\n")) + 1
			if off < n {
				break
			}
			off -= n
			l++
		}
		return l, off
	}
	e := &syntaxError{kind: kind, msg: m, mapped: true}
	e.line, e.col = at(col)
	if end > col {
		e.endLine, e.endCol = at(end)
	}
	return c.makeSyntaxError(e)
}

// lineText is source line n (1-based), or "".
func (c *compiler) lineText(n int) string {
	if n < 1 || n > len(c.src.lines) {
		return ""
	}
	return c.src.lines[n-1]
}

// errorColumn finds where CPython reports a syntax error that gpython's parser reports
// at column col, just after the token it failed on: at that token's start, or at the end
// of the line when the line ends where an operand or a name was still expected.
func errorColumn(line string, col int) int {
	end := len(strings.TrimRight(line, "\r\n"))
	if col > end {
		col = end
	}
	for col > 0 && (line[col-1] == ' ' || line[col-1] == '\t') {
		col--
	}
	if col == 0 {
		return 0
	}
	start := col
	if isIdentChar(line[col-1]) {
		for start > 0 && isIdentChar(line[start-1]) {
			start--
		}
		word := line[start:col]
		if start > 0 && line[start-1] == '.' && isDigit(word[0]) {
			start-- // .5 is one number token
		}
		if col == len(strings.TrimRight(line[:end], " \t")) && expectsMore[word] {
			return end
		}
		return start
	}
	if col == len(strings.TrimRight(line[:end], " \t")) && !strings.ContainsRune(")]}'\"", rune(line[col-1])) {
		return end // a trailing operator still wanted its operand
	}
	return col - 1
}

// expectsMore are the keywords after which a line cannot end.
var expectsMore = map[string]bool{
	"and": true, "as": true, "assert": true, "del": true, "elif": true, "for": true, "from": true,
	"if": true, "import": true, "in": true, "is": true, "lambda": true, "not": true, "or": true,
	"raise": true, "while": true, "with": true, "yield": true, "global": true, "nonlocal": true,
	"class": true, "def": true, "except": true,
}

// printStatement recognizes a Python 2 print statement.
func printStatement(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, "print ") && !strings.HasPrefix(strings.TrimSpace(t[5:]), "(") {
		return "Missing parentheses in call to 'print'. Did you mean print(...)?", true
	}
	return "", false
}

// decodeErrorMessage rewrites gpython's escape decoding errors.
func decodeErrorMessage(msg string) string {
	return "(unicode error) " + strings.TrimPrefix(msg, "Decode error: ")
}

// symtableError converts an error of gpython's symbol table, whose messages are CPython's.
func (c *compiler) symtableError(err error) error {
	exc, ok := err.(*py.Exception)
	if !ok || exc.Type() != py.SyntaxError {
		return err
	}
	msg := ""
	if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			msg = string(s)
		}
	}
	line, col := 0, 0
	if l, ok := exc.Dict["lineno"].(py.Int); ok {
		line = int(l)
	}
	if o, ok := exc.Dict["offset"].(py.Int); ok {
		col = int(o)
	}
	e := &syntaxError{kind: py.SyntaxError, msg: msg, line: line, col: col}
	c.locateSymtableError(e)
	return c.makeSyntaxError(e)
}

// locateSymtableError moves the errors gpython's symbol table reports at a function or a
// statement to where CPython reports them, with their extent: the repeated parameter, the
// global or nonlocal statement.
func (c *compiler) locateSymtableError(e *syntaxError) {
	s := c.extents()
	if name, ok := quotedName(e.msg, "duplicate argument '"); ok {
		seen := 0
		for l := e.line; l <= len(s.lines) && l < e.line+50; l++ {
			text := s.lines[l-1]
			for i := 0; i < len(text); i++ {
				if !isIdentChar(text[i]) || i > 0 && isIdentChar(text[i-1]) {
					continue
				}
				j := i
				for j < len(text) && isIdentChar(text[j]) {
					j++
				}
				if text[i:j] == name {
					if seen++; seen == 2 {
						e.line, e.col, e.endLine, e.endCol = l, i, l, j
						return
					}
				}
				i = j
			}
		}
		return
	}
	keyword := ""
	switch {
	case strings.Contains(e.msg, "global"):
		keyword = "global"
	case strings.Contains(e.msg, "nonlocal"):
		keyword = "nonlocal"
	default:
		return
	}
	name, _ := quotedName(e.msg, "name '")
	for l := e.line; l >= 1 && l <= len(s.lines) && l < e.line+1000; l++ {
		text := s.lines[l-1]
		t := strings.TrimLeft(text, " \t")
		if !strings.HasPrefix(t, keyword+" ") {
			continue
		}
		if name != "" && !containsWord(t[len(keyword):], name) {
			continue
		}
		e.line, e.col = l, len(text)-len(t)
		e.endLine, e.endCol = s.stmtEnd(l, e.col)
		return
	}
}

// quotedName returns the name quoted after prefix in msg.
func quotedName(msg, prefix string) (string, bool) {
	i := strings.Index(msg, prefix)
	if i < 0 {
		return "", false
	}
	rest := msg[i+len(prefix):]
	j := strings.IndexByte(rest, '\'')
	if j < 0 {
		return "", false
	}
	return rest[:j], true
}

// containsWord reports whether name occurs in text as a whole identifier.
func containsWord(text, name string) bool {
	for i := 0; i+len(name) <= len(text); i++ {
		if text[i:i+len(name)] == name && (i == 0 || !isIdentChar(text[i-1])) &&
			(i+len(name) == len(text) || !isIdentChar(text[i+len(name)])) {
			return true
		}
	}
	return false
}
