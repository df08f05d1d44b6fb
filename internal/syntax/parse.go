package syntax

import (
	"bytes"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// Parse parses src, the text of a Python source in UTF-8 (what compile() is given as a
// str), as a module (ModeExec), an expression (ModeEval), an interactive statement
// (ModeSingle) or a function type comment (ModeFuncType). The error is an *Error.
func Parse(filename string, src []byte, mode Mode) (ast.ModNode, error) {
	return parse(filename, src, mode, false)
}

// parse is Parse; with byteOffsets, error offsets are 1-based bytes, as CPython gives
// them for source bytes that declare no encoding.
func parse(filename string, src []byte, mode Mode, byteOffsets bool) (ast.ModNode, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &Error{Msg: "source code string cannot contain null bytes", Filename: filename, NoLocation: true}
	}
	p := newParser(prepare(src, mode), filename, mode)
	p.byteOffsets = byteOffsets
	res, err := p.run()
	if err != nil {
		return nil, err
	}
	return res.(ast.ModNode), nil
}

// prepare translates newlines (\r\n and \r become \n) and, for a module, ends the source
// with a newline, as CPython's string tokenizer does. src is not changed.
func prepare(src []byte, mode Mode) []byte {
	cr := bytes.IndexByte(src, '\r') >= 0
	nl := mode == ModeExec && (len(src) == 0 || src[len(src)-1] != '\n')
	if !cr && !nl {
		return src
	}
	out := make([]byte, 0, len(src)+1)
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
		}
		out = append(out, c)
	}
	if mode == ModeExec && (len(out) == 0 || out[len(out)-1] != '\n') {
		out = append(out, '\n')
	}
	return out
}

// startRule parses with the rule of the mode.
func (p *parser) startRule() any {
	switch p.mode {
	case ModeExec:
		if m := p.file(); m != nil {
			return m
		}
	case ModeEval:
		if m := p.eval(); m != nil {
			return m
		}
	case ModeSingle:
		if m := p.interactive(); m != nil {
			return m
		}
	case ModeFuncType:
		if m := p.funcType(); m != nil {
			return m
		}
	case modeFString:
		if e := p.starExpressions(); e != nil {
			return &fstringMod{expr: e}
		}
	}
	return nil
}

// attempt runs f, turning a raised error into err.
func (p *parser) attempt(f func() any) (v any, err *Error) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(*bailout)
			if !ok {
				panic(r)
			}
			v, err = nil, b.err
		}
	}()
	return f(), nil
}

// run is _PyPegen_run_parser: a first pass without the invalid_ rules; if it fails, a
// second pass with them, for a precise message; if that finds nothing, "invalid syntax"
// at the furthest token of the first pass. Errors of the parser may then give way to an
// error of the tokenizer further on.
func (p *parser) run() (any, *Error) {
	res, err := p.attempt(p.startRule)
	if err == nil && res != nil {
		if p.mode == ModeSingle && p.badSingleStatement() {
			_, err = p.attempt(func() any {
				p.raise(SyntaxError, "multiple statements found while compiling a single statement")
				return nil
			})
			return nil, err
		}
		return res, nil
	}
	if err == nil {
		if len(p.toks) == 0 {
			_, err = p.attempt(func() any { p.raise(SyntaxError, "error at start before reading any input"); return nil })
			return nil, err
		}
		last := p.toks[len(p.toks)-1]
		p.resetForErrorPass()
		_, err = p.attempt(p.startRule)
		if err == nil {
			if last.kind == tINDENT || last.kind == tDEDENT {
				_, err = p.attempt(func() any {
					if last.kind == tINDENT {
						p.raise(IndentationError, "unexpected indent")
					}
					p.raise(IndentationError, "unexpected unindent")
					return nil
				})
				return nil, err
			}
			_, err = p.attempt(func() any { p.raiseTok(last, "invalid syntax"); return nil })
			return nil, p.checkRest(err)
		}
	}
	if p.s.state == sOK && err.Kind != MemoryError {
		err = p.checkRest(err)
	}
	return nil, err
}

// checkRest is _PyPegen_tokenize_full_source_to_check_for_errors: the rest of the source
// is tokenized, and an error of the tokenizer there replaces err, as does an unclosed
// bracket opened before the line of err.
func (p *parser) checkRest(err *Error) *Error {
	cur := p.knownErrToken
	if cur == nil {
		cur = p.toks[len(p.toks)-1]
	}
	var t token
	for {
		p.s.next(&t)
		switch t.kind {
		case tERRORTOKEN:
			if p.s.state == sError {
				return p.s.err
			}
			if p.s.level != 0 && cur.line > p.s.parenline[p.s.level-1] {
				_, e := p.attempt(func() any { p.raiseUnclosed(); return nil })
				return e
			}
			return err
		case tENDMARKER:
			return err
		}
	}
}

// badSingleStatement reports whether more than one statement was given in single mode.
func (p *parser) badSingleStatement() bool {
	src := p.s.src
	i := p.s.cur
	for {
		for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\f') {
			i++
		}
		if i >= len(src) {
			return false
		}
		if src[i] != '#' {
			return true
		}
		for i < len(src) && src[i] != '\n' {
			i++
		}
	}
}
