package re

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/re/internal/sre"
)

// sub, subn, split and findall, and the replacement templates of sub and Match.expand.

// template is a parsed replacement string: literal pieces and group references.
type template struct {
	pieces  []py.Object // str or bytes literals; nil where a group goes
	groups  []int       // the group of each nil piece, in order
	isBytes bool        // a bytes template (its literals are bytes)
}

// parseTemplate parses a replacement string (re._parser.parse_template). Its warnings
// point skip Python frames above the caller of the re function (see emitWarnings).
func parseTemplate(repl py.Object, p *Pattern, skip int) (*template, error) {
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
	emitWarnings(res.Warnings, skip)
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
	j := joiner{isBytes: isBytes, bad: -1}
	for _, it := range items {
		if err := j.add(it); err != nil {
			return nil, err
		}
	}
	return j.result()
}

// joiner builds sub's result piece by piece, as CPython's join of the pieces at the end
// would: a piece of the wrong type is reported (by its index) only once all are made.
type joiner struct {
	isBytes bool
	b       strings.Builder
	n       int    // pieces so far
	bad     int    // index of the first piece of the wrong type, -1 for none
	badType string // its type's name
}

func (j *joiner) add(it py.Object) error {
	i := j.n
	j.n++
	if j.bad >= 0 {
		return nil
	}
	if j.isBytes {
		switch v := classes.NativeOf(it).(type) {
		case py.Bytes:
			j.b.Write(v)
		case *objects.ByteArray:
			j.b.Write(v.Bytes())
		case *objects.MemoryView:
			mb, err := memoryBytes(v)
			if err != nil {
				return err
			}
			j.b.Write(mb)
		default:
			j.fail(i, it)
		}
		return nil
	}
	if s, ok := classes.NativeOf(it).(py.String); ok {
		j.b.WriteString(string(s))
	} else {
		j.fail(i, it)
	}
	return nil
}

// addSlice adds subj[i:j], a piece of the subject itself.
func (j *joiner) addSlice(subj *subject, a, b int) {
	j.n++
	if j.bad >= 0 {
		return
	}
	switch {
	case subj.wide:
		for _, r := range subj.r[a:b] {
			j.b.WriteRune(r)
		}
	default:
		j.b.Write(subj.b[a:b])
	}
}

func (j *joiner) fail(i int, it py.Object) {
	if j.bad < 0 {
		j.bad, j.badType = i, it.Type().Name
	}
}

func (j *joiner) result() (py.Object, error) {
	switch {
	case j.bad >= 0 && j.isBytes:
		return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", j.bad, j.badType)
	case j.bad >= 0:
		return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", j.bad, j.badType)
	case j.isBytes:
		return py.Bytes(j.b.String()), nil
	}
	return py.String(j.b.String()), nil
}

// itemList collects the items of a long list in chunks, so that growing it never copies
// what it holds; list makes the Python list at the end.
type itemList struct {
	chunks [][]py.Object
	cur    []py.Object
	n      int
}

func (l *itemList) add(o py.Object) {
	if len(l.cur) == cap(l.cur) {
		if l.cur != nil {
			l.chunks = append(l.chunks, l.cur)
		}
		size := 4096
		if len(l.chunks) < 8 {
			size = 16 << len(l.chunks)
		}
		l.cur = make([]py.Object, 0, size)
	}
	l.cur = append(l.cur, o)
	l.n++
}

func (l *itemList) list() *py.List {
	items := make([]py.Object, 0, l.n)
	for _, c := range l.chunks {
		items = append(items, c...)
	}
	return &py.List{Items: append(items, l.cur...)}
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
	// CPython's Pattern.sub parses templates in Python code one frame less deep than
	// re.sub does, so their warnings point one frame above the caller
	return p.sub(a[0], a[1], count, withCount, 1)
}

// sub replaces the matches in string by repl (a string, or a function of the match),
// at most count of them when count > 0 (pattern_subx). skip is for the template's
// warnings.
func (p *Pattern) sub(repl, str py.Object, count int, withCount bool, skip int) (py.Object, error) {
	// what replaces a match: a literal, a template or a function
	var literal py.Object
	var tmpl *template
	fn := py.Object(nil)
	if classes.Callable(repl) {
		fn = repl
	} else if units, _, ok := textOf(repl); ok && !containsBackslash(units) {
		literal = repl
	} else {
		t, err := p.cachedTemplate(repl, skip)
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
	defer st.Release()
	out := joiner{isBytes: subj.isBytes, bad: -1}
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
			out.addSlice(subj, i, b)
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
			if err := out.add(item); err != nil {
				return nil, err
			}
		}
		i = e
		n++
		st.MustAdvance = st.Ptr == st.Start
		st.Start = st.Ptr
	}
	if i < st.Endpos {
		out.addSlice(subj, i, st.Endpos)
	}
	res, err := out.result()
	if err != nil {
		return nil, err
	}
	if withCount {
		return py.Tuple{res, py.Int(n)}, nil
	}
	return res, nil
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
func (p *Pattern) cachedTemplate(repl py.Object, skip int) (*template, error) {
	if _, err := objects.Hash(repl); err != nil {
		return nil, err
	}
	units, isBytes, ok := textOf(repl)
	if !ok {
		return parseTemplate(repl, p, skip)
	}
	key := templateKey{p, string(units), isBytes}
	templates.Lock()
	t, hit := templates.m[key]
	templates.Unlock()
	if hit {
		return t, nil
	}
	t, err := parseTemplate(repl, p, skip)
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
	defer st.Release()
	var items itemList
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
		items.add(subj.slice(last, st.Start))
		for g := 1; g <= p.prog.Groups; g++ {
			a, b, err := st.Span(g)
			if err != nil {
				return nil, engineError(err)
			}
			if a < 0 {
				items.add(py.None)
			} else {
				items.add(subj.slice(a, b))
			}
		}
		n++
		st.MustAdvance = st.Ptr == st.Start
		last, st.Start = st.Ptr, st.Ptr
	}
	items.add(subj.slice(last, st.Endpos))
	return items.list(), nil
}

// findall lists the matches: their text, or the text of their group, or tuples of their
// groups ("" for groups that did not take part).
func (p *Pattern) findall(subj *subject, pos, endpos int) (py.Object, error) {
	st := p.state(subj, pos, endpos)
	defer st.Release()
	var items itemList
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
		items.add(item)
		st.MustAdvance = st.Ptr == st.Start
		st.Start = st.Ptr
	}
	return items.list(), nil
}
