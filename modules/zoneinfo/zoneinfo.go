// Package zoneinfo provides Python's zoneinfo module: ZoneInfo is Python (zoneinfo.py,
// embedded) over the Go module _zoneinfo, which reads TZif data (from the files of
// zoneinfo.TZPATH or any file object) with Go's time.LoadLocationFromTZData and answers,
// for an instant, the offset, abbreviation and daylight saving amount in force, the
// footer's POSIX rule covering instants past the last transition.
package zoneinfo

import (
	"bytes"
	_ "embed"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed zoneinfo.py
var source string

// ZoneType is the type of _zoneinfo's parsed zones (opaque to scripts).
var ZoneType = py.NewType("_zoneinfo_zone", "A parsed TZif time zone.")

// Zone is a parsed TZif file.
type Zone struct{ loc *time.Location }

// Type returns ZoneType.
func (z *Zone) Type() *py.Type { return ZoneType }

// parse is _zoneinfo.parse(name, data): the zone of TZif bytes, ValueError if they are not.
func parse(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "parse(name, data)")
	}
	name, err := py.StrAsString(args[0])
	if err != nil {
		return nil, err
	}
	data, ok := argclinic.Bytes(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "parse() needs bytes")
	}
	if !bytes.HasPrefix(data, []byte("TZif")) {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid TZif file: magic not found")
	}
	loc, err := time.LoadLocationFromTZData(name, data)
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid TZif file: %v", err)
	}
	return &Zone{loc}, nil
}

// at is _zoneinfo.at(zone, seconds): (utcoffset, is_dst, abbreviation, dst) in force at
// the Unix time seconds. dst is the offset less the standard offset around it (the
// nearest zone period without daylight saving time), 0 outside daylight saving time.
func at(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "at(zone, seconds)")
	}
	z, ok := args[0].(*Zone)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "at() needs a zone")
	}
	secs, err := argclinic.Int(args[1])
	if err != nil {
		return nil, err
	}
	t := time.Unix(int64(secs), 0).In(z.loc)
	name, offset := t.Zone()
	dst := 0
	if t.IsDST() {
		dst = offset - standardOffset(t, offset)
	}
	return py.Tuple{py.Int(offset), py.NewBool(t.IsDST()), py.String(name), py.Int(dst)}, nil
}

// standardOffset is the offset of the period just before t's, if it has no daylight
// saving time, else of the period just after, else offset less an hour: CPython's
// zoneinfo derives the DST amount from the neighbouring transitions the same way.
func standardOffset(t time.Time, offset int) int {
	start, end := t.ZoneBounds()
	if !start.IsZero() {
		if u := start.Add(-time.Second); !u.IsDST() {
			_, off := u.Zone()
			return off
		}
	}
	if !end.IsZero() && !end.IsDST() {
		_, off := end.Zone()
		return off
	}
	return offset - 3600
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_zoneinfo", Doc: "TZif zones for zoneinfo."},
		Methods: []*py.Method{
			py.MustNewMethod("parse", parse, 0, "parse(name, data) -> zone"),
			py.MustNewMethod("at", at, 0, "at(zone, seconds) -> (utcoffset, is_dst, abbreviation, dst)"),
		},
	})
	libsrc.Module("zoneinfo", "IANA time zone support (ZoneInfo).", source)
}
