package sre

import (
	"errors"
	"testing"
	"unicode/utf8"
)

var errTooLong = errors.New("too many steps")

// FuzzCompile compiles arbitrary patterns, str and bytes, with arbitrary flags, and runs
// what compiles over a few subjects: only *Error may come out of Compile, never a panic,
// and matching ends (or is stopped by its step check) without one.
func FuzzCompile(f *testing.F) {
	for _, c := range loadCases(f) {
		f.Add(c.Pattern, c.Bytes, c.Flags, "abc aab\nxyz 123 é")
	}
	f.Add(`(?P<a>x)(?(a)y|z)\g<a>`, false, 0, "xyz")
	f.Fuzz(func(t *testing.T, pattern string, isBytes bool, flags int, subject string) {
		if !utf8.ValidString(pattern) || !utf8.ValidString(subject) {
			return
		}
		units := []rune(pattern)
		if isBytes {
			for i, r := range units {
				units[i] = r & 0xff
			}
		}
		prog, err := Compile(units, !isBytes, flags&0x1ff, Options{Lookup: testLookup})
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Compile(%q) returned %T %v", pattern, err, err)
			}
			return
		}
		for _, s := range []string{subject, pattern, ""} {
			st := subjectState(prog, s, isBytes, false, 0, 1<<30)
			steps := 0
			st.Check = func() error {
				if steps++; steps > 50 {
					return errTooLong
				}
				return nil
			}
			for n := 0; st.Start <= st.end && n < 100; n++ {
				st.Reset()
				st.Ptr = st.Start
				ok, err := st.Search()
				if err == errTooLong || !ok {
					break
				}
				if err != nil {
					t.Fatalf("search %q in %q: %v", pattern, s, err)
				}
				if _, err := st.Regs(); err != nil {
					t.Fatalf("regs of %q in %q: %v", pattern, s, err)
				}
				st.MustAdvance = st.Ptr == st.Start
				st.Start = st.Ptr
			}
			if _, err := ParseTemplate([]rune(s), !isBytes, prog); err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("ParseTemplate(%q): %T %v", s, err, err)
				}
			}
		}
	})
}
