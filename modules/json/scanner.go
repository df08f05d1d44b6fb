package json

import (
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
)

// ScannerType is the type of _json.make_scanner's result (CPython's _json.Scanner): made
// from a JSONDecoder, whose hooks it reads once, and called as scan_once(string, idx) ->
// (value, end).
var ScannerType = py.NewType("Scanner", "JSON scanner object")

// Scanner decodes JSON values with the options of a JSONDecoder. A nil hook means the
// default (dict, float, int, the constants NaN and the infinities).
type Scanner struct {
	ctx           py.Context
	strict        bool
	objectHook    py.Object
	pairsHook     py.Object
	parseFloat    py.Object
	parseInt      py.Object
	parseConstant py.Object
}

// Type returns _json.Scanner.
func (sc *Scanner) Type() *py.Type { return ScannerType }

// makeScanner is _json.make_scanner(context).
func makeScanner(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var context py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:make_scanner", []string{"context"}, &context); err != nil {
		return nil, err
	}
	attr := func(name string) (py.Object, error) { return py.GetAttrString(context, name) }
	strict, err := attr("strict")
	if err != nil {
		return nil, err
	}
	b, err := py.MakeBool(strict)
	if err != nil {
		return nil, err
	}
	sc := &Scanner{ctx: self.(*py.Module).Context, strict: b == py.True}
	for _, h := range []struct {
		name string
		dst  *py.Object
		std  py.Object // the default, which needs no call
	}{
		{"object_hook", &sc.objectHook, py.None},
		{"object_pairs_hook", &sc.pairsHook, py.None},
		{"parse_float", &sc.parseFloat, py.FloatType},
		{"parse_int", &sc.parseInt, py.IntType},
		{"parse_constant", &sc.parseConstant, nil},
	} {
		v, err := attr(h.name)
		if err != nil {
			return nil, err
		}
		if v != h.std {
			*h.dst = v
		}
	}
	return sc, nil
}

// syntaxError is a JSONDecodeError to raise: its message and the byte offset it is at.
// "Expecting value" at the top of a call is StopIteration instead (see scan).
type syntaxError struct {
	msg string
	pos int
}

func (e *syntaxError) Error() string { return e.msg }

// noValue is the message of the error scan reports where no value starts.
const noValue = "Expecting value"

// M__call__ is scan_once(string, idx).
func (sc *Scanner) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var str, idx py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO:scan_once", []string{"string", "idx"}, &str, &idx); err != nil {
		return nil, err
	}
	s, ok := classes.NativeOf(str).(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be a string, not %s", classes.TypeOf(str).Name)
	}
	n, err := py.IndexInt(idx)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "idx cannot be negative")
	}
	start, ok := byteOffset(string(s), n)
	if !ok {
		return nil, stopIteration(py.Int(n))
	}
	v, end, err := sc.run(string(s), start)
	if err != nil {
		return nil, sc.raise(str, string(s), start, n, err)
	}
	return py.Tuple{v, charIndex(string(s), start, n, end)}, nil
}

// run scans the value at byte offset i of s with a fresh decoding state.
func (sc *Scanner) run(s string, i int) (py.Object, int, error) {
	d := &decodeState{Scanner: sc, s: s, nesting: nesting{thread: gil.Current(sc.ctx)}, memo: map[string]py.String{}}
	v, end, err := d.value(i)
	if err != nil {
		return nil, 0, err
	}
	return v, end, nil
}

// raise converts an error of run, whose positions are byte offsets of s from start (the
// character index base), into the exception CPython raises: StopIteration(idx) where no
// value starts, JSONDecodeError for other syntax errors.
func (sc *Scanner) raise(doc py.Object, s string, start, base int, err error) error {
	se, ok := err.(*syntaxError)
	if !ok {
		return err
	}
	pos := charIndex(s, start, base, se.pos)
	if se.msg == noValue {
		return stopIteration(pos)
	}
	return decodeError(sc.ctx, se.msg, doc, pos)
}

// decodeState is one scan of a document.
type decodeState struct {
	*Scanner
	s    string
	memo map[string]py.String // keys already made, shared by the objects of a document
	nesting
}

// skip returns the offset of the first character at or after i that is not JSON
// whitespace.
func skip(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// enter counts a nested array or object against the recursion limit.
func (d *decodeState) enter(what string) error {
	return d.nesting.enter("maximum recursion depth exceeded while decoding a JSON " + what + " from a unicode string")
}

// nesting counts nested containers against the recursion limit, as CPython's
// Py_EnterRecursiveCall: on the Python thread's depth (Python frames and containers
// together) when there is one, else on its own.
type nesting struct {
	thread *gil.Thread
	depth  int
}

func (n *nesting) enter(msg string) error {
	depth, limit := n.depth, gil.DefaultRecursionLimit
	if t := n.thread; t != nil {
		depth, limit = t.Depth, t.Runtime().RecursionLimit()
	}
	if depth >= limit {
		return py.ExceptionNewf(recursionError(), "%s", msg)
	}
	n.depth++
	if t := n.thread; t != nil {
		t.Depth++
	}
	return nil
}

func (n *nesting) leave() {
	n.depth--
	if t := n.thread; t != nil {
		t.Depth--
	}
}

// value decodes the value at offset i and returns it with the offset after it.
func (d *decodeState) value(i int) (py.Object, int, error) {
	s := d.s
	if i >= len(s) {
		return nil, 0, &syntaxError{noValue, i}
	}
	switch s[i] {
	case '"':
		str, end, err := scanString(s, i+1, d.strict)
		if err != nil {
			return nil, 0, err
		}
		return py.String(str), end, nil
	case '{':
		if err := d.enter("object"); err != nil {
			return nil, 0, err
		}
		v, end, err := d.object(i + 1)
		d.leave()
		return v, end, err
	case '[':
		if err := d.enter("array"); err != nil {
			return nil, 0, err
		}
		v, end, err := d.array(i + 1)
		d.leave()
		return v, end, err
	case 'n':
		if hasWord(s, i, "null") {
			return py.None, i + 4, nil
		}
	case 't':
		if hasWord(s, i, "true") {
			return py.True, i + 4, nil
		}
	case 'f':
		if hasWord(s, i, "false") {
			return py.False, i + 5, nil
		}
	case 'N':
		if hasWord(s, i, "NaN") {
			return d.constant("NaN", i)
		}
	case 'I':
		if hasWord(s, i, "Infinity") {
			return d.constant("Infinity", i)
		}
	case '-':
		if hasWord(s, i, "-Infinity") {
			return d.constant("-Infinity", i)
		}
	}
	return d.number(i)
}

func hasWord(s string, i int, w string) bool {
	return len(s)-i >= len(w) && s[i:i+len(w)] == w
}

func (d *decodeState) constant(name string, i int) (py.Object, int, error) {
	end := i + len(name)
	if d.parseConstant == nil {
		v, _ := strconv.ParseFloat(name, 64)
		return py.Float(v), end, nil
	}
	v, err := py.Call(d.parseConstant, py.Tuple{py.String(name)}, nil)
	return v, end, err
}

// number decodes -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at offset i.
func (d *decodeState) number(start int) (py.Object, int, error) {
	s, i := d.s, start
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case i < len(s) && s[i] == '0':
		i++
	default:
		return nil, 0, &syntaxError{noValue, start}
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		e := i
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		digits := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i > digits {
			isFloat = true
		} else {
			i = e
		}
	}
	text := s[start:i]
	if isFloat {
		if d.parseFloat != nil {
			v, err := py.Call(d.parseFloat, py.Tuple{py.String(text)}, nil)
			return v, i, err
		}
		f, _ := strconv.ParseFloat(text, 64) // out of range: ±inf or 0, as float() gives
		return py.Float(f), i, nil
	}
	if d.parseInt != nil {
		v, err := py.Call(d.parseInt, py.Tuple{py.String(text)}, nil)
		return v, i, err
	}
	if len(text) <= 18 {
		n, _ := strconv.ParseInt(text, 10, 64)
		return py.Int(n), i, nil
	}
	b, _ := new(big.Int).SetString(text, 10)
	if b.IsInt64() {
		return py.Int(b.Int64()), i, nil
	}
	return (*py.BigInt)(b), i, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// key returns the object key s, the same str object for a key seen before.
func (d *decodeState) key(s string) py.String {
	if k, ok := d.memo[s]; ok {
		return k
	}
	k := py.String(s)
	d.memo[s] = k
	return k
}

// object decodes the members of an object whose '{' ends before offset i.
func (d *decodeState) object(i int) (py.Object, int, error) {
	s := d.s
	var dict *objects.Dict
	var pairs []py.Object
	if d.pairsHook == nil {
		dict = objects.NewDict()
	}
	i = skip(s, i)
	if i >= len(s) || s[i] != '}' {
		for {
			if i >= len(s) || s[i] != '"' {
				return nil, 0, &syntaxError{"Expecting property name enclosed in double quotes", i}
			}
			k, end, serr := scanString(s, i+1, d.strict)
			if serr != nil {
				return nil, 0, serr
			}
			key := d.key(k)
			i = skip(s, end)
			if i >= len(s) || s[i] != ':' {
				return nil, 0, &syntaxError{"Expecting ':' delimiter", i}
			}
			i = skip(s, i+1)
			v, end, err := d.value(i)
			if err != nil {
				return nil, 0, err
			}
			if dict != nil {
				if err := dict.SetItem(key, v); err != nil {
					return nil, 0, err
				}
			} else {
				pairs = append(pairs, py.Tuple{key, v})
			}
			i = skip(s, end)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, &syntaxError{"Expecting ',' delimiter", i}
			}
			i = skip(s, i+1)
		}
	}
	end := i + 1
	switch {
	case d.pairsHook != nil:
		v, err := py.Call(d.pairsHook, py.Tuple{py.NewListFromItems(pairs)}, nil)
		return v, end, err
	case d.objectHook != nil:
		v, err := py.Call(d.objectHook, py.Tuple{dict}, nil)
		return v, end, err
	}
	return dict, end, nil
}

// array decodes the items of an array whose '[' ends before offset i.
func (d *decodeState) array(i int) (py.Object, int, error) {
	s := d.s
	var items []py.Object
	i = skip(s, i)
	if i >= len(s) || s[i] != ']' {
		for {
			v, end, err := d.value(i)
			if err != nil {
				return nil, 0, err
			}
			items = append(items, v)
			i = skip(s, end)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return nil, 0, &syntaxError{"Expecting ',' delimiter", i}
			}
			i = skip(s, i+1)
		}
	}
	return py.NewListFromItems(items), i + 1, nil
}

// byteOffset returns the byte offset of character n of s; ok is false when n is beyond
// the end of s.
func byteOffset(s string, n int) (int, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return 0, false
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return i, i < len(s)
}

// charCount is the number of characters of s, as len() counts them.
func charCount(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:])
		}
	}
	return len(s)
}

// raiseNew raises cls(*args).
func raiseNew(cls py.Object, args ...py.Object) error {
	exc, err := py.Call(cls, py.Tuple(args), nil)
	if err != nil {
		return err
	}
	return classes.Raise(exc, nil, false)
}

func stopIteration(v py.Object) error { return raiseNew(py.StopIteration, v) }

// decodeError makes json.decoder.JSONDecodeError(msg, doc, pos).
func decodeError(ctx py.Context, msg string, doc py.Object, pos py.Int) error {
	m, err := ctx.GetModule("json.decoder")
	if err != nil {
		return err
	}
	return raiseNew(m.Globals["JSONDecodeError"], py.String(msg), doc, pos)
}
