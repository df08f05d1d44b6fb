package objects

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// strFormatter implements str.format and str.format_map: replacement fields with positional
// and keyword arguments, automatic or manual numbering, attribute and index lookups,
// conversions and format specs that themselves contain replacement fields.
type strFormatter struct {
	args    py.Tuple
	kwargs  py.Object // a *Dict, a py.StringDict or any mapping
	auto    int       // next automatic index; -1 once manual numbering was used
	usedMan bool
}

// StrFormat implements format.format(*args, **kwargs).
func StrFormat(format string, args py.Tuple, kwargs py.Object) (string, error) {
	f := &strFormatter{args: args, kwargs: kwargs}
	return f.format(format, 2)
}

func (f *strFormatter) format(s string, depth int) (string, error) {
	if depth < 0 {
		return "", py.ExceptionNewf(py.ValueError, "Max string recursion exceeded")
	}
	var out strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '{' && i+1 < len(s) && s[i+1] == '{':
			out.WriteByte('{')
			i += 2
		case c == '}' && i+1 < len(s) && s[i+1] == '}':
			out.WriteByte('}')
			i += 2
		case c == '}':
			return "", py.ExceptionNewf(py.ValueError, "Single '}' encountered in format string")
		case c == '{':
			end, err := fieldEnd(s, i+1)
			if err != nil {
				return "", err
			}
			r, err := f.field(s[i+1:end], depth)
			if err != nil {
				return "", err
			}
			out.WriteString(r)
			i = end + 1
		default:
			j := strings.IndexAny(s[i:], "{}")
			if j < 0 {
				j = len(s) - i
			}
			out.WriteString(s[i : i+j])
			i += j
		}
	}
	return out.String(), nil
}

// fieldEnd finds the '}' closing the field that starts at s[start:].
func fieldEnd(s string, start int) (int, error) {
	depth := 1
	inBracket := false
	for j := start; j < len(s); j++ {
		switch s[j] {
		case '[':
			inBracket = true
		case ']':
			inBracket = false
		case '{':
			if !inBracket {
				depth++
			}
		case '}':
			if !inBracket {
				depth--
				if depth == 0 {
					return j, nil
				}
			}
		}
	}
	if start == len(s) {
		return 0, py.ExceptionNewf(py.ValueError, "Single '{' encountered in format string")
	}
	return 0, py.ExceptionNewf(py.ValueError, "expected '}' before end of string")
}

func (f *strFormatter) field(field string, depth int) (string, error) {
	// Split name[!conv][:spec]; the name may contain '[...]' with ':' or '!' inside.
	name, rest := field, ""
	inBracket := false
	for j := 0; j < len(field); j++ {
		ch := field[j]
		if ch == '[' {
			inBracket = true
		} else if ch == ']' {
			inBracket = false
		} else if !inBracket && (ch == '!' || ch == ':') {
			name, rest = field[:j], field[j:]
			break
		}
	}
	var conv byte
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			return "", py.ExceptionNewf(py.ValueError, "end of string while looking for conversion specifier")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return "", py.ExceptionNewf(py.ValueError, "expected ':' after conversion specifier")
		}
		if conv != 'r' && conv != 's' && conv != 'a' {
			return "", py.ExceptionNewf(py.ValueError, "Unknown conversion specifier %c", conv)
		}
	}
	spec := strings.TrimPrefix(rest, ":")
	v, err := f.lookup(name)
	if err != nil {
		return "", err
	}
	if strings.ContainsAny(spec, "{}") {
		if spec, err = f.format(spec, depth-1); err != nil {
			return "", err
		}
	}
	if conv != 0 {
		s, err := convert(v, conv)
		if err != nil {
			return "", err
		}
		v = py.String(s)
	}
	return Format(v, spec)
}

// lookup resolves a field name: an index or keyword, then .attr and [key] parts.
func (f *strFormatter) lookup(name string) (py.Object, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first, rest := name[:end], name[end:]
	var v py.Object
	if first == "" {
		if f.usedMan {
			return nil, py.ExceptionNewf(py.ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		idx := f.auto
		f.auto++
		var err error
		if v, err = f.positional(idx); err != nil {
			return nil, err
		}
	} else if n, err := strconv.Atoi(first); err == nil && n >= 0 {
		if f.auto > 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		f.usedMan = true
		if v, err = f.positional(n); err != nil {
			return nil, err
		}
	} else {
		if f.kwargs == nil {
			return nil, keyError(py.String(first))
		}
		var err error
		if v, err = mappingGet(f.kwargs, py.String(first)); err != nil {
			return nil, err
		}
	}
	for rest != "" {
		if rest[0] == '.' {
			j := strings.IndexAny(rest[1:], ".[")
			if j < 0 {
				j = len(rest) - 1
			}
			attr := rest[1 : 1+j]
			if attr == "" {
				return nil, py.ExceptionNewf(py.ValueError, "Empty attribute in format string")
			}
			var err error
			if v, err = py.GetAttrString(v, attr); err != nil {
				return nil, err
			}
			rest = rest[1+j:]
			continue
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "Missing ']' in format string")
		}
		key := rest[1:j]
		if key == "" {
			return nil, py.ExceptionNewf(py.ValueError, "Empty attribute in format string")
		}
		var k py.Object = py.String(key)
		if n, err := strconv.Atoi(key); err == nil && n >= 0 {
			k = py.Int(n)
		}
		var err error
		if v, err = py.GetItem(v, k); err != nil {
			return nil, err
		}
		rest = rest[j+1:]
		if rest != "" && rest[0] != '.' && rest[0] != '[' {
			return nil, py.ExceptionNewf(py.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v, nil
}

func (f *strFormatter) positional(i int) (py.Object, error) {
	if i >= len(f.args) {
		return nil, py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", i)
	}
	return f.args[i], nil
}

// mappingGet reads m[k] from a dict, a StringDict or any object with __getitem__.
func mappingGet(m py.Object, k py.Object) (py.Object, error) {
	switch d := m.(type) {
	case *Dict:
		return d.M__getitem__(k)
	case py.StringDict:
		if s, ok := k.(py.String); ok {
			if v, ok := d[string(s)]; ok {
				return v, nil
			}
		}
		return nil, keyError(k)
	}
	return py.GetItem(m, k)
}
