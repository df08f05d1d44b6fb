package subprocess

import (
	"os"
	"strconv"
	"syscall"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/internal/environ"
	"github.com/gopyrt/gopy/interp/gil"
)

// spawnSpec is what _fork_exec needs to start a child: the candidate paths of the program
// (tried in order, as CPython's child tries its executable_list), its arguments and
// environment, and the descriptors it gets.
type spawnSpec struct {
	paths, argv, env []string
	cwd              string
	hasEnv, hasCwd   bool
	stdio            [3]int // -1: the parent's own 0, 1, 2
	passFds          []int
	closeFds         bool
	remap            [][2]int // (child fd, parent fd or -1 to close), applied last
	attr             syscall.SysProcAttr
	umask            int
}

// files is the child's descriptor table for syscall.ForkExec: 0-2 from stdio, each of
// pass_fds at its own number, the parent's other inheritable descriptors kept unless
// close_fds, and the rest marked -1, which ForkExec's child closes (a descriptor with
// FD_CLOEXEC, as all that gopy opens unless made inheritable, closes at exec anyway).
// A descriptor mapped to itself must be open: ForkExec's child clears its FD_CLOEXEC.
func (s *spawnSpec) files() []uintptr {
	const closed = ^uintptr(0)
	inheritable := map[int]bool{}
	size := 3
	if entries, err := os.ReadDir("/proc/self/fd"); err == nil {
		for _, e := range entries {
			fd, err := strconv.Atoi(e.Name())
			if err != nil || fd < 3 {
				continue
			}
			if flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil && flags&unix.FD_CLOEXEC == 0 {
				inheritable[fd] = true
				size = max(size, fd+1)
			}
		}
	}
	for _, fd := range s.passFds {
		size = max(size, fd+1)
	}
	files := make([]uintptr, size)
	for i := range files {
		files[i] = closed
		if i >= 3 && inheritable[i] && !s.closeFds {
			files[i] = uintptr(i)
		}
	}
	for i, fd := range s.stdio {
		if fd < 0 {
			fd = i
			if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
				continue // the parent has no such descriptor: neither does the child
			}
		}
		files[i] = uintptr(fd)
	}
	for _, fd := range s.passFds {
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil {
			files[fd] = uintptr(fd)
		}
	}
	for _, m := range s.remap {
		for len(files) <= m[0] {
			files = append(files, closed)
		}
		files[m[0]] = closed
		if m[1] >= 0 {
			files[m[0]] = uintptr(m[1])
		}
	}
	return files
}

// start forks and execs the first candidate path that exists, as CPython's child does:
// ENOENT and ENOTDIR move on to the next path, another error is remembered and reported
// if no path works. It returns the pid, or the errno and whether it came from chdir.
func (s *spawnSpec) start() (int, syscall.Errno, bool) {
	if s.hasCwd {
		var st unix.Stat_t
		if err := unix.Stat(s.cwd, &st); err != nil {
			return 0, err.(syscall.Errno), true
		}
		if st.Mode&unix.S_IFMT != unix.S_IFDIR {
			return 0, unix.ENOTDIR, true
		}
		if err := unix.Access(s.cwd, unix.X_OK); err != nil {
			return 0, err.(syscall.Errno), true
		}
	}
	attr := &syscall.ProcAttr{Files: s.files(), Sys: &s.attr}
	if s.hasCwd {
		attr.Dir = s.cwd
	}
	attr.Env = s.env
	if s.umask >= 0 {
		old := syscall.Umask(s.umask)
		defer syscall.Umask(old)
	}
	var saved syscall.Errno
	for _, path := range s.paths {
		pid, err := syscall.ForkExec(path, s.argv, attr)
		if err == nil {
			return pid, 0, false
		}
		e, ok := err.(syscall.Errno)
		if !ok {
			e = unix.EINVAL
		}
		if e != unix.ENOENT && e != unix.ENOTDIR {
			if saved == 0 {
				saved = e
			}
			continue
		}
		if saved == 0 || saved == unix.ENOENT || saved == unix.ENOTDIR {
			saved = e
		}
	}
	if saved == 0 {
		saved = unix.ENOENT
	}
	return 0, saved, false
}

// forkExec is _fork_exec(paths, argv, env, cwd, stdin, stdout, stderr, pass_fds,
// close_fds, start_new_session, process_group, uid, gid, extra_groups, umask[, remap]):
// remap lists (child fd, parent fd or -1) pairs applied last (os.posix_spawn's
// file_actions); paths,
// argv and env are lists of bytes (env None: the process's own environment), cwd bytes
// or None, the descriptors -1 for "the parent's". It returns (pid, 0, False), or
// (0, errno, from_chdir) when the program could not be started; subprocess.py makes the
// exception, with the file name CPython gives it.
func forkExec(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 15 && len(args) != 16 {
		return nil, py.ExceptionNewf(py.TypeError, "_fork_exec expected 15 or 16 arguments, got %d", len(args))
	}
	var s spawnSpec
	if len(args) == 16 {
		pairs, err := py.SequenceTuple(args[15])
		if err != nil {
			return nil, err
		}
		for _, p := range pairs {
			t, ok := p.(py.Tuple)
			if !ok || len(t) != 2 {
				return nil, py.ExceptionNewf(py.TypeError, "_fork_exec: remap takes (fd, fd) pairs")
			}
			a, aok := t[0].(py.Int)
			b, bok := t[1].(py.Int)
			if !aok || !bok || a < 0 || a > 1<<20 {
				return nil, py.ExceptionNewf(py.ValueError, "bad value(s) in remap")
			}
			s.remap = append(s.remap, [2]int{int(a), int(b)})
		}
	}
	var err error
	if s.paths, err = byteStrings(args[0]); err != nil {
		return nil, err
	}
	if s.argv, err = byteStrings(args[1]); err != nil {
		return nil, err
	}
	if args[2] != py.None {
		s.hasEnv = true
		if s.env, err = byteStrings(args[2]); err != nil {
			return nil, err
		}
	} else {
		s.env = environ.List(ctxOf(self)) // the interpreter's environment
	}
	if args[3] != py.None {
		s.hasCwd = true
		if s.cwd, err = byteString(args[3]); err != nil {
			return nil, err
		}
	}
	ints := make([]int, 0, 12)
	for _, i := range []int{4, 5, 6, 10, 11, 12, 14} {
		n, ok := args[i].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "_fork_exec argument %d must be int", i+1)
		}
		ints = append(ints, int(n))
	}
	copy(s.stdio[:], ints[:3])
	pass, err := py.SequenceTuple(args[7])
	if err != nil {
		return nil, err
	}
	for _, o := range pass {
		n, ok := o.(py.Int)
		if !ok || n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "bad value(s) in fds_to_keep")
		}
		s.passFds = append(s.passFds, int(n))
	}
	s.closeFds = truth(args[8])
	s.attr.Setsid = truth(args[9])
	if pgid := ints[3]; pgid >= 0 {
		s.attr.Setpgid, s.attr.Pgid = true, pgid
	}
	uid, gid := ints[4], ints[5]
	var groups []uint32
	if args[13] != py.None {
		items, err := py.SequenceTuple(args[13])
		if err != nil {
			return nil, err
		}
		for _, o := range items {
			n, ok := o.(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "extra_groups must be a list of ints")
			}
			groups = append(groups, uint32(n))
		}
	}
	if uid >= 0 || gid >= 0 || groups != nil {
		cred := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), Groups: groups, NoSetGroups: groups == nil}
		if uid >= 0 {
			cred.Uid = uint32(uid)
		}
		if gid >= 0 {
			cred.Gid = uint32(gid)
		}
		s.attr.Credential = cred
	}
	s.umask = ints[6]
	var pid int
	var errno syscall.Errno
	var chdir bool
	gil.Unlocked(ctxOf(self), func() { pid, errno, chdir = s.start() })
	return py.Tuple{py.Int(pid), py.Int(int(errno)), py.NewBool(chdir)}, nil
}

func ctxOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

func truth(o py.Object) bool {
	b, err := py.MakeBool(o)
	return err == nil && b == py.True
}

func byteString(o py.Object) (string, error) {
	b, ok := o.(py.Bytes)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "expected bytes, %s found", o.Type().Name)
	}
	for _, c := range b {
		if c == 0 {
			return "", py.ExceptionNewf(py.ValueError, "embedded null byte")
		}
	}
	return string(b), nil
}

func byteStrings(o py.Object) ([]string, error) {
	items, err := py.SequenceTuple(o)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		if out[i], err = byteString(it); err != nil {
			return nil, err
		}
	}
	return out, nil
}
