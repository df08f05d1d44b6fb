// Package dbm provides Python's dbm package (dbm.dumb is its only database, written in
// Python by gopy with CPython's file format, so each reads the other's files; dbm.open picks
// a database by whichdb) and shelve over it, all embedded Python.
package dbm

import (
	_ "embed"

	"github.com/gopyrt/gopy/internal/libsrc"
)

var (
	//go:embed dbm.py
	dbmSource string
	//go:embed dumb.py
	dumbSource string
	//go:embed shelve.py
	shelveSource string
)

func init() {
	libsrc.Package("dbm", "Generic interface to all dbm clones.", dbmSource)
	libsrc.Module("dbm.dumb", "A dumb and slow but simple dbm clone.", dumbSource)
	libsrc.Module("shelve", "Manage shelves of pickled objects.", shelveSource)
}
