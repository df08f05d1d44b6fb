package compiler

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// Source bytes become text as CPython 3.11 reads them (PEP 263, PEP 3120): a UTF-8 byte
// order mark is dropped, a coding declaration in the first two lines chooses the encoding
// (utf-8, latin-1 and ascii with their aliases), and UTF-8 is the default. Two readers
// differ in how they report bytes that are not UTF-8:
//
//   - a script file (and a script on stdin) is decoded whole when nothing is declared:
//     "Non-UTF-8 code starting with '\xff' in file x.py on line 2, but no encoding
//     declared; ..." (DecodeScript);
//   - bytes given to compile(), exec() or eval(), and modules imported, keep their bytes
//     and only the tokens that need text are decoded, so a bad byte in a comment is
//     harmless and one in a literal or a name is "(unicode error) 'utf-8' codec can't
//     decode byte 0xff in position 0: invalid start byte" (DecodeSource). A script file
//     that declares utf-8 is read this way too.
//
// Where the second kind of error is reported mirrors CPython's parser: after the run of
// string literals that holds the bad one (the position of the next token), at the end
// of a name, and over the whole of a bytes literal.

// DecodeSource turns source bytes given to compile() or read by an import into text.
func DecodeSource(src []byte, filename string) (string, error) {
	return decodeSource(src, filename, false)
}

// DecodeScript turns the bytes of the main script (a file, or stdin) into text.
func DecodeScript(src []byte, filename string) (string, error) {
	return decodeSource(src, filename, true)
}

func decodeSource(src []byte, filename string, script bool) (string, error) {
	bom := len(src) >= 3 && src[0] == 0xef && src[1] == 0xbb && src[2] == 0xbf
	if bom {
		src = src[3:]
	}
	declared, ok := codingSpec(src)
	problem := func(msg string) error {
		if script {
			return newSyntaxError("encoding problem: "+msg, "", 0, -1, nil, 0, 0)
		}
		return newSyntaxError(msg, filename, 0, -1, nil, 0, 0)
	}
	if !ok {
		if script && !utf8.Valid(src) {
			return "", nonUTF8Error(src, filename)
		}
		return checkTokens(src, filename, false)
	}
	name := normalEncoding(declared)
	codec := codecOf(name)
	if bom && codec != "utf-8" {
		return "", newSyntaxError("encoding problem: "+name+" with BOM", filenameIf(!script, filename), 0, -1, nil, 0, 0)
	}
	switch codec {
	case "utf-8":
		return checkTokens(src, filename, true)
	case "latin-1":
		r := make([]rune, len(src))
		for i, b := range src {
			r[i] = rune(b)
		}
		return string(r), nil
	case "ascii":
		for i, b := range src {
			if b >= 0x80 {
				if script {
					return "", problem(name)
				}
				return "", newSyntaxError(fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", b, i), filename, 0, -1, nil, 0, 0)
			}
		}
		return string(src), nil
	}
	if script {
		return "", problem(name)
	}
	return "", problem("unknown encoding: " + name)
}

func filenameIf(ok bool, filename string) string {
	if ok {
		return filename
	}
	return ""
}

// codingSpec finds a coding declaration in the first line, or in the second when the
// first holds only a comment or blanks.
func codingSpec(src []byte) (string, bool) {
	for n := 0; n < 2 && len(src) > 0; n++ {
		line := src
		if i := strings.IndexByte(string(src), '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = nil
		}
		text := strings.TrimLeft(string(line), " \t\f")
		if text != "" && text[0] != '#' && text[0] != '\r' {
			return "", false
		}
		if name, ok := codingIn(text); ok {
			return name, true
		}
	}
	return "", false
}

// codingIn matches "coding[:=]\s*([-\w.]+)" in a comment line.
func codingIn(comment string) (string, bool) {
	for i := strings.Index(comment, "coding"); i >= 0; {
		rest := comment[i+6:]
		if rest != "" && (rest[0] == ':' || rest[0] == '=') {
			rest = strings.TrimLeft(rest[1:], " \t")
			j := 0
			for j < len(rest) && (isWordByte(rest[j]) || rest[j] == '-' || rest[j] == '.') {
				j++
			}
			if j > 0 {
				return rest[:j], true
			}
		}
		k := strings.Index(rest, "coding")
		if k < 0 {
			break
		}
		i += 6 + k
	}
	return "", false
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// normalEncoding is the tokenizer's spelling of a declared encoding (get_normal_name).
func normalEncoding(s string) string {
	buf := s
	if len(buf) > 12 {
		buf = buf[:12]
	}
	buf = strings.ToLower(strings.ReplaceAll(buf, "_", "-"))
	if buf == "utf-8" || strings.HasPrefix(buf, "utf-8-") {
		return "utf-8"
	}
	for _, l := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if buf == l || strings.HasPrefix(buf, l+"-") {
			return "iso-8859-1"
		}
	}
	return s
}

// codecOf is the codec a declared encoding names (Python's aliases), or "" for one gopy
// cannot decode.
func codecOf(name string) string {
	n := strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(name))
	switch n {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return "utf-8"
	case "latin_1", "latin1", "iso8859_1", "iso_8859_1", "8859", "cp819", "l1", "latin",
		"iso_ir_100", "csisolatin1", "iso_8859_1:1987", "ibm819", "iso8859":
		return "latin-1"
	case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
		"cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us":
		return "ascii"
	}
	return ""
}

// nonUTF8Error is the script reader's error for the first byte that is not UTF-8.
func nonUTF8Error(src []byte, filename string) error {
	line, i := 1, 0
	for i < len(src) {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		if src[i] == '\n' {
			line++
		}
		i += n
	}
	msg := fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], filename, line)
	return newSyntaxError(msg, "", 0, -1, nil, 0, 0)
}

// utf8Error describes the first invalid UTF-8 sequence of b as Python's decoder does: its
// start, its end (exclusive) and the reason; ok is false when b is valid.
func utf8Error(b []byte) (start, end int, reason string, ok bool) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		var need int
		lo, hi := byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 1
		case c >= 0xe0 && c <= 0xef:
			need = 2
			if c == 0xe0 {
				lo = 0xa0
			} else if c == 0xed {
				hi = 0x9f
			}
		case c >= 0xf0 && c <= 0xf4:
			need = 3
			if c == 0xf0 {
				lo = 0x90
			} else if c == 0xf4 {
				hi = 0x8f
			}
		default:
			return i, i + 1, "invalid start byte", true
		}
		j := i + 1
		for k := 0; k < need; k++ {
			if j >= len(b) {
				return i, len(b), "unexpected end of data", true
			}
			if b[j] < lo || b[j] > hi {
				return i, j, "invalid continuation byte", true
			}
			lo, hi = 0x80, 0xbf
			j++
		}
		i = j
	}
	return 0, 0, "", false
}

// unicodeError is the "(unicode error)" message for the invalid bytes of token text.
func unicodeError(text []byte) (string, bool) {
	start, end, reason, bad := utf8Error(text)
	if !bad {
		return "", false
	}
	if end-start == 1 {
		return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", text[start], start, reason), true
	}
	return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: %s", start, end-1, reason), true
}

// newSyntaxError builds a SyntaxError with CPython's attributes. line 0 (CPython's for
// errors of the whole source) gives no position at all when filename is empty.
func newSyntaxError(msg, filename string, line, offset int, text py.Object, endLine, endOffset int) error {
	exc := py.ExceptionNewf(py.SyntaxError, "%s", msg)
	if text == nil {
		text = py.None
	}
	var fn, lineObj, offObj, endLineObj, endOffObj py.Object = py.None, py.None, py.None, py.None, py.None
	if filename != "" {
		fn, lineObj, offObj = py.String(filename), py.Int(line), py.Int(offset)
		if endLine > 0 {
			endLineObj, endOffObj = py.Int(endLine), py.Int(endOffset)
		}
	}
	setSyntaxAttrs(exc, msg, fn, lineObj, offObj, text, endLineObj, endOffObj)
	return exc
}

// setSyntaxAttrs sets the attributes of CPython's SyntaxError on exc.
func setSyntaxAttrs(exc *py.Exception, msg string, filename, line, offset, text, endLine, endOffset py.Object) {
	exc.Dict["msg"] = py.String(msg)
	exc.Dict["filename"] = filename
	exc.Dict["lineno"] = line
	exc.Dict["offset"] = offset
	exc.Dict["text"] = text
	exc.Dict["line"] = text // gpython's own name for it
	exc.Dict["end_lineno"] = endLine
	exc.Dict["end_offset"] = endOffset
	exc.Dict["print_file_and_line"] = py.None
}
