// Package time completes gpython's time module for threads and signals: time.sleep releases
// the GIL while sleeping (other threads run) and is interrupted by a signal whose handler
// raises (Ctrl-C gives KeyboardInterrupt at once; a handler that returns lets the sleep go
// on, as PEP 475), and the clocks gpython lacks are added: monotonic, perf_counter and
// their _ns variants.
package time

import (
	"math"
	"time"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's time ModuleImpl, which this extends
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
)

func init() {
	impl := py.GetModuleImpl("time")
	for _, m := range []*py.Method{
		py.MustNewMethod("sleep", sleep, 0, "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision."),
		py.MustNewMethod("monotonic", clock(unix.CLOCK_MONOTONIC, false), 0, "monotonic() -> float\n\nMonotonic clock, cannot go backward."),
		py.MustNewMethod("monotonic_ns", clock(unix.CLOCK_MONOTONIC, true), 0, "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."),
		py.MustNewMethod("perf_counter", clock(unix.CLOCK_MONOTONIC, false), 0, "perf_counter() -> float\n\nPerformance counter for benchmarking."),
		py.MustNewMethod("perf_counter_ns", clock(unix.CLOCK_MONOTONIC, true), 0, "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."),
		py.MustNewMethod("process_time", clock(unix.CLOCK_PROCESS_CPUTIME_ID, false), 0, "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time."),
		py.MustNewMethod("process_time_ns", clock(unix.CLOCK_PROCESS_CPUTIME_ID, true), 0, "process_time() -> int\n\nProcess time for profiling as nanoseconds."),
		py.MustNewMethod("thread_time", clock(unix.CLOCK_THREAD_CPUTIME_ID, false), 0, "thread_time() -> float\n\nThread time for profiling."),
		py.MustNewMethod("time_ns", func(self py.Object) (py.Object, error) {
			return py.Int(time.Now().UnixNano()), nil
		}, 0, "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."),
	} {
		replaced := false
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i], replaced = m, true
				break
			}
		}
		if !replaced {
			impl.Methods = append(impl.Methods, m)
		}
	}
}

func clock(id int32, ns bool) func(py.Object) (py.Object, error) {
	return func(self py.Object) (py.Object, error) {
		var ts unix.Timespec
		if err := unix.ClockGettime(id, &ts); err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		if ns {
			return py.Int(ts.Nano()), nil
		}
		return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
	}
}

// Seconds converts a duration argument in seconds (int or float) as CPython's
// _PyTime_FromSecondsObject does, with its error messages.
func Seconds(o py.Object) (time.Duration, error) {
	var f float64
	switch v := o.(type) {
	case py.Int:
		f = float64(v)
	case py.Bool:
		if v {
			f = 1
		}
	case *py.BigInt:
		return 0, py.ExceptionNewf(py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	case py.Float:
		f = float64(v)
		if math.IsNaN(f) {
			return 0, py.ExceptionNewf(py.ValueError, "Invalid value NaN (not a number)")
		}
	default:
		if fl, ok := o.(py.I__float__); ok {
			r, err := fl.M__float__()
			if err != nil {
				return 0, err
			}
			return Seconds(r)
		}
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	if f > float64(math.MaxInt64)/1e9 || f < float64(math.MinInt64)/1e9 {
		return 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
	}
	return time.Duration(f * 1e9), nil
}

func sleep(self py.Object, args py.Tuple) (py.Object, error) {
	var secs py.Object
	if err := py.UnpackTuple(args, nil, "sleep", 1, 1, &secs); err != nil {
		return nil, err
	}
	d, err := Seconds(secs)
	if err != nil {
		return nil, err
	}
	if d < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "sleep length must be non-negative")
	}
	var ctx py.Context
	if m, ok := self.(*py.Module); ok {
		ctx = m.Context
	}
	if err := gil.Sleep(ctx, d); err != nil {
		return nil, err
	}
	return py.None, nil
}
