package time

import (
	"math"
	"time"
)

// tmOf breaks t down in its location.
func tmOf(t time.Time) Tm {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Tm{Sec: s, Min: mi, Hour: h, Mday: d, Mon: int(m) - 1, Year: y - 1900, Wday: int(t.Weekday()), Yday: t.YearDay() - 1}
}

// yearFits reports whether a year can be held by C's struct tm (an int counted from 1900).
func yearFits(y int) bool { return y-1900 <= math.MaxInt32 && y-1900 >= math.MinInt32 }

// At returns the local broken-down time of the instant sec (localtime_r); ok is false when
// its year does not fit a struct tm.
func (z *Zone) At(sec int64) (Tm, bool) {
	t := time.Unix(sec, 0).In(z.Loc)
	if !yearFits(t.Year()) {
		return Tm{}, false
	}
	tm := tmOf(t)
	tm.Zone, tm.Gmtoff = t.Zone()
	tm.HasZone = true
	if t.IsDST() {
		tm.Isdst = 1
	}
	return tm, true
}

// UTCAt returns the broken-down UTC time of the instant sec (gmtime_r, whose zone glibc
// names GMT).
func UTCAt(sec int64) (Tm, bool) {
	t := time.Unix(sec, 0).UTC()
	if !yearFits(t.Year()) {
		return Tm{}, false
	}
	tm := tmOf(t)
	tm.Zone, tm.HasZone = "GMT", true
	return tm, true
}

// offsetAt returns the zone's offset (seconds east) and daylight saving flag at sec.
func (z *Zone) offsetAt(sec int64) (int, bool) {
	t := time.Unix(sec, 0).In(z.Loc)
	_, off := t.Zone()
	return off, t.IsDST()
}

// Mktime returns the instant of the local time tm, whose fields may be out of range
// (normalized as mktime does), as glibc's mktime: Isdst 0 or 1 picks standard or daylight
// saving time where the wall clock is ambiguous and even where it is not (a summer date
// with Isdst 0 is read as standard time), negative lets the zone decide (the earlier
// instant of a repeated hour, the offset before the change for a skipped one). ok is false
// when the result does not fit.
func (z *Zone) Mktime(tm Tm) (int64, bool) {
	year := int64(tm.Year) + 1900
	if year > 1<<40 || year < -(1<<40) {
		return 0, false
	}
	wall := time.Date(int(year), time.Month(tm.Mon+1), tm.Mday, tm.Hour, tm.Min, tm.Sec, 0, time.UTC).Unix()
	// The offsets in effect a day around the wall clock, and those that fit it.
	var offs []int
	for _, probe := range []int64{wall - 86400, wall, wall + 86400} {
		off, _ := z.offsetAt(probe)
		if !containsInt(offs, off) {
			offs = append(offs, off)
		}
	}
	best, found := int64(0), false
	for _, off := range offs {
		t := wall - int64(off)
		o, dst := z.offsetAt(t)
		if o != off || (tm.Isdst >= 0 && dst != (tm.Isdst > 0)) {
			continue
		}
		if !found || t < best {
			best, found = t, true
		}
	}
	if found {
		return best, true
	}
	if tm.Isdst < 0 {
		// A skipped wall clock: read with the offset in effect before the change.
		earliest := wall - int64(offs[0])
		for _, off := range offs {
			earliest = min(earliest, wall-int64(off))
		}
		off, _ := z.offsetAt(earliest)
		return wall - int64(off), true
	}
	// Daylight saving time asked for where the zone is on standard time, or the reverse:
	// the nearest offset of the kind asked for, else an hour from standard time.
	want := tm.Isdst > 0
	for step := int64(1); step <= 24; step++ {
		for _, probe := range []int64{wall - step*15*86400, wall + step*15*86400} {
			if off, dst := z.offsetAt(probe); dst == want {
				return wall - int64(off), true
			}
		}
	}
	off, _ := z.offsetAt(wall)
	if want {
		return wall - int64(off) - 3600, true
	}
	return wall - int64(off) + 3600, true
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
