// Package grp provides Python's grp module: the group database, read from /etc/group
// (as pwd reads /etc/passwd), as struct_group struct sequences, with CPython's KeyError
// messages.
package grp

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	gopyos "github.com/gopyrt/gopy/modules/os"
	"github.com/gopyrt/gopy/modules/pwd"
)

var groupType = gopyos.NewStructSeqType("grp", "struct_group",
	"grp.struct_group: Results from getgr*() routines.",
	[]string{"gr_name", "gr_passwd", "gr_gid", "gr_mem"})

func groupEntry(f []string) py.Object {
	var members []py.Object
	for _, m := range strings.Split(f[3], ",") {
		if m != "" {
			members = append(members, py.String(m))
		}
	}
	return groupType.Make(py.String(f[0]), py.String(f[1]), pwd.Number(f[2]), py.NewListFromItems(members))
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "grp", Doc: "Access to the Unix group database."},
		Methods: []*py.Method{
			py.MustNewMethod("getgrgid", func(self, arg py.Object) (py.Object, error) {
				gid, err := pwd.IDArg("gid", arg)
				if err != nil {
					return nil, err
				}
				for _, f := range pwd.ReadDB("/etc/group", 4) {
					if n, err := strconv.ParseInt(f[2], 10, 64); err == nil && n == gid {
						return groupEntry(f), nil
					}
				}
				return nil, py.ExceptionNewf(py.KeyError, "getgrgid(): gid not found: %d", gid)
			}, 0, "Return the group database entry for the given numeric group ID."),
			py.MustNewMethod("getgrnam", func(self, arg py.Object) (py.Object, error) {
				name, err := pwd.NameArg("getgrnam", arg)
				if err != nil {
					return nil, err
				}
				for _, f := range pwd.ReadDB("/etc/group", 4) {
					if f[0] == name {
						return groupEntry(f), nil
					}
				}
				return nil, py.ExceptionNewf(py.KeyError, "getgrnam(): name not found: %s", pwd.ReprName(name))
			}, 0, "Return the group database entry for the given group name."),
			py.MustNewMethod("getgrall", func(self py.Object) (py.Object, error) {
				var out []py.Object
				for _, f := range pwd.ReadDB("/etc/group", 4) {
					out = append(out, groupEntry(f))
				}
				return py.NewListFromItems(out), nil
			}, 0, "Return a list of all available group entries, in arbitrary order."),
		},
		Globals: py.StringDict{"struct_group": groupType.Type()},
	})
}
