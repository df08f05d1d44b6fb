package classes

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
)

// The runtime of try/except* (compiler.Star): the state of one handling, the matching of
// each clause (CPython's exception_group_match) and the exception the statement ends
// with (_PyExc_PrepReraiseStar).

// starState is the state of one except* handling.
type starState struct {
	orig   py.Object   // what the try body raised
	rest   py.Object   // what is still unmatched, nil when nothing
	handed []py.Object // the parts given to clauses: raising one of them again is a re-raise
	raised []py.Object // what the clauses raised, in order
}

var starStateType = builtinType("except_star_state")

func (s *starState) Type() *py.Type { return starStateType }

func starBegin(tb, exc py.Object) py.Object {
	fixGpythonMessage(exc, tb)
	if t, ok := tb.(*py.Traceback); ok {
		SetTraceback(exc, t)
	}
	return &starState{orig: exc, rest: exc}
}

// checkStarTypes checks the types of an except* clause as CPython's
// check_except_star_type_valid.
func checkStarTypes(types py.Object) (matcher, error) {
	m, ok := typeMatcher(types)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
	}
	list := py.Tuple{types}
	if t, ok := types.(py.Tuple); ok {
		list = t
	}
	for _, x := range list {
		if x.(*py.Type).IsSubtype(BaseExceptionGroup) {
			return nil, py.ExceptionNewf(py.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return m, nil
}

// starMatch is the matching of one clause; an error it raises happens while the
// exception caught is being handled.
func starMatch(state, types py.Object) (py.Object, error) {
	s := state.(*starState)
	match, err := s.match(types)
	if err != nil {
		if info, ok := err.(py.ExceptionInfo); ok && info.Value != nil {
			if _, ctx, _ := ExcChain(info.Value); ctx == nil {
				SetContext(info.Value, s.orig)
			}
		} else if e, ok := err.(*py.Exception); ok && e.Context == nil {
			e.Context = s.orig
		}
	}
	return match, err
}

func (s *starState) match(types py.Object) (py.Object, error) {
	m, err := checkStarTypes(types)
	if err != nil {
		return nil, err
	}
	if s.rest == nil {
		return py.None, nil
	}
	if asGroup(s.rest) == nil {
		ok, _ := m(s.rest)
		if !ok {
			return py.None, nil
		}
		// A naked exception matches wrapped in a group.
		wrapped, err := py.Call(BaseExceptionGroup, py.Tuple{py.String(""), py.Tuple{s.rest}}, nil)
		if err != nil {
			return nil, err
		}
		SetTraceback(wrapped, ExcTraceback(s.rest))
		s.rest = nil
		s.handed = append(s.handed, wrapped)
		return wrapped, nil
	}
	match, rest, err := splitGroup(s.rest, m, true)
	if err != nil {
		return nil, err
	}
	s.rest = rest
	if match == nil {
		return py.None, nil
	}
	s.handed = append(s.handed, match)
	return match, nil
}

func starEnter(state, match py.Object) {
	EnterHandler(ExcTraceback(match), match)
}

func starRaised(tb, exc, state py.Object) {
	s := state.(*starState)
	fixGpythonMessage(exc, tb)
	if t, ok := tb.(*py.Traceback); ok {
		SetTraceback(exc, t)
	}
	s.raised = append(s.raised, exc)
}

// leaves adds the exceptions that are not groups inside exc to set.
func leaves(exc py.Object, set map[py.Object]bool) {
	if g := asGroup(exc); g != nil {
		for _, e := range g.excs {
			leaves(e, set)
		}
		return
	}
	set[exc] = true
}

func starEnd(state py.Object) (py.Object, error) {
	exc, err := starResult(state.(*starState))
	if err != nil || exc == nil {
		return py.None, err
	}
	var tb py.Object = py.None
	if t := ExcTraceback(exc); t != nil {
		tb = t
	}
	return py.Tuple{exc.Type(), exc, tb}, nil
}

// starResult is the exception an except* statement ends with, nil if none.
func starResult(s *starState) (py.Object, error) {
	excs := s.raised
	if s.rest != nil {
		excs = append(excs, s.rest)
	}
	if len(excs) == 0 {
		return nil, nil
	}
	if asGroup(s.orig) == nil {
		// A naked exception: at most one clause ran.
		return excs[0], nil
	}
	reraised := map[py.Object]bool{}
	var raised []py.Object
	for _, e := range excs {
		if e == s.orig || e == s.rest || contains(s.handed, e) {
			leaves(e, reraised)
		} else {
			raised = append(raised, e)
		}
	}
	var kept py.Object
	if len(reraised) > 0 {
		var err error
		kept, _, err = splitGroup(s.orig, func(e py.Object) (bool, error) {
			return asGroup(e) == nil && reraised[e], nil
		}, false)
		if err != nil {
			return nil, err
		}
	}
	if len(raised) == 0 {
		return kept, nil
	}
	if kept != nil {
		raised = append(raised, kept)
	}
	if len(raised) == 1 {
		return raised[0], nil
	}
	return py.Call(BaseExceptionGroup, py.Tuple{py.String(""), py.NewListFromItems(raised)}, nil)
}

func contains(list []py.Object, o py.Object) bool {
	for _, x := range list {
		if x == o {
			return true
		}
	}
	return false
}

// reraise raises exc again with its traceback.
func reraise(exc py.Object) error {
	return py.ExceptionInfo{Type: exc.Type(), Value: exc, Traceback: ExcTraceback(exc)}
}

// starReraise is a bare raise in a clause: the part the clause handles, raised again.
func starReraise(state py.Object) error {
	s := state.(*starState)
	if len(s.handed) == 0 {
		return py.ExceptionNewf(py.RuntimeError, "No active exception to reraise")
	}
	return reraise(s.handed[len(s.handed)-1])
}

func init() {
	compiler.Star = compiler.StarRuntime{Begin: starBegin, Match: starMatch, Enter: starEnter, Raised: starRaised, End: starEnd, Reraise: starReraise}
}
