package re

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/classes"
	"github.com/gopyrt/gopy/modules/re/internal/sre"
	"github.com/gopyrt/gopy/objects"
)

// sub, subn, split and findall, and the replacement templates of sub and Match.expand.

// template is a parsed replacement string: literal pieces and group references.
type template struct {
	pieces  []py.Object // str or bytes literals; nil where a group goes
	groups  []int       // the group of each nil piece, in order
	isBytes bool        // a bytes template (its literals are bytes)
}

// parseTemplate parses a replacement string (re._parser.parse_template).
// A warning is attributed stacklevel frames out from the Python caller (see emitWarnings).
func parseTemplate(repl py.Object, p *Pattern, stacklevel int) (*template, error) {
	units, isBytes, ok := textOf(repl)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", repl.Type().Name)
	}
	res, err := sre.ParseTemplate(units, !isBytes, p.prog)
	if err != nil {
		if e, ok := err.(*sre.Error); ok {
			if e.Kind == sre.KindIndex {
				return nil, py.ExceptionNewf(py.IndexError, "%s", e.Msg)
			}
			return nil, newError(e.Msg, repl, e.Pos)
		}
		return nil, err
	}
	emitWarnings(res.Warnings, stacklevel)
	t := &template{isBytes: isBytes}
	for _, piece := range res.Pieces {
		switch {
		case piece.Group >= 0:
			t.pieces = append(t.pieces, nil)
			t.groups = append(t.groups, piece.Group)
		case isBytes:
			b := make([]byte, len(piece.Text))
			for i, r := range piece.Text {
				b[i] = byte(r)
			}
			t.pieces = append(t.pieces, py.Bytes(b))
		default:
			t.pieces = append(t.pieces, py.String(string(piece.Text)))
		}
	}
	return t, nil
}

// expand fills the template with m's groups (re._parser.expand_template); groups that did
// not take part give an empty string.
func (t *template) expand(m *Match) (py.Object, error) {
	items := make([]py.Object, len(t.pieces))
	g := 0
	for i, piece := range t.pieces {
		if piece == nil {
			piece = m.group(t.groups[g], m.subj.empty())
			g++
		}
		items[i] = piece
	}
	out, err := join(m.subj.isBytes, items)
	if err != nil {
		return nil, err
	}
	if _, ok := m.subj.obj.(*objects.ByteArray); ok {
		return objects.NewByteArray(out.(py.Bytes)), nil
	}
	return out, nil
}

// join concatenates the items as str.join or bytes.join would, with their errors.
func join(isBytes bool, items []py.Object) (py.Object, error) {
	if isBytes {
		var b []byte
		for i, it := range items {
			switch v := classes.NativeOf(it).(type) {
			case py.Bytes:
				b = append(b, v...)
			case *objects.ByteArray:
				b = append(b, v.Bytes()...)
			case *objects.MemoryView:
				mb, err := memoryBytes(v)
				if err != nil {
					return nil, err
				}
				b = append(b, mb...)
			default:
				return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
			}
		}
		return py.Bytes(b), nil
	}
	var b strings.Builder
	for i, it := range items {
		s, ok := classes.NativeOf(it).(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", i, it.Type().Name)
		}
		b.WriteString(string(s))
	}
	return py.String(b.String()), nil
}

var (
	subParams   = &params{fn: "sub", names: []string{"repl", "string", "count"}, required: 2, method: true}
	subnParams  = &params{fn: "subn", names: []string{"repl", "string", "count"}, required: 2, method: true}
	splitParams = &params{fn: "split", names: []string{"string", "maxsplit"}, required: 1, method: true}
)

func (p *Pattern) subMethod(ps *params, args py.Tuple, kwargs py.StringDict, withCount bool) (py.Object, error) {
	a, err := ps.bind(args, kwargs)
	if err != nil {
		return nil, err
	}
	count, err := ssizeOr(a[2], 0)
	if err != nil {
		return nil, err
	}
	return p.sub(a[0], a[1], count, withCount, 3)
}

// sub replaces the matches in string by repl (a string, or a function of the match),
// at most count of them when count > 0 (pattern_subx).
// stacklevel places the template's warnings: CPython warns from inside re with
// stacklevel=5, which reaches the caller of re.sub (1 here) but two frames beyond the
// caller of Pattern.sub (3 here; at module level there are none, so "sys").
func (p *Pattern) sub(repl, str py.Object, count int, withCount bool, stacklevel int) (py.Object, error) {
	// what replaces a match: a literal, a template or a function
	var literal py.Object
	var tmpl *template
	fn := py.Object(nil)
	if classes.Callable(repl) {
		fn = repl
	} else if units, _, ok := textOf(repl); ok && !containsBackslash(units) {
		literal = repl
	} else {
		t, err := p.cachedTemplate(repl, stacklevel)
		if err != nil {
			return nil, err
		}
		if len(t.groups) == 0 && len(t.pieces) == 1 {
			literal = t.pieces[0]
		} else {
			tmpl = t
		}
	}
	subj, err := newSubject(str, p)
	if err != nil {
		return nil, err
	}
	st := p.state(subj, 0, maxSize)
	var items []py.Object
	n, i := 0, 0
	for count == 0 || n < count {
		st.Reset()
		st.Ptr = st.Start
		ok, err := st.Search()
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			break
		}
		b, e := st.Start, st.Ptr
		if i < b {
			items = append(items, subj.slice(i, b))
		}
		item := literal
		if literal == nil {
			m, err := newMatch(p, subj, st)
			if err != nil {
				return nil, err
			}
			if tmpl != nil {
				item, err = tmpl.expand(m)
			} else {
				item, err = py.Call(fn, py.Tuple{m}, nil)
			}
			if err != nil {
				return nil, err
			}
		}
		if item != py.None {
			items = append(items, item)
		}
		i = e
		n++
		st.MustAdvance = st.Ptr == st.Start
		st.Start = st.Ptr
	}
	if i < st.Endpos {
		items = append(items, subj.slice(i, st.Endpos))
	}
	out, err := join(subj.isBytes, items)
	if err != nil {
		return nil, err
	}
	if withCount {
		return py.Tuple{out, py.Int(n)}, nil
	}
	return out, nil
}

func containsBackslash(units []rune) bool {
	for _, r := range units {
		if r == '\\' {
			return true
		}
	}
	return false
}

// cachedTemplate parses repl for p once (CPython keeps the last 512 in an lru_cache,
// which also needs repl to be hashable).
func (p *Pattern) cachedTemplate(repl py.Object, stacklevel int) (*template, error) {
	if _, err := objects.Hash(repl); err != nil {
		return nil, err
	}
	units, isBytes, ok := textOf(repl)
	if !ok {
		return parseTemplate(repl, p, stacklevel)
	}
	key := templateKey{p, string(units), isBytes}
	templates.Lock()
	t, hit := templates.m[key]
	templates.Unlock()
	if hit {
		return t, nil
	}
	t, err := parseTemplate(repl, p, stacklevel)
	if err != nil {
		return nil, err
	}
	templates.Lock()
	if len(templates.m) >= maxCache {
		clear(templates.m)
	}
	templates.m[key] = t
	templates.Unlock()
	return t, nil
}

func patternSplit(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := splitParams.bind(args, kwargs)
	if err != nil {
		return nil, err
	}
	maxsplit, err := ssizeOr(a[1], 0)
	if err != nil {
		return nil, err
	}
	return p.split(a[0], maxsplit)
}

// split cuts string at the matches, at most maxsplit times when maxsplit > 0; the groups
// of each match go between the pieces.
func (p *Pattern) split(str py.Object, maxsplit int) (py.Object, error) {
	subj, err := newSubject(str, p)
	if err != nil {
		return nil, err
	}
	st := p.state(subj, 0, maxSize)
	var items []py.Object
	n, last := 0, st.Start
	for maxsplit == 0 || n < maxsplit {
		st.Reset()
		st.Ptr = st.Start
		ok, err := st.Search()
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			break
		}
		items = append(items, subj.slice(last, st.Start))
		for g := 1; g <= p.prog.Groups; g++ {
			a, b, err := st.Span(g)
			if err != nil {
				return nil, engineError(err)
			}
			if a < 0 {
				items = append(items, py.None)
			} else {
				items = append(items, subj.slice(a, b))
			}
		}
		n++
		st.MustAdvance = st.Ptr == st.Start
		last, st.Start = st.Ptr, st.Ptr
	}
	items = append(items, subj.slice(last, st.Endpos))
	return py.NewListFromItems(items), nil
}

// findall lists the matches: their text, or the text of their group, or tuples of their
// groups ("" for groups that did not take part).
func (p *Pattern) findall(subj *subject, pos, endpos int) (py.Object, error) {
	st := p.state(subj, pos, endpos)
	var items []py.Object
	for st.Start <= st.Endpos {
		st.Reset()
		st.Ptr = st.Start
		ok, err := st.Search()
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			break
		}
		group := func(g int) (py.Object, error) {
			a, b, err := st.Span(g)
			if err != nil {
				return nil, engineError(err)
			}
			if a < 0 {
				return subj.empty(), nil
			}
			return subj.slice(a, b), nil
		}
		var item py.Object
		switch p.prog.Groups {
		case 0:
			item = subj.slice(st.Start, st.Ptr)
		case 1:
			if item, err = group(1); err != nil {
				return nil, err
			}
		default:
			t := make(py.Tuple, p.prog.Groups)
			for g := range t {
				if t[g], err = group(g + 1); err != nil {
					return nil, err
				}
			}
			item = t
		}
		items = append(items, item)
		st.MustAdvance = st.Ptr == st.Start
		st.Start = st.Ptr
	}
	return py.NewListFromItems(items), nil
}
