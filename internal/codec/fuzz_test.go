package codec

import (
	"bytes"
	"testing"
)

// FuzzDecode decodes arbitrary bytes with every codec and built-in handler: no panics,
// consumed counts in range, and what strict decoding accepts encodes back to the same bytes.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{"", "abc", "a\x80b", "\xc3(", "\xe2\x82", "\xed\xa0\x80", "\xf0\x9f\x98\x80",
		"\xff\xfea\x00", "\x00\xd8\x00\xdc", "\x00\xdc", "\x00\x00\x11\x00", "\xfe\xff\x00a", BOM32BE + "\x00\x00\x00a",
		`\x4`, `\u12345`, `\U0011ffff`, `\N{BULLET}\N{x`, `\\u1234\`, "\\\n\\101\\q"} {
		f.Add([]byte(seed), false)
		f.Add([]byte(seed), true)
	}
	codecs := []*Codec{UTF8, Latin1, ASCII, UTF16LE, UTF16BE, UTF32LE, UTF32BE}
	handlers := []string{"strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"}
	f.Fuzz(func(t *testing.T, data []byte, final bool) {
		for _, c := range codecs {
			for _, h := range handlers {
				s, n, err := c.Decode(data, 0, h, final)
				if err != nil {
					continue
				}
				if n < 0 || n > len(data) || final && n != len(data) {
					t.Fatalf("%s/%s: consumed %d of %d", c.name, h, n, len(data))
				}
				if h == "strict" {
					back, _, err := c.Encode(s, "strict")
					if err != nil || !bytes.Equal(back, data[:n]) {
						t.Fatalf("%s: %q decodes to %q, encodes back to %q (%v)", c.name, data[:n], s, back, err)
					}
				}
			}
		}
		// the escape codecs and a single-byte codec: no panics, counts in range
		for _, c := range []*Codec{UnicodeEscape, RawUnicodeEscape, Charmap("cp1252"), Charmap("cp875")} {
			for _, h := range handlers {
				if _, n, err := c.Decode(data, 0, h, final); err == nil && (n < 0 || n > len(data)) {
					t.Fatalf("%s/%s: consumed %d of %d", c.name, h, n, len(data))
				}
			}
		}
		for _, wide := range []int{2, 4} {
			_, _, _, _ = DecodeBOM(data, "replace", 0, final, wide)
		}
	})
}
