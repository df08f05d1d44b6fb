package syntax

import "github.com/gopyrt/gopy/internal/ucd"

// lookupName finds the character of a \N{name} escape: a character name or alias of
// Unicode 14.0.0, case-insensitive, as CPython's (named sequences are not characters).
func lookupName(name string) (rune, bool) {
	if len(name) > ucd.MaxNameLen {
		return 0, false
	}
	rs, ok := ucd.V14().Lookup(name, ucd.Aliases)
	if !ok || len(rs) != 1 {
		return 0, false
	}
	return rs[0], true
}
