package time

import (
	"strconv"
	"strings"
)

// Tm is C's struct tm, the broken-down time strftime and mktime work on: Year counts from
// 1900, Mon from 0, Wday from Sunday (0), Yday from 0. Zone is tm_zone (HasZone false for
// C's NULL) and Gmtoff tm_gmtoff, seconds east of UTC.
type Tm struct {
	Sec, Min, Hour, Mday, Mon, Year, Wday, Yday, Isdst int
	Zone                                               string
	HasZone                                            bool
	Gmtoff                                             int
}

var (
	weekdayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames   = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// Strftime formats tm as glibc's strftime does in the C locale, GNU extensions included:
// the flags _ - 0 ^ #, a field width, the E and O modifiers (which the C locale ignores),
// and an unknown directive copied as it stands. z gives tzname for %Z when tm has no
// zone, and mktime for %s.
func Strftime(format string, tm *Tm, z *Zone) string {
	f := &formatter{tm: tm, zone: z}
	f.run(format)
	return string(f.out)
}

type formatter struct {
	tm   *Tm
	zone *Zone
	out  []byte

	// the directive being formatted
	pad      byte // '_', '-', '0' or 0
	upper    bool
	lower    bool
	width    int // -1: none
	modifier byte
}

func (f *formatter) run(format string) {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			f.out = append(f.out, format[i])
			continue
		}
		start := i
		f.pad, f.upper, f.lower, f.width, f.modifier = 0, false, false, -1, 0
		swap := false
	flags:
		for i+1 < len(format) {
			switch c := format[i+1]; c {
			case '_', '-', '0':
				f.pad = c
			case '^':
				f.upper = true
			case '#':
				swap = true
			default:
				break flags
			}
			i++
		}
		if i+1 < len(format) && isDigit(format[i+1]) {
			f.width = 0
			for i+1 < len(format) && isDigit(format[i+1]) {
				if f.width < 1<<20 {
					f.width = f.width*10 + int(format[i+1]-'0')
				}
				i++
			}
		}
		if i+1 < len(format) && (format[i+1] == 'E' || format[i+1] == 'O') {
			f.modifier = format[i+1]
			i++
		}
		if i+1 >= len(format) {
			// '%' (with flags) at the end of the format: copied as it stands.
			f.text(format[start:])
			return
		}
		i++
		if !f.directive(format[i], swap) {
			f.text(format[start : i+1])
		}
	}
}

// text writes s padded to the width (with zeros for the 0 flag, else spaces) in the case
// the flags ask for.
func (f *formatter) text(s string) {
	for n := f.width - len(s); n > 0; n-- {
		if f.pad == '0' {
			f.out = append(f.out, '0')
		} else {
			f.out = append(f.out, ' ')
		}
	}
	switch {
	case f.lower:
		s = strings.ToLower(s)
	case f.upper:
		s = strings.ToUpper(s)
	}
	f.out = append(f.out, s...)
}

// number writes v with at least digits digits (or the width), padded with zeros, or spaces
// for the _ flag or a space-padded directive; the - flag drops the padding.
func (f *formatter) number(digits int, v int64, spacePad bool) {
	if spacePad && f.pad != '0' && f.pad != '-' {
		f.pad = '_'
	}
	if f.width > digits {
		digits = f.width
	}
	f.padded(digits, v)
}

// padded writes v padded to digits characters, then to the width.
func (f *formatter) padded(digits int, v int64) {
	s := strconv.FormatInt(v, 10)
	if f.pad != '-' {
		if padding := digits - len(s); padding > 0 {
			if f.pad == '_' {
				f.out = append(f.out, strings.Repeat(" ", padding)...)
				if f.width > padding {
					f.width -= padding
				} else {
					f.width = 0
				}
			} else {
				if v < 0 {
					f.out = append(f.out, '-')
					s = s[1:]
				}
				f.out = append(f.out, strings.Repeat("0", padding)...)
				f.width = 0
			}
		}
	}
	f.text(s)
}

// sub formats a whole format in place of one directive (%c, %D, %T ...), padded as one
// piece of text.
func (f *formatter) sub(format string) {
	inner := &formatter{tm: f.tm, zone: f.zone}
	inner.run(format)
	f.lower = false
	f.text(string(inner.out))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// name returns names[i], or "?" out of range, as glibc.
func name(names []string, i int, n int) string {
	if i < 0 || i >= len(names) {
		return "?"
	}
	if n > 0 {
		return names[i][:n]
	}
	return names[i]
}

// directive writes one conversion; it reports false for an unknown one (or a modifier the
// conversion does not take), which the caller copies.
func (f *formatter) directive(c byte, swap bool) bool {
	tm := f.tm
	noE := f.modifier != 'E'
	hour12 := tm.Hour
	if hour12 > 12 {
		hour12 -= 12
	} else if hour12 == 0 {
		hour12 = 12
	}
	switch c {
	case '%':
		if f.modifier != 0 {
			return false
		}
		f.text("%")
	case 'a', 'A':
		if f.modifier != 0 {
			return false
		}
		if swap {
			f.upper = true
		}
		if c == 'a' {
			f.text(name(weekdayNames[:], tm.Wday, 3))
		} else {
			f.text(name(weekdayNames[:], tm.Wday, 0))
		}
	case 'b', 'h', 'B':
		if !noE {
			return false
		}
		if swap {
			f.upper = true
		}
		if c == 'B' {
			f.text(name(monthNames[:], tm.Mon, 0))
		} else {
			f.text(name(monthNames[:], tm.Mon, 3))
		}
	case 'c':
		if f.modifier == 'O' {
			return false
		}
		f.sub("%a %b %e %H:%M:%S %Y")
	case 'C':
		year := int64(tm.Year) + 1900
		f.number(1, floorDiv(year, 100), false)
	case 'x':
		if f.modifier == 'O' {
			return false
		}
		f.sub("%m/%d/%y")
	case 'D':
		if f.modifier != 0 {
			return false
		}
		f.sub("%m/%d/%y")
	case 'd', 'e':
		if !noE {
			return false
		}
		f.number(2, int64(tm.Mday), c == 'e')
	case 'F':
		if f.modifier != 0 {
			return false
		}
		f.sub("%Y-%m-%d")
	case 'H', 'k':
		if !noE {
			return false
		}
		f.number(2, int64(tm.Hour), c == 'k')
	case 'I', 'l':
		if !noE {
			return false
		}
		f.number(2, int64(hour12), c == 'l')
	case 'j':
		if !noE {
			return false
		}
		f.number(3, int64(tm.Yday)+1, false)
	case 'M':
		if !noE {
			return false
		}
		f.number(2, int64(tm.Min), false)
	case 'm':
		if !noE {
			return false
		}
		f.number(2, int64(tm.Mon)+1, false)
	case 'n':
		f.text("\n")
	case 't':
		f.text("\t")
	case 'p', 'P':
		if c == 'P' || swap {
			f.lower, f.upper = true, false
		}
		if tm.Hour > 11 {
			f.text("PM")
		} else {
			f.text("AM")
		}
	case 'R':
		f.sub("%H:%M")
	case 'r':
		f.sub("%I:%M:%S %p")
	case 'S':
		if !noE {
			return false
		}
		f.number(2, int64(tm.Sec), false)
	case 's':
		t, _ := f.zone.Mktime(*tm)
		f.padded(1, t) // the width pads with spaces, as text
	case 'X':
		if f.modifier == 'O' {
			return false
		}
		f.sub("%H:%M:%S")
	case 'T':
		f.sub("%H:%M:%S")
	case 'u':
		f.number(1, int64((tm.Wday+6)%7+1), false)
	case 'U':
		if !noE {
			return false
		}
		f.number(2, int64((tm.Yday-tm.Wday+7)/7), false)
	case 'V', 'g', 'G':
		if !noE {
			return false
		}
		year, days := isoWeek(int64(tm.Year)+1900, tm.Yday, tm.Wday)
		switch c {
		case 'g':
			f.number(2, (year%100+100)%100, false)
		case 'G':
			f.number(1, year, false)
		default:
			f.number(2, int64(days/7+1), false)
		}
	case 'W':
		if !noE {
			return false
		}
		f.number(2, int64((tm.Yday-(tm.Wday-1+7)%7+7)/7), false)
	case 'w':
		if !noE {
			return false
		}
		f.number(1, int64(tm.Wday), false)
	case 'Y':
		if f.modifier == 'O' {
			return false
		}
		f.number(1, int64(tm.Year)+1900, false)
	case 'y':
		f.number(2, (int64(tm.Year)%100+100)%100, false)
	case 'Z':
		if swap {
			f.lower, f.upper = true, false
		}
		zone := tm.Zone
		if (!tm.HasZone || zone == "") && tm.Isdst >= 0 {
			switch {
			case tm.Isdst > 1:
				zone = "?"
			default:
				zone = f.zone.Tzname[tm.Isdst]
			}
		}
		f.text(zone)
	case 'z':
		if tm.Isdst < 0 {
			break
		}
		diff := tm.Gmtoff
		if diff < 0 {
			f.text("-")
			diff = -diff
		} else {
			f.text("+")
		}
		diff /= 60
		f.number(4, int64(diff/60*100+diff%60), false)
	default:
		return false
	}
	return true
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// isoWeekDays is the number of days from the first day of the first ISO week of a year to
// its day yday (which may be negative) falling on weekday wday (Sunday 0).
func isoWeekDays(yday, wday int) int {
	const bigMultipleOf7 = (366/7 + 2) * 7
	return yday - (yday-wday+4+bigMultipleOf7)%7 + 3
}

// isoWeek returns the ISO year of a day and the days since the start of its first week.
func isoWeek(year int64, yday, wday int) (int64, int) {
	days := isoWeekDays(yday, wday)
	if days < 0 {
		year--
		return year, isoWeekDays(yday+365+leap(year), wday)
	}
	if d := isoWeekDays(yday-(365+leap(year)), wday); d >= 0 {
		return year + 1, d
	}
	return year, days
}

func leap(year int64) int {
	if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		return 1
	}
	return 0
}
