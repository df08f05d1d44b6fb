// Package stat provides Python's stat module (and _stat, where CPython keeps the same
// names in C): the S_IF*, S_I* and ST_* constants, the file attribute and BSD flag
// constants, the S_IS*() tests, S_IMODE(), S_IFMT() and filemode(), with CPython's
// argument errors. A small Python part (stat.py) adds what stat.py defines only in Python
// (_filemode_table).
package stat

import (
	_ "embed"
	"math/big"

	"github.com/go-python/gpython/py"
)

//go:embed stat.py
var source string

// The file type bits and the permission bits (Linux values, as CPython's on Linux).
const (
	sIFMT   = 0o170000
	sIFSOCK = 0o140000
	sIFLNK  = 0o120000
	sIFREG  = 0o100000
	sIFBLK  = 0o060000
	sIFDIR  = 0o040000
	sIFCHR  = 0o020000
	sIFIFO  = 0o010000
)

var constants = map[string]int64{
	"S_IFSOCK": sIFSOCK, "S_IFLNK": sIFLNK, "S_IFREG": sIFREG, "S_IFBLK": sIFBLK,
	"S_IFDIR": sIFDIR, "S_IFCHR": sIFCHR, "S_IFIFO": sIFIFO, "S_IFDOOR": 0, "S_IFPORT": 0,
	"S_IFWHT": 0, "S_ISUID": 0o4000, "S_ISGID": 0o2000, "S_ISVTX": 0o1000, "S_ENFMT": 0o2000,
	"S_IREAD": 0o400, "S_IWRITE": 0o200, "S_IEXEC": 0o100,
	"S_IRWXU": 0o700, "S_IRUSR": 0o400, "S_IWUSR": 0o200, "S_IXUSR": 0o100,
	"S_IRWXG": 0o070, "S_IRGRP": 0o040, "S_IWGRP": 0o020, "S_IXGRP": 0o010,
	"S_IRWXO": 0o007, "S_IROTH": 0o004, "S_IWOTH": 0o002, "S_IXOTH": 0o001,
	"UF_NODUMP": 1, "UF_IMMUTABLE": 2, "UF_APPEND": 4, "UF_OPAQUE": 8, "UF_NOUNLINK": 16,
	"UF_COMPRESSED": 32, "UF_HIDDEN": 0x8000, "SF_ARCHIVED": 0x10000, "SF_IMMUTABLE": 0x20000,
	"SF_APPEND": 0x40000, "SF_NOUNLINK": 0x100000, "SF_SNAPSHOT": 0x200000,
	"FILE_ATTRIBUTE_ARCHIVE": 32, "FILE_ATTRIBUTE_COMPRESSED": 2048, "FILE_ATTRIBUTE_DEVICE": 64,
	"FILE_ATTRIBUTE_DIRECTORY": 16, "FILE_ATTRIBUTE_ENCRYPTED": 16384, "FILE_ATTRIBUTE_HIDDEN": 2,
	"FILE_ATTRIBUTE_INTEGRITY_STREAM": 32768, "FILE_ATTRIBUTE_NORMAL": 128,
	"FILE_ATTRIBUTE_NOT_CONTENT_INDEXED": 8192, "FILE_ATTRIBUTE_NO_SCRUB_DATA": 131072,
	"FILE_ATTRIBUTE_OFFLINE": 4096, "FILE_ATTRIBUTE_READONLY": 1, "FILE_ATTRIBUTE_REPARSE_POINT": 1024,
	"FILE_ATTRIBUTE_SPARSE_FILE": 512, "FILE_ATTRIBUTE_SYSTEM": 4, "FILE_ATTRIBUTE_TEMPORARY": 256,
	"FILE_ATTRIBUTE_VIRTUAL": 65536,
}

// mode converts the argument of the functions: an int that fits an unsigned int (mode_t).
func mode(o py.Object) (uint32, error) {
	var n *big.Int
	switch v := o.(type) {
	case py.Int:
		n = big.NewInt(int64(v))
	case py.Bool:
		n = big.NewInt(0)
		if v {
			n.SetInt64(1)
		}
	case *py.BigInt:
		n = (*big.Int)(v)
	default:
		if idx, ok := o.(py.I__index__); ok {
			r, err := idx.M__index__()
			if err != nil {
				return 0, err
			}
			return mode(r)
		}
		return 0, py.ExceptionNewf(py.TypeError, "an integer is required")
	}
	if n.Sign() < 0 {
		return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative value to unsigned int")
	}
	if !n.IsUint64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	if n.Uint64() > 0xffffffff {
		return 0, py.ExceptionNewf(py.OverflowError, "mode out of range")
	}
	return uint32(n.Uint64()), nil
}

func isType(name string, bits uint32, doc string) *py.Method {
	return py.MustNewMethod(name, func(self, arg py.Object) (py.Object, error) {
		m, err := mode(arg)
		if err != nil {
			return nil, err
		}
		return py.NewBool(bits != 0 && m&sIFMT == bits), nil
	}, 0, name+"(mode) -> bool\n\nReturn True if mode is from "+doc+".")
}

// filemode is filemode(mode): '-rwxrwxrwx' and its variants (ls -l).
func filemode(self, arg py.Object) (py.Object, error) {
	m, err := mode(arg)
	if err != nil {
		return nil, err
	}
	kind := byte('?')
	for _, k := range []struct {
		bits uint32
		c    byte
	}{{sIFLNK, 'l'}, {sIFSOCK, 's'}, {sIFREG, '-'}, {sIFBLK, 'b'}, {sIFDIR, 'd'}, {sIFCHR, 'c'}, {sIFIFO, 'p'}} {
		if m&sIFMT == k.bits {
			kind = k.c
			break
		}
	}
	out := []byte{kind}
	for shift, special := range []struct {
		bit       uint32
		set, none byte
	}{{0o4000, 's', 'S'}, {0o2000, 's', 'S'}, {0o1000, 't', 'T'}} {
		perm := (m >> uint(6-3*shift)) & 7
		r, w := byte('-'), byte('-')
		if perm&4 != 0 {
			r = 'r'
		}
		if perm&2 != 0 {
			w = 'w'
		}
		x := byte('-')
		switch {
		case m&special.bit != 0 && perm&1 != 0:
			x = special.set
		case m&special.bit != 0:
			x = special.none
		case perm&1 != 0:
			x = 'x'
		}
		out = append(out, r, w, x)
	}
	return py.String(out), nil
}

func init() {
	globals := py.StringDict{}
	for name, v := range constants {
		globals[name] = py.Int(v)
	}
	methods := []*py.Method{
		isType("S_ISDIR", sIFDIR, "a directory"),
		isType("S_ISCHR", sIFCHR, "a character special device file"),
		isType("S_ISBLK", sIFBLK, "a block special device file"),
		isType("S_ISREG", sIFREG, "a regular file"),
		isType("S_ISFIFO", sIFIFO, "a FIFO pipe"),
		isType("S_ISLNK", sIFLNK, "a symbolic link"),
		isType("S_ISSOCK", sIFSOCK, "a socket"),
		isType("S_ISDOOR", 0, "a door"),
		isType("S_ISPORT", 0, "an event port"),
		isType("S_ISWHT", 0, "a whiteout"),
		py.MustNewMethod("S_IMODE", func(self, arg py.Object) (py.Object, error) {
			m, err := mode(arg)
			if err != nil {
				return nil, err
			}
			return py.Int(m & 0o7777), nil
		}, 0, "Return the portion of the file's mode that can be set by os.chmod()."),
		py.MustNewMethod("S_IFMT", func(self, arg py.Object) (py.Object, error) {
			m, err := mode(arg)
			if err != nil {
				return nil, err
			}
			return py.Int(m & sIFMT), nil
		}, 0, "Return the portion of the file's mode that describes the file type."),
		py.MustNewMethod("filemode", filemode, 0, "Convert a file's mode to a string of the form '-rwxrwxrwx'"),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_stat", Doc: "S_IFMT_: file type bits"},
		Methods: methods,
		Globals: globals,
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "stat", Doc: "Constants/functions for interpreting results of os.stat() and os.lstat().", FileDesc: "<frozen stat>"},
		CodeSrc: source,
	})
}
