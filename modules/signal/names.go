package signal

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/modules/builtins"
)

// signalNames are the Signals members, in value order, then the aliases.
var signalNames = []struct {
	name string
	num  int
}{
	{"SIGHUP", 1},
	{"SIGINT", 2},
	{"SIGQUIT", 3},
	{"SIGILL", 4},
	{"SIGTRAP", 5},
	{"SIGABRT", 6},
	{"SIGBUS", 7},
	{"SIGFPE", 8},
	{"SIGKILL", 9},
	{"SIGUSR1", 10},
	{"SIGSEGV", 11},
	{"SIGUSR2", 12},
	{"SIGPIPE", 13},
	{"SIGALRM", 14},
	{"SIGTERM", 15},
	{"SIGSTKFLT", 16},
	{"SIGCHLD", 17},
	{"SIGCONT", 18},
	{"SIGSTOP", 19},
	{"SIGTSTP", 20},
	{"SIGTTIN", 21},
	{"SIGTTOU", 22},
	{"SIGURG", 23},
	{"SIGXCPU", 24},
	{"SIGXFSZ", 25},
	{"SIGVTALRM", 26},
	{"SIGPROF", 27},
	{"SIGWINCH", 28},
	{"SIGIO", 29},
	{"SIGPWR", 30},
	{"SIGSYS", 31},
	{"SIGRTMIN", 34},
	{"SIGRTMAX", 64},
	{"SIGIOT", 6},
	{"SIGCLD", 17},
	{"SIGPOLL", 29},
}

// descriptions are strsignal's answers (glibc's).
var descriptions = map[int]string{
	1:  "Hangup",
	2:  "Interrupt",
	3:  "Quit",
	4:  "Illegal instruction",
	5:  "Trace/breakpoint trap",
	6:  "Aborted",
	7:  "Bus error",
	8:  "Floating point exception",
	9:  "Killed",
	10: "User defined signal 1",
	11: "Segmentation fault",
	12: "User defined signal 2",
	13: "Broken pipe",
	14: "Alarm clock",
	15: "Terminated",
	16: "Stack fault",
	17: "Child exited",
	18: "Continued",
	19: "Stopped (signal)",
	20: "Stopped",
	21: "Stopped (tty input)",
	22: "Stopped (tty output)",
	23: "Urgent I/O condition",
	24: "CPU time limit exceeded",
	25: "File size limit exceeded",
	26: "Virtual timer expired",
	27: "Profiling timer expired",
	28: "Window changed",
	29: "I/O possible",
	30: "Power failure",
	31: "Bad system call",
	34: "Real-time signal 0",
	64: "Real-time signal 30",
}

// Signal is a member of signal.Signals: a signal number with its name.
type Signal struct {
	name string
	num  int
}

// SignalsType is signal.Signals. Calling it with a number returns the member; its members
// are attributes (Signals.SIGTERM).
var SignalsType = py.NewType("Signals", "An enumeration.")

var members = map[int]*Signal{}

func init() {
	for _, s := range signalNames {
		m, ok := members[s.num]
		if !ok {
			m = &Signal{name: s.name, num: s.num}
			members[s.num] = m
		}
		SignalsType.Dict[s.name] = m
	}
	builtins.Ready(SignalsType)
	SignalsType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var v py.Object
		if err := py.UnpackTuple(args, kwargs, "Signals", 1, 1, &v); err != nil {
			return nil, err
		}
		if s, ok := v.(*Signal); ok {
			return s, nil
		}
		if n, ok := v.(py.Int); ok {
			if m, ok := members[int(n)]; ok {
				return m, nil
			}
		}
		r, _ := py.ReprAsString(v)
		return nil, py.ExceptionNewf(py.ValueError, "%s is not a valid Signals", r)
	}
}

// Type returns SignalsType.
func (s *Signal) Type() *py.Type { return SignalsType }

// M__getattr__ gives name and value.
func (s *Signal) M__getattr__(key string) (py.Object, error) {
	switch key {
	case "name", "_name_":
		return py.String(s.name), nil
	case "value", "_value_":
		return py.Int(s.num), nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'Signals' object has no attribute '%s'", key)
}

// M__repr__ is <Signals.SIGTERM: 15>.
func (s *Signal) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<Signals.%s: %d>", s.name, s.num)), nil
}

// M__str__ is Signals.SIGTERM.
func (s *Signal) M__str__() (py.Object, error) { return py.String("Signals." + s.name), nil }

// M__int__ is the signal number.
func (s *Signal) M__int__() (py.Object, error) { return py.Int(s.num), nil }

// M__index__ is the signal number.
func (s *Signal) M__index__() (py.Int, error) { return py.Int(s.num), nil }

// M__hash__ is the number's hash.
func (s *Signal) M__hash__() (py.Object, error) { return py.Int(s.num), nil }

// M__eq__ compares with members and ints.
func (s *Signal) M__eq__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case *Signal:
		return py.NewBool(o.num == s.num), nil
	case py.Int:
		return py.NewBool(int(o) == s.num), nil
	}
	return py.NotImplemented, nil
}

// member returns the Signals member of sig, or the int for a number without a name (the
// real-time signals).
func member(sig int) py.Object {
	if m, ok := members[sig]; ok {
		return m
	}
	return py.Int(sig)
}

func numberOf(o py.Object) (int, bool) {
	switch v := o.(type) {
	case *Signal:
		return v.num, true
	case py.Int:
		return int(v), true
	}
	return 0, false
}

// M__lt__ orders members by number (sorted() of a signal mask).
func (s *Signal) M__lt__(other py.Object) (py.Object, error) {
	if n, ok := numberOf(other); ok {
		return py.NewBool(s.num < n), nil
	}
	return py.NotImplemented, nil
}

// M__gt__ orders members by number.
func (s *Signal) M__gt__(other py.Object) (py.Object, error) {
	if n, ok := numberOf(other); ok {
		return py.NewBool(s.num > n), nil
	}
	return py.NotImplemented, nil
}

// M__ne__ is not M__eq__.
func (s *Signal) M__ne__(other py.Object) (py.Object, error) {
	r, _ := s.M__eq__(other)
	if r == py.NotImplemented {
		return r, nil
	}
	return py.NewBool(r == py.False), nil
}
