package signal

import (
	"math"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/modules/builtins"
	pyos "github.com/gopyrt/gopy/modules/os"
	pytime "github.com/gopyrt/gopy/modules/time"
)

// ItimerError is signal.ItimerError (signal.itimer_error), raised by setitimer and
// getitimer for a bad timer or value.
var ItimerError = classes.NewException(py.OSError, "itimer_error", "")

func init() {
	builtins.Ready(ItimerError)
	ItimerError.Dict["__module__"] = py.String("signal")
}

// itimerMethods are setitimer and getitimer, for the module's table.
func itimerMethods() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("setitimer", setitimer, 0, "setitimer(which, seconds, interval=0.0) -> (delay, interval)\n\nSets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."),
		py.MustNewMethod("getitimer", getitimer, 0, "getitimer(which) -> (delay, interval)\n\nReturns current value of given itimer."),
	}
}

func itimerError(err error) error {
	e, _ := err.(unix.Errno)
	return py.ExceptionNewf(ItimerError, "[Errno %d] %s", int(e), capitalized(e.Error()))
}

func capitalized(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

func timeval(secs float64) unix.Timeval {
	whole := math.Floor(secs)
	return unix.Timeval{Sec: int64(whole), Usec: int64(math.Round((secs - whole) * 1e6))}
}

func itimerTuple(it unix.Itimerval) py.Tuple {
	f := func(tv unix.Timeval) py.Object { return py.Float(float64(tv.Sec) + float64(tv.Usec)/1e6) }
	return py.Tuple{f(it.Value), f(it.Interval)}
}

func setitimer(self py.Object, args py.Tuple) (py.Object, error) {
	var whichObj, secsObj, intervalObj py.Object = nil, nil, py.Float(0)
	if err := py.UnpackTuple(args, nil, "setitimer", 2, 3, &whichObj, &secsObj, &intervalObj); err != nil {
		return nil, err
	}
	which, err := signum0(whichObj)
	if err != nil {
		return nil, err
	}
	secs, err := pytime.Seconds(secsObj)
	if err != nil {
		return nil, err
	}
	interval, err := pytime.Seconds(intervalObj)
	if err != nil {
		return nil, err
	}
	if secs < 0 || interval < 0 {
		return nil, itimerError(unix.EINVAL)
	}
	old, err := unix.Setitimer(unix.ItimerWhich(which), unix.Itimerval{Value: timeval(secs.Seconds()), Interval: timeval(interval.Seconds())})
	if err != nil {
		return nil, itimerError(err)
	}
	return itimerTuple(old), nil
}

func getitimer(self py.Object, args py.Tuple) (py.Object, error) {
	if err := positional("getitimer", args, "which"); err != nil {
		return nil, err
	}
	which, err := signum0(args[0])
	if err != nil {
		return nil, err
	}
	it, err := unix.Getitimer(unix.ItimerWhich(which))
	if err != nil {
		return nil, itimerError(err)
	}
	return itimerTuple(it), nil
}

// signum0 converts an int argument without a range check.
func signum0(o py.Object) (int, error) { return pyos.AsInt(o) }
