package codec

//go:generate sh -c "python3 gen_charmap.py && gofmt -w charmap_tables.go"

import "sync"

// The single-byte codecs (cp1252, iso8859-2, koi8-r, mac-roman ...) decode through a
// table of 256 characters recorded from CPython (charmap_tables.go) and report errors as
// CPython's charmap codec does ('charmap' codec ..., "character maps to <undefined>").

const undefined = 0xfffe

var (
	charmapOnce sync.Once
	charmaps    map[string]*Codec // by key
	charmapKeys map[string]string // normalized name or alias -> key
)

func loadCharmaps() {
	charmapOnce.Do(func() {
		charmaps = map[string]*Codec{}
		charmapKeys = map[string]string{}
		for _, t := range charmapTables {
			var dec [256]rune
			enc := map[rune]byte{}
			i := 0
			for _, r := range t.table {
				dec[i] = r
				if r != undefined {
					enc[r] = byte(i) // a character of two bytes encodes as the last, as in CPython
				}
				i++
			}
			charmaps[t.key] = newCharmap("charmap", &dec, enc)
			charmapKeys[t.key] = t.key
		}
		for alias, key := range charmapAliases {
			charmapKeys[alias] = key
		}
	})
}

func newCharmap(name string, dec *[256]rune, enc map[rune]byte) *Codec {
	return &Codec{name: name, encReason: "character maps to <undefined>",
		step: func(data []byte, i int, final bool) (rune, int, int, string, bool) {
			if r := dec[data[i]]; r != undefined {
				return r, 1, 0, "", false
			}
			return 0, 0, 1, "character maps to <undefined>", false
		},
		enc: func(out []byte, r rune) ([]byte, bool) {
			b, ok := enc[r]
			if !ok {
				return out, false
			}
			return append(out, b), true
		}}
}

// Charmap is the single-byte codec an encoding name (normalized) denotes, or nil.
func Charmap(normalized string) *Codec {
	loadCharmaps()
	key, ok := charmapKeys[normalized]
	if !ok {
		key, ok = charmapKeys[stringsReplaceDots(normalized)]
	}
	if !ok {
		return nil
	}
	return charmaps[key]
}

// CharmapKey is the codec key (module name of CPython's encodings package) of a
// single-byte codec's normalized name, or "".
func CharmapKey(normalized string) string {
	loadCharmaps()
	if key, ok := charmapKeys[normalized]; ok {
		return key
	}
	return charmapKeys[stringsReplaceDots(normalized)]
}

func stringsReplaceDots(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] == '.' {
			b[i] = '_'
		}
	}
	return string(b)
}

// CharmapName is the codec name (CodecInfo.name) of a single-byte codec's key.
func CharmapName(key string) string {
	for _, t := range charmapTables {
		if t.key == key {
			return t.name
		}
	}
	return ""
}
