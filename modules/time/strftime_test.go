package time

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/gopyrt/gopy/internal/gpyhooks"
)

// TestStrftimeMatchesPython compares Strftime with python3's time.strftime (glibc's) on the
// cases testdata/gen_strftime.py recorded: every directive with every flag and widths.
func TestStrftimeMatchesPython(t *testing.T) {
	data, err := os.ReadFile("testdata/strftime.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Format string
		Tuple  [9]int
		Want   string
	}
	var raw [][3]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	for _, r := range raw {
		var c struct {
			Format string
			Tuple  [9]int
			Want   string
		}
		if json.Unmarshal(r[0], &c.Format) != nil || json.Unmarshal(r[1], &c.Tuple) != nil || json.Unmarshal(r[2], &c.Want) != nil {
			t.Fatalf("bad case %s", r)
		}
		cases = append(cases, c)
	}
	t.Setenv("TZ", "America/New_York")
	z := Tzset()
	defer Tzset()
	for _, c := range cases {
		v := c.Tuple
		tm := Tm{Year: v[0] - 1900, Mon: v[1] - 1, Mday: v[2], Hour: v[3], Min: v[4], Sec: v[5],
			Wday: (v[6] + 1) % 7, Yday: v[7] - 1, Isdst: max(-1, min(1, v[8]))}
		if got := Strftime(c.Format, &tm, z); got != c.Want {
			t.Errorf("strftime(%q, %v) = %q, python3 %q", c.Format, v, got, c.Want)
		}
	}
}

// FuzzStrftime formats arbitrary formats and fields: no panic, whatever they hold.
func FuzzStrftime(f *testing.F) {
	for _, s := range []string{"%Y-%m-%d %H:%M:%S", "%-5Y%_3z%#Z%^a", "%", "%E", "%0300d", "%c%x%X%G%V%s"} {
		f.Add(s, 123, 4, 5, 6, 7, 8, 9, 10, 1)
	}
	f.Fuzz(func(t *testing.T, format string, year, mon, mday, hour, min, sec, wday, yday, isdst int) {
		tm := Tm{Year: year, Mon: mon, Mday: mday, Hour: hour, Min: min, Sec: sec, Wday: wday, Yday: yday, Isdst: isdst}
		if len(format) > 200 {
			return
		}
		Strftime(format, &tm, Local())
	})
}

// FuzzPOSIXZone reads arbitrary TZ strings: no panic, and a location whatever they hold.
func FuzzPOSIXZone(f *testing.F) {
	for _, s := range []string{"EST5EDT,M3.2.0,M11.1.0", "JST-9", "<+0330>-3:30", "garbage", "UTC0", "<", "A1:2:3:4", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tz string) {
		if loc, err := posixLocation(tz); err == nil {
			z := &Zone{Loc: loc}
			z.At(1700000000)
			z.Mktime(Tm{Year: 120, Mon: 5, Mday: 1, Isdst: -1})
		}
	})
}

// TestMain makes gopy's changes to gpython before the tests run, as interp does.
func TestMain(m *testing.M) { gpyhooks.TestMain(m) }
