package re

import (
	"fmt"
	"hash/fnv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/re/internal/sre"
)

// PatternType is re.Pattern.
var PatternType = newType("Pattern", "Compiled regular expression object.")

// newType makes a type of the module that Python code can neither call nor subclass.
func newType(name, doc string) *py.Type {
	t := py.NewType(name, doc)
	t.Dict["__module__"] = py.String("re")
	t.Dict["__class_getitem__"] = classes.ClassGetItem // re.Pattern[str], re.Match[bytes]
	t.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create 're.%s' instances", name)
	}
	ready(t)
	return t
}

// ready computes a new type's method resolution order (gpython readies only the types made
// before its own initialization), so that lookups on its instances see object's methods.
func ready(t *py.Type) {
	if err := t.Ready(); err != nil {
		panic(err)
	}
}

// Pattern is a compiled pattern.
type Pattern struct {
	prog    *sre.Program
	pattern py.Object // the str or bytes compiled, None for a Scanner's combined pattern
	flags   int
	isBytes int // 1 bytes, 0 str, -1 either (no pattern string)
}

// Type returns re.Pattern.
func (p *Pattern) Type() *py.Type { return PatternType }

// flagNames are the flags a Pattern's repr names, in CPython's order.
var flagNames = []struct {
	name string
	flag int
}{
	{"re.TEMPLATE", sre.FlagTemplate}, {"re.IGNORECASE", sre.FlagIgnoreCase}, {"re.LOCALE", sre.FlagLocale},
	{"re.MULTILINE", sre.FlagMultiline}, {"re.DOTALL", sre.FlagDotAll},
	{"re.UNICODE", sre.FlagUnicode}, {"re.VERBOSE", sre.FlagVerbose},
	{"re.DEBUG", sre.FlagDebug}, {"re.ASCII", sre.FlagASCII},
}

// M__repr__ is re.compile('pattern', flags), the pattern's repr cut at 200 characters.
func (p *Pattern) M__repr__() (py.Object, error) {
	r, err := objects.Repr(p.pattern)
	if err != nil {
		return nil, err
	}
	r = truncate(r, 200)
	flags := p.flags
	if p.isBytes == 0 && flags&(sre.FlagLocale|sre.FlagUnicode|sre.FlagASCII) == sre.FlagUnicode {
		flags &^= sre.FlagUnicode
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.flag != 0 {
			names = append(names, f.name)
			flags &^= f.flag
		}
	}
	if flags != 0 {
		names = append(names, fmt.Sprintf("0x%x", flags))
	}
	if len(names) > 0 {
		return py.String("re.compile(" + r + ", " + strings.Join(names, "|") + ")"), nil
	}
	return py.String("re.compile(" + r + ")"), nil
}

// truncate keeps the first n characters of s (C's %.nR).
func truncate(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

// M__eq__: patterns are equal when they compile the same pattern string with the same
// flags (and so to the same program).
func (p *Pattern) M__eq__(other py.Object) (py.Object, error) {
	q, ok := other.(*Pattern)
	if !ok {
		return py.NotImplemented, nil
	}
	if p == q {
		return py.True, nil
	}
	if p.flags != q.flags || p.isBytes != q.isBytes || len(p.prog.Code) != len(q.prog.Code) {
		return py.False, nil
	}
	for i, w := range p.prog.Code {
		if q.prog.Code[i] != w {
			return py.False, nil
		}
	}
	eq, err := py.Eq(p.pattern, q.pattern)
	if err != nil {
		return nil, err
	}
	t, err := py.ObjectIsTrue(eq)
	return py.NewBool(t), err
}

// M__ne__ is the negation of M__eq__.
func (p *Pattern) M__ne__(other py.Object) (py.Object, error) {
	eq, err := p.M__eq__(other)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.NewBool(eq == py.False), nil
}

// M__hash__ combines the hash of the pattern string with one of the program.
func (p *Pattern) M__hash__() (py.Object, error) {
	h, err := objects.Hash(p.pattern)
	if err != nil {
		return nil, err
	}
	f := fnv.New64a()
	var w [4]byte
	for _, c := range p.prog.Code {
		w[0], w[1], w[2], w[3] = byte(c), byte(c>>8), byte(c>>16), byte(c>>24)
		f.Write(w[:])
	}
	v := h ^ int64(f.Sum64()>>1)
	if v == -1 {
		v = -2
	}
	return py.Int(v), nil
}

// state prepares a match of p over subj.
func (p *Pattern) state(subj *subject, pos, endpos int) *sre.State {
	st := sre.NewState(p.prog, subj.b, subj.r, subj.wide, pos, endpos)
	st.Check = checkSignals
	return st
}

// checkSignals lets a long match be interrupted (Ctrl-C) and other threads run, as at a
// Python call.
func checkSignals() error {
	if t := gil.Holding(); t != nil {
		return t.Runtime().Check(t)
	}
	return nil
}

// engineError is the Python exception for an error of the matching engine.
func engineError(err error) error {
	switch err {
	case sre.ErrInternal:
		return py.ExceptionNewf(py.RuntimeError, "%s", err.Error())
	case sre.ErrWrongSpan:
		return py.ExceptionNewf(py.SystemError, "%s", err.Error())
	}
	return err
}

// patternArg is self as a Pattern.
func patternArg(self py.Object) (*Pattern, error) {
	if p, ok := self.(*Pattern); ok {
		return p, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a 're.Pattern' object but received a '%s'", self.Type().Name)
}

var (
	matchParams     = &params{fn: "match", names: []string{"string", "pos", "endpos"}, required: 1, method: true}
	fullmatchParams = &params{fn: "fullmatch", names: []string{"string", "pos", "endpos"}, required: 1, method: true}
	searchParams    = &params{fn: "search", names: []string{"string", "pos", "endpos"}, required: 1, method: true}
	findallParams   = &params{fn: "findall", names: []string{"string", "pos", "endpos"}, required: 1, method: true}
	finditerParams  = &params{fn: "finditer", names: []string{"string", "pos", "endpos"}, required: 1, method: true}
	scannerParams   = &params{fn: "scanner", names: []string{"string", "pos", "endpos"}, required: 1, method: true}
)

// window binds (string, pos=0, endpos=sys.maxsize) and reads the string into subj.
func (p *Pattern) window(ps *params, args py.Tuple, kwargs py.StringDict, subj *subject) (int, int, error) {
	a, err := ps.bind(args, kwargs)
	if err != nil {
		return 0, 0, err
	}
	pos, err := ssizeOr(a[1], 0)
	if err != nil {
		return 0, 0, err
	}
	endpos, err := ssizeOr(a[2], maxSize)
	if err != nil {
		return 0, 0, err
	}
	return pos, endpos, subj.init(a[0], p)
}

const maxSize = 1<<63 - 1

// matchAt runs one match, search or fullmatch and returns the Match or None.
func (p *Pattern) matchAt(subj *subject, pos, endpos int, how string) (py.Object, error) {
	st := p.state(subj, pos, endpos)
	defer st.Release()
	var ok bool
	var err error
	switch how {
	case "search":
		ok, err = st.Search()
	case "fullmatch":
		st.MatchAll = true
		ok, err = st.Match()
	default:
		ok, err = st.Match()
	}
	if err != nil {
		return nil, engineError(err)
	}
	if !ok {
		return py.None, nil
	}
	ms := &matchAndSubject{s: *subj}
	return &ms.Match, ms.Match.fill(p, &ms.s, st)
}

func patternMethod(name, doc string, fn func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	PatternType.Dict[name] = classes.NewMethodOf("re.Pattern", name, doc,
		func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			p, err := patternArg(self)
			if err != nil {
				return nil, err
			}
			return fn(p, args, kwargs)
		})
}

func init() {
	for _, m := range []struct {
		ps  *params
		doc string
	}{
		{matchParams, "Matches zero or more characters at the beginning of the string."},
		{fullmatchParams, "Matches against all of the string."},
		{searchParams, "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."},
	} {
		ps := m.ps
		patternMethod(ps.fn, m.doc, func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var subj subject
			pos, endpos, err := p.window(ps, args, kwargs, &subj)
			if err != nil {
				return nil, err
			}
			return p.matchAt(&subj, pos, endpos, ps.fn)
		})
	}
	patternMethod("findall", "Return a list of all non-overlapping matches of pattern in string.",
		func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var subj subject
			pos, endpos, err := p.window(findallParams, args, kwargs, &subj)
			if err != nil {
				return nil, err
			}
			return p.findall(&subj, pos, endpos)
		})
	patternMethod("finditer", "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.",
		func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var subj subject
			pos, endpos, err := p.window(finditerParams, args, kwargs, &subj)
			if err != nil {
				return nil, err
			}
			return &matchIterator{scanner: p.newScanner(&subj, pos, endpos)}, nil
		})
	patternMethod("scanner", "", func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var subj subject
		pos, endpos, err := p.window(scannerParams, args, kwargs, &subj)
		if err != nil {
			return nil, err
		}
		return p.newScanner(&subj, pos, endpos), nil
	})
	patternMethod("split", "Split string by the occurrences of pattern.", patternSplit)
	patternMethod("sub", "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.",
		func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return p.subMethod(subParams, args, kwargs, false)
		})
	patternMethod("subn", "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.",
		func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return p.subMethod(subnParams, args, kwargs, true)
		})
	patternMethod("__copy__", "", func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return p, nil
	})
	patternMethod("__deepcopy__", "", func(p *Pattern, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__deepcopy__() takes exactly one argument (%d given)", len(args)+len(kwargs))
		}
		return p, nil
	})
	getter := func(name, doc string, fn func(p *Pattern) (py.Object, error)) {
		PatternType.Dict[name] = &py.Property{Doc: doc, Fget: func(self py.Object) (py.Object, error) {
			p, err := patternArg(self)
			if err != nil {
				return nil, err
			}
			return fn(p)
		}}
	}
	getter("pattern", "The pattern string from which the RE object was compiled.", func(p *Pattern) (py.Object, error) { return p.pattern, nil })
	getter("flags", "The regex matching flags.", func(p *Pattern) (py.Object, error) { return py.Int(p.flags), nil })
	getter("groups", "The number of capturing groups in the pattern.", func(p *Pattern) (py.Object, error) { return py.Int(p.prog.Groups), nil })
	getter("groupindex", "A dictionary mapping group names to group numbers.", func(p *Pattern) (py.Object, error) {
		return p.groupindex()
	})
}

// groupindex is a mapping proxy of {name: number}, or a plain empty dict.
func (p *Pattern) groupindex() (py.Object, error) {
	d := objects.NewDict()
	for _, name := range p.prog.GroupNames {
		if err := d.SetItem(py.String(name), py.Int(p.prog.GroupIndex[name])); err != nil {
			return nil, err
		}
	}
	if len(p.prog.GroupNames) == 0 {
		return d, nil
	}
	proxy, err := importAttr(nil, "types", "MappingProxyType")
	if err != nil {
		return nil, err
	}
	return py.Call(proxy, py.Tuple{d}, nil)
}
