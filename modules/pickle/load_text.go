package pickle

import (
	"bytes"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// The text arguments of protocol 0 opcodes (INT, LONG, FLOAT, GET, PUT) parsed as
// CPython's C unpickler does: the line is a C string (it ends at a NUL byte), INT tries
// strtol and then PyLong_FromString(s, 0), LONG is PyLong_FromString(s, 0) and the memo
// indices PyLong_FromString(s, 10), with Python's syntax (whitespace, underscores), FLOAT is PyOS_string_to_double on a prefix.

// readArgLine reads the line argument of a text opcode; an empty one ("\n") is truncated
// data, as CPython's bad_readline.
func (u *Unpickler) readArgLine() ([]byte, error) {
	line, err := u.src.readline()
	if err != nil {
		return nil, err
	}
	if len(line) < 2 {
		return nil, truncated()
	}
	return line, nil
}

// cString returns line as C code sees it: up to the first NUL byte.
func cString(line []byte) string {
	if i := bytes.IndexByte(line, 0); i >= 0 {
		line = line[:i]
	}
	return string(line)
}

// isPySpace reports whether c is whitespace for int() and str.strip().
func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// parsePyInt is PyLong_FromString(s, base) for base 10 or 0: surrounding whitespace, a
// sign, for base 0 a 0x/0o/0b prefix (and no other leading zero), single underscores
// between digits.
func parsePyInt(s string, base int) (*big.Int, bool) {
	x, ok, _ := parsePyIntBase(s, base)
	return x, ok
}

// parsePyIntBase is parsePyInt that also returns the base PyLong_FromString's error
// message names: the one the prefix chose, 0 for a forbidden leading zero.
func parsePyIntBase(s string, base int) (*big.Int, bool, int) {
	i, j := 0, len(s)
	for i < j && isPySpace(s[i]) {
		i++
	}
	for j > i && isPySpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	prefixed := false
	if base == 0 {
		base = 10
		if len(s) >= 2 && s[0] == '0' {
			switch s[1] {
			case 'x', 'X':
				base, s, prefixed = 16, s[2:], true
			case 'o', 'O':
				base, s, prefixed = 8, s[2:], true
			case 'b', 'B':
				base, s, prefixed = 2, s[2:], true
			default:
				// Only zeros may follow a leading zero in base 0.
				if strings.Trim(s, "0_") != "" {
					return nil, false, 0
				}
			}
		}
	}
	if prefixed && strings.HasPrefix(s, "_") {
		s = s[1:]
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return nil, false, base
	}
	s = strings.ReplaceAll(s, "_", "")
	for k := 0; k < len(s); k++ {
		if !strings.ContainsRune("0123456789abcdefABCDEF"[:digitsFor(base)], rune(s[k])) {
			return nil, false, base
		}
	}
	x, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, false, base
	}
	if neg {
		x.Neg(x)
	}
	return x, true, base
}

// digitsFor returns how many characters of "0123456789abcdefABCDEF" are digits in base.
func digitsFor(base int) int {
	if base <= 10 {
		return base
	}
	return 22
}

// strtol parses s as C's strtol(s, &end, 0) and reports whether it consumed everything up
// to the end or a newline without overflow.
func strtol(s string) (int64, bool) {
	i := 0
	for i < len(s) && isPySpace(s[i]) {
		i++
	}
	start := i
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	base := 10
	switch {
	case i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') && i+2 < len(s) && isHex(s[i+2]):
		base, i = 16, i+2
	case i < len(s) && s[i] == '0':
		base = 8
	}
	digits := i
	for i < len(s) && digitValue(s[i]) < base {
		i++
	}
	if i == digits || (i < len(s) && s[i] != '\n') {
		return 0, false
	}
	num := strings.Replace(s[start:i], "0x", "", 1)
	num = strings.Replace(num, "0X", "", 1)
	v, err := strconv.ParseInt(num, base, 64)
	return v, err == nil
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

// loadTextInt is INT (strtol, then int(s, 0); "00" and "01" are the booleans) and LONG
// (int(s, 10) without the trailing L).
func (u *Unpickler) loadTextInt(op byte) error {
	line, err := u.readArgLine()
	if err != nil {
		return err
	}
	s := cString(line)
	if op == opInt {
		if v, ok := strtol(s); ok {
			if len(line) == 3 && (v == 0 || v == 1) {
				u.push(py.NewBool(v == 1))
			} else {
				u.push(py.Int(v))
			}
			return nil
		}
		x, ok := parsePyInt(s, 0)
		if !ok {
			return py.ExceptionNewf(py.ValueError, "could not convert string to int")
		}
		u.push(intObject(x))
		return nil
	}
	if line[len(line)-2] == 'L' {
		s = cString(line[:len(line)-2])
	}
	x, ok, base := parsePyIntBase(s, 0)
	if !ok {
		return intLiteralError(s, base)
	}
	u.push(intObject(x))
	return nil
}

// intLiteralError is PyLong_FromString's ValueError: the repr of the first 200 bytes,
// itself cut to 200 characters; a UnicodeDecodeError when those bytes are not UTF-8.
func intLiteralError(s string, base int) error {
	if len(s) > 200 {
		s = s[:200]
	}
	if err := checkUTF8([]byte(s)); err != nil {
		return err
	}
	r := []rune(pyStrRepr(s))
	if len(r) > 200 {
		r = r[:200]
	}
	return py.ExceptionNewf(py.ValueError, "invalid literal for int() with base %d: %s", base, string(r))
}

// loadTextFloat is FLOAT: PyOS_string_to_double on the line, which must then be at its end.
func (u *Unpickler) loadTextFloat() error {
	line, err := u.readArgLine()
	if err != nil {
		return err
	}
	s := cString(line)
	n := floatPrefix(s)
	quoted := s
	if len(quoted) > 200 {
		quoted = quoted[:200]
	}
	if n == 0 {
		return py.ExceptionNewf(py.ValueError, "could not convert string to float: '%s'", quoted)
	}
	f, perr := strconv.ParseFloat(s[:n], 64)
	if perr != nil {
		if ne, ok := perr.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return py.ExceptionNewf(py.ValueError, "could not convert string to float: '%s'", quoted)
		}
		if math.IsInf(f, 0) {
			return py.ExceptionNewf(py.OverflowError, "value too large to convert to float: '%s'", quoted)
		}
	}
	if rest := s[n:]; rest != "" && rest[0] != '\n' {
		return py.ExceptionNewf(py.ValueError, "could not convert string to float")
	}
	u.push(py.Float(f))
	return nil
}

// floatPrefix returns the length of the longest prefix of s that is a float literal for
// CPython's _Py_dg_strtod (sign, digits with an optional point and exponent, or inf,
// infinity, nan), 0 when there is none.
func floatPrefix(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	lower := strings.ToLower(s[i:])
	for _, w := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(lower, w) {
			return i + len(w)
		}
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i, digits = i+1, digits+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i, digits = i+1, digits+1
		}
	}
	if digits == 0 {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j {
			i = k
		}
	}
	return i
}
