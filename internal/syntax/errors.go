package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// ErrorKind is the Python exception an Error stands for.
type ErrorKind uint8

// The kinds of error: SyntaxError and its subclasses.
const (
	SyntaxError ErrorKind = iota
	IndentationError
	TabError
	// MemoryError is the parser's own stack running out (CPython raises MemoryError).
	MemoryError
)

// String returns the Python exception name.
func (k ErrorKind) String() string {
	switch k {
	case IndentationError:
		return "IndentationError"
	case TabError:
		return "TabError"
	case MemoryError:
		return "MemoryError"
	}
	return "SyntaxError"
}

// Error is a SyntaxError (or IndentationError, TabError) with the attributes CPython 3.11
// gives the exception: the message, the file name, the line, the offsets (1-based, in
// characters of Text for errors of the parser and tokenizer, in bytes plus one for errors
// of the symbol table, as in CPython; 0 or -1 where CPython has those), the end line and
// end offset, and the source line Text (which may end in a newline, as CPython's does).
// When NoLocation is set, CPython gives None for the line, offsets and text (null bytes
// in the source).
type Error struct {
	Kind       ErrorKind
	Msg        string
	Filename   string
	Lineno     int
	Offset     int
	EndLineno  int
	EndOffset  int
	Text       string
	NoLocation bool
	// NoText is set when CPython gives None for the text although the error has a
	// location (errors of the symbol table, for source that is not a file).
	NoText bool
	// Cause, when set, is the error that stopped parsing instead of a syntax error: one
	// raised by Warn (the warnings machinery), to be passed on as it is.
	Cause error
}

// Error returns the message with the location, as a one-line text.
func (e *Error) Error() string {
	if e.NoLocation {
		return fmt.Sprintf("%s: %s", e.Kind, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Lineno, e.Offset, e.Kind, e.Msg)
}

// None stands for Python's None in a position field of an Error.
const None = -1 << 31

// charOffset converts a byte offset into line to the number of characters of the
// first n bytes, as _PyPegen_byte_offset_to_character_offset (invalid UTF-8 counts as
// one character per byte, as the "replace" error handler does).
func charOffset(line string, n int) int {
	if n > len(line)+1 {
		n = len(line) + 1
	}
	if n > len(line) {
		// CPython reads one byte past the text here: its terminating NUL
		return countChars(line) + 1
	}
	if n < 0 {
		return n
	}
	return countChars(line[:n])
}

// countChars counts characters as Python's UTF-8 decoder with errors="replace" does: a
// truncated sequence at the end counts as one character.
func countChars(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// an incomplete but valid prefix of a sequence is one replacement character
			j := i + 1
			if s[i] >= 0xc2 && s[i] <= 0xf4 {
				for j < len(s) && j-i < 4 && s[j]&0xc0 == 0x80 {
					j++
				}
			}
			size = j - i
		}
		i += size
		n++
	}
	return n
}

// replaceInvalidUTF8 decodes s as Python's UTF-8 decoder with errors="replace" does:
// each invalid sequence (as far as it is a valid prefix) becomes one U+FFFD.
func replaceInvalidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	rest := []byte(s)
	for len(rest) > 0 {
		i, j, _, bad := utf8Error(rest)
		if !bad {
			b.Write(rest)
			break
		}
		b.Write(rest[:i])
		b.WriteRune(utf8.RuneError)
		rest = rest[j:]
	}
	return b.String()
}
