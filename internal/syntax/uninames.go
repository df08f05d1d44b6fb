package syntax

import (
	"strings"
	"sync"

	"golang.org/x/text/unicode/runenames"
)

var (
	namesOnce  sync.Once
	nameToRune map[string]rune
)

// lookupName finds the character of a \N{name} escape (case-insensitive, as CPython).
func lookupName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if r, ok := algorithmicName(name); ok {
		return r, true
	}
	namesOnce.Do(func() {
		nameToRune = make(map[string]rune, 40000)
		for r := rune(0); r <= 0x10ffff; r++ {
			if r >= 0x3400 && r <= 0x9fff || r >= 0xac00 && r <= 0xd7a3 || r >= 0x20000 && r <= 0x3134f {
				continue
			}
			if n := runenames.Name(r); n != "" && n[0] != '<' {
				nameToRune[n] = r
			}
		}
	})
	r, ok := nameToRune[name]
	return r, ok
}

// algorithmicName handles the names made by rule: CJK ideographs and Hangul syllables.
func algorithmicName(name string) (rune, bool) {
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		var r rune
		if len(hex) < 4 || len(hex) > 5 {
			return 0, false
		}
		for _, c := range hex {
			d := strings.IndexRune("0123456789ABCDEF", c)
			if d < 0 {
				return 0, false
			}
			r = r<<4 | rune(d)
		}
		if runenames.Name(r) == "" {
			return 0, false
		}
		return r, true
	}
	if syl, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		lead := []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
		vowel := []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
		tail := []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
		for l, ls := range lead {
			if !strings.HasPrefix(syl, ls) {
				continue
			}
			for v, vs := range vowel {
				if !strings.HasPrefix(syl[len(ls):], vs) {
					continue
				}
				for t, ts := range tail {
					if syl[len(ls)+len(vs):] == ts {
						return rune(0xac00 + (l*21+v)*28 + t), true
					}
				}
			}
		}
	}
	return 0, false
}
