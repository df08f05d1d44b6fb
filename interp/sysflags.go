package interp

import (
	"os"

	"github.com/go-python/gpython/py"

	pyos "github.com/gopyrt/gopy/modules/os"
)

// sys.flags: CPython's struct sequence of command-line and environment flags, with the
// values a plain `python3 script.py` has; the environment variables CPython reads for
// them are read the same way.
func init() {
	fields := []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
		"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
		"hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
		"safe_path", "int_max_str_digits"}
	typ := pyos.NewStructSeqType("sys", "flags", "sys.flags\n\nFlags provided through command line arguments or environment vars.", fields)
	env := func(name string) py.Int {
		if os.Getenv(name) != "" {
			return 1
		}
		return 0
	}
	hashRandom := py.Int(1)
	if os.Getenv("PYTHONHASHSEED") == "0" {
		hashRandom = 0
	}
	values := []py.Object{py.Int(0), env("PYTHONINSPECT"), py.Int(0), py.Int(0), env("PYTHONDONTWRITEBYTECODE"),
		env("PYTHONNOUSERSITE"), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0),
		hashRandom, py.Int(0), py.False, env("PYTHONUTF8"), py.Int(0), py.NewBool(os.Getenv("PYTHONSAFEPATH") != ""), py.Int(-1)}
	py.GetModuleImpl("sys").Globals["flags"] = typ.Make(values...)
}

// sys.version_info: CPython's struct sequence (major, minor, micro, releaselevel, serial)
// of the language version gopy implements, so sys.version_info.major and comparisons
// with tuples work as in CPython.
func init() {
	typ := pyos.NewStructSeqType("sys", "version_info", "sys.version_info\n\nVersion information as a named tuple.",
		[]string{"major", "minor", "micro", "releaselevel", "serial"})
	py.GetModuleImpl("sys").Globals["version_info"] = typ.Make(py.Int(3), py.Int(11), py.Int(7), py.String("final"), py.Int(0))
}
