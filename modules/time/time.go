// Package time is gopy's time module (it replaces gpython's functions, most of which were
// stubs) and _strptime.
//
// time.sleep releases the GIL while sleeping (other threads run) and is interrupted by a
// signal whose handler raises (Ctrl-C gives KeyboardInterrupt at once; a handler that
// returns lets the sleep go on, as PEP 475). The clocks are clock_gettime's.
//
// The calendar functions follow CPython on glibc (calendar.go): the local time zone is
// read from TZ by tzset as glibc reads it (zone.go: a file of the zoneinfo database, or a
// POSIX TZ string that Go's time package applies through a TZif image made for it), and
// timezone/altzone/daylight/tzname come from January and July of the current year as in
// CPython; localtime, gmtime and mktime (with glibc's choices for skipped and repeated wall
// clock times) are computed on Go's time.Location; strftime is a port of glibc's
// (strftime.go: flags, widths, E/O modifiers, unknown directives copied), so its output is
// python3's byte for byte. struct_time and strptime are Python (time.py, _strptime.py,
// embedded): strptime builds CPython's regular expressions with the re module.
package time

import (
	_ "embed"
	"math"
	"time"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's time ModuleImpl, which this extends
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/errno"
)

//go:embed time.py
var source string

func init() {
	impl := py.GetModuleImpl("time")
	methods := []*py.Method{
		py.MustNewMethod("sleep", sleep, 0, "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision."),
		py.MustNewMethod("monotonic", clock(unix.CLOCK_MONOTONIC, false), 0, "monotonic() -> float\n\nMonotonic clock, cannot go backward."),
		py.MustNewMethod("monotonic_ns", clock(unix.CLOCK_MONOTONIC, true), 0, "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds."),
		py.MustNewMethod("perf_counter", clock(unix.CLOCK_MONOTONIC, false), 0, "perf_counter() -> float\n\nPerformance counter for benchmarking."),
		py.MustNewMethod("perf_counter_ns", clock(unix.CLOCK_MONOTONIC, true), 0, "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds."),
		py.MustNewMethod("process_time", clock(unix.CLOCK_PROCESS_CPUTIME_ID, false), 0, "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time."),
		py.MustNewMethod("process_time_ns", clock(unix.CLOCK_PROCESS_CPUTIME_ID, true), 0, "process_time() -> int\n\nProcess time for profiling as nanoseconds."),
		py.MustNewMethod("thread_time", clock(unix.CLOCK_THREAD_CPUTIME_ID, false), 0, "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time."),
		py.MustNewMethod("thread_time_ns", clock(unix.CLOCK_THREAD_CPUTIME_ID, true), 0, "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time."),
		py.MustNewMethod("time", clock(unix.CLOCK_REALTIME, false), 0, "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them."),
		py.MustNewMethod("time_ns", clock(unix.CLOCK_REALTIME, true), 0, "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch."),
		py.MustNewMethod("clock_gettime", clockGettime(false), 0, "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id."),
		py.MustNewMethod("clock_gettime_ns", clockGettime(true), 0, "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as nanoseconds."),
		py.MustNewMethod("clock_getres", clockGetres, 0, "clock_getres(clk_id) -> floating point number\n\nReturn the resolution (precision) of the specified clock clk_id."),
		py.MustNewMethod("clock_settime", clockSettime(false), 0, "clock_settime(clk_id, time)\n\nSet the time of the specified clock clk_id."),
		py.MustNewMethod("clock_settime_ns", clockSettime(true), 0, "clock_settime_ns(clk_id, time)\n\nSet the time of the specified clock clk_id with nanoseconds."),
		py.MustNewMethod("localtime", localtime, 0, "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time.\nWhen 'seconds' is not passed in, convert the current time instead."),
		py.MustNewMethod("gmtime", gmtime, 0, "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When 'seconds' is not passed in, convert the current time instead.\n\nIf the platform supports the tm_gmtoff and tm_zone, they are available as\nattributes only."),
		py.MustNewMethod("mktime", mktime, 0, "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch.\nNote that mktime(gmtime(0)) will not generally return zero for most\ntime zones; instead the returned value will either be equal to that\nof the timezone or altzone attributes on the time module."),
		py.MustNewMethod("asctime", asctime, 0, "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\nWhen the time tuple is not present, current time as returned by localtime()\nis used."),
		py.MustNewMethod("ctime", ctime, 0, "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.\nThis is equivalent to asctime(localtime(seconds)). When the time tuple is\nnot present, current time as returned by localtime() is used."),
		py.MustNewMethod("strftime", strftime, 0, "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification.\nSee the library reference manual for formatting codes. When the time tuple\nis not present, current time as returned by localtime() is used."),
		py.MustNewMethod("_zone", func(self py.Object) (py.Object, error) { return zoneValues(Local()), nil }, 0,
			"_zone() -> (timezone, altzone, daylight, tzname) of the local time zone"),
		py.MustNewMethod("_tzset", func(self py.Object) (py.Object, error) { return zoneValues(Tzset()), nil }, 0,
			"_tzset() -> (timezone, altzone, daylight, tzname) of the local time zone, read again from TZ"),
	}
	impl.Methods = methods
	for name, id := range map[string]int{"CLOCK_REALTIME": unix.CLOCK_REALTIME, "CLOCK_MONOTONIC": unix.CLOCK_MONOTONIC,
		"CLOCK_PROCESS_CPUTIME_ID": unix.CLOCK_PROCESS_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID": unix.CLOCK_THREAD_CPUTIME_ID,
		"CLOCK_MONOTONIC_RAW": unix.CLOCK_MONOTONIC_RAW, "CLOCK_BOOTTIME": unix.CLOCK_BOOTTIME, "CLOCK_TAI": unix.CLOCK_TAI} {
		impl.Globals[name] = py.Int(id)
	}
	impl.CodeSrc = source
	impl.Code = nil
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_strptime", Doc: "Strptime-related classes and functions.", FileDesc: "<frozen _strptime>"},
		CodeSrc: strptimeSource,
	})
}

//go:embed _strptime.py
var strptimeSource string

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

// clockID converts a clock id argument.
func clockID(name string, args py.Tuple, n int) (int32, py.Tuple, error) {
	if len(args) != n {
		return 0, nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly %d argument%s (%d given)", name, n, map[bool]string{true: "", false: "s"}[n == 1], len(args))
	}
	id, err := py.Index(args[0])
	if err != nil {
		return 0, nil, err
	}
	return int32(id), args[1:], nil
}

// clockGettime is clock_gettime(clk_id), or clock_gettime_ns.
func clockGettime(ns bool) func(py.Object, py.Tuple) (py.Object, error) {
	name := "clock_gettime"
	if ns {
		name += "_ns"
	}
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		id, _, err := clockID(name, args, 1)
		if err != nil {
			return nil, err
		}
		var ts unix.Timespec
		if err := unix.ClockGettime(id, &ts); err != nil {
			return nil, errno.FromError(err)
		}
		if ns {
			return py.Int(ts.Nano()), nil
		}
		return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
	}
}

// clockGetres is clock_getres(clk_id).
func clockGetres(self py.Object, args py.Tuple) (py.Object, error) {
	id, _, err := clockID("clock_getres", args, 1)
	if err != nil {
		return nil, err
	}
	var ts unix.Timespec
	if err := unix.ClockGetres(id, &ts); err != nil {
		return nil, errno.FromError(err)
	}
	return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
}

// clockSettime is clock_settime(clk_id, time), or clock_settime_ns.
func clockSettime(ns bool) func(py.Object, py.Tuple) (py.Object, error) {
	name := "clock_settime"
	if ns {
		name += "_ns"
	}
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		id, rest, err := clockID(name, args, 2)
		if err != nil {
			return nil, err
		}
		var ts unix.Timespec
		if ns {
			n, err := py.Index(rest[0])
			if err != nil {
				return nil, err
			}
			ts = unix.NsecToTimespec(int64(n))
		} else {
			d, err := Seconds(rest[0])
			if err != nil {
				return nil, err
			}
			ts = unix.NsecToTimespec(int64(d))
		}
		if err := unix.ClockSettime(id, &ts); err != nil {
			return nil, errno.FromError(err)
		}
		return py.None, nil
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
