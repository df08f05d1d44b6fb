package objects

import (
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

// Searching, splitting, stripping and joining methods of str.

func mustStr(x py.Object, what string) (string, error) {
	s, ok := x.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s, not %s", what, typeName(x))
	}
	return string(s), nil
}

// strFind returns the code point index of sub in s[start:end] (from the right if rev), or -1.
func strFind(self py.Object, args py.Tuple, kw py.StringDict, name string, rev bool) (int, error) {
	var subObj, start, end py.Object
	if err := unpackSearch(name, args, kw, &subObj, &start, &end); err != nil {
		return 0, err
	}
	sub, err := mustStr(subObj, "must be str")
	if err != nil {
		return 0, err
	}
	u := newUstr(string(self.(py.String)))
	s, e, err := sliceBounds(start, end, u.n())
	if err != nil {
		return 0, err
	}
	if s > e {
		return -1, nil
	}
	hay := u.sub(s, e)
	var i int
	if rev {
		i = strings.LastIndex(hay, sub)
	} else {
		i = strings.Index(hay, sub)
	}
	if i < 0 {
		return -1, nil
	}
	return u.idx(u.off(s) + i), nil
}

func strCount(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var subObj, start, end py.Object
	if err := unpackSearch("count", args, kw, &subObj, &start, &end); err != nil {
		return nil, err
	}
	sub, err := mustStr(subObj, "must be str")
	if err != nil {
		return nil, err
	}
	u := newUstr(string(self.(py.String)))
	s, e, err := sliceBounds(start, end, u.n())
	if err != nil {
		return nil, err
	}
	if s > e {
		return py.Int(0), nil
	}
	hay := u.sub(s, e)
	if sub == "" {
		return py.Int(newUstr(hay).n() + 1), nil
	}
	return py.Int(strings.Count(hay, sub)), nil
}

// affix implements startswith/endswith: prefix may be a str or a tuple of str.
func affix(self py.Object, args py.Tuple, kw py.StringDict, name string, suffix bool) (py.Object, error) {
	var pre, start, end py.Object
	if err := unpackSearch(name, args, kw, &pre, &start, &end); err != nil {
		return nil, err
	}
	u := newUstr(string(self.(py.String)))
	s, e, err := sliceBounds(start, end, u.n())
	if err != nil {
		return nil, err
	}
	if s > e {
		return py.False, nil
	}
	hay := u.sub(s, e)
	test := func(x py.Object) (bool, error) {
		p, ok := x.(py.String)
		if !ok {
			return false, py.ExceptionNewf(py.TypeError, "tuple for %s must only contain str, not %s", name, typeName(x))
		}
		if suffix {
			return strings.HasSuffix(hay, string(p)), nil
		}
		return strings.HasPrefix(hay, string(p)), nil
	}
	switch p := pre.(type) {
	case py.String:
		ok, _ := test(p)
		return py.NewBool(ok), nil
	case py.Tuple:
		for _, x := range p {
			ok, err := test(x)
			if err != nil || ok {
				return py.NewBool(ok), err
			}
		}
		return py.False, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be str or a tuple of str, not %s", name, typeName(pre))
}

// isPySpace is Python's str.isspace for one character.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// splitWhitespace splits on runs of whitespace, at most maxsplit times (-1: no limit).
func splitWhitespace(s string, maxsplit int, rev bool) []string {
	var out []string
	if !rev {
		i := 0
		for {
			for i < len(s) {
				r, size := decodeRune(s, i)
				if !isPySpace(r) {
					break
				}
				i += size
			}
			if i >= len(s) {
				return out
			}
			if maxsplit == 0 {
				return append(out, s[i:])
			}
			j := i
			for j < len(s) {
				r, size := decodeRune(s, j)
				if isPySpace(r) {
					break
				}
				j += size
			}
			out = append(out, s[i:j])
			maxsplit--
			i = j
		}
	}
	rs := []rune(s)
	j := len(rs)
	for {
		for j > 0 && isPySpace(rs[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, string(rs[:j]))
			break
		}
		i := j
		for i > 0 && !isPySpace(rs[i-1]) {
			i--
		}
		out = append(out, string(rs[i:j]))
		maxsplit--
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func decodeRune(s string, i int) (rune, int) {
	if s[i] < 0x80 {
		return rune(s[i]), 1
	}
	for j, r := range s[i:] {
		_ = j
		return r, len(string(r))
	}
	return 0, 1
}

func strSplit(self py.Object, args py.Tuple, kw py.StringDict, name string, rev bool) (py.Object, error) {
	var sepObj, maxObj py.Object
	if err := parseArgs(name, args, kw, []string{"sep", "maxsplit"}, 2, 0, &sepObj, &maxObj); err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	maxsplit := -1
	if maxObj != nil {
		m, err := indexInt(maxObj)
		if err != nil {
			return nil, err
		}
		maxsplit = m
	}
	var parts []string
	if sepObj == nil || sepObj == py.None {
		parts = splitWhitespace(s, maxsplit, rev)
	} else {
		sep, err := mustStr(sepObj, "must be str or None")
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, py.ExceptionNewf(py.ValueError, "empty separator")
		}
		switch {
		case maxsplit < 0:
			parts = strings.Split(s, sep)
		case !rev:
			parts = strings.SplitN(s, sep, maxsplit+1)
		default:
			for maxsplit > 0 {
				i := strings.LastIndex(s, sep)
				if i < 0 {
					break
				}
				parts = append(parts, s[i+len(sep):])
				s = s[:i]
				maxsplit--
			}
			parts = append(parts, s)
			for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
				parts[a], parts[b] = parts[b], parts[a]
			}
		}
	}
	return strList(parts), nil
}

func strList(parts []string) *py.List {
	items := make([]py.Object, len(parts))
	for i, p := range parts {
		items[i] = py.String(p)
	}
	return py.NewListFromItems(items)
}

func strStrip(self py.Object, args py.Tuple, kw py.StringDict, name string, left, right bool) (py.Object, error) {
	var chars py.Object
	if err := unpackPos(name, args, kw, 0, &chars); err != nil {
		return nil, err
	}
	s := string(self.(py.String))
	cut := isPySpace
	if chars != nil && chars != py.None {
		cs, ok := chars.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s arg must be None or str", name)
		}
		cut = func(r rune) bool { return strings.ContainsRune(string(cs), r) }
	}
	if left {
		s = strings.TrimLeftFunc(s, cut)
	}
	if right {
		s = strings.TrimRightFunc(s, cut)
	}
	return py.String(s), nil
}

func strJoin(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	if err := oneArg(self, "join", args); err != nil {
		return nil, err
	}
	sep := string(self.(py.String))
	switch args[0].(type) {
	case py.Tuple, *py.List:
	default:
		if _, err := py.Iter(args[0]); err != nil {
			if py.IsException(py.TypeError, err) {
				return nil, py.ExceptionNewf(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
	}
	var b strings.Builder
	b.Grow(joinedLen(args[0], len(sep)))
	i := 0
	err := iterate(args[0], func(x py.Object) (bool, error) {
		s, ok := NativeOf(x).(py.String)
		if !ok {
			return false, py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", i, typeName(x))
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(string(s))
		i++
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return py.String(b.String()), nil
}

// joinedLen is the length of sep.join(seq) when seq is a list or tuple of strs (0 when it
// is not, or holds anything else: the join finds the error).
func joinedLen(seq py.Object, sep int) int {
	var items []py.Object
	switch x := seq.(type) {
	case py.Tuple:
		items = x
	case *py.List:
		items = x.Items
	}
	n := 0
	for i, x := range items {
		s, ok := x.(py.String)
		if !ok {
			return 0
		}
		if i > 0 {
			n += sep
		}
		n += len(s)
	}
	return n
}

func strPartition(self py.Object, args py.Tuple, name string, rev bool) (py.Object, error) {
	if err := oneArg(self, name, args); err != nil {
		return nil, err
	}
	sep, err := mustStr(args[0], "must be str")
	if err != nil {
		return nil, err
	}
	if sep == "" {
		return nil, py.ExceptionNewf(py.ValueError, "empty separator")
	}
	s := string(self.(py.String))
	var i int
	if rev {
		i = strings.LastIndex(s, sep)
		if i < 0 {
			return py.Tuple{py.String(""), py.String(""), py.String(s)}, nil
		}
	} else {
		i = strings.Index(s, sep)
		if i < 0 {
			return py.Tuple{py.String(s), py.String(""), py.String("")}, nil
		}
	}
	return py.Tuple{py.String(s[:i]), py.String(sep), py.String(s[i+len(sep):])}, nil
}

func strReplace(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var oldObj, newObj, countObj py.Object
	if err := unpackPos("replace", args, kw, 2, &oldObj, &newObj, &countObj); err != nil {
		return nil, err
	}
	old, err := mustStr(oldObj, "replace() argument 1 must be str")
	if err != nil {
		return nil, err
	}
	nw, err := mustStr(newObj, "replace() argument 2 must be str")
	if err != nil {
		return nil, err
	}
	n := -1
	if countObj != nil {
		if n, err = indexInt(countObj); err != nil {
			return nil, err
		}
	}
	return py.String(strings.Replace(string(self.(py.String)), old, nw, n)), nil
}

func strSplitlines(self py.Object, args py.Tuple, kw py.StringDict) (py.Object, error) {
	var keep py.Object
	if err := parseArgs("splitlines", args, kw, []string{"keepends"}, 1, 0, &keep); err != nil {
		return nil, err
	}
	keepends := false
	if keep != nil {
		k, err := truth(keep)
		if err != nil {
			return nil, err
		}
		keepends = k
	}
	rs := []rune(string(self.(py.String)))
	var parts []string
	start := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		brk := 0
		switch r {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			brk = 1
		case '\r':
			brk = 1
			if i+1 < len(rs) && rs[i+1] == '\n' {
				brk = 2
			}
		}
		if brk == 0 {
			continue
		}
		end := i
		if keepends {
			end = i + brk
		}
		parts = append(parts, string(rs[start:end]))
		i += brk - 1
		start = i + 1
	}
	if start < len(rs) {
		parts = append(parts, string(rs[start:]))
	}
	return strList(parts), nil
}
