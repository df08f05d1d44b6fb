package compiler

import (
	"strings"

	"github.com/go-python/gpython/ast"
)

// CPython's SyntaxError carries where the offending node ends (end_lineno, end_offset),
// and its printer underlines the node with carets. gpython's AST has start positions only,
// so the end of a node is found by scanning the parser's text from its start: the end of
// a token (name, number, string), of brackets and their contents, of trailers (.name,
// (...), [...]), and for operators the end of their last operand.

// extentScanner reads the parser's text by (1-based line, 0-based byte column).
type extentScanner struct {
	lines []string
}

func (c *compiler) extents() *extentScanner {
	if c.src == nil {
		return &extentScanner{}
	}
	if c.src.textLines == nil {
		c.src.textLines = strings.Split(c.src.text, "\n")
	}
	return &extentScanner{lines: c.src.textLines}
}

func (s *extentScanner) at(line, col int) byte {
	if line < 1 || line > len(s.lines) || col < 0 || col >= len(s.lines[line-1]) {
		return 0
	}
	return s.lines[line-1][col]
}

// skipSpace moves past blanks (not past the end of the line).
func (s *extentScanner) skipSpace(line, col int) int {
	for c := s.at(line, col); c == ' ' || c == '\t' || c == '\f'; c = s.at(line, col) {
		col++
	}
	return col
}

// token returns the end of the name, number or string starting at (line, col), or of
// the brackets opening there; ok is false for anything else.
func (s *extentScanner) token(line, col int) (int, int, bool) {
	c := s.at(line, col)
	switch {
	case c == '(' || c == '[' || c == '{':
		return s.closing(line, col)
	case c == '"' || c == '\'':
		return s.str(line, col)
	case isIdentChar(c) || c == '.' && isDigit(s.at(line, col+1)):
		start := col
		for isIdentChar(s.at(line, col)) || s.at(line, col) == '.' && isDigit(s.at(line, start)) {
			col++
		}
		if q := s.at(line, col); (q == '"' || q == '\'') && col-start <= 3 {
			return s.str(line, col) // a prefixed string
		}
		return line, col, true
	}
	return line, col, false
}

// str returns the end of the string literal whose quote is at (line, col).
func (s *extentScanner) str(line, col int) (int, int, bool) {
	q := s.at(line, col)
	triple := s.at(line, col+1) == q && s.at(line, col+2) == q
	if triple {
		col += 3
	} else {
		col++
	}
	for line <= len(s.lines) {
		c := s.at(line, col)
		switch {
		case c == 0:
			if !triple {
				return line, col, true
			}
			line, col = line+1, 0
			continue
		case c == '\\':
			col += 2
			continue
		case c == q && (!triple || s.at(line, col+1) == q && s.at(line, col+2) == q):
			if triple {
				return line, col + 3, true
			}
			return line, col + 1, true
		}
		col++
	}
	return line, col, true
}

// closing returns the position after the bracket that closes the one at (line, col).
func (s *extentScanner) closing(line, col int) (int, int, bool) {
	depth := 0
	for line <= len(s.lines) {
		c := s.at(line, col)
		switch c {
		case 0:
			line, col = line+1, 0
			continue
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return line, col + 1, true
			}
		case '"', '\'':
			line, col, _ = s.str(line, col)
			continue
		case '#':
			line, col = line+1, 0
			continue
		}
		col++
	}
	return line, col, false
}

// primary returns the end of the atom at (line, col) with its trailers.
func (s *extentScanner) primary(line, col int) (int, int, bool) {
	l, c, ok := s.token(line, col)
	if !ok {
		return line, col, false
	}
	for {
		n := s.skipSpace(l, c)
		switch s.at(l, n) {
		case '(', '[':
			l, c, _ = s.closing(l, n)
			continue
		case '.':
			m := s.skipSpace(l, n+1)
			if isIdentChar(s.at(l, m)) && !isDigit(s.at(l, m)) {
				l, c, _ = s.token(l, m)
				continue
			}
		}
		return l, c, true
	}
}

// stmtEnd returns the end of the simple statement starting at (line, col) on its line:
// before a ";" or a comment, without trailing blanks.
func (s *extentScanner) stmtEnd(line, col int) (int, int) {
	for {
		c := s.at(line, col)
		switch c {
		case 0, ';', '#', '\r', '\n':
			for col > 0 && (s.at(line, col-1) == ' ' || s.at(line, col-1) == '\t') {
				col--
			}
			return line, col
		case '"', '\'':
			l, cc, _ := s.str(line, col)
			if l != line {
				return l, cc
			}
			col = cc
			continue
		case '(', '[', '{':
			l, cc, _ := s.closing(line, col)
			if l != line {
				return l, cc
			}
			col = cc
			continue
		}
		col++
	}
}

// nodeEnd returns where node ends in the parser's text (0, 0 when unknown).
func (s *extentScanner) nodeEnd(node ast.Ast) (int, int) {
	switch n := node.(type) {
	case *ast.BinOp:
		return s.nodeEnd(n.Right)
	case *ast.BoolOp:
		return s.nodeEnd(n.Values[len(n.Values)-1])
	case *ast.Compare:
		return s.nodeEnd(n.Comparators[len(n.Comparators)-1])
	case *ast.UnaryOp:
		return s.nodeEnd(n.Operand)
	case *ast.IfExp:
		return s.nodeEnd(n.Orelse)
	case *ast.Lambda:
		return s.nodeEnd(n.Body)
	case *ast.Starred:
		return s.nodeEnd(n.Value)
	case *ast.YieldFrom:
		return s.nodeEnd(n.Value)
	case *ast.Yield:
		if n.Value != nil {
			return s.nodeEnd(n.Value)
		}
		return n.Lineno, n.ColOffset + len("yield")
	case *ast.Tuple:
		if s.at(n.Lineno, n.ColOffset) != '(' && len(n.Elts) > 0 {
			return s.nodeEnd(n.Elts[len(n.Elts)-1])
		}
		if l, c, ok := s.primary(n.Lineno, n.ColOffset); ok {
			return l, c
		}
	case *ast.Keyword:
		return s.nodeEnd(n.Value)
	case *ast.GeneratorExp:
		if s.at(n.Lineno, n.ColOffset) != '(' && len(n.Generators) > 0 {
			g := n.Generators[len(n.Generators)-1]
			if len(g.Ifs) > 0 {
				return s.nodeEnd(g.Ifs[len(g.Ifs)-1])
			}
			return s.nodeEnd(g.Iter)
		}
		if l, c, ok := s.primary(n.Lineno, n.ColOffset); ok {
			return l, c
		}
	case *ast.Break, *ast.Continue, *ast.Return, *ast.Global, *ast.Nonlocal, *ast.Pass,
		*ast.Raise, *ast.Assert, *ast.Delete, *ast.Import, *ast.ImportFrom:
		return s.stmtEnd(node.GetLineno(), node.GetColOffset())
	case ast.Expr:
		if l, c, ok := s.primary(node.GetLineno(), node.GetColOffset()); ok {
			return l, c
		}
	}
	return 0, 0
}
