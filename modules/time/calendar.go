package time

import (
	"math"
	"strconv"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/modules/errno"
)

// The calendar functions of the time module: localtime, gmtime, mktime, asctime, ctime,
// strftime and the zone values, converting between Python's time tuples (struct_time,
// Monday 0, months and year days from 1) and Tm as CPython's timemodule.c does, with its
// messages.

// timeArg converts an optional seconds argument as CPython's parse_time_t_args: None or
// absent is now, a float is floored.
func timeArg(name string, args py.Tuple) (int64, error) {
	var o py.Object = py.None
	if err := py.UnpackTuple(args, nil, name, 0, 1, &o); err != nil {
		return 0, err
	}
	if o == py.None {
		return time.Now().Unix(), nil
	}
	return TimeT(o)
}

// TimeT converts a timestamp to C's time_t as CPython's _PyTime_ObjectToTime_t with
// rounding towards minus infinity, with its errors.
func TimeT(o py.Object) (int64, error) {
	if f, ok := classes.NativeOf(o).(py.Float); ok {
		v := math.Floor(float64(f))
		if math.IsNaN(v) {
			return 0, py.ExceptionNewf(py.ValueError, "Invalid value NaN (not a number)")
		}
		if v >= 9223372036854775808.0 || v < -9223372036854775808.0 {
			return 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
		}
		return int64(v), nil
	}
	if _, big := classes.NativeOf(o).(*py.BigInt); big {
		return 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
	}
	n, err := objects.IndexInt(o)
	return int64(n), err
}

// overflowError is the OSError glibc's localtime gives for a year beyond a C int.
func overflowError() error { return errno.NewOSError(unix.EOVERFLOW, "") }

// structTime makes a time.struct_time of tm with the module's class.
func structTime(module py.Object, tm Tm) (py.Object, error) {
	cls := module.(*py.Module).Globals["struct_time"]
	var zone py.Object = py.None
	if tm.HasZone {
		zone = py.String(tm.Zone)
	}
	return py.Call(cls, py.Tuple{py.Tuple{
		py.Int(int64(tm.Year) + 1900), py.Int(tm.Mon + 1), py.Int(tm.Mday), py.Int(tm.Hour), py.Int(tm.Min),
		py.Int(tm.Sec), py.Int((tm.Wday + 6) % 7), py.Int(tm.Yday + 1), py.Int(tm.Isdst), zone, py.Int(tm.Gmtoff),
	}}, nil)
}

func localtime(self py.Object, args py.Tuple) (py.Object, error) {
	t, err := timeArg("localtime", args)
	if err != nil {
		return nil, err
	}
	tm, ok := Local().At(t)
	if !ok {
		return nil, overflowError()
	}
	return structTime(self, tm)
}

func gmtime(self py.Object, args py.Tuple) (py.Object, error) {
	t, err := timeArg("gmtime", args)
	if err != nil {
		return nil, err
	}
	tm, ok := UTCAt(t)
	if !ok {
		return nil, overflowError()
	}
	return structTime(self, tm)
}

// cInt converts a time tuple's item as PyArg_ParseTuple's "i" does.
func cInt(o py.Object) (int, error) {
	if _, ok := classes.NativeOf(o).(py.Float); ok {
		return 0, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	if _, ok := classes.NativeOf(o).(*py.BigInt); ok {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
	}
	n, err := objects.IndexInt(o)
	if err != nil {
		return 0, err
	}
	switch {
	case n > math.MaxInt32:
		return 0, py.ExceptionNewf(py.OverflowError, "signed integer is greater than maximum")
	case n < math.MinInt32:
		return 0, py.ExceptionNewf(py.OverflowError, "signed integer is less than minimum")
	}
	return int(n), nil
}

// tmArg converts a time tuple or struct_time as CPython's gettmarg, for the function name.
func tmArg(module py.Object, name string, o py.Object) (Tm, error) {
	var tm Tm
	items, ok := classes.NativeOf(o).(py.Tuple)
	if !ok {
		return tm, py.ExceptionNewf(py.TypeError, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return tm, py.ExceptionNewf(py.TypeError, "%s(): illegal time tuple argument", name)
	}
	var v [9]int
	for i, item := range items {
		n, err := cInt(item)
		if err != nil {
			return tm, err
		}
		v[i] = n
	}
	if v[0] < math.MinInt32+1900 {
		return tm, py.ExceptionNewf(py.OverflowError, "year out of range")
	}
	tm = Tm{Year: v[0] - 1900, Mon: v[1] - 1, Mday: v[2], Hour: v[3], Min: v[4], Sec: v[5],
		Wday: (v[6] + 1) % 7, Yday: v[7] - 1, Isdst: v[8]}
	if cls, ok := module.(*py.Module).Globals["struct_time"].(*py.Type); ok && classes.TypeOf(o) == cls {
		if z, err := py.GetAttrString(o, "tm_zone"); err == nil {
			if s, ok := classes.NativeOf(z).(py.String); ok {
				tm.Zone, tm.HasZone = string(s), true
			}
		}
		if g, err := py.GetAttrString(o, "tm_gmtoff"); err == nil && g != py.None {
			n, err := py.Index(g)
			if err != nil {
				return tm, err
			}
			tm.Gmtoff = int(n)
		}
	}
	return tm, nil
}

// checkTm checks (and completes) the fields strftime and asctime index tables with, as
// CPython's checktm.
func checkTm(tm *Tm) error {
	bad := func(what string) error { return py.ExceptionNewf(py.ValueError, "%s out of range", what) }
	switch {
	case tm.Mon == -1:
		tm.Mon = 0
	case tm.Mon < 0 || tm.Mon > 11:
		return bad("month")
	}
	switch {
	case tm.Mday == 0:
		tm.Mday = 1
	case tm.Mday < 0 || tm.Mday > 31:
		return bad("day of month")
	}
	switch {
	case tm.Hour < 0 || tm.Hour > 23:
		return bad("hour")
	case tm.Min < 0 || tm.Min > 59:
		return bad("minute")
	case tm.Sec < 0 || tm.Sec > 61:
		return bad("seconds")
	case tm.Wday < 0:
		return bad("day of week")
	}
	switch {
	case tm.Yday == -1:
		tm.Yday = 0
	case tm.Yday < 0 || tm.Yday > 365:
		return bad("day of year")
	}
	return nil
}

// tupleOrNow is a time tuple argument, or the local time now when it is absent.
func tupleOrNow(module py.Object, name string, o py.Object) (Tm, error) {
	if o == nil {
		tm, _ := Local().At(time.Now().Unix())
		return tm, nil
	}
	tm, err := tmArg(module, name, o)
	if err != nil {
		return tm, err
	}
	return tm, checkTm(&tm)
}

func mktime(self py.Object, args py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.UnpackTuple(args, nil, "mktime", 1, 1, &o); err != nil {
		return nil, err
	}
	tm, err := tmArg(self, "mktime", o)
	if err != nil {
		return nil, err
	}
	t, ok := Local().Mktime(tm)
	if !ok {
		return nil, py.ExceptionNewf(py.OverflowError, "mktime argument out of range")
	}
	return py.Float(t), nil
}

// Asctime formats tm as C's asctime, without the newline: "Sun Jan  5 03:04:05 2020".
func Asctime(tm Tm) string {
	return weekdayNames[tm.Wday][:3] + " " + monthNames[tm.Mon][:3] + " " +
		Strftime("%e %H:%M:%S ", &tm, Local()) + strconv.FormatInt(int64(tm.Year)+1900, 10)
}

func asctime(self py.Object, args py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.UnpackTuple(args, nil, "asctime", 0, 1, &o); err != nil {
		return nil, err
	}
	tm, err := tupleOrNow(self, "asctime", o)
	if err != nil {
		return nil, err
	}
	return py.String(Asctime(tm)), nil
}

func ctime(self py.Object, args py.Tuple) (py.Object, error) {
	t, err := timeArg("ctime", args)
	if err != nil {
		return nil, err
	}
	tm, ok := Local().At(t)
	if !ok {
		return nil, overflowError()
	}
	return py.String(Asctime(tm)), nil
}

func strftime(self py.Object, args py.Tuple) (py.Object, error) {
	var format, o py.Object
	if err := py.UnpackTuple(args, nil, "strftime", 1, 2, &format, &o); err != nil {
		return nil, err
	}
	f, ok := classes.NativeOf(format).(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "strftime() argument 1 must be str, not %s", classes.TypeOf(format).Name)
	}
	tm, err := tupleOrNow(self, "strftime", o)
	if err != nil {
		return nil, err
	}
	switch {
	case tm.Isdst < -1:
		tm.Isdst = -1
	case tm.Isdst > 1:
		tm.Isdst = 1
	}
	for i := 0; i < len(f); i++ {
		if f[i] == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "embedded null character")
		}
	}
	return py.String(Strftime(string(f), &tm, Local())), nil
}

// zoneValues is (timezone, altzone, daylight, tzname) of z.
func zoneValues(z *Zone) py.Tuple {
	return py.Tuple{py.Int(z.Timezone), py.Int(z.Altzone), py.Int(boolInt(z.Daylight)),
		py.Tuple{py.String(z.Tzname[0]), py.String(z.Tzname[1])}}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
