package compiler

import (
	"bytes"

	"github.com/gopyrt/gopy/internal/syntax"
)

// Source bytes become text as CPython 3.11 reads them (PEP 263, PEP 3120), by package
// syntax: a UTF-8 byte order mark is dropped, a coding declaration in the first two
// lines chooses the encoding, and UTF-8 is the default. The two readers differ as
// CPython's do in how they report bytes that are not UTF-8:
//
//   - a script file (and a script on stdin) that declares nothing must be UTF-8
//     throughout: "Non-UTF-8 code starting with '\xff' in file x.py on line 2, but no
//     encoding declared; ..." (DecodeScript);
//   - bytes given to compile(), exec() or eval(), and modules imported, keep their bytes,
//     and Compile's parser reports a bad byte where it meets it, so that one in a
//     comment is harmless and one in a literal or a name is "(unicode error) ..."
//     (DecodeSource).

// DecodeSource turns source bytes given to compile() or read by an import into the text
// Compile takes.
func DecodeSource(src []byte, filename string) (string, error) {
	text, err := syntax.DecodeSource(filename, src, false)
	if err != nil {
		return "", SyntaxErrorOf(err)
	}
	return string(text), nil
}

// DecodeScript turns the bytes of the main script (a file, or stdin) into the text
// Compile takes.
func DecodeScript(src []byte, filename string) (string, error) {
	text, err := syntax.DecodeSource(filename, src, true)
	if err != nil {
		return "", SyntaxErrorOf(err)
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		line := 1 + bytes.Count(text[:i], []byte{'\n'})
		start := bytes.LastIndexByte(text[:i], '\n') + 1
		return "", SyntaxErrorOf(&syntax.Error{Msg: "source code cannot contain null bytes", Filename: filename,
			Lineno: line, Offset: -1, EndLineno: -1, EndOffset: -1, Text: string(text[start:i])})
	}
	return string(text), nil
}
