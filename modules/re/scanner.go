package re

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/modules/re/internal/sre"
)

// ScannerType is _sre.SRE_Scanner, what Pattern.scanner returns: each match() or search()
// call finds the next match after the previous one.
var ScannerType = func() *py.Type {
	t := py.NewType("SRE_Scanner", "")
	t.Dict["__module__"] = py.String("_sre")
	t.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create '_sre.SRE_Scanner' instances")
	}
	ready(t)
	return t
}()

// Scanner walks a string match by match.
type Scanner struct {
	pattern   *Pattern
	subj      *subject
	st        *sre.State
	done      bool // the last attempt failed
	executing bool
}

// Type returns _sre.SRE_Scanner.
func (s *Scanner) Type() *py.Type { return ScannerType }

func (p *Pattern) newScanner(subj *subject, pos, endpos int) *Scanner {
	return &Scanner{pattern: p, subj: subj, st: p.state(subj, pos, endpos)}
}

// next finds the next match, anchored at the scan position (search false) or after it;
// None when there is none (and from then on).
func (s *Scanner) next(search bool) (py.Object, error) {
	if s.executing {
		return nil, py.ExceptionNewf(py.ValueError, "regular expression scanner already executing")
	}
	if s.done {
		return py.None, nil
	}
	s.executing = true
	defer func() { s.executing = false }()
	st := s.st
	st.Reset()
	st.Ptr = st.Start
	var ok bool
	var err error
	if search {
		ok, err = st.Search()
	} else {
		ok, err = st.Match()
	}
	if err != nil {
		return nil, engineError(err)
	}
	if !ok {
		s.done = true
		return py.None, nil
	}
	m, err := newMatch(s.pattern, s.subj, st)
	if err != nil {
		return nil, err
	}
	st.MustAdvance = st.Ptr == st.Start
	st.Start = st.Ptr
	return m, nil
}

func init() {
	for _, search := range []bool{false, true} {
		name := "match"
		if search {
			name = "search"
		}
		search := search
		ScannerType.Dict[name] = classes.NewMethodOf("_sre.SRE_Scanner", name, "",
			func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				s, ok := self.(*Scanner)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor requires a '_sre.SRE_Scanner' object but received a '%s'", self.Type().Name)
				}
				if len(args) > 0 || len(kwargs) > 0 {
					return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
				}
				return s.next(search)
			})
	}
	ScannerType.Dict["pattern"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*Scanner).pattern, nil
	}}
}

// matchIteratorType is the type of what finditer returns (CPython's callable_iterator over
// the scanner's search).
var matchIteratorType = func() *py.Type {
	t := py.NewType("callable_iterator", "")
	t.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create 'callable_iterator' instances")
	}
	ready(t)
	return t
}()

// matchIterator yields the matches of finditer.
type matchIterator struct {
	scanner *Scanner
}

func (it *matchIterator) Type() *py.Type { return matchIteratorType }

// M__iter__ returns the iterator itself.
func (it *matchIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ is the next match, StopIteration after the last.
func (it *matchIterator) M__next__() (py.Object, error) {
	if it.scanner == nil {
		return nil, py.StopIteration
	}
	m, err := it.scanner.next(true)
	if err != nil {
		it.scanner = nil
		return nil, err
	}
	if m == py.None {
		it.scanner = nil
		return nil, py.StopIteration
	}
	return m, nil
}
