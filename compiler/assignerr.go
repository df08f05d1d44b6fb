package compiler

import "strings"

// gpython's parser rejects a bad assignment target with "can't assign to X" and no
// position (or, for a literal inside a target list, with a Go type assertion failure).
// assignError finds the target in the statement's text as CPython 3.11 does: the first
// element of the target lists, left to right, that cannot be assigned to, described and
// located as CPython does, with its extent for the caret line.

// span is a part of a line: [start, end) byte columns.
type span struct{ start, end int }

func (s span) text(line string) string { return line[s.start:s.end] }

// trimSpan drops the blanks around sp.
func trimSpan(line string, sp span) span {
	for sp.start < sp.end && (line[sp.start] == ' ' || line[sp.start] == '\t') {
		sp.start++
	}
	for sp.end > sp.start && strings.ContainsRune(" \t\r\n", rune(line[sp.end-1])) {
		sp.end--
	}
	return sp
}

// splitTop splits sp at the top-level (outside brackets and strings) separators that
// sep recognizes at index i, returning the separator's length (0: none).
func splitTop(line string, sp span, sep func(i int) int) []span {
	var out []span
	depth, start := 0, sp.start
	for i := sp.start; i < sp.end; i++ {
		switch c := line[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case '"', '\'':
			j := strings.IndexByte(line[i+1:sp.end], c)
			if j < 0 {
				i = sp.end
			} else {
				i += j + 1
			}
		case '#':
			i = sp.end
		default:
			if depth == 0 {
				if n := sep(i); n > 0 {
					out = append(out, span{start, i})
					start = i + n
					i += n - 1
				}
			}
		}
	}
	return append(out, span{start, sp.end})
}

// assignSep recognizes "=" as an assignment (not ==, <=, >=, != or an augmented one).
func assignSep(line string) func(int) int {
	return func(i int) int {
		if line[i] != '=' || i+1 < len(line) && line[i+1] == '=' {
			return 0
		}
		if i > 0 && strings.IndexByte("=<>!+-*/%&|^@:", line[i-1]) >= 0 {
			return 0
		}
		return 1
	}
}

// augSep recognizes an augmented assignment operator.
func augSep(line string) func(int) int {
	return func(i int) int {
		for _, op := range []string{"**=", "//=", ">>=", "<<=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="} {
			if strings.HasPrefix(line[i:], op) {
				return len(op)
			}
		}
		return 0
	}
}

// badTarget returns the first element of the target list sp that cannot be assigned to,
// what CPython calls it, and whether it lies inside brackets or behind a star.
func badTarget(line string, sp span, nested bool) (span, string, bool, bool) {
	for _, e := range splitTop(line, sp, func(i int) int {
		if line[i] == ',' {
			return 1
		}
		return 0
	}) {
		e = trimSpan(line, e)
		if e.start == e.end {
			continue
		}
		t := e.text(line)
		if t[0] == '*' {
			if bad, what, _, ok := badTarget(line, span{e.start + 1, e.end}, true); ok {
				return bad, what, true, true
			}
			continue
		}
		if (t[0] == '(' || t[0] == '[') && matchingClose(t) == len(t)-1 && !strings.Contains(t, " for ") {
			if bad, what, _, ok := badTarget(line, span{e.start + 1, e.end - 1}, true); ok {
				return bad, what, true, true
			}
			continue
		}
		if what := targetKind(t); what != "" {
			return e, what, nested, true
		}
	}
	return span{}, "", false, false
}

// matchingClose returns the index of the bracket closing t[0], or -1.
func matchingClose(t string) int {
	depth := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// targetKind describes target text t as CPython's "cannot assign to ..." does, or
// returns "" for a valid target (a name with attribute and subscript trailers).
func targetKind(t string) string {
	whole := span{0, len(t)}
	has := func(words ...string) bool {
		for _, w := range words {
			if len(splitTop(t, whole, func(i int) int {
				if strings.HasPrefix(t[i:], w) {
					return len(w)
				}
				return 0
			})) > 1 {
				return true
			}
		}
		return false
	}
	switch {
	case t == "None" || t == "True" || t == "False" || t == "__debug__":
		return t
	case t == "...":
		return "ellipsis"
	case isLiteral(t):
		return "literal"
	case strings.HasPrefix(t, "lambda"):
		return "lambda"
	case strings.HasPrefix(t, "yield"):
		return "yield expression"
	case has(" if "):
		return "conditional expression"
	case strings.HasPrefix(t, "not ") || has(" and ", " or "):
		return "expression"
	case has("<", ">", "==", "!=", " in ", " is "):
		return "comparison"
	case t[0] == '{' && matchingClose(t) == len(t)-1:
		inner := span{1, len(t) - 1}
		comp := strings.Contains(t, " for ")
		dict := len(t) == 2 || len(splitTop(t, inner, func(i int) int {
			if t[i] == ':' {
				return 1
			}
			return 0
		})) > 1
		switch {
		case comp && dict:
			return "dict comprehension"
		case comp:
			return "set comprehension"
		case dict:
			return "dict literal"
		}
		return "set display"
	case t[0] == '[' && strings.Contains(t, " for "):
		return "list comprehension"
	case t[0] == '(' && strings.Contains(t, " for "):
		return "generator expression"
	}
	// A primary: a name (or a parenthesized expression) with trailers.
	i := 0
	switch {
	case isIdentChar(t[0]):
		for i < len(t) && isIdentChar(t[i]) {
			i++
		}
	case t[0] == '(' || t[0] == '[':
		i = matchingClose(t) + 1
	default:
		return "expression"
	}
	last := byte('a')
	for i < len(t) {
		switch {
		case t[i] == ' ' || t[i] == '\t':
			i++
			continue
		case t[i] == '.':
			i++
			for i < len(t) && (t[i] == ' ' || isIdentChar(t[i])) {
				i++
			}
			last = 'a'
			continue
		case t[i] == '(' || t[i] == '[':
			j := matchingClose(t[i:])
			if j < 0 {
				return "expression"
			}
			last = t[i]
			i += j + 1
			continue
		}
		return "expression"
	}
	if last == '(' {
		return "function call"
	}
	if t[0] == '(' && last == 'a' && !isIdentChar(t[0]) {
		return "expression"
	}
	return ""
}

// assignError gives gpython's "can't assign" errors (msg, already "cannot ...") CPython's
// wording, position and extent.
func (c *compiler) assignError(msg, line string) (string, int, int) {
	text := strings.TrimRight(line, "\r\n")
	t := strings.TrimLeft(text, " \t")
	indent := len(text) - len(t)
	whole := trimSpan(text, span{indent, len(text)})
	verb := "assign to"
	var targets []span
	switch {
	case strings.HasPrefix(t, "for "):
		in := strings.Index(text, " in ")
		if in < 0 {
			in = len(text)
		}
		targets = []span{{indent + 4, in}}
	case strings.HasPrefix(t, "del "):
		verb = "delete"
		targets = []span{{indent + 4, whole.end}}
	case strings.HasPrefix(t, "with "):
		as := strings.Index(text, " as ")
		colon := strings.LastIndexByte(text, ':')
		if as < 0 || colon < as {
			return msg, indent, 0
		}
		targets = []span{{as + 4, colon}}
	default:
		if aug := splitTop(text, whole, augSep(text)); len(aug) > 1 {
			target := trimSpan(text, aug[0])
			what := targetKind(target.text(text))
			if what == "" {
				what = "expression"
			}
			return "'" + what + "' is an illegal expression for augmented assignment", target.start, target.end
		}
		parts := splitTop(text, whole, assignSep(text))
		if len(parts) < 2 {
			return msg, indent, 0
		}
		targets = parts[:len(parts)-1]
	}
	for i, sp := range targets {
		bad, what, nested, ok := badTarget(text, sp, false)
		if !ok {
			continue
		}
		switch what {
		case "yield expression":
			if len(targets) > 1 || i > 0 || verb != "assign to" {
				return "assignment to yield expression not possible", bad.start, bad.end
			}
		}
		m := "cannot " + verb + " " + what
		suggest := verb == "assign to" && len(targets) == 1 && !nested && !strings.HasPrefix(t, "for ") && !strings.HasPrefix(t, "with ")
		switch what {
		case "comparison", "lambda", "conditional expression", "None", "True", "False", "__debug__":
			suggest = false
		case "expression":
			bt := bad.text(text)
			if strings.HasPrefix(bt, "not ") || strings.Contains(bt, " and ") || strings.Contains(bt, " or ") {
				suggest = false
			}
		}
		if suggest {
			m += " here. Maybe you meant '==' instead of '='?"
		}
		return m, bad.start, bad.end
	}
	return msg, indent, 0
}

// afterKwargsError recognizes a call in which an argument follows "**mapping" in a way
// CPython rejects too (gpython's parser rejects anything after it): a positional argument
// (reported at the call's closing parenthesis) or "*iterable" (at the star).
func afterKwargsError(line string) (msg string, col, endCol int, ok bool) {
	var opens []int // positions of the open brackets
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case '(', '[', '{':
			opens = append(opens, i)
		case ')', ']', '}':
			if len(opens) > 0 {
				opens = opens[:len(opens)-1]
			}
		case '"', '\'':
			if j := strings.IndexByte(line[i+1:], c); j >= 0 {
				i += j + 1
			}
		case '*':
			if len(opens) == 0 || line[opens[len(opens)-1]] != '(' || !strings.HasPrefix(line[i:], "**") {
				continue
			}
			prev := strings.TrimRight(line[:i], " \t")
			if !strings.HasSuffix(prev, "(") && !strings.HasSuffix(prev, ",") {
				continue
			}
			open := opens[len(opens)-1]
			close := open + matchingClose(line[open:])
			if close < open {
				return "", 0, 0, false
			}
			args := splitTop(line, span{open + 1, close}, func(j int) int {
				if line[j] == ',' {
					return 1
				}
				return 0
			})
			seenKw := false
			for _, a := range args {
				a = trimSpan(line, a)
				t := a.text(line)
				switch {
				case a.start < i:
				case strings.HasPrefix(t, "**"):
					seenKw = true
				case !seenKw || t == "":
				case t[0] == '*':
					return "iterable argument unpacking follows keyword argument unpacking", a.start, a.start + 1, true
				case len(splitTop(line, a, assignSep(line))) == 1:
					return "positional argument follows keyword argument unpacking", close, close + 1, true
				}
			}
			i++
		}
	}
	return "", 0, 0, false
}

// isLiteral reports whether t is one number or string literal (strings may be
// concatenated).
func isLiteral(t string) bool {
	if isDigit(t[0]) || t[0] == '.' && len(t) > 1 && isDigit(t[1]) {
		for i := 1; i < len(t); i++ {
			c := t[i]
			sign := (c == '+' || c == '-') && (t[i-1] == 'e' || t[i-1] == 'E') && !strings.HasPrefix(t, "0x") && !strings.HasPrefix(t, "0X")
			if !isIdentChar(c) && c != '.' && !sign {
				return false
			}
		}
		return true
	}
	for len(t) > 0 {
		i := 0
		for i < len(t) && i < 3 && isIdentChar(t[i]) && strings.ContainsRune("rRbBuUfF", rune(t[i])) {
			i++
		}
		if i >= len(t) || t[i] != '"' && t[i] != '\'' {
			return false
		}
		q := t[i]
		j := i + 1
		for j < len(t) && t[j] != q {
			if t[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(t) {
			return false
		}
		t = strings.TrimLeft(t[j+1:], " \t\n")
	}
	return true
}
