package os

import (
	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
)

// os.sendfile: the kernel copies between descriptors (shutil.copyfile uses it, as
// CPython's does on Linux). The GIL is released during the call.
func init() {
	addMethods(py.MustNewMethod("sendfile", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("sendfile", args, kwargs, []string{"out_fd", "in_fd", "offset", "count"}, 4, 4)
		if err != nil {
			return nil, err
		}
		out, err := asInt(a[0])
		if err != nil {
			return nil, err
		}
		in, err := asInt(a[1])
		if err != nil {
			return nil, err
		}
		var offset *int64
		if a[2] != py.None {
			off, err := asLong(a[2])
			if err != nil {
				return nil, err
			}
			offset = &off
		}
		count, err := asSsizeInt(a[3])
		if err != nil {
			return nil, err
		}
		if count < 0 {
			return nil, pathError(unix.EINVAL)
		}
		var n int
		gil.Unlocked(ctxOf(self), func() {
			err = retry(func() (err error) { n, err = unix.Sendfile(out, in, offset, count); return err })
		})
		if err != nil {
			return nil, pathError(err)
		}
		return py.Int(n), nil
	}, 0, "Copy count bytes from file descriptor in_fd to file descriptor out_fd."))
}
