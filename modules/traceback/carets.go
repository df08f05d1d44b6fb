package traceback

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"golang.org/x/text/width"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/syntax"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Caret lines: CPython 3.11 underlines, below a traceback entry's source line, the
// expression whose instruction failed (its code object's position table, compiler.
// PositionOf). The rules are those of 3.11's traceback.StackSummary.format_frame_summary:
//
//   - the span runs from the instruction's column to its end column (to the end of the line
//     when it ends on a later line), in characters, drawn at the display width of the text
//     before it (East Asian wide and full-width characters count two);
//   - nothing is drawn when the span covers the whole stripped line, unless it is a binary
//     operation or a subscript: those are drawn "~~~^^^~~~", the operator (or the brackets
//     and what is inside them) with '^' and the operands with '~';
//   - the indentation removed from the printed line is measured, as CPython measures it,
//     as the length of the line with its end of line minus that of the stripped line, so
//     trailing white space shifts the carets as it does in CPython.

// caretsFor returns the caret line for the traceback entry of code at lasti whose source
// line is lineno of filename, or "" when none is drawn.
func caretsFor(code *py.Code, lasti int32, lineno int) string {
	if code == nil {
		return ""
	}
	pos, ok := compiler.PositionOf(code, lasti)
	if !ok || pos.Line != lineno {
		return ""
	}
	line, ok := rawSourceLine(code.Filename, lineno)
	if !ok {
		return ""
	}
	return caretLine(line, pos)
}

// caretLine draws the carets under line (without its end of line) for an instruction at pos.
func caretLine(line string, pos compiler.Position) string {
	original := []rune(line + "\n") // as linecache returns it
	stripped := strings.TrimSpace(line)
	if stripped == "" {
		return ""
	}
	strippedChars := len(original) - utf8.RuneCountInString(stripped)
	start := charOffset(line, pos.Col)
	end := charOffset(line, pos.EndCol)
	var left, right int
	anchored := false
	if pos.Line == pos.EndLine {
		if end < start || end > len(original) {
			return ""
		}
		left, right, anchored = anchors(string(original[start:end]))
	} else {
		end = utf8.RuneCountInString(strings.TrimRightFunc(line, unicode.IsSpace))
	}
	if end < start {
		return ""
	}
	segment := string(original[start:end])
	if !(end-start < utf8.RuneCountInString(stripped) || anchored && right-left > 0) {
		return ""
	}
	dpStart := displayWidth(original, start) + 1
	dpEnd := displayWidth(original, end) + 1
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", max(dpStart-strippedChars, 0)))
	if anchored {
		seg := []rune(segment)
		dpLeft := displayWidth(seg, left)
		dpRight := displayWidth(seg, right)
		b.WriteString(strings.Repeat("~", max(dpLeft, 0)))
		b.WriteString(strings.Repeat("^", max(dpRight-dpLeft, 0)))
		b.WriteString(strings.Repeat("~", max(dpEnd-dpStart-dpRight, 0)))
	} else {
		b.WriteString(strings.Repeat("^", max(dpEnd-dpStart, 0)))
	}
	b.WriteString("\n")
	return b.String()
}

// charOffset converts a byte offset into s to a character offset, as CPython's
// _byte_offset_to_character_offset (a cut character counts as one).
func charOffset(s string, bytes int) int {
	if bytes > len(s) {
		return utf8.RuneCountInString(s) + bytes - len(s)
	}
	if bytes < 0 {
		return 0
	}
	return utf8.RuneCountInString(strings.ToValidUTF8(s[:bytes], "\uFFFD"))
}

// displayWidth is the width of the first n characters of rs on a terminal.
func displayWidth(rs []rune, n int) int {
	ascii := true
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return n
	}
	w := 0
	for i, r := range rs {
		if i >= n {
			break
		}
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			w += 2
		default:
			w++
		}
	}
	return w + max(n-len(rs), 0)
}

// anchors finds the operator of a binary operation, or the brackets of a subscript, that
// segment is: the character offsets where the '^' part starts and ends.
func anchors(segment string) (left, right int, ok bool) {
	mod, err := syntax.Parse("<segment>", []byte(segment), syntax.ModeExec)
	if err != nil {
		return 0, 0, false
	}
	m, isModule := mod.(*ast.Module)
	if !isModule || len(m.Body) != 1 {
		return 0, 0, false
	}
	stmt, isExpr := m.Body[0].(*ast.Expr)
	if !isExpr {
		return 0, 0, false
	}
	seg := []rune(segment)
	at := func(i int) (rune, bool) {
		if i < 0 || i >= len(seg) {
			return 0, false
		}
		return seg[i], true
	}
	switch e := stmt.Value.(type) {
	case *ast.BinOp:
		opStart := charOffset(segment, e.Left.Loc().EndColOffset)
		opEnd := charOffset(segment, e.Right.Loc().ColOffset)
		if opStart > opEnd || opEnd > len(seg) {
			return 0, 0, false
		}
		op := seg[opStart:opEnd]
		trimmed := []rune(strings.TrimLeftFunc(string(op), unicode.IsSpace))
		opOffset := len(op) - len(trimmed)
		l := e.Left.Loc().EndColOffset + opOffset
		r := l + 1
		if opOffset+1 < len(op) && !unicode.IsSpace(op[opOffset+1]) {
			r++
		}
		for {
			ch, in := at(l)
			if !in || !(unicode.IsSpace(ch) || ch == ')' || ch == '#') {
				break
			}
			l++
			r++
		}
		return charOffset(segment, l), charOffset(segment, r), true
	case *ast.Subscript:
		l := charOffset(segment, e.Value.Loc().EndColOffset)
		r := charOffset(segment, e.Slice.Loc().EndColOffset+1)
		for {
			ch, in := at(l)
			if !in || ch == '[' {
				break
			}
			l++
		}
		for {
			ch, in := at(r)
			if !in || ch == ']' {
				break
			}
			r++
		}
		if r < len(seg) {
			r++
		}
		return l, r, true
	}
	return 0, 0, false
}
