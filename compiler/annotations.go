package compiler

import "strings"

// Variable annotations (PEP 526) are not in gpython's grammar. The prepass blanks them
// out, keeping every column: "x: int = 5" becomes "x      = 5" and a bare "x: int"
// becomes the no-op statement "0     ". The annotation is not evaluated and not stored
// in __annotations__. Only a dotted name as target and a one-line annotation are
// recognized; a statement that starts with a dotted name and a ':' cannot be anything else.

// keywords are Python's reserved words.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true,
	"del": true, "elif": true, "else": true, "except": true, "finally": true, "for": true,
	"from": true, "global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// annotation rewrites an annotated assignment starting at s.pos, the first token of a
// logical line.
func (s *scanner) annotation() {
	src := s.src
	i := s.pos
	first := true
	for {
		j := i
		for j < len(src) && isIdentChar(src[j]) {
			j++
		}
		if j == i || isDigit(src[i]) || (first && keywords[src[i:j]]) {
			return
		}
		first = false
		i = j
		if i < len(src) && src[i] == '.' {
			i++
			continue
		}
		break
	}
	target := i
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i >= len(src) || src[i] != ':' || (i+1 < len(src) && src[i+1] == '=') {
		return
	}
	// Find the end of the annotation: a top-level '=' or the end of the statement.
	depth := 0
	var quote byte
	j := i + 1
	for ; j < len(src); j++ {
		c := src[j]
		if quote != 0 {
			if c == '\\' {
				j++
			} else if c == quote {
				quote = 0
			} else if c == '\n' {
				return
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '\n', '#', ';':
			if depth != 0 {
				return
			}
			goto end
		case '\\':
			return
		case '=':
			if depth == 0 && !(j+1 < len(src) && src[j+1] == '=') && !strings.ContainsRune("=<>!", rune(src[j-1])) {
				goto end
			}
		}
	}
end:
	if depth != 0 || quote != 0 || strings.TrimSpace(src[i+1:j]) == "" {
		return // left to the parser, which rejects it
	}
	if j < len(src) && src[j] == '=' {
		// target, blanks for ": annotation ", then the assignment goes on as usual.
		s.out.copySrc(src[s.pos:target], s.col())
		s.out.copySrc(strings.Repeat(" ", j-target), target-s.lineStart)
		s.pos = j
		s.lineBegun = true
		return
	}
	// No value: a statement that does nothing.
	n := j - s.pos
	s.out.copySrc("0"+strings.Repeat(" ", n-1), s.col())
	s.pos = j
	s.lineBegun = true
}
