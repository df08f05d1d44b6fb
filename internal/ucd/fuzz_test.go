package ucd

import (
	"testing"
	"unicode/utf8"
)

// FuzzLookup reads arbitrary names: no panic, and a name found reads back.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"LATIN SMALL LETTER A", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00",
		"NUSHU CHARACTER-1B170", "HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-FFFFF", "alert", "TAMIL CONSONANT KSS", "-", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		for _, db := range []*DB{V14(), V320()} {
			rs, ok := db.Lookup(name, Aliases|Sequences)
			if ok && len(rs) == 0 {
				t.Fatalf("Lookup(%q) found nothing", name)
			}
		}
	})
}

// FuzzNormalize normalizes arbitrary text: no panic, and normal forms are stable.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"e\u0301", "\uac00\u11a8", "\u1100\u1161\u11a8", "\u0f73\u0f75", "\ufb01\u2460", "\U0002f868"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, db := range []*DB{V14(), V320()} {
			for _, form := range []Form{NFC, NFD, NFKC, NFKD} {
				once := db.Normalize(form, []rune(s))
				twice := db.Normalize(form, append([]rune(nil), once...))
				if string(once) != string(twice) {
					t.Fatalf("form %d of %q not stable: %q then %q", form, s, string(once), string(twice))
				}
			}
		}
	})
}
