package csv

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

// ReaderType and WriterType are _csv.reader and _csv.writer (made by the functions of the
// same names).
var (
	ReaderType = py.NewType("reader", "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n")
	WriterType = py.NewType("writer", "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n")
)

type parseState int

const (
	startRecord parseState = iota
	startField
	escapedChar
	inField
	inQuotedField
	escapeInQuotedField
	quoteInQuotedField
	eatCRNL
	afterEscapedCRNL
)

// eol stands for the end of an input line.
const eol rune = -2

// Reader is a _csv.reader: the state machine of CPython's parse_process_char.
type Reader struct {
	input    py.Object
	dialect  *Dialect
	fields   py.Tuple
	state    parseState
	field    []rune
	unquoted bool // the current field had no quotes (QUOTE_NONNUMERIC makes it a float)
	lineNum  int
}

// Type returns _csv.reader.
func (r *Reader) Type() *py.Type { return ReaderType }

func newReader(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 1 || len(args) > 2 {
		how, n := "at least", 1
		if len(args) > 2 {
			how, n = "at most", 2
		}
		return nil, py.ExceptionNewf(py.TypeError, " expected %s %d argument%s, got %d", how, n, map[bool]string{true: "s", false: ""}[n > 1], len(args))
	}
	it, err := objects.Iter(args[0])
	if err != nil {
		return nil, err
	}
	var base py.Object
	if len(args) == 2 {
		base = args[1]
	}
	d, err := callDialect(base, kwargs)
	if err != nil {
		return nil, err
	}
	return &Reader{input: it, dialect: d}, nil
}

func (r *Reader) saveField() error {
	var f py.Object = py.String(string(r.field))
	if r.unquoted && len(r.field) > 0 && r.dialect.quoting == quoteNonNumeric {
		v, err := py.Call(py.FloatType, py.Tuple{f}, nil)
		if err != nil {
			return err
		}
		f = v
	}
	r.field = r.field[:0]
	r.fields = append(r.fields, f)
	return nil
}

func (r *Reader) addChar(c rune) error {
	if len(r.field) >= fieldLimit {
		return py.ExceptionNewf(Error, "field larger than field limit (%d)", fieldLimit)
	}
	r.field = append(r.field, c)
	return nil
}

func isCRNL(c rune) bool { return c == '\n' || c == '\r' }

func (r *Reader) endLine(c rune) {
	if c == eol {
		r.state = startRecord
	} else {
		r.state = eatCRNL
	}
}

func (r *Reader) process(c rune) error {
	d := r.dialect
	switch r.state {
	case startRecord:
		if c == eol {
			return nil
		}
		if isCRNL(c) {
			r.state = eatCRNL
			return nil
		}
		r.state = startField
		fallthrough
	case startField:
		r.unquoted = true
		switch {
		case isCRNL(c) || c == eol:
			if err := r.saveField(); err != nil {
				return err
			}
			r.endLine(c)
		case c == d.quotechar && d.quoting != quoteNone:
			r.unquoted = false
			r.state = inQuotedField
		case c == d.escapechar:
			r.state = escapedChar
		case c == ' ' && d.skipinitialspace:
		case c == d.delimiter:
			return r.saveField()
		default:
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = inField
		}
	case escapedChar:
		if isCRNL(c) {
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = afterEscapedCRNL
			return nil
		}
		if c == eol {
			c = '\n'
		}
		if err := r.addChar(c); err != nil {
			return err
		}
		r.state = inField
	case afterEscapedCRNL, inField:
		if r.state == afterEscapedCRNL && c == eol {
			return nil
		}
		r.state = inField
		switch {
		case isCRNL(c) || c == eol:
			if err := r.saveField(); err != nil {
				return err
			}
			r.endLine(c)
		case c == d.escapechar:
			r.state = escapedChar
		case c == d.delimiter:
			if err := r.saveField(); err != nil {
				return err
			}
			r.state = startField
		default:
			return r.addChar(c)
		}
	case inQuotedField:
		switch {
		case c == eol:
		case c == d.escapechar:
			r.state = escapeInQuotedField
		case c == d.quotechar && d.quoting != quoteNone:
			if d.doublequote {
				r.state = quoteInQuotedField
			} else {
				r.state = inField
			}
		default:
			return r.addChar(c)
		}
	case escapeInQuotedField:
		if c == eol {
			c = '\n'
		}
		if err := r.addChar(c); err != nil {
			return err
		}
		r.state = inQuotedField
	case quoteInQuotedField:
		switch {
		case d.quoting != quoteNone && c == d.quotechar:
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = inQuotedField
		case c == d.delimiter:
			if err := r.saveField(); err != nil {
				return err
			}
			r.state = startField
		case isCRNL(c) || c == eol:
			if err := r.saveField(); err != nil {
				return err
			}
			r.endLine(c)
		case !d.strict:
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = inField
		default:
			return py.ExceptionNewf(Error, "'%c' expected after '%c'", d.delimiter, d.quotechar)
		}
	case eatCRNL:
		switch {
		case isCRNL(c):
		case c == eol:
			r.state = startRecord
		default:
			return py.ExceptionNewf(Error, "new-line character seen in unquoted field - do you need to open the file with newline=''?")
		}
	}
	return nil
}

// M__iter__ returns the reader.
func (r *Reader) M__iter__() (py.Object, error) { return r, nil }

// M__next__ parses the next record: a list of fields.
func (r *Reader) M__next__() (py.Object, error) {
	r.fields, r.field, r.state, r.unquoted = nil, r.field[:0], startRecord, false
	for {
		line, err := py.Next(r.input)
		if err != nil {
			if !py.IsException(py.StopIteration, err) {
				return nil, err
			}
			if len(r.field) != 0 || r.state == inQuotedField {
				if r.dialect.strict {
					return nil, py.ExceptionNewf(Error, "unexpected end of data")
				}
				if err := r.saveField(); err != nil {
					return nil, err
				}
				break
			}
			return nil, err
		}
		s, ok := line.(py.String)
		if !ok {
			if n, isStr := objects.NativeOf(line).(py.String); isStr {
				s, ok = n, true
			}
		}
		if !ok {
			return nil, py.ExceptionNewf(Error, "iterator should return strings, not %s (the file should be opened in text mode)", argclinic.TypeName(line))
		}
		r.lineNum++
		for _, c := range string(s) {
			if err := r.process(c); err != nil {
				return nil, err
			}
		}
		if err := r.process(eol); err != nil {
			return nil, err
		}
		if r.state == startRecord {
			break
		}
	}
	out := r.fields
	r.fields = nil
	return py.NewListFromItems(out), nil
}

// Writer is a _csv.writer.
type Writer struct {
	write   py.Object
	dialect *Dialect
}

// Type returns _csv.writer.
func (w *Writer) Type() *py.Type { return WriterType }

func newWriter(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 1 || len(args) > 2 {
		how, n := "at least", 1
		if len(args) > 2 {
			how, n = "at most", 2
		}
		return nil, py.ExceptionNewf(py.TypeError, " expected %s %d argument%s, got %d", how, n, map[bool]string{true: "s", false: ""}[n > 1], len(args))
	}
	write, err := py.GetAttrString(args[0], "write")
	if err != nil || !classes.Callable(write) {
		return nil, py.ExceptionNewf(py.TypeError, "argument 1 must have a \"write\" method")
	}
	var base py.Object
	if len(args) == 2 {
		base = args[1]
	}
	d, err := callDialect(base, kwargs)
	if err != nil {
		return nil, err
	}
	return &Writer{write: write, dialect: d}, nil
}

// appendField adds a field to rec as CPython's join_append does (quoting and escaping
// as the dialect says).
func (w *Writer) appendField(rec *strings.Builder, first bool, field string, quoted bool) error {
	d := w.dialect
	var body strings.Builder
	for _, c := range field {
		special := c == d.delimiter || c == d.escapechar || c == d.quotechar || strings.ContainsRune(d.lineterminator, c)
		if special {
			escape := false
			if d.quoting == quoteNone {
				escape = true
			} else {
				if c == d.quotechar {
					if d.doublequote {
						body.WriteRune(d.quotechar)
					} else {
						escape = true
					}
				} else if c == d.escapechar {
					escape = true
				}
				if !escape {
					quoted = true
				}
			}
			if escape {
				if d.escapechar == notSet {
					return py.ExceptionNewf(Error, "need to escape, but no escapechar set")
				}
				body.WriteRune(d.escapechar)
			}
		}
		body.WriteRune(c)
	}
	if !first {
		rec.WriteRune(d.delimiter)
	}
	if quoted {
		rec.WriteRune(d.quotechar)
	}
	rec.WriteString(body.String())
	if quoted {
		rec.WriteRune(d.quotechar)
	}
	return nil
}

// isNumber is PyNumber_Check: ints, floats, complex numbers and objects with __index__,
// __int__ or __float__.
func isNumber(o py.Object) bool {
	switch objects.NativeOf(o).(type) {
	case py.Int, *py.BigInt, py.Float, py.Bool, py.Complex:
		return true
	case py.String, py.Bytes:
		return false
	}
	t := classes.TypeOf(o)
	for _, name := range []string{"__index__", "__int__", "__float__"} {
		if classes.Lookup(t, name) != nil {
			return true
		}
	}
	return false
}

func (w *Writer) writeRow(row py.Object) (py.Object, error) {
	it, err := objects.Iter(row)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return nil, py.ExceptionNewf(Error, "iterable expected, not %s", argclinic.TypeName(row))
		}
		return nil, err
	}
	var rec strings.Builder
	n := 0
	for {
		field, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				break
			}
			return nil, err
		}
		quoted := false
		switch w.dialect.quoting {
		case quoteNonNumeric:
			quoted = !isNumber(field)
		case quoteAll:
			quoted = true
		}
		var s string
		switch v := field.(type) {
		case py.String:
			s = string(v)
		default:
			if field != py.None {
				if s, err = objects.Str(field); err != nil {
					return nil, err
				}
			}
		}
		if err := w.appendField(&rec, n == 0, s, quoted); err != nil {
			return nil, err
		}
		n++
	}
	if n == 1 && rec.Len() == 0 {
		if w.dialect.quoting == quoteNone {
			return nil, py.ExceptionNewf(Error, "single empty field record must be quoted")
		}
		rec.Reset()
		w.appendField(&rec, true, "", true)
	}
	rec.WriteString(w.dialect.lineterminator)
	return py.Call(w.write, py.Tuple{py.String(rec.String())}, nil)
}

func initReaderWriter() {
	ReaderType.Dict["__module__"] = py.String("_csv")
	WriterType.Dict["__module__"] = py.String("_csv")
	ReaderType.Dict["dialect"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return o.(*Reader).dialect, nil }}
	ReaderType.Dict["line_num"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Int(o.(*Reader).lineNum), nil }}
	WriterType.Dict["dialect"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return o.(*Writer).dialect, nil }}
	WriterType.Dict["writerow"] = classes.NewMethodOf("writer", "writerow", "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  Non-string\nelements will be converted to string.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.One("writerow", args, kwargs)
		if err != nil {
			return nil, err
		}
		return self.(*Writer).writeRow(a)
	})
	WriterType.Dict["writerows"] = classes.NewMethodOf("writer", "writerows", "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file.  Non-string\nelements will be converted to string.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.One("writerows", args, kwargs)
		if err != nil {
			return nil, err
		}
		it, err := objects.Iter(a)
		if err != nil {
			return nil, err
		}
		for {
			row, err := py.Next(it)
			if err != nil {
				if py.IsException(py.StopIteration, err) {
					return py.None, nil
				}
				return nil, err
			}
			if _, err := self.(*Writer).writeRow(row); err != nil {
				return nil, err
			}
		}
	})
	for _, t := range []*py.Type{ReaderType, WriterType} {
		name := t.Name
		t.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
			return nil, py.ExceptionNewf(py.TypeError, "cannot create '_csv.%s' instances", name)
		}
	}
}
