package time

import (
	"bytes"
	"encoding/binary"
	"os"
	"strings"
	"sync"
	"time"
)

// Zone is the local time zone as tzset last read it from the TZ environment variable, with
// the values the time module publishes (timezone, altzone, daylight, tzname). As C's
// tzname and timezone globals, it belongs to the process, not to an interpreter.
type Zone struct {
	Loc      *time.Location
	Timezone int // seconds west of UTC of standard time
	Altzone  int // seconds west of UTC of daylight saving time
	Daylight bool
	Tzname   [2]string
}

var (
	zoneMu sync.Mutex
	zone   *Zone
)

// Local returns the local time zone, reading TZ the first time.
func Local() *Zone {
	zoneMu.Lock()
	defer zoneMu.Unlock()
	if zone == nil {
		zone = loadZone(time.Now())
	}
	return zone
}

// Tzset reads TZ again (time.tzset()) and returns the new local time zone.
func Tzset() *Zone {
	zoneMu.Lock()
	defer zoneMu.Unlock()
	zone = loadZone(time.Now())
	return zone
}

// loadZone makes the zone TZ names, and the time module's values for the year of now.
func loadZone(now time.Time) *Zone {
	tz, set := os.LookupEnv("TZ")
	z := &Zone{Loc: location(tz, set)}
	// As CPython on glibc: the zones in effect near January 1 and July 1 of this year.
	const year = (365*24 + 6) * 3600
	t := now.Unix() / year * year
	janName, janOff := time.Unix(t, 0).In(z.Loc).Zone()
	julName, julOff := time.Unix(t+year/2, 0).In(z.Loc).Zone()
	janName, julName = truncate(janName, 9), truncate(julName, 9)
	z.Daylight = janOff != julOff
	if -janOff < -julOff {
		// Daylight saving time in January: the southern hemisphere.
		z.Timezone, z.Altzone, z.Tzname = -julOff, -janOff, [2]string{julName, janName}
	} else {
		z.Timezone, z.Altzone, z.Tzname = -janOff, -julOff, [2]string{janName, julName}
	}
	return z
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// location finds the time zone TZ names as glibc does: unset is /etc/localtime, empty is
// UTC, ":name" or "name" is a file of the zoneinfo database (or a path), anything else a
// POSIX TZ string such as "EST5EDT,M3.2.0,M11.1.0".
func location(tz string, set bool) *time.Location {
	if !set {
		if data, err := os.ReadFile("/etc/localtime"); err == nil {
			if loc, err := time.LoadLocationFromTZData("localtime", data); err == nil {
				return loc
			}
		}
		return time.UTC
	}
	if tz == "" {
		return time.UTC
	}
	name := strings.TrimPrefix(tz, ":")
	if strings.HasPrefix(name, "/") {
		if data, err := os.ReadFile(name); err == nil {
			if loc, err := time.LoadLocationFromTZData(name, data); err == nil {
				return loc
			}
		}
	} else if !strings.Contains(name, "..") {
		if loc, err := time.LoadLocation(name); err == nil && name != "Local" {
			return loc
		}
	}
	if loc, err := posixLocation(tz); err == nil {
		return loc
	}
	return time.UTC
}

// posixLocation makes a Location for a POSIX TZ string: a TZif file with no transitions
// whose footer is the string, which Go's time package applies to every instant. Where the
// string has no valid rule (as "garbage"), the standard time it begins with stands alone,
// as glibc does.
func posixLocation(tz string) (*time.Location, error) {
	name, offset := posixStandard(tz)
	abbr := name + "\x00"
	var b bytes.Buffer
	for v := 0; v < 2; v++ { // the version 1 block, then the version 2 block
		b.WriteString("TZif2")
		b.Write(make([]byte, 15))
		for _, n := range []uint32{0, 0, 0, 0, 1, uint32(len(abbr))} {
			_ = binary.Write(&b, binary.BigEndian, n)
		}
		_ = binary.Write(&b, binary.BigEndian, int32(offset))
		b.WriteByte(0) // not daylight saving time
		b.WriteByte(0) // abbreviation index
		b.WriteString(abbr)
	}
	b.WriteString("\n" + tz + "\n")
	return time.LoadLocationFromTZData(tz, b.Bytes())
}

// posixStandard reads the standard time's name and offset (seconds east of UTC) at the
// start of a POSIX TZ string: a name of letters or <...>, then [+-]hh[:mm[:ss]] west of
// UTC. A missing or malformed offset counts as 0.
func posixStandard(tz string) (string, int) {
	s := tz
	var name string
	if strings.HasPrefix(s, "<") {
		end := strings.IndexByte(s, '>')
		if end < 0 {
			return s[1:], 0
		}
		name, s = s[1:end], s[end+1:]
	} else {
		i := 0
		for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
			i++
		}
		name, s = s[:i], s[i:]
	}
	sign := -1 // POSIX offsets count west
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = 1
		}
		s = s[1:]
	}
	secs := 0
	for part, mult := 0, 3600; part < 3 && s != ""; part, mult = part+1, mult/60 {
		if part > 0 {
			if s[0] != ':' {
				break
			}
			s = s[1:]
		}
		n, i := 0, 0
		for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
			n = n*10 + int(s[i]-'0')
			i++
		}
		if i == 0 {
			break
		}
		secs += n * mult
		s = s[i:]
	}
	return name, sign * secs
}
