package re

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/re/internal/sre"
)

// MatchType is re.Match.
var MatchType = newType("Match", "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.")

// Match is the result of a successful match.
type Match struct {
	pattern     *Pattern
	subj        *subject
	regs        []int // start, end of each group, group 0 first; -1 for groups that did not match
	pos, endpos int
	lastindex   int
	small       [8]int // regs of up to three groups
}

// matchAndSubject keeps the subject of a one-shot match with the match, in one allocation.
type matchAndSubject struct {
	Match
	s subject
}

// Type returns re.Match.
func (m *Match) Type() *py.Type { return MatchType }

func newMatch(p *Pattern, subj *subject, st *sre.State) (*Match, error) {
	m := &Match{}
	return m, m.fill(p, subj, st)
}

// fill records the match st found.
func (m *Match) fill(p *Pattern, subj *subject, st *sre.State) error {
	n := 2 * (p.prog.Groups + 1)
	regs := m.small[:0]
	if n > len(m.small) {
		regs = make([]int, 0, n)
	}
	regs, err := st.AppendRegs(regs)
	if err != nil {
		return engineError(err)
	}
	*m = Match{pattern: p, subj: subj, regs: regs, pos: st.Pos, endpos: st.Endpos, lastindex: st.LastIndex(), small: m.small}
	if n <= len(m.small) {
		m.regs = m.small[:n]
	}
	return nil
}

// group returns group i's text, def if it did not take part.
func (m *Match) group(i int, def py.Object) py.Object {
	a, b := m.regs[2*i], m.regs[2*i+1]
	if a < 0 {
		return def
	}
	return m.subj.slice(a, b)
}

// index finds the group a script names by number or by name (match_getindex): an
// integer beyond the groups, or a name that is not a group's, is "no such group".
func (m *Match) index(g py.Object) (int, error) {
	n := len(m.regs) / 2
	i := -1
	switch v := classes.NativeOf(g).(type) {
	case py.Int:
		i = int(v)
	case py.Bool:
		if v {
			i = 1
		} else {
			i = 0
		}
	case *py.BigInt:
		i = n // beyond any group, whatever its sign
	case py.String:
		if gi, ok := m.pattern.prog.GroupIndex[string(v)]; ok && len(m.pattern.prog.GroupNames) > 0 {
			i = gi
		}
	default:
		if _, err := py.GetAttrString(g, "__index__"); err == nil {
			v, err := py.Index(g)
			if err != nil {
				return 0, err
			}
			i = int(v)
		} else if len(m.pattern.prog.GroupNames) > 0 {
			if _, err := objects.Hash(g); err != nil {
				return 0, err
			}
		}
	}
	if i < 0 || i >= n {
		return 0, py.ExceptionNewf(py.IndexError, "no such group")
	}
	return i, nil
}

// M__getitem__ is m[g], m.group(g).
func (m *Match) M__getitem__(key py.Object) (py.Object, error) {
	i, err := m.index(key)
	if err != nil {
		return nil, err
	}
	return m.group(i, py.None), nil
}

// M__bool__: a match is always true.
func (m *Match) M__bool__() (py.Object, error) { return py.True, nil }

// M__repr__ is <re.Match object; span=(0, 1), match='a'>, the text's repr cut at 50
// characters.
func (m *Match) M__repr__() (py.Object, error) {
	r, err := objects.Repr(m.group(0, py.None))
	if err != nil {
		return nil, err
	}
	return py.String(fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.regs[0], m.regs[1], truncate(r, 50))), nil
}

func matchArg(self py.Object) (*Match, error) {
	if m, ok := self.(*Match); ok {
		return m, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 're.Match' object but received a '%s'", self.Type().Name)
}

func matchMethod(name, doc string, fn func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	MatchType.Dict[name] = classes.NewMethodOf("re.Match", name, doc,
		func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			m, err := matchArg(self)
			if err != nil {
				return nil, err
			}
			return fn(m, args, kwargs)
		})
}

// groupArg is the optional group argument of start, end and span.
func (m *Match) groupArg(name string, args py.Tuple, kwargs py.StringDict) (int, error) {
	if len(kwargs) > 0 {
		return 0, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return 0, py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 0 {
		return 0, nil
	}
	return m.index(args[0])
}

var (
	groupsParams    = &params{fn: "groups", names: []string{"default"}, method: true}
	groupdictParams = &params{fn: "groupdict", names: []string{"default"}, method: true}
	expandParams    = &params{fn: "expand", names: []string{"template"}, required: 1, method: true}
)

func init() {
	matchMethod("group", "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.",
		func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "group() takes no keyword arguments")
			}
			if len(args) == 0 {
				return m.group(0, py.None), nil
			}
			out := make(py.Tuple, len(args))
			for k, g := range args {
				i, err := m.index(g)
				if err != nil {
					return nil, err
				}
				out[k] = m.group(i, py.None)
			}
			if len(args) == 1 {
				return out[0], nil
			}
			return out, nil
		})
	matchMethod("groups", "Return a tuple containing all the subgroups of the match, from 1.",
		func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := groupsParams.bind(args, kwargs)
			if err != nil {
				return nil, err
			}
			def := a[0]
			if def == nil {
				def = py.None
			}
			out := make(py.Tuple, len(m.regs)/2-1)
			for i := range out {
				out[i] = m.group(i+1, def)
			}
			return out, nil
		})
	matchMethod("groupdict", "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.",
		func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := groupdictParams.bind(args, kwargs)
			if err != nil {
				return nil, err
			}
			def := a[0]
			if def == nil {
				def = py.None
			}
			d := objects.NewDict()
			for _, name := range m.pattern.prog.GroupNames {
				if err := d.SetItem(py.String(name), m.group(m.pattern.prog.GroupIndex[name], def)); err != nil {
					return nil, err
				}
			}
			return d, nil
		})
	matchMethod("start", "Return index of the start of the substring matched by group.",
		func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			i, err := m.groupArg("start", args, kwargs)
			if err != nil {
				return nil, err
			}
			return py.Int(m.regs[2*i]), nil
		})
	matchMethod("end", "Return index of the end of the substring matched by group.",
		func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			i, err := m.groupArg("end", args, kwargs)
			if err != nil {
				return nil, err
			}
			return py.Int(m.regs[2*i+1]), nil
		})
	matchMethod("span", "For match object m, return the 2-tuple (m.start(group), m.end(group)).",
		func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			i, err := m.groupArg("span", args, kwargs)
			if err != nil {
				return nil, err
			}
			return py.Tuple{py.Int(m.regs[2*i]), py.Int(m.regs[2*i+1])}, nil
		})
	matchMethod("expand", "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.",
		func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := expandParams.bind(args, kwargs)
			if err != nil {
				return nil, err
			}
			// CPython parses in re._expand, called from expand: its warnings point two frames
			// above the caller
			t, err := parseTemplate(a[0], m.pattern, 2)
			if err != nil {
				return nil, err
			}
			return t.expand(m)
		})
	matchMethod("__copy__", "", func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) { return m, nil })
	matchMethod("__deepcopy__", "", func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) { return m, nil })
	for _, name := range []string{"__reduce_ex__", "__reduce__"} {
		matchMethod(name, "", func(m *Match, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return nil, py.ExceptionNewf(py.TypeError, "cannot pickle 're.Match' object")
		})
	}
	getter := func(name, doc string, fn func(m *Match) py.Object) {
		MatchType.Dict[name] = &py.Property{Doc: doc, Fget: func(self py.Object) (py.Object, error) {
			m, err := matchArg(self)
			if err != nil {
				return nil, err
			}
			return fn(m), nil
		}}
	}
	getter("string", "The string passed to match() or search().", func(m *Match) py.Object { return m.subj.obj })
	getter("re", "The regular expression object.", func(m *Match) py.Object { return m.pattern })
	getter("pos", "The index into the string at which the RE engine started looking for a match.", func(m *Match) py.Object { return py.Int(m.pos) })
	getter("endpos", "The index into the string beyond which the RE engine will not go.", func(m *Match) py.Object { return py.Int(m.endpos) })
	getter("lastindex", "The integer index of the last matched capturing group.", func(m *Match) py.Object {
		if m.lastindex >= 0 {
			return py.Int(m.lastindex)
		}
		return py.None
	})
	getter("lastgroup", "The name of the last matched capturing group.", func(m *Match) py.Object {
		ig := m.pattern.prog.IndexGroup
		if m.lastindex >= 0 && m.lastindex < len(ig) && ig[m.lastindex] != "" && len(m.pattern.prog.GroupNames) > 0 {
			return py.String(ig[m.lastindex])
		}
		return py.None
	})
	getter("regs", "", func(m *Match) py.Object {
		out := make(py.Tuple, len(m.regs)/2)
		for i := range out {
			out[i] = py.Tuple{py.Int(m.regs[2*i]), py.Int(m.regs[2*i+1])}
		}
		return out
	})
}
