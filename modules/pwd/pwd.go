// Package pwd provides Python's pwd module: the password database, read from /etc/passwd
// (what glibc's files service reads; other name services are not consulted), as
// struct_passwd struct sequences, with CPython's KeyError messages. ReadDB serves grp too.
package pwd

import (
	"bufio"
	"os"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/objects"
	gopyos "github.com/gopyrt/gopy/modules/os"
)

var (
	passwdType = gopyos.NewStructSeqType("pwd", "struct_passwd",
		"pwd.struct_passwd: Results from getpw*() routines.",
		[]string{"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"})
)

// ReadDB reads the colon-separated lines of a database file with at least n fields.
func ReadDB(path string, n int) [][]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "+") || strings.HasPrefix(line, "-") {
			continue
		}
		fields := strings.Split(line, ":")
		if len(fields) < n {
			continue
		}
		out = append(out, fields)
	}
	return out
}

// Number is a numeric field (uid, gid) as an int.
func Number(s string) py.Object {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return py.Int(-1)
	}
	return py.Int(n)
}

func passwdEntry(f []string) py.Object {
	return passwdType.Make(py.String(f[0]), py.String(f[1]), Number(f[2]), Number(f[3]),
		py.String(f[4]), py.String(f[5]), py.String(f[6]))
}

// IDArg converts a uid or gid argument (what names it, "uid" or "gid") as CPython does.
func IDArg(what string, o py.Object) (int64, error) {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
	default:
		if _, ok := o.(py.I__index__); !ok {
			return 0, py.ExceptionNewf(py.TypeError, "%s should be integer, not %s", what, o.Type().Name)
		}
	}
	n, err := objects.IndexInt(o)
	if err != nil {
		return 0, err
	}
	return int64(n), nil
}

// NameArg converts a user or group name argument of fn.
func NameArg(fn string, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", fn, o.Type().Name)
	}
	if strings.IndexByte(string(s), 0) >= 0 {
		return "", py.ExceptionNewf(py.ValueError, "embedded null character")
	}
	return string(s), nil
}

// ReprName is repr(s), as the KeyError messages show names.
func ReprName(s string) string {
	r, _ := py.Repr(py.String(s))
	return string(r.(py.String))
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "pwd", Doc: "This module provides access to the Unix password database."},
		Methods: []*py.Method{
			py.MustNewMethod("getpwuid", func(self, arg py.Object) (py.Object, error) {
				uid, err := IDArg("uid", arg)
				if err != nil {
					return nil, err
				}
				for _, f := range ReadDB("/etc/passwd", 7) {
					if n, err := strconv.ParseInt(f[2], 10, 64); err == nil && n == uid {
						return passwdEntry(f), nil
					}
				}
				return nil, py.ExceptionNewf(py.KeyError, "getpwuid(): uid not found: %d", uid)
			}, 0, "Return the password database entry for the given numeric user ID."),
			py.MustNewMethod("getpwnam", func(self, arg py.Object) (py.Object, error) {
				name, err := NameArg("getpwnam", arg)
				if err != nil {
					return nil, err
				}
				for _, f := range ReadDB("/etc/passwd", 7) {
					if f[0] == name {
						return passwdEntry(f), nil
					}
				}
				return nil, py.ExceptionNewf(py.KeyError, "getpwnam(): name not found: %s", ReprName(name))
			}, 0, "Return the password database entry for the given user name."),
			py.MustNewMethod("getpwall", func(self py.Object) (py.Object, error) {
				var out []py.Object
				for _, f := range ReadDB("/etc/passwd", 7) {
					out = append(out, passwdEntry(f))
				}
				return py.NewListFromItems(out), nil
			}, 0, "Return a list of all available password database entries, in arbitrary order."),
		},
		Globals: py.StringDict{"struct_passwd": passwdType.Type()},
	})
}
