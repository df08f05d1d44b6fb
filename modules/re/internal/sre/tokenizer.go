package sre

import (
	"fmt"
	"strings"
)

// ErrorKind says which Python exception a compile error is.
type ErrorKind int

const (
	// KindError is re.error.
	KindError ErrorKind = iota
	// KindOverflow is OverflowError ("the repetition number is too large").
	KindOverflow
	// KindValue is ValueError (incompatible flags).
	KindValue
	// KindIndex is IndexError (an unknown group name in a replacement template).
	KindIndex
	// KindRecursion is RecursionError: groups nested so deep that CPython's recursive
	// parser exceeds the recursion limit.
	KindRecursion
)

// Error is a pattern that cannot be compiled. For re.error, Pos is the index in the
// pattern CPython reports, or -1 when it reports none.
type Error struct {
	Kind ErrorKind
	Msg  string
	Pos  int
}

func (e *Error) Error() string {
	if e.Pos >= 0 {
		return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
	}
	return e.Msg
}

func reError(msg string) *Error { return &Error{Kind: KindError, Msg: msg, Pos: -1} }

// Warning is a warning CPython's re module issues while compiling (a DeprecationWarning
// or FutureWarning), to be shown as the warnings module shows it, attributed to the
// script's call of the re function.
type Warning struct {
	Category string
	Msg      string
}

// tokenizer reads a pattern the way re._parser.Tokenizer does: a token is one character
// or a backslash and the character after it. A bytes pattern is read as latin-1 text.
type tokenizer struct {
	src    []rune
	istext bool
	index  int
	tok    [2]rune // the current token; tokLen 0 means the end of the pattern (None)
	tokLen int
	lookup NameLookup // for \N{name}
	// the caller's depth of Python frames and the recursion limit (Options)
	depth, limit int
}

func newTokenizer(src []rune, istext bool) (*tokenizer, error) {
	t := &tokenizer{src: src, istext: istext}
	if err := t.advance(); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *tokenizer) advance() error {
	i := t.index
	if i >= len(t.src) {
		t.tokLen = 0
		return nil
	}
	c := t.src[i]
	if c == '\\' {
		i++
		if i >= len(t.src) {
			return &Error{Kind: KindError, Msg: "bad escape (end of pattern)", Pos: len(t.src) - 1}
		}
		t.tok, t.tokLen = [2]rune{'\\', t.src[i]}, 2
	} else {
		t.tok, t.tokLen = [2]rune{c}, 1
	}
	t.index = i + 1
	return nil
}

// token is a token value held after the tokenizer moved on (re._parser keeps it as a str).
type token struct {
	r [2]rune
	n int // 0: None
}

func (k token) none() bool         { return k.n == 0 }
func (k token) is(c rune) bool     { return k.n == 1 && k.r[0] == c }
func (k token) escape() bool       { return k.n == 2 }
func (k token) ch() rune           { return k.r[0] }
func (k token) text() string       { return string(k.r[:k.n]) }
func (k token) in(set string) bool { return k.n == 1 && strings.ContainsRune(set, k.r[0]) }

// next is the current token, not consumed (Tokenizer.next).
func (t *tokenizer) next() token { return token{t.tok, t.tokLen} }

// match consumes the current token if it is the character c.
func (t *tokenizer) match(c rune) (bool, error) {
	if t.tokLen == 1 && t.tok[0] == c {
		return true, t.advance()
	}
	return false, nil
}

// get returns the current token and moves to the next one.
func (t *tokenizer) get() (token, error) {
	k := t.next()
	return k, t.advance()
}

// getwhile collects up to n tokens that are characters of set.
func (t *tokenizer) getwhile(n int, set string) ([]rune, error) {
	var out []rune
	for i := 0; i < n; i++ {
		k := t.next()
		if !k.in(set) {
			break
		}
		out = append(out, k.ch())
		if err := t.advance(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// getuntil collects the text of tokens up to the terminator character (a name in
// (?P<name>...) and the like).
func (t *tokenizer) getuntil(term rune, name string) ([]rune, error) {
	var out []rune
	for {
		k := t.next()
		if err := t.advance(); err != nil {
			return nil, err
		}
		if k.none() {
			if len(out) == 0 {
				return nil, t.error("missing "+name, 0)
			}
			return nil, t.error(fmt.Sprintf("missing %c, unterminated name", term), len(out))
		}
		if k.is(term) {
			if len(out) == 0 {
				return nil, t.error("missing "+name, 1)
			}
			return out, nil
		}
		out = append(out, k.r[:k.n]...)
	}
}

// tell is the index of the current token.
func (t *tokenizer) tell() int { return t.index - t.tokLen }

func (t *tokenizer) seek(i int) error {
	t.index = i
	return t.advance()
}

// error is re.error(msg) at offset characters before the current token; a bytes
// pattern's message keeps to ASCII, as CPython's backslashreplace does.
func (t *tokenizer) error(msg string, offset int) *Error {
	if !t.istext {
		msg = asciiBackslash(msg)
	}
	return &Error{Kind: KindError, Msg: msg, Pos: t.tell() - offset}
}

// asciiBackslash is s.encode('ascii', 'backslashreplace').decode('ascii').
func asciiBackslash(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}
