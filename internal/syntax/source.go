package syntax

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"

	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// ParseFile parses the bytes of a source file as python3 reads a script or module: a
// UTF-8 byte order mark or a PEP 263 encoding declaration gives the encoding (UTF-8 by
// default), and undecodable bytes and null bytes are the SyntaxErrors CPython reports
// for files.
func ParseFile(filename string, src []byte, mode Mode) (ast.ModNode, error) {
	text, declared, err := decodeSource(filename, src, true)
	if err != nil {
		return nil, err
	}
	if i := bytes.IndexByte(text, 0); i >= 0 {
		line := 1 + bytes.Count(text[:i], []byte{'\n'})
		start := bytes.LastIndexByte(text[:i], '\n') + 1
		end := i
		return nil, &Error{Msg: "source code cannot contain null bytes", Filename: filename,
			Lineno: line, Offset: -1, EndLineno: -1, EndOffset: -1, Text: string(text[start:end])}
	}
	return parse(filename, text, mode, !declared)
}

var codingRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// ParseBytes parses source given as bytes as compile() does: a byte order mark or an
// encoding declaration gives the encoding, and bytes that are not UTF-8 are reported
// where the tokenizer or the parser meets them.
func ParseBytes(filename string, src []byte, mode Mode) (ast.ModNode, error) {
	text, declared, err := decodeSource(filename, src, false)
	if err != nil {
		return nil, err
	}
	return parse(filename, text, mode, !declared)
}

// DecodeSource returns the source as UTF-8: without its byte order mark, decoded from the
// encoding its first two lines declare. With checkUTF8, source that should be UTF-8 and
// is not is the error python3 reports for a file.
func DecodeSource(filename string, src []byte, checkUTF8 bool) ([]byte, error) {
	text, _, err := decodeSource(filename, src, checkUTF8)
	return text, err
}

// decodeSource is DecodeSource; declared reports a byte order mark or an encoding
// declaration (CPython's tokenizer then has an encoding, and gives SyntaxError offsets
// in characters; without one they are in bytes).
func decodeSource(filename string, src []byte, checkUTF8 bool) (text []byte, declared bool, err error) {
	bom := bytes.HasPrefix(src, []byte("\xef\xbb\xbf"))
	if bom {
		src = src[3:]
	}
	enc := ""
	lines := src
	for n := 0; n < 2 && len(lines) > 0; n++ {
		line := lines
		if i := bytes.IndexByte(lines, '\n'); i >= 0 {
			line, lines = lines[:i], lines[i+1:]
		} else {
			lines = nil
		}
		if m := codingRE.FindSubmatch(line); m != nil {
			enc = normalizeEncoding(string(m[1]))
			break
		}
		// the second line counts only after a blank or comment line
		t := bytes.TrimLeft(line, " \t\f\r")
		if len(t) > 0 && t[0] != '#' {
			break
		}
	}
	declared = bom || enc != ""
	// problem is an error of the declared encoding: for a script (checkUTF8) CPython's
	// file reader reports every one as "encoding problem: <name>", without a file name.
	problem := func(msg string) error {
		if checkUTF8 {
			return &Error{Msg: "encoding problem: " + enc, Offset: -1, EndLineno: None, EndOffset: None, NoText: true}
		}
		return &Error{Msg: msg, Filename: filename, Offset: -1, EndLineno: None, EndOffset: None, NoText: true}
	}
	if bom && enc != "" && enc != "utf-8" {
		enc += " with BOM"
		return nil, false, problem("encoding problem: " + enc)
	}
	if checkUTF8 && asciiIncompatible(enc) {
		return nil, false, problem("")
	}
	switch enc {
	case "", "utf-8":
		if checkUTF8 && enc == "" && !bom && !utf8.Valid(src) {
			i := invalidUTF8(src)
			line := 1 + bytes.Count(src[:i], []byte{'\n'})
			return nil, false, &Error{Filename: filename, Offset: -1, EndLineno: None, EndOffset: None, NoText: true, Msg: fmt.Sprintf(
				"Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
				src[i], filename, line)}
		}
		return src, declared, nil
	case "iso-8859-1":
		var b strings.Builder
		for _, c := range src {
			b.WriteRune(rune(c))
		}
		return []byte(b.String()), true, nil
	}
	if isASCIIName(enc) {
		for i, c := range src {
			if c >= 0x80 {
				return nil, false, problem(fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i))
			}
		}
		return src, true, nil
	}
	e, err := htmlindex.Get(enc)
	if err != nil || e == nil {
		e, err = ianaindex.IANA.Encoding(enc)
	}
	if err != nil || e == nil {
		return nil, false, problem("unknown encoding: " + enc)
	}
	out, err := e.NewDecoder().Bytes(src)
	if err != nil {
		return nil, false, problem("(unicode error) " + err.Error())
	}
	return out, true, nil
}

func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// asciiIncompatible reports whether a declared encoding does not keep ASCII's bytes (the
// file reader cannot read its lines).
func asciiIncompatible(enc string) bool {
	l := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	return strings.HasPrefix(l, "utf-16") || strings.HasPrefix(l, "utf-32") || strings.HasPrefix(l, "utf16") || strings.HasPrefix(l, "utf32")
}

// isASCIIName reports whether a declared encoding is one of Python's names of ASCII.
func isASCIIName(enc string) bool {
	switch strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(enc)) {
	case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
		"cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us":
		return true
	}
	return false
}

// normalizeEncoding is CPython's get_normal_name: the names of UTF-8 and Latin-1.
func normalizeEncoding(s string) string {
	l := strings.ToLower(strings.ReplaceAll(s, "_", "-"))
	switch {
	case l == "utf-8" || strings.HasPrefix(l, "utf-8-"):
		return "utf-8"
	case l == "latin-1" || l == "iso-8859-1" || l == "iso-latin-1" ||
		strings.HasPrefix(l, "latin-1-") || strings.HasPrefix(l, "iso-8859-1-") || strings.HasPrefix(l, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// utf8Error describes the first invalid UTF-8 sequence of b as Python's UTF-8 decoder
// does: its start, its end and the reason; ok is false when b is valid.
func utf8Error(b []byte) (start, end int, reason string, ok bool) {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			i += n
			continue
		}
		c := b[i]
		need := 0
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 1
		case c >= 0xe0 && c <= 0xef:
			need = 2
		case c >= 0xf0 && c <= 0xf4:
			need = 3
		default:
			return i, i + 1, "invalid start byte", true
		}
		j := i + 1
		for k := 0; k < need; k++ {
			if j >= len(b) {
				return i, len(b), "unexpected end of data", true
			}
			lo, hi := byte(0x80), byte(0xbf)
			if k == 0 {
				switch c {
				case 0xe0:
					lo = 0xa0
				case 0xed:
					hi = 0x9f
				case 0xf0:
					lo = 0x90
				case 0xf4:
					hi = 0x8f
				}
			}
			if b[j] < lo || b[j] > hi {
				break
			}
			j++
		}
		return i, j, "invalid continuation byte", true
	}
	return 0, 0, "", false
}

// utf8ErrorMessage is the text of Python's UnicodeDecodeError for b, or "".
func utf8ErrorMessage(b []byte) string {
	start, end, reason, ok := utf8Error(b)
	if !ok {
		return ""
	}
	if end-start == 1 {
		return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[start], start, reason)
	}
	return fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
}
