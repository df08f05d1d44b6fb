// Package getpass provides Python's getpass module, written in Python by gopy
// (getpass.py, embedded) over two Go functions that stand for the termios calls CPython's
// makes: _echo_off(fd) clears ECHO in the terminal's local modes (TCSETSF, as tcsetattr
// with TCSAFLUSH) and returns the old modes, _echo_restore(fd, modes) puts them back.
// Both raise OSError (ENOTTY...) where termios.error would be raised; getpass then falls
// back to reading with echo, with CPython's GetPassWarning.
package getpass

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/modules/errno"
)

//go:embed getpass.py
var source string

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "getpass", Doc: "Utilities to get a password and/or the current user name.", FileDesc: "<frozen getpass>"},
		Methods: []*py.Method{
			py.MustNewMethod("_echo_off", echoOff, 0, "_echo_off(fd) -> modes: turn the terminal's echo off, returning its old local modes."),
			py.MustNewMethod("_echo_restore", echoRestore, 0, "_echo_restore(fd, modes): give the terminal back the local modes _echo_off returned."),
		},
		CodeSrc: source,
	})
}

// fdArg reads the descriptor argument of both helpers.
func fdArg(o py.Object) (int, error) {
	n, err := py.Index(o)
	if err != nil {
		return 0, err
	}
	return int(n), nil
}

func echoOff(self py.Object, args py.Tuple) (py.Object, error) {
	var fdObj py.Object
	if err := py.UnpackTuple(args, nil, "_echo_off", 1, 1, &fdObj); err != nil {
		return nil, err
	}
	fd, err := fdArg(fdObj)
	if err != nil {
		return nil, err
	}
	t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return nil, errno.FromError(err)
	}
	old := t.Lflag
	t.Lflag &^= unix.ECHO
	if err := unix.IoctlSetTermios(fd, unix.TCSETSF, t); err != nil {
		return nil, errno.FromError(err)
	}
	return py.Int(old), nil
}

func echoRestore(self py.Object, args py.Tuple) (py.Object, error) {
	var fdObj, modes py.Object
	if err := py.UnpackTuple(args, nil, "_echo_restore", 2, 2, &fdObj, &modes); err != nil {
		return nil, err
	}
	fd, err := fdArg(fdObj)
	if err != nil {
		return nil, err
	}
	lflag, err := py.Index(modes)
	if err != nil {
		return nil, err
	}
	t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return nil, errno.FromError(err)
	}
	t.Lflag = uint32(lflag)
	if err := unix.IoctlSetTermios(fd, unix.TCSETSF, t); err != nil {
		return nil, errno.FromError(err)
	}
	return py.None, nil
}
