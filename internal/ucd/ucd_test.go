package ucd

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// oracle prints, for a selection of code points, what python3's unicodedata says of
// them (both versions), their names, decompositions and normal forms; then random
// strings of combining characters and their normal forms.
const oracle = `
import random, unicodedata as U
V = U.ucd_3_2_0
assert U.unidata_version == "14.0.0"
def h(s): return " ".join("%X" % ord(c) for c in s)
def props(db, ch):
    return "|".join(map(str, (db.category(ch), db.bidirectional(ch), db.combining(ch),
        db.east_asian_width(ch), db.mirrored(ch), db.decimal(ch, None), db.digit(ch, None),
        db.numeric(ch, None), db.decomposition(ch), db.name(ch, None))))
def forms(db, s): return ";".join(h(db.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD"))
for c in range(0x110000):
    ch = chr(c)
    if c % 61 and U.category(ch) in ("Cn", "Co", "Cs"):
        continue
    if c % 7 and (0x3400 <= c < 0xA000 or 0xAC00 <= c < 0xD7A4 or 0x20000 <= c < 0x32000):
        continue
    print("C", "%X" % c, props(U, ch), props(V, ch), forms(U, ch), forms(V, ch), sep="\t")
rnd = random.Random(5)
pool = [c for c in range(0x3000) if U.combining(chr(c)) or U.decomposition(chr(c))]
pool += list(range(0x1100, 0x1200)) + list(range(0xAC00, 0xAC60)) + [0x1109A, 0x11099, 0x110BA, 0x1D15E, 0xF951, 0x2F868]
for i in range(20000):
    s = "".join(chr(rnd.choice(pool)) for _ in range(rnd.randint(1, 6)))
    print("S", h(s), forms(U, s), forms(V, s), sep="\t")
`

func runes(hexes string) []rune {
	var out []rune
	for _, f := range strings.Fields(hexes) {
		v, _ := strconv.ParseUint(f, 16, 32)
		out = append(out, rune(v))
	}
	return out
}

func hexes(rs []rune) string {
	var b []string
	for _, r := range rs {
		b = append(b, fmt.Sprintf("%X", r))
	}
	return strings.Join(b, " ")
}

func props(db *DB, r rune) string {
	opt := func(v int, ok bool) string {
		if !ok {
			return "None"
		}
		return strconv.Itoa(v)
	}
	num := "None"
	if f, ok := db.Numeric(r); ok {
		num = strconv.FormatFloat(f, 'f', -1, 64)
		if !strings.Contains(num, ".") {
			num += ".0"
		}
	}
	name, ok := db.Name(r)
	if !ok {
		name = "None"
	}
	mir := 0
	if db.Mirrored(r) {
		mir = 1
	}
	return strings.Join([]string{db.Category(r), db.Bidirectional(r), strconv.Itoa(db.Combining(r)),
		db.EastAsianWidth(r), strconv.Itoa(mir), opt(db.Decimal(r)), opt(db.Digit(r)), num,
		db.Decomposition(r), name}, "|")
}

func forms(db *DB, s []rune) string {
	var out []string
	for _, f := range []Form{NFC, NFD, NFKC, NFKD} {
		out = append(out, hexes(db.Normalize(f, append([]rune(nil), s...))))
	}
	return strings.Join(out, ";")
}

func TestAgainstPython(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	out, err := exec.Command(py, "-c", oracle).Output()
	if err != nil {
		t.Skipf("python3: %v", err)
	}
	bad := 0
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() && bad < 20 {
		f := strings.Split(sc.Text(), "\t")
		n++
		switch f[0] {
		case "C":
			r := runes(f[1])[0]
			got := []string{f[0], f[1], props(V14(), r), props(V320(), r), forms(V14(), []rune{r}), forms(V320(), []rune{r})}
			for i := range got {
				if got[i] != f[i] {
					t.Errorf("U+%X field %d: got %q, python3 %q", r, i, got[i], f[i])
					bad++
				}
			}
		case "S":
			s := runes(f[1])
			if g := forms(V14(), s); g != f[2] {
				t.Errorf("%s: got %s, python3 %s", f[1], g, f[2])
				bad++
			}
			if g := forms(V320(), s); g != f[3] {
				t.Errorf("3.2.0 %s: got %s, python3 %s", f[1], g, f[3])
				bad++
			}
		}
	}
	if n < 80000 {
		t.Errorf("only %d lines from python3", n)
	}
}

func TestLookup(t *testing.T) {
	db := V14()
	for _, c := range []struct {
		name  string
		flags LookupFlags
		want  string
	}{
		{"LATIN SMALL LETTER A", 0, "a"},
		{"latin small letter a", 0, "a"},
		{"CJK UNIFIED IDEOGRAPH-4E00", 0, "\u4e00"},
		{"CJK UNIFIED IDEOGRAPH-04E00", 0, "\u4e00"},
		{"cjk unified ideograph-4E00", 0, ""},
		{"CJK UNIFIED IDEOGRAPH-4e00", 0, ""},
		{"CJK UNIFIED IDEOGRAPH-2A6E0", 0, ""},
		{"HANGUL SYLLABLE GAG", 0, "\uac01"},
		{"hangul syllable gag", 0, ""},
		{"HANGUL SYLLABLE ", 0, ""},
		{"NUSHU CHARACTER-1b170", 0, "\U0001b170"},
		{"NUSHU CHARACTER-01B170", 0, ""},
		{"CJK COMPATIBILITY IDEOGRAPH-F900", 0, "\uf900"},
		{"TANGUT IDEOGRAPH-17000", 0, ""},
		{"alert", 0, ""},
		{"alert", Aliases, "\a"},
		{"TAMIL CONSONANT KSS", Aliases, ""},
		{"TAMIL CONSONANT KSS", Sequences, "\u0b95\u0bcd\u0bb7\u0bcd"},
		{"LATIN SMALL LETTER A ", 0, ""},
	} {
		got, ok := db.Lookup(c.name, c.flags)
		if string(got) != c.want || ok != (c.want != "") {
			t.Errorf("Lookup(%q, %d) = %q, %v; want %q", c.name, c.flags, string(got), ok, c.want)
		}
	}
	if _, ok := V320().Lookup("NUL", Aliases); ok {
		t.Errorf("3.2.0 knows aliases")
	}
	if _, ok := V320().Lookup("LATIN SMALL LETTER D WITH CURL", 0); ok {
		t.Errorf("3.2.0 names U+0221")
	}
	// every name reads back
	for r := rune(0); r <= 0x10ffff; r++ {
		if name, ok := db.Name(r); ok {
			if got, ok := db.Lookup(name, 0); !ok || len(got) != 1 || got[0] != r {
				t.Fatalf("Lookup(%q) = %q, %v; want U+%X", name, string(got), ok, r)
			}
		}
	}
}
