// Package datetime provides Python's datetime module, written in Python by gopy (embedded
// sources) with CPython 3.11's C implementation as the specification: date, time,
// datetime, timedelta, tzinfo, timezone and date.isocalendar's IsoCalendarDate, with
// CPython's reprs (the module's own types as datetime.X, subclasses by their name), error
// messages (argument parsing as PyArg_ParseTupleAndKeywords words it), hashes (of the same
// bytes CPython hashes, so sets of dates iterate in python3's order) and pickles (the
// state bytes CPython's __reduce_ex__ gives, fold included from protocol 4).
//
// The local time zone is the time module's (modules/time: TZ read as glibc does), reached
// through time.localtime; naive datetimes use CPython's algorithms for fold and
// timestamps (local_to_seconds). strftime does %z, %Z and %f itself and hands the rest to
// time.strftime, strptime is _strptime's. The module is one namespace made of the files
// concatenated in order: datetime.py (helpers, ISO 8601 parsing), timedelta.py, date.py
// (with tzinfo), time.py, timezone.py, datetime_type.py.
package datetime

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/internal/libsrc"
	_ "github.com/gopyrt/gopy/modules/time" // time and _strptime, which datetime uses
)

var (
	//go:embed datetime.py
	helpers string
	//go:embed timedelta.py
	timedeltaSource string
	//go:embed date.py
	dateSource string
	//go:embed time.py
	timeSource string
	//go:embed timezone.py
	timezoneSource string
	//go:embed datetime_type.py
	datetimeSource string
)

func init() {
	libsrc.Register(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "datetime", Doc: "Fast implementation of the datetime type.", FileDesc: "<frozen datetime>"},
	}, helpers, timedeltaSource, dateSource, timeSource, timezoneSource, datetimeSource)
}
