package interp

import (
	"fmt"
	"os"
	"runtime"

	"github.com/go-python/gpython/py"

	pyos "github.com/gopyrt/gopy/modules/os"
	pysys "github.com/gopyrt/gopy/modules/sys"
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
var versionInfoType = pyos.NewStructSeqType("sys", "version_info", "sys.version_info\n\nVersion information as a named tuple.",
	[]string{"major", "minor", "micro", "releaselevel", "serial"})

func init() {
	py.GetModuleImpl("sys").Globals["version_info"] = versionInfoType.Make(py.Int(3), py.Int(11), py.Int(7), py.String("final"), py.Int(0))
}

// sys.implementation: the namespace CPython's importlib and other implementations fill
// (PyPy's name is 'pypy' and its version its own): name 'gopy', cache_tag 'gopy-311'
// (gopy writes no __pycache__ files, but the tag names the language version as CPython's
// does), version gopy's own release as a version_info struct, hexversion the same
// packed as CPython packs sys.hexversion, and the Debian multiarch triple of the machine.
func init() {
	var major, minor, micro int
	fmt.Sscanf(Version, "%d.%d.%d", &major, &minor, &micro)
	version := versionInfoType.Make(py.Int(major), py.Int(minor), py.Int(micro), py.String("final"), py.Int(0))
	hex := py.Int(major<<24 | minor<<16 | micro<<8 | 0xf0)
	arch := map[string]string{"amd64": "x86_64", "arm64": "aarch64", "386": "i386", "riscv64": "riscv64", "ppc64le": "powerpc64le", "s390x": "s390x"}[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	py.GetModuleImpl("sys").Globals["implementation"] = pysys.NewNamespace(
		[]string{"name", "cache_tag", "version", "hexversion", "_multiarch"},
		[]py.Object{py.String("gopy"), py.String("gopy-311"), version, hex, py.String(arch + "-linux-gnu")})
}
