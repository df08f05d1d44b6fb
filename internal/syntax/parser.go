package syntax

import (
	"fmt"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Mode is what the source is parsed as: the start rule of the grammar.
type Mode uint8

// The modes of compile() (and "func_type" of ast.parse).
const (
	ModeExec     Mode = iota // a module: file
	ModeEval                 // an expression: eval
	ModeSingle               // an interactive statement: interactive
	ModeFuncType             // a function type comment: func_type
	modeFString              // the expression of an f-string replacement field
)

// maxDepth bounds the parser's recursion as CPython's MAXSTACK does.
const maxDepth = 6000

// parser is the recursive-descent PEG parser. Rules are methods named after the grammar's
// rules; they return nil (and restore p.mark) when they do not match. Errors are raised by
// panicking with a *bailout, recovered by parse.
type parser struct {
	s        *scanner
	src      []byte
	filename string
	mode     Mode
	toks     []*token
	slab     []token
	mark     int
	invalid  bool // the second pass, with the invalid_ rules
	depth    int

	// byteOffsets: error offsets stay 1-based bytes (source bytes that declare no
	// encoding, for which CPython's tokenizer has none)
	byteOffsets bool

	memoSlab []memo

	// noInvalidExpr makes the next expression skip invalid_expression at its own start
	// (a dict key after the first item, where CPython 3.11 reports "':' expected after
	// dictionary key" rather than a missing comma)
	noInvalidExpr bool

	knownErrToken *token
	started       bool // single mode: a token other than ENDMARKER was read

	// escTok is the string token whose escapes are being decoded and escChunk counts
	// the pieces of it decoded (an f-string's literal parts warn each); warned holds the
	// pieces that gave their warning already (the second pass decodes them again)
	escTok   *token
	escChunk int
	warned   map[escPiece]bool

	// an f-string expression's parser: the columns of its line 1 are shifted by startCol
	startCol int
	startLn  int
}

// bailout carries a raised error up the Go stack to parse.
type bailout struct{ err *Error }

func newParser(src []byte, filename string, mode Mode) *parser {
	return &parser{s: newScanner(src, filename), src: src, filename: filename, mode: mode,
		toks: make([]*token, 0, len(src)/4+16)}
}

// fill reads one more token.
func (p *parser) fill() {
	if len(p.slab) == 0 {
		p.slab = make([]token, 512)
	}
	t := &p.slab[0]
	p.slab = p.slab[1:]
	p.s.next(t)
	if p.mode == ModeSingle {
		if t.kind == tENDMARKER && p.started {
			t.kind = tNEWLINE
			p.started = false
			if n := len(p.s.indstack) - 1; n > 0 {
				p.s.pendin = -n
				p.s.indstack = p.s.indstack[:1]
				p.s.altindstack = p.s.altindstack[:1]
			}
		} else {
			p.started = true
		}
	}
	if t.kind == tNAME {
		if k, ok := keywords[string(p.src[t.start:t.end])]; ok {
			t.kind = k
		}
	}
	p.toks = append(p.toks, t)
	if t.kind == tERRORTOKEN {
		p.tokenizerError()
	}
}

// peek returns the token at the mark, reading it if needed.
func (p *parser) peek() *token {
	if p.mark == len(p.toks) {
		p.fill()
	}
	return p.toks[p.mark]
}

// expect consumes the token at the mark if it is of kind k.
func (p *parser) expect(k tokKind) *token {
	t := p.peek()
	if t.kind == k {
		p.mark++
		return t
	}
	return nil
}

// next consumes the token at the mark whatever it is.
func (p *parser) next() *token {
	t := p.peek()
	p.mark++
	return t
}

// lookahead reports whether the token at the mark is of kind k, without consuming it.
func (p *parser) at(k tokKind) bool {
	return p.peek().kind == k
}

// text is the source text of a token.
func (p *parser) text(t *token) string {
	return string(p.src[t.start:t.end])
}

// isSoft reports whether t is the soft keyword kw.
func (p *parser) isSoft(t *token, kw string) bool {
	return t.kind == tNAME && t.end-t.start == len(kw) && string(p.src[t.start:t.end]) == kw
}

// expectSoft consumes the soft keyword kw.
func (p *parser) expectSoft(kw string) *token {
	t := p.peek()
	if p.isSoft(t, kw) {
		p.mark++
		return t
	}
	return nil
}

// expectForced is &&tok: the token must come, or it is a SyntaxError "expected 'x'".
func (p *parser) expectForced(k tokKind, what string) *token {
	t := p.peek()
	if t.kind != k {
		p.raiseAt(SyntaxError, t.line, t.col, t.endLine, t.endCol, "expected '%s'", what)
	}
	p.mark++
	return t
}

// enter and leave bound the recursion.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		panic(&bailout{&Error{Kind: MemoryError, Msg: "", Filename: p.filename, NoLocation: true}})
	}
}

func (p *parser) leave() { p.depth-- }

// memo is a memoized result of a rule at a token.
type memo struct {
	rule ruleID
	node any
	end  int
	next *memo
}

type ruleID uint8

const (
	rSimpleStmt ruleID = iota + 1
	rBlock
	rExpression
	rStarExpression
	rDisjunction
	rConjunction
	rInversion
	rBitwiseOr
	rBitwiseXor
	rBitwiseAnd
	rShiftExpr
	rSum
	rTerm
	rFactor
	rAwaitPrimary
	rPrimary
	rTPrimary
	rStrings
	rArguments
	rStarTarget
	rTargetWithStarAtom
	rDelTarget
	rClosedPattern
	rStarPattern
	rInvalidNamedExpression
	rSlices
	rNamedExpression
)

// memoized looks up the result of rule at the mark; on a hit the mark moves past it.
// firstPassMemo are the rules memoized in the first pass too: the others are seldom
// parsed twice at the same token until the invalid_ rules of the second pass run.
var firstPassMemo = [...]bool{rExpression: true, rTPrimary: true, rStrings: true, rArguments: true,
	rStarTarget: true, rTargetWithStarAtom: true, rDelTarget: true, rClosedPattern: true, rStarPattern: true}

func (p *parser) memoized(rule ruleID) (any, bool) {
	if !p.invalid && (int(rule) >= len(firstPassMemo) || !firstPassMemo[rule]) {
		return nil, false
	}
	t := p.peek()
	for m := t.memo; m != nil; m = m.next {
		if m.rule == rule {
			p.mark = m.end
			return m.node, true
		}
	}
	return nil, false
}

// memoize records the result of rule started at token position start.
func (p *parser) memoize(start int, rule ruleID, node any) {
	if !p.invalid && (int(rule) >= len(firstPassMemo) || !firstPassMemo[rule]) {
		return
	}
	if len(p.memoSlab) == 0 {
		p.memoSlab = make([]memo, 256)
	}
	m := &p.memoSlab[0]
	p.memoSlab = p.memoSlab[1:]
	t := p.toks[start]
	*m = memo{rule: rule, node: node, end: p.mark, next: t.memo}
	t.memo = m
}

// lastToken is the last token before the mark that is not NEWLINE, INDENT, DEDENT or
// ENDMARKER (_PyPegen_get_last_nonnwhitespace_token): where a node ends.
func (p *parser) lastToken() *token {
	var t *token
	for m := p.mark - 1; m >= 0; m-- {
		t = p.toks[m]
		if t.kind != tENDMARKER && t.kind != tNEWLINE && t.kind != tINDENT && t.kind != tDEDENT {
			break
		}
	}
	return t
}

// pos is EXTRA: from the start of token start to the end of the last token consumed.
func (p *parser) pos(start *token) ast.Pos {
	end := p.lastToken()
	return ast.Pos{Lineno: start.line, ColOffset: start.col, EndLineno: end.endLine, EndColOffset: end.endCol}
}

// posFrom is EXTRA for a rule that started at token index m.
func (p *parser) posFrom(m int) ast.Pos {
	return p.pos(p.toks[m])
}

// tokPos is the position of one token.
func tokPos(t *token) ast.Pos {
	return ast.Pos{Lineno: t.line, ColOffset: t.col, EndLineno: t.endLine, EndColOffset: t.endCol}
}

// spanPos runs from the start of a to the end of b.
func spanPos(a, b ast.Located) ast.Pos {
	pa, pb := a.Loc(), b.Loc()
	return ast.Pos{Lineno: pa.Lineno, ColOffset: pa.ColOffset, EndLineno: pb.EndLineno, EndColOffset: pb.EndColOffset}
}

// reset forgets the memos for the second pass.
func (p *parser) resetForErrorPass() {
	for _, t := range p.toks {
		t.memo = nil
	}
	p.mark = 0
	p.invalid = true
}

const currentPos = -5 // CURRENT_POS: the tokenizer's position

// raise is RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: an error at the last token read
// (or knownErrToken).
func (p *parser) raise(kind ErrorKind, format string, args ...any) {
	if len(p.toks) == 0 {
		p.raiseKnown(kind, 0, 0, 0, -1, format, args...)
	}
	t := p.knownErrToken
	if t == nil {
		t = p.toks[len(p.toks)-1]
	}
	var col int
	endCol := -1
	if t.col == -1 {
		if p.s.cur == 0 {
			col = 0
		} else {
			col = p.s.cur - p.s.lineStart
		}
	} else {
		col = t.col + 1
	}
	if t.endCol != -1 {
		endCol = t.endCol + 1
	}
	p.raiseKnown(kind, t.line, col, t.endLine, endCol, format, args...)
}

// raiseAt is RAISE_ERROR_KNOWN_LOCATION: columns are 0-based bytes (or currentPos).
func (p *parser) raiseAt(kind ErrorKind, line, col, endLine, endCol int, format string, args ...any) {
	if col != currentPos {
		col++
	}
	if endCol != currentPos {
		endCol++
	}
	p.raiseKnown(kind, line, col, endLine, endCol, format, args...)
}

// raiseNode is RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a).
func (p *parser) raiseNode(a ast.Located, format string, args ...any) {
	l := a.Loc()
	p.raiseAt(SyntaxError, l.Lineno, l.ColOffset, l.EndLineno, l.EndColOffset, format, args...)
}

// raiseRange is RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b).
func (p *parser) raiseRange(a, b ast.Located, format string, args ...any) {
	la, lb := a.Loc(), b.Loc()
	p.raiseAt(SyntaxError, la.Lineno, la.ColOffset, lb.EndLineno, lb.EndColOffset, format, args...)
}

// raiseFrom is RAISE_SYNTAX_ERROR_STARTING_FROM(a).
func (p *parser) raiseFrom(a ast.Located, format string, args ...any) {
	la := a.Loc()
	p.raiseAt(SyntaxError, la.Lineno, la.ColOffset, currentPos, currentPos, format, args...)
}

// raiseTok is RAISE_SYNTAX_ERROR_KNOWN_LOCATION with a token.
func (p *parser) raiseTok(t *token, format string, args ...any) {
	p.raiseAt(SyntaxError, t.line, t.col, t.endLine, t.endCol, format, args...)
}

// raiseKnown is _PyPegen_raise_error_known_location: columns are 1-based bytes here and
// become characters of the error line.
func (p *parser) raiseKnown(kind ErrorKind, line, col, endLine, endCol int, format string, args ...any) {
	if endLine == currentPos {
		endLine = p.s.lineno
	}
	if endCol == currentPos {
		endCol = p.s.cur - p.s.lineStart
	}
	msg := fmt.Sprintf(format, args...)
	if p.mode == modeFString {
		msg = "f-string: " + msg
	}
	text := replaceInvalidUTF8(p.errorLine(line))
	if p.mode == modeFString {
		col -= p.startCol
		endCol -= p.startCol
	}
	if !p.byteOffsets {
		col = charOffset(text, col)
		if endCol > 0 {
			endCol = charOffset(text, endCol)
		}
	}
	panic(&bailout{&Error{Kind: kind, Msg: msg, Filename: p.filename,
		Lineno: line, Offset: col, EndLineno: endLine, EndOffset: endCol, Text: text}})
}

// errorLine is the text CPython puts into SyntaxError.text for an error on line: the
// tokenizer's current line (with its newline) if the error is there or after it, else
// the line from the source (without newline).
func (p *parser) errorLine(line int) string {
	s := p.s
	if s.lineno <= line && s.inp > s.buf {
		return string(s.src[s.buf:s.inp])
	}
	rel := line
	if s.startLine != 0 {
		rel = line - s.startLine + 1
	}
	i := 0
	for n := 1; n < rel; n++ {
		j := indexByte(s.src[i:], '\n')
		if j < 0 || i+j+1 > s.inp {
			break
		}
		i += j + 1
	}
	j := indexByte(s.src[i:], '\n')
	if j < 0 {
		return string(s.src[i:])
	}
	return string(s.src[i : i+j])
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// tokenizerError raises the error of an ERRORTOKEN (CPython's tokenizer_error).
func (p *parser) tokenizerError() {
	s := p.s
	switch s.state {
	case sError:
		panic(&bailout{s.err})
	case sDecode:
		p.raise(SyntaxError, "(unicode error) %s", s.decodeMsg)
	case sEOF:
		if s.level > 0 {
			p.raiseUnclosed()
		}
		p.raise(SyntaxError, "unexpected EOF while parsing")
	case sDedent:
		p.raise(IndentationError, "unindent does not match any outer indentation level")
	case sTabSpace:
		p.raiseAt(TabError, s.lineno, 0, s.lineno, -1, "inconsistent use of tabs and spaces in indentation")
	case sTooDeep:
		p.raiseAt(IndentationError, s.lineno, 0, s.lineno, -1, "too many levels of indentation")
	case sLineCont:
		p.raiseAt(SyntaxError, s.lineno, s.cur-s.buf-1, s.lineno, -1, "unexpected character after line continuation character")
	}
	p.raise(SyntaxError, "unknown parsing error")
}

// raiseUnclosed reports the innermost open bracket: "'(' was never closed".
func (p *parser) raiseUnclosed() {
	s := p.s
	i := s.level - 1
	line := s.parenline[i]
	p.raiseAt(SyntaxError, line, s.parencol[i], line, -1, "'%c' was never closed", s.parenstack[i])
}
